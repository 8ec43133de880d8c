"""Request and answer bodies of the HTTP API. Requests forbid unknown fields: a field the
server does not know is an error to report, not something to drop silently."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator


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


class EnrolPublic(BaseModel):
    device_id: str
    device_token: str = Field(description="shown once: the server keeps only its hash")
    user_id: str
    organisation_id: str
    role: str
    protocol_version: int


class HelloCreate(Request):
    protocol_version: int = Field(ge=1, le=1_000_000)
    client_time: datetime | None = Field(default=None, description="the device's clock")
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
