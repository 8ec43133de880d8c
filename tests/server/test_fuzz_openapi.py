"""Fuzzing the OpenAPI document (schemathesis): no endpoint ever answers 5xx, every 4xx
answer has the documented error shape ``{"detail", "reason"}`` and repeats no submitted
value, and every answer fits the response schema the document gives.

Every operation of the live app's schema is fuzzed over real HTTP (uvicorn; SQLite and
PostgreSQL) as four callers: a caseworker's device, a supervisor's and an admin's login
session, and nobody. Schemathesis generates the requests from the schema, valid ones
(positive) and ones that break it (negative). About half of them are steered onto the
world the test seeded: the ids of rows that exist (a client of the caseworker, one of
another organisation, real users and devices), the caller's real password, and values at
the edges a random schema-valid value seldom reaches (times at the ends of the calendar,
cursors with digits of other scripts, passwords longer than a strength meter takes). So
the code behind a found id runs as well as the 404 path, and the sync push gets mutations
of real rows with arbitrary JSON values. The seeded rows include odd but accepted JSON
values (objects in lists, a number for a list), which the figures must count without
falling over.

A failure lists every operation that failed, each with the smallest request found and a
curl line to reproduce it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import APIOperation, Case, CheckContext, GenerationMode, Response
from schemathesis.checks import not_a_server_error
from schemathesis.errors import FailureGroup
from schemathesis.specs.openapi.checks import response_schema_conformance

from outreach_desktop.core.storage.models import new_id
from outreach_desktop.core.sync.tables import FIELDS
from outreach_server.db import Database
from outreach_server.settings import Settings, ThrottleRule
from server.server_helpers import PASSWORD, live_server
from server.sync_helpers import (
    World,
    case_fields,
    client_fields,
    contact_fields,
    insert,
    make_world,
    push,
    session_of,
    update,
)

#: examples per operation and generation mode; derandomized, so every run sends the same
#: requests (the answers depend on what earlier requests changed, in the same way)
MAX_EXAMPLES = 30
#: an operation that refuses this caller before looking at the input (an admin endpoint
#: for a caseworker, any closed one for nobody) gets a few, to see the refusal's shape
REFUSED_EXAMPLES = 4
IDENTITIES = ("caseworker_device", "supervisor_session", "admin_session", "anonymous")
#: operations that end the caller's credential or erase seeded rows run last
LAST = ("POST /v1/clients/{client_id}/purge", "POST /v1/logout")

OPEN = {"GET /v1/health", "POST /v1/enrol", "POST /v1/login"}
ANY_CALLER = {"GET /v1/me", "POST /v1/password", "POST /v1/logout", "GET /v1/conflicts",
              "GET /v1/reviews", "POST /v1/reviews", "GET /v1/figures",
              "GET /v1/figures/scopes", "GET /v1/directory"}
DEVICE = {"POST /v1/hello", "GET /v1/hello", "POST /v1/sync/push", "GET /v1/sync/pull",
          "GET /v1/sync/check"}
CASES = {"POST /v1/clients/{client_id}/assign", "POST /v1/clients/{client_id}/shares",
         "DELETE /v1/clients/{client_id}/shares/{user}", "POST /v1/clients/{client_id}/purge"}
ADMIN = {"GET /v1/admin/organisations", "POST /v1/admin/organisations",
         "GET /v1/admin/teams", "POST /v1/admin/teams", "GET /v1/admin/users",
         "POST /v1/admin/users", "POST /v1/admin/users/{user_id}/password-reset",
         "POST /v1/admin/users/{user_id}/enrolment-codes", "GET /v1/admin/devices",
         "POST /v1/admin/devices/{device_id}/revoke",
         "PUT /v1/admin/reference/{table}/{row_id}"}
#: per caller, the operations that look at their input (the open ones are fuzzed fully
#: once, without credentials)
SERVED = {"caseworker_device": ANY_CALLER | DEVICE | CASES,
          "supervisor_session": ANY_CALLER | CASES,
          "admin_session": ANY_CALLER | CASES | ADMIN,
          "anonymous": OPEN}
#: per caller, operations that must have answered 2xx at least once (the fuzzer got past
#: authentication and validation) ...
REACHED = {
    "caseworker_device": {"GET /v1/me", "GET /v1/hello", "POST /v1/hello", "GET /v1/sync/pull",
                          "GET /v1/sync/check", "POST /v1/sync/push", "GET /v1/conflicts",
                          "GET /v1/reviews", "POST /v1/clients/{client_id}/purge"},
    "supervisor_session": {"GET /v1/me", "GET /v1/conflicts", "GET /v1/reviews",
                           "POST /v1/reviews", "GET /v1/figures", "GET /v1/figures/scopes",
                           "POST /v1/clients/{client_id}/assign",
                           "POST /v1/clients/{client_id}/shares",
                           "POST /v1/clients/{client_id}/purge"},
    "admin_session": {"GET /v1/me", "GET /v1/admin/organisations", "GET /v1/admin/users",
                      "GET /v1/admin/teams", "GET /v1/admin/devices", "POST /v1/admin/teams",
                      "POST /v1/admin/users", "POST /v1/admin/users/{user_id}/enrolment-codes",
                      "POST /v1/admin/devices/{device_id}/revoke",
                      "PUT /v1/admin/reference/{table}/{row_id}",
                      "POST /v1/clients/{client_id}/assign",
                      "POST /v1/clients/{client_id}/shares"},
    "anonymous": {"GET /v1/health"},
}
#: ... and, for the ones on a client, 404 as well (an id that names no client of theirs)
CLIENT_PATHS = {label for label in CASES if "purge" not in label}


# --- checks ---------------------------------------------------------------------------------
def error_shape(_ctx: CheckContext, response: Response, _case: Case) -> bool | None:
    """Every 4xx answer is ``{"detail": str, "reason": str, ...}`` (``schemas.ErrorPublic``)."""
    if 400 <= response.status_code < 500:
        try:
            body = json.loads(response.content)
        except ValueError:
            raise AssertionError(f"a {response.status_code} answer that is no JSON") from None
        assert isinstance(body, dict), f"a {response.status_code} answer that is no object"
        assert isinstance(body.get("detail"), str) and body["detail"], "no `detail` sentence"
        assert isinstance(body.get("reason"), str) and body["reason"], "no `reason` code"
    return None


UUID = re.compile(r"^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$")
_VOCABULARY: dict[int, str] = {}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def no_echo(_ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A 4xx answer never carries a submitted value back (it may be a password). Ids and
    the schema's own words (table names, enum values) may be named to locate the error."""
    if 400 <= response.status_code < 500:
        text = response.content.decode("utf-8", "replace")
        schema = case.operation.schema
        vocabulary = _VOCABULARY.setdefault(id(schema), json.dumps(schema.raw_schema))
        sent = [*_strings(case.body if isinstance(case.body, dict | list | str) else None),
                *_strings(dict(case.query or {}))]
        echoed = [s for s in sent if len(s) >= 8 and s in text and not UUID.match(s)
                  and json.dumps(s) not in vocabulary]
        assert not echoed, f"the {response.status_code} answer repeats a submitted value"
    return None


