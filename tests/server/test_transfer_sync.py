"""A transfer between caseworkers, end to end over real HTTP: the supervisor's app assigns
a client to another caseworker (``ServerConnection.assign``); the old laptop loses the
record at its next sync, the new one receives it whole, and the supervisor's team
overview shows the client under its new caseworker."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from outreach_desktop.core.errors import ServerRefused
from outreach_desktop.core.storage.models import Case, Client, Contact
from outreach_desktop.core.supervision.team import caseworker_clients, team_overview
from outreach_desktop.core.sync.engine import SyncEngine, connection_for, enrol
from outreach_desktop.core.vault import KDF_FLOOR, Vault
from outreach_desktop.core.vault.device_secret import DeviceSecretStore
from outreach_server.services import admin
from outreach_server.services.audit import Actor
from server.sync_helpers import World, make_world

pytestmark = pytest.mark.sqlite_only
PASSPHRASE = "correct horse battery staple 42"
TODAY = date.today()


class Laptop:
    def __init__(self, folder: Path, keyring: object, db, settings, url: str,  # type: ignore[no-untyped-def]
                 username: str) -> None:
        self.vault = Vault(folder, DeviceSecretStore(keyring))  # type: ignore[arg-type]
        self.opened = self.vault.create(PASSPHRASE, kdf=KDF_FLOOR)
        with db.write() as session:
            user = admin.find_user(session, username)
            code = admin.issue_enrolment_code(session, Actor.command_line(), settings, user)[0]
        enrol(self.repo, url, code)

    @property
    def repo(self):  # type: ignore[no-untyped-def]
        return self.opened.repository

    def sync(self):  # type: ignore[no-untyped-def]
        return SyncEngine(self.repo).run()

    def count(self, model: type, client_id: str) -> int:
        column = model.id if model is Client else model.client_id  # type: ignore[attr-defined]
        with self.repo.read() as session:
            return int(session.scalar(select(func.count()).select_from(model)
                                      .where(column == client_id)) or 0)


@pytest.fixture
def world(db, settings, http) -> World:  # type: ignore[no-untyped-def]
    return make_world(db, settings, http)


@pytest.fixture
def laptops(tmp_path, memory_keyring, db, settings, base_url, world):  # type: ignore[no-untyped-def]
    made = {name: Laptop(tmp_path / name, memory_keyring, db, settings, base_url, name)
            for name in ("cw", "cw2", "sup")}
    yield made
    for one in made.values():
        one.opened.close()


def _under(repo, user_id: str | None) -> dict[str | None, int]:  # type: ignore[no-untyped-def]
    with repo.read() as session:
        return {r.caseworker_id: r.active_cases for r in team_overview(session, TODAY)
                if not r.is_total}


def test_a_transfer_moves_the_record_between_laptops(laptops, world):
    a, b, sup = laptops["cw"], laptops["cw2"], laptops["sup"]
    with a.repo.write() as uow:
        client = uow.add(Client, client_code="K-TRANSFER", given_name="Amina",
                         family_name="Haddad")
        uow.add(Case, client_id=client.id, opened_on=TODAY - timedelta(days=40))
        for days in (35, 31):
            uow.add(Contact, client_id=client.id, occurred_on=TODAY - timedelta(days=days),
                    kind="street")
        client_id = client.id
    a.sync()
    b.sync()
    sup.sync()
    assert b.count(Client, client_id) == 0
    assert sup.count(Contact, client_id) == 2
    overview = _under(sup.repo, None)
    assert overview[world["cw"].user_id] == 1 and overview[world["cw2"].user_id] == 0
    with sup.repo.read() as session:
        names = {r.caseworker_id: r.name for r in team_overview(session, TODAY)}
        listed = caseworker_clients(session, world["cw"].user_id, TODAY)
    assert names[world["cw2"].user_id] == "cw2"  # from the directory (display name)
    assert [(c.client_code, c.days_without_contact) for c in listed] == [("K-TRANSFER", 31)]

    with connection_for(sup.repo) as connection:
        connection.assign(client_id, world["cw2"].user_id)

    a.sync()
    assert (a.count(Client, client_id), a.count(Contact, client_id),
            a.count(Case, client_id)) == (0, 0, 0)
    b.sync()
    assert (b.count(Client, client_id), b.count(Contact, client_id),
            b.count(Case, client_id)) == (1, 2, 1)
    with b.repo.read() as session:
        assert session.get(Client, client_id).caseworker_id == world["cw2"].user_id
    sup.sync()
    overview = _under(sup.repo, None)
    assert overview[world["cw"].user_id] == 0 and overview[world["cw2"].user_id] == 1
    with sup.repo.read() as session:
        assert [c.client_id for c in caseworker_clients(
            session, world["cw2"].user_id, TODAY)] == [client_id]
    # B works on the case: the change reaches the supervisor, A stays without it
    with b.repo.write() as uow:
        uow.add(Contact, client_id=client_id, occurred_on=TODAY, kind="office")
    b.sync()
    sup.sync()
    a.sync()
    assert (sup.count(Contact, client_id), a.count(Contact, client_id)) == (3, 0)


def test_a_caseworker_may_not_transfer_and_nobody_outside_the_organisation_receives(
        laptops, world):
    a, sup = laptops["cw"], laptops["sup"]
    with a.repo.write() as uow:
        client_id = uow.add(Client, client_code="K-MINE", given_name="Rami",
                            family_name="Haddad").id
    a.sync()
    sup.sync()
    with connection_for(a.repo) as connection, pytest.raises(ServerRefused) as refused:
        connection.assign(client_id, world["cw2"].user_id)
    assert refused.value.status in (403, 404)  # the server does not say which
    with connection_for(sup.repo) as connection, pytest.raises(ServerRefused) as refused:
        connection.assign(client_id, world["ocw"].user_id)  # another organisation's
    assert refused.value.status in (403, 404, 422)
    # assigning to the owner again changes nothing
    with connection_for(sup.repo) as connection:
        connection.assign(client_id, world["cw"].user_id)
    a.sync()
    assert a.count(Client, client_id) == 1
