"""Signing in with a password (for people using the API without a device: supervisors,
administrators), changing the password, signing out."""

from __future__ import annotations

from datetime import UTC

from fastapi import APIRouter, Response

from outreach_server.api.deps import AddressDep, AnyPrincipal, DbDep, SettingsDep
from outreach_server.api.responses import errors
from outreach_server.schemas import LoginCreate, LoginPublic, PasswordChange
from outreach_server.services import login

router = APIRouter(tags=["sign-in"])


@router.post("/v1/login", summary="Sign in with a password", response_model=LoginPublic,
             responses=errors(401, 429))
def sign_in(body: LoginCreate, db: DbDep, settings: SettingsDep,
            address: AddressDep) -> LoginPublic:
    """Sign in. Failed attempts are slowed per user name and per address (429 with
    Retry-After). With ``must_change_password`` the session may only change it."""
    done = login.sign_in(db, settings, body.username, body.password, address)
    return LoginPublic(session_token=done.token, expires_at=done.expires_at.replace(tzinfo=UTC),
                       user_id=done.user_id, role=done.role,
                       must_change_password=done.must_change_password)


@router.post("/v1/password", summary="Change the password", status_code=204,
             response_class=Response, responses=errors(401, 429))
def change_password(body: PasswordChange, principal: AnyPrincipal, db: DbDep,
                    settings: SettingsDep, address: AddressDep) -> Response:
    """Change the caller's password (the current one is asked again). Every other login
    session of the user ends."""
    login.change_password(db, settings, principal, body.current_password, body.new_password,
                          address)
    return Response(status_code=204)


@router.post("/v1/logout", summary="Sign out", status_code=204, response_class=Response,
             responses=errors(401))
def sign_out(principal: AnyPrincipal, db: DbDep, settings: SettingsDep,
             address: AddressDep) -> Response:
    """End the caller's login session (a device is revoked by an administrator instead)."""
    login.sign_out(db, settings, principal, address)
    return Response(status_code=204)