CHECKS: list[Callable[[CheckContext, Response, Case], bool | None]] = [
    not_a_server_error, error_shape, no_echo, response_schema_conformance]


# --- the world the fuzzer runs in -----------------------------------------------------------
#: odd JSON a push accepts in a JSON field (it checks only that it is JSON)
ODD_JSON: list[Any] = [[{"key": [1, None]}, ["nested"], 7], 7, {"a": "b"}, "text", True]


@dataclass
class Seeded:
    """Ids of rows that exist, to steer generated requests onto."""

    client_ids: list[str]  # the caseworker's, a spare one of theirs, another organisation's
    case_id: str
    contact_id: str
    user_ids: list[str]  # two caseworkers and a supervisor of the own organisation, one other
    usernames: list[str]
    device_ids: list[str]  # the caseworker's device, another organisation's caseworker's
    organisation_ids: list[str]
    cursor: str


def _seed(http: httpx.Client, world: World) -> Seeded:
    own, case_id, contact_id, spare, foreign = (new_id() for _ in range(5))
    results = push(http, world["cw"], insert("client", client_fields(), own),
                   insert("case_file", case_fields(own), case_id),
                   insert("contact", contact_fields(own, case_id=case_id), contact_id),
                   insert("client", client_fields(given="Spare"), spare))
    assert [r["status"] for r in results] == ["applied"] * 4
    # clients, cases and contacts whose JSON fields hold odd values, in the figures' period
    for odd in ODD_JSON:
        client_id = new_id()
        json_fields = {name: odd for name, spec in FIELDS["client"].items()
                       if spec.kind == "json"}
        results = push(http, world["cw"],
                       insert("client", client_fields(**json_fields), client_id),
                       insert("case_file", case_fields(client_id)),
                       insert("contact", contact_fields(client_id, topics=odd)))
        assert [r["status"] for r in results] == ["applied"] * 3, results
    push(http, world["ocw"], insert("client", client_fields(given="Other"), foreign))
    supervisor = session_of(world["sup"]).headers
    # a conflict record (cw2 stands in and edits the same field) and a review
    answer = http.post(f"/v1/clients/{own}/shares", headers=supervisor, json={"user": "cw2"})
    assert answer.status_code == 204, answer.text
    push(http, world["cw"], update("client", own, 1, district="Porz"))
    assert push(http, world["cw2"], update("client", own, 1, district="Mülheim"))[0][
        "status"] == "conflict"
    answer = http.post("/v1/reviews", headers=supervisor, json={
        "client_id": own, "record_table": "contact", "record_id": contact_id,
        "record_rev": 1, "kind": "comment", "body": "Bitte Termin nachtragen"})
    assert answer.status_code == 201, answer.text
    devices = [http.get("/v1/me", headers=world[who].headers).json()["device_id"]
               for who in ("cw", "ocw")]
    cursor = http.get("/v1/sync/pull", headers=world["cw"].headers).json()["cursor"]
    return Seeded(client_ids=[own, spare, foreign], case_id=case_id, contact_id=contact_id,
                  user_ids=[world[w].user_id for w in ("cw", "cw2", "sup", "ocw")],
                  usernames=["cw", "cw2", "sup", "ocw", "adm"], device_ids=devices,
                  organisation_ids=[world.organisation_id, world.other_organisation_id],
                  cursor=cursor)


