"""The authorisation matrix (SQLite and PostgreSQL): every endpoint of the OpenAPI document
× every caller (no token; caseworker, a second caseworker of the same team, supervisor,
coordinator, admin; a caseworker, supervisor and admin of the other organisation; each
with their device token and with a login session) × a target of the own organisation.

The expected answer of every cell comes from a rule written per endpoint below (who may,
and what anyone else gets), never from what the server answered once. Each test runs one
group of endpoints over every caller and collects every wrong cell, so a failure lists
all of them. A new endpoint without a matrix row fails
``test_the_matrix_covers_every_endpoint``.

Beside the status: no answer to a coordinator or an admin, or to anyone of the other
organisation, ever holds a name of one of our clients (each is planted with marker
names), and a caseworker or supervisor of the other organisation pulls none of our
clients or our organisation's reference rows.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from sqlalchemy import delete as sql_delete

from outreach_desktop.core.storage.models import new_id
from outreach_desktop.core.sync.protocol import PROTOCOL_VERSION
from outreach_server.db import Database
from outreach_server.models import AuthThrottle, ClientShare, Device, SyncRow
from outreach_server.services import admin, caseload, enrolment
from outreach_server.services.audit import Actor
from outreach_server.settings import Settings
from server.server_helpers import PASSWORD, enrolment_code
from server.sync_helpers import (
    World,
    client_fields,
    contact_fields,
    insert,
    make_world,
    pull_all,
    push,
    session_of,
    update,
)

# --- who calls -------------------------------------------------------------------------------
#: person -> (role, organisation); "own" is the organisation every target belongs to
PEOPLE = {"cw": ("caseworker", "own"), "cw2": ("caseworker", "own"),
          "sup": ("supervisor", "own"), "coord": ("coordinator", "own"),
          "adm": ("admin", "own"), "ocw": ("caseworker", "other"),
          "osup": ("supervisor", "other"), "oadm": ("admin", "other")}


@dataclass(frozen=True)
class Caller:
    person: str | None  # None: no token at all
    kind: str = "none"  # device | session | none

    @property
    def label(self) -> str:
        return "no token" if self.person is None else f"{self.person} ({self.kind})"

    @property
    def role(self) -> str | None:
        return PEOPLE[self.person][0] if self.person else None

    @property
    def own_org(self) -> bool:
        return self.person is not None and PEOPLE[self.person][1] == "own"

    @property
    def watched(self) -> bool:
        """Whose answers must never hold a name of our clients."""
        return self.person is not None and (self.role in ("coordinator", "admin")
                                            or not self.own_org)


CALLERS = (Caller(None), *(Caller(p, kind) for p in PEOPLE for kind in ("device", "session")))


# --- what they should get ---------------------------------------------------------------------
@dataclass(frozen=True)
class Expect:
    status: int
    reason: str | None = None  # checked when given

    def __str__(self) -> str:
        return f"{self.status}{' ' + self.reason if self.reason else ''}"


OK, CREATED, NO_CONTENT, NOT_FOUND = Expect(200), Expect(201), Expect(204), Expect(404)
ROLE_FORBIDDEN = Expect(403, "role_forbidden")
NOT_IN_SCOPE = Expect(403, "not_in_scope")
NOT_WRITABLE = Expect(403, "table_not_writable")
Rule = Callable[[Caller], Expect]


def anyone(expect: Expect) -> Rule:
    return lambda caller: expect


def authenticated(inner: Rule) -> Rule:
    """No token: 401; everyone else by ``inner``."""
    return lambda c: Expect(401, "missing_token") if c.person is None else inner(c)


def device_only(inner: Rule) -> Rule:
    """No token: 401; a login session: 403 ``device_required``; a device by ``inner``."""
    return authenticated(lambda c: Expect(403, "device_required") if c.kind == "session"
                         else inner(c))


def by_person(table: dict[str, Expect], otherwise: Expect) -> Rule:
    return lambda c: table.get(c.person or "", otherwise)


def readers(c: Caller) -> Expect:
    """Case records: caseworkers and supervisors (each within their scope), nobody else."""
    return OK if c.role in ("caseworker", "supervisor") else ROLE_FORBIDDEN


def push_rule(c: Caller, *, caseworker: Callable[[Caller], Expect],
              supervisor: Callable[[Caller], Expect]) -> Expect:
    """Push: coordinators and admins never; a caseworker writes client tables of their own
    scope; a supervisor only inserts reviews of their scope."""
    if c.role == "caseworker":
        return caseworker(c)
    if c.role == "supervisor":
        return supervisor(c)
    return ROLE_FORBIDDEN


#: steering a client (assign, share, unshare): the client's team's supervisor or an admin of
#: its organisation; to anyone else the client does not exist
STEERS = {"sup": NO_CONTENT, "adm": NO_CONTENT}


def admin_only(inner: Rule | None = None) -> Rule:
    """Administration: admins only (by ``inner``, else 200); everyone else 403."""
    return authenticated(lambda c: (inner or anyone(OK))(c) if c.role == "admin"
                         else ROLE_FORBIDDEN)


def own_admin(ok: Expect, other: Expect = NOT_FOUND) -> Rule:
    """An admin acting on a user or device of our organisation: ours may, the other
    organisation's admin finds nothing."""
    return admin_only(lambda c: ok if c.own_org else other)


