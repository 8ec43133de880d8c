"""The app's sync engine (core.sync) against the real server over HTTP: the paths a
person has to see — rejected and refused changes, purge, revoke, 410, a checksum
mismatch, reviews, a revoked device — on a real vault. The whole-app tests (laptops as
processes, a killed sync, a faulty network) are in tests/sync/."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select, text

from outreach_desktop.core.errors import DeviceWipeRequired, NotEnrolled, ServerUrlInvalid
from outreach_desktop.core.storage.models import Client, Contact, HistoryEntry, OutboxEntry
from outreach_desktop.core.sync import local
from outreach_desktop.core.sync.engine import SyncEngine, check_server_url, enrol, wipe_device
from outreach_desktop.core.sync.tables import FIELDS
from outreach_desktop.core.sync.transport import backoff_delay
from outreach_desktop.core.sync.wire import from_storage, from_wire, to_storage, to_wire
from outreach_desktop.core.vault import KDF_FLOOR, Vault
from outreach_desktop.core.vault.device_secret import DeviceSecretStore
from outreach_server.db import Database
from outreach_server.services import admin, caseload
from outreach_server.services.audit import Actor
from outreach_server.settings import Settings
from server.server_helpers import Clock
from server.sync_helpers import World, make_world

pytestmark = pytest.mark.sqlite_only
PASSPHRASE = "correct horse battery staple 42"


@pytest.fixture
def world(db: Database, settings: Settings, http: httpx.Client) -> World:
    return make_world(db, settings, http)


class Laptop:
    def __init__(self, folder: Path, keyring: object, db: Database, settings: Settings,
                 url: str, username: str) -> None:
        self.vault = Vault(folder, DeviceSecretStore(keyring))  # type: ignore[arg-type]
        self.opened = self.vault.create(PASSPHRASE, kdf=KDF_FLOOR)
        with db.write() as session:
            user = admin.find_user(session, username)
            code = admin.issue_enrolment_code(session, Actor.command_line(), settings, user)[0]
        self.config = enrol(self.repo, url, code)

    @property
    def repo(self):  # type: ignore[no-untyped-def]
        return self.opened.repository

    def sync(self):  # type: ignore[no-untyped-def]
        return SyncEngine(self.repo, page_size=7).run()

    def add_client(self, given: str = "Amina", **extra: object) -> str:
        with self.repo.write() as uow:
            client = uow.add(Client, client_code=f"K-{given}", given_name=given,
                             family_name="Haddad", **extra)
            uow.add(Contact, client_id=client.id, occurred_on=date(2026, 3, 1), kind="street")
            return client.id

    def client(self, client_id: str) -> Client | None:
        with self.repo.read() as session:
            return session.get(Client, client_id)


@pytest.fixture
def laptop(tmp_path: Path, memory_keyring, db, settings, base_url, world):  # type: ignore[no-untyped-def]
    made = []

    def make(username: str = "cw", name: str = "a") -> Laptop:
        made.append(Laptop(tmp_path / name, memory_keyring, db, settings, base_url, username))
        return made[-1]

    yield make
    for one in made:
        one.opened.close()


def test_a_rejected_change_waits_for_a_person_and_does_not_block_the_rest(laptop):
    a = laptop()
    first = a.add_client("Amina")
    a.sync()
    with a.repo.write() as uow:
        uow.update(uow.session.get(Client, first), given_name="x" * 300)  # the server: 200
    second = a.add_client("Bilal")
    report = a.sync()
    assert report.rejected == 1
    status = local.sync_status(a.repo)
    assert (status.pending, status.problems) == (0, 1)
    with a.repo.read() as session:
        assert local.record_states(session, [first, second]) == {
            first: "rejected", second: "synced"}
        assert local.field_problems(session, first) == {"given_name": "too_long"}
        problem = local.problem_changes(session)[0]
    assert (problem.client_id, problem.status, problem.errors) == (
        first, "rejected", {"given_name": "too_long"})
    # corrected, sent again: a new mutation id (the server keeps its answer to the old)
    with a.repo.write() as uow:
        uow.update(uow.session.get(Client, first), given_name="Amina Corrected")
        local.retry_change(uow, problem.seq)
    a.sync()
    assert local.sync_status(a.repo).problems == 0
    b = laptop(name="b")
    b.sync()
    assert b.client(first).given_name == "Amina Corrected"


def test_discarding_a_rejected_edit_restores_the_value_before_it(laptop):
    a = laptop()
    client_id = a.add_client("Amina")
    a.sync()
    with a.repo.write() as uow:
        uow.update(uow.session.get(Client, client_id), family_name="y" * 250)
    a.sync()
    with a.repo.write() as uow:
        local.discard_change(uow, local.problem_changes(uow.session)[0].seq)
    assert a.client(client_id).family_name == "Haddad"
    assert local.sync_status(a.repo).problems == 0
    assert a.sync().checksum_ok


def test_a_transferred_client_leaves_and_the_unsent_edit_is_set_aside(laptop, db, settings):
    a = laptop()
    moved, kept = a.add_client("Amina"), a.add_client("Bilal")
    a.sync()
    with db.write() as session:
        caseload.assign(session, Actor.command_line(), settings, moved, "cw2")
    with a.repo.write() as uow:
        uow.update(uow.session.get(Client, moved), given_name="Too Late")
        uow.update(uow.session.get(Client, kept), given_name="Bilal B.")
    report = a.sync()
    assert report.refused == 1 and report.revoked == 1
    assert a.client(moved) is None
    with a.repo.read() as session:
        assert session.scalar(select(func.count()).select_from(Contact)
                              .where(Contact.client_id == moved)) == 0
        assert session.scalar(select(func.count()).select_from(HistoryEntry)
                              .where(HistoryEntry.row_id == moved)) == 0
        problems = local.problem_changes(session)
    assert [(p.row_id, p.status, p.errors) for p in problems] == [
        (moved, "refused", {"": "not_in_scope"})]
    new_owner = laptop("cw2", name="b")
    new_owner.sync()
    assert new_owner.client(moved).given_name == "Amina"
    assert new_owner.client(kept) is None
    b = laptop(name="c")
    b.sync()
    assert b.client(kept).given_name == "Bilal B."


def test_a_purge_erases_the_client_with_history_and_waiting_changes(laptop, db, settings):
    a = laptop()
    client_id = a.add_client("Amina")
    a.sync()
    with a.repo.write() as uow:
        uow.add(Contact, client_id=client_id, occurred_on=date(2026, 3, 2), kind="phone")
    with db.write() as session:
        caseload.purge(session, Actor.command_line(), settings, client_id)
    report = a.sync()
    assert report.purged == 1
    with a.repo.read() as session:
        assert session.get(Client, client_id) is None
        assert session.scalar(select(func.count()).select_from(Contact)) == 0
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0
        assert session.scalar(select(func.count()).select_from(HistoryEntry)
                              .where(HistoryEntry.table_name.in_(["client", "contact"]))) == 0
        assert session.execute(text("SELECT count(*) FROM client_search")).scalar() == 0


def test_an_expired_cursor_downloads_afresh_and_keeps_the_outbox(laptop, db, settings,
                                                                   clock: Clock):
    a, b = laptop(), laptop(name="b")
    gone, stays = a.add_client("Amina"), a.add_client("Bilal")
    a.sync()
    b.sync()
    with b.repo.write() as uow:
        uow.update(uow.session.get(Client, stays), given_name="Bilal offline")
    with a.repo.write() as uow:
        uow.delete(uow.session.get(Client, gone))
    a.sync()
    clock.advance(days=200)
    with db.write() as session:
        caseload.prune(session, Actor.command_line(), settings, timedelta(days=180))
    report = b.sync()
    assert report.downloaded and report.checksum_ok
    assert b.client(gone) is None or b.client(gone).deleted_at is not None
    a.sync()
    assert a.client(stays).given_name == "Bilal offline"


def test_a_checksum_mismatch_forces_a_fresh_download(laptop):
    a = laptop()
    client_id = a.add_client("Amina")
    a.sync()
    with a.repo.write() as uow:  # damage behind the repository's back
        uow.session.execute(text("DELETE FROM contact"))
    # a sync that moves nothing compares only once an hour (the comparison reads every row)
    assert not a.sync().downloaded
    config = local.load_config(a.repo)
    local.update_config(a.repo, extra={**config.extra,
                                       "checked_at": config.extra["checked_at"] - 3601})
    report = a.sync()
    assert report.downloaded and report.checksum_ok
    with a.repo.read() as session:
        assert session.scalar(select(func.count()).select_from(Contact)
                              .where(Contact.client_id == client_id)) == 1


def test_a_review_arrives_unread(laptop, world, http):
    a = laptop()
    client_id = a.add_client("Amina")
    a.sync()
    answer = http.post("/v1/reviews", headers=world["sup"].headers, json={
        "client_id": client_id, "record_table": "client", "record_id": client_id,
        "record_rev": a.client(client_id).server_rev, "kind": "return",
        "body": "Bitte Ziel konkretisieren"})
    assert answer.status_code == 201, answer.text
    a.sync()
    with a.repo.read() as session:
        unread = local.unread_reviews(session)
    assert [(r.kind, r.body, r.outdated) for r in unread] == [
        ("return", "Bitte Ziel konkretisieren", False)]
    with a.repo.write() as uow:
        local.mark_reviews_read(uow.session, [unread[0].id])
    assert local.sync_status(a.repo).unread_reviews == 0


def test_a_revoked_device_is_told_to_wipe_and_wipes(laptop, db, settings):
    a = laptop()
    a.add_client("Amina")
    a.sync()
    with db.write() as session:
        admin.revoke_device(session, Actor.command_line(), settings, a.config.device_id)
    with pytest.raises(DeviceWipeRequired):
        a.sync()
    wipe_device(a.vault, a.opened)
    assert not any(p.exists() for p in (a.vault.paths.database, a.vault.paths.key_file))
    assert not a.vault.exists()


def test_a_device_without_enrolment_does_not_sync(open_vault):
    with pytest.raises(NotEnrolled):
        SyncEngine(open_vault.repository).run()


# --- units ------------------------------------------------------------------------------------
def test_backoff_grows_exponentially_with_full_jitter_up_to_the_cap():
    assert [backoff_delay(n, rng=lambda: 1.0) for n in (1, 2, 3, 10)] == [0.5, 1.0, 2.0, 30.0]
    assert backoff_delay(3, rng=lambda: 0.0) == 0.0


def test_server_urls_must_be_https_except_to_this_computer():
    assert check_server_url("https://sync.example.org/ ") == "https://sync.example.org"
    assert check_server_url("http://127.0.0.1:8750") == "http://127.0.0.1:8750"
    for bad in ("http://sync.example.org", "ftp://x", "sync.example.org", ""):
        with pytest.raises(ServerUrlInvalid):
            check_server_url(bad)


@pytest.mark.parametrize("table,field,value", [
    ("client", "date_of_birth", "2001-02-03"), ("client", "aliases", ["A", "B"]),
    ("attachment", "content", "AAEC/w=="), ("consent", "withdrawn_on", None),
    ("catalogue_entry", "active", False), ("goal_step", "position", 3)])
def test_wire_values_survive_storage_and_python(table, field, value):
    spec = FIELDS[table][field]
    assert from_storage(spec, to_storage(spec, value)) == value
    assert to_wire(spec, from_wire(spec, value)) == value
    assert json.dumps(value) == json.dumps(from_storage(spec, to_storage(spec, value)))


@pytest.mark.slow
def test_the_server_certificate_is_verified_and_a_city_ca_can_be_trusted(tmp_path: Path,
                                                                          open_vault):
    """A real TLS server process with a certificate of its own CA: refused without that
    CA, accepted with it; an unreadable CA file is a clear error."""
    import os
    import subprocess
    import sys
    import time

    from outreach_desktop.core.errors import CaFileInvalid, ServerCertificateInvalid
    from outreach_desktop.core.sync.transport import ServerConnection, read_ca_file
    from server.test_serve import _free_port, _self_signed

    cert, key = _self_signed(tmp_path)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("OUTREACH_")}
    server = subprocess.Popen(
        [sys.executable, "-m", "outreach_server", "serve", "--data-dir", str(tmp_path / "d"),
         "--port", str(port), "--tls-cert", str(cert), "--tls-key", str(key),
         "--log-level", "warning"], env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    url = f"https://127.0.0.1:{port}"
    try:
        pem = read_ca_file(str(cert))
        with ServerConnection(url, None, pem) as trusting:
            deadline = time.monotonic() + 30
            while not trusting.health():
                assert server.poll() is None and time.monotonic() < deadline
                time.sleep(0.2)
        with pytest.raises(ServerCertificateInvalid):
            enrol(open_vault.repository, url, "ABCD-EFGH")
        # with the CA the certificate verifies: the server answers (the code is unknown)
        from outreach_desktop.core.errors import EnrolmentRefused

        with pytest.raises(EnrolmentRefused):
            enrol(open_vault.repository, url, "ABCD-EFGH", ca_pem=pem)
        garbage = tmp_path / "ca.pem"
        garbage.write_text("not a certificate")
        with pytest.raises(CaFileInvalid):
            read_ca_file(str(garbage))
    finally:
        server.terminate()
        server.wait(10)


def test_a_stopped_sync_ends_between_steps_and_the_next_carries_on(laptop):
    from outreach_desktop.core.errors import SyncCancelled

    a = laptop()
    ids = [a.add_client(f"Name{i}") for i in range(5)]
    engine = SyncEngine(a.repo, page_size=2, push_batch=2)
    pages = []

    def progress(phase: str, done: int, total: int | None) -> None:
        pages.append(phase)
        if phase == "push" and done >= 4:
            engine.stop.set()

    engine.progress = progress
    with pytest.raises(SyncCancelled):
        engine.run()
    assert 0 < local.sync_status(a.repo).pending < 10
    assert a.sync().checksum_ok
    b = laptop(name="b")
    b.sync()
    assert all(b.client(i) is not None for i in ids)