def _caller(world: World, identity: str) -> dict[str, str]:
    if identity == "caseworker_device":
        return world["cw"].headers
    if identity == "supervisor_session":
        return session_of(world["sup"]).headers
    if identity == "admin_session":
        return session_of(world["adm"]).headers
    return {}


# --- steering generated cases onto the seeded world and the edges ---------------------------
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30)
    | st.sampled_from(["", "2026-02-30", "2026-03-01", "2026-03-01T09:00:00", "-1", "0" * 40]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=8)
#: times at the ends of the calendar, with and without an offset
EDGE_TIMES = st.sampled_from(["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00",
                              "0001-01-01T00:00:00", "9999-12-31T23:59:59Z"]) | st.datetimes(
    min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59),
    timezones=st.none() | st.builds(timezone, st.timedeltas(
        min_value=timedelta(hours=-23), max_value=timedelta(hours=23)))).map(
    lambda moment: moment.isoformat())
#: cursor-shaped text, with digits of any script: ``str.isdigit`` takes them all, ``int``
#: the decimal ones ("٣") but not the others ("²")
OTHER_DIGITS = [c for c in map(chr, range(0x3000)) if c.isdigit() and not c.isascii()]
CURSORS = st.builds(
    lambda kind, parts: f"{kind}:{':'.join(parts)}", st.sampled_from("cd"),
    st.lists(st.text(st.sampled_from("0123456789")
                     | st.sampled_from([c for c in OTHER_DIGITS if c.isdecimal()])
                     | st.sampled_from([c for c in OTHER_DIGITS if not c.isdecimal()]),
                     min_size=1, max_size=3), min_size=2, max_size=3))