# --- the world the matrix runs in -------------------------------------------------------------
MARKERS = ("Xanthippequorv", "Zyglerbathom")  # the names every one of our clients gets
PERIOD = {"start": "2026-01-01", "end": "2026-12-31"}


@dataclass
class Call:
    url: str
    json: Any = None
    params: dict[str, Any] | None = None
    token: str | None = None  # instead of the caller's own credential
    state: dict[str, Any] = field(default_factory=dict)


@dataclass
class Ctx:
    http: httpx.Client
    db: Database
    settings: Settings
    world: World
    client_id: str = ""  # cw's client, with a contact, a conflict and a review
    conflict_id: str = ""
    review_id: str = ""
    other_client_id: str = ""  # the other organisation's caseworker's client
    reference_id: str = ""  # a catalogue entry of our organisation
    victim_id: str = ""  # a caseworker of ours no one calls as
    our_clients: set[str] = field(default_factory=set)
    counter: itertools.count[int] = field(default_factory=itertools.count)
    passwords: dict[str, str] = field(default_factory=dict)

    def token(self, caller: Caller) -> str | None:
        if caller.person is None:
            return None
        person = self.world[caller.person]
        return person.device_token if caller.kind == "device" else person.session_token

    def user(self, key: str) -> str:
        return self.world[key].user_id

    def fresh_client(self) -> str:
        """A new client of cw's (with one contact), named with the markers."""
        client_id = new_id()
        results = push(self.http, self.world["cw"],
                       insert("client", client_fields(*MARKERS), client_id),
                       insert("contact", contact_fields(client_id)))
        assert [r["status"] for r in results] == ["applied", "applied"], results
        self.our_clients.add(client_id)
        return client_id

    def n(self) -> int:
        return next(self.counter)


def plant(db: Database, settings: Settings, http: httpx.Client) -> Ctx:
    """The world, and in it: cw's client with a contact, a conflict (cw2 edited it while it
    was shared with them) and a supervisor's review; a client of the other organisation's
    caseworker; a catalogue entry of our organisation; a caseworker nobody calls as."""
    world = make_world(db, settings, http)
    ctx = Ctx(http, db, settings, world)
    ctx.client_id = ctx.fresh_client()
    actor = Actor.command_line()
    with db.write() as session:
        caseload.share(session, actor, settings, ctx.client_id, "cw2", shared=True)
    push(http, world["cw"], update("client", ctx.client_id, 1, residence_status="eu"))
    clash = push(http, world["cw2"], update("client", ctx.client_id, 1,
                                            residence_status="gestattung"))
    assert clash[0]["status"] == "conflict", clash
    ctx.conflict_id = clash[0]["conflicts"][0]
    with db.write() as session:
        caseload.share(session, actor, settings, ctx.client_id, "cw2", shared=False)
    review = new_id()
    results = push(http, world["sup"], insert("review", review_fields(ctx.client_id), review))
    assert results[0]["status"] == "applied", results
    ctx.review_id = review
    ctx.other_client_id = new_id()
    push(http, world["ocw"], insert("client", client_fields("Ortrud", "Porzer"),
                                    ctx.other_client_id))
    ctx.reference_id = new_id()
    with db.write() as session:
        caseload.publish_reference(session, actor, settings.now(), "catalogue_entry",
                                   ctx.reference_id, catalogue_fields("Kalk"),
                                   world.organisation_id)
        org = admin.find_organisation(session, world.organisation_id)
        ctx.victim_id = admin.create_user(session, actor, settings, username="victim",
                                          role="caseworker", organisation=org,
                                          team=admin.find_team(session, org,
                                                               world["cw"].team_id or ""),
                                          password=PASSWORD).id
    return ctx


