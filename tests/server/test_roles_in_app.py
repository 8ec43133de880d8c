"""Roles in the app against the real server over HTTP: who may enrol which device, the
supervisor's directory of colleagues, and the coordinator's app, which gets the figures
and never a single personal record (its database is searched for every seeded name)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from outreach_desktop.core.errors import EnrolmentRefused, NotEnrolled
from outreach_desktop.core.storage.models import Case, Client, Contact, Referral
from outreach_desktop.core.sync import local
from outreach_desktop.core.sync.engine import SyncEngine, connection_for, enrol
from outreach_desktop.core.vault import KDF_FLOOR, Vault
from outreach_desktop.core.vault.device_secret import DeviceSecretStore
from outreach_server.db import Database
from outreach_server.services import admin
from outreach_server.services.audit import Actor
from outreach_server.settings import Settings
from privacy_markers import MARKERS, marker_hits
from server.sync_helpers import World, make_world

pytestmark = pytest.mark.sqlite_only
PASSPHRASE = "correct horse battery staple 42"


@pytest.fixture
def world(db: Database, settings: Settings, http: httpx.Client) -> World:
    return make_world(db, settings, http)


def _code(db: Database, settings: Settings, username: str) -> str:
    with db.write() as session:
        user = admin.find_user(session, username)
        return admin.issue_enrolment_code(session, Actor.command_line(), settings, user)[0]


@pytest.fixture
def vaults(tmp_path: Path, memory_keyring):  # type: ignore[no-untyped-def]
    opened = []

    def make(name: str):  # type: ignore[no-untyped-def]
        vault = Vault(tmp_path / name, DeviceSecretStore(memory_keyring))
        opened.append(vault.create(PASSPHRASE, kdf=KDF_FLOOR))
        return opened[-1].repository

    yield make
    for one in opened:
        one.close()


def _add_client(repo, given: str, family: str = "Haddad", day: date = date(2026, 3, 1)) -> str:  # type: ignore[no-untyped-def]
    with repo.write() as uow:
        client = uow.add(Client, client_code=f"K-{given[:12]}", given_name=given,
                         family_name=family, district="kalk", target_groups=["eu_migrants"])
        uow.session.flush()
        case = uow.add(Case, client_id=client.id, opened_on=day)
        uow.session.flush()
        uow.add(Contact, client_id=client.id, case_id=case.id, occurred_on=day,
                kind="street", topics=["housing"], note=f"met {given} {family}")
        uow.add(Referral, client_id=client.id, case_id=case.id, institution="Jobcenter Kalk",
                referred_on=day)
        return str(client.id)


def test_a_device_with_records_enrols_for_a_caseworker_only_and_the_code_survives(
        world, db, settings, base_url, vaults) -> None:  # type: ignore[no-untyped-def]
    laptop = vaults("busy")
    _add_client(laptop, "Amina")
    code = _code(db, settings, "sup")
    with pytest.raises(EnrolmentRefused) as refused:
        enrol(laptop, base_url, code)
    assert refused.value.reason == "device_not_empty"
    assert not local.load_config(laptop).enrolled
    # the same code still enrols an empty device for the supervisor
    config = enrol(vaults("empty"), base_url, code)
    assert config.role == "supervisor"
    # a caseworker may bring the records they collected offline
    assert enrol(laptop, base_url, _code(db, settings, "cw")).role == "caseworker"


def test_a_supervisor_sync_fetches_the_team_directory(world, db, settings, base_url,
                                                      vaults) -> None:  # type: ignore[no-untyped-def]
    with db.write() as session:
        user = admin.find_user(session, "cw2")
        user.display_name = "Selin Kaya"
    supervisor = vaults("sup")
    enrol(supervisor, base_url, _code(db, settings, "sup"))
    with supervisor.read() as session:
        assert local.directory(session) == {}
    SyncEngine(supervisor).run()
    with supervisor.read() as session:
        members = local.directory(session)
    assert members[world["cw2"].user_id].name == "Selin Kaya"
    assert members[world["cw"].user_id].role == "caseworker"
    assert world["sup"].user_id in members
    # the other organisation's people and the coordinator are not the team
    assert world["ocw"].user_id not in members and world["coord"].user_id not in members
    # a caseworker's device keeps no directory (nothing it needs)
    caseworker = vaults("cw")
    enrol(caseworker, base_url, _code(db, settings, "cw"))
    SyncEngine(caseworker).run()
    with caseworker.read() as session:
        assert local.directory(session) == {}


def test_a_coordinator_app_gets_figures_and_holds_no_personal_data(
        world, db, settings, base_url, vaults, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    names = [*MARKERS, "Amina", "Yusuf", "Olena", "Dariusz", "Farhad", "Haddad"]
    caseworker = vaults("cw")
    enrol(caseworker, base_url, _code(db, settings, "cw"))
    for i, given in enumerate(names):
        _add_client(caseworker, given, family=names[-1 - i], day=date(2026, 3, 1 + i))
    SyncEngine(caseworker).run()

    coordinator = vaults("coord")
    with pytest.raises(NotEnrolled):
        connection_for(coordinator)
    config = enrol(coordinator, base_url, _code(db, settings, "coord"))
    assert config.role == "coordinator"
    report = SyncEngine(coordinator).run()
    assert report.pulled == 0
    with connection_for(coordinator) as connection:
        figures = connection.figures(date(2026, 1, 1), date(2026, 12, 31))
    assert figures["active_clients"]["count"] == len(names)
    assert {"key": "kalk", "count": len(names), "suppressed": False} in \
        figures["active_clients_by_district"]

    # every table of the coordinator's database, every value, searched for every name
    dumped = []
    with coordinator.read() as session:
        tables = session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all()
        for table in tables:
            for row in session.execute(text(f'SELECT * FROM "{table}"')):
                dumped.append(json.dumps([str(v) for v in row], ensure_ascii=False))
            if table in ("client", "case_file", "contact", "referral", "note", "history",
                         "outbox", "review", "conflict", "client_search"):
                assert session.execute(text(f'SELECT count(*) FROM "{table}"')).scalar() == 0
    everything = "\n".join(dumped).casefold()
    assert everything  # the catalogues and the enrolment are there, so the search saw rows
    assert [n for n in names if n.casefold() in everything] == []
    assert marker_hits(tmp_path / "coord") == []
    # while the caseworker's database does hold them (the search can find a name)
    with caseworker.read() as session:
        assert session.execute(text("SELECT count(*) FROM client")).scalar() == len(names)