#: passwords of every length the schema allows, often longer than a strength meter takes
PASSWORDS = st.text(min_size=1, max_size=20) | st.text(min_size=60, max_size=300) \
    | st.integers(min_value=1, max_value=1024).map(lambda n: ("Kalk Ehrenfeld 7 " * 61)[:n])


def _push_bodies(seeded: Seeded) -> st.SearchStrategy[dict[str, Any]]:
    """Mutations of the seeded rows (and new ones) with arbitrary values in real fields."""
    rows = st.sampled_from([("client", seeded.client_ids[0]), ("client", seeded.client_ids[2]),
                            ("case_file", seeded.case_id), ("contact", seeded.contact_id)])
    fresh = st.tuples(st.sampled_from(sorted(FIELDS)), st.uuids(version=4).map(str))

    def values(table: str) -> st.SearchStrategy[dict[str, Any]]:
        names = st.sampled_from(sorted(FIELDS[table])) | st.text(min_size=1, max_size=12)
        return st.dictionaries(names, JSON_VALUES, max_size=6)

    def mutation(target: tuple[str, str], op: str, mutation_id: str,
                 base_rev: int | None) -> st.SearchStrategy[dict[str, Any]]:
        table, row_id = target
        head = {"mutation_id": mutation_id, "table": table, "row_id": row_id, "op": op}
        if op == "insert":
            return values(table).map(lambda f: {**head, "fields": f})
        if op == "delete":
            return st.just(head)
        return values(table).filter(bool).map(lambda f: {**head, "changes": {
            k: {"value": v, "base_rev": base_rev} for k, v in f.items()}})

    one = st.tuples(rows | fresh, st.sampled_from(["insert", "update", "delete"]),
                    st.uuids(version=4).map(str),
                    st.none() | st.integers(min_value=0, max_value=5)).flatmap(
        lambda args: mutation(*args))
    return st.lists(one, min_size=1, max_size=4).map(lambda ms: {"mutations": ms})


#: "path:name" / "query:name" / "body" -> values; "joint" -> dicts of such keys and values
Steer = dict[str, st.SearchStrategy[Any]]


