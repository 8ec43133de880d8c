"""``outreach-server admin …`` round trip through the real command (a subprocess) on a
real SQLite file, then the same data used over HTTP."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from outreach_server.cli import main
from outreach_server.db import Database
from outreach_server.settings import Settings, sqlite_url
from server.server_helpers import PASSWORD, live_server


def run(data_dir: Path, *args: str, stdin: str | None = None,
        ok: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "outreach_server", *args,
                             "--data-dir", str(data_dir)],
                            input=stdin, capture_output=True, text=True, timeout=60)
    if ok:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "office"


@dataclass
class Outcome:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """The same command in this process (quicker than a subprocess for the error cases)."""
    def call(*args: str, stdin: str = "") -> Outcome:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        try:
            code = main([*args, "--data-dir", str(data_dir)])
        except SystemExit as exc:  # argparse's usage errors
            code = int(exc.code or 0)
        out = capsys.readouterr()
        return Outcome(code, out.out, out.err)
    return call


@pytest.mark.slow
def test_admin_round_trip(data_dir: Path):
    assert "schema: empty -> 0002" in run(data_dir, "migrate").stdout
    assert "(up to date)" in run(data_dir, "migrate").stdout
    run(data_dir, "admin", "org", "create", "Rom e.V.", "--short-name", "Rom")
    run(data_dir, "admin", "team", "create", "--org", "Rom e.V.", "Perspektivberatung")
    run(data_dir, "admin", "user", "create", "Leyla", "--org", "Rom e.V.",
        "--team", "Perspektivberatung", "--role", "caseworker", "--password-stdin",
        stdin=PASSWORD + "\n")
    run(data_dir, "admin", "user", "create", "chef", "--org", "Rom e.V.", "--role",
        "supervisor", "--no-password")

    orgs = json.loads(run(data_dir, "admin", "org", "list", "--json").stdout)
    assert [(o["name"], o["short_name"]) for o in orgs] == [("Rom e.V.", "Rom")]
    teams = json.loads(run(data_dir, "admin", "team", "list", "--org", "Rom e.V.",
                           "--json").stdout)
    assert [t["name"] for t in teams] == ["Perspektivberatung"]
    users = {u["username"]: u for u in
             json.loads(run(data_dir, "admin", "user", "list", "--json").stdout)}
    assert users["leyla"]["role"] == "caseworker"
    assert users["leyla"]["team_id"] == teams[0]["id"]
    assert users["leyla"]["has_password"] and not users["chef"]["has_password"]
    table = run(data_dir, "admin", "user", "list").stdout
    assert "leyla" in table and "USERNAME" in table

    issued = json.loads(run(data_dir, "admin", "user", "enrol-code", "leyla",
                            "--device-name", "Laptop 7", "--json").stdout)
    assert issued["user_id"] == users["leyla"]["id"]
    assert issued["expires_at"].endswith("Z")

    settings = Settings(database_url=sqlite_url(data_dir))
    db = Database(settings.database_url)
    try:
        with live_server(settings, db) as url, httpx.Client(base_url=url) as http:
            login = http.post("/v1/login", json={"username": "leyla", "password": PASSWORD})
            assert login.status_code == 200  # the CLI's hash (real cost) verifies
            enrolled = http.post("/v1/enrol", json={"code": issued["code"]})
            assert enrolled.status_code == 201
            device = enrolled.json()
            auth = {"Authorization": f"Bearer {device['device_token']}"}
            assert http.post("/v1/hello", headers=auth,
                             json={"protocol_version": 1}).status_code == 200

            devices = json.loads(run(data_dir, "admin", "device", "list", "--user", "leyla",
                                     "--json").stdout)
            assert [(d["id"], d["name"], d["revoked_at"]) for d in devices] == [
                (device["device_id"], "Laptop 7", None)]
            revoked = run(data_dir, "admin", "device", "revoke", device["device_id"])
            assert "revoked" in revoked.stdout
            answer = http.post("/v1/hello", headers=auth, json={"protocol_version": 1})
            assert answer.status_code == 401 and answer.json()["wipe"] is True
            assert "revoked" in run(data_dir, "admin", "device", "list").stdout

            reset = run(data_dir, "admin", "user", "reset-password", "leyla").stdout
            temporary = reset.strip().splitlines()[-1]
            signed_in = http.post("/v1/login", json={"username": "leyla",
                                                     "password": temporary}).json()
            assert signed_in["must_change_password"] is True
            run(data_dir, "admin", "user", "set-password", "leyla", "--password-stdin",
                stdin="Neue Passphrase Kalk 2027\n")
            assert http.post("/v1/login", json={
                "username": "leyla", "password": "Neue Passphrase Kalk 2027"}).status_code == 200
    finally:
        db.dispose()


Cli = Callable[..., Outcome]


def test_admin_commands_audit_as_the_command_line(data_dir: Path, cli: Cli):
    from sqlalchemy import select

    from outreach_server.models import AuditEvent

    assert cli("admin", "org", "create", "AWO Köln").returncode == 0
    db = Database(sqlite_url(data_dir))
    with db.read() as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.action != "reference.publish")).one()
    db.dispose()
    assert event.action == "organisation.create" and event.actor.startswith("cli:")


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (["admin", "team", "create", "--org", "Nowhere", "T"], None, "no such organisation"),
    (["admin", "user", "enrol-code", "ghost"], None, "no such user"),
    (["admin", "device", "revoke", "01a1feb2-a8cc-7000-907c-a1d1cbb5646c"], None,
     "no such device"),
    (["admin", "device", "revoke", "not-an-id"], None, "no such device"),
    (["admin", "org", "create", "   "], None, "must not be empty"),
])
def test_admin_errors_are_named_and_exit_1(cli: Cli, args: list[str], stdin: str | None,
                                           message: str):
    result = cli(*args, stdin=stdin or "")
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_duplicates_and_weak_passwords_are_refused(cli: Cli):
    assert cli("admin", "org", "create", "DRK").returncode == 0
    again = cli("admin", "org", "create", "DRK")
    assert again.returncode == 1 and "exists" in again.stderr
    weak = cli("admin", "user", "create", "bob", "--org", "DRK", "--role", "admin",
               "--password-stdin", stdin="bob\n")
    assert weak.returncode == 1 and "password" in weak.stderr
    assert json.loads(cli("admin", "user", "list", "--json").stdout) == []  # all or nothing
    bad_role = cli("admin", "user", "create", "bob", "--org", "DRK", "--role", "boss",
                   "--no-password")
    assert bad_role.returncode == 2
    bad_name = cli("admin", "user", "create", "Bob Smith", "--org", "DRK", "--role", "admin",
                   "--no-password")
    assert bad_name.returncode == 1 and "user name" in bad_name.stderr


def test_a_password_from_a_pipe_needs_the_flag(cli: Cli):
    cli("admin", "org", "create", "DRK")
    result = cli("admin", "user", "create", "bob", "--org", "DRK", "--role", "admin",
                 stdin=PASSWORD + "\n")
    assert result.returncode == 2 and "--password-stdin" in result.stderr


def test_an_enrolment_code_lifetime_is_bounded(cli: Cli):
    cli("admin", "org", "create", "DRK")
    cli("admin", "user", "create", "bob", "--org", "DRK", "--role", "caseworker",
        "--no-password")
    too_long = cli("admin", "user", "enrol-code", "bob", "--valid-hours", "10000")
    assert too_long.returncode == 1 and "30 days" in too_long.stderr


def test_case_steering_and_reference_commands(cli: Cli, data_dir: Path):
    """assign, share, purge, publish-forms, publish, prune: through the command, checked
    in the database."""
    from sqlalchemy import select

    from outreach_desktop.core.storage.models import new_id
    from outreach_server.models import ClientShare, SyncChange, SyncRow
    from outreach_server.services.auth import Principal
    from outreach_server.services.sync import Mutation, push

    for args in (("admin", "org", "create", "AWO Köln"),
                 ("admin", "team", "create", "--org", "AWO Köln", "Mülheim")):
        assert cli(*args).returncode == 0
    for name in ("anna", "ben"):
        assert cli("admin", "user", "create", name, "--org", "AWO Köln", "--role",
                   "caseworker", "--team", "Mülheim", "--no-password").returncode == 0
    assert cli("admin", "user", "create", "sup", "--org", "AWO Köln", "--role",
               "supervisor", "--no-password").returncode == 0
    db = Database(sqlite_url(data_dir))
    settings = Settings(database_url=db.url)
    with db.read() as session:
        from outreach_server.models import User
        anna = session.scalars(select(User).where(User.username == "anna")).one()
    client_id = new_id()
    principal = Principal(anna.id, anna.organisation_id, anna.team_id, "caseworker",
                          device_id=new_id())
    fields = {"client_code": "K-1", "given_name": "Cli", "family_name": "Marker",
              "aliases": [], "languages": [], "target_groups": [], "contact_channels": []}
    answer = push(db, settings, principal, [Mutation(new_id(), "client", client_id, "insert",
                                                     fields=fields)], None)
    assert answer[0]["status"] == "applied"

    out = cli("admin", "client", "assign", client_id, "ben")
    assert out.returncode == 0, out.stderr
    assert cli("admin", "client", "share", client_id, "anna").returncode == 0
    assert cli("admin", "client", "assign", client_id, "sup").stderr.strip().endswith(
        "cases go to active caseworkers only")
    with db.read() as session:
        row = session.get(SyncRow, ("client", client_id))
        assert row is not None and row.data["caseworker_id"] != anna.id
        assert session.get(ClientShare, (client_id, anna.id)) is not None
    assert cli("admin", "client", "unshare", client_id, "anna").returncode == 0

    forms = cli("admin", "sync", "publish-forms")
    assert forms.returncode == 0 and "5 reference rows published" in forms.stdout
    again = cli("admin", "sync", "publish-forms")  # the same form versions: the same rows
    assert again.returncode == 0
    with db.read() as session:
        definitions = session.scalars(select(SyncRow).where(
            SyncRow.table_name == "form_definition")).all()
        assert sorted(d.data["form_id"] for d in definitions) == [
            "assessment", "closure", "consent", "goal_agreement", "intake"]
        assert {d.revision for d in definitions} == {2}

    reference = data_dir.parent / "catalogue.json"
    reference.write_text(json.dumps([{"table": "catalogue_entry", "id": new_id(), "fields": {
        "catalogue": "district", "code": "muelheim", "labels": {"de": "Mülheim"},
        "position": 9, "active": True}}]), "utf-8")
    assert cli("admin", "sync", "publish", str(reference), "--org", "AWO Köln").returncode == 0
    reference.write_text("[{\"table\": \"catalogue_entry\"}]", "utf-8")
    broken = cli("admin", "sync", "publish", str(reference))
    assert broken.returncode == 1 and "not a JSON list" in broken.stderr
    reference.write_text(json.dumps([{"table": "client", "id": new_id(), "fields": {}}]), "utf-8")
    assert "not reference data" in cli("admin", "sync", "publish", str(reference)).stderr

    purged = cli("admin", "client", "purge", client_id)
    assert purged.returncode == 0 and "erased (1 records)" in purged.stdout
    with db.read() as session:
        assert session.get(SyncRow, ("client", client_id)) is None
        assert session.scalars(select(SyncChange.op).where(
            SyncChange.client_id == client_id)).all()[-1] == "purge"
    pruned = cli("admin", "sync", "prune", "--days", "1")
    assert pruned.returncode == 0 and "0 changes" in pruned.stdout  # nothing that old yet
    assert cli("admin", "sync", "prune", "--days", "0").returncode == 2
    db.dispose()
