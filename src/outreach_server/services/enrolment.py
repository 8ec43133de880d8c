"""Enrolling a device: a one-time code (issued by an admin) becomes a device token.

The token (256 random bits) is returned once and stored only as a hash. A code works
once and only before it expires; wrong codes are throttled per client address.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from outreach_server.db import Database
from outreach_server.models import Device, EnrolmentCode, User
from outreach_server.security.tokens import enrolment_code_hash, new_device_token, token_hash
from outreach_server.services import audit, throttle
from outreach_server.services.audit import Actor
from outreach_server.services.errors import Forbidden, Unauthenticated
from outreach_server.settings import Settings


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    device_token: str
    user_id: str
    organisation_id: str
    role: str


def enrol(db: Database, settings: Settings, code: str, device_name: str,
          address: str | None, *, device_holds_records: bool = False) -> Enrolled:
    keys = [(throttle.enrol_address_key(address), settings.throttle_address)]
    with db.read() as session:
        throttle.check(session, keys, settings.now())
    now = settings.now()
    failure: Unauthenticated | None = None
    with db.write() as session:
        row = session.scalar(select(EnrolmentCode)
                             .where(EnrolmentCode.code_hash == enrolment_code_hash(code)))
        user = session.get(User, row.user_id) if row is not None else None
        if row is None or user is None:
            failure = Unauthenticated("unknown enrolment code", "code_unknown")
        elif row.used_at is not None:
            failure = Unauthenticated("this enrolment code has been used", "code_used")
        elif row.expires_at <= now:
            failure = Unauthenticated("this enrolment code has expired", "code_expired")
        elif user.disabled_at is not None:
            failure = Unauthenticated("the user is disabled", "user_disabled")
        elif device_holds_records and user.role != "caseworker":
            # refused before the code is used: the person enrols an empty device instead
            raise Forbidden(f"a {user.role}'s device must hold no client records",
                            "device_not_empty")
        if failure is not None:
            throttle.record_failure(session, keys, now)
            audit.record(session, Actor.anonymous(address), "enrol_failed",
                         table="enrolment_code", row_id=row.id if row else None,
                         detail={"reason": failure.reason})
        else:
            assert row is not None and user is not None
            token = new_device_token()
            device = Device(user_id=user.id, name=device_name or row.device_name,
                            token_hash=token_hash(token), enrolled_at=now, last_seen_at=now)
            session.add(device)
            session.flush()
            # one-time: the update only succeeds while the code is unused, so two
            # concurrent enrolments with one code cannot both get a device
            used = session.execute(
                update(EnrolmentCode).where(EnrolmentCode.id == row.id)
                .where(EnrolmentCode.used_at.is_(None))
                .values(used_at=now, device_id=device.id)).rowcount  # type: ignore[attr-defined]
            if used != 1:
                raise Unauthenticated("this enrolment code has been used", "code_used")
            audit.record(session, Actor(kind="device", user_id=user.id, device_id=device.id,
                                        address=address),
                         "device.enrol", table="device", row_id=device.id)
            enrolled = Enrolled(device.id, token, user.id, user.organisation_id, user.role)
    if failure is not None:
        raise failure
    return enrolled
