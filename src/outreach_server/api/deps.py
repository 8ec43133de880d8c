"""Dependencies of the routes: the database, the settings, the caller's address, and the
authenticated caller (``CurrentPrincipal``, ``CurrentDevice``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from outreach_server.db import Database
from outreach_server.services.auth import Principal, authenticate
from outreach_server.services.errors import Forbidden, Unauthenticated
from outreach_server.settings import Settings

_bearer = HTTPBearer(auto_error=False, description="a device token or a login session token")


def get_db(request: Request) -> Database:
    return request.app.state.db  # type: ignore[no-any-return]


def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def get_address(request: Request) -> str | None:
    """The client's address (uvicorn applies X-Forwarded-For from trusted proxies only)."""
    return request.client.host if request.client else None


DbDep = Annotated[Database, Depends(get_db)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
AddressDep = Annotated[str | None, Depends(get_address)]


def principal_even_if_password_must_change(
        db: DbDep, settings: SettingsDep,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthenticated("send a bearer token in the Authorization header", "missing_token")
    return authenticate(db, settings, credentials.credentials)


AnyPrincipal = Annotated[Principal, Depends(principal_even_if_password_must_change)]


def current_principal(principal: AnyPrincipal) -> Principal:
    if principal.must_change_password:
        raise Forbidden("change the temporary password first (POST /v1/password)",
                        "password_change_required")
    return principal


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def current_device(principal: CurrentPrincipal) -> Principal:
    if principal.device_id is None:
        raise Forbidden("this endpoint is for enrolled devices (a device token)",
                        "device_required")
    return principal


CurrentDevice = Annotated[Principal, Depends(current_device)]
