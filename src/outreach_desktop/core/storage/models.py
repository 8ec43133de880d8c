"""The domain model of outreach case management (see shared/DOMAIN.md).

Every syncable row (``Syncable``) has a client-made UUID, the server revision it was last
seen at, who changed it last and a tombstone. Rows are written only through
``core.repository`` which appends to the outbox and the history in the same transaction.
Codes (district, topic, kind, ...) refer to ``CatalogueEntry.code``; they are stable
across languages and devices.
"""

from __future__ import annotations

import os
import threading
import time
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def format_uuid7(unix_ms: int, counter: int, random_bits: int) -> str:
    """A UUID version 7 (RFC 9562) as text: 48 bits of Unix milliseconds, a 12-bit counter
    (``rand_a``), the variant, then 62 random bits."""
    value = ((unix_ms & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | (counter & 0xFFF) << 64
             | 0b10 << 62 | (random_bits & 0x3FFF_FFFF_FFFF_FFFF))
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_id_lock = threading.Lock()
_id_last = [0, 0]  # milliseconds, counter of the newest id made by this process


def new_id() -> str:
    """A new row id: a time-ordered UUID (version 7), increasing within this process.

    Random version-4 ids land anywhere in every index that holds them (primary keys,
    foreign keys, the outbox): at 100,000 clients each insert touched pages all over a
    file far larger than the page cache. Time-ordered ids append at the end instead.
    """
    with _id_lock:
        now = time.time_ns() // 1_000_000
        if now > _id_last[0]:
            _id_last[0], _id_last[1] = now, 0
        else:  # same millisecond (or the clock went back): count on from the newest id
            _id_last[1] += 1
            if _id_last[1] > 0xFFF:
                _id_last[0], _id_last[1] = _id_last[0] + 1, 0
        unix_ms, counter = _id_last
    return format_uuid7(unix_ms, counter, int.from_bytes(os.urandom(8)))


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON, list[Any]: JSON, list[str]: JSON}


class Syncable:
    """Columns every synced row carries."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    server_rev: Mapped[int | None] = mapped_column(Integer, default=None)
    updated_by: Mapped[str | None] = mapped_column(String(64), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    #: Columns never sent as changes (bookkeeping, not content).
    SYNC_META: ClassVar[frozenset[str]] = frozenset(
        {"id", "server_rev", "updated_by", "created_at", "updated_at"})


# --- reference data (comes from the server by sync) -----------------------------------------
class Organisation(Syncable, Base):
    __tablename__ = "organisation"
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(50), default=None)


class Team(Syncable, Base):
    __tablename__ = "team"
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    name: Mapped[str] = mapped_column(String(200))


class CatalogueEntry(Syncable, Base):
    """One entry of a catalogue: districts, topics, target groups, residence statuses, ...

    ``labels`` maps a language code to the label in that language.
    """

    __tablename__ = "catalogue_entry"
    __table_args__ = (UniqueConstraint("catalogue", "code"),)
    catalogue: Mapped[str] = mapped_column(String(40), index=True)
    code: Mapped[str] = mapped_column(String(60))
    labels: Mapped[dict[str, Any]] = mapped_column(default=dict)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# --- the caseload ---------------------------------------------------------------------------
class Client(Syncable, Base):
    """A Ratsuchende*r. ``client_code`` is the pseudonymous code used everywhere else.

    ``target_groups`` holds sensitive markers (disability, single parent, LSBTI*): shown only
    when opened on purpose. ``contact_channels`` is a list of ``{"kind", "value"}``.
    """

    __tablename__ = "client"
    client_code: Mapped[str] = mapped_column(String(40), unique=True)
    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), default="")
    aliases: Mapped[list[str]] = mapped_column(default=list)
    date_of_birth: Mapped[date | None] = mapped_column(Date, default=None)
    languages: Mapped[list[str]] = mapped_column(default=list)
    district: Mapped[str | None] = mapped_column(String(60), default=None, index=True)
    residence_status: Mapped[str | None] = mapped_column(String(60), default=None)
    target_groups: Mapped[list[str]] = mapped_column(default=list)
    contact_channels: Mapped[list[Any]] = mapped_column(default=list)
    caseworker_id: Mapped[str | None] = mapped_column(String(64), default=None)
    team_id: Mapped[str | None] = mapped_column(String(36), default=None)

    cases: Mapped[list[Case]] = relationship(back_populates="client")


class Case(Syncable, Base):
    """A case follows the method's phases; a closed case has a closure reason."""

    __tablename__ = "case_file"
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))  # ix_case_open
    phase: Mapped[str] = mapped_column(String(30), default="intake")
    opened_on: Mapped[date] = mapped_column(Date, default=date.today)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    closure_reason: Mapped[str | None] = mapped_column(String(60), default=None)
    caseworker_id: Mapped[str | None] = mapped_column(String(64), default=None)

    client: Mapped[Client] = relationship(back_populates="cases")


