"""The figures over HTTP beyond the basics (test_sync_people): the team filter, what each
role may filter by (``/v1/figures/scopes``), and that a supervisor's laptop computes from
its synced vault the very figures the server gives for the same rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest

from outreach_desktop.core.figures import Period, local_figures
from outreach_desktop.core.storage.models import Case, Client, Contact, Referral, new_id
from outreach_desktop.core.sync.engine import SyncEngine, enrol
from outreach_desktop.core.vault import KDF_FLOOR, Vault
from outreach_desktop.core.vault.device_secret import DeviceSecretStore
from outreach_server.db import Database
from outreach_server.models import Organisation
from outreach_server.services import admin
from outreach_server.services.audit import Actor
from outreach_server.settings import Settings
from server.server_helpers import PASSWORD
from server.sync_helpers import (
    World,
    case_fields,
    client_fields,
    contact_fields,
    insert,
    make_world,
    push,
    session_of,
)

PERIOD = {"start": "2026-01-01", "end": "2026-12-31"}
PASSPHRASE = "correct horse battery staple 42"


@pytest.fixture
def world(db: Database, settings: Settings, http: httpx.Client) -> World:
    return make_world(db, settings, http)


def _get(http: httpx.Client, who: Any, url: str, **params: Any) -> httpx.Response:
    return http.get(url, headers=session_of(who).headers, params=params or None)


def _seed(http: httpx.Client, world: World, who: str, n: int) -> None:
    mutations = []
    for _ in range(n):
        client_id, case_id = new_id(), new_id()
        mutations += [insert("client", client_fields(district="Kalk"), client_id),
                      insert("case_file", case_fields(client_id), case_id),
                      insert("contact", contact_fields(client_id, case_id=case_id))]
    push(http, world[who], *mutations)


def _second_team(db: Database, settings: Settings, world: World) -> str:
    """A second team in our organisation with a caseworker (cw3) of its own, and a
    supervisor of our organisation without a team (orgsup): the new team's id."""
    actor = Actor.command_line()
    with db.write() as session:
        org = session.get(Organisation, world.organisation_id)
        assert org is not None
        team = admin.create_team(session, actor, org, "KIM Mülheim")
        admin.create_user(session, actor, settings, username="cw3", role="caseworker",
                          organisation=org, team=team, password=PASSWORD)
        admin.create_user(session, actor, settings, username="orgsup", role="supervisor",
                          organisation=org, team=None, password=PASSWORD)
        return team.id


def _login(http: httpx.Client, username: str) -> dict[str, str]:
    answer = http.post("/v1/login", json={"username": username, "password": PASSWORD})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['session_token']}"}


def test_the_team_filter_and_the_scopes_of_each_role(http: httpx.Client, db: Database,
                                                      settings: Settings, world: World):
    team_id = _second_team(db, settings, world)
    kalk = world["cw"].team_id
    _seed(http, world, "cw", 6)  # team Kalk
    with db.write() as session:  # cw3 pushes from a device of their own
        user = admin.find_user(session, "cw3")
        code = admin.issue_enrolment_code(session, Actor.command_line(), settings, user)[0]
    device = http.post("/v1/enrol", json={"code": code, "device_name": "cw3"}).json()
    mutations = []
    for _ in range(7):
        client_id = new_id()
        mutations += [insert("client", client_fields(district="Porz"), client_id),
                      insert("case_file", case_fields(client_id))]
    answer = http.post("/v1/sync/push", json={"mutations": mutations},
                       headers={"Authorization": f"Bearer {device['device_token']}"})
    assert answer.status_code == 200, answer.text

    coord, sup, osup = world["coord"], world["sup"], world["osup"]
    whole = _get(http, coord, "/v1/figures", **PERIOD).json()
    assert whole["active_clients"]["count"] == 13
    assert whole["filters"] == {"organisation_id": None, "team_id": None, "district": None}
    ours = _get(http, coord, "/v1/figures", **PERIOD, team_id=kalk).json()
    assert ours["active_clients"]["count"] == 6
    assert ours["filters"]["team_id"] == kalk
    theirs = _get(http, coord, "/v1/figures", **PERIOD, team_id=team_id).json()
    assert theirs["active_clients"]["count"] == 7
    assert theirs["active_clients_by_district"] == [
        {"key": "Porz", "count": 7, "suppressed": False}]
    # a supervisor with a team: their own team only, also when asking for it
    assert _get(http, sup, "/v1/figures", **PERIOD).json()["active_clients"]["count"] == 6
    assert _get(http, sup, "/v1/figures", **PERIOD,
                team_id=kalk).json()["active_clients"]["count"] == 6
    refused = _get(http, sup, "/v1/figures", **PERIOD, team_id=team_id)
    assert refused.status_code == 403 and refused.json()["reason"] == "not_in_scope"
    # a supervisor without a team: the organisation, or one of its teams; never another's
    orgsup = _login(http, "orgsup")
    assert http.get("/v1/figures", headers=orgsup, params=PERIOD).json()[
        "active_clients"]["count"] == 13
    assert http.get("/v1/figures", headers=orgsup, params={**PERIOD, "team_id": team_id}
                    ).json()["active_clients"]["count"] == 7
    foreign = http.get("/v1/figures", headers=orgsup,
                       params={**PERIOD, "team_id": osup.team_id})
    assert foreign.status_code == 403 and foreign.json()["reason"] == "not_in_scope"
    unknown = http.get("/v1/figures", headers=orgsup,
                       params={**PERIOD, "team_id": new_id()})
    assert unknown.status_code == 403
    assert _get(http, osup, "/v1/figures", **PERIOD,
                team_id=kalk).json()["reason"] == "not_in_scope"

    # the scopes: a coordinator every organisation with its teams ...
    scopes = _get(http, coord, "/v1/figures/scopes").json()["organisations"]
    by_id = {o["id"]: o for o in scopes}
    assert {world.organisation_id, world.other_organisation_id} <= by_id.keys()
    assert {t["id"] for t in by_id[world.organisation_id]["teams"]} == {kalk, team_id}
    assert {t["name"] for t in by_id[world.other_organisation_id]["teams"]} == {"KIM Porz"}
    # ... a supervisor their organisation with their team, or with every team of it
    assert _get(http, sup, "/v1/figures/scopes").json() == {"organisations": [
        {"id": world.organisation_id, "name": "Caritas Köln",
         "teams": [{"id": kalk, "name": "KIM Kalk"}]}]}
    assert http.get("/v1/figures/scopes", headers=orgsup).json() == {"organisations": [
        {"id": world.organisation_id, "name": "Caritas Köln",
         "teams": [{"id": kalk, "name": "KIM Kalk"}, {"id": team_id, "name": "KIM Mülheim"}]}]}
    # no person in it, and nobody else may ask
    text = _get(http, coord, "/v1/figures/scopes").text
    assert not any(name in text for name in ("cw", "sup", "orgsup", "Amina", "Haddad"))
    for who in ("cw", "adm"):
        answer = _get(http, world[who], "/v1/figures/scopes")
        assert answer.status_code == 403 and answer.json()["reason"] == "role_forbidden"
    assert http.get("/v1/figures/scopes", headers=_login(http, "cw3")).status_code == 403
    assert http.get("/v1/figures/scopes").status_code == 401


