"""Administration: organisations, teams, users and their roles, passwords, enrolment codes
and devices. Used by ``outreach-server admin`` (and later the admin endpoints); every
change is audited in its transaction."""

from __future__ import annotations

import re
import secrets
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from outreach_desktop.core.errors import PassphraseTooWeak
from outreach_desktop.core.passphrase_policy import check_passphrase
from outreach_desktop.core.storage.models import utcnow
from outreach_server.models import (
    ROLES,
    Device,
    EnrolmentCode,
    LoginSession,
    Organisation,
    Team,
    User,
)
from outreach_server.security.passwords import hash_password
from outreach_server.security.tokens import enrolment_code_hash, new_enrolment_code
from outreach_server.services import audit
from outreach_server.services.audit import Actor
from outreach_server.services.caseload import publish_reference
from outreach_server.services.errors import AlreadyExists, InvalidInput, NotFound
from outreach_server.settings import Settings

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,99}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _name(value: str, what: str, limit: int = 200) -> str:
    value = " ".join(value.split())
    if not value:
        raise InvalidInput(f"{what} must not be empty", "empty_name")
    if len(value) > limit:
        raise InvalidInput(f"{what} is longer than {limit} characters", "name_too_long")
    return value


# --- organisations and teams ----------------------------------------------------------------
def create_organisation(session: Session, actor: Actor, name: str,
                        short_name: str | None = None) -> Organisation:
    name = _name(name, "the organisation's name")
    if session.scalar(select(Organisation).where(Organisation.name == name)) is not None:
        raise AlreadyExists("an organisation of that name exists")
    org = Organisation(name=name, short_name=_name(short_name, "the short name", 50)
                       if short_name else None)
    session.add(org)
    session.flush()
    audit.record(session, actor, "organisation.create", table="organisation", row_id=org.id)
    _publish(session, actor, "organisation", org.id, {"name": org.name,
                                                      "short_name": org.short_name}, org.id)
    return org


def _publish(session: Session, actor: Actor, table: str, row_id: str,
             fields: dict[str, object], organisation_id: str) -> None:
    """Organisations and teams reach devices as reference data, by pull."""
    publish_reference(session, actor, utcnow(), table, row_id, fields, organisation_id)


def find_organisation(session: Session, ref: str) -> Organisation:
    """An organisation by id or by exact name."""
    org = session.get(Organisation, ref) if _UUID.match(ref) else None
    org = org or session.scalar(select(Organisation).where(Organisation.name == ref.strip()))
    if org is None:
        raise NotFound("no such organisation")
    return org


def list_organisations(session: Session) -> list[Organisation]:
    return list(session.scalars(select(Organisation).order_by(Organisation.name)))


def create_team(session: Session, actor: Actor, organisation: Organisation, name: str) -> Team:
    name = _name(name, "the team's name")
    if find_team_or_none(session, organisation, name) is not None:
        raise AlreadyExists("that organisation has a team of that name")
    team = Team(organisation_id=organisation.id, name=name)
    session.add(team)
    session.flush()
    audit.record(session, actor, "team.create", table="team", row_id=team.id,
                 detail={"organisation_id": organisation.id})
    _publish(session, actor, "team", team.id, {"organisation_id": organisation.id,
                                               "name": team.name}, organisation.id)
    return team


def find_team_or_none(session: Session, organisation: Organisation, ref: str) -> Team | None:
    query = select(Team).where(Team.organisation_id == organisation.id)
    if _UUID.match(ref):
        return session.scalar(query.where(Team.id == ref))
    return session.scalar(query.where(Team.name == ref.strip()))


def find_team(session: Session, organisation: Organisation, ref: str) -> Team:
    team = find_team_or_none(session, organisation, ref)
    if team is None:
        raise NotFound("that organisation has no such team")
    return team


def list_teams(session: Session, organisation: Organisation | None = None) -> list[Team]:
    query = select(Team).order_by(Team.organisation_id, Team.name)
    if organisation is not None:
        query = query.where(Team.organisation_id == organisation.id)
    return list(session.scalars(query))


# --- users and passwords --------------------------------------------------------------------
def normalise_username(username: str) -> str:
    return username.strip().casefold()


def create_user(session: Session, actor: Actor, settings: Settings, *, username: str,
                role: str, organisation: Organisation, team: Team | None = None,
                display_name: str = "", password: str | None = None) -> User:
    username = normalise_username(username)
    if not _USERNAME.match(username):
        raise InvalidInput("a user name is 2–100 characters: letters a–z, digits and . _ @ -, "
                           "starting with a letter or digit", "bad_username")
    if role not in ROLES:
        raise InvalidInput(f"the role must be one of {', '.join(ROLES)}", "bad_role")
    if team is not None and team.organisation_id != organisation.id:
        raise InvalidInput("the team belongs to another organisation", "team_elsewhere")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise AlreadyExists("a user of that name exists")
    user = User(username=username, role=role, organisation_id=organisation.id,
                team_id=team.id if team else None,
                display_name=_name(display_name, "the display name") if display_name else "")
    session.add(user)
    session.flush()
    audit.record(session, actor, "user.create", table="app_user", row_id=user.id,
                 detail={"role": role, "organisation_id": organisation.id,
                         "team_id": user.team_id})
    if password is not None:
        set_password(session, actor, settings, user, password)
    return user