def review_fields(client_id: str) -> dict[str, Any]:
    return {"client_id": client_id, "record_table": "client", "record_id": client_id,
            "record_rev": 1, "kind": "comment", "body": "Bitte Aufenthaltsstatus prüfen"}


def catalogue_fields(code: str) -> dict[str, Any]:
    return {"catalogue": "district", "code": code, "labels": {"de": code}, "position": 0,
            "active": True}


@pytest.fixture
def ctx(db: Database, settings: Settings, http: httpx.Client) -> Ctx:
    return plant(db, settings, http)


# --- the matrix -------------------------------------------------------------------------------
Request = Callable[[Ctx, Caller], Call]
Verify = Callable[[Ctx, Caller, httpx.Response, Call], str | None]


@dataclass(frozen=True)
class Row:
    method: str
    path: str  # as the OpenAPI document names it
    what: str
    rule: Rule
    request: Request
    verify: Verify | None = None  # more than the status, for the cells that succeed
    #: what the database must hold after any cell (``done``: the call succeeded)
    effect: Callable[[Ctx, Call, bool], str | None] | None = None


def fixed(url: str, **kw: Any) -> Request:
    return lambda ctx, caller: Call(url, **kw)


def run(ctx: Ctx, rows: list[Row]) -> tuple[list[str], int]:
    """Every row × every caller; the wrong cells, and how many cells ran."""
    wrong: list[str] = []
    cells = 0
    for row in rows:
        for caller in CALLERS:
            cells += 1
            call = row.request(ctx, caller)
            token = call.token or ctx.token(caller)
            answer = ctx.http.request(
                row.method.upper(), call.url, json=call.json, params=call.params,
                headers={"Authorization": f"Bearer {token}"} if token else {})
            cell = f"{row.method.upper()} {row.path} [{row.what}] as {caller.label}"
            expected = row.rule(caller)
            reason = _reason(answer)
            if answer.status_code != expected.status or (
                    expected.reason is not None and reason != expected.reason):
                wrong.append(f"{cell}: expected {expected}, got {answer.status_code} "
                             f"{reason or ''} {answer.text[:160]}")
                continue
            if caller.watched:
                leaked = [m for m in MARKERS if m in answer.text]
                if not caller.own_org:
                    leaked += [c for c in ctx.our_clients if c in answer.text]
                if leaked:
                    wrong.append(f"{cell}: the answer holds {leaked}")
            if row.verify is not None and answer.is_success:
                problem = row.verify(ctx, caller, answer, call)
                if problem:
                    wrong.append(f"{cell}: {problem}")
            if row.effect is not None:
                problem = row.effect(ctx, call, answer.is_success)
                if problem:
                    wrong.append(f"{cell}: {problem}")
    return wrong, cells


def _reason(answer: httpx.Response) -> str | None:
    if answer.is_success or not answer.content:
        return None
    try:
        body = answer.json()
    except ValueError:
        return None
    return body.get("reason") if isinstance(body, dict) else None


def check_matrix(ctx: Ctx, rows: list[Row]) -> None:
    wrong, cells = run(ctx, rows)
    assert not wrong, f"{len(wrong)} of {cells} cells wrong:\n" + "\n".join(wrong)


# --- public, who-am-I and hello --------------------------------------------------------------
def _enrol_valid(ctx: Ctx, caller: Caller) -> Call:
    code = enrolment_code(ctx.db, ctx.settings, ctx.victim_id)
    return Call("/v1/enrol", json={"code": code, "device_name": "Matrix"})


def _unthrottled(url: str, body: dict[str, Any]) -> Request:
    """Every cell is one failure from the same address (and name): each starts with a
    clean slate, or the throttle (tested elsewhere) answers 429 after a few."""
    def request(ctx: Ctx, caller: Caller) -> Call:
        with ctx.db.write() as session:
            session.execute(sql_delete(AuthThrottle))
        return Call(url, json=body)
    return request


def _verify_enrolled(ctx: Ctx, caller: Caller, answer: httpx.Response, call: Call) -> str | None:
    body = answer.json()
    if body["user_id"] != ctx.victim_id or not body["device_token"]:
        return f"enrolled as {body['user_id']}"
    return None


def _verify_me(ctx: Ctx, caller: Caller, answer: httpx.Response, call: Call) -> str | None:
    body = answer.json()
    assert caller.person is not None
    if body["user_id"] != ctx.user(caller.person):
        return f"me is {body['user_id']}"
    if (body["device_id"] is not None) != (caller.kind == "device") \
            or (body["session_id"] is not None) != (caller.kind == "session"):
        return f"credential kind wrong: {body}"
    return None


