"""Who holds a client: assigning and transferring a case, sharing it with a colleague,
erasing a client (GDPR Art. 17), publishing reference data, pruning old tombstones.

Each writes the rows' new scope and a change (``access``, ``purge`` or ``upsert``) in the
same transaction, so devices learn of it by pull: a transferred client leaves the old
caseworker's laptop (revoke) and arrives whole on the new one (grant).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from outreach_desktop.core.sync.tables import REFERENCE_TABLES, check_fields, is_row_id
from outreach_server.models import (
    ClientShare,
    SyncChange,
    SyncFloor,
    SyncRow,
    User,
)
from outreach_server.services import audit, scope
from outreach_server.services.audit import Actor
from outreach_server.services.auth import Principal
from outreach_server.services.changes import Change, ChangeSet, commit_changes
from outreach_server.services.errors import Forbidden, InvalidInput, NotFound
from outreach_server.settings import Settings


def find_client(session: Session, client_id: str) -> SyncRow:
    row = session.get(SyncRow, ("client", client_id), with_for_update=True) \
        if is_row_id(client_id) else None
    if row is None:
        raise NotFound("no such client")
    return row


def check_may_steer(principal: Principal | None, client: SyncRow) -> None:
    """Assigning, sharing and erasing: an admin of the client's organisation, or a
    supervisor who sees the client (``None``: the server's command line)."""
    if principal is None:
        return
    if principal.role == "admin" and principal.organisation_id == client.organisation_id:
        return
    if principal.role == "supervisor" and scope.sees_row(principal, client, set()):
        return
    raise NotFound("no such client")  # no hint that it exists elsewhere


def _caseworker(session: Session, user_ref: str, organisation_id: str | None) -> User:
    user = session.get(User, user_ref) if is_row_id(user_ref) else None
    # folded as admin.normalise_username stores user names (admin imports this module)
    user = user or session.scalar(select(User).where(
        User.username == user_ref.strip().casefold()))
    if user is None or user.organisation_id != organisation_id:
        raise NotFound("no such caseworker in the client's organisation")
    if user.role != "caseworker" or user.disabled_at is not None:
        raise InvalidInput("cases go to active caseworkers only", "not_a_caseworker")
    return user


def assign(session: Session, actor: Actor, settings: Settings, client_id: str, user_ref: str,
           principal: Principal | None = None) -> SyncRow:
    """Give the client (with everything that hangs on them) to another caseworker of the
    same organisation. The old owner's devices are told to drop the client."""
    client = find_client(session, client_id)
    check_may_steer(principal, client)
    user = _caseworker(session, user_ref, client.organisation_id)
    if client.owner_user_id == user.id:
        return client
    before = (client.organisation_id, client.team_id, client.owner_user_id)
    # the new owner's share is void now; kept, it would outlive a transfer back
    session.execute(delete(ClientShare).where(ClientShare.client_id == client.id,
                                              ClientShare.user_id == user.id))
    session.execute(update(SyncRow).where(SyncRow.client_id == client.id)
                    .values(owner_user_id=user.id, team_id=user.team_id))
    session.refresh(client)
    client.data = {**client.data, "caseworker_id": user.id, "team_id": user.team_id}
    client.field_revs = {**client.field_revs, "caseworker_id": [client.revision + 1, None],
                         "team_id": [client.revision + 1, None]}
    client.revision += 1
    client.updated_at = settings.now()
    client.updated_by = actor.user_id
    changes = ChangeSet()
    changes.add(Change("client", client.id, "access", client_id=client.id,
                       organisation_id=client.organisation_id, team_id=user.team_id,
                       owner_user_id=user.id, prev_organisation_id=before[0],
                       prev_team_id=before[1], prev_owner_user_id=before[2]))
    changes.add(Change("client", client.id, "upsert", client_id=client.id,
                       organisation_id=client.organisation_id, team_id=user.team_id,
                       owner_user_id=user.id))
    audit.record(session, actor, "client.assign", table="client", row_id=client.id,
                 detail={"from": before[2], "to": user.id})
    commit_changes(session, changes, settings.now())
    return client


def share(session: Session, actor: Actor, settings: Settings, client_id: str, user_ref: str,
          *, shared: bool,
          principal: Principal | None = None) -> None:
    """Share the client with a colleague (or stop sharing): they see and edit it."""
    client = find_client(session, client_id)
    check_may_steer(principal, client)
    user = _caseworker(session, user_ref, client.organisation_id)
    existing = session.get(ClientShare, (client.id, user.id))
    if shared == (existing is not None) or (shared and user.id == client.owner_user_id):
        return
    if shared:
        session.add(ClientShare(client_id=client.id, user_id=user.id))
    else:
        session.delete(existing)
    changes = ChangeSet()
    changes.add(Change("client", client.id, "access", client_id=client.id,
                       organisation_id=client.organisation_id, team_id=client.team_id,
                       owner_user_id=client.owner_user_id, prev_owner_user_id=user.id))
    audit.record(session, actor, "client.share" if shared else "client.unshare",
                 table="client", row_id=client.id, detail={"user_id": user.id})
    commit_changes(session, changes, settings.now())


def purge(session: Session, actor: Actor, settings: Settings, client_id: str,
          principal: Principal | None = None) -> int:
    """Erase a client and everything that hangs on them from the server; every device
    that holds them is told to erase them too. Returns how many rows went."""
    client = find_client(session, client_id)
    if principal is not None and not (principal.role == "caseworker"
                                      and client.owner_user_id == principal.user_id):
        check_may_steer(principal, client)
    gone = session.execute(delete(SyncRow).where(SyncRow.client_id == client.id)).rowcount  # type: ignore[attr-defined]
    sharers = session.scalars(delete(ClientShare).where(ClientShare.client_id == client.id)
                              .returning(ClientShare.user_id)).all()
    changes = ChangeSet()
    changes.add(Change("client", client.id, "purge", client_id=client.id,
                       organisation_id=client.organisation_id, team_id=client.team_id,
                       owner_user_id=client.owner_user_id))
    for user_id in sharers:  # their share is gone with the client: tell them by name
        changes.add(Change("client", client.id, "purge", client_id=client.id,
                           prev_owner_user_id=user_id))
    audit.record(session, actor, "client.purge", table="client", row_id=client.id,
                 detail={"rows": gone})
    commit_changes(session, changes, settings.now())
    return int(gone)


def publish_reference(session: Session, actor: Actor, now: datetime, table: str,
                      row_id: str, fields: dict[str, Any],
                      organisation_id: str | None) -> SyncRow:
    """Add or replace a reference row (catalogue entry, team, form definition); devices
    get it by pull. ``organisation_id`` None: for every organisation."""
    if table not in REFERENCE_TABLES:
        raise InvalidInput(f"{table} is not reference data", "not_reference")
    if not is_row_id(row_id):
        raise InvalidInput("the row id must be a UUID", "invalid")
    errors = check_fields(table, fields, complete=True)
    if errors:
        raise InvalidInput("the row does not fit: " + ", ".join(
            f"{name}: {code}" for name, code in sorted(errors.items())), "field_errors")
    row = session.get(SyncRow, (table, row_id), with_for_update=True)
    if row is None:
        row = SyncRow(table_name=table, id=row_id, organisation_id=organisation_id,
                      revision=1, created_at=now)
        session.add(row)
    elif row.organisation_id != organisation_id:
        raise Forbidden("that row belongs to another organisation", "not_in_scope")
    else:
        row.revision += 1
    row.data = dict(fields)
    row.field_revs = {name: [row.revision, None] for name in fields}
    row.deleted_at = None
    row.updated_at = now
    row.updated_by = actor.user_id
    changes = ChangeSet()
    changes.add(Change(table, row_id, "upsert", organisation_id=organisation_id))
    audit.record(session, actor, "reference.publish", table=table, row_id=row_id)
    commit_changes(session, changes, now)
    return row


#: Tables no other row refers to: their old tombstones can go at any time.
LEAF_TABLES = ("goal_step", "contact", "referral", "note", "consent", "form_response",
               "attachment", "conflict", "review")


def _prune_tombstones(session: Session, cutoff: datetime) -> int:
    """Delete tombstones older than ``cutoff`` that no live row refers to: those of leaf
    tables, and a client's, case's or goal's only once all of that client is a tombstone
    older than ``cutoff`` (a download must never send a child without its parent)."""
    old = (SyncRow.deleted_at.is_not(None), SyncRow.deleted_at < cutoff)
    gone = session.execute(delete(SyncRow).where(
        *old, SyncRow.table_name.in_(LEAF_TABLES))).rowcount  # type: ignore[attr-defined]
    live_clients = select(SyncRow.client_id).where(
        SyncRow.client_id.is_not(None),
        (SyncRow.deleted_at.is_(None)) | (SyncRow.deleted_at >= cutoff))
    gone += session.execute(delete(SyncRow).where(
        *old, SyncRow.client_id.is_not(None), SyncRow.client_id.not_in(live_clients),
    ).execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]
    return int(gone)


def prune(session: Session, actor: Actor, settings: Settings,
          retention: timedelta) -> dict[str, int]:
    """Forget changes and tombstones older than ``retention``. A device whose cursor is
    older is answered 410 and downloads afresh (keeping its outbox)."""
    cutoff = settings.now() - retention
    floor = session.scalar(select(func.max(SyncChange.seq))
                           .where(SyncChange.committed_at < cutoff))
    changes = rows = 0
    if floor is not None:
        session.execute(update(SyncFloor).where(SyncFloor.id == 1)
                        .values(seq=floor))
        changes = session.execute(delete(SyncChange).where(SyncChange.seq <= floor)).rowcount  # type: ignore[attr-defined]
        rows = _prune_tombstones(session, cutoff)
    audit.record(session, actor, "sync.prune", detail={"changes": changes, "tombstones": rows,
                                                       "floor": floor or 0})
    return {"changes": int(changes), "tombstones": int(rows), "floor": int(floor or 0)}
