"""The programme's figures (Integrationsmonitoring, shared/DOMAIN.md) from the synced rows:
the computation is ``outreach_desktop.core.figures.compute`` (the app runs the same on its
own database); here is who may see which rows' figures.

A supervisor gets the figures of their team (or organisation, or one team of it when
they have no team); a coordinator those of every organisation, or of one, or of one team.
Counts are made from the synced rows as they stand.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from outreach_desktop.core.figures import MIN_COUNT, Period, compute, suppressed
from outreach_server.models import Organisation, SyncRow, Team
from outreach_server.services.auth import Principal
from outreach_server.services.errors import Forbidden, InvalidInput

__all__ = ["MIN_COUNT", "Period", "figures", "scopes", "suppressed"]

FIGURE_ROLES = ("supervisor", "coordinator")


def _require_figures(principal: Principal) -> None:
    if principal.role not in FIGURE_ROLES:
        raise Forbidden(f"a {principal.role} has no access to the figures", "role_forbidden")


def _scope_filter(session: Session, principal: Principal, organisation_id: str | None,
                  team_id: str | None) -> list[ColumnElement[bool]]:
    _require_figures(principal)
    where: list[ColumnElement[bool]] = []
    if principal.role == "coordinator":
        if organisation_id:
            where.append(SyncRow.organisation_id == organisation_id)
        if team_id:
            where.append(SyncRow.team_id == team_id)
        return where
    if organisation_id and organisation_id != principal.organisation_id:
        raise Forbidden("a supervisor sees the figures of their own organisation",
                        "not_in_scope")
    if principal.team_id is not None:
        if team_id and team_id != principal.team_id:
            raise Forbidden("a supervisor sees the figures of their own team", "not_in_scope")
        return [SyncRow.team_id == principal.team_id]
    if team_id:
        team = session.get(Team, team_id)
        if team is None or team.organisation_id != principal.organisation_id:
            raise Forbidden("a supervisor sees the figures of their own organisation",
                            "not_in_scope")
        where.append(SyncRow.team_id == team_id)
    return [SyncRow.organisation_id == principal.organisation_id, *where]


def _rows(session: Session, table: str,
          where: list[ColumnElement[bool]]) -> Iterable[dict[str, Any]]:
    return session.scalars(select(SyncRow.data).where(
        SyncRow.table_name == table, SyncRow.deleted_at.is_(None), *where))


def figures(session: Session, principal: Principal, period: Period,
            organisation_id: str | None = None, district: str | None = None,
            team_id: str | None = None) -> dict[str, Any]:
    if period.end < period.start:
        raise InvalidInput("the period ends before it starts", "bad_period")
    where = _scope_filter(session, principal, organisation_id, team_id)
    clients = ({**data, "id": row_id} for row_id, data in session.execute(
        select(SyncRow.id, SyncRow.data).where(SyncRow.table_name == "client",
                                               SyncRow.deleted_at.is_(None), *where)))
    result = compute(clients, _rows(session, "case_file", where),
                     _rows(session, "contact", where), _rows(session, "referral", where),
                     period, district=district, organisation_id=organisation_id)
    # the team was chosen by the rows' scope column (above), not by compute
    result["filters"]["team_id"] = team_id
    return result


def scopes(session: Session, principal: Principal) -> dict[str, Any]:
    """The organisations and teams the caller may ask the figures of: a coordinator every
    organisation with its teams; a supervisor their own organisation with their own team
    (or, without a team, every team of it). Names of organisations and teams only."""
    _require_figures(principal)
    organisations = select(Organisation.id, Organisation.name).order_by(Organisation.name)
    teams = select(Team.id, Team.name, Team.organisation_id).order_by(Team.name)
    if principal.role == "supervisor":
        organisations = organisations.where(Organisation.id == principal.organisation_id)
        teams = teams.where(Team.organisation_id == principal.organisation_id)
        if principal.team_id is not None:
            teams = teams.where(Team.id == principal.team_id)
    by_organisation: dict[str, list[dict[str, str]]] = {}
    for team_id, name, organisation_id in session.execute(teams):
        by_organisation.setdefault(organisation_id, []).append({"id": team_id, "name": name})
    return {"organisations": [{"id": org_id, "name": name,
                               "teams": by_organisation.get(org_id, [])}
                              for org_id, name in session.execute(organisations)]}