def _verify_hello(ctx: Ctx, caller: Caller, answer: httpx.Response, call: Call) -> str | None:
    assert caller.person is not None
    body = answer.json()
    if body["user_id"] != ctx.user(caller.person) or body["wipe"] is not False:
        return f"hello answered {body}"
    return None


PUBLIC = [
    Row("get", "/v1/health", "health", anyone(OK), fixed("/v1/health")),
    Row("post", "/v1/enrol", "a valid code", anyone(CREATED), _enrol_valid, _verify_enrolled),
    Row("post", "/v1/enrol", "an unknown code", anyone(Expect(401, "code_unknown")),
        _unthrottled("/v1/enrol", {"code": "XXXX-XXXX-XXXX", "device_name": "Matrix"})),
    Row("post", "/v1/login", "right password", anyone(OK),
        fixed("/v1/login", json={"username": "victim", "password": PASSWORD})),
    Row("post", "/v1/login", "wrong password", anyone(Expect(401, "bad_credentials")),
        _unthrottled("/v1/login", {"username": "victim", "password": "Falsch Falsch 1"})),
    Row("get", "/v1/me", "who am I", authenticated(anyone(OK)), fixed("/v1/me"), _verify_me),
    Row("get", "/v1/hello", "hello", device_only(anyone(OK)),
        fixed("/v1/hello", params={"protocol_version": PROTOCOL_VERSION}), _verify_hello),
    Row("post", "/v1/hello", "hello", device_only(anyone(OK)),
        fixed("/v1/hello", json={"protocol_version": PROTOCOL_VERSION}), _verify_hello),
]


# --- the caller's own password and session ----------------------------------------------------
def _with_session(ctx: Ctx, caller: Caller) -> str | None:
    """A device's own token; a session caller signs in afresh (a password change ends
    every other session of the user, the earlier cells' included)."""
    if caller.person is None or caller.kind == "device":
        return None
    answer = ctx.http.post("/v1/login", json={
        "username": caller.person, "password": ctx.passwords.get(caller.person, PASSWORD)})
    assert answer.status_code == 200, answer.text
    return str(answer.json()["session_token"])


def _password(ctx: Ctx, caller: Caller) -> Call:
    token = _with_session(ctx, caller)
    current = ctx.passwords.get(caller.person or "", PASSWORD)
    new = f"Rheinauhafen Bockwurst Lindenthal {ctx.n()} Kranhaus"
    return Call("/v1/password", json={"current_password": current, "new_password": new},
                token=token, state={"new": new})


def _verify_password(ctx: Ctx, caller: Caller, answer: httpx.Response, call: Call) -> str | None:
    assert caller.person is not None
    ctx.passwords[caller.person] = call.state["new"]
    signed_in = ctx.http.post("/v1/login", json={"username": caller.person,
                                                 "password": call.state["new"]})
    return None if signed_in.status_code == 200 else f"new password refused: {signed_in.text}"


def _logout(ctx: Ctx, caller: Caller) -> Call:
    return Call("/v1/logout", token=_with_session(ctx, caller))


def _verify_logout(ctx: Ctx, caller: Caller, answer: httpx.Response, call: Call) -> str | None:
    after = ctx.http.get("/v1/me", headers={"Authorization": f"Bearer {call.token}"})
    return None if after.status_code == 401 else f"the session still works: {after.status_code}"


SELF = [
    Row("post", "/v1/password", "change one's own", authenticated(anyone(NO_CONTENT)),
        _password, _verify_password),
    # a device does not sign out: an administrator revokes it
    Row("post", "/v1/logout", "end one's own session",
        authenticated(lambda c: NO_CONTENT if c.kind == "session"
                      else Expect(422, "not_a_session")), _logout, _verify_logout),
]


# --- sync ------------------------------------------------------------------------------------
def _push(*mutations: Callable[[Ctx], dict[str, Any]]) -> Request:
    return lambda ctx, caller: Call("/v1/sync/push",
                                    json={"mutations": [m(ctx) for m in mutations]})


def _verify_applied(ctx: Ctx, caller: Caller, answer: httpx.Response, call: Call) -> str | None:
    statuses = [r["status"] for r in answer.json()["results"]]
    return None if set(statuses) == {"applied"} else f"results {answer.json()['results']}"


