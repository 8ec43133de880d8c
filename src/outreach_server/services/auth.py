"""Who is calling: a bearer token is a device token (``odd_…``) or a login session token
(``ods_…``); the server finds it by its SHA-256 hash.

An unknown token is answered 401. A revoked device is answered 401 with a wipe
instruction (``DeviceRevoked``): only the holder of that device's token can learn it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from outreach_desktop.core.sync.protocol import DEVICE_TOKEN_PREFIX, SESSION_TOKEN_PREFIX
from outreach_server.db import Database
from outreach_server.models import Device, LoginSession, User
from outreach_server.security.tokens import token_hash
from outreach_server.services.audit import Actor
from outreach_server.services.errors import DeviceRevoked, Unauthenticated
from outreach_server.settings import Settings

#: how stale ``device.last_seen_at`` may get before a request writes it again
LAST_SEEN_RESOLUTION = timedelta(minutes=5)


@dataclass(frozen=True)
class Principal:
    """An authenticated caller: the user, and the device or login session it came by."""

    user_id: str
    organisation_id: str
    team_id: str | None
    role: str
    device_id: str | None = None
    session_id: str | None = None
    must_change_password: bool = False

    def actor(self, address: str | None) -> Actor:
        return Actor(kind="device" if self.device_id else "user", user_id=self.user_id,
                     device_id=self.device_id, address=address)


def authenticate(db: Database, settings: Settings, token: str) -> Principal:
    if token.startswith(DEVICE_TOKEN_PREFIX):
        return _device(db, settings, token)
    if token.startswith(SESSION_TOKEN_PREFIX):
        return _session(db, settings, token)
    raise Unauthenticated("unknown token")


def _device(db: Database, settings: Settings, token: str) -> Principal:
    now = settings.now()
    with db.read() as session:
        found = session.execute(
            select(Device, User).join(User, Device.user_id == User.id)
            .where(Device.token_hash == token_hash(token))).first()
        if found is None:
            raise Unauthenticated("unknown token")
        device, user = found
        if device.revoked_at is not None:
            raise DeviceRevoked()
        if user.disabled_at is not None:
            raise Unauthenticated("the user is disabled", "user_disabled")
        principal = Principal(user.id, user.organisation_id, user.team_id, user.role,
                              device_id=device.id)
        stale = device.last_seen_at is None or now - device.last_seen_at > LAST_SEEN_RESOLUTION
    if stale:
        with db.write() as session:
            seen = session.get(Device, principal.device_id)
            if seen is not None:
                seen.last_seen_at = now
    return principal


def _session(db: Database, settings: Settings, token: str) -> Principal:
    with db.read() as session:
        found = session.execute(
            select(LoginSession, User).join(User, LoginSession.user_id == User.id)
            .where(LoginSession.token_hash == token_hash(token))).first()
        if found is None:
            raise Unauthenticated("unknown token")
        login, user = found
        if login.ended_at is not None or login.expires_at <= settings.now():
            raise Unauthenticated("the session has ended: sign in again", "session_ended")
        if user.disabled_at is not None:
            raise Unauthenticated("the user is disabled", "user_disabled")
        return Principal(user.id, user.organisation_id, user.team_id, user.role,
                         session_id=login.id, must_change_password=user.must_change_password)
