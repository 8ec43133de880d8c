"""The sync engine: one sync is hello, push, pull, check (shared/DESIGN.md, "Sync").

- **hello**: protocol version and clock; "upgrade required" stops the sync; a revoked
  device is told to wipe (``DeviceWipeRequired``, the caller wipes).
- **push**: the pending outbox in creation order, in batches. An entry leaves the outbox
  only in the transaction that stores its answer: *applied* and *conflict* remove it (a
  conflict record arrives by pull), *rejected* keeps it with the field reasons for a
  person. A push the server refuses because a record is no longer this user's sets those
  entries aside (``refused``) and pushes the rest. A lost answer is asked for again with
  the same mutation ids: the server answers from its record and applies nothing twice.
- **pull**: pages after the cursor; each page and its cursor in one transaction. Fields
  with local changes still waiting keep the local value. ``purge`` erases a client and
  everything about them; ``revoke`` removes a client who is no longer this user's.
  410 (cursor older than the server keeps) and 400 (cursor unknown) start a fresh
  download, which keeps the outbox and, at its end, removes synced rows it did not
  deliver.
- **check**: per table count and checksum of ids and revisions; a mismatch forces a
  fresh download (once per sync).

Every step is resumable: a sync killed anywhere leaves a consistent database, and the
next sync carries on. The engine runs its own short transactions, so it can run on a
thread of its own while the app keeps working.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import platform
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from outreach_desktop.core.errors import (
    AlreadyEnrolled,
    NotEnrolled,
    ServerRefused,
    ServerUrlInvalid,
    SyncCancelled,
    SyncError,
    UpgradeRequired,
)
from outreach_desktop.core.repository import Repository, _stored_datetime, search_text_of
from outreach_desktop.core.storage.engine import in_chunks
from outreach_desktop.core.storage.models import MODEL_BY_TABLE, Client, utcnow
from outreach_desktop.core.sync.local import (
    SyncConfig,
    client_row_ids,
    describe_changes,
    load_config,
    save_directory,
    update_config,
)
from outreach_desktop.core.sync.tables import (
    CLIENT_TABLES,
    FIELDS,
    PARENT,
    SERVER_SET_FIELDS,
    TABLE_ORDER,
    scope_checksum,
)
from outreach_desktop.core.sync.transport import ServerConnection
from outreach_desktop.core.sync.wire import (
    LOCAL_ONLY,
    column_of,
    field_of,
    from_storage,
    stored_meta_datetime,
    to_storage,
    to_wire,
)

log = logging.getLogger(__name__)
Progress = Callable[[str, int, int | None], None]
#: Tables a pull writes to (a table the device does not know is skipped).
LOCAL_TABLES = frozenset(MODEL_BY_TABLE)
#: A sync that moved nothing compares checksums only if the last comparison is older.
CHECK_EVERY_S = 3600
_META = ("id", "server_rev", "updated_by", "created_at", "updated_at", "deleted_at")


@dataclass
class SyncReport:
    pushed: int = 0
    applied: int = 0
    conflicts: int = 0
    rejected: int = 0
    refused: int = 0
    pulled: int = 0
    purged: int = 0
    revoked: int = 0
    downloaded: bool = False
    checksum_ok: bool = True
    seconds: float = 0.0


#: The roles whose devices hold case records (and push, pull and check them).
RECORD_ROLES = ("caseworker", "supervisor")


def check_server_url(url: str) -> str:
    """An https URL, or plain http to this computer only (a test or a local server)."""
    parts = urlsplit(url.strip())
    if parts.scheme == "https" and parts.hostname:
        return url.strip().rstrip("/")
    if parts.scheme == "http" and parts.hostname in ("localhost", "127.0.0.1", "::1"):
        return url.strip().rstrip("/")
    raise ServerUrlInvalid()


def connect(config: SyncConfig) -> ServerConnection:
    return ServerConnection(config.server_url, config.device_token, config.ca_pem)


def connection_for(repository: Repository) -> ServerConnection:
    """A connection to this device's server with its device token (``NotEnrolled``
    before enrolment). Use it as a context manager."""
    config = load_config(repository)
    if not config.enrolled:
        raise NotEnrolled()
    return connect(config)


def enrol(repository: Repository, url: str, code: str, ca_pem: str | None = None,
          device_name: str = "",
          make_connection: Callable[..., ServerConnection] = ServerConnection) -> SyncConfig:
    """Enrol this device with a one-time code; the device token goes into the encrypted
    database only."""
    url = check_server_url(url)
    if load_config(repository).enrolled:
        raise AlreadyEnrolled()
    with repository.read() as session:
        holds_records = session.scalar(select(Client.id).limit(1)) is not None
    with make_connection(url, None, ca_pem) as server:
        answer = server.enrol(code.strip(), (device_name or platform.node())[:200],
                              holds_records)
    return update_config(
        repository, server_url=url, device_token=answer["device_token"],
        device_id=answer["device_id"], user_id=answer["user_id"],
        organisation_id=answer["organisation_id"], role=answer["role"], ca_pem=ca_pem,
        cursor=None, download_cursor=None, last_problem=None)


def wipe_device(vault: Any, open_vault: Any | None) -> None:
    """The server revoked this device: close the vault, then remove the database, the key
    file and the keyring secret (``Vault.wipe``)."""
    if open_vault is not None:
        open_vault.close()
    vault.wipe()


class SyncEngine:
    """``SyncEngine(repository).run()`` does one whole sync and returns a ``SyncReport``.

    ``progress(phase, done, total)`` is called between steps (phase: ``push``, ``pull``,
    ``download``, ``check``), on the thread that runs the sync.
    """

    def __init__(self, repository: Repository, progress: Progress | None = None, *,
                 page_size: int = 1000, push_batch: int = 500,
                 make_connection: Callable[[SyncConfig], ServerConnection] = connect,
                 stop: threading.Event | None = None) -> None:
        self.repository = repository
        #: Set it to end the sync between two steps (``SyncCancelled``); what was done
        #: so far is kept, and the next sync carries on.
        self.stop = stop or threading.Event()
        self.progress = progress or (lambda *_: None)
        self.page_size = page_size
        self.push_batch = push_batch
        self.make_connection = make_connection
        self.report = SyncReport()

    # --- one sync ----------------------------------------------------------------------------
    def run(self) -> SyncReport:
        started = time.monotonic()
        self.report = SyncReport()
        config = load_config(self.repository)
        if not config.enrolled:
            raise NotEnrolled()
        self.config = config
        # The cyclic collector's full passes over a large heap hold the interpreter lock
        # for 100 ms and more while a download makes many objects, stalling the app's
        # window (bench/bench_sync_app.py): what lives now moves out of its way (never
        # collected by it again; freed by reference counting as usual).
        gc.freeze()
        update_config(self.repository, last_attempt_at=_now_text())
        try:
            with self.make_connection(config) as server:
                self._hello(server)
                # a coordinator's device holds no records: hello alone tells it whether
                # it is still enrolled (or must wipe) and how its clock is
                if config.role in RECORD_ROLES:
                    self._exchange_records(server, config)
        except SyncError as exc:
            problem = type(exc).__name__
            if isinstance(exc, ServerRefused):
                problem = f"{problem}:{exc.status}:{exc.reason}"
            update_config(self.repository, last_problem=problem)
            raise
        self.report.seconds = time.monotonic() - started
        update_config(self.repository, last_success_at=_now_text(),
                      last_problem=None if self.report.checksum_ok else "checksum_mismatch")
        log.info("sync done pushed=%d conflicts=%d rejected=%d pulled=%d downloaded=%s "
                 "seconds=%.2f", self.report.pushed, self.report.conflicts,
                 self.report.rejected, self.report.pulled, self.report.downloaded,
                 self.report.seconds)
        return self.report

    def _exchange_records(self, server: ServerConnection, config: SyncConfig) -> None:
        self._push(server)
        self._pull(server)
        if config.role == "supervisor":  # names for the queue and team views
            save_directory(self.repository, server.directory())
        if not self._check(server):
            log.info("sync checksum differs: fresh download")
            self._start_download()
            self._pull(server)
            self.report.checksum_ok = self._check(server)

    def _check_stop(self) -> None:
        if self.stop.is_set():
            raise SyncCancelled()

    def _hello(self, server: ServerConnection) -> None:
        answer = server.hello(utcnow().isoformat() + "Z")
        if answer.get("upgrade_required"):
            raise UpgradeRequired()
        changes = {"clock_skew_seconds": answer.get("clock_skew_seconds")}
        if answer.get("role") and answer.get("role") != self.config.role:
            changes["role"] = answer["role"]
        update_config(self.repository, **changes)

    # --- push --------------------------------------------------------------------------------
    def _push(self, server: ServerConnection) -> None:
        with self.repository.read() as session:
            total = session.scalar(text("SELECT count(*) FROM outbox WHERE status = 'pending'"))
        done = 0
        while True:
            with self.repository.read() as session:
                entries = list(session.execute(
                    text("SELECT seq, mutation_id, table_name, row_id, op, changes FROM outbox "
                         "WHERE status = 'pending' ORDER BY seq LIMIT :n"),
                    {"n": self.push_batch}).all())
                mutations, empty = self._mutations(session, entries)
            if empty:
                with self.repository.write() as uow:
                    uow.session.execute(text("DELETE FROM outbox WHERE seq = :s"),
                                        [{"s": s} for s in empty])
            if not entries:
                break
            self._check_stop()
            if mutations:
                self._push_batch(server, mutations)
            done += len(entries)
            self.progress("push", done, total)

    def _mutations(self, session: Session,
                   entries: list[Any]) -> tuple[list[dict[str, Any]], list[int]]:
        """The wire form of outbox entries, and the entries with nothing left to send."""
        mutations: list[dict[str, Any]] = []
        empty: list[int] = []
        inserts: dict[str, list[str]] = defaultdict(list)
        for _seq, _mid, table, row_id, op, _changes in entries:
            if op == "insert":
                inserts[table].append(row_id)
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        for table, ids in inserts.items():
            names = [n for n in FIELDS[table] if n not in SERVER_SET_FIELDS.get(table, ())]
            columns = ", ".join(f'"{column_of(table, n)}"' for n in names)
            for chunk, marks in in_chunks(ids):
                for values in session.connection().exec_driver_sql(
                        f'SELECT id, {columns} FROM "{table}" WHERE id IN ({marks})', chunk):
                    rows[(table, values[0])] = {
                        n: from_storage(FIELDS[table][n], v)
                        for n, v in zip(names, values[1:], strict=True)}
        for seq, mutation_id, table, row_id, op, changes in entries:
            mutation: dict[str, Any] = {"mutation_id": mutation_id, "table": table,
                                        "row_id": row_id, "op": op, "seq": seq}
            if op == "insert":
                fields = rows.get((table, row_id))
                if fields is None:  # the row is gone (erased): nothing to send
                    empty.append(seq)
                    continue
                mutation["fields"] = fields
            elif op == "update":
                wire = describe_changes(changes)
                for name in SERVER_SET_FIELDS.get(table, ()):
                    wire.pop(name, None)
                wire = {n: c for n, c in wire.items() if n in FIELDS.get(table, {})}
                if not wire:
                    empty.append(seq)
                    continue
                mutation["changes"] = wire
            mutations.append(mutation)
        return mutations, empty

    def _push_batch(self, server: ServerConnection, mutations: list[dict[str, Any]]) -> None:
        wire = [{k: v for k, v in m.items() if k != "seq"} for m in mutations]
        try:
            answer = server.push(wire)
        except ServerRefused as exc:
            if exc.status == 403 and exc.reason == "not_in_scope":
                named = {e.get("mutation_id") for e in exc.errors if isinstance(e, dict)}
                refused = [m for m in mutations if m["mutation_id"] in named]
                if not refused:
                    raise
                self._set_aside(refused, "not_in_scope")
                rest = [m for m in mutations if m["mutation_id"] not in named]
                if rest:
                    self._push_batch(server, rest)
                return
            if exc.status in (409, 422) and len(mutations) > 1:
                half = len(mutations) // 2  # find the one the server cannot take
                self._push_batch(server, mutations[:half])
                self._push_batch(server, mutations[half:])
                return
            if exc.status in (409, 422):
                self._set_aside(mutations, exc.reason)
                return
            raise
        by_id = {m["mutation_id"]: m for m in mutations}
        with self.repository.write() as uow:
            for result in answer.get("results", []):
                mutation = by_id.get(result.get("mutation_id"))
                if mutation is None:
                    continue
                status = result.get("status")
                self.report.pushed += 1
                if status in ("applied", "conflict"):
                    uow.session.execute(text("DELETE FROM outbox WHERE seq = :s"),
                                        {"s": mutation["seq"]})
                    if status == "conflict":
                        self.report.conflicts += 1
                    else:
                        self.report.applied += 1
                else:
                    self.report.rejected += 1
                    uow.session.execute(
                        text("UPDATE outbox SET status = 'rejected', errors = :e WHERE seq = :s"),
                        {"s": mutation["seq"], "e": json.dumps(result.get("errors") or {})})

    def _set_aside(self, mutations: list[dict[str, Any]], reason: str) -> None:
        self.report.refused += len(mutations)
        with self.repository.write() as uow:
            uow.session.execute(
                text("UPDATE outbox SET status = 'refused', errors = :e WHERE seq = :s"),
                [{"s": m["seq"], "e": json.dumps({"": reason})} for m in mutations])

    # --- pull --------------------------------------------------------------------------------
    def _start_download(self) -> None:
        with self.repository.write() as uow:
            uow.session.execute(text("DELETE FROM sync_seen"))
            config = SyncConfig.load(uow.session)
            config.cursor, config.download_cursor = None, "start"
            config.save(uow.session)

    def _pull(self, server: ServerConnection) -> None:
        """Pages after the cursor until the server has no more. The next page is asked
        for while this one is applied (its cursor is known before): waiting for the
        network and writing the database overlap."""
        config = load_config(self.repository)
        if config.cursor is None and config.download_cursor is None:
            self._start_download()
            config = load_config(self.repository)
        carry: list[dict[str, Any]] = []
        pulled = restarts = 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="outreach-sync-fetch") as fetch:
            ahead: Future[dict[str, Any]] | None = None
            while True:
                self._check_stop()
                downloading = config.download_cursor is not None
                cursor = config.download_cursor if downloading else config.cursor
                try:
                    page = ahead.result() if ahead is not None else \
                        server.pull(None if cursor == "start" else cursor, self.page_size)
                except ServerRefused as exc:
                    ahead = None
                    # a cursor the server no longer keeps or does not know: download afresh
                    # (a download's own cursor may expire too: begin it again, once)
                    if exc.status in (400, 410) and restarts < 2:
                        restarts += 1
                        log.info("sync cursor refused (%s): fresh download", exc.status)
                        self._start_download()
                        config = load_config(self.repository)
                        continue
                    raise
                rows = carry + list(page.get("rows", []))
                new_cursor = str(page["cursor"])
                more = bool(page.get("has_more"))
                ahead = fetch.submit(server.pull, new_cursor, self.page_size) if more else None
                finishing = downloading and not new_cursor.startswith("d:")
                try:
                    carry = self._apply_page(rows, new_cursor, downloading, finishing,
                                             last=not more)
                except BaseException:
                    if ahead is not None:
                        ahead.cancel()
                        with contextlib.suppress(Exception):
                            ahead.result()  # let the request end before the connection does
                    raise
                pulled += len(page.get("rows", []))
                self.report.pulled = pulled
                if downloading:
                    self.report.downloaded = True
                self.progress("download" if downloading else "pull", pulled, None)
                config = load_config(self.repository)
                if not more:
                    break

    def _apply_page(self, rows: list[dict[str, Any]], cursor: str, downloading: bool,
                    finishing: bool, last: bool) -> list[dict[str, Any]]:
        """Apply ``rows`` and store ``cursor`` in one transaction. Rows whose parent is not
        here (an incremental page may bring a child before its parent) are carried to the
        next page; on the last page they are dropped (the checksum then asks for a fresh
        download)."""
        try:
            self._apply(rows, cursor, downloading, finishing, skip_orphans=False)
            return []
        except IntegrityError:
            log.info("sync page has rows whose parent is not here yet: carried over")
        orphans = self._apply(rows, cursor, downloading, finishing, skip_orphans=True)
        if last and orphans:
            log.warning("sync dropped %d rows without their parent", len(orphans))
            return []
        return orphans

    def _apply(self, rows: list[dict[str, Any]], cursor: str, downloading: bool,
               finishing: bool, skip_orphans: bool) -> list[dict[str, Any]]:
        orphans: list[dict[str, Any]] = []
        with self.repository.write() as uow:
            session = uow.session
            session.execute(text("PRAGMA defer_foreign_keys = ON"))
            if skip_orphans:
                rows, orphans = self._without_orphans(session, rows)
            pending = self._pending_fields(session, rows)
            upserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for row in rows:
                op = row.get("op")
                if op == "upsert" and row.get("table") in LOCAL_TABLES:
                    upserts[row["table"]].append(row)
                elif op in ("purge", "revoke"):
                    self._flush_upserts(session, upserts, pending, downloading)
                    upserts.clear()
                    self._remove_client(session, row.get("client_id") or row["row_id"],
                                        erase=op == "purge")
                    if op == "purge":
                        self.report.purged += 1
                    else:
                        self.report.revoked += 1
            self._flush_upserts(session, upserts, pending, downloading)
            if downloading:
                session.execute(text("INSERT OR IGNORE INTO sync_seen (table_name, id) "
                                     "VALUES (:t, :i)"),
                                [{"t": r["table"], "i": r["row_id"]} for r in rows
                                 if r.get("op") == "upsert" and r.get("table") in LOCAL_TABLES])
            if finishing:
                self._sweep_after_download(session)
            config = SyncConfig.load(session)
            if downloading and not finishing:
                config.download_cursor = cursor
            else:
                config.download_cursor, config.cursor = None, cursor
            config.save(session)
        return orphans

    def _without_orphans(self, session: Session, rows: list[dict[str, Any]]
                         ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        arriving = {(r["table"], r["row_id"]) for r in rows if r.get("op") == "upsert"}
        kept, orphans = [], []
        for row in rows:
            link = PARENT.get(row.get("table", ""))
            fields = row.get("fields") or {}
            if row.get("op") == "upsert" and link and row["table"] in CLIENT_TABLES:
                parent_table, parent_field = link
                parent_id = fields.get(parent_field)
                if parent_id and (parent_table, parent_id) not in arriving and \
                        session.execute(text(f'SELECT 1 FROM "{parent_table}" WHERE id = :i'),
                                        {"i": parent_id}).first() is None:
                    orphans.append(row)
                    continue
            kept.append(row)
        return kept, orphans

    @staticmethod
    def _pending_fields(session: Session, rows: list[dict[str, Any]]) -> dict[str, set[str]]:
        """Row id -> fields with a local change still waiting (``*``: the whole row)."""
        ids = list({r["row_id"] for r in rows if r.get("op") == "upsert"})
        found: dict[str, set[str]] = {}
        for chunk, marks in in_chunks(ids):
            for row_id, op, changes in session.connection().exec_driver_sql(
                    f"SELECT row_id, op, changes FROM outbox WHERE row_id IN ({marks})", chunk):
                fields = found.setdefault(row_id, set())
                if op == "insert":
                    fields.add("*")
                elif op == "delete":
                    fields.add("deleted_at")
                else:
                    fields.update(json.loads(changes or "{}"))
        return found

    def _flush_upserts(self, session: Session, upserts: dict[str, list[dict[str, Any]]],
                       pending: dict[str, set[str]], downloading: bool) -> None:
        for table in sorted(upserts, key=_table_rank):
            self._upsert(session, table, upserts[table], pending, downloading)

    def _upsert(self, session: Session, table: str, rows: list[dict[str, Any]],
                pending: dict[str, set[str]], downloading: bool) -> None:
        specs = FIELDS.get(table, {})
        model = MODEL_BY_TABLE[table]
        known_columns = {c.name for c in model.__table__.columns}  # type: ignore[attr-defined]
        names = [n for n in specs if column_of(table, n) in known_columns
                 and n not in LOCAL_ONLY.get(table, ())]
        columns = [column_of(table, n) for n in names]
        connection = session.connection()
        ids = [r["row_id"] for r in rows]
        existing: dict[str, tuple[Any, ...]] = {}
        select_columns = ", ".join(f'"{c}"' for c in ["id", "deleted_at", *columns])
        for chunk, marks in in_chunks(ids):
            for found in connection.exec_driver_sql(
                    f'SELECT {select_columns} FROM "{table}" WHERE id IN ({marks})', chunk):
                existing[found[0]] = tuple(found)
        if table == "catalogue_entry":  # a server entry replaces the shipped one of its code
            connection.exec_driver_sql(
                "DELETE FROM catalogue_entry WHERE catalogue = ? AND code = ? AND id != ? "
                "AND server_rev IS NULL",
                [((r.get("fields") or {}).get("catalogue"), (r.get("fields") or {}).get("code"),
                  r["row_id"]) for r in rows])
        inserts, history = [], []
        for row in rows:
            fields = row.get("fields") or {}
            row_id = row["row_id"]
            stamp = stored_meta_datetime(row.get("updated_at")) or _stored_datetime(utcnow())
            deleted_at = stamp if row.get("deleted") else None
            values = {c: to_storage(specs[n], fields.get(n)) for n, c in zip(names, columns,
                                                                          strict=True)
                      if n in fields}
            waiting = pending.get(row_id, set())
            old = existing.get(row_id)
            if old is None:
                record = {"id": row_id, "server_rev": row.get("revision"),
                          "updated_by": row.get("updated_by"), "created_at": stamp,
                          "updated_at": stamp, "deleted_at": deleted_at,
                          **dict.fromkeys(columns), **values}
                _fill_defaults(model, record)
                inserts.append(record)
                if not downloading:
                    history.append((table, row_id, "insert", "{}", row.get("updated_by"), stamp))
            else:
                if "*" in waiting:
                    values = {}
                else:
                    values = {c: v for c, v in values.items()
                              if field_of(table, c) not in waiting}
                sets = dict(values)
                sets.update({"server_rev": row.get("revision"),
                             "updated_by": row.get("updated_by"), "updated_at": stamp})
                if "deleted_at" not in waiting and "*" not in waiting:
                    was_deleted = old[1] is not None
                    if row.get("deleted") and not was_deleted:
                        sets["deleted_at"] = stamp
                    elif not row.get("deleted") and was_deleted:
                        sets["deleted_at"] = None
                changed = {field_of(table, c): [from_storage(specs[field_of(table, c)],
                                                             old[2 + columns.index(c)]),
                                                fields.get(field_of(table, c))]
                           for c, v in values.items() if old[2 + columns.index(c)] != v}
                if not downloading and (changed or "deleted_at" in sets):
                    op = "delete" if sets.get("deleted_at") else "update"
                    history.append((table, row_id, op, json.dumps(changed),
                                    row.get("updated_by"), stamp))
                assignments = ", ".join(f'"{c}" = ?' for c in sets)
                connection.exec_driver_sql(f'UPDATE "{table}" SET {assignments} WHERE id = ?',
                                           (*sets.values(), row_id))
        if inserts:
            keys = list(inserts[0])
            connection.exec_driver_sql(
                f'INSERT INTO "{table}" ({", ".join(chr(34) + k + chr(34) for k in keys)}) '
                f'VALUES ({", ".join("?" for _ in keys)})',
                [tuple(r[k] for k in keys) for r in inserts])
        if history:
            connection.exec_driver_sql(
                "INSERT INTO history (table_name, row_id, op, changes, changed_by, changed_at) "
                "VALUES (?, ?, ?, ?, ?, ?)", history)
        if table == "client":
            self._reindex(session, ids)
        if table == "conflict":
            self._restore_conflicted(session, rows, pending)

    @staticmethod
    def _reindex(session: Session, ids: list[str]) -> None:
        """The name index of these clients as their names are stored now (waiting local
        edits included); a deleted client leaves it."""
        connection = session.connection()
        connection.exec_driver_sql(
            "DELETE FROM client_search WHERE rowid = (SELECT rowid FROM client WHERE id = ?)",
            [(i,) for i in ids])
        rows = []
        for chunk, marks in in_chunks(ids):
            for row_id, given, family, aliases, deleted in connection.exec_driver_sql(
                    f"SELECT id, given_name, family_name, aliases, deleted_at FROM client "
                    f"WHERE id IN ({marks})", chunk):
                if deleted is None:
                    rows.append((search_text_of(given or "", family or "",
                                                json.loads(aliases or "[]")), row_id))
        if rows:
            connection.exec_driver_sql(
                "INSERT INTO client_search (rowid, names) SELECT rowid, ? FROM client "
                "WHERE id = ?", rows)

    def _restore_conflicted(self, session: Session, rows: list[dict[str, Any]],
                            pending: dict[str, set[str]]) -> None:
        """A conflict this device's push caused: the server kept its value, so the record
        here shows it again (the local value lives on in the conflict record)."""
        for row in rows:
            fields = row.get("fields") or {}
            if row.get("deleted") or fields.get("device_id") != self.config.device_id \
                    or fields.get("resolution") is not None:
                continue
            table, field = fields.get("record_table"), fields.get("field")
            if table not in CLIENT_TABLES or field not in FIELDS[table]:
                continue
            record_id = fields.get("record_id")
            waiting = session.execute(text(
                "SELECT changes, op FROM outbox WHERE row_id = :i"), {"i": record_id}).all()
            if any(op == "insert" or field in json.loads(c or "{}") for c, op in waiting):
                continue
            session.execute(
                text(f'UPDATE "{table}" SET "{field}" = :v WHERE id = :i '
                     f'AND (server_rev IS NULL OR server_rev <= :r)'),
                {"v": to_storage(FIELDS[table][field], fields.get("server_value")),
                 "i": record_id, "r": fields.get("server_rev") or 0})
            if table == "client" and field in ("given_name", "family_name", "aliases"):
                self._reindex(session, [str(record_id)])

    def _remove_client(self, session: Session, client_id: str, erase: bool) -> None:
        """``purge``: the client and everything about them is erased, history and waiting
        changes included. ``revoke``: the client is no longer this user's: their records
        leave this device; changes that could not be sent stay, set aside, for a person to
        see (they are discarded there)."""
        rows = client_row_ids(session, client_id)
        connection = session.connection()
        connection.exec_driver_sql(
            "DELETE FROM client_search WHERE rowid = (SELECT rowid FROM client WHERE id = ?)",
            (client_id,))
        for table in sorted(rows, key=_table_rank, reverse=True):  # children first
            for chunk, marks in in_chunks(rows[table]):
                connection.exec_driver_sql(f'DELETE FROM "{table}" WHERE id IN ({marks})', chunk)
                connection.exec_driver_sql(
                    f"DELETE FROM history WHERE row_id IN ({marks})", chunk)
                connection.exec_driver_sql(
                    f"DELETE FROM sync_seen WHERE id IN ({marks})", chunk)
                if erase:
                    connection.exec_driver_sql(
                        f"DELETE FROM outbox WHERE row_id IN ({marks})", chunk)
                else:
                    connection.exec_driver_sql(
                        f"UPDATE outbox SET status = 'refused', errors = ? "
                        f"WHERE row_id IN ({marks})", (json.dumps({"": "not_in_scope"}), *chunk))

    def _sweep_after_download(self, session: Session) -> None:
        """After a fresh download: synced rows it did not deliver are gone for this device
        (rows with waiting changes stay; the push decides about them)."""
        connection = session.connection()
        clients = [r[0] for r in connection.exec_driver_sql(
            "SELECT id FROM client WHERE server_rev IS NOT NULL AND id NOT IN "
            "(SELECT id FROM sync_seen WHERE table_name = 'client') "
            "AND id NOT IN (SELECT row_id FROM outbox)")]
        for client_id in clients:
            self._remove_client(session, client_id, erase=False)
        for table in sorted(LOCAL_TABLES, key=_table_rank, reverse=True):
            if table == "client":
                continue
            connection.exec_driver_sql(
                f'DELETE FROM "{table}" WHERE server_rev IS NOT NULL AND id NOT IN '
                f"(SELECT id FROM sync_seen WHERE table_name = ?) "
                f"AND id NOT IN (SELECT row_id FROM outbox)", (table,))
        connection.exec_driver_sql("DELETE FROM sync_seen")

    # --- check -------------------------------------------------------------------------------
    def _check(self, server: ServerConnection) -> bool:
        self.progress("check", 0, None)
        with self.repository.read() as session:
            waiting = session.scalar(text("SELECT count(*) FROM outbox"))
        config = load_config(self.repository)
        checked = config.extra.get("checked_at")
        moved = self.report.pushed or self.report.pulled or self.report.downloaded
        if not moved and isinstance(checked, int | float) \
                and 0 <= time.time() - checked < CHECK_EVERY_S:
            # nothing moved and the last comparison is recent: a sync with nothing to do
            # stays quick (the comparison reads every row on both ends)
            return True
        if waiting:
            # Rows with changes still here (new ones, or rejected ones waiting for a
            # person) cannot match the server yet, and a download would not change that:
            # the comparison waits for an empty outbox.
            return True
        for _ in range(3):
            answer = server.check()
            config = load_config(self.repository)
            cursor_seq = _cursor_seq(config.cursor)
            if cursor_seq is not None and int(answer.get("seq", 0)) > cursor_seq:
                self._pull(server)  # others wrote meanwhile: catch up, then compare
                continue
            local = self._local_checksum()
            theirs = answer.get("tables", {})
            tables = set(local) | set(theirs)
            differ = [t for t in tables if local.get(t, {"count": 0, "checksum": "0" * 16})
                      != {"count": theirs.get(t, {}).get("count", 0),
                          "checksum": theirs.get(t, {}).get("checksum", "0" * 16)}]
            if differ:
                log.info("sync checksum differs in %s", ",".join(sorted(differ)))
            else:
                with self.repository.write() as uow:
                    config = SyncConfig.load(uow.session)
                    config.extra = {**config.extra, "checked_at": time.time()}
                    config.save(uow.session)
            return not differ
        return True

    def _local_checksum(self) -> dict[str, dict[str, Any]]:
        rows: list[tuple[str, str, int]] = []
        with self.repository.read() as session:
            connection = session.connection()
            for table in LOCAL_TABLES:
                rows.extend((table, i, r) for i, r in connection.exec_driver_sql(
                    f'SELECT id, server_rev FROM "{table}" WHERE deleted_at IS NULL '
                    f"AND server_rev IS NOT NULL"))
        return scope_checksum(rows)


def _cursor_seq(cursor: str | None) -> int | None:
    if not cursor or not cursor.startswith("c:"):
        return None
    try:
        return int(cursor.split(":")[1])
    except (IndexError, ValueError):
        return None


_RANK = {t: i for i, t in enumerate(TABLE_ORDER)}


def _table_rank(table: str) -> int:
    return _RANK.get(table, 99)


def _fill_defaults(model: Any, record: dict[str, Any]) -> None:
    """Columns a pulled row did not carry get the model's default (NOT NULL columns)."""
    for column in model.__table__.columns:
        if record.get(column.name) is None and not column.nullable and column.default is not None:
            default = column.default.arg
            value = default(None) if callable(default) else default
            spec = FIELDS.get(model.__tablename__, {}).get(field_of(model.__tablename__,
                                                                    column.name))
            record[column.name] = to_storage(spec, to_wire(spec, value)) if spec else value


def _now_text() -> str:
    return utcnow().isoformat() + "Z"
