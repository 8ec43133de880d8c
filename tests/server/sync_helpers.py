"""Helpers of the sync tests: a world of two organisations with every role, devices that
push and pull over real HTTP, and rows shaped as the app sends them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import httpx

from outreach_desktop.core.storage.models import new_id
from outreach_server.db import Database
from outreach_server.services import admin, enrolment
from outreach_server.services.audit import Actor
from outreach_server.settings import Settings
from server.server_helpers import PASSWORD


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@dataclass
class Person:
    user_id: str
    username: str
    role: str
    organisation_id: str
    team_id: str | None
    device_token: str | None = None
    session_token: str | None = None

    @property
    def headers(self) -> dict[str, str]:
        return auth(self.device_token or self.session_token or "")


@dataclass
class World:
    """Organisation "own" (team Kalk: caseworkers cw and cw2, supervisor; coordinator and
    admin) and organisation "other" (team Porz: a caseworker, a supervisor, an admin).
    Every person has an enrolled device and a login session."""

    people: dict[str, Person]
    organisation_id: str
    other_organisation_id: str

    def __getitem__(self, key: str) -> Person:
        return self.people[key]


def make_world(db: Database, settings: Settings, http: httpx.Client) -> World:
    actor = Actor.command_line()
    specs = [("cw", "caseworker", "own"), ("cw2", "caseworker", "own"),
             ("sup", "supervisor", "own"), ("coord", "coordinator", "own"),
             ("adm", "admin", "own"), ("ocw", "caseworker", "other"),
             ("osup", "supervisor", "other"), ("oadm", "admin", "other")]
    people: dict[str, Person] = {}
    with db.write() as session:
        orgs = {"own": admin.create_organisation(session, actor, "Caritas Köln"),
                "other": admin.create_organisation(session, actor, "Diakonie Köln")}
        teams = {"own": admin.create_team(session, actor, orgs["own"], "KIM Kalk"),
                 "other": admin.create_team(session, actor, orgs["other"], "KIM Porz")}
        for key, role, org in specs:
            team = teams[org] if role in ("caseworker", "supervisor") else None
            user = admin.create_user(session, actor, settings, username=key, role=role,
                                     organisation=orgs[org], team=team, password=PASSWORD)
            people[key] = Person(user.id, key, role, orgs[org].id, team.id if team else None)
        codes = {}
        for key, person in people.items():
            user = admin.find_user(session, person.user_id)
            codes[key] = admin.issue_enrolment_code(session, actor, settings, user)[0]
    for key, person in people.items():
        person.device_token = enrolment.enrol(db, settings, codes[key], key, None).device_token
        answer = http.post("/v1/login", json={"username": key, "password": PASSWORD})
        assert answer.status_code == 200, answer.text
        person.session_token = answer.json()["session_token"]
    return World(people, orgs["own"].id, orgs["other"].id)


def session_of(person: Person) -> Person:
    """The same person calling with their login session instead of their device."""
    return Person(person.user_id, person.username, person.role, person.organisation_id,
                  person.team_id, None, person.session_token)


# --- rows as the app sends them -------------------------------------------------------------
def client_fields(given: str = "Amina", family: str = "Haddad", **extra: Any) -> dict[str, Any]:
    return {"client_code": f"K-{new_id()[-8:]}", "given_name": given, "family_name": family,
            "aliases": [], "date_of_birth": "2004-05-01", "languages": ["ar", "de"],
            "district": "Kalk", "residence_status": "duldung", "target_groups": [],
            "contact_channels": [], **extra}


def case_fields(client_id: str, **extra: Any) -> dict[str, Any]:
    return {"client_id": client_id, "phase": "intake", "opened_on": "2026-02-01",
            "closed_on": None, "closure_reason": None, "caseworker_id": None, **extra}


def contact_fields(client_id: str, **extra: Any) -> dict[str, Any]:
    return {"client_id": client_id, "case_id": None, "occurred_on": date(2026, 2, 3).isoformat(),
            "duration_minutes": 30, "kind": "outreach", "district": "Kalk",
            "topics": ["housing"], "language": "ar", "note": "", "follow_up_on": None, **extra}


def insert(table: str, fields: dict[str, Any], row_id: str | None = None) -> dict[str, Any]:
    return {"mutation_id": new_id(), "table": table, "row_id": row_id or new_id(),
            "op": "insert", "fields": fields}


def update(table: str, row_id: str, base_rev: int | None, **values: Any) -> dict[str, Any]:
    return {"mutation_id": new_id(), "table": table, "row_id": row_id, "op": "update",
            "changes": {k: {"value": v, "base_rev": base_rev} for k, v in values.items()}}


def delete(table: str, row_id: str, base_rev: int | None) -> dict[str, Any]:
    return {"mutation_id": new_id(), "table": table, "row_id": row_id, "op": "delete",
            "changes": {"deleted_at": {"value": "2026-03-02T09:00:00", "base_rev": base_rev}}}


def push(http: httpx.Client, person: Person, *mutations: dict[str, Any],
         status: int = 200) -> list[dict[str, Any]]:
    answer = http.post("/v1/sync/push", headers=person.headers,
                       json={"mutations": list(mutations)})
    assert answer.status_code == status, answer.text
    return answer.json().get("results", answer.json())  # type: ignore[no-any-return]


@dataclass
class Pulled:
    rows: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    purged: list[str] = field(default_factory=list)
    revoked: list[str] = field(default_factory=list)
    cursor: str | None = None


def pull_all(http: httpx.Client, person: Person, cursor: str | None = None,
             limit: int = 500, into: Pulled | None = None) -> Pulled:
    """Pull until ``has_more`` is false, keeping the latest of every row."""
    result = into or Pulled()
    result.cursor = cursor
    while True:
        params: dict[str, Any] = {"limit": limit}
        if result.cursor:
            params["cursor"] = result.cursor
        answer = http.get("/v1/sync/pull", headers=person.headers, params=params)
        assert answer.status_code == 200, answer.text
        page = answer.json()
        for row in page["rows"]:
            if row["op"] == "upsert":
                result.rows[(row["table"], row["row_id"])] = row
            elif row["op"] in ("purge", "revoke"):
                (result.purged if row["op"] == "purge" else result.revoked).append(row["row_id"])
                for key in [k for k, v in result.rows.items() if v["client_id"] == row["row_id"]]:
                    del result.rows[key]
        result.cursor = page["cursor"]
        if not page["has_more"]:
            return result
