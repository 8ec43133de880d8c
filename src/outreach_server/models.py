"""The server's own tables: who may sync (organisations, teams, users, devices), how they
prove it (password hashes, device token hashes, enrolment codes, sessions), what they did
(audit events), and the commit-ordered change sequence pull reads from.

Secrets are never stored: passwords as Argon2id PHC strings, tokens and enrolment codes
as SHA-256 hex digests. Times are naive UTC. Ids of rows a device also holds are
client-style UUIDv7 text, like the app's (``outreach_desktop.core.storage.models``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from outreach_desktop.core.storage.models import new_id, utcnow

ROLES = ("caseworker", "supervisor", "coordinator", "admin")

#: An integer primary key that is BIGINT on PostgreSQL and SQLite's rowid alias on SQLite.
BigId = BigInteger().with_variant(Integer, "sqlite")

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON}


class Organisation(Base):
    """A Träger (or the city's coordination office)."""

    __tablename__ = "organisation"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str | None] = mapped_column(String(50), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Team(Base):
    __tablename__ = "team"
    __table_args__ = (UniqueConstraint("organisation_id", "name", name="uq_team_org_name"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class User(Base):
    """A person who signs in. ``username`` is stored folded to lower case.

    ``password_hash`` is an Argon2id PHC string, or None until a password is set;
    ``must_change_password`` is set by a reset (the temporary password works once for
    signing in, then must be replaced).
    """

    __tablename__ = "app_user"  # "user" is reserved in PostgreSQL
    __table_args__ = (CheckConstraint(
        "role IN ('caseworker', 'supervisor', 'coordinator', 'admin')", name="role"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    team_id: Mapped[str | None] = mapped_column(ForeignKey("team.id"), default=None, index=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str | None] = mapped_column(String(255), default=None)
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    must_change_password: Mapped[bool] = mapped_column(default=False)
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Device(Base):
    """An enrolled laptop. The server keeps only the SHA-256 of its token."""

    __tablename__ = "device"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class EnrolmentCode(Base):
    """A one-time code that enrols one device for a user before ``expires_at``."""

    __tablename__ = "enrolment_code"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    device_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    device_id: Mapped[str | None] = mapped_column(ForeignKey("device.id"), default=None)


class LoginSession(Base):
    """A signed-in person (supervisor, admin) using the HTTP API without a device."""

    __tablename__ = "login_session"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class AuthThrottle(Base):
    """Recent failed attempts for one key (``user:<name>``, ``address:<ip>``, ...).

    In the database, not in memory: several workers behind a load balancer share it.
    """

    __tablename__ = "auth_throttle"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime] = mapped_column(DateTime)
    blocked_until: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class AuditEvent(Base):
    """Who (user, device, or the admin command line), did what, to which row, when.

    ``detail`` holds ids and counts, never personal data in clear.
    """

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_row", "table_name", "row_id"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)
    actor: Mapped[str] = mapped_column(String(100))  # "user", "device", "cli:<os user>"
    action: Mapped[str] = mapped_column(String(60))
    table_name: Mapped[str | None] = mapped_column(String(40), default=None)
    row_id: Mapped[str | None] = mapped_column(String(36), default=None)
    address: Mapped[str | None] = mapped_column(String(64), default=None)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ChangeCounter(Base):
    """One row holding the last commit sequence number given out (see services.changes)."""

    __tablename__ = "change_counter"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class SyncChange(Base):
    """What the transaction numbered ``seq`` did to synced data: what pull reads.

    ``position`` orders the changes within one transaction. ``op`` is ``upsert`` (a row
    was written, tombstones included), ``purge`` (a client was erased: every device drops
    the client and all that hangs on it) or ``access`` (who may see a client changed: a
    transfer, a share; each device decides by its current scope whether that is a grant
    or a revoke). The scope columns say who may pull the change: organisation, team and
    owner of the client after the change, and for ``access`` also before it. Reference
    rows have no client and no owner; those of every organisation have no organisation.
    """

    __tablename__ = "sync_change"
    __table_args__ = (
        Index("ix_sync_change_org_seq", "organisation_id", "seq"),
        Index("ix_sync_change_team_seq", "team_id", "seq"),
        Index("ix_sync_change_owner_seq", "owner_user_id", "seq"),
        Index("ix_sync_change_client_seq", "client_id", "seq"),
        Index("ix_sync_change_committed", "committed_at"),
    )
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))
    client_id: Mapped[str | None] = mapped_column(String(36), default=None)
    organisation_id: Mapped[str | None] = mapped_column(String(36), default=None)
    team_id: Mapped[str | None] = mapped_column(String(36), default=None)
    owner_user_id: Mapped[str | None] = mapped_column(String(36), default=None)
    prev_organisation_id: Mapped[str | None] = mapped_column(String(36), default=None)
    prev_team_id: Mapped[str | None] = mapped_column(String(36), default=None)
    prev_owner_user_id: Mapped[str | None] = mapped_column(String(36), default=None)
    committed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncRow(Base):
    """The server's copy of one synced row: its fields as the wire carries them (JSON),
    its revision, and when each field last changed and by which device (for the
    field-level merge). A client table's row carries the client it belongs to and the
    client's scope (organisation, team, owner), kept current on a transfer."""

    __tablename__ = "sync_row"
    __table_args__ = (
        Index("ix_sync_row_client", "client_id"),
        Index("ix_sync_row_owner", "owner_user_id", "table_name"),
        Index("ix_sync_row_team", "team_id", "table_name"),
        Index("ix_sync_row_org", "organisation_id", "table_name"),
    )
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str | None] = mapped_column(String(36), default=None)
    organisation_id: Mapped[str | None] = mapped_column(String(36), default=None)
    team_id: Mapped[str | None] = mapped_column(String(36), default=None)
    owner_user_id: Mapped[str | None] = mapped_column(String(36), default=None)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: field -> [revision it last changed at, device id that changed it]
    field_revs: Mapped[dict[str, Any]] = mapped_column(default=dict)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(36), default=None)


class SyncMutation(Base):
    """A mutation id a device pushed, stored with its answer in the transaction of its
    effect: a retry gets this answer back and applies nothing twice. The answer holds
    ids, revisions and error codes, never field values."""

    __tablename__ = "sync_mutation"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    answer: Mapped[dict[str, Any]] = mapped_column(default=dict)
    applied_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)


class ClientShare(Base):
    """A client shared with a caseworker besides the owner (a colleague standing in)."""

    __tablename__ = "client_share"
    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"), primary_key=True,
                                         index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncFloor(Base):
    """The oldest cursor pull still serves: changes at or below ``seq`` have been pruned
    (tombstone retention), so an older cursor gets 410 and a fresh download."""

    __tablename__ = "sync_floor"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
