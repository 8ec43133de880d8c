"""Revocation, supervisors' reviews, the figures, and administration over HTTP (SQLite and
PostgreSQL, real HTTP)."""

from __future__ import annotations

import threading

import httpx
import pytest
from sqlalchemy import select

from outreach_desktop.core.storage.models import new_id
from outreach_server.db import Database
from outreach_server.models import AuditEvent, SyncRow
from outreach_server.services import admin
from outreach_server.services.audit import Actor
from outreach_server.settings import Settings
from server.sync_helpers import (
    World,
    auth,
    case_fields,
    client_fields,
    contact_fields,
    insert,
    make_world,
    pull_all,
    push,
    session_of,
    update,
)


@pytest.fixture
def world(db: Database, settings: Settings, http: httpx.Client) -> World:
    return make_world(db, settings, http)


def test_a_revoked_device_is_told_to_wipe_and_can_pull_nothing(http: httpx.Client,
                                                               world: World, db: Database,
                                                               settings: Settings):
    client_id = new_id()
    push(http, world["cw"], insert("client", client_fields(given="Revokemarker"), client_id))
    with db.write() as session:
        device_id = session.scalars(select(AuditEvent.device_id).where(
            AuditEvent.action == "sync.insert")).first()
        admin.revoke_device(session, Actor.command_line(), settings, device_id or "")
    for method, path, kwargs in (
            ("GET", "/v1/sync/pull", {}), ("GET", "/v1/sync/pull", {"params": {"cursor": "c:0:0"}}),
            ("GET", "/v1/sync/check", {}),
            ("POST", "/v1/sync/push", {"json": {"mutations": [
                update("client", client_id, 1, district="Porz")]}}),
            ("POST", "/v1/hello", {"json": {"protocol_version": 1}}),
            ("GET", "/v1/conflicts", {})):
        answer = http.request(method, path, headers=world["cw"].headers, **kwargs)
        assert answer.status_code == 401, (path, answer.text)
        assert answer.json()["wipe"] is True and answer.json()["reason"] == "device_revoked"
        assert "Revokemarker" not in answer.text
    with db.read() as session:  # the refused push changed nothing
        row = session.get(SyncRow, ("client", client_id))
        assert row is not None and row.data["district"] == "Kalk" and row.revision == 1


def _client_with_case(http: httpx.Client, world: World) -> tuple[str, str]:
    client_id, case_id = new_id(), new_id()
    push(http, world["cw"], insert("client", client_fields(), client_id),
         insert("case_file", case_fields(client_id), case_id))
    return client_id, case_id


def test_a_supervisors_review_is_append_only_and_reaches_the_caseworker(http: httpx.Client,
                                                                        world: World):
    client_id, case_id = _client_with_case(http, world)
    sup = session_of(world["sup"])
    answer = http.post("/v1/reviews", headers=sup.headers, json={
        "client_id": client_id, "record_table": "case_file", "record_id": case_id,
        "record_rev": 1, "kind": "return", "body": "Bitte Ziele konkretisieren."})
    assert answer.status_code == 201, answer.text
    review = answer.json()
    assert review["fields"]["author_id"] == world["sup"].user_id
    # the same through the supervisor's device (push)
    pushed = push(http, world["sup"], insert("review", {
        "client_id": client_id, "record_table": "case_file", "record_id": case_id,
        "record_rev": 1, "kind": "approve", "body": ""}))
    assert pushed[0]["status"] == "applied"
    # append-only: no update, no delete, not even by the supervisor
    for mutation in (update("review", review["id"], 1, body="changed"),):
        push(http, world["sup"], mutation, status=403)
    # a review of a revision that does not exist yet, or of another client's record
    _other_client, other_case = _client_with_case(http, world)
    for bad in ({"record_rev": 5}, {"record_id": other_case}):
        answer = http.post("/v1/reviews", headers=sup.headers, json={
            "client_id": client_id, "record_table": "case_file", "record_id": case_id,
            "record_rev": 1, "kind": "comment", "body": "x", **bad})
        assert answer.status_code == 404, answer.text
    pulled = pull_all(http, world["cw"])
    reviews = [r for (t, _), r in pulled.rows.items() if t == "review"]
    assert sorted(r["fields"]["kind"] for r in reviews) == ["approve", "return"]
    listed = http.get("/v1/reviews", headers=world["cw"].headers,
                      params={"client_id": client_id}).json()
    assert {r["id"] for r in listed} == {r["row_id"] for r in reviews}
    # a supervisor of another organisation cannot review it
    answer = http.post("/v1/reviews", headers=session_of(world["osup"]).headers, json={
        "client_id": client_id, "record_table": "case_file", "record_id": case_id,
        "record_rev": 1, "kind": "approve", "body": ""})
    assert answer.status_code == 404


