"""``outreach-server admin …``: organisations, teams, users, passwords, enrolment codes,
devices. Each command is one transaction, audited as ``cli:<os user>``. Secrets made
here (temporary passwords, enrolment codes) are printed once and stored only hashed."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from outreach_desktop.core.forms.definition import FormDefinitionError, load_form, shipped_forms_dir
from outreach_server.cli.common import (
    CliError,
    database_options,
    fail,
    open_database,
    print_json,
    print_table,
    settings_of,
)
from outreach_server.models import ROLES
from outreach_server.services import admin, caseload
from outreach_server.services.audit import Actor
from outreach_server.services.errors import ServiceError
from outreach_server.settings import Settings

#: Form definitions get stable row ids: the same form version is the same row everywhere.
FORM_NAMESPACE = uuid.UUID("6f1d8a52-3c1e-4e55-9a55-0b7c3e1d2f10")

Handler = Callable[[Session, Settings, argparse.Namespace], None]


def _transaction(handler: Handler) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        settings = settings_of(args)
        db = open_database(settings)
        try:
            with db.write() as session:
                handler(session, settings, args)
        except ServiceError as exc:
            raise fail(exc) from exc
        finally:
            db.dispose()
        return 0
    return run


def add_commands(commands: Any) -> None:
    db = database_options()
    admin_parser = commands.add_parser("admin", help="organisations, teams, users, devices")
    groups = admin_parser.add_subparsers(dest="group", required=True, metavar="GROUP")

    def command(group: Any, name: str, handler: Handler, help_: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = group.add_parser(name, parents=[db], help=help_,
                                                           description=help_)
        parser.set_defaults(run=_transaction(handler))
        return parser

    org = groups.add_parser("org", help="organisations (Träger)").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = command(org, "create", _org_create, "create an organisation")
    p.add_argument("name")
    p.add_argument("--short-name")
    p = command(org, "list", _org_list, "list organisations")
    p.add_argument("--json", action="store_true")

    team = groups.add_parser("team", help="teams of an organisation").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = command(team, "create", _team_create, "create a team in an organisation")
    p.add_argument("name")
    p.add_argument("--org", required=True, help="organisation name or id")
    p = command(team, "list", _team_list, "list teams")
    p.add_argument("--org", help="only this organisation's")
    p.add_argument("--json", action="store_true")

    user = groups.add_parser("user", help="users, roles, passwords, enrolment codes"
                             ).add_subparsers(dest="action", required=True, metavar="ACTION")
    p = command(user, "create", _user_create, "create a user with a role")
    p.add_argument("username")
    p.add_argument("--org", required=True, help="organisation name or id")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--team", help="team name or id (in that organisation)")
    p.add_argument("--display-name", default="")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from the first line of standard input")
    p.add_argument("--no-password", action="store_true",
                   help="create without a password (device enrolment only)")
    p = command(user, "list", _user_list, "list users")
    p.add_argument("--org", help="only this organisation's")
    p.add_argument("--json", action="store_true")
    p = command(user, "set-password", _user_set_password, "set a user's password")
    p.add_argument("username")
    p.add_argument("--password-stdin", action="store_true")
    p = command(user, "reset-password", _user_reset_password,
                "give a user a temporary password, to be changed at the next sign-in")
    p.add_argument("username")
    p = command(user, "enrol-code", _user_enrol_code,
                "issue a one-time code that enrols one device for the user")
    p.add_argument("username")
    p.add_argument("--device-name", default="")
    p.add_argument("--valid-hours", type=float, help="default 72")
    p.add_argument("--json", action="store_true")

    device = groups.add_parser("device", help="enrolled devices").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = command(device, "list", _device_list, "list devices")
    p.add_argument("--user", help="only this user's (name or id)")
    p.add_argument("--org", help="only this organisation's users'")
    p.add_argument("--json", action="store_true")
    p = command(device, "revoke", _device_revoke,
                "revoke a device: it is told to wipe its data at its next contact")
    p.add_argument("device_id")

    client = groups.add_parser("client", help="assign, transfer, share, erase a client's case"
                               ).add_subparsers(dest="action", required=True, metavar="ACTION")
    p = command(client, "assign", _client_assign,
                "assign or transfer a client's case to a caseworker of the same organisation")
    p.add_argument("client_id")
    p.add_argument("user", help="the caseworker's user name or id")
    p = command(client, "share", _client_share, "share a client with a colleague")
    p.add_argument("client_id")
    p.add_argument("user")
    p = command(client, "unshare", _client_unshare, "stop sharing a client with a colleague")
    p.add_argument("client_id")
    p.add_argument("user")
    p = command(client, "purge", _client_purge,
                "erase a client and all their records (GDPR Art. 17) on the server and, at "
                "their next sync, on every device")
    p.add_argument("client_id")

    sync = groups.add_parser("sync", help="reference data and retention").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = command(sync, "publish-forms", _publish_forms,
                "publish the shipped form definitions (or those of a folder) to devices")
    p.add_argument("--folder", type=Path, help="a folder of form definition .json files")
    p.add_argument("--org", help="only to this organisation (default: to all)")
    p = command(sync, "publish", _publish,
                "publish reference rows from a JSON file: a list of {table, id, fields}")
    p.add_argument("file", type=Path)
    p.add_argument("--org", help="only to this organisation (default: to all)")
    p = command(sync, "prune", _prune,
                "forget changes and tombstones older than the retention; devices with an "
                "older cursor download afresh")
    p.add_argument("--days", type=int, default=180, help="retention in days (default 180)")


def _client_assign(session: Session, settings: Settings, args: argparse.Namespace) -> None:
    client = caseload.assign(session, Actor.command_line(), settings, args.client_id, args.user)
    print(f"client {client.id} assigned to user {client.owner_user_id}")


def _client_share(session: Session, settings: Settings, args: argparse.Namespace) -> None:
    caseload.share(session, Actor.command_line(), settings, args.client_id, args.user, shared=True)
    print(f"client {args.client_id} shared with {args.user}")


def _client_unshare(session: Session, settings: Settings, args: argparse.Namespace) -> None:
    caseload.share(session, Actor.command_line(), settings, args.client_id, args.user, shared=False)
    print(f"client {args.client_id} no longer shared with {args.user}")


def _client_purge(session: Session, settings: Settings, args: argparse.Namespace) -> None:
    gone = caseload.purge(session, Actor.command_line(), settings, args.client_id)
    print(f"client {args.client_id} erased ({gone} records); devices erase it at their next sync")


def _publish_rows(session: Session, settings: Settings, rows: list[tuple[str, str, dict]],
                  org_ref: str | None) -> None:
    org = admin.find_organisation(session, org_ref).id if org_ref else None
    for table, row_id, fields in rows:
        caseload.publish_reference(session, Actor.command_line(), settings.now(), table,
                                   row_id, fields, org)
    print(f"{len(rows)} reference rows published")


def _publish_forms(session: Session, settings: Settings, args: argparse.Namespace) -> None:
    folder = args.folder or shipped_forms_dir()
    rows = []
    for path in sorted(folder.glob("*.json")):
        try:
            form = load_form(path)
        except FormDefinitionError as exc:
            raise CliError(f"{path.name}: refused ({len(exc.problems)} problems; "
                           "see `outreach forms check`)") from exc
        definition = json.loads(path.read_text(encoding="utf-8"))
        row_id = str(uuid.uuid5(FORM_NAMESPACE, f"{form.id}:{form.version}"))
        rows.append(("form_definition", row_id,
                     {"form_id": form.id, "version": form.version, "definition": definition}))
    if not rows:
        raise CliError(f"no form definitions in {folder}")
    _publish_rows(session, settings, rows, args.org)


def _publish(session: Session, settings: Settings, args: argparse.Namespace) -> None:
    try:
        data = json.loads(args.file.read_text(encoding="utf-8"))
        rows = [(item["table"], item["id"], item["fields"]) for item in data]
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError) as exc:
        raise CliError(f"{args.file}: not a JSON list of {{table, id, fields}} "
                       f"({type(exc).__name__})") from exc
    _publish_rows(session, settings, rows, args.org)


def _prune(session: Session, settings: Settings, args: argparse.Namespace) -> None:
    if args.days < 1:
        raise CliError("the retention is at least one day", 2)
    done = caseload.prune(session, Actor.command_line(), settings, timedelta(days=args.days))
    print(f"{done['changes']} changes and {done['tombstones']} tombstones pruned; cursors "
          f"before {done['floor']} now download afresh")


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise CliError("no password on standard input", 2)
        return line
    if not sys.stdin.isatty():
        raise CliError("give --password-stdin to read the password from a pipe", 2)
    first = getpass.getpass("New password: ")
    if first != getpass.getpass("Again: "):
        raise CliError("the two passwords differ")
    return first


# --- organisations and teams ----------------------------------------------------------------
def _org_create(session: Session, _settings: Settings, args: argparse.Namespace) -> None:
    org = admin.create_organisation(session, Actor.command_line(), args.name, args.short_name)
    print(f"organisation {org.id} created")


def _org_list(session: Session, _settings: Settings, args: argparse.Namespace) -> None:
    rows = [{"id": o.id, "name": o.name, "short_name": o.short_name}
            for o in admin.list_organisations(session)]
    if args.json:
        print_json(rows)
    else:
        print_table([[r["id"], r["name"], r["short_name"] or ""] for r in rows],
                    ["ID", "NAME", "SHORT"])


def _team_create(session: Session, _settings: Settings, args: argparse.Namespace) -> None:
    org = admin.find_organisation(session, args.org)
    team = admin.create_team(session, Actor.command_line(), org, args.name)
    print(f"team {team.id} created")


def _team_list(session: Session, _settings: Settings, args: argparse.Namespace) -> None:
    org = admin.find_organisation(session, args.org) if args.org else None
    rows = [{"id": t.id, "organisation_id": t.organisation_id, "name": t.name}
            for t in admin.list_teams(session, org)]
    if args.json:
        print_json(rows)
    else:
        print_table([[r["id"], r["organisation_id"], r["name"]] for r in rows],
                    ["ID", "ORGANISATION", "NAME"])


# --- users ----------------------------------------------------------------------------------
def _user_create(session: Session, settings: Settings, args: argparse.Namespace) -> None:
    if args.no_password and args.password_stdin:
        raise CliError("--no-password and --password-stdin exclude each other", 2)
    org = admin.find_organisation(session, args.org)
    team = admin.find_team(session, org, args.team) if args.team else None
    password = None if args.no_password else _read_password(args)
    user = admin.create_user(session, Actor.command_line(), settings, username=args.username,
                             role=args.role, organisation=org, team=team,
                             display_name=args.display_name, password=password)
    print(f"user {user.id} created")


def _user_list(session: Session, _settings: Settings, args: argparse.Namespace) -> None:
    org = admin.find_organisation(session, args.org) if args.org else None
    rows = [{"id": u.id, "username": u.username, "role": u.role,
             "organisation_id": u.organisation_id, "team_id": u.team_id,
             "has_password": u.password_hash is not None,
             "must_change_password": u.must_change_password,
             "disabled": u.disabled_at is not None}
            for u in admin.list_users(session, org)]
    if args.json:
        print_json(rows)
    else:
        print_table([[r["id"], r["username"], r["role"], r["organisation_id"],
                      r["team_id"] or ""] for r in rows],
                    ["ID", "USERNAME", "ROLE", "ORGANISATION", "TEAM"])


def _user_set_password(session: Session, settings: Settings, args: argparse.Namespace) -> None:
    user = admin.find_user(session, args.username)
    admin.set_password(session, Actor.command_line(), settings, user, _read_password(args))
    print(f"password of user {user.id} set; their sessions have ended")


def _user_reset_password(session: Session, settings: Settings,
                         args: argparse.Namespace) -> None:
    user = admin.find_user(session, args.username)
    temporary = admin.reset_password(session, Actor.command_line(), settings, user)
    print(f"temporary password of user {user.id} (shown once; to be changed at sign-in):")
    print(temporary)


def _user_enrol_code(session: Session, settings: Settings, args: argparse.Namespace) -> None:
    user = admin.find_user(session, args.username)
    lifetime = timedelta(hours=args.valid_hours) if args.valid_hours is not None else None
    code, row = admin.issue_enrolment_code(session, Actor.command_line(), settings, user,
                                           device_name=args.device_name, lifetime=lifetime)
    if args.json:
        print_json({"code": code, "user_id": user.id, "expires_at": row.expires_at})
    else:
        print(f"enrolment code for user {user.id}, valid once until "
              f"{row.expires_at:%Y-%m-%d %H:%M} UTC (shown once):")
        print(code)


# --- devices --------------------------------------------------------------------------------
def _device_list(session: Session, _settings: Settings, args: argparse.Namespace) -> None:
    user = admin.find_user(session, args.user) if args.user else None
    org = admin.find_organisation(session, args.org) if args.org else None
    rows = [{"id": d.id, "user_id": u.id, "username": u.username, "name": d.name,
             "enrolled_at": d.enrolled_at, "last_seen_at": d.last_seen_at,
             "revoked_at": d.revoked_at}
            for d, u in admin.list_devices(session, user, org)]
    if args.json:
        print_json(rows)
    else:
        print_table([[r["id"], r["username"], r["name"], f"{r['enrolled_at']:%Y-%m-%d}",
                      "revoked" if r["revoked_at"] else "active"] for r in rows],
                    ["ID", "USER", "NAME", "ENROLLED", "STATE"])


def _device_revoke(session: Session, settings: Settings, args: argparse.Namespace) -> None:
    device = admin.revoke_device(session, Actor.command_line(), settings, args.device_id)
    print(f"device {device.id} revoked at {device.revoked_at:%Y-%m-%d %H:%M} UTC")
