"""The audit log: who (user, device, or the admin command line) did what to which row,
when, from where. Written in the same transaction as the change it describes.

``detail`` takes ids, counts and field *names*: never names, passwords or other
personal data in clear.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from outreach_server.models import AuditEvent


@dataclass(frozen=True)
class Actor:
    """Who is acting: ``kind`` is ``cli``, ``user`` (a login session), ``device`` or
    ``anonymous`` (enrolment, a failed login)."""

    kind: str
    user_id: str | None = None
    device_id: str | None = None
    address: str | None = None
    label: str | None = None

    @classmethod
    def command_line(cls) -> Actor:
        try:
            who = getpass.getuser()
        except (KeyError, OSError):
            who = "unknown"
        return cls(kind="cli", label=f"cli:{who}"[:100])

    @classmethod
    def anonymous(cls, address: str | None) -> Actor:
        return cls(kind="anonymous", address=address)


def record(session: Session, actor: Actor, action: str, *, table: str | None = None,
           row_id: str | None = None, user_id: str | None = None,
           detail: dict[str, Any] | None = None) -> None:
    """Append one audit event. ``user_id`` defaults to the acting user."""
    session.add(AuditEvent(
        user_id=user_id or actor.user_id, device_id=actor.device_id,
        actor=actor.label or actor.kind, action=action, table_name=table, row_id=row_id,
        address=actor.address, detail=detail or {}))
