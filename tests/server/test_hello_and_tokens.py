"""Hello and bearer tokens: protocol version, clock skew, and the answers to a revoked,
an unknown, a missing or a wrong kind of token."""

from __future__ import annotations

from datetime import UTC, timedelta

import httpx
import pytest

from outreach_desktop.core.sync.protocol import MIN_PROTOCOL_VERSION, PROTOCOL_VERSION
from outreach_server.api.routes.hello import upgrade_required
from outreach_server.db import Database
from outreach_server.services import admin
from outreach_server.services.audit import Actor
from outreach_server.settings import Settings
from server.server_helpers import PASSWORD, Clock, Seeded, enrolment_code


@pytest.fixture
def device(http: httpx.Client, db: Database, settings: Settings, seeded: Seeded) -> dict:
    code = enrolment_code(db, settings, seeded.user("caseworker"))
    return http.post("/v1/enrol", json={"code": code}).json()


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_hello_tells_the_protocol_and_the_clock_skew(http: httpx.Client, device: dict,
                                                     clock: Clock):
    client_time = (clock.now() - timedelta(seconds=90)).replace(tzinfo=UTC)
    answer = http.post("/v1/hello", headers=_auth(device["device_token"]),
                       json={"protocol_version": PROTOCOL_VERSION,
                             "client_time": client_time.isoformat(), "app_version": "0.1.0"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["protocol_version"] == PROTOCOL_VERSION
    assert body["min_protocol_version"] == MIN_PROTOCOL_VERSION
    assert body["upgrade_required"] is False
    assert body["wipe"] is False
    assert body["clock_skew_seconds"] == 90.0  # the device's clock is 90 s behind
    assert body["device_id"] == device["device_id"]
    assert body["role"] == "caseworker"


def test_hello_by_get_takes_query_parameters(http: httpx.Client, device: dict, clock: Clock):
    ahead = (clock.now() + timedelta(minutes=5)).isoformat() + "+00:00"
    answer = http.get("/v1/hello", headers=_auth(device["device_token"]),
                      params={"protocol_version": PROTOCOL_VERSION, "client_time": ahead})
    assert answer.status_code == 200, answer.text
    assert answer.json()["clock_skew_seconds"] == -300.0
    without_clock = http.get("/v1/hello", headers=_auth(device["device_token"]),
                             params={"protocol_version": PROTOCOL_VERSION})
    assert without_clock.json()["clock_skew_seconds"] is None


def test_a_client_clock_in_another_zone_is_compared_in_utc(http: httpx.Client, device: dict,
                                                           clock: Clock):
    berlin = (clock.now() + timedelta(hours=1)).isoformat() + "+01:00"
    answer = http.post("/v1/hello", headers=_auth(device["device_token"]),
                       json={"protocol_version": PROTOCOL_VERSION, "client_time": berlin})
    assert answer.json()["clock_skew_seconds"] == 0.0


def test_an_older_protocol_than_served_must_upgrade():
    assert upgrade_required(1, min_version=2)
    assert not upgrade_required(2, min_version=2)
    assert not upgrade_required(3, min_version=2)  # newer devices decide for themselves


def test_hello_without_a_protocol_version_is_refused(http: httpx.Client, device: dict):
    answer = http.post("/v1/hello", headers=_auth(device["device_token"]), json={})
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["body", "protocol_version"]


def test_a_revoked_device_is_told_to_wipe(http: httpx.Client, device: dict, db: Database,
                                          settings: Settings):
    with db.write() as session:
        admin.revoke_device(session, Actor.command_line(), settings, device["device_id"])
    for call in (lambda h: http.post("/v1/hello", headers=h, json={"protocol_version": 1}),
                 lambda h: http.get("/v1/hello", headers=h, params={"protocol_version": 1}),
                 lambda h: http.get("/v1/me", headers=h)):
        answer = call(_auth(device["device_token"]))
        assert answer.status_code == 401
        assert answer.json()["wipe"] is True
        assert answer.json()["reason"] == "device_revoked"
        assert answer.headers["WWW-Authenticate"].startswith("Bearer")


def test_an_unknown_token_gets_401_without_wipe(http: httpx.Client, device: dict):
    forged = "odd_" + "A" * 43
    for token in (forged, "ods_" + "B" * 43, "not-a-token-at-all"):
        answer = http.post("/v1/hello", headers=_auth(token), json={"protocol_version": 1})
        assert answer.status_code == 401
        assert answer.json().get("wipe", False) is False
        assert answer.json()["reason"] == "unauthenticated"


def test_no_token_gets_401(http: httpx.Client, seeded: Seeded):
    answer = http.post("/v1/hello", json={"protocol_version": 1})
    assert answer.status_code == 401
    assert answer.json()["reason"] == "missing_token"
    basic = http.get("/v1/me", headers={"Authorization": "Basic YTpi"})
    assert basic.status_code == 401


def test_hello_is_for_devices_not_login_sessions(http: httpx.Client, seeded: Seeded):
    session = http.post("/v1/login", json={"username": "supervisor1", "password": PASSWORD})
    token = session.json()["session_token"]
    answer = http.post("/v1/hello", headers=_auth(token), json={"protocol_version": 1})
    assert answer.status_code == 403
    assert answer.json()["reason"] == "device_required"


def test_a_revoked_device_does_not_affect_another(http: httpx.Client, device: dict,
                                                  db: Database, settings: Settings,
                                                  seeded: Seeded):
    second = http.post("/v1/enrol", json={
        "code": enrolment_code(db, settings, seeded.user("caseworker"))}).json()
    with db.write() as session:
        admin.revoke_device(session, Actor.command_line(), settings, device["device_id"])
    answer = http.post("/v1/hello", headers=_auth(second["device_token"]),
                       json={"protocol_version": 1})
    assert answer.status_code == 200
