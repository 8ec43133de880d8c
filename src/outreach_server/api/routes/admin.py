"""Administration over HTTP, for a signed-in admin: the same services as
``outreach-server admin``. An admin manages the users, teams and devices of their own
organisation and sees no case data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path

from outreach_server.api.deps import AddressDep, CurrentPrincipal, DbDep, SettingsDep
from outreach_server.api.responses import errors
from outreach_server.models import Device, Organisation, Team, User
from outreach_server.schemas import (
    DevicePublic,
    EnrolmentCodeCreate,
    EnrolmentCodePublic,
    OrganisationCreate,
    OrganisationPublic,
    PasswordResetPublic,
    ReferenceCreate,
    RowId,
    TeamCreate,
    TeamPublic,
    UserCreate,
    UserPublic,
)
from outreach_server.services import admin, caseload
from outreach_server.services.auth import Principal
from outreach_server.services.errors import Forbidden, NotFound

router = APIRouter(tags=["administration"], prefix="/v1/admin")


def current_admin(principal: CurrentPrincipal) -> Principal:
    if principal.role != "admin":
        raise Forbidden("administration is for admins", "role_forbidden")
    return principal


Admin = Annotated[Principal, Depends(current_admin)]
IdPath = Annotated[str, Path(pattern=r"^[0-9a-f-]{36}$")]


def _org(p: Organisation) -> OrganisationPublic:
    return OrganisationPublic(id=p.id, name=p.name, short_name=p.short_name)


def _team(t: Team) -> TeamPublic:
    return TeamPublic(id=t.id, organisation_id=t.organisation_id, name=t.name)


def _user(u: User) -> UserPublic:
    return UserPublic(id=u.id, username=u.username, display_name=u.display_name, role=u.role,
                      organisation_id=u.organisation_id, team_id=u.team_id,
                      must_change_password=u.must_change_password,
                      disabled=u.disabled_at is not None)


def _utc(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=UTC) if moment is not None else None


def _device(d: Device) -> DevicePublic:
    return DevicePublic(id=d.id, user_id=d.user_id, name=d.name,
                        enrolled_at=d.enrolled_at.replace(tzinfo=UTC),
                        last_seen_at=_utc(d.last_seen_at), revoked_at=_utc(d.revoked_at))


def _own_user(session: object, principal: Principal, user_id: str) -> User:
    user = admin.find_user(session, user_id)  # type: ignore[arg-type]
    if user.organisation_id != principal.organisation_id:
        raise NotFound("no such user")
    return user


@router.get("/organisations", summary="The caller's organisation",
            response_model=list[OrganisationPublic], responses=errors(401, 403))
def organisations(principal: Admin, db: DbDep) -> list[OrganisationPublic]:
    """The organisation the admin belongs to (an admin sees no other)."""
    with db.read() as session:
        return [_org(admin.find_organisation(session, principal.organisation_id))]


@router.post("/organisations", summary="Create an organisation", status_code=201,
             response_model=OrganisationPublic, responses=errors(401, 403, 409))
def create_organisation(body: OrganisationCreate, principal: Admin, db: DbDep,
                        address: AddressDep) -> OrganisationPublic:
    """A new Träger. Its own users are created by the server's command line or by an
    admin of that organisation."""
    with db.write() as session:
        return _org(admin.create_organisation(session, principal.actor(address), body.name,
                                              body.short_name))


@router.get("/teams", summary="Teams of the caller's organisation",
            response_model=list[TeamPublic], responses=errors(401, 403))
def teams(principal: Admin, db: DbDep) -> list[TeamPublic]:
    """The teams of the admin's organisation."""
    with db.read() as session:
        org = admin.find_organisation(session, principal.organisation_id)
        return [_team(t) for t in admin.list_teams(session, org)]


@router.post("/teams", summary="Create a team", status_code=201, response_model=TeamPublic,
             responses=errors(401, 403, 409))
def create_team(body: TeamCreate, principal: Admin, db: DbDep,
                address: AddressDep) -> TeamPublic:
    """A new team in the admin's organisation; devices receive it as reference data."""
    with db.write() as session:
        org = admin.find_organisation(session, principal.organisation_id)
        return _team(admin.create_team(session, principal.actor(address), org, body.name))


