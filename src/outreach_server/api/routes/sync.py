"""The sync endpoints a device calls after hello: push, pull, check."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from outreach_server.api.deps import AddressDep, CurrentDevice, DbDep, SettingsDep
from outreach_server.api.responses import errors
from outreach_server.schemas import CheckPublic, PullPublic, PushCreate, PushPublic
from outreach_server.services import sync

router = APIRouter(tags=["sync"])


@router.post("/v1/sync/push", summary="Push mutations", response_model=PushPublic,
             responses=errors(401, 403, 409))
def push(body: PushCreate, device: CurrentDevice, db: DbDep, settings: SettingsDep,
         address: AddressDep) -> PushPublic:
    """Apply the device's mutations in order, each exactly once (a mutation id already
    seen from this device is answered from its stored answer). Each is *applied*,
    *conflict* (the server value stays; a conflict record keeps both) or *rejected* (field
    errors). A mutation naming a record outside the caller's scope (403 ``not_in_scope``),
    a table the role may not write (403) or another device's mutation id (409) refuses the
    whole push: nothing is written."""
    mutations = [sync.Mutation(
        mutation_id=m.mutation_id, table=m.table, row_id=m.row_id, op=m.op,
        fields=dict(m.fields or {}),
        changes={name: (c.value, c.base_rev) for name, c in (m.changes or {}).items()})
        for m in body.mutations]
    return PushPublic.model_validate(
        {"results": sync.push(db, settings, device, mutations, address)})


@router.get("/v1/sync/pull", summary="Pull changes", response_model=PullPublic,
            responses=errors(401, 403, 410))
def pull(device: CurrentDevice, db: DbDep, settings: SettingsDep, address: AddressDep,
         cursor: Annotated[str | None, Query(max_length=80, description=(
             "the cursor of the last page applied; none: download the whole scope"))] = None,
         limit: Annotated[int, Query(ge=1, le=2000)] = 500) -> PullPublic:
    """One page of rows changed after ``cursor`` within the caller's scope, each as it is
    now (tombstones included), with purge and revoke instructions. Apply the page and
    store its cursor in one transaction; pull again while ``has_more``. A cursor from
    the future is 400 ``cursor_from_future``; one older than tombstone retention is 410:
    download afresh and keep the outbox."""
    page = sync.pull(db, settings, device, cursor, limit, address)
    return PullPublic.model_validate({"rows": page.rows, "cursor": page.cursor,
                                      "has_more": page.has_more, "download": page.download})


@router.get("/v1/sync/check", summary="Count and checksum of the caller's scope",
            response_model=CheckPublic, responses=errors(401, 403))
def check(device: CurrentDevice, db: DbDep) -> CheckPublic:
    """Per table the number of live rows the caller may see and a checksum of their ids
    and revisions (``core.sync.tables.scope_checksum``). A device compares it with its own
    at the end of a sync; a mismatch means: download afresh."""
    seq, tables = sync.check(db, device)
    return CheckPublic.model_validate({"seq": seq, "tables": tables})
