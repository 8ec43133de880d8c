from __future__ import annotations

from fastapi import APIRouter

from outreach_server.api.deps import CurrentPrincipal
from outreach_server.api.responses import errors
from outreach_server.schemas import MePublic

router = APIRouter(tags=["sign-in"])


@router.get("/v1/me", summary="Who is calling", response_model=MePublic, responses=errors(401, 403))
def who_am_i(principal: CurrentPrincipal) -> MePublic:
    """The caller: user, role, organisation, team, and the device or session used."""
    return MePublic(user_id=principal.user_id, role=principal.role,
                    organisation_id=principal.organisation_id, team_id=principal.team_id,
                    device_id=principal.device_id, session_id=principal.session_id)