def _seed_for_figures(http: httpx.Client, world: World) -> None:
    mutations = []
    for i in range(12):
        client_id, case_id = new_id(), new_id()
        district = "Kalk" if i < 6 else "Porz" if i < 9 else "Mülheim"  # 6, 3, 3
        groups = ["single_parent"] if i < 6 else []
        closed = {"closed_on": "2026-02-20", "closure_reason": "goals_reached"} if i < 5 else {}
        mutations += [
            insert("client", client_fields(given=f"Figuremarker{i}", district=district,
                                           target_groups=groups), client_id),
            insert("case_file", case_fields(client_id, **closed), case_id),
            insert("contact", contact_fields(client_id, case_id=case_id,
                                             kind="outreach" if i < 10 else "phone")),
        ]
    push(http, world["cw"], *mutations)


def test_figures_are_aggregated_with_small_counts_suppressed(http: httpx.Client,
                                                             world: World):
    _seed_for_figures(http, world)
    period = {"start": "2026-01-01", "end": "2026-12-31"}
    for who in ("sup", "coord"):
        answer = http.get("/v1/figures", headers=session_of(world[who]).headers,
                          params=period)
        assert answer.status_code == 200, answer.text
        figures = answer.json()
        assert "Figuremarker" not in answer.text
        assert figures["active_clients"] == {"count": 12, "suppressed": False}
        # the small districts are folded into one cell without their names
        assert figures["active_clients_by_district"] == [
            {"key": "Kalk", "count": 6, "suppressed": False},
            {"key": None, "count": None, "suppressed": True}]
        assert figures["active_clients_by_target_group"] == [
            {"key": "single_parent", "count": 6, "suppressed": False}]
        assert figures["contacts_by_kind"] == [
            {"key": "outreach", "count": 10, "suppressed": False},
            {"key": None, "count": None, "suppressed": True}]
        assert figures["intakes_by_month"] == [{"key": "2026-02", "count": 12,
                                                "suppressed": False}]
        assert figures["closures_by_month_and_reason"] == [
            {"key": "2026-02 goals_reached", "month": "2026-02", "reason": "goals_reached",
             "count": 5, "suppressed": False}]
        assert figures["case_duration_days"]["median"] == 19
    # a narrower period and a district filter
    answer = http.get("/v1/figures", headers=session_of(world["coord"]).headers,
                      params={**period, "district": "Porz"}).json()
    assert answer["active_clients"] == {"count": None, "suppressed": True}
    # the other organisation's supervisor sees none of it; asking for ours is refused
    other = http.get("/v1/figures", headers=session_of(world["osup"]).headers,
                     params=period).json()
    assert other["active_clients"] == {"count": 0, "suppressed": False}
    refused = http.get("/v1/figures", headers=session_of(world["osup"]).headers,
                       params={**period, "organisation_id": world.organisation_id})
    assert refused.status_code == 403
    bad = http.get("/v1/figures", headers=session_of(world["coord"]).headers,
                   params={"start": "2026-12-31", "end": "2026-01-01"})
    assert bad.status_code == 422 and bad.json()["reason"] == "bad_period"


def test_administration_over_http_stays_in_the_admins_organisation(http: httpx.Client,
                                                                   world: World):
    adm = session_of(world["adm"]).headers
    team = http.post("/v1/admin/teams", headers=adm, json={"name": "KIM Porz"})
    assert team.status_code == 201, team.text
    user = http.post("/v1/admin/users", headers=adm, json={
        "username": "neu", "role": "caseworker", "team_id": team.json()["id"]})
    assert user.status_code == 201, user.text
    user_id = user.json()["id"]
    assert user.json()["organisation_id"] == world.organisation_id
    names = {u["username"] for u in http.get("/v1/admin/users", headers=adm).json()}
    assert "neu" in names and "ocw" not in names  # not the other organisation's
    tiny = http.post(f"/v1/admin/users/{user_id}/enrolment-codes", headers=adm,
                     json={"valid_hours": 1e-300})  # rounds to no time at all: refused,
    assert tiny.status_code == 422 and tiny.json()["reason"] == "bad_lifetime"  # not 72 h
    code = http.post(f"/v1/admin/users/{user_id}/enrolment-codes", headers=adm,
                     json={"device_name": "Laptop 7"})
    assert code.status_code == 201
    enrolled = http.post("/v1/enrol", json={"code": code.json()["code"]})
    assert enrolled.status_code == 201
    reset = http.post(f"/v1/admin/users/{user_id}/password-reset", headers=adm)
    assert reset.status_code == 200 and len(reset.json()["temporary_password"]) >= 12
    devices = http.get("/v1/admin/devices", headers=adm).json()
    device_id = enrolled.json()["device_id"]
    assert device_id in {d["id"] for d in devices}
    revoked = http.post(f"/v1/admin/devices/{device_id}/revoke", headers=adm)
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    gone = http.get("/v1/me", headers=auth(enrolled.json()["device_token"]))
    assert gone.status_code == 401 and gone.json()["wipe"] is True
    # the other organisation's admin cannot touch our user or device
    oadm = session_of(world["oadm"]).headers
    assert http.post(f"/v1/admin/users/{user_id}/password-reset",
                     headers=oadm).status_code == 404
    assert http.post(f"/v1/admin/devices/{device_id}/revoke", headers=oadm).status_code == 404
    # an admin never gets case data
    assert http.get("/v1/conflicts", headers=adm).status_code == 403
    assert http.get("/v1/figures", headers=adm,
                    params={"start": "2026-01-01", "end": "2026-12-31"}).status_code == 403


