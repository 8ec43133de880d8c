from __future__ import annotations

from fastapi import APIRouter

from outreach_desktop.core.sync.protocol import PROTOCOL_VERSION
from outreach_server.api.deps import AddressDep, DbDep, SettingsDep
from outreach_server.api.responses import errors
from outreach_server.schemas import EnrolCreate, EnrolPublic
from outreach_server.services.enrolment import enrol

router = APIRouter(tags=["devices"])


@router.post("/v1/enrol", summary="Enrol a device", response_model=EnrolPublic, status_code=201,
             responses=errors(401, 403, 429))
def enrol_device(body: EnrolCreate, db: DbDep, settings: SettingsDep,
                 address: AddressDep) -> EnrolPublic:
    """Enrol this device with a one-time code from an administrator. The answer holds the
    device token, shown this once: keep it in the device's keyring. A device that holds
    client records may be enrolled by a caseworker only (403 ``device_not_empty``, the
    code stays unused)."""
    done = enrol(db, settings, body.code, body.device_name, address,
                 device_holds_records=body.device_holds_records)
    return EnrolPublic(device_id=done.device_id, device_token=done.device_token,
                       user_id=done.user_id, organisation_id=done.organisation_id,
                       role=done.role, protocol_version=PROTOCOL_VERSION)
