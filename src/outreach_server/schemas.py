"""Request and answer bodies of the HTTP API. Requests forbid unknown fields: a field the
server does not know is an error to report, not something to drop silently."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator


def _check_text(value: Any) -> None:
    """Text every database can store: no NUL character (PostgreSQL refuses it) and no
    lone surrogate (which has no UTF-8 form)."""
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError("text must not contain NUL characters")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("text must be valid Unicode (a lone surrogate was sent)") from None
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key)
            _check_text(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _check_text(item)


def _as_utc(value: datetime) -> datetime:
    """A time with an offset as naive UTC, the server's clock; one that UTC cannot hold
    (an offset across either end of the calendar, 0001-01-01 or 9999-12-31) is refused."""
    if value.tzinfo is None:
        return value
    try:
        return value.astimezone(UTC).replace(tzinfo=None)
    except OverflowError:
        raise ValueError("the time lies outside the calendar in UTC") from None


#: a time from a device (naive: UTC already), as naive UTC
UtcTime = Annotated[datetime, AfterValidator(_as_utc)]


class Request(BaseModel):
    """A request body: unknown fields refused, every text storable as it is."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="after")
    def _storable_text(self) -> Request:
        for name in type(self).model_fields:
            _check_text(getattr(self, name))
        return self


class ErrorPublic(BaseModel):
    """Every 4xx answer: ``detail`` for people, ``reason`` for programs; ``wipe`` is true
    only in the 401 answer to a revoked device; ``errors`` lists what failed validation."""

    detail: str
    reason: str
    wipe: bool = False
    errors: list[dict[str, Any]] | None = None


class EnrolCreate(Request):
    code: str = Field(min_length=1, max_length=40, description="the one-time enrolment code")
    device_name: str = Field(default="", max_length=200)
    device_holds_records: bool = Field(
        default=False, description="the device already holds client records: only a "
        "caseworker may enrol it (a supervisor's or coordinator's device starts empty)")


class EnrolPublic(BaseModel):
    device_id: str
    device_token: str = Field(description="shown once: the server keeps only its hash")
    user_id: str
    organisation_id: str
    role: str
    protocol_version: int


class HelloCreate(Request):
    protocol_version: int = Field(ge=1, le=1_000_000)
    client_time: UtcTime | None = Field(default=None, description="the device's clock")
    app_version: str | None = Field(default=None, max_length=40)


class HelloPublic(BaseModel):
    protocol_version: int = Field(description="the protocol this server speaks")
    min_protocol_version: int
    upgrade_required: bool = Field(description="the device must be updated before it syncs")
    wipe: bool = Field(description="always false here: a revoked device gets 401 with wipe")
    server_time: datetime
    clock_skew_seconds: float | None = Field(
        description="server time minus client time; client clocks never order anything")
    device_id: str
    user_id: str
    organisation_id: str
    role: str


class LoginCreate(Request):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1024)


class LoginPublic(BaseModel):
    session_token: str = Field(description="shown once: the server keeps only its hash")
    expires_at: datetime
    user_id: str
    role: str
    must_change_password: bool


class PasswordChange(Request):
    current_password: str = Field(min_length=1, max_length=1024)
    new_password: str = Field(min_length=1, max_length=1024)


class HealthPublic(BaseModel):
    status: str
    protocol_version: int


class MePublic(BaseModel):
    user_id: str
    role: str
    organisation_id: str
    team_id: str | None
    device_id: str | None
    session_id: str | None


class MemberPublic(BaseModel):
    user_id: str
    display_name: str
    role: str
    team_id: str | None
    active: bool = Field(description="false for a disabled user (kept: their name still "
                                     "labels what they wrote)")


# --- sync -----------------------------------------------------------------------------------
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
RowId = Annotated[str, Field(pattern=UUID_PATTERN, description="a lower-case UUID")]
SyncTable = Literal[
    "client", "case_file", "goal", "goal_step", "contact", "referral", "note", "consent",
    "form_response", "attachment", "conflict", "review", "organisation", "team",
    "catalogue_entry", "form_definition"]


class FieldChange(Request):
    value: Any = Field(description="the new value, as the wire carries it")
    base_rev: int | None = Field(
        ge=0, le=2**53, description="the server revision the edit was based on (null: an "
        "edit of a row this device created and has not yet had answered)")


class MutationCreate(Request):
    mutation_id: RowId
    table: SyncTable
    row_id: RowId
    op: Literal["insert", "update", "delete"]
    fields: dict[str, Any] | None = Field(
        default=None, max_length=200, description="insert: every field of the new row")
    changes: dict[str, FieldChange] | None = Field(
        default=None, max_length=200,
        description="update: the changed fields, each with the revision it was based on")

    @model_validator(mode="after")
    def _shape(self) -> MutationCreate:
        if self.op == "insert" and (self.fields is None or self.changes):
            raise ValueError("an insert sends `fields` (and no `changes`)")
        if self.op == "update" and (not self.changes or self.fields):
            raise ValueError("an update sends `changes` (and no `fields`)")
        if self.op == "delete" and self.fields:
            raise ValueError("a delete sends no `fields`")
        return self