def test_an_admin_transfers_a_case_over_http(http: httpx.Client, world: World):
    client_id, _case = _client_with_case(http, world)
    old = pull_all(http, world["cw"])
    answer = http.post(f"/v1/clients/{client_id}/assign",
                       headers=session_of(world["adm"]).headers, json={"user": "cw2"})
    assert answer.status_code == 204, answer.text
    assert client_id in pull_all(http, world["cw"], old.cursor).revoked
    assert ("client", client_id) in pull_all(http, world["cw2"]).rows
    # not to a supervisor, not to another organisation's caseworker
    for user, status in (("sup", 422), ("ocw", 404)):
        answer = http.post(f"/v1/clients/{client_id}/assign",
                           headers=session_of(world["adm"]).headers, json={"user": user})
        assert answer.status_code == status, answer.text


def test_published_forms_and_catalogues_reach_devices(http: httpx.Client, world: World):
    adm = session_of(world["adm"]).headers
    entry_id = new_id()
    answer = http.put(f"/v1/admin/reference/catalogue_entry/{entry_id}", headers=adm, json={
        "fields": {"catalogue": "district", "code": "kalk", "labels": {"de": "Kalk"},
                   "position": 1, "active": True}})
    assert answer.status_code == 204, answer.text
    bad = http.put(f"/v1/admin/reference/catalogue_entry/{new_id()}", headers=adm,
                   json={"fields": {"catalogue": 5}})
    assert bad.status_code == 422 and bad.json()["reason"] == "field_errors"
    for table in ("client", "team", "organisation"):  # teams come from /v1/admin/teams
        not_here = http.put(f"/v1/admin/reference/{table}/{new_id()}", headers=adm,
                            json={"fields": {}})
        assert not_here.status_code == 422, table
    for_all = http.put(f"/v1/admin/reference/catalogue_entry/{new_id()}", headers=adm, json={
        "fields": {"catalogue": "x", "code": "y", "labels": {}}, "for_every_organisation": True})
    assert for_all.status_code == 422  # only the server's command line publishes to all
    assert ("catalogue_entry", entry_id) in pull_all(http, world["cw"]).rows
    assert ("catalogue_entry", entry_id) not in pull_all(http, world["ocw"]).rows


@pytest.mark.postgres_only
def test_pushes_racing_over_http_never_make_a_pull_skip_a_row(http: httpx.Client,
                                                              world: World):
    """Writers on several connections commit in whatever order; the supervisor's device
    pulls all along and still receives every client exactly once."""
    written: list[str] = []
    errors: list[str] = []
    done = threading.Event()

    def writer(who: str) -> None:
        for _ in range(15):
            ids = [new_id(), new_id()]
            answer = http.post("/v1/sync/push", headers=world[who].headers, json={
                "mutations": [insert("client", client_fields(), i) for i in ids]})
            if answer.status_code != 200:
                errors.append(answer.text)
            written.extend(ids)

    seen: list[str] = []

    def reader() -> None:
        cursor = "c:0:0"
        while True:
            stop = done.is_set()
            answer = http.get("/v1/sync/pull", headers=world["sup"].headers,
                              params={"cursor": cursor, "limit": 7})
            page = answer.json()
            seen.extend(r["row_id"] for r in page["rows"] if r["table"] == "client")
            cursor = page["cursor"]
            if stop and not page["has_more"]:
                return

    threads = [threading.Thread(target=writer, args=(w,)) for w in ("cw", "cw2", "cw")]
    pulling = threading.Thread(target=reader)
    pulling.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    done.set()
    pulling.join(120)
    assert errors == []
    assert len(seen) == len(set(seen)) == len(written) == 90
    assert set(seen) == set(written)


def test_suppression_hides_small_cells_and_what_a_total_would_give_away():
    from collections import Counter

    from outreach_server.services.figures import suppressed

    hidden = {"key": None, "count": None, "suppressed": True}
    assert suppressed(Counter({"a": 9, "b": 5})) == [
        {"key": "a", "count": 9, "suppressed": False},
        {"key": "b", "count": 5, "suppressed": False}]
    assert suppressed(Counter({"a": 9, "b": 3})) == [
        {"key": "a", "count": 9, "suppressed": False}, hidden]
    # with the total shown, 9 + hidden 3 = 12 would give the 3 away: a is hidden too
    assert suppressed(Counter({"a": 9, "b": 3}), partition=True) == [hidden]
    assert suppressed(Counter({"a": 9, "b": 7, "c": 3}), partition=True) == [
        {"key": "a", "count": 9, "suppressed": False}, hidden]  # 7 + 3 hidden
    assert suppressed(Counter({"a": 9, "b": 3, "c": 2}), partition=True) == [
        {"key": "a", "count": 9, "suppressed": False}, hidden]  # 5 hidden: enough
    assert suppressed(Counter({"a": 0})) == []