def _client_ids(rows: list[dict[str, Any]] | dict[Any, dict[str, Any]]) -> set[str]:
    values = rows.values() if isinstance(rows, dict) else rows
    return {r["client_id"] for r in values if r.get("client_id")}


def _sees_our_client(caller: Caller) -> bool:
    return caller.person in ("cw", "sup")


def _verify_pull(ctx: Ctx, caller: Caller, answer: httpx.Response, call: Call) -> str | None:
    assert caller.person is not None
    pulled = pull_all(ctx.http, ctx.world[caller.person])
    clients = _client_ids(pulled.rows)
    if (ctx.client_id in clients) != _sees_our_client(caller):
        return f"our client {'missing' if _sees_our_client(caller) else 'delivered'}"
    if not caller.own_org:
        ours = clients & ctx.our_clients
        organisations = {i for (t, i) in pulled.rows if t == "organisation"}
        references = {i for (t, i) in pulled.rows if t == "catalogue_entry"}
        if ours or ctx.world.organisation_id in organisations \
                or ctx.reference_id in references:
            return f"the other organisation pulled ours: {ours}, {organisations}, {references}"
        if caller.role == "caseworker" and ctx.other_client_id not in clients:
            return "their own client is missing"
    return None


def _verify_check(ctx: Ctx, caller: Caller, answer: httpx.Response, call: Call) -> str | None:
    assert caller.person is not None
    pulled = pull_all(ctx.http, ctx.world[caller.person])
    live = {t: sum(1 for (table, _), r in pulled.rows.items() if table == t and not r["deleted"])
            for t in {t for t, _ in pulled.rows}}
    counts = {t: v["count"] for t, v in answer.json()["tables"].items() if v["count"]}
    return None if counts == {t: n for t, n in live.items() if n} else \
        f"check {counts} but pull {live}"


def _update_our_client(ctx: Ctx) -> dict[str, Any]:
    # cw's device made the current district itself, so its edit applies without a base
    return update("client", ctx.client_id, None, district=f"Kalk-{ctx.n()}")


SYNC = [
    Row("post", "/v1/sync/push", "update our client",
        device_only(lambda c: push_rule(
            c, caseworker=lambda c: OK if c.person == "cw" else NOT_IN_SCOPE,
            supervisor=lambda c: NOT_WRITABLE)),
        _push(_update_our_client), _verify_applied),
    Row("post", "/v1/sync/push", "add a contact to our client",
        device_only(lambda c: push_rule(
            c, caseworker=lambda c: OK if c.person == "cw" else NOT_IN_SCOPE,
            supervisor=lambda c: NOT_WRITABLE)),
        _push(lambda ctx: insert("contact", contact_fields(ctx.client_id))), _verify_applied),
    Row("post", "/v1/sync/push", "review our client",
        device_only(lambda c: push_rule(
            c, caseworker=lambda c: NOT_WRITABLE,
            supervisor=lambda c: OK if c.own_org else NOT_IN_SCOPE)),
        _push(lambda ctx: insert("review", review_fields(ctx.client_id))), _verify_applied),
    Row("post", "/v1/sync/push", "a new client of one's own",
        device_only(lambda c: push_rule(c, caseworker=lambda c: OK,
                                        supervisor=lambda c: NOT_WRITABLE)),
        _push(lambda ctx: insert("client", client_fields("Neu", "Angelegt"))),
        _verify_applied),
    Row("get", "/v1/sync/pull", "download", device_only(readers),
        fixed("/v1/sync/pull", params={"limit": 2000}), _verify_pull),
    Row("get", "/v1/sync/check", "count and checksum", device_only(readers),
        fixed("/v1/sync/check"), _verify_check),
]


# --- conflict and review records --------------------------------------------------------------
def _verify_listed(what: str) -> Verify:
    def verify(ctx: Ctx, caller: Caller, answer: httpx.Response, call: Call) -> str | None:
        record = ctx.conflict_id if what == "conflict" else ctx.review_id
        listed = {r["id"] for r in answer.json()}
        if (record in listed) != _sees_our_client(caller):
            return f"our {what} {'missing' if _sees_our_client(caller) else 'listed'}"
        if not caller.own_org and {r["client_id"] for r in answer.json()} & ctx.our_clients:
            return f"the other organisation got our {what}s"
        return None
    return verify