def _steering(seeded: Seeded, password: Callable[[], str]) -> dict[str, Steer]:
    """Per operation: values to put in place of generated ones."""
    clients = st.sampled_from(seeded.client_ids)
    users = st.sampled_from(seeded.usernames + seeded.user_ids)
    review = st.fixed_dictionaries({
        "client_id": clients, "record_table": st.sampled_from(["contact", "client"]),
        "record_id": st.sampled_from([seeded.contact_id, *seeded.client_ids]),
        "record_rev": st.integers(min_value=1, max_value=3),
        "kind": st.sampled_from(["comment", "approve", "return"]),
        "body": st.text(max_size=40)})
    return {
        "GET /v1/hello": {"query:client_time": EDGE_TIMES,
                          "query:protocol_version": st.integers(1, 3)},
        "POST /v1/hello": {"body": st.fixed_dictionaries(
            {"protocol_version": st.integers(1, 3), "client_time": EDGE_TIMES})},
        "POST /v1/password": {"body": st.fixed_dictionaries(
            {"current_password": st.builds(password), "new_password": PASSWORDS})},
        "GET /v1/sync/pull": {"query:cursor": st.sampled_from(
            [seeded.cursor, seeded.cursor + "0", "c:0:0", "c:-1:0", "c:99999999999:0"])
            | CURSORS},
        "POST /v1/sync/push": {"body": _push_bodies(seeded)},
        "GET /v1/conflicts": {"query:client_id": clients},
        "GET /v1/reviews": {"query:client_id": clients},
        "POST /v1/reviews": {"body": review},
        "POST /v1/clients/{client_id}/assign": {
            "path:client_id": clients, "body": st.fixed_dictionaries({"user": users})},
        "POST /v1/clients/{client_id}/shares": {
            "path:client_id": clients, "body": st.fixed_dictionaries({"user": users})},
        "DELETE /v1/clients/{client_id}/shares/{user}": {
            "path:client_id": clients, "path:user": users},
        "POST /v1/clients/{client_id}/purge": {"path:client_id": clients},
        "GET /v1/figures": {"query:organisation_id": st.sampled_from(seeded.organisation_ids),
                            "query:start": st.sampled_from(["2026-01-01", "2026-03-31"]),
                            "query:end": st.sampled_from(["2026-03-31", "2025-12-31"])},
        "POST /v1/admin/users": {"body": st.fixed_dictionaries(
            {"username": st.from_regex(r"[a-z][a-z0-9]{2,12}", fullmatch=True),
             "role": st.sampled_from(["caseworker", "supervisor"])},
            optional={"password": PASSWORDS})},
        "POST /v1/admin/users/{user_id}/password-reset": {
            "path:user_id": st.sampled_from(seeded.user_ids)},
        "POST /v1/admin/users/{user_id}/enrolment-codes": {
            "path:user_id": st.sampled_from(seeded.user_ids)},
        "POST /v1/admin/devices/{device_id}/revoke": {
            "path:device_id": st.sampled_from(seeded.device_ids)},
        "PUT /v1/admin/reference/{table}/{row_id}": {"joint": _reference_rows()},
    }


