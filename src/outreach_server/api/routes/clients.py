"""Steering a client's case: assign or transfer it, share it, erase the client."""

from __future__ import annotations

from fastapi import APIRouter, Response

from outreach_server.api.deps import AddressDep, CurrentPrincipal, DbDep, SettingsDep
from outreach_server.api.responses import errors
from outreach_server.schemas import AssignCreate, PurgePublic
from outreach_server.services import caseload

router = APIRouter(tags=["cases"])


@router.post("/v1/clients/{client_id}/assign", summary="Assign or transfer a case",
             status_code=204, response_class=Response, responses=errors(401, 403, 404))
def assign(client_id: str, body: AssignCreate, principal: CurrentPrincipal, db: DbDep,
           settings: SettingsDep, address: AddressDep) -> Response:
    """Give the client, with all that hangs on them, to a caseworker of the same
    organisation (a supervisor who sees the client, or an admin). The old caseworker's
    devices drop the client at their next pull; the new one's receive it whole."""
    with db.write() as session:
        caseload.assign(session, principal.actor(address), settings, client_id, body.user,
                        principal)
    return Response(status_code=204)


@router.post("/v1/clients/{client_id}/shares", summary="Share a client with a colleague",
             status_code=204, response_class=Response, responses=errors(401, 403, 404))
def add_share(client_id: str, body: AssignCreate, principal: CurrentPrincipal, db: DbDep,
              settings: SettingsDep, address: AddressDep) -> Response:
    """The colleague sees and edits the client too (standing in)."""
    with db.write() as session:
        caseload.share(session, principal.actor(address), settings, client_id, body.user,
                       shared=True, principal=principal)
    return Response(status_code=204)


@router.delete("/v1/clients/{client_id}/shares/{user}", summary="Stop sharing a client",
               status_code=204, response_class=Response, responses=errors(401, 403, 404))
def remove_share(client_id: str, user: str, principal: CurrentPrincipal, db: DbDep,
                 settings: SettingsDep, address: AddressDep) -> Response:
    """The colleague no longer sees the client: their devices drop it at the next pull."""
    with db.write() as session:
        caseload.share(session, principal.actor(address), settings, client_id, user,
                       shared=False, principal=principal)
    return Response(status_code=204)


@router.post("/v1/clients/{client_id}/purge", summary="Erase a client (GDPR Art. 17)",
             response_model=PurgePublic, responses=errors(401, 403, 404))
def purge(client_id: str, principal: CurrentPrincipal, db: DbDep, settings: SettingsDep,
          address: AddressDep) -> PurgePublic:
    """Erase the client and everything that hangs on them; every device holding them is
    told to erase them at its next pull. The owner, a supervisor who sees the client or
    an admin of the organisation."""
    with db.write() as session:
        gone = caseload.purge(session, principal.actor(address), settings, client_id, principal)
    return PurgePublic(client_id=client_id, rows_erased=gone)