class Goal(Syncable, Base):
    """A goal of the Zielvereinbarung (agreed with the client)."""

    __tablename__ = "goal"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    topic: Mapped[str | None] = mapped_column(String(60), default=None)
    agreed_on: Mapped[date | None] = mapped_column(Date, default=None)
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open|reached|dropped


class GoalStep(Syncable, Base):
    __tablename__ = "goal_step"
    __table_args__ = (Index("ix_goal_step_due_on", "due_on",
                            sqlite_where=text("due_on IS NOT NULL")),)
    goal_id: Mapped[str] = mapped_column(ForeignKey("goal.id"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Contact(Syncable, Base):
    """One contact with a client: when, how long, how, where, about what, in which language."""

    __tablename__ = "contact"
    __table_args__ = (Index("ix_contact_follow_up_on", "follow_up_on",
                            sqlite_where=text("follow_up_on IS NOT NULL")),)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))  # ix_contact_client_date
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"), default=None)
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    duration_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    kind: Mapped[str] = mapped_column(String(60))
    district: Mapped[str | None] = mapped_column(String(60), default=None)
    topics: Mapped[list[str]] = mapped_column(default=list)
    language: Mapped[str | None] = mapped_column(String(10), default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, default=None)


class Referral(Syncable, Base):
    """A Vermittlung to an institution (Jobcenter, Ausländeramt, school, ...)."""

    __tablename__ = "referral"
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"), default=None)
    institution: Mapped[str] = mapped_column(String(200))
    referred_on: Mapped[date] = mapped_column(Date, default=date.today)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    note: Mapped[str] = mapped_column(Text, default="")


class Note(Syncable, Base):
    __tablename__ = "note"
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"), default=None)
    body: Mapped[str] = mapped_column(Text)


class Consent(Syncable, Base):
    """An Einwilligung: which form version, in which language, when, for what; withdrawal."""

    __tablename__ = "consent"
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    form_id: Mapped[str] = mapped_column(String(80))
    form_version: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(10))
    given_on: Mapped[date] = mapped_column(Date)
    scope: Mapped[list[str]] = mapped_column(default=list)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, default=None)


class FormResponse(Syncable, Base):
    __tablename__ = "form_response"
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    form_id: Mapped[str] = mapped_column(String(80))
    form_version: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(10))
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft|final


class Attachment(Syncable, Base):
    """A document (e.g. a photo of a letter). The bytes live inside the encrypted file."""

    __tablename__ = "attachment"
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)