def _reference_rows() -> st.SearchStrategy[dict[str, Any]]:
    """A table and a body for it: rows that fit (so the publishing runs), and any fields."""
    def body(fields: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
        return st.fixed_dictionaries({"fields": fields})

    catalogue = st.fixed_dictionaries(
        {"catalogue": st.text(min_size=1, max_size=40), "code": st.text(min_size=1, max_size=60)},
        optional={"labels": JSON_VALUES, "position": st.integers(), "active": st.booleans()})
    form = st.fixed_dictionaries({"form_id": st.text(min_size=1, max_size=80),
                                  "version": st.integers(), "definition": JSON_VALUES})
    anything = st.dictionaries(st.sampled_from(
        sorted(FIELDS["catalogue_entry"] | FIELDS["form_definition"] | FIELDS["team"])),
        JSON_VALUES, max_size=6)
    return st.one_of(
        st.fixed_dictionaries({"path:table": st.just("catalogue_entry"), "body": body(catalogue)}),
        st.fixed_dictionaries({"path:table": st.just("form_definition"), "body": body(form)}),
        st.fixed_dictionaries({"path:table": st.sampled_from(
            ["catalogue_entry", "form_definition", "client", "team", "organisation"]),
            "body": body(anything)}))


def _steered(case: Case, choices: dict[str, Any]) -> Case:
    for key, value in choices.items():
        if key == "joint":  # values that belong together, e.g. a table and a row of it
            _steered(case, value)
        elif key == "body":
            case.body = value
        else:
            where, name = key.split(":", 1)
            if where == "path":
                case.path_parameters[name] = value
            else:
                case.query = {**(case.query or {}), name: value}
    return case


def _cases(operation: APIOperation, mode: GenerationMode,
           steer: Steer | None) -> st.SearchStrategy[Case]:
    generated = operation.as_strategy(generation_mode=mode)
    if not steer:
        return generated
    # each steered value is used about half the time, independently of the others
    choices = st.fixed_dictionaries({}, optional=steer)
    return st.tuples(generated, choices).map(lambda pair: _steered(*pair))


def _can_be_invalid(operation: APIOperation) -> bool:
    """Negative cases need something to break: a parameter or a body."""
    return any(True for _ in operation.iter_parameters()) or bool(list(operation.body))


# --- the test -------------------------------------------------------------------------------
@dataclass
class _Fuzzer:
    base_url: str
    session: requests.Session
    headers: dict[str, str]
    password: list[str]  # the caller's, as the fuzzer changes it
    identity: str
    failures: list[str] = field(default_factory=list)
    statuses: dict[str, set[int]] = field(default_factory=dict)

    def fuzz(self, operation: APIOperation, mode: GenerationMode, steer: Steer | None) -> None:
        seen = self.statuses.setdefault(operation.label, set())

        @settings(max_examples=MAX_EXAMPLES if operation.label in SERVED[self.identity]
                  else REFUSED_EXAMPLES, derandomize=True, database=None, deadline=None,
                  phases=[Phase.explicit, Phase.generate, Phase.shrink],
                  suppress_health_check=list(HealthCheck))
        @given(case=_cases(operation, mode, steer))
        def run(case: Case) -> None:
            response = case.call(base_url=self.base_url, session=self.session,
                                 headers=self.headers)
            seen.add(response.status_code)
            if operation.label == "POST /v1/password" and response.status_code == 204:
                self.password[0] = case.body["new_password"]
            case.validate_response(response, checks=CHECKS, headers=self.headers)

        try:
            run()
        except (Exception, FailureGroup) as exc:  # every operation's, reported at once
            self.failures.append(f"{operation.label} ({mode.value}): {exc}")


@pytest.fixture
def fuzz_settings(settings: Settings) -> Settings:
    # the fuzzer fails to sign in from one address far more often than the rules allow,
    # and the test clock never moves: throttled once, every later attempt would be the same
    # 429, never reaching the password check (the throttle is tested on its own elsewhere)
    lenient = ThrottleRule(free_failures=10**6)
    return replace(settings, throttle_address=lenient, throttle_user=lenient)


@pytest.mark.slow
@pytest.mark.parametrize("identity", IDENTITIES)
def test_no_endpoint_answers_5xx_and_every_4xx_has_the_error_shape(
        identity: str, db: Database, fuzz_settings: Settings):
    with live_server(fuzz_settings, db) as base_url, \
            httpx.Client(base_url=base_url, timeout=10) as http, requests.Session() as session:
        world = make_world(db, fuzz_settings, http)
        seeded = _seed(http, world)
        headers = _caller(world, identity)
        password = [PASSWORD]  # the caller's, as the fuzzer changes it
        steering = _steering(seeded, lambda: password[0])
        schema = schemathesis.openapi.from_url(f"{base_url}/openapi.json")
        operations = sorted((result.ok() for result in schema.get_all_operations()),
                            key=lambda op: LAST.index(op.label) + 1 if op.label in LAST else 0)
        assert {op.label for op in operations} == OPEN | ANY_CALLER | DEVICE | CASES | ADMIN
        fuzzer = _Fuzzer(base_url, session, headers, password, identity)
        for operation in operations:
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
                if mode is GenerationMode.POSITIVE or _can_be_invalid(operation):
                    fuzzer.fuzz(operation, mode, steering.get(operation.label))
        failures, statuses = fuzzer.failures, fuzzer.statuses
        assert not failures, "\n\n".join(failures)
        reached = {label for label, codes in statuses.items()
                   if any(200 <= code < 300 for code in codes)}
        assert REACHED[identity] <= reached, sorted(REACHED[identity] - reached)
        if identity != "anonymous":
            for label in CLIENT_PATHS & REACHED[identity]:
                assert 404 in statuses[label], (label, statuses[label])
