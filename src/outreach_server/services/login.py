"""Signing in with a password, changing it, signing out.

Password hashing takes a noticeable fraction of a second on purpose, so it runs outside
any database transaction (on SQLite a write transaction would hold the whole database).
Failed attempts are counted per user name and per client address (``throttle``);
a name that does not exist is counted and timed like one that does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from outreach_server.db import Database
from outreach_server.models import LoginSession, User
from outreach_server.security.passwords import hash_password, needs_rehash, verify_password
from outreach_server.security.tokens import new_session_token, token_hash
from outreach_server.services import audit, throttle
from outreach_server.services.admin import (
    check_password_policy,
    normalise_username,
    store_password,
)
from outreach_server.services.audit import Actor
from outreach_server.services.auth import Principal
from outreach_server.services.errors import InvalidInput, Unauthenticated
from outreach_server.settings import Settings, ThrottleRule


@dataclass(frozen=True)
class SignedIn:
    token: str
    expires_at: datetime
    user_id: str
    role: str
    must_change_password: bool


def _keys(settings: Settings, username: str, address: str | None,
          ) -> list[tuple[str, ThrottleRule]]:
    return [(throttle.user_key(username), settings.throttle_user),
            (throttle.address_key(address), settings.throttle_address)]


def _verify_throttled(db: Database, settings: Settings, username: str, password: str,
                      address: str | None, action: str) -> User | None:
    """The user if ``password`` is theirs; else counts the failure and returns None.
    Raises ``Throttled`` while the name or the address must wait."""
    keys = _keys(settings, username, address)
    with db.read() as session:
        throttle.check(session, keys, settings.now())
        user = session.scalar(select(User).where(User.username == normalise_username(username)))
    ok = verify_password(password, user.password_hash if user else None, settings.password_cost)
    if ok and user is not None and user.disabled_at is None:
        return user
    with db.write() as session:
        throttle.record_failure(session, keys, settings.now())
        audit.record(session, Actor.anonymous(address), action + "_failed",
                     table="app_user" if user else None, row_id=user.id if user else None)
    return None


def sign_in(db: Database, settings: Settings, username: str, password: str,
            address: str | None) -> SignedIn:
    user = _verify_throttled(db, settings, username, password, address, "login")
    if user is None:
        raise Unauthenticated("wrong user name or password", "bad_credentials")
    assert user.password_hash is not None
    rehashed = (hash_password(password, settings.password_cost)
                if needs_rehash(user.password_hash, settings.password_cost) else None)
    token, now = new_session_token(), settings.now()
    with db.write() as session:
        throttle.clear(session, throttle.user_key(username))
        login = LoginSession(user_id=user.id, token_hash=token_hash(token), created_at=now,
                             expires_at=now + settings.session_lifetime)
        session.add(login)
        if rehashed is not None:
            stored = session.get(User, user.id)
            if stored is not None and stored.password_hash == user.password_hash:
                stored.password_hash = rehashed
        session.flush()
        audit.record(session, Actor(kind="user", user_id=user.id, address=address), "login",
                     table="login_session", row_id=login.id)
    return SignedIn(token, login.expires_at, user.id, user.role, user.must_change_password)


def change_password(db: Database, settings: Settings, principal: Principal,
                    current_password: str, new_password: str, address: str | None) -> None:
    """Replace the caller's password; the current one must be given (and is throttled
    like a sign-in). Every other session of the user ends."""
    with db.read() as session:
        user = session.get(User, principal.user_id)
        if user is None:
            raise Unauthenticated("unknown user")
        username = user.username
    if _verify_throttled(db, settings, username, current_password, address,
                         "password_change") is None:
        raise Unauthenticated("the current password is wrong", "bad_credentials")
    if new_password == current_password:
        raise InvalidInput("the new password is the current one", "password_unchanged")
    check_password_policy(new_password)
    new_hash = hash_password(new_password, settings.password_cost)
    with db.write() as session:
        user = session.get(User, principal.user_id)
        assert user is not None
        store_password(session, settings, user, new_hash, must_change=False,
                       keep_session_id=principal.session_id)
        audit.record(session, principal.actor(address), "user.password_change",
                     table="app_user", row_id=user.id)


def sign_out(db: Database, settings: Settings, principal: Principal,
             address: str | None) -> None:
    if principal.session_id is None:
        raise InvalidInput("only a login session can sign out; a device is revoked instead",
                           "not_a_session")
    with db.write() as session:
        login = session.get(LoginSession, principal.session_id)
        if login is not None and login.ended_at is None:
            login.ended_at = settings.now()
        audit.record(session, principal.actor(address), "logout", table="login_session",
                     row_id=principal.session_id)
