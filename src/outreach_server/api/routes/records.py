"""Conflict and review records, for people: a caseworker sees those of their clients, a
supervisor those of their team; a supervisor writes reviews (append-only)."""

from __future__ import annotations

from datetime import UTC
from typing import Annotated

from fastapi import APIRouter, Query

from outreach_server.api.deps import AddressDep, CurrentPrincipal, DbDep, SettingsDep
from outreach_server.api.responses import errors
from outreach_server.models import SyncRow
from outreach_server.schemas import RecordPublic, ReviewCreate, RowId
from outreach_server.services import sync

router = APIRouter(tags=["records"])

ClientFilter = Annotated[RowId | None, Query(description="only this client's")]


def _public(rows: list[SyncRow]) -> list[RecordPublic]:
    return [RecordPublic(id=r.id, client_id=r.client_id, revision=r.revision,
                         created_at=r.created_at.replace(tzinfo=UTC), fields=r.data)
            for r in rows]


@router.get("/v1/conflicts", summary="Conflict records", response_model=list[RecordPublic],
            responses=errors(401, 403))
def conflicts(principal: CurrentPrincipal, db: DbDep, address: AddressDep,
              client_id: ClientFilter = None,
              open_only: Annotated[bool, Query(alias="open")] = True) -> list[RecordPublic]:
    """Conflicts the field-level merge kept for a person: both values, who, when. A
    caseworker sees those of their clients, a supervisor those of their team."""
    rows = sync.visible_rows(db, principal, "conflict", client_id=client_id, address=address)
    if open_only:
        rows = [r for r in rows if not r.data.get("resolution")]
    return _public(rows)


@router.get("/v1/reviews", summary="Review records", response_model=list[RecordPublic],
            responses=errors(401, 403))
def reviews(principal: CurrentPrincipal, db: DbDep, address: AddressDep,
            client_id: ClientFilter = None) -> list[RecordPublic]:
    """Supervisors' comments and decisions (approve, return) on records."""
    return _public(sync.visible_rows(db, principal, "review", client_id=client_id,
                                     address=address))


@router.post("/v1/reviews", summary="Comment on, approve or return a record",
             status_code=201, response_model=RecordPublic, responses=errors(401, 403, 404))
def add_review(body: ReviewCreate, principal: CurrentPrincipal, db: DbDep,
               settings: SettingsDep, address: AddressDep) -> RecordPublic:
    """A supervisor's review of one revision of a record of their team. Append-only: it
    never conflicts and is never changed; the caseworker receives it by pull."""
    row = sync.add_review(db, settings, principal, body.model_dump(), address)
    return _public([row])[0]
