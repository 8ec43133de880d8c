"""The programme's figures: aggregated, small counts suppressed, never a name."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query

from outreach_server.api.deps import CurrentPrincipal, DbDep
from outreach_server.api.responses import errors
from outreach_server.schemas import FigureScopesPublic, RowId
from outreach_server.services import figures as service

router = APIRouter(tags=["figures"])


@router.get("/v1/figures", summary="Monitoring figures", responses=errors(401, 403))
def figures(principal: CurrentPrincipal, db: DbDep,
            start: Annotated[date, Query(description="first day of the period")],
            end: Annotated[date, Query(description="last day of the period")],
            organisation_id: Annotated[RowId | None, Query()] = None,
            team_id: Annotated[RowId | None, Query(
                description="one team's figures: a supervisor only their own (or, without "
                "a team, one of their organisation's)")] = None,
            district: Annotated[str | None, Query(max_length=60)] = None) -> dict[str, Any]:
    """Active clients by district, target group and topic; intakes and closures (with
    reason) per month; contacts by kind; referrals by institution; median case duration.
    Every count below 5 is sent as ``null`` with ``suppressed: true``. A supervisor gets
    their team's (or organisation's) figures, a coordinator every organisation's (or one
    organisation's, or one team's). ``filters`` repeats the filters asked for."""
    with db.read() as session:
        return service.figures(session, principal, service.Period(start, end),
                               organisation_id, district, team_id)


@router.get("/v1/figures/scopes", summary="What the figures may be filtered by",
            response_model=FigureScopesPublic, responses=errors(401, 403))
def figure_scopes(principal: CurrentPrincipal, db: DbDep) -> FigureScopesPublic:
    """The organisations and teams (ids and names, never a person's) the caller may ask
    the figures of: a coordinator every organisation, a supervisor their own with their
    own team (or every team of it when they have no team). Others: 403."""
    with db.read() as session:
        return FigureScopesPublic.model_validate(service.scopes(session, principal))
