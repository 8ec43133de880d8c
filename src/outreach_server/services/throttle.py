"""Failed attempts slow further attempts: per user name and per client address.

After a rule's free failures, each further attempt must wait ``first_delay`` doubled
per failure (at most ``max_delay``); until then it is refused with ``Throttled`` without
checking the password at all, so guessing gains nothing by hammering. The counters live
in the database (``auth_throttle``) so every worker sees them, and are written in their
own transaction: a refused login must still count.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from outreach_server.models import AuthThrottle
from outreach_server.services.errors import Throttled
from outreach_server.settings import ThrottleRule


def user_key(username: str) -> str:
    return "user:" + username.strip().casefold()[:150]


def address_key(address: str | None) -> str:
    return "address:" + (address or "unknown")


def enrol_address_key(address: str | None) -> str:
    return "enrol-address:" + (address or "unknown")


def check(session: Session, keys: list[tuple[str, ThrottleRule]], now: datetime) -> None:
    """Raise ``Throttled`` (with the longest wait) when any key must still wait."""
    wait = timedelta(0)
    for key, rule in keys:
        row = session.get(AuthThrottle, key)
        if row is None or now - row.last_failure_at > rule.window:
            continue
        if row.blocked_until is not None and row.blocked_until > now:
            wait = max(wait, row.blocked_until - now)
    if wait > timedelta(0):
        raise Throttled(max(1, math.ceil(wait.total_seconds())))


def record_failure(session: Session, keys: list[tuple[str, ThrottleRule]],
                   now: datetime) -> None:
    for key, rule in keys:
        _insert_if_missing(session, key, now)
        row = session.get(AuthThrottle, key, with_for_update=True, populate_existing=True)
        assert row is not None
        if now - row.last_failure_at > rule.window:
            row.failures = 0
            row.blocked_until = None
        row.failures += 1
        row.last_failure_at = now
        over = row.failures - rule.free_failures
        if over > 0:
            delay = min(rule.first_delay * (2 ** min(over - 1, 30)), rule.max_delay)
            row.blocked_until = now + delay


def clear(session: Session, key: str) -> None:
    row = session.get(AuthThrottle, key)
    if row is not None:
        session.delete(row)


def _insert_if_missing(session: Session, key: str, now: datetime) -> None:
    """Create the counter row unless it exists (two workers may fail the same name at
    once: one insert wins, neither errs)."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    session.execute(dialect.insert(AuthThrottle)
                    .values(key=key, failures=0, last_failure_at=now)
                    .on_conflict_do_nothing(index_elements=["key"]))