class PushCreate(Request):
    mutations: list[MutationCreate] = Field(min_length=1, max_length=5000,
                                            description="in the order they were made")


class MutationPublic(BaseModel):
    mutation_id: str
    status: Literal["applied", "conflict", "rejected"]
    revision: int | None = Field(default=None, description="the row's revision now")
    conflicts: list[str] | None = Field(default=None, description="ids of conflict records")
    errors: dict[str, str] | None = Field(
        default=None, description="rejected: field -> reason code (never the value)")
    replayed: bool = Field(description="answered from an earlier delivery: nothing applied")


class PushPublic(BaseModel):
    results: list[MutationPublic]


class SyncRowPublic(BaseModel):
    op: Literal["upsert", "purge", "revoke"] = Field(
        description="upsert: store the row as sent (``deleted``: a tombstone); purge: "
        "erase the client and all that hangs on them; revoke: the client is no longer "
        "the caller's: drop it and all that hangs on it")
    table: str
    row_id: str
    client_id: str | None = None
    revision: int | None = None
    deleted: bool = False
    updated_at: datetime | None = None
    updated_by: str | None = None
    fields: dict[str, Any] | None = None


class PullPublic(BaseModel):
    rows: list[SyncRowPublic]
    cursor: str = Field(description="send it with the next pull; store it with the page")
    has_more: bool
    download: bool = Field(description="this page is part of a full download")


class TableCheck(BaseModel):
    count: int
    checksum: str


class CheckPublic(BaseModel):
    seq: int = Field(description="the commit sequence the figures stand at")
    tables: dict[str, TableCheck]


class ReviewCreate(Request):
    client_id: RowId
    record_table: Literal["client", "case_file", "goal", "goal_step", "contact", "referral",
                          "note", "consent", "form_response", "attachment"]
    record_id: RowId
    record_rev: int = Field(ge=1, le=2**31)
    kind: Literal["comment", "approve", "return"]
    body: str = Field(default="", max_length=10_000)


class RecordPublic(BaseModel):
    id: str
    client_id: str | None
    revision: int
    created_at: datetime
    fields: dict[str, Any]


# --- case steering --------------------------------------------------------------------------
class AssignCreate(Request):
    user: str = Field(min_length=1, max_length=100, description="caseworker's id or user name")


class PurgePublic(BaseModel):
    client_id: str
    rows_erased: int


# --- administration -------------------------------------------------------------------------
class OrganisationCreate(Request):
    name: str = Field(min_length=1, max_length=200)
    short_name: str | None = Field(default=None, max_length=50)


class OrganisationPublic(BaseModel):
    id: str
    name: str
    short_name: str | None


class TeamCreate(Request):
    name: str = Field(min_length=1, max_length=200)


class TeamPublic(BaseModel):
    id: str
    organisation_id: str
    name: str


class UserCreate(Request):
    username: str = Field(min_length=2, max_length=100)
    role: Literal["caseworker", "supervisor", "admin"] = Field(
        description="a coordinator (figures of every organisation) is made only by the "
        "server's command line, never by one organisation's admin")
    display_name: str = Field(default="", max_length=200)
    team_id: RowId | None = None
    password: str | None = Field(default=None, min_length=1, max_length=1024)


class UserPublic(BaseModel):
    id: str
    username: str
    display_name: str
    role: str
    organisation_id: str
    team_id: str | None
    must_change_password: bool
    disabled: bool


class PasswordResetPublic(BaseModel):
    temporary_password: str = Field(description="shown once; to be changed at sign-in")


class EnrolmentCodeCreate(Request):
    device_name: str = Field(default="", max_length=200)
    valid_hours: float = Field(default=72, gt=0, le=720)


class EnrolmentCodePublic(BaseModel):
    code: str = Field(description="shown once: the server keeps only its hash")
    user_id: str
    expires_at: datetime


class DevicePublic(BaseModel):
    id: str
    user_id: str
    name: str
    enrolled_at: datetime
    last_seen_at: datetime | None
    revoked_at: datetime | None


class ReferenceCreate(Request):
    fields: dict[str, Any] = Field(description="every field of the row")


# --- figures --------------------------------------------------------------------------------
class FigureTeamPublic(BaseModel):
    id: str
    name: str


class FigureOrganisationPublic(BaseModel):
    id: str
    name: str
    teams: list[FigureTeamPublic]


class FigureScopesPublic(BaseModel):
    organisations: list[FigureOrganisationPublic] = Field(
        description="what the caller may ask the figures of: a coordinator every "
        "organisation, a supervisor their own (with their own team, or every team of it)")
