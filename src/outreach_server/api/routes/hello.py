"""The hello every sync starts with: protocol version, upgrade required, clock skew.
(A revoked device never gets here: it is answered 401 with ``wipe``.)"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Query

from outreach_desktop.core.sync.protocol import MIN_PROTOCOL_VERSION, PROTOCOL_VERSION
from outreach_server.api.deps import CurrentDevice, SettingsDep
from outreach_server.api.responses import errors
from outreach_server.schemas import HelloCreate, HelloPublic, UtcTime
from outreach_server.services.auth import Principal
from outreach_server.settings import Settings

router = APIRouter(tags=["sync"])


def upgrade_required(device_version: int, min_version: int = MIN_PROTOCOL_VERSION) -> bool:
    """A device older than the oldest protocol served must be updated before it syncs."""
    return device_version < min_version


def _hello(principal: Principal, settings: Settings, protocol_version: int,
           client_time: datetime | None) -> HelloPublic:
    now = settings.now()
    skew = None
    if client_time is not None:  # naive UTC (``schemas.UtcTime``)
        skew = round((now - client_time).total_seconds(), 3)
    assert principal.device_id is not None
    return HelloPublic(
        protocol_version=PROTOCOL_VERSION, min_protocol_version=MIN_PROTOCOL_VERSION,
        upgrade_required=upgrade_required(protocol_version), wipe=False,
        server_time=now.replace(tzinfo=UTC), clock_skew_seconds=skew,
        device_id=principal.device_id, user_id=principal.user_id,
        organisation_id=principal.organisation_id, role=principal.role)


@router.post("/v1/hello", summary="Start a sync", response_model=HelloPublic,
             responses=errors(401, 403))
def hello(body: HelloCreate, device: CurrentDevice, settings: SettingsDep) -> HelloPublic:
    """Start a sync: the device says its protocol version and clock; the server says
    whether the device must be upgraded and how far its clock is off."""
    return _hello(device, settings, body.protocol_version, body.client_time)


@router.get("/v1/hello", summary="Start a sync (query parameters)",
            response_model=HelloPublic, responses=errors(401, 403))
def hello_get(device: CurrentDevice, settings: SettingsDep,
              protocol_version: Annotated[int, Query(ge=1, le=1_000_000)],
              client_time: Annotated[UtcTime | None, Query()] = None) -> HelloPublic:
    """The same as POST, with the fields as query parameters."""
    return _hello(device, settings, protocol_version, client_time)