def _verify_directory(ctx: Ctx, caller: Caller, answer: httpx.Response) -> str | None:
    """Only the caller's own organisation (and team): the caller is listed, nobody of
    the other organisation ever is."""
    assert caller.person is not None
    listed = {m["user_id"] for m in answer.json()}
    if ctx.user(caller.person) not in listed:
        return "the caller is not in their own directory"
    if caller.own_org and ctx.user("cw") not in listed:
        return "a colleague of the team is missing"
    if not caller.own_org and ctx.user("cw") in listed:
        return "the other organisation's caseworker is listed"
    return None


def _verify_review(ctx: Ctx, caller: Caller, answer: httpx.Response, call: Call) -> str | None:
    fields = answer.json()["fields"]
    assert caller.person is not None
    if fields["author_id"] != ctx.user(caller.person) or fields["record_id"] != ctx.client_id:
        return f"review stored as {fields}"
    return None


RECORDS = [
    Row("get", "/v1/conflicts", "list", authenticated(readers), fixed("/v1/conflicts"),
        _verify_listed("conflict")),
    Row("get", "/v1/reviews", "list", authenticated(readers), fixed("/v1/reviews"),
        _verify_listed("review")),
    Row("get", "/v1/directory", "colleagues", authenticated(readers), fixed("/v1/directory"),
        lambda ctx, caller, answer, call: _verify_directory(ctx, caller, answer)),
    # the other organisation's supervisor cannot see the record: for them it does not exist
    Row("post", "/v1/reviews", "review our client",
        authenticated(by_person({"sup": CREATED, "osup": NOT_FOUND}, ROLE_FORBIDDEN)),
        lambda ctx, caller: Call("/v1/reviews", json=review_fields(ctx.client_id)),
        _verify_review),
]


# --- steering a client ------------------------------------------------------------------------
def _steer(action: str) -> Request:
    def request(ctx: Ctx, caller: Caller) -> Call:
        client_id = ctx.fresh_client()
        state = {"client_id": client_id}
        if action == "assign":
            return Call(f"/v1/clients/{client_id}/assign", json={"user": "cw2"}, state=state)
        if action == "share":
            return Call(f"/v1/clients/{client_id}/shares", json={"user": "cw2"}, state=state)
        if action == "unshare":
            with ctx.db.write() as session:
                caseload.share(session, Actor.command_line(), ctx.settings, client_id, "cw2",
                               shared=True)
            return Call(f"/v1/clients/{client_id}/shares/cw2", state=state)
        return Call(f"/v1/clients/{client_id}/purge", state=state)
    return request


def _steered(action: str) -> Callable[[Ctx, Call, bool], str | None]:
    """What the database must hold after the call (``done``: the call succeeded)."""
    def check(ctx: Ctx, call: Call, done: bool) -> str | None:
        client_id = call.state["client_id"]
        cw2 = ctx.user("cw2")
        with ctx.db.read() as session:
            client = session.get(SyncRow, ("client", client_id))
            shared = session.get(ClientShare, (client_id, cw2)) is not None
        if action == "purge":
            ok = (client is None) == done
        elif client is None:
            return "the client is gone"
        elif action == "assign":
            ok = client.owner_user_id == (cw2 if done else ctx.user("cw"))
        else:
            ok = shared == (done if action == "share" else not done)
        return None if ok else f"{action} {'not ' if done else ''}carried out"
    return check


def _verify_purged(ctx: Ctx, caller: Caller, answer: httpx.Response, call: Call) -> str | None:
    erased = answer.json()["rows_erased"]
    return None if erased == 2 else f"erased {erased} rows, not the client and its contact"


def _steer_row(method: str, path: str, action: str, rule: Rule) -> Row:
    return Row(method, path, f"{action} our client", rule, _steer(action),
               _verify_purged if action == "purge" else None, _steered(action))


STEERING = [
    _steer_row("post", "/v1/clients/{client_id}/assign", "assign",
               authenticated(by_person(STEERS, NOT_FOUND))),
    _steer_row("post", "/v1/clients/{client_id}/shares", "share",
               authenticated(by_person(STEERS, NOT_FOUND))),
    _steer_row("delete", "/v1/clients/{client_id}/shares/{user}", "unshare",
               authenticated(by_person(STEERS, NOT_FOUND))),
    _steer_row("post", "/v1/clients/{client_id}/purge", "purge",
               authenticated(by_person({"cw": OK, "sup": OK, "adm": OK}, NOT_FOUND))),
]


# --- figures ---------------------------------------------------------------------------------
def _figures_rule(with_organisation: bool) -> Rule:
    def rule(c: Caller) -> Expect:
        if c.role == "coordinator":
            return OK
        if c.role == "supervisor":
            return NOT_IN_SCOPE if with_organisation and not c.own_org else OK
        return ROLE_FORBIDDEN
    return authenticated(rule)


