"""Push and pull over real HTTP (SQLite and PostgreSQL): idempotent pushes, the field-level
merge and its conflict records, edit-after-delete, scope, transfer, share, purge,
reference data, the checksum, cursors from the future and past retention."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import func, select

from outreach_desktop.core.storage.models import new_id
from outreach_desktop.core.sync.tables import scope_checksum
from outreach_server.db import Database
from outreach_server.models import AuditEvent, SyncMutation, SyncRow
from outreach_server.services import caseload
from outreach_server.services.audit import Actor
from outreach_server.settings import Settings
from server.server_helpers import Clock
from server.sync_helpers import (
    World,
    case_fields,
    client_fields,
    contact_fields,
    delete,
    insert,
    make_world,
    pull_all,
    push,
    update,
)


@pytest.fixture
def world(db: Database, settings: Settings, http: httpx.Client) -> World:
    return make_world(db, settings, http)


def _new_client(http: httpx.Client, world: World, who: str = "cw", **extra: object) -> str:
    client_id = new_id()
    results = push(http, world[who], insert("client", client_fields(**extra), client_id))
    assert results[0]["status"] == "applied", results
    return client_id


def test_push_then_pull_delivers_the_rows_with_the_server_setting_the_owner(
        http: httpx.Client, world: World):
    client_id, case_id, contact_id = new_id(), new_id(), new_id()
    results = push(http, world["cw"],
                   insert("client", client_fields(caseworker_id="forged"), client_id),
                   insert("case_file", case_fields(client_id), case_id),
                   insert("contact", contact_fields(client_id, case_id=case_id), contact_id))
    assert [r["status"] for r in results] == ["applied"] * 3
    assert all(r["revision"] == 1 and r["replayed"] is False for r in results)
    pulled = pull_all(http, world["cw"])
    client = pulled.rows[("client", client_id)]
    assert client["fields"]["given_name"] == "Amina"
    assert client["fields"]["caseworker_id"] == world["cw"].user_id  # not "forged"
    assert ("case_file", case_id) in pulled.rows and ("contact", contact_id) in pulled.rows
    # reference data comes along: the organisation and its team
    tables = {t for t, _ in pulled.rows}
    assert {"organisation", "team"} <= tables
    # a download sends parents before children
    order = [k for k in pulled.rows]
    assert order.index(("client", client_id)) < order.index(("case_file", case_id))


def test_a_replayed_push_applies_nothing_twice(http: httpx.Client, world: World,
                                               db: Database):
    client_id = new_id()
    body = [insert("client", client_fields(), client_id),
            update("client", client_id, None, district="Porz")]
    first = push(http, world["cw"], *body)
    again = push(http, world["cw"], *body)
    assert [r["status"] for r in again] == [r["status"] for r in first] == ["applied"] * 2
    assert all(r["replayed"] for r in again)
    with db.read() as session:
        row = session.get(SyncRow, ("client", client_id))
        assert row is not None and row.revision == 2
        assert session.scalar(select(func.count()).select_from(SyncMutation)) == 2


def test_another_devices_mutation_id_refuses_the_whole_push(http: httpx.Client, world: World,
                                                            db: Database):
    mutation = insert("client", client_fields())
    push(http, world["cw"], mutation)
    fresh = insert("client", client_fields())
    answer = http.post("/v1/sync/push", headers=world["cw2"].headers,
                       json={"mutations": [fresh, mutation]})
    assert answer.status_code == 409 and answer.json()["reason"] == "mutation_id_taken"
    with db.read() as session:
        assert session.get(SyncRow, ("client", fresh["row_id"])) is None  # nothing written


def test_field_level_merge_applies_what_does_not_collide(http: httpx.Client, world: World):
    client_id = _new_client(http, world)
    push(http, world["cw"], update("client", client_id, 1, district="Porz"))  # rev 2
    # a second device of the same user? no: a colleague with a share edits another field
    caseload_share(world, http, client_id)
    results = push(http, world["cw2"], update("client", client_id, 1, residence_status="eu"))
    assert results[0]["status"] == "applied" and results[0]["revision"] == 3
    row = pull_all(http, world["cw"]).rows[("client", client_id)]
    assert row["fields"]["district"] == "Porz" and row["fields"]["residence_status"] == "eu"


def caseload_share(world: World, http: httpx.Client, client_id: str) -> None:
    answer = http.post(f"/v1/clients/{client_id}/shares", headers=world["sup"].headers
                       if world["sup"].session_token is None else
                       {"Authorization": f"Bearer {world['sup'].session_token}"},
                       json={"user": "cw2"})
    assert answer.status_code == 204, answer.text


def test_a_collision_keeps_the_server_value_and_a_conflict_record_with_both(
        http: httpx.Client, world: World):
    client_id = _new_client(http, world)
    caseload_share(world, http, client_id)
    push(http, world["cw"], update("client", client_id, 1, district="Porz"))
    results = push(http, world["cw2"], update("client", client_id, 1, district="Mülheim"))
    assert results[0]["status"] == "conflict" and len(results[0]["conflicts"]) == 1
    # the same value as the server has is no conflict
    same = push(http, world["cw2"], update("client", client_id, 1, district="Porz"))
    assert same[0]["status"] == "applied"
    for person in ("cw", "cw2", "sup"):
        rows = pull_all(http, world[person]).rows
        assert rows[("client", client_id)]["fields"]["district"] == "Porz"
        conflict = rows[("conflict", results[0]["conflicts"][0])]["fields"]
        assert conflict["server_value"] == "Porz" and conflict["device_value"] == "Mülheim"
        assert conflict["record_id"] == client_id and conflict["field"] == "district"
        assert conflict["user_id"] == world["cw2"].user_id
    listed = http.get("/v1/conflicts", headers={
        "Authorization": f"Bearer {world['sup'].session_token}"}).json()
    assert [c["id"] for c in listed] == results[0]["conflicts"]
    # resolving it is an ordinary change of the conflict record
    resolved = push(http, world["cw"], update("conflict", results[0]["conflicts"][0], 1,
                                              resolution="server"))
    assert resolved[0]["status"] == "applied"
    assert http.get("/v1/conflicts", headers={
        "Authorization": f"Bearer {world['sup'].session_token}"}).json() == []


def test_an_edit_of_a_deleted_row_is_a_conflict_not_a_revival(http: httpx.Client,
                                                               world: World):
    client_id = _new_client(http, world)
    push(http, world["cw"], delete("client", client_id, 1))
    results = push(http, world["cw"], update("client", client_id, 1, district="Porz"))
    assert results[0]["status"] == "conflict"
    downloaded = pull_all(http, world["cw"], limit=3).rows[("client", client_id)]
    incremental = pull_all(http, world["cw"], cursor="c:0:0").rows[("client", client_id)]
    for row in (downloaded, incremental):  # tombstones travel (a child may refer to one)
        assert row["deleted"] is True and row["fields"]["district"] == "Kalk"


def test_field_errors_reject_one_mutation_and_let_the_rest_apply(http: httpx.Client,
                                                                  world: World):
    client_id = new_id()
    results = push(http, world["cw"],
                   insert("client", {**client_fields(), "given_name": 7, "bogus": 1}),
                   insert("client", client_fields(), client_id),
                   insert("case_file", case_fields(new_id())),
                   update("client", client_id, 1, date_of_birth="31.02.2004"))
    assert [r["status"] for r in results] == ["rejected", "applied", "rejected", "rejected"]
    assert results[0]["errors"] == {"given_name": "not_text", "bogus": "unknown_field"}
    assert results[2]["errors"] == {"client_id": "not_found"}
    assert results[3]["errors"] == {"date_of_birth": "not_date"}
    assert "Amina" not in str(results)  # errors never carry values


def test_a_push_naming_another_caseworkers_client_writes_nothing(http: httpx.Client,
                                                                 world: World, db: Database):
    theirs = _new_client(http, world, "cw2")
    mine = new_id()
    for bad in (update("client", theirs, 1, district="Porz"),
                insert("contact", contact_fields(theirs)),
                delete("client", theirs, 1)):
        answer = http.post("/v1/sync/push", headers=world["cw"].headers,
                           json={"mutations": [insert("client", client_fields(), mine), bad]})
        assert answer.status_code == 403, answer.text
        assert answer.json()["reason"] == "not_in_scope"
        assert answer.json()["errors"] == [{"mutation_id": bad["mutation_id"]}]
    with db.read() as session:
        assert session.get(SyncRow, ("client", mine)) is None
        assert session.get(SyncRow, ("client", theirs)).revision == 1  # type: ignore[union-attr]


def test_a_transfer_revokes_the_old_owner_and_grants_the_new_one(http: httpx.Client,
                                                                 world: World, db: Database,
                                                                 settings: Settings):
    client_id = _new_client(http, world)
    case_id = new_id()
    push(http, world["cw"], insert("case_file", case_fields(client_id), case_id))
    old = pull_all(http, world["cw"])
    new = pull_all(http, world["cw2"])
    assert ("client", client_id) not in new.rows
    with db.write() as session:
        caseload.assign(session, Actor.command_line(), settings, client_id, "cw2")
    old = pull_all(http, world["cw"], old.cursor, into=old)
    new = pull_all(http, world["cw2"], new.cursor, into=new)
    assert client_id in old.revoked and ("client", client_id) not in old.rows
    assert {("client", client_id), ("case_file", case_id)} <= set(new.rows)
    assert new.rows[("client", client_id)]["fields"]["caseworker_id"] == world["cw2"].user_id
    # the old owner can no longer write to it
    push(http, world["cw"], update("client", client_id, 2, district="Porz"), status=403)


def test_a_purge_erases_the_client_on_the_server_and_tells_every_device(
        http: httpx.Client, world: World, db: Database):
    client_id = _new_client(http, world)
    push(http, world["cw"], insert("contact", contact_fields(client_id)))
    caseload_share(world, http, client_id)
    cw = pull_all(http, world["cw"])
    sup = pull_all(http, world["sup"])
    cw2 = pull_all(http, world["cw2"])
    assert ("client", client_id) in cw2.rows
    answer = http.post(f"/v1/clients/{client_id}/purge", headers=world["cw"].headers)
    assert answer.status_code == 200 and answer.json()["rows_erased"] == 2
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(SyncRow)
                              .where(SyncRow.client_id == client_id)) == 0
    for person, pulled in (("cw", cw), ("sup", sup), ("cw2", cw2)):
        pulled = pull_all(http, world[person], pulled.cursor, into=pulled)
        assert client_id in pulled.purged
        assert not [k for k, v in pulled.rows.items() if v["client_id"] == client_id]


def test_the_check_matches_what_a_device_pulled(http: httpx.Client, world: World):
    client_id = _new_client(http, world)
    push(http, world["cw"], insert("contact", contact_fields(client_id)),
         update("client", client_id, 1, district="Porz"))
    pulled = pull_all(http, world["cw"])
    mine = scope_checksum((t, i, r["revision"]) for (t, i), r in pulled.rows.items()
                          if not r["deleted"])
    answer = http.get("/v1/sync/check", headers=world["cw"].headers).json()
    assert answer["tables"] == mine
    assert answer["tables"]["client"]["count"] == 1


def test_cursors_from_the_future_malformed_or_past_retention(http: httpx.Client,
                                                             world: World, db: Database,
                                                             settings: Settings, clock: Clock):
    _new_client(http, world)
    pulled = pull_all(http, world["cw"])
    seq = int(pulled.cursor.split(":")[1])  # type: ignore[union-attr]
    for cursor, status, reason in ((f"c:{seq + 5}:0", 400, "cursor_from_future"),
                                   ("c:1", 400, "cursor_invalid"),
                                   ("x:1:2", 400, "cursor_invalid"),
                                   ("d:0:99:", 400, "cursor_invalid")):
        answer = http.get("/v1/sync/pull", headers=world["cw"].headers,
                          params={"cursor": cursor})
        assert (answer.status_code, answer.json()["reason"]) == (status, reason), cursor
    clock.advance(days=200)
    _new_client(http, world)
    with db.write() as session:
        caseload.prune(session, Actor.command_line(), settings, timedelta(days=180))
    answer = http.get("/v1/sync/pull", headers=world["cw"].headers,
                      params={"cursor": "c:1:0"})
    assert answer.status_code == 410 and answer.json()["reason"] == "cursor_expired"
    # a fresh download still has everything live
    assert len([k for k in pull_all(http, world["cw"]).rows if k[0] == "client"]) == 2


def test_every_push_and_pull_is_audited_with_who_device_and_what(http: httpx.Client,
                                                                  world: World, db: Database):
    client_id = _new_client(http, world)
    pull_all(http, world["cw"])
    with db.read() as session:
        events = list(session.scalars(select(AuditEvent).where(
            AuditEvent.action.in_(("sync.insert", "sync.pull")))))
    insert_event = next(e for e in events if e.action == "sync.insert")
    assert insert_event.row_id == client_id and insert_event.user_id == world["cw"].user_id
    assert insert_event.device_id is not None
    pull_event = next(e for e in events if e.action == "sync.pull")
    assert client_id in pull_event.detail["clients"]
    assert "Amina" not in str([e.detail for e in events])


def test_malformed_pushes_are_refused_whole_with_a_reason(http: httpx.Client, world: World,
                                                          db: Database):
    good = insert("client", client_fields())
    cases = [
        ({**insert("client", client_fields()), "table": "no_such_table"}, 422),
        ({**insert("client", client_fields()), "op": "upsert"}, 422),
        ({**insert("client", client_fields()), "surprise": 1}, 422),
        ({"mutation_id": new_id(), "table": "client", "row_id": new_id(), "op": "insert"}, 422),
        ({**update("client", new_id(), 1, district="x"), "fields": {"a": 1}}, 422),
        ({**insert("client", client_fields()), "row_id": "not-a-uuid"}, 422),
        ({**insert("client", client_fields()), "mutation_id": 5}, 422),
        ({**insert("client", client_fields(given="a\x00b"))}, 422),
    ]
    for bad, status in cases:
        answer = http.post("/v1/sync/push", headers=world["cw"].headers,
                           json={"mutations": [good, bad]})
        assert answer.status_code == status, (bad, answer.text)
        assert answer.json()["reason"] == "invalid_request"
    truncated = http.post("/v1/sync/push", content=b'{"mutations": [',
                          headers={**world["cw"].headers, "Content-Type": "application/json"})
    assert truncated.status_code == 400 and truncated.json()["reason"] == "malformed_json"
    assert http.post("/v1/sync/push", headers=world["cw"].headers,
                     json={"mutations": []}).status_code == 422
    huge = insert("client", client_fields(given="x" * 70_000))
    answer = http.post("/v1/sync/push", headers=world["cw"].headers,
                       json={"mutations": [good, huge]})
    assert answer.status_code == 413 and answer.json()["reason"] == "body_too_large"
    # a login session instead of a device
    answer = http.post("/v1/sync/push", headers={
        "Authorization": f"Bearer {world['cw'].session_token}"}, json={"mutations": [good]})
    assert answer.status_code == 403 and answer.json()["reason"] == "device_required"
    with db.read() as session:  # none of it wrote anything
        assert session.get(SyncRow, ("client", good["row_id"])) is None


def test_a_contact_may_link_to_another_case_of_its_client_but_never_move_client(
        http: httpx.Client, world: World):
    client_id, other_client = _new_client(http, world), _new_client(http, world)
    case_a, case_b, foreign_case, contact_id = new_id(), new_id(), new_id(), new_id()
    push(http, world["cw"], insert("case_file", case_fields(client_id), case_a),
         insert("case_file", case_fields(client_id), case_b),
         insert("case_file", case_fields(other_client), foreign_case),
         insert("contact", contact_fields(client_id, case_id=case_a), contact_id))
    results = push(http, world["cw"],
                   update("contact", contact_id, 1, case_id=case_b),
                   update("contact", contact_id, 2, case_id=foreign_case),
                   update("contact", contact_id, 2, case_id=new_id()),
                   update("contact", contact_id, 2, client_id=other_client),
                   update("contact", contact_id, 2, case_id=None))
    assert [r["status"] for r in results] == ["applied", "rejected", "rejected", "rejected",
                                              "applied"]
    assert results[1]["errors"] == {"case_id": "other_client"}
    assert results[2]["errors"] == {"case_id": "not_found"}
    assert results[3]["errors"] == {"client_id": "cannot_move"}


def test_a_share_does_not_outlive_a_transfer_to_and_back(http: httpx.Client, world: World,
                                                         db: Database, settings: Settings):
    client_id = _new_client(http, world)
    caseload_share(world, http, client_id)
    with db.write() as session:
        caseload.assign(session, Actor.command_line(), settings, client_id, "cw2")
    with db.write() as session:
        caseload.assign(session, Actor.command_line(), settings, client_id, "cw")
    assert ("client", client_id) not in pull_all(http, world["cw2"]).rows
    push(http, world["cw2"], update("client", client_id, None, district="Porz"), status=403)


def test_a_cursor_inside_a_pruned_transaction_expires(http: httpx.Client, world: World,
                                                      db: Database, settings: Settings,
                                                      clock: Clock):
    before = pull_all(http, world["sup"], cursor="c:0:0").cursor
    push(http, world["cw"], *(insert("client", client_fields()) for _ in range(3)))
    page = http.get("/v1/sync/pull", headers=world["sup"].headers,
                    params={"cursor": before, "limit": 1}).json()
    assert page["has_more"] and page["cursor"].endswith(":0")  # inside the push's transaction
    clock.advance(days=200)
    with db.write() as session:
        caseload.prune(session, Actor.command_line(), settings, timedelta(days=180))
    answer = http.get("/v1/sync/pull", headers=world["sup"].headers,
                      params={"cursor": page["cursor"]})
    assert answer.status_code == 410, answer.text  # not an empty page that skips two rows


def test_a_grant_brings_deletions_made_meanwhile(http: httpx.Client, world: World,
                                                 db: Database, settings: Settings):
    client_id, contact_id = _new_client(http, world), new_id()
    push(http, world["cw"], insert("contact", contact_fields(client_id), contact_id))
    mine = pull_all(http, world["cw"])
    with db.write() as session:
        caseload.assign(session, Actor.command_line(), settings, client_id, "cw2")
    push(http, world["cw2"], delete("contact", contact_id, 1))
    with db.write() as session:
        caseload.assign(session, Actor.command_line(), settings, client_id, "cw")
    mine = pull_all(http, world["cw"], mine.cursor, into=mine)
    assert mine.rows[("contact", contact_id)]["deleted"] is True


def test_a_download_sends_a_deleted_parent_its_live_child_refers_to(http: httpx.Client,
                                                                    world: World):
    client_id, case_id, contact_id = _new_client(http, world), new_id(), new_id()
    push(http, world["cw"], insert("case_file", case_fields(client_id), case_id),
         insert("contact", contact_fields(client_id, case_id=case_id), contact_id),
         delete("case_file", case_id, 1))
    rows = pull_all(http, world["cw"]).rows
    order = list(rows)
    assert rows[("case_file", case_id)]["deleted"] is True
    assert order.index(("case_file", case_id)) < order.index(("contact", contact_id))


def test_an_organisations_admin_cannot_make_a_coordinator(http: httpx.Client, world: World):
    answer = http.post("/v1/admin/users", headers={
        "Authorization": f"Bearer {world['adm'].session_token}"},
        json={"username": "citywide", "role": "coordinator"})
    assert answer.status_code == 422  # coordinators see every organisation: CLI only