def find_user(session: Session, ref: str) -> User:
    """A user by id or user name."""
    user = session.get(User, ref) if _UUID.match(ref) else None
    user = user or session.scalar(select(User).where(User.username == normalise_username(ref)))
    if user is None:
        raise NotFound("no such user")
    return user


def list_users(session: Session, organisation: Organisation | None = None) -> list[User]:
    query = select(User).order_by(User.username)
    if organisation is not None:
        query = query.where(User.organisation_id == organisation.id)
    return list(session.scalars(query))


def check_password_policy(password: str) -> None:
    try:
        check_passphrase(password)
    except PassphraseTooWeak as exc:
        raise InvalidInput(
            "the password is too short (at least 10 characters)" if exc.reason == "too_short"
            else "the password is too easy to guess: use a few unrelated words",
            f"password_{exc.reason}") from exc


def store_password(session: Session, settings: Settings, user: User, password_hash: str,
                   *, must_change: bool, keep_session_id: str | None = None) -> None:
    """Store a new password hash; every session signed in with the old password ends
    (except ``keep_session_id``, the one changing it)."""
    user.password_hash = password_hash
    user.password_changed_at = settings.now()
    user.must_change_password = must_change
    session.execute(update(LoginSession).where(LoginSession.user_id == user.id)
                    .where(LoginSession.ended_at.is_(None))
                    .where(LoginSession.id != (keep_session_id or ""))
                    .values(ended_at=settings.now()))


def set_password(session: Session, actor: Actor, settings: Settings, user: User,
                 password: str) -> None:
    """Set a password chosen by a person (checked against the policy)."""
    check_password_policy(password)
    store_password(session, settings, user, hash_password(password, settings.password_cost),
                   must_change=False)
    audit.record(session, actor, "user.password_set", table="app_user", row_id=user.id)


def reset_password(session: Session, actor: Actor, settings: Settings, user: User) -> str:
    """Give the user a random temporary password (returned, shown once) that must be
    changed at the next sign-in."""
    temporary = "-".join(secrets.token_urlsafe(6) for _ in range(3))
    store_password(session, settings, user, hash_password(temporary, settings.password_cost),
                   must_change=True)
    audit.record(session, actor, "user.password_reset", table="app_user", row_id=user.id)
    return temporary


# --- enrolment codes and devices ------------------------------------------------------------
def issue_enrolment_code(session: Session, actor: Actor, settings: Settings, user: User, *,
                         device_name: str = "", lifetime: timedelta | None = None,
                         ) -> tuple[str, EnrolmentCode]:
    """A one-time code that enrols one device for ``user``; returned in clear once, kept
    only as a hash."""
    if user.disabled_at is not None:
        raise InvalidInput("the user is disabled", "user_disabled")
    lifetime = settings.enrolment_code_lifetime if lifetime is None else lifetime
    if lifetime <= timedelta(0) or lifetime > timedelta(days=30):
        raise InvalidInput("an enrolment code is valid for up to 30 days", "bad_lifetime")
    code = new_enrolment_code()
    row = EnrolmentCode(user_id=user.id, code_hash=enrolment_code_hash(code),
                        device_name=_name(device_name, "the device name") if device_name else "",
                        created_at=settings.now(), expires_at=settings.now() + lifetime)
    session.add(row)
    session.flush()
    audit.record(session, actor, "enrolment_code.issue", table="enrolment_code", row_id=row.id,
                 user_id=user.id, detail={"expires_at": row.expires_at.isoformat()})
    return code, row


def list_devices(session: Session, user: User | None = None,
                 organisation: Organisation | None = None) -> list[tuple[Device, User]]:
    query = (select(Device, User).join(User, Device.user_id == User.id)
             .order_by(User.username, Device.enrolled_at))
    if user is not None:
        query = query.where(Device.user_id == user.id)
    if organisation is not None:
        query = query.where(User.organisation_id == organisation.id)
    return [(d, u) for d, u in session.execute(query)]


def revoke_device(session: Session, actor: Actor, settings: Settings, device_id: str) -> Device:
    """Revoke a device: from now on it is answered 401 and told to wipe. Revoking twice
    keeps the first time."""
    device = session.get(Device, device_id) if _UUID.match(device_id) else None
    if device is None:
        raise NotFound("no such device")
    if device.revoked_at is None:
        device.revoked_at = settings.now()
        audit.record(session, actor, "device.revoke", table="device", row_id=device.id,
                     user_id=device.user_id)
    return device