def _verify_figure_scopes(ctx: Ctx, caller: Caller, answer: httpx.Response,
                          call: Call) -> str | None:
    """A coordinator: every organisation; a supervisor: their own, with only their team."""
    organisations = answer.json()["organisations"]
    got = {o["id"] for o in organisations}
    own, other = ctx.world.organisation_id, ctx.world.other_organisation_id
    if caller.role == "coordinator":
        return None if {own, other} <= got else f"organisations {got}, not every one"
    person = ctx.world[caller.person or ""]
    teams = {t["id"] for o in organisations for t in o["teams"]}
    if got != {person.organisation_id} or teams != {person.team_id}:
        return f"organisations {got} and teams {teams}, not only the supervisor's own"
    return None


FIGURES = [
    Row("get", "/v1/figures", "one's own scope", _figures_rule(False),
        fixed("/v1/figures", params=PERIOD)),
    Row("get", "/v1/figures", "of our organisation", _figures_rule(True),
        lambda ctx, caller: Call("/v1/figures", params={
            **PERIOD, "organisation_id": ctx.world.organisation_id})),
    Row("get", "/v1/figures", "of our team", _figures_rule(True),
        lambda ctx, caller: Call("/v1/figures", params={
            **PERIOD, "team_id": ctx.world["cw"].team_id})),
    Row("get", "/v1/figures/scopes", "organisations and teams", _figures_rule(False),
        fixed("/v1/figures/scopes"), _verify_figure_scopes),
]


# --- administration --------------------------------------------------------------------------
def _verify_own_org_listing(what: str) -> Verify:
    def verify(ctx: Ctx, caller: Caller, answer: httpx.Response, call: Call) -> str | None:
        org = ctx.world.organisation_id if caller.own_org else ctx.world.other_organisation_id
        items = answer.json()
        if what == "organisations":
            orgs = {o["id"] for o in items}
        elif what == "teams":
            orgs = {t["organisation_id"] for t in items}
        elif what == "users":
            orgs = {u["organisation_id"] for u in items}
        else:
            owners = {d["user_id"] for d in items}
            with ctx.db.read() as session:
                orgs = {admin.find_user(session, u).organisation_id for u in owners}
        return None if orgs == {org} else f"{what} of {orgs}, not only of {org}"
    return verify


def _verify_in_org(ctx: Ctx, caller: Caller, answer: httpx.Response, call: Call) -> str | None:
    org = ctx.world.organisation_id if caller.own_org else ctx.world.other_organisation_id
    got = answer.json()["organisation_id"]
    return None if got == org else f"made in {got}"


def _fresh_device(ctx: Ctx, caller: Caller) -> Call:
    code = enrolment_code(ctx.db, ctx.settings, ctx.victim_id)
    device = enrolment.enrol(ctx.db, ctx.settings, code, "Matrix", None).device_id
    return Call(f"/v1/admin/devices/{device}/revoke", state={"device_id": device})


def _revoked(ctx: Ctx, call: Call, done: bool) -> str | None:
    with ctx.db.read() as session:
        device = session.get(Device, call.state["device_id"])
        assert device is not None
        return None if (device.revoked_at is not None) == done else \
            f"the device is{'' if done else ' not'} revoked"


def _reference(row_id: Callable[[Ctx], str]) -> Request:
    return lambda ctx, caller: Call(f"/v1/admin/reference/catalogue_entry/{row_id(ctx)}",
                                    json={"fields": catalogue_fields(f"Bezirk-{ctx.n()}")})


