"""Bad input gets a clear 4xx with a reason: never a 500, never the submitted values back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import httpx
import pytest

from outreach_desktop.core.storage.models import new_id
from outreach_server.db import Database
from outreach_server.settings import Settings
from server.server_helpers import BODY_LIMIT, PASSWORD, Seeded, enrolment_code
from server.sync_helpers import (
    auth,
    case_fields,
    client_fields,
    contact_fields,
    insert,
    make_world,
    push,
    session_of,
)


def test_a_declared_body_over_the_limit_gets_413(http: httpx.Client, seeded: Seeded):
    big = b'{"code": "' + b"A" * BODY_LIMIT + b'"}'
    answer = http.post("/v1/enrol", content=big, headers={"Content-Type": "application/json"})
    assert answer.status_code == 413
    assert answer.json()["reason"] == "body_too_large"


def test_a_chunked_body_over_the_limit_gets_413(http: httpx.Client, seeded: Seeded):
    def chunks() -> Iterator[bytes]:
        yield b'{"username": "x", "password": "'
        for _ in range(BODY_LIMIT // 4096 + 2):
            yield b"p" * 4096
        yield b'"}'

    answer = http.post("/v1/login", content=chunks(),
                       headers={"Content-Type": "application/json"})
    assert "content-length" not in answer.request.headers  # really sent chunked
    assert answer.status_code == 413
    assert answer.json()["reason"] == "body_too_large"


def test_a_body_just_under_the_limit_is_read(http: httpx.Client, seeded: Seeded):
    body = b'{"code": "' + b"A" * (BODY_LIMIT - 100) + b'"}'
    answer = http.post("/v1/enrol", content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == 422  # read, then refused by the schema (code too long)


def test_malformed_json_gets_400(http: httpx.Client, seeded: Seeded):
    answer = http.post("/v1/login", content=b'{"username": "a", "password": ',
                       headers={"Content-Type": "application/json"})
    assert answer.status_code == 400
    assert answer.json()["reason"] == "malformed_json"


@pytest.mark.parametrize(("body", "where"), [
    # an unknown field is said to be there, never by its name (the caller's own text)
    ({"username": "a", "password": "b", "remember_me": True}, ["body", "(unknown)"]),
    ({"username": "a"}, ["body", "password"]),
    ({"username": 17, "password": "b"}, ["body", "username"]),
    ({"username": "a", "password": ["b"]}, ["body", "password"]),
    ({"username": "", "password": "b"}, ["body", "username"]),
])
def test_a_body_that_does_not_fit_gets_422_naming_the_field(http: httpx.Client, seeded: Seeded,
                                                            body: dict, where: list):
    answer = http.post("/v1/login", json=body)
    assert answer.status_code == 422
    assert answer.json()["reason"] == "invalid_request"
    assert where in [e["loc"] for e in answer.json()["errors"]]


@pytest.mark.parametrize("content", [b"[]", b'"text"', b"null", b"42", b""])
def test_a_body_that_is_no_object_gets_4xx(http: httpx.Client, seeded: Seeded, content: bytes):
    answer = http.post("/v1/login", content=content,
                       headers={"Content-Type": "application/json"})
    assert answer.status_code in (400, 422)
    assert answer.json()["reason"] in ("invalid_request", "malformed_json")


def test_a_body_of_another_media_type_is_refused(http: httpx.Client, seeded: Seeded):
    answer = http.post("/v1/login", content=b'{"username": "a", "password": "b"}',
                       headers={"Content-Type": "text/plain"})
    assert answer.status_code == 415
    assert answer.json()["reason"] == "unsupported_media_type"


def test_submitted_values_are_not_echoed_in_errors(http: httpx.Client, seeded: Seeded):
    secret = "Geheim 12345 Kalk"
    answer = http.post("/v1/login", json={"username": "a", "password": secret, "x": secret})
    assert answer.status_code == 422
    assert secret not in answer.text


def test_unknown_field_names_are_not_echoed_in_errors(http: httpx.Client, seeded: Seeded):
    """A field name the schema does not know is the caller's own text: the 422 says where
    and that it is unknown, never the name (it may be a client's name or a code)."""
    name = "Zqxmarkerwort Haddad"
    answer = http.post("/v1/enrol", json={"code": "ABCD-EFGH-IJKL", name: 1,
                                          "device_holds_records": True})
    assert answer.status_code == 422
    assert name not in answer.text
    assert {"loc": ["body", "(unknown)"], "msg": "Extra inputs are not permitted",
            "type": "extra_forbidden"} in answer.json()["errors"]


def test_bad_headers_get_4xx(http: httpx.Client, seeded: Seeded):
    answer = http.get("/v1/hello", headers={"Authorization": "Bearer"})
    assert answer.status_code == 401
    bad_query = http.get("/v1/hello", headers={"Authorization": "Bearer odd_x"},
                         params={"protocol_version": "one"})
    assert bad_query.status_code in (401, 422)


def test_unknown_paths_and_methods_get_4xx_with_a_reason(http: httpx.Client):
    missing = http.get("/v1/nothing-here")
    assert missing.status_code == 404 and missing.json()["reason"] == "not_found"
    wrong_method = http.delete("/v1/enrol")
    assert wrong_method.status_code == 405
    assert wrong_method.json()["reason"] == "method_not_allowed"


def test_odd_strings_are_answered_not_stored_broken(http: httpx.Client, seeded: Seeded):
    for username in ("ü" * 100, "a'; DROP TABLE app_user; --", "\ud7ff" * 50, "名前"):
        answer = http.post("/v1/login", json={"username": username, "password": "x"})
        assert answer.status_code == 401, answer.text


@pytest.mark.parametrize("raw", [b'"a\\u0000b"', b'"\\ud800"', b'"x\\udfff"'])
def test_text_no_database_can_store_gets_422(http: httpx.Client, seeded: Seeded, raw: bytes):
    """NUL (PostgreSQL refuses it) and lone surrogates (no UTF-8 form), sent as JSON
    escapes, in any text field."""
    for body in (b'{"username": ' + raw + b', "password": "x"}',
                 b'{"username": "a", "password": ' + raw + b'}'):
        answer = http.post("/v1/login", content=body,
                           headers={"Content-Type": "application/json"})
        assert answer.status_code == 422, answer.text
    answer = http.post("/v1/enrol", content=b'{"code": ' + raw + b'}',
                       headers={"Content-Type": "application/json"})
    assert answer.status_code == 422


# --- found by fuzzing the OpenAPI document (test_fuzz_openapi) ------------------------------
def _device_token(http: httpx.Client, db: Database, settings: Settings, user_id: str) -> str:
    answer = http.post("/v1/enrol", json={"code": enrolment_code(db, settings, user_id)})
    assert answer.status_code == 201, answer.text
    return str(answer.json()["device_token"])


def _session_token(http: httpx.Client, username: str, password: str = PASSWORD) -> str:
    answer = http.post("/v1/login", json={"username": username, "password": password})
    assert answer.status_code == 200, answer.text
    return str(answer.json()["session_token"])


@pytest.mark.parametrize("cursor", ["c:²:0", "c:0:²", "c:٣:0", "d:²:0:", "d:0:²:",
                                    "d:0:٣:", "c:１:0"])
def test_a_cursor_with_digits_of_another_script_gets_400(http: httpx.Client, db: Database,
                                                         settings: Settings, seeded: Seeded,
                                                         cursor: str):
    """``str.isdigit`` takes "²" (``int`` then raised: a 500) and "٣" (read as 3)."""
    headers = auth(_device_token(http, db, settings, seeded.user("caseworker")))
    answer = http.get("/v1/sync/pull", headers=headers, params={"cursor": cursor})
    assert answer.status_code == 400, answer.text
    assert answer.json()["reason"] == "cursor_invalid"


def test_a_cursor_position_past_32_bits_gets_400(http: httpx.Client, db: Database,
                                                 settings: Settings, seeded: Seeded):
    """The position within a commit is a 32-bit column: PostgreSQL refused the query (a
    500) for a position the cursor's 18 digits allowed."""
    headers = auth(_device_token(http, db, settings, seeded.user("caseworker")))
    for cursor in ("c:0:2147483648", "c:1:21474836470", "c:0:999999999999999999"):
        answer = http.get("/v1/sync/pull", headers=headers, params={"cursor": cursor})
        assert answer.status_code == 400, answer.text
        assert answer.json()["reason"] == "cursor_invalid"
    # the end of a download is the largest position there is
    download = http.get("/v1/sync/pull", headers=headers).json()
    assert download["cursor"].endswith(":2147483647")
    assert http.get("/v1/sync/pull", headers=headers,
                    params={"cursor": download["cursor"]}).status_code == 200


@pytest.mark.parametrize("client_time", ["0001-01-01T00:00:00+01:00",
                                         "9999-12-31T23:59:59-01:00"])
def test_a_client_time_utc_cannot_hold_gets_422(http: httpx.Client, db: Database,
                                                settings: Settings, seeded: Seeded,
                                                client_time: str):
    """Converting it to UTC crossed an end of the calendar: OverflowError, a 500."""
    headers = auth(_device_token(http, db, settings, seeded.user("caseworker")))
    by_post = http.post("/v1/hello", headers=headers,
                        json={"protocol_version": 1, "client_time": client_time})
    by_get = http.get("/v1/hello", headers=headers,
                      params={"protocol_version": 1, "client_time": client_time})
    for answer, where in ((by_post, ["body", "client_time"]), (by_get, ["query", "client_time"])):
        assert answer.status_code == 422, answer.text
        assert answer.json()["reason"] == "invalid_request"
        assert where in [e["loc"] for e in answer.json()["errors"]]
    # the ends of the calendar themselves are times like any other
    for edge in ("0001-01-01T00:00:00", "9999-12-31T23:59:59Z", "0001-01-01T01:00:00+01:00"):
        answer = http.get("/v1/hello", headers=headers,
                          params={"protocol_version": 1, "client_time": edge})
        assert answer.status_code == 200, (edge, answer.text)


@pytest.mark.parametrize("password", [
    "Kalk Ehrenfeld Nippes Porz Mülheim Deutz Sülz Lindenthal 2026 Rodenkirchen!",  # 75
    "Vier unverwandte Wörter " * 40,  # 960 characters
    "a" * 100])
def test_a_password_longer_than_the_strength_meter_takes_is_judged_not_a_500(
        http: httpx.Client, seeded: Seeded, password: str):
    """zxcvbn 4.5 refuses more than 72 characters (ValueError); the policy scored 100."""
    weak = len(set(password)) == 1
    admin_headers = auth(_session_token(http, "admin1"))
    created = http.post("/v1/admin/users", headers=admin_headers, json={
        "username": "langes.passwort", "role": "caseworker", "password": password})
    assert created.status_code == (422 if weak else 201), created.text
    if weak:
        assert created.json()["reason"] == "password_too_weak"
    changed = http.post("/v1/password", headers=auth(_session_token(http, "supervisor1")),
                        json={"current_password": PASSWORD, "new_password": password})
    assert changed.status_code == (422 if weak else 204), changed.text
    if not weak:
        assert _session_token(http, "supervisor1", password)


def test_figures_count_odd_json_in_list_fields(http: httpx.Client, db: Database,
                                               settings: Settings):
    """A push checks only that a JSON field is JSON; the figures iterated target groups
    and topics as lists of strings (TypeError on a number or an object: a 500)."""
    world = make_world(db, settings, http)
    odd: list[object] = [7, {"a": "b"}, "text", [{"group": 1}, ["x"], "refugees", 3]]
    for value in odd:
        client_id = new_id()
        results = push(http, world["cw"],
                       insert("client", client_fields(target_groups=value), client_id),
                       insert("case_file", case_fields(client_id)),
                       insert("contact", contact_fields(client_id, topics=value)))
        assert [r["status"] for r in results] == ["applied"] * 3
    for _ in range(5):  # and five ordinary ones, so a count is shown
        client_id = new_id()
        push(http, world["cw"],
             insert("client", client_fields(target_groups=["refugees"]), client_id),
             insert("case_file", case_fields(client_id)),
             insert("contact", contact_fields(client_id, topics=["housing"])))
    answer = http.get("/v1/figures", headers=session_of(world["sup"]).headers,
                      params={"start": "2026-01-01", "end": "2026-12-31"})
    assert answer.status_code == 200, answer.text
    figures = answer.json()
    assert figures["active_clients"]["count"] == 9
    groups = {g["key"]: g["count"] for g in figures["active_clients_by_target_group"]}
    assert groups["refugees"] == 6  # the plain values of a list count, nothing else does
    assert set(groups) == {"refugees", None}  # the one "3" is a small cell: folded, no key


def test_times_in_answers_carry_their_offset(http: httpx.Client, db: Database,
                                             settings: Settings):
    """The document says date-time (RFC 3339: with an offset); records and devices were
    sent as naive times."""
    world = make_world(db, settings, http)
    client_id, contact_id = new_id(), new_id()
    push(http, world["cw"], insert("client", client_fields(), client_id),
         insert("contact", contact_fields(client_id), contact_id))
    supervisor = session_of(world["sup"]).headers
    review = http.post("/v1/reviews", headers=supervisor, json={
        "client_id": client_id, "record_table": "contact", "record_id": contact_id,
        "record_rev": 1, "kind": "approve"})
    assert review.status_code == 201, review.text
    listed = http.get("/v1/reviews", headers=supervisor).json()
    devices = http.get("/v1/admin/devices", headers=session_of(world["adm"]).headers).json()
    revoked = http.post(f"/v1/admin/devices/{devices[0]['id']}/revoke",
                        headers=session_of(world["adm"]).headers).json()
    times = [review.json()["created_at"], listed[0]["created_at"], revoked["revoked_at"],
             *(d["enrolled_at"] for d in devices), *(d["last_seen_at"] for d in devices)]
    for text in times:
        moment = datetime.fromisoformat(text)
        assert moment.utcoffset() == timedelta(0), text
