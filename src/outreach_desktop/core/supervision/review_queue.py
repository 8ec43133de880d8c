"""The supervisor's review queue: records new or changed since the supervisor last
reviewed them, grouped by caseworker, newest first, with what changed field by field.

A *record* is a synced row (``server_rev`` set) of a client table (``CLIENT_TABLES``)
whose client is not deleted. It is in the queue when no review of it exists (any kind) or
the highest ``record_rev`` of its reviews is below its current ``server_rev``: new, or
changed since the supervisor last looked. Deleted rows are left out (a deletion is not
something to look at here; the History tab of the record shows it).

*Decision items* wait for an ``approve`` or ``return`` naming their current revision; a
``seen`` or ``comment`` review does not decide them:

- a form response ``goal_agreement`` (Zielvereinbarung) with status ``final``;
- a case closure: a case file with ``closed_on`` set, or a final form response
  ``closure``.

The field changes of a record are its history entries written after this laptop got the
newest review of it (history order, ``seq``: the clocks of laptop and server need not
agree); all of them when it was never reviewed. The first download writes no history: a
record that came with it is shown as ``new`` with no field changes.

``load_queue`` is one SQL query (every client table joined with the newest reviewed
revision of each record, aggregated per client); the field changes, which need the
history, are read only for the client the supervisor selects (``client_items``).

Reviews are append-only: ``mark_seen`` and ``decide`` add ``review`` rows through the
unit of work (outbox), and the normal sync pushes them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from outreach_desktop.core.repository import UnitOfWork
from outreach_desktop.core.storage.engine import in_chunks
from outreach_desktop.core.storage.models import MODEL_BY_TABLE, Review
from outreach_desktop.core.sync.local import SyncConfig, directory
from outreach_desktop.core.sync.tables import CLIENT_TABLES
from outreach_desktop.core.validation import ValidationFailed

#: Kinds of review that decide a decision item.
DECISION_KINDS = ("approve", "return")
#: What ``decide`` takes.
DECIDE_KINDS = ("approve", "return", "comment")
#: Decision codes: what a record waits for a decision on.
GOAL_AGREEMENT, CLOSURE = "goal_agreement", "closure"

#: How each table reaches its client (a FROM clause with alias ``t`` and the client id).
_CLIENT_OF: dict[str, tuple[str, str]] = {
    "client": ('"client" t', "t.id"),
    "goal": ('"goal" t JOIN case_file g1 ON g1.id = t.case_id', "g1.client_id"),
    "goal_step": ('"goal_step" t JOIN goal g2 ON g2.id = t.goal_id '
                  "JOIN case_file g1 ON g1.id = g2.case_id", "g1.client_id"),
}
#: A SQL expression naming the decision a row waits for (NULL: none).
_DECISION_OF: dict[str, str] = {
    "case_file": f"CASE WHEN t.closed_on IS NOT NULL THEN '{CLOSURE}' END",
    "form_response": f"CASE WHEN t.status = 'final' AND t.form_id IN "
                     f"('{GOAL_AGREEMENT}', '{CLOSURE}') THEN t.form_id END",
}
#: Fields safe to show in a list line, per table (no free text of a person's situation).
_FACTS: dict[str, tuple[str, ...]] = {
    "client": ("client_code",),
    "case_file": ("phase", "opened_on", "closed_on", "closure_reason"),
    "goal": ("title", "due_on", "status"),
    "goal_step": ("title", "due_on", "done_on"),
    "contact": ("occurred_on", "kind", "follow_up_on"),
    "referral": ("institution", "referred_on", "status"),
    "note": (),
    "consent": ("form_id", "given_on", "withdrawn_on"),
    "form_response": ("form_id", "status"),
    "attachment": ("media_type",),
}


def _records_sql(client_filter: bool = False, with_seen: bool = True) -> str:
    """Every queue record: table, id, client id, server_rev, updated_at, updated_by, what
    it waits a decision on (or NULL), the newest reviewed revision (any kind).

    Each record asks ``ix_review_record_rev`` whether a review names its revision (NOT
    EXISTS stops at the first); only the records that stay are asked for their newest
    reviewed revision. (A grouping of all reviews joined to each table built an
    automatic index per table and took twice as long.)"""
    reviewed = ("EXISTS (SELECT 1 FROM review v WHERE v.record_id = t.id "
                "AND v.deleted_at IS NULL AND v.record_rev >= t.server_rev{kinds})")
    decided = reviewed.format(kinds=" AND v.kind IN ('approve', 'return')")
    parts = []
    for table in CLIENT_TABLES:
        source, client_id = _CLIENT_OF.get(table, (f'"{table}" t', "t.client_id"))
        decision = _DECISION_OF.get(table)
        waits = f"CASE WHEN NOT {decided} THEN {decision} END" if decision else "NULL"
        pending = f"NOT {reviewed.format(kinds='')}" + (
            f" OR ({decision} IS NOT NULL AND NOT {decided})" if decision else "")
        parts.append(
            f"SELECT '{table}' AS tbl, t.id AS record_id, {client_id} AS client_id, "
            f"t.server_rev AS server_rev, t.updated_at AS updated_at, "
            f"t.updated_by AS updated_by, {waits} AS waits, "
            + ("(SELECT MAX(v.record_rev) FROM review v WHERE v.record_id = t.id "
               "AND v.deleted_at IS NULL) AS seen_rev " if with_seen else "NULL AS seen_rev ")
            +
            f"FROM {source} WHERE t.server_rev IS NOT NULL AND t.deleted_at IS NULL "
            f"AND ({pending})"
            + (f" AND {client_id} = :client_id" if client_filter else ""))
    return " UNION ALL ".join(parts)


# --- the queue -------------------------------------------------------------------------------
@dataclass
class QueueClient:
    """One client with records to review: ``count`` records, the newest changed at
    ``latest_at``; ``decisions`` names what waits for a decision (``goal_agreement``,
    ``closure``), once each."""

    client_id: str
    name: str
    client_code: str
    latest_at: datetime | None
    count: int
    decisions: list[str] = field(default_factory=list)


@dataclass
class QueueGroup:
    """The clients of one caseworker; ``name`` is None when the directory does not know
    the caseworker (the GUI says "Unknown caseworker")."""

    caseworker_id: str | None
    name: str | None
    clients: list[QueueClient]

    @property
    def count(self) -> int:
        return sum(c.count for c in self.clients)


@dataclass
class ReviewQueue:
    groups: list[QueueGroup]
    total: int  # records
    clients: int  # clients with records

    @property
    def empty(self) -> bool:
        return self.total == 0


def member_names(session: Session) -> dict[str, str]:
    """User id -> name of the team members this device knows (from the server's
    directory, fetched at each sync of a supervisor; empty before)."""
    return {user_id: member.name for user_id, member in directory(session).items()
            if member.name}


def _as_datetime(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def load_queue(session: Session) -> ReviewQueue:
    """The queue as the tree shows it: groups by caseworker (by name, unknown ones
    last), clients newest change first. One query; no history is read."""
    sql = (f"WITH q AS ({_records_sql(with_seen=False)}), "
           "per AS (SELECT client_id, COUNT(*) AS n, MAX(updated_at) AS latest, "
           f"MAX(waits = '{GOAL_AGREEMENT}') AS agreement, MAX(waits = '{CLOSURE}') AS closure "
           "FROM q GROUP BY client_id) "
           "SELECT per.client_id, per.n, per.latest, per.agreement, per.closure, "
           "c.given_name, c.family_name, c.client_code, c.caseworker_id "
           "FROM per JOIN client c ON c.id = per.client_id AND c.deleted_at IS NULL "
           "ORDER BY per.latest DESC, c.client_code")
    names = member_names(session)
    groups: dict[str | None, QueueGroup] = {}
    total = 0
    for (client_id, count, latest, agreement, closure, given, family, code,
         caseworker) in session.execute(text(sql)):
        decisions = [d for d, flag in ((GOAL_AGREEMENT, agreement), (CLOSURE, closure))
                     if flag]
        group = groups.get(caseworker)
        if group is None:
            group = groups[caseworker] = QueueGroup(caseworker, names.get(caseworker or ""), [])
        group.clients.append(QueueClient(
            client_id, " ".join(p for p in (given, family) if p), code,
            _as_datetime(latest), int(count), decisions))
        total += int(count)
    ordered = sorted(groups.values(), key=lambda g: (g.name is None, (g.name or "").casefold(),
                                                     g.caseworker_id or ""))
    return ReviewQueue(ordered, total, sum(len(g.clients) for g in ordered))


# --- one client's records ---------------------------------------------------------------------
@dataclass
class FieldChange:
    field: str
    old: Any  # wire form (dates as ISO text)
    new: Any


@dataclass
class ReviewInfo:
    id: str
    kind: str
    body: str
    record_rev: int
    outdated: bool  # the record changed since the revision reviewed
    created_at: datetime
    author_id: str | None


@dataclass
class QueueItem:
    """One record to review. ``op`` is ``new`` (never reviewed and created since the
    laptop knows it, or arrived with the first download: then ``changes`` is empty) or
    ``changed`` (``changes`` from the history since the newest review of it).
    ``facts`` are a few safe fields for the list line (dates, codes, a goal's title), no
    free text about the person. ``decision_needed`` names what waits for a decision."""

    table: str
    record_id: str
    client_id: str
    server_rev: int
    op: str
    facts: dict[str, Any]
    changed_at: datetime | None
    changed_by: str | None
    changes: list[FieldChange]
    decision_needed: str | None
    reviews: list[ReviewInfo]


_Entry = tuple[int, str, Any, str | None, datetime | None]  # seq, op, changes, by, at


def _history(session: Session, table: str, ids: list[str]) -> dict[str, list[_Entry]]:
    """Row id -> its history entries in order ((table_name, row_id) is the index)."""
    found: dict[str, list[_Entry]] = {}
    for chunk, marks in in_chunks(ids):
        for seq, row_id, op, changes, changed_by, changed_at in \
                session.connection().exec_driver_sql(
                    "SELECT seq, row_id, op, changes, changed_by, changed_at FROM history "
                    f"WHERE table_name = ? AND row_id IN ({marks}) ORDER BY seq",
                    (table, *chunk)):
            found.setdefault(row_id, []).append((seq, op, changes, changed_by,
                                                 _as_datetime(changed_at)))
    return found


def client_items(session: Session, client_id: str) -> list[QueueItem]:
    """The queue records of one client, newest first, with their field changes and
    earlier reviews."""
    if session.scalar(text("SELECT deleted_at IS NULL FROM client WHERE id = :id"),
                      {"id": client_id}) != 1:
        return []
    rows = session.execute(text(_records_sql(client_filter=True)),
                           {"client_id": client_id}).all()
    if not rows:
        return []
    ids = [r[1] for r in rows]
    reviews: dict[str, list[Review]] = {}
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    params = {f"i{n}": i for n, i in enumerate(ids)}
    for review in session.query(Review).from_statement(text(
            f"SELECT * FROM review WHERE deleted_at IS NULL AND record_id IN ({marks}) "
            "ORDER BY created_at DESC, id")).params(**params):
        reviews.setdefault(review.record_id, []).append(review)
    by_table: dict[str, list[str]] = {}
    for row in rows:
        by_table.setdefault(row[0], []).append(row[1])
    history: dict[str, list[_Entry]] = {}
    for table, table_ids in by_table.items():
        history.update(_history(session, table, table_ids))
    # When this laptop got each review: the seq of its insert in the history (local and
    # monotonic, unlike the clocks of laptop and server); none: it came with the first
    # download, before any history of the record.
    arrived = {row_id: entries[0][0] for row_id, entries in _history(
        session, "review", [r.id for rs in reviews.values() for r in rs]).items()}
    items = []
    for table, record_id, _client, server_rev, updated_at, updated_by, waits, seen_rev \
            in rows:
        own_reviews = reviews.get(record_id, [])
        since = max((arrived.get(r.id, 0) for r in own_reviews), default=None)
        entries = [e for e in history.get(record_id, []) if since is None or e[0] > since]
        changes: dict[str, FieldChange] = {}
        for _seq, op, raw, _by, _at in entries:
            if op != "update":
                continue
            data = raw if isinstance(raw, dict) else json.loads(raw or "{}")
            for name, (old, new) in data.items():
                if name in changes:
                    changes[name].new = new
                else:
                    changes[name] = FieldChange(name, old, new)
        new = seen_rev is None and (not entries or entries[0][1] == "insert")
        last = entries[-1] if entries else None
        record = session.get(MODEL_BY_TABLE[table], record_id)
        items.append(QueueItem(
            table=table, record_id=record_id, client_id=client_id, server_rev=int(server_rev),
            op="new" if new else "changed",
            facts={name: getattr(record, name) for name in _FACTS[table]
                   if getattr(record, name, None) not in (None, "", [])},
            changed_at=last[4] if last else _as_datetime(updated_at),
            changed_by=last[3] if last else updated_by,
            changes=[c for c in changes.values() if c.old != c.new],
            decision_needed=waits,
            reviews=[ReviewInfo(r.id, r.kind, r.body, r.record_rev,
                                r.record_rev < int(server_rev), r.created_at, r.author_id)
                     for r in own_reviews]))
    items.sort(key=lambda i: (i.changed_at or datetime.min, i.table, i.record_id), reverse=True)
    return items


# --- what the supervisor does ------------------------------------------------------------------
def _author(uow: UnitOfWork) -> str:
    return SyncConfig.load(uow.session).user_id or uow.actor


def _client_and_rev(uow: UnitOfWork, table: str, record_id: str) -> tuple[str, int]:
    if table not in CLIENT_TABLES:
        raise ValueError(table)
    source, client_id = _CLIENT_OF.get(table, (f'"{table}" t', "t.client_id"))
    found = uow.session.execute(text(
        f"SELECT {client_id}, t.server_rev FROM {source} WHERE t.id = :id"),
        {"id": record_id}).first()
    if found is None or found[1] is None:
        raise LookupError(record_id)  # not here, or never synced: nothing to review
    return str(found[0]), int(found[1])


def _add_review(uow: UnitOfWork, table: str, record_id: str, kind: str, body: str,
                record_rev: int | None = None) -> Review:
    client_id, current = _client_and_rev(uow, table, record_id)
    return uow.add(Review, client_id=client_id, record_table=table, record_id=record_id,
                   record_rev=current if record_rev is None else record_rev, kind=kind,
                   body=body, author_id=_author(uow))


def mark_seen(uow: UnitOfWork, items: Iterable[QueueItem | tuple[str, str, int]]) -> int:
    """One ``seen`` review per record, naming the revision shown (``item.server_rev``):
    a change that arrives meanwhile stays in the queue. Returns how many were added."""
    added = 0
    for item in items:
        table, record_id, rev = ((item.table, item.record_id, item.server_rev)
                                 if isinstance(item, QueueItem) else item)
        _add_review(uow, table, record_id, "seen", "", rev)
        added += 1
    return added


def decide(uow: UnitOfWork, table: str, record_id: str, kind: str, body: str = "") -> Review:
    """Approve, return (with a comment: required) or comment on the record's current
    revision."""
    if kind not in DECIDE_KINDS:
        raise ValueError(kind)
    body = body.strip()
    if kind in ("return", "comment") and not body:
        raise ValidationFailed({"body": "required"})
    return _add_review(uow, table, record_id, kind, body)

