from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select

from outreach_server.api.deps import CurrentPrincipal, DbDep
from outreach_server.api.responses import errors
from outreach_server.models import User
from outreach_server.schemas import MemberPublic, MePublic
from outreach_server.services.scope import require_reader

router = APIRouter(tags=["sign-in"])


@router.get("/v1/me", summary="Who is calling", response_model=MePublic, responses=errors(401, 403))
def who_am_i(principal: CurrentPrincipal) -> MePublic:
    """The caller: user, role, organisation, team, and the device or session used."""
    return MePublic(user_id=principal.user_id, role=principal.role,
                    organisation_id=principal.organisation_id, team_id=principal.team_id,
                    device_id=principal.device_id, session_id=principal.session_id)


@router.get("/v1/directory", summary="The caller's colleagues", response_model=list[MemberPublic],
            responses=errors(401, 403))
def directory(principal: CurrentPrincipal, db: DbDep) -> list[MemberPublic]:
    """Who works in the caller's team (or organisation, for someone in no team): user id,
    display name, role. A supervisor's app groups its review queue and team overview by
    these names and offers them as the caseworkers a case can be transferred to.
    Caseworkers and supervisors only."""
    require_reader(principal)
    query = select(User).where(User.organisation_id == principal.organisation_id,
                               User.role.in_(("caseworker", "supervisor")))
    if principal.team_id is not None:
        query = query.where(User.team_id == principal.team_id)
    with db.read() as session:
        return [MemberPublic(user_id=u.id, display_name=u.display_name or u.username,
                             role=u.role, team_id=u.team_id, active=u.disabled_at is None)
                for u in session.scalars(query.order_by(User.display_name, User.id))]
