"""Enrolment: a one-time code becomes a device token; the server keeps only hashes."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from outreach_server.db import Database
from outreach_server.models import AuditEvent, Device, EnrolmentCode
from outreach_server.security.tokens import token_hash
from outreach_server.settings import Settings
from server.server_helpers import Clock, Seeded, enrolment_code


def _enrol(http: httpx.Client, code: str, name: str = "Laptop Kalk 3") -> httpx.Response:
    return http.post("/v1/enrol", json={"code": code, "device_name": name})


def test_a_code_enrols_a_device_and_its_token_authenticates(
        http: httpx.Client, db: Database, settings: Settings, seeded: Seeded):
    code = enrolment_code(db, settings, seeded.user("caseworker"))
    answer = _enrol(http, code)
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["user_id"] == seeded.user("caseworker")
    assert body["organisation_id"] == seeded.organisation_id
    assert body["role"] == "caseworker"
    token = body["device_token"]
    assert token.startswith("odd_") and len(token) >= 4 + 43  # 256 bits in base64url
    me = http.get("/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200
    assert me.json()["device_id"] == body["device_id"]
    with db.read() as session:
        device = session.get(Device, body["device_id"])
        assert device is not None and device.name == "Laptop Kalk 3"
        assert device.token_hash == token_hash(token)
        actions = session.scalars(select(AuditEvent.action)).all()
    assert "device.enrol" in actions


def test_a_code_works_once(http: httpx.Client, db: Database, settings: Settings,
                           seeded: Seeded):
    code = enrolment_code(db, settings, seeded.user("caseworker"))
    assert _enrol(http, code).status_code == 201
    again = _enrol(http, code)
    assert again.status_code == 401
    assert again.json()["reason"] == "code_used"
    assert again.json().get("wipe", False) is False
    with db.read() as session:
        assert len(session.scalars(select(Device)).all()) == 1


def test_an_expired_code_is_refused(http: httpx.Client, db: Database, settings: Settings,
                                    seeded: Seeded, clock: Clock):
    code = enrolment_code(db, settings, seeded.user("caseworker"))
    clock.advance(hours=72, seconds=1)
    answer = _enrol(http, code)
    assert answer.status_code == 401
    assert answer.json()["reason"] == "code_expired"


def test_a_code_is_valid_for_its_lifetime(http: httpx.Client, db: Database,
                                          settings: Settings, seeded: Seeded, clock: Clock):
    code = enrolment_code(db, settings, seeded.user("caseworker"))
    clock.advance(hours=71, minutes=59)
    assert _enrol(http, code).status_code == 201


def test_an_unknown_code_is_refused(http: httpx.Client, seeded: Seeded):
    answer = _enrol(http, "AAAA-BBBB-CCCC")
    assert answer.status_code == 401
    assert answer.json()["reason"] == "code_unknown"


def test_a_code_typed_loosely_still_works(http: httpx.Client, db: Database,
                                          settings: Settings, seeded: Seeded):
    code = enrolment_code(db, settings, seeded.user("caseworker"))
    typed = code.replace("-", " ").lower().replace("0", "o").replace("1", "l")
    assert _enrol(http, typed).status_code == 201


def test_guessing_codes_is_slowed_per_address(http: httpx.Client, db: Database,
                                             settings: Settings, seeded: Seeded,
                                             clock: Clock):
    code = enrolment_code(db, settings, seeded.user("caseworker"))
    for i in range(settings.throttle_address.free_failures):
        assert _enrol(http, f"AAAA-BBBB-{i:04d}").json()["reason"] == "code_unknown"
    _enrol(http, "AAAA-BBBB-ZZZZ")
    blocked = _enrol(http, code)  # even the right code waits
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) >= 1
    clock.advance(seconds=int(blocked.headers["Retry-After"]))
    assert _enrol(http, code).status_code == 201


@pytest.mark.sqlite_only
def test_the_server_keeps_no_code_or_token_in_clear(
        http: httpx.Client, db: Database, settings: Settings, seeded: Seeded,
        server_dir: Path):
    code = enrolment_code(db, settings, seeded.user("caseworker"))
    token = _enrol(http, code).json()["device_token"]
    with db.read() as session:
        stored = session.scalars(select(EnrolmentCode)).one()
        assert stored.used_at is not None and stored.device_id is not None
    db.dispose()
    on_disk = b"".join(p.read_bytes() for p in server_dir.iterdir())
    assert token.encode() not in on_disk
    assert token.removeprefix("odd_").encode() not in on_disk
    assert code.encode() not in on_disk
    assert code.replace("-", "").encode() not in on_disk


def test_a_code_for_a_disabled_user_is_refused(http: httpx.Client, db: Database,
                                               settings: Settings, seeded: Seeded,
                                               clock: Clock):
    from outreach_server.models import User

    code = enrolment_code(db, settings, seeded.user("caseworker"))
    with db.write() as session:
        user = session.get(User, seeded.user("caseworker"))
        assert user is not None
        user.disabled_at = clock.now()
    answer = _enrol(http, code)
    assert answer.status_code == 401
    assert answer.json()["reason"] == "user_disabled"