# --- made by the server or a supervisor, received by sync ------------------------------------
class Conflict(Syncable, Base):
    """A conflict record: the server kept its value of ``field`` and this keeps both.

    The wire's ``server_rev`` (the record's revision when the conflict arose) is stored as
    ``record_server_rev``: ``server_rev`` is this row's own revision, as on every row. An
    open conflict has no ``resolution``; resolving it is an update of ``resolution``.
    """

    __tablename__ = "conflict"
    client_id: Mapped[str] = mapped_column(String(36), index=True)
    record_table: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    server_value: Mapped[Any] = mapped_column(JSON, default=None, nullable=True)
    device_value: Mapped[Any] = mapped_column(JSON, default=None, nullable=True)
    base_rev: Mapped[int | None] = mapped_column(Integer, default=None)
    record_server_rev: Mapped[int] = mapped_column(Integer, default=0)
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)
    user_id: Mapped[str | None] = mapped_column(String(36), default=None)
    mutation_id: Mapped[str | None] = mapped_column(String(36), default=None)
    resolution: Mapped[str | None] = mapped_column(String(20), default=None)
    resolved_by: Mapped[str | None] = mapped_column(String(36), default=None)


class Review(Syncable, Base):
    """A supervisor's comment or decision on one revision of a record (append-only).
    ``read_at`` is this device's own mark (never synced): shown in *Heute* until read."""

    __tablename__ = "review"
    #: the review queue: newest reviewed / decided revision of a record, from the index
    __table_args__ = (Index("ix_review_record_rev", "record_id", "deleted_at", "kind",
                            "record_rev"),)
    client_id: Mapped[str] = mapped_column(String(36), index=True)
    record_table: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    record_rev: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # comment | approve | return
    body: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[str | None] = mapped_column(String(36), default=None)
    read_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class FormDefinitionRecord(Syncable, Base):
    """A form definition the organisation published (reference data from the server)."""

    __tablename__ = "form_definition"
    form_id: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer)
    definition: Mapped[dict[str, Any]] = mapped_column(default=dict)


# --- local bookkeeping (never synced as rows) -----------------------------------------------
class OutboxEntry(Base):
    """One local mutation waiting to be pushed, in creation order (``seq``).

    ``op`` is ``insert``, ``update`` or ``delete``. For an update or delete, ``changes`` maps
    a field to ``{"value": new value, "base_rev": server revision the edit was based on}``.
    An insert's ``changes`` is empty: the push sends the row as stored then (every content
    field, no base revision); a copy here doubled what bulk inserts wrote.
    """

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(10))
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    #: ``pending`` (waits for the push), ``rejected`` (the server named field errors) or
    #: ``refused`` (the record is no longer this user's): the last two wait for a person.
    status: Mapped[str] = mapped_column(String(10), default="pending",
                                        server_default="pending")
    #: rejected: field -> reason code from the server; refused: {"": reason}
    errors: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None, nullable=True)


class HistoryEntry(Base):
    """Who changed what, when: append-only, kept after the outbox entry is gone."""

    __tablename__ = "history"
    __table_args__ = (Index("ix_history_row", "table_name", "row_id"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))
    #: field -> [old, new]; empty for an insert (the row itself says what it was created with,
    #: later updates say what changed)
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    changed_by: Mapped[str | None] = mapped_column(String(64), default=None)
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class LocalState(Base):
    """Key/value state of this device (sync cursor, user id, ...)."""

    __tablename__ = "local_state"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


SYNCABLE_MODELS: tuple[type[Syncable], ...] = (
    Organisation, Team, CatalogueEntry, Client, Case, Goal, GoalStep, Contact, Referral,
    Note, Consent, FormResponse, Attachment, Conflict, Review, FormDefinitionRecord,
)
MODEL_BY_TABLE: dict[str, type[Syncable]] = {m.__tablename__: m for m in SYNCABLE_MODELS}  # type: ignore[attr-defined]

CASE_PHASES = ("intake", "assessment", "goal_agreement", "implementation", "monitoring", "closed")
#: A Vermittlung: intended, made (the client was referred), accepted by the institution,
#: completed, or declined by the institution or the client.
REFERRAL_STATUSES = ("planned", "made", "accepted", "completed", "declined")