@router.get("/users", summary="Users of the caller's organisation",
            response_model=list[UserPublic], responses=errors(401, 403))
def users(principal: Admin, db: DbDep) -> list[UserPublic]:
    """The users of the admin's organisation with their roles (no password data)."""
    with db.read() as session:
        org = admin.find_organisation(session, principal.organisation_id)
        return [_user(u) for u in admin.list_users(session, org)]


@router.post("/users", summary="Create a user with a role", status_code=201,
             response_model=UserPublic, responses=errors(401, 403, 404, 409))
def create_user(body: UserCreate, principal: Admin, db: DbDep, settings: SettingsDep,
                address: AddressDep) -> UserPublic:
    """Without a password the user gets one by a reset (or signs in only by a device)."""
    with db.write() as session:
        org = admin.find_organisation(session, principal.organisation_id)
        team = admin.find_team(session, org, body.team_id) if body.team_id else None
        return _user(admin.create_user(
            session, principal.actor(address), settings, username=body.username,
            role=body.role, organisation=org, team=team, display_name=body.display_name,
            password=body.password))


@router.post("/users/{user_id}/password-reset", summary="Reset a user's password",
             response_model=PasswordResetPublic, responses=errors(401, 403, 404))
def reset_password(user_id: IdPath, principal: Admin, db: DbDep, settings: SettingsDep,
                   address: AddressDep) -> PasswordResetPublic:
    """A random temporary password (shown once) that must be changed at the next sign-in;
    the user's sessions end."""
    with db.write() as session:
        user = _own_user(session, principal, user_id)
        return PasswordResetPublic(temporary_password=admin.reset_password(
            session, principal.actor(address), settings, user))


@router.post("/users/{user_id}/enrolment-codes", summary="Issue a device enrolment code",
             status_code=201, response_model=EnrolmentCodePublic,
             responses=errors(401, 403, 404))
def enrolment_code(user_id: IdPath, body: EnrolmentCodeCreate, principal: Admin, db: DbDep,
                   settings: SettingsDep, address: AddressDep) -> EnrolmentCodePublic:
    """A one-time code (shown once) that enrols one device for the user before it expires."""
    with db.write() as session:
        user = _own_user(session, principal, user_id)
        code, row = admin.issue_enrolment_code(
            session, principal.actor(address), settings, user, device_name=body.device_name,
            lifetime=timedelta(hours=body.valid_hours))
        return EnrolmentCodePublic(code=code, user_id=user.id,
                                   expires_at=row.expires_at.replace(tzinfo=UTC))


@router.get("/devices", summary="Devices of the caller's organisation",
            response_model=list[DevicePublic], responses=errors(401, 403))
def devices(principal: Admin, db: DbDep) -> list[DevicePublic]:
    """The enrolled devices of the admin's organisation's users."""
    with db.read() as session:
        org = admin.find_organisation(session, principal.organisation_id)
        return [_device(d) for d, _u in admin.list_devices(session, organisation=org)]


@router.post("/devices/{device_id}/revoke", summary="Revoke a device",
             response_model=DevicePublic, responses=errors(401, 403, 404))
def revoke(device_id: IdPath, principal: Admin, db: DbDep, settings: SettingsDep,
           address: AddressDep) -> DevicePublic:
    """From now on the device is answered 401 with ``wipe: true``."""
    with db.write() as session:
        device = session.get(Device, device_id)
        owner = session.get(User, device.user_id) if device else None
        if owner is None or owner.organisation_id != principal.organisation_id:
            raise NotFound("no such device")
        return _device(admin.revoke_device(session, principal.actor(address), settings,
                                           device_id))


@router.put("/reference/{table}/{row_id}", summary="Publish reference data",
            status_code=204, responses=errors(401, 403))
def publish(table: Literal["catalogue_entry", "form_definition"], row_id: RowId,
            body: ReferenceCreate, principal: Admin, db: DbDep, settings: SettingsDep,
            address: AddressDep) -> None:
    """Add or replace a catalogue entry or form definition of the admin's organisation;
    its devices receive it by pull. (Teams and organisations are published by their own
    endpoints; reference data for every organisation only by the server's command line.)"""
    with db.write() as session:
        caseload.publish_reference(session, principal.actor(address), settings.now(), table,
                                   row_id, body.fields, principal.organisation_id)