# --- a supervisor's laptop computes what the server computes -----------------------------------
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
        return SyncEngine(self.repo).run()


@pytest.fixture
def laptop(tmp_path: Path, memory_keyring, db, settings, base_url, world):  # type: ignore[no-untyped-def]
    made = []

    def make(username: str) -> Laptop:
        made.append(Laptop(tmp_path / username, memory_keyring, db, settings, base_url,
                           username))
        return made[-1]

    yield make
    for one in made:
        one.opened.close()


DISTRICTS = ("Kalk", "Kalk", "Porz", "Mülheim")
KINDS = ("outreach", "outreach", "outreach", "phone", "office")


def _caseload(laptop: Laptop, n: int) -> None:
    """``n`` clients with cases (some closed, some before the period), contacts in and
    out of the period, referrals, and a deleted contact."""
    with laptop.repo.write() as uow:
        for i in range(n):
            client = uow.add(Client, client_code=f"K-{i:03d}", given_name=f"Figurename{i}",
                             family_name="Haddad", district=DISTRICTS[i % 4],
                             target_groups=["single_parent"] if i % 3 else ["lsbti"])
            opened = date(2025, 11, 1) if i % 7 == 0 else date(2026, 1 + i % 6, 3)
            closed = date(2026, 8, 1 + i % 5) if i % 2 else None
            uow.add(Case, client_id=client.id, opened_on=opened, closed_on=closed,
                    closure_reason=("goals_reached" if i % 4 == 1 else "moved")
                    if closed else None)
            for j in range(3):
                uow.add(Contact, client_id=client.id,
                        occurred_on=date(2026 if j else 2025, 2 + j, 10),
                        kind=KINDS[(i + j) % 5], topics=["housing", "work"][: 1 + j % 2])
            if i % 2 == 0:
                uow.add(Referral, client_id=client.id, institution="Jobcenter",
                        referred_on=date(2026, 4, 1))
            gone = uow.add(Contact, client_id=client.id, occurred_on=date(2026, 5, 5),
                           kind="phone", topics=["health"])
            uow.delete(gone)


@pytest.mark.sqlite_only
def test_a_supervisors_laptop_computes_the_figures_the_server_gives(
        laptop, http: httpx.Client, world: World):  # type: ignore[no-untyped-def]
    caseworker = laptop("cw")
    _caseload(caseworker, 24)
    caseworker.sync()
    supervisor = laptop("sup")
    supervisor.sync()
    sup = session_of(world["sup"])
    for start, end in ((date(2026, 1, 1), date(2026, 12, 31)),
                       (date(2026, 3, 1), date(2026, 8, 3)),
                       (date(2025, 1, 1), date(2026, 2, 10))):
        for district in (None, "Kalk"):
            params: dict[str, Any] = {"start": start.isoformat(), "end": end.isoformat()}
            if district:
                params["district"] = district
            server = http.get("/v1/figures", headers=sup.headers, params=params)
            assert server.status_code == 200, server.text
            with supervisor.repo.read() as session:
                local = local_figures(session, Period(start, end), district=district)
                team = local_figures(session, Period(start, end), district=district,
                                     team_id=world["sup"].team_id)
            assert local == server.json(), (start, end, district)
            by_team = http.get("/v1/figures", headers=sup.headers,
                               params={**params, "team_id": world["sup"].team_id}).json()
            assert team == by_team
    year = http.get("/v1/figures", headers=sup.headers, params=PERIOD).json()
    assert year["active_clients"]["count"] == 24
    assert year["contacts_by_kind"] and year["closures_by_month_and_reason"]
    assert "Figurename" not in repr(year)
