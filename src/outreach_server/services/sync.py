"""The sync protocol's server side (shared/DESIGN.md, "Sync"): push, pull, the scope check.

Push applies a device's mutations in the order sent, in one transaction: each mutation id
is stored with its answer beside its effect, so a retry gets the stored answer and
nothing twice. Per mutation the answer is *applied*, *conflict* (the field-level merge
kept the server's value and wrote a conflict record with both) or *rejected* (field
errors; nothing of that mutation applied). A mutation the caller may not make at all (a
row outside their scope, a table their role does not write, a mutation id of another
device) refuses the whole push with 403/409 and writes nothing.

The merge, per field: the edit applies when the field has not changed since the revision
the device based it on, or when the device itself made the current value (its own edits
arrive in order); an identical value is a no-op; otherwise the server value stays and a
conflict record keeps both. An edit of a deleted row is a conflict, never a revival.

Pull pages through the commit-ordered change log (``services.changes``) after the
device's cursor, within the caller's scope checked against each row's *current* scope,
sending each row as it is now. With no cursor, pull downloads the whole scope: rows
ordered parent before child, then the log from the moment the download began.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer

from outreach_desktop.core.storage.models import new_id
from outreach_desktop.core.sync.tables import (
    CLIENT_TABLES,
    CONFLICT_RESOLUTIONS,
    PARENT,
    REVIEW_KINDS,
    SERVER_SET_FIELDS,
    TABLE_ORDER,
    check_fields,
    is_row_id,
    scope_checksum,
)
from outreach_server.db import Database
from outreach_server.models import SyncChange, SyncFloor, SyncMutation, SyncRow
from outreach_server.services import audit, scope
from outreach_server.services.auth import Principal
from outreach_server.services.changes import Change, ChangeSet, commit_changes, last_seq
from outreach_server.services.errors import Forbidden, NotFound, ServiceError
from outreach_server.settings import Settings

#: Fields of a referenced row that must belong to the same client.
REFERENCES = {"client_id": "client", "case_id": "case_file", "goal_id": "goal"}
#: Where a cursor ends within a transaction when the whole transaction was seen.
END_OF_SEQ = 2**31 - 1


class MutationIdTaken(ServiceError):
    status = 409
    reason = "mutation_id_taken"


class CursorInvalid(ServiceError):
    status = 400
    reason = "cursor_invalid"

    def __init__(self, message: str, reason: str = "cursor_invalid") -> None:
        super().__init__(message)
        self.reason = reason


class CursorExpired(ServiceError):
    """The changes after this cursor have been pruned: download afresh (keep the outbox)."""

    status = 410
    reason = "cursor_expired"


class NotInScope(Forbidden):
    """A mutation names a record the caller may not touch (never theirs, or transferred or
    unshared since). ``errors`` names the mutation (the device knows its row), so the
    device can pull (which brings the revoke), set those edits aside for the user, and
    push the rest."""

    def __init__(self, mutation: Mutation) -> None:
        super().__init__(f"mutation {mutation.mutation_id} names a record outside the "
                         "caller's scope; nothing of this push was applied", "not_in_scope")
        self.extra = {"errors": [{"mutation_id": mutation.mutation_id}]}


@dataclass(frozen=True)
class Mutation:
    mutation_id: str
    table: str
    row_id: str
    op: str  # insert | update | delete
    fields: dict[str, Any] = field(default_factory=dict)  # insert
    changes: dict[str, tuple[Any, int | None]] = field(default_factory=dict)  # update


# --- push -----------------------------------------------------------------------------------
def push(db: Database, settings: Settings, principal: Principal, mutations: list[Mutation],
         address: str | None) -> list[dict[str, Any]]:
    """Apply ``mutations`` in order; return one answer per mutation."""
    if principal.role not in ("caseworker", "supervisor") or principal.device_id is None:
        raise Forbidden("only a caseworker's or supervisor's enrolled device pushes",
                        "role_forbidden")
    for attempt in (1, 2):
        try:
            with db.write() as session:
                return _Push(session, settings, principal, address).run(mutations)
        except IntegrityError:
            # the same mutation id stored by a concurrent request of this device (a retry
            # racing its original): the second attempt finds it and answers from it
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


class _Push:
    def __init__(self, session: Session, settings: Settings, principal: Principal,
                 address: str | None) -> None:
        self.session = session
        self.now = settings.now()
        self.principal = principal
        # a supervisor's review over HTTP comes from a login session, not a device
        self.device_id = principal.device_id or principal.session_id or ""
        self.actor = principal.actor(address)
        self.changes = ChangeSet()
        self.shared = scope.shared_client_ids(session, principal)
        # what this push has read or written, held here: the session keeps loaded rows
        # only weakly, so a second look would be a second query
        self.stored: dict[str, SyncMutation] = {}
        self.rows: dict[tuple[str, str], SyncRow | None] = {}

    def run(self, mutations: list[Mutation]) -> list[dict[str, Any]]:
        self._prefetch(mutations)
        answers = []
        for mutation in mutations:
            stored = self.stored.get(mutation.mutation_id)
            if stored is not None:
                if stored.device_id != self.device_id:
                    raise MutationIdTaken(f"mutation id {mutation.mutation_id} was pushed by "
                                          "another device; nothing of this push was applied")
                answers.append({**stored.answer, "replayed": True})
                continue
            self._allowed(mutation)
            answer = {"mutation_id": mutation.mutation_id, **self._apply(mutation)}
            stored = SyncMutation(id=mutation.mutation_id, device_id=self.device_id,
                                  table_name=mutation.table, row_id=mutation.row_id,
                                  answer=answer, applied_at=self.now)
            self.session.add(stored)
            self.stored[mutation.mutation_id] = stored
            audit.record(self.session, self.actor, f"sync.{mutation.op}", table=mutation.table,
                         row_id=mutation.row_id, detail={"mutation_id": mutation.mutation_id,
                                                         "status": answer["status"]})
            answers.append({**answer, "replayed": False})
        commit_changes(self.session, self.changes, self.now)
        return answers

    # -- authorisation ----------------------------------------------------------------------
    def _allowed(self, m: Mutation) -> None:
        role = self.principal.role
        if role == "caseworker" and (m.table in CLIENT_TABLES
                                     or (m.table == "conflict" and m.op == "update")):
            return
        if role == "supervisor" and m.table == "review" and m.op == "insert":
            return
        raise Forbidden(f"a {role} may not {m.op} {m.table} records (mutation "
                        f"{m.mutation_id}); nothing of this push was applied",
                        "table_not_writable")

    def _prefetch(self, mutations: list[Mutation]) -> None:
        """Read what the mutations name in a few queries, not a few per mutation: their
        stored answers, the rows they write (locked, as ``_row`` locks them) and the rows
        an insert refers to. (The writes go out together when the push commits.)"""
        ids = sorted({m.mutation_id for m in mutations})
        for start in range(0, len(ids), 500):
            self.stored.update((s.id, s) for s in self.session.scalars(
                select(SyncMutation).where(SyncMutation.id.in_(ids[start:start + 500]))))
        targets = {(m.table, m.row_id) for m in mutations}
        refs = {(table, m.fields[name]) for m in mutations if m.op == "insert"
                for name, table in REFERENCES.items() if is_row_id(m.fields.get(name))}
        # Lock order, the same as assign and purge take: first the clients the push
        # touches, then the rows it writes. Without the client lock an insert could copy
        # its scope from a parent an assign or purge is changing (the new row would keep
        # the old owner, or outlive its purged client), and two orders of locks deadlock.
        self._load(targets | refs, lock=False)
        clients = {row.client_id for row in self.rows.values() if row and row.client_id}
        clients |= {m.row_id for m in mutations if m.table == "client"}
        self.rows.clear()
        self._load({("client", c) for c in clients}, lock=True)
        self._load(targets, lock=True)
        self._load(refs - targets, lock=False)

    def _load(self, keys: set[tuple[str, str]], *, lock: bool) -> None:
        self.rows.update(_rows(self.session, keys, lock=lock))
        for key in keys:
            self.rows.setdefault(key, None)

    def _row(self, table: str, row_id: str, lock: bool = True) -> SyncRow | None:
        key = (table, row_id)
        if key not in self.rows:
            self.rows[key] = self.session.get(SyncRow, key, with_for_update=lock or None)
        return self.rows[key]

    def _check_scope(self, m: Mutation, row: SyncRow) -> None:
        if not scope.sees_row(self.principal, row, self.shared):
            raise NotInScope(m)

    # -- apply ------------------------------------------------------------------------------
    def _apply(self, m: Mutation) -> dict[str, Any]:
        if m.op == "insert":
            return self._insert(m)
        row = self._row(m.table, m.row_id)
        if row is None:
            return _rejected({"row_id": "not_found"})
        self._check_scope(m, row)
        if m.op == "delete":
            return self._delete(row)
        return self._update(m, row)

    def _insert(self, m: Mutation) -> dict[str, Any]:
        existing = self._row(m.table, m.row_id)
        if existing is not None:
            self._check_scope(m, existing)
            return _rejected({"row_id": "already_exists"})
        values = dict(m.fields)
        for name in SERVER_SET_FIELDS.get(m.table, ()):
            values.pop(name, None)  # the owner is the server's to set
        if m.table == "review":
            values["author_id"] = self.principal.user_id
        errors = check_fields(m.table, values, complete=True)
        if errors:
            return _rejected(errors)
        if m.table == "client":
            values.update(caseworker_id=self.principal.user_id, team_id=self.principal.team_id)
            row = SyncRow(table_name="client", id=m.row_id, client_id=m.row_id,
                          organisation_id=self.principal.organisation_id,
                          team_id=self.principal.team_id, owner_user_id=self.principal.user_id)
        else:
            parent, problem = self._parent(m, values)
            if parent is None:
                return _rejected(problem)
            row = SyncRow(table_name=m.table, id=m.row_id, client_id=parent.client_id,
                          organisation_id=parent.organisation_id, team_id=parent.team_id,
                          owner_user_id=parent.owner_user_id)
            if m.table == "review":
                problem = self._review_problem(values, parent)
                if problem:
                    return _rejected(problem)
        row.data = values
        row.field_revs = {name: [1, self.device_id] for name in values}
        row.revision = 1
        row.created_at = row.updated_at = self.now
        row.updated_by = self.principal.user_id
        self.session.add(row)
        self.rows[(m.table, m.row_id)] = row
        self._changed(row)
        return {"status": "applied", "revision": 1}

    def _parent(self, m: Mutation, values: dict[str, Any],
                ) -> tuple[SyncRow | None, dict[str, str]]:
        """The row ``values`` hang on; every id it names must exist, be live, be in scope
        and belong to the same client."""
        parent_table, parent_field = PARENT[m.table]
        parent: SyncRow | None = None
        for name, table in ((parent_field, parent_table),
                            *((n, t) for n, t in REFERENCES.items() if n != parent_field)):
            ref = values.get(name)
            if ref is None:
                continue
            if not is_row_id(ref):
                return None, {name: "not_found"}
            target = self._row(table, ref, lock=False)
            if target is None:
                return None, {name: "not_found"}
            self._check_scope(m, target)
            if target.deleted_at is not None:
                return None, {name: "deleted"}
            if name == parent_field:
                parent = target
            elif parent is not None and target.client_id != parent.client_id:
                return None, {name: "other_client"}
        if parent is None:
            return None, {parent_field: "required"}
        if m.table in ("review", "conflict") and values.get("client_id") != parent.client_id:
            return None, {"client_id": "other_client"}
        return parent, {}

    def _review_problem(self, values: dict[str, Any], parent: SyncRow) -> dict[str, str]:
        if values["kind"] not in REVIEW_KINDS:
            return {"kind": "unknown_choice"}
        if values["record_table"] not in CLIENT_TABLES or not is_row_id(values["record_id"]):
            return {"record_id": "not_found"}
        record = self.session.get(SyncRow, (values["record_table"], values["record_id"]))
        if record is None or record.client_id != parent.client_id:
            return {"record_id": "not_found"}
        if not 1 <= values["record_rev"] <= record.revision:
            return {"record_rev": "unknown_revision"}
        return {}

    def _delete(self, row: SyncRow) -> dict[str, Any]:
        if row.deleted_at is None:
            row.deleted_at = self.now
            self._bump(row)
        return {"status": "applied", "revision": row.revision}

    def _update(self, m: Mutation, row: SyncRow) -> dict[str, Any]:
        values = {name: value for name, (value, _base) in m.changes.items()}
        errors = check_fields(m.table, values, complete=False)
        for name in SERVER_SET_FIELDS.get(m.table, ()):
            if name in values:
                errors[name] = "set_by_server"
        if m.table == "conflict":
            errors.update({n: "set_by_server" for n in values if n != "resolution"})
            if values.get("resolution") not in (*CONFLICT_RESOLUTIONS, None):
                errors["resolution"] = "unknown_choice"
        errors.update(self._moved_references(m, row, values))
        if errors:
            return _rejected(errors)
        if row.deleted_at is not None:
            conflict = self._conflict(m, row, "deleted_at", row.deleted_at.isoformat() + "Z",
                                      values, None)
            return {"status": "conflict", "revision": row.revision, "conflicts": [conflict]}
        data = dict(row.data)
        revs = dict(row.field_revs)
        applied: list[str] = []
        conflicts: list[str] = []
        for name, (value, base) in m.changes.items():
            current_rev, writer = revs.get(name, [0, None])
            if data.get(name) == value and name in data:
                continue  # identical: nothing to do
            if current_rev <= (base or 0) or writer == self.device_id:
                data[name] = value
                applied.append(name)
            else:
                conflicts.append(self._conflict(m, row, name, data.get(name), value, base))
        if applied:
            self._bump(row)
            for name in applied:
                revs[name] = [row.revision, self.device_id]
            row.data, row.field_revs = data, revs
            if m.table == "conflict":
                row.data = {**row.data, "resolved_by": self.principal.user_id}
        if conflicts:
            return {"status": "conflict", "revision": row.revision, "conflicts": conflicts}
        return {"status": "applied", "revision": row.revision}

    def _moved_references(self, m: Mutation, row: SyncRow,
                          values: dict[str, Any]) -> dict[str, str]:
        """A record never moves to another parent or client; a secondary link (a contact's
        case) may change to another live record of the same client, or to none."""
        errors: dict[str, str] = {}
        parent_field = PARENT.get(m.table, ("", ""))[1]
        for name, table in REFERENCES.items():
            if name not in values or values[name] == row.data.get(name):
                continue
            if name in (parent_field, "client_id"):
                errors[name] = "cannot_move"
            elif values[name] is not None:
                target = self._row(table, values[name], lock=False) \
                    if is_row_id(values[name]) else None
                if target is None or target.deleted_at is not None:
                    errors[name] = "not_found"
                elif target.client_id != row.client_id:
                    errors[name] = "other_client"
        return errors

    def _conflict(self, m: Mutation, row: SyncRow, name: str, server_value: Any,
                  device_value: Any, base: int | None) -> str:
        record = SyncRow(
            table_name="conflict", id=new_id(), client_id=row.client_id,
            organisation_id=row.organisation_id, team_id=row.team_id,
            owner_user_id=row.owner_user_id, revision=1, created_at=self.now,
            updated_at=self.now, updated_by=self.principal.user_id,
            data={"client_id": row.client_id, "record_table": row.table_name,
                  "record_id": row.id, "field": name, "server_value": server_value,
                  "device_value": device_value, "base_rev": base, "server_rev": row.revision,
                  "device_id": self.device_id, "user_id": self.principal.user_id,
                  "mutation_id": m.mutation_id, "resolution": None, "resolved_by": None})
        record.field_revs = {n: [1, None] for n in record.data}
        self.session.add(record)
        self._changed(record)
        return record.id

    def _bump(self, row: SyncRow) -> None:
        row.revision += 1
        row.updated_at = self.now
        row.updated_by = self.principal.user_id
        self._changed(row)

    def _changed(self, row: SyncRow) -> None:
        self.changes.add(Change(row.table_name, row.id, "upsert", client_id=row.client_id,
                                organisation_id=row.organisation_id, team_id=row.team_id,
                                owner_user_id=row.owner_user_id))


def _rejected(errors: dict[str, str]) -> dict[str, Any]:
    return {"status": "rejected", "errors": errors}


# --- pull -----------------------------------------------------------------------------------
@dataclass
class Page:
    rows: list[dict[str, Any]]
    cursor: str
    has_more: bool
    download: bool


def wire_row(row: SyncRow) -> dict[str, Any]:
    return {"op": "upsert", "table": row.table_name, "row_id": row.id,
            "client_id": row.client_id, "revision": row.revision,
            "deleted": row.deleted_at is not None,
            "updated_at": row.updated_at.isoformat() + "Z", "updated_by": row.updated_by,
            "fields": row.data}


def _number(part: str) -> bool:
    """Digits 0-9 only: ``str.isdigit`` also takes digits of other scripts, which
    ``int`` refuses ("²": a 500 before) or reads though this server never wrote them."""
    return part.isascii() and part.isdigit() and len(part) <= 18


def _parse_cursor(cursor: str) -> tuple[str, list[str]]:
    kind, _, rest = cursor.partition(":")
    parts = rest.split(":")
    if kind == "c" and len(parts) == 2 and all(_number(p) for p in parts) \
            and int(parts[1]) <= END_OF_SEQ:  # a position is a 32-bit column
        return kind, parts
    if kind == "d" and len(parts) == 3 and _number(parts[0]) \
            and _number(parts[1]) and int(parts[1]) < len(TABLE_ORDER) \
            and (parts[2] == "" or is_row_id(parts[2])):
        return kind, parts
    raise CursorInvalid("the cursor is not one this server gave out")


def pull(db: Database, settings: Settings, principal: Principal, cursor: str | None,
         limit: int, address: str | None) -> Page:
    scope.require_reader(principal)
    with db.read() as session:
        newest = last_seq(session)
        if not cursor:
            page = _download(session, principal, newest, 0, "", limit)
        else:
            kind, parts = _parse_cursor(cursor)
            if kind == "d":
                snapshot = int(parts[0])
                if snapshot > newest:
                    raise CursorInvalid("the cursor is from the future", "cursor_from_future")
                _check_floor(session, snapshot)
                page = _download(session, principal, snapshot, int(parts[1]), parts[2], limit)
            else:
                seq, position = int(parts[0]), int(parts[1])
                if seq > newest:
                    raise CursorInvalid("the cursor is from the future", "cursor_from_future")
                _check_floor(session, seq, position)
                page = _incremental(session, principal, seq, position, limit)
    if page.rows:
        clients = sorted({r["client_id"] for r in page.rows if r.get("client_id")})
        with db.write() as session:
            audit.record(session, principal.actor(address), "sync.pull",
                         detail={"rows": len(page.rows), "clients": clients})
    return page


def _check_floor(session: Session, seq: int, position: int = END_OF_SEQ) -> None:
    """Changes up to and including transaction ``floor`` are pruned: a cursor inside or
    before it would miss rows of it, so it expires (``c:<floor>:END`` saw all of it)."""
    floor = session.execute(select(SyncFloor.seq).where(SyncFloor.id == 1)).scalar_one()
    if floor and (seq < floor or (seq == floor and position != END_OF_SEQ)):
        raise CursorExpired("changes after this cursor were pruned: download afresh "
                            "(keep the outbox)")


def _download(session: Session, principal: Principal, snapshot: int, rank: int, after: str,
              limit: int) -> Page:
    rows: list[dict[str, Any]] = []
    visible = scope.row_filter(principal, scope.shared_client_ids(session, principal))
    while rank < len(TABLE_ORDER) and len(rows) < limit:
        table = TABLE_ORDER[rank]
        found = list(session.scalars(
            _for_wire().where(SyncRow.table_name == table, SyncRow.id > after, visible)
            .order_by(SyncRow.id).limit(limit - len(rows))))
        rows.extend(wire_row(r) for r in found)
        if len(rows) >= limit and found:
            return Page(rows, f"d:{snapshot}:{rank}:{found[-1].id}", True, True)
        rank, after = rank + 1, ""
    if rank < len(TABLE_ORDER):
        return Page(rows, f"d:{snapshot}:{rank}:", True, True)
    # the whole scope as it stood at ``snapshot`` (and maybe newer) has been sent; what
    # changed since comes from the log
    return Page(rows, f"c:{snapshot}:{END_OF_SEQ}", True, True)


def _incremental(session: Session, principal: Principal, seq: int, position: int,
                 limit: int) -> Page:
    changes = list(session.scalars(
        select(SyncChange)
        .where(or_(SyncChange.seq > seq,
                   and_(SyncChange.seq == seq, SyncChange.position > position)))
        .where(scope.change_filter(principal))
        .order_by(SyncChange.seq, SyncChange.position).limit(limit)))
    shared = scope.shared_client_ids(session, principal)
    wanted: dict[tuple[str, str], None] = {}
    for change in changes:
        if change.op == "upsert":
            wanted[(change.table_name, change.row_id)] = None
    current = _rows(session, wanted, query=_for_wire())
    out: list[dict[str, Any]] = []
    sent: set[tuple[str, str]] = set()
    for change in changes:
        if change.op == "upsert":
            key = (change.table_name, change.row_id)
            row = current.get(key)
            if row is None or key in sent or not scope.sees_row(principal, row, shared):
                continue
            sent.add(key)
            out.append(wire_row(row))
        elif change.op == "purge":
            out.append({"op": "purge", "table": "client", "row_id": change.client_id,
                        "client_id": change.client_id})
        elif change.op == "access":
            client = session.get(SyncRow, ("client", change.client_id))
            if client is not None and scope.sees_row(principal, client, shared):
                # tombstones too: deletions made while the device did not see the client
                for row in _client_rows(session, change.client_id or ""):
                    key = (row.table_name, row.id)
                    if key not in sent:
                        sent.add(key)
                        out.append(wire_row(row))
            else:
                out.append({"op": "revoke", "table": "client", "row_id": change.client_id,
                            "client_id": change.client_id})
    last = (changes[-1].seq, changes[-1].position) if changes else (seq, position)
    cursor = f"c:{last[0]}:{last[1]}"
    return Page(out, cursor, len(changes) == limit, False)


def _for_wire() -> Select[SyncRow]:
    """Rows to send: without ``field_revs`` (the merge's bookkeeping, never sent), which
    would be half the JSON decoded for every row of a download."""
    return select(SyncRow).options(defer(SyncRow.field_revs))


def _rows(session: Session, keys: Iterable[tuple[str, str]], *, lock: bool = False,
          query: Select[SyncRow] | None = None) -> dict[tuple[str, str], SyncRow]:
    """Rows by (table, id) in a few IN queries per table, in sorted order (so locks are
    always taken in one order), each as it is now (``populate_existing``: after a lock
    was waited for, not as an earlier read left it)."""
    by_table: dict[str, list[str]] = {}
    for table, row_id in keys:
        by_table.setdefault(table, []).append(row_id)
    found: dict[tuple[str, str], SyncRow] = {}
    for table, ids in sorted(by_table.items()):
        ids.sort()
        for start in range(0, len(ids), 500):
            chunk = (query if query is not None else select(SyncRow)).where(
                SyncRow.table_name == table, SyncRow.id.in_(ids[start:start + 500]))
            if lock:
                chunk = chunk.with_for_update()
            for row in session.scalars(chunk.execution_options(populate_existing=True)):
                found[(table, row.id)] = row
    return found


def _client_rows(session: Session, client_id: str) -> list[SyncRow]:
    """A client's rows (tombstones included), parent before child."""
    rows = list(session.scalars(_for_wire().where(SyncRow.client_id == client_id)))
    rank = {t: i for i, t in enumerate(TABLE_ORDER)}
    return sorted(rows, key=lambda r: (rank.get(r.table_name, 99), r.id))


# --- the count/checksum a sync ends with ---------------------------------------------------
def check(db: Database, principal: Principal) -> tuple[int, dict[str, dict[str, Any]]]:
    """The caller's scope as it stands: per table the number of live rows and a checksum
    of their ids and revisions, and the commit sequence it stands at."""
    scope.require_reader(principal)
    with db.read() as session:
        seq = last_seq(session)
        rows = session.execute(
            select(SyncRow.table_name, SyncRow.id, SyncRow.revision)
            .where(SyncRow.deleted_at.is_(None),
                   scope.row_filter(principal, scope.shared_client_ids(session, principal))))
        return seq, scope_checksum((t, i, r) for t, i, r in rows)


# --- records for people (conflicts, reviews) ------------------------------------------------
def visible_rows(db: Database, principal: Principal, table: str, *, client_id: str | None,
                 address: str | None, where: Any = None) -> list[SyncRow]:
    scope.require_reader(principal)
    with db.read() as session:
        query = select(SyncRow).where(SyncRow.table_name == table,
                                      scope.client_row_filter(principal))
        if client_id is not None:
            query = query.where(SyncRow.client_id == client_id)
        if where is not None:
            query = query.where(where)
        rows = list(session.scalars(query.order_by(SyncRow.created_at, SyncRow.id)))
    if rows:
        with db.write() as session:
            audit.record(session, principal.actor(address), f"{table}.read",
                         detail={"rows": len(rows),
                                 "clients": sorted({r.client_id or "" for r in rows})})
    return rows


def add_review(db: Database, settings: Settings, principal: Principal,
               values: dict[str, Any], address: str | None) -> SyncRow:
    """A supervisor's review over HTTP: the same checks as a review pushed by a device."""
    if principal.role != "supervisor":
        raise Forbidden("only a supervisor reviews records", "role_forbidden")
    mutation = Mutation(mutation_id=new_id(), table="review", row_id=new_id(), op="insert",
                        fields=values)
    with db.write() as session:
        run = _Push(session, settings, principal, address)
        try:
            answer = run.run([mutation])[0]
        except NotInScope:
            raise NotFound("no such client") from None  # no hint that it exists elsewhere
        if answer["status"] != "applied":
            raise NotFound("no such record of this client: "
                           + ", ".join(f"{k}: {v}" for k, v in answer["errors"].items()))
        row = session.get(SyncRow, ("review", mutation.row_id))
        assert row is not None
        return row