ADMIN = [
    Row("get", "/v1/admin/organisations", "list", admin_only(), fixed("/v1/admin/organisations"),
        _verify_own_org_listing("organisations")),
    Row("get", "/v1/admin/teams", "list", admin_only(), fixed("/v1/admin/teams"),
        _verify_own_org_listing("teams")),
    Row("get", "/v1/admin/users", "list", admin_only(), fixed("/v1/admin/users"),
        _verify_own_org_listing("users")),
    Row("get", "/v1/admin/devices", "list", admin_only(), fixed("/v1/admin/devices"),
        _verify_own_org_listing("devices")),
    Row("post", "/v1/admin/organisations", "create", admin_only(anyone(CREATED)),
        lambda ctx, caller: Call("/v1/admin/organisations",
                                 json={"name": f"Träger {ctx.n()}"})),
    Row("post", "/v1/admin/teams", "create in one's own organisation",
        admin_only(anyone(CREATED)),
        lambda ctx, caller: Call("/v1/admin/teams", json={"name": f"Team {ctx.n()}"}),
        _verify_in_org),
    Row("post", "/v1/admin/users", "create in our team", own_admin(CREATED),
        lambda ctx, caller: Call("/v1/admin/users", json={
            "username": f"neu{ctx.n()}", "role": "caseworker",
            "team_id": ctx.world["cw"].team_id, "password": PASSWORD}), _verify_in_org),
    Row("post", "/v1/admin/users/{user_id}/password-reset", "our user", own_admin(OK),
        lambda ctx, caller: Call(f"/v1/admin/users/{ctx.victim_id}/password-reset")),
    Row("post", "/v1/admin/users/{user_id}/enrolment-codes", "our user", own_admin(CREATED),
        lambda ctx, caller: Call(f"/v1/admin/users/{ctx.victim_id}/enrolment-codes",
                                 json={"device_name": "Matrix"})),
    Row("post", "/v1/admin/devices/{device_id}/revoke", "our user's device", own_admin(OK),
        _fresh_device, effect=_revoked),
    Row("put", "/v1/admin/reference/{table}/{row_id}", "a new entry of one's own",
        admin_only(anyone(NO_CONTENT)), _reference(lambda ctx: new_id())),
    # another organisation's catalogue entry is not theirs to replace
    Row("put", "/v1/admin/reference/{table}/{row_id}", "replace our entry",
        own_admin(NO_CONTENT, NOT_IN_SCOPE), _reference(lambda ctx: ctx.reference_id)),
]

MATRIX = {"public": PUBLIC, "self": SELF, "sync": SYNC, "records": RECORDS,
          "steering": STEERING, "figures": FIGURES, "admin": ADMIN}


# --- the tests -------------------------------------------------------------------------------
def test_the_matrix_covers_every_endpoint(http: httpx.Client):
    document = http.get("/openapi.json").json()
    served = {(method, path) for path, item in document["paths"].items() for method in item}
    covered = {(row.method, row.path) for rows in MATRIX.values() for row in rows}
    assert served - covered == set(), "endpoints without a row in the authorisation matrix"
    assert covered - served == set(), "matrix rows for endpoints the server does not serve"


def test_public_endpoints_who_am_i_and_hello(ctx: Ctx):
    check_matrix(ctx, PUBLIC)


def test_ones_own_password_and_session(ctx: Ctx):
    check_matrix(ctx, SELF)


def test_push_pull_and_check(ctx: Ctx):
    check_matrix(ctx, SYNC)


def test_conflict_and_review_records(ctx: Ctx):
    check_matrix(ctx, RECORDS)


def test_assign_share_unshare_and_purge(ctx: Ctx):
    check_matrix(ctx, STEERING)


def test_figures(ctx: Ctx):
    check_matrix(ctx, FIGURES)


def test_administration(ctx: Ctx):
    check_matrix(ctx, ADMIN)


def test_the_other_organisation_pulls_nothing_of_ours(ctx: Ctx):
    """Beyond the matrix's download: incremental pulls after our clients change, are shared,
    assigned, reviewed and purged bring the other organisation nothing of ours either."""
    world = ctx.world
    cursors = {key: pull_all(ctx.http, world[key]) for key in ("ocw", "osup")}
    moved, gone = ctx.fresh_client(), ctx.fresh_client()
    push(ctx.http, world["cw"], update("client", ctx.client_id, None, district="Mülheim"))
    sup = session_of(world["sup"]).headers
    for url, body in ((f"/v1/clients/{moved}/assign", {"user": "cw2"}),
                      (f"/v1/clients/{ctx.client_id}/shares", {"user": "cw2"})):
        assert ctx.http.post(url, headers=sup, json=body).status_code == 204
    assert ctx.http.post(f"/v1/clients/{gone}/purge", headers=sup).status_code == 200
    assert ctx.http.post("/v1/reviews", headers=sup,
                         json=review_fields(ctx.client_id)).status_code == 201
    for key, pulled in cursors.items():
        before = dict(pulled.rows)
        pulled = pull_all(ctx.http, world[key], pulled.cursor, into=pulled)
        assert not _client_ids(pulled.rows) & ctx.our_clients, key
        assert not set(pulled.purged + pulled.revoked) & ctx.our_clients, key
        assert pulled.rows.keys() == before.keys(), key
