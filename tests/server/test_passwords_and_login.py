"""Passwords: Argon2id hashes that verify and reject; signing in, slowed after failures
per user name and per address; temporary passwords that must be changed."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from outreach_server.db import Database
from outreach_server.models import AuditEvent, User
from outreach_server.security.passwords import hash_password, needs_rehash, verify_password
from outreach_server.services import admin
from outreach_server.services.audit import Actor
from outreach_server.settings import PasswordCost, Settings
from server.server_helpers import CHEAP, PASSWORD, Clock, Seeded, live_server


def test_a_password_hash_verifies_the_password_and_rejects_others():
    stored = hash_password(PASSWORD, CHEAP)
    assert stored.startswith("$argon2id$v=19$m=1024,t=1,p=1$")
    assert PASSWORD not in stored
    assert verify_password(PASSWORD, stored, CHEAP)
    assert not verify_password(PASSWORD + " ", stored, CHEAP)
    assert not verify_password("kalk ehrenfeld nippes 2026!", stored, CHEAP)
    assert not verify_password("", stored, CHEAP)


def test_the_same_password_hashes_differently_each_time():
    assert hash_password(PASSWORD, CHEAP) != hash_password(PASSWORD, CHEAP)


def test_no_stored_hash_never_verifies():
    assert not verify_password("no password is set", None, CHEAP)
    assert not verify_password(PASSWORD, "garbage", CHEAP)


def test_a_hash_of_another_cost_still_verifies_and_asks_for_a_rehash():
    old = hash_password(PASSWORD, PasswordCost(memory_kib=2048, iterations=2, lanes=1))
    assert verify_password(PASSWORD, old, CHEAP)
    assert needs_rehash(old, CHEAP)
    assert not needs_rehash(hash_password(PASSWORD, CHEAP), CHEAP)


def _login(http: httpx.Client, username: str, password: str) -> httpx.Response:
    return http.post("/v1/login", json={"username": username, "password": password})


def test_signing_in_gives_a_session(http: httpx.Client, seeded: Seeded):
    answer = _login(http, "Supervisor1", PASSWORD)  # user names ignore case
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["session_token"].startswith("ods_")
    assert body["role"] == "supervisor" and body["must_change_password"] is False
    assert body["expires_at"] == "2026-03-02T17:00:00Z"  # 8 hours, in UTC
    me = http.get("/v1/me", headers={"Authorization": f"Bearer {body['session_token']}"})
    assert me.json()["user_id"] == seeded.user("supervisor")
    assert me.json()["device_id"] is None


def test_a_wrong_password_and_an_unknown_user_get_the_same_answer(http: httpx.Client,
                                                                   seeded: Seeded):
    wrong = _login(http, "supervisor1", "Not The Password 2026")
    unknown = _login(http, "nobody", PASSWORD)
    for answer in (wrong, unknown):
        assert answer.status_code == 401
        assert answer.json()["reason"] == "bad_credentials"
        assert answer.json()["detail"] == "wrong user name or password"


def test_failed_sign_ins_are_slowed_per_user(http: httpx.Client, seeded: Seeded,
                                             settings: Settings, clock: Clock):
    rule = settings.throttle_user
    for _ in range(rule.free_failures):
        assert _login(http, "caseworker1", "wrong password 1").status_code == 401
    # the next failure starts the wait; during it even the right password waits
    assert _login(http, "caseworker1", "wrong password 2").status_code == 401
    blocked = _login(http, "caseworker1", PASSWORD)
    assert blocked.status_code == 429
    assert blocked.json()["reason"] == "too_many_attempts"
    assert blocked.headers["Retry-After"] == "2"
    clock.advance(seconds=1)
    assert _login(http, "caseworker1", PASSWORD).status_code == 429
    clock.advance(seconds=1)
    assert _login(http, "caseworker1", "wrong password 3").status_code == 401
    # each further failure doubles the wait
    assert _login(http, "caseworker1", PASSWORD).headers["Retry-After"] == "4"
    clock.advance(seconds=4)
    assert _login(http, "caseworker1", PASSWORD).status_code == 200
    # a success clears the user's count: other users were never affected
    assert _login(http, "supervisor1", PASSWORD).status_code == 200


def test_failed_sign_ins_are_slowed_per_address_across_user_names(
        http: httpx.Client, seeded: Seeded, settings: Settings):
    for i in range(settings.throttle_address.free_failures + 1):
        assert _login(http, f"guess{i}", "wrong password").status_code == 401
    blocked = _login(http, "supervisor1", PASSWORD)
    assert blocked.status_code == 429


def test_the_slowdown_is_shared_by_every_worker(settings: Settings, db: Database,
                                                seeded: Seeded):
    """Two servers on one database (two workers behind a load balancer) count together."""
    with live_server(settings, db) as first, live_server(settings, db) as second, \
            httpx.Client(base_url=first) as a, httpx.Client(base_url=second) as b:
        for i in range(settings.throttle_user.free_failures + 1):
            assert _login(a if i % 2 else b, "caseworker1", "wrong").status_code == 401
        assert _login(a, "caseworker1", PASSWORD).status_code == 429
        assert _login(b, "caseworker1", PASSWORD).status_code == 429


@pytest.mark.sqlite_only
def test_failed_sign_ins_are_audited_without_the_password(http: httpx.Client, seeded: Seeded,
                                                          db: Database, server_dir: Path):
    secret = "Mein geheimes Passwort 4711"
    _login(http, "caseworker1", secret)
    with db.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "login_failed")
                                 ).all()
    assert [e.row_id for e in events] == [seeded.user("caseworker")]
    db.dispose()
    on_disk = b"".join(p.read_bytes() for p in server_dir.iterdir())
    assert secret.encode() not in on_disk


def test_a_reset_password_must_be_changed_before_anything_else(
        http: httpx.Client, db: Database, settings: Settings, seeded: Seeded):
    with db.write() as session:
        user = admin.find_user(session, "caseworker1")
        temporary = admin.reset_password(session, Actor.command_line(), settings, user)
    assert _login(http, "caseworker1", PASSWORD).status_code == 401  # the old one is gone
    signed_in = _login(http, "caseworker1", temporary).json()
    assert signed_in["must_change_password"] is True
    auth = {"Authorization": f"Bearer {signed_in['session_token']}"}
    refused = http.get("/v1/me", headers=auth)
    assert refused.status_code == 403
    assert refused.json()["reason"] == "password_change_required"
    weak = http.post("/v1/password", headers=auth,
                     json={"current_password": temporary, "new_password": "password"})
    assert weak.status_code == 422
    assert weak.json()["reason"] in ("password_too_short", "password_too_weak")
    new = "Ehrenfeld Kalk Porz 2027!"
    changed = http.post("/v1/password", headers=auth,
                        json={"current_password": temporary, "new_password": new})
    assert changed.status_code == 204, changed.text
    assert http.get("/v1/me", headers=auth).status_code == 200  # this session goes on
    assert _login(http, "caseworker1", temporary).status_code == 401
    assert _login(http, "caseworker1", new).status_code == 200


def test_changing_the_password_ends_the_other_sessions(http: httpx.Client, seeded: Seeded):
    first = _login(http, "supervisor1", PASSWORD).json()["session_token"]
    second = _login(http, "supervisor1", PASSWORD).json()["session_token"]
    changed = http.post("/v1/password", headers={"Authorization": f"Bearer {second}"},
                        json={"current_password": PASSWORD,
                              "new_password": "Nippes Chorweiler Mülheim 9"})
    assert changed.status_code == 204
    ended = http.get("/v1/me", headers={"Authorization": f"Bearer {first}"})
    assert ended.status_code == 401 and ended.json()["reason"] == "session_ended"


def test_a_wrong_current_password_does_not_change_it(http: httpx.Client, seeded: Seeded):
    token = _login(http, "supervisor1", PASSWORD).json()["session_token"]
    answer = http.post("/v1/password", headers={"Authorization": f"Bearer {token}"},
                       json={"current_password": "wrong", "new_password": "Porz Kalk Lind 77"})
    assert answer.status_code == 401
    assert _login(http, "supervisor1", PASSWORD).status_code == 200


def test_signing_out_ends_the_session(http: httpx.Client, seeded: Seeded):
    token = _login(http, "admin1", PASSWORD).json()["session_token"]
    auth = {"Authorization": f"Bearer {token}"}
    assert http.post("/v1/logout", headers=auth).status_code == 204
    assert http.get("/v1/me", headers=auth).status_code == 401


def test_a_session_expires(http: httpx.Client, seeded: Seeded, clock: Clock,
                           settings: Settings):
    token = _login(http, "admin1", PASSWORD).json()["session_token"]
    clock.advance(seconds=settings.session_lifetime.total_seconds() + 1)
    answer = http.get("/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 401 and answer.json()["reason"] == "session_ended"


def test_a_stored_hash_of_an_old_cost_is_replaced_at_sign_in(http: httpx.Client, db: Database,
                                                             seeded: Seeded):
    old = hash_password(PASSWORD, PasswordCost(memory_kib=2048, iterations=2, lanes=1))
    with db.write() as session:
        user = session.get(User, seeded.user("admin"))
        assert user is not None
        user.password_hash = old
    assert _login(http, "admin1", PASSWORD).status_code == 200
    with db.read() as session:
        user = session.get(User, seeded.user("admin"))
        assert user is not None and user.password_hash != old
        assert user.password_hash is not None and not needs_rehash(user.password_hash, CHEAP)


@pytest.mark.parametrize("password", ["short", "password1234"])
def test_weak_passwords_are_refused_by_the_admin_service(db: Database, settings: Settings,
                                                         seeded: Seeded, password: str):
    from outreach_server.services.errors import InvalidInput

    with db.write() as session, pytest.raises(InvalidInput):
        admin.set_password(session, Actor.command_line(), settings,
                           admin.find_user(session, "admin1"), password)
