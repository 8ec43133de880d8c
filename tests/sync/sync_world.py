"""Helpers of the end-to-end sync tests: a real ``outreach-server serve`` process on
loopback, its administration by the real ``outreach-server admin`` command, laptops that
are data folders with a real SQLCipher vault (the real Secret Service holds their device
secrets) synced by the real ``outreach`` command in subprocesses, and a look at the
server's SQLite file to know what is committed there.

Vaults are created in-process with the KDF at its floor (``outreach init`` would use the
default cost); the ``outreach`` subprocesses then unlock them with the stored parameters.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import keyring.core

from outreach_desktop.core import casework
from outreach_desktop.core.repository import Repository
from outreach_desktop.core.sync.tables import CLIENT_TABLES
from outreach_desktop.core.vault import KDF_FLOOR, Vault
from outreach_desktop.core.vault.device_secret import DeviceSecretStore
from outreach_desktop.core.vault.vault import OpenVault

PASSPHRASE = "Kalk Ehrenfeld Nippes 2026!"
SUPERVISOR_PASSWORD = "Deutz Mülheim Chorweiler 77?"
SECRET_SERVICE = "keyring.backends.SecretService.Keyring"
#: The tables compared between a laptop and the server.
COMPARED = (*CLIENT_TABLES, "review")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def secret_store() -> DeviceSecretStore:
    return DeviceSecretStore(keyring.core.load_keyring(SECRET_SERVICE))


# --- the server ----------------------------------------------------------------------------
class ServerProcess:
    """``python -m outreach_server serve`` on 127.0.0.1 (plain HTTP on loopback)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[str] | None = None
        self.log = data_dir.parent / "server.log"

    def start(self) -> ServerProcess:
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        env = {k: v for k, v in os.environ.items() if not k.startswith("OUTREACH_")}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "outreach_server", "serve", "--data-dir", str(self.data_dir),
             "--port", str(self.port), "--log-level", "warning"],
            env=env, stdout=self.log.open("w"), stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=2).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"server did not start:\n{self.log.read_text()}")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    # --- administration by the real command (in this process: it is a plain argparse main)
    def admin(self, *args: str, stdin: str | None = None) -> str:
        from outreach_server.cli import main

        out, err = io.StringIO(), io.StringIO()
        old_stdin = sys.stdin
        if stdin is not None:
            sys.stdin = io.StringIO(stdin)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(["admin", *args, "--data-dir", str(self.data_dir)])
        finally:
            sys.stdin = old_stdin
        if code != 0:
            raise AssertionError(f"admin {args} failed ({code}): {err.getvalue()}")
        return out.getvalue()

    def create_user(self, username: str, role: str, org: str, team: str | None,
                    password: str | None = None) -> str:
        args = ["user", "create", username, "--org", org, "--role", role]
        if team:
            args += ["--team", team]
        if password is None:
            out = self.admin(*args, "--no-password")
        else:
            out = self.admin(*args, "--password-stdin", stdin=password + "\n")
        return out.split()[1]  # "user <id> created"

    def enrol_code(self, username: str) -> str:
        return str(json.loads(self.admin("user", "enrol-code", username, "--json"))["code"])

    def login(self, username: str, password: str) -> str:
        answer = httpx.post(f"{self.url}/v1/login",
                            json={"username": username, "password": password}, timeout=30)
        assert answer.status_code == 200, answer.text
        return str(answer.json()["session_token"])

    # --- what is committed on the server (its SQLite file, read-only) -----------------------
    def _db(self) -> sqlite3.Connection:
        path = self.data_dir / "outreach-server.db"
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)

    def query(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        conn = self._db()
        try:
            return list(conn.execute(sql, params))
        finally:
            conn.close()

    def live_rows(self, client_ids: set[str] | None = None,
                  owner: str | None = None) -> dict[tuple[str, str], int]:
        """(table, id) -> revision of the live rows of COMPARED tables, of the given
        clients, or of the clients ``owner`` owns."""
        rows = self.query("SELECT table_name, id, revision, client_id FROM sync_row "
                          "WHERE deleted_at IS NULL")
        if owner is not None:
            owned = {i for (i,) in self.query(
                "SELECT id FROM sync_row WHERE table_name = 'client' AND owner_user_id = ?",
                owner)}
            client_ids = owned | (client_ids or set())
        return {(t, i): r for t, i, r, c in rows
                if t in COMPARED and (client_ids is None or c in client_ids
                                      or (t == "client" and i in client_ids))}

    def client_fields(self, client_id: str) -> dict[str, Any]:
        ((data,),) = self.query("SELECT data FROM sync_row WHERE table_name = 'client' "
                                "AND id = ?", client_id)
        return dict(json.loads(data))


# --- the laptops ---------------------------------------------------------------------------
@dataclass
class Laptop:
    """One device: its data folder, home and temp folder, and the ``outreach`` command."""

    root: Path

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def vault(self) -> Vault:
        return Vault(self.data, secret_store())

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        home, tmp = self.root / "home", self.root / "tmp"
        home.mkdir(parents=True, exist_ok=True)
        tmp.mkdir(parents=True, exist_ok=True)
        env.update(HOME=str(home), TMPDIR=str(tmp), OUTREACH_PASSPHRASE=PASSPHRASE,
                   LANG="en_US.UTF-8", LANGUAGE="en", XDG_CONFIG_HOME=str(home / ".config"),
                   XDG_CACHE_HOME=str(home / ".cache"))
        env.pop("QT_QPA_PLATFORM", None)
        return env

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "outreach_desktop.cli", "--data-dir", str(self.data),
                "--lang", "en", *args]

    def cli(self, *args: str, check: bool = True,
            timeout: float = 600) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(self.command(*args), capture_output=True, text=True,
                                env=self.env(), timeout=timeout)
        if check and result.returncode != 0:
            raise AssertionError(f"outreach {args} failed ({result.returncode}):\n"
                                 f"{result.stdout}\n{result.stderr}")
        assert "Traceback" not in result.stderr, result.stderr
        return result

    def popen(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(self.command(*args), env=self.env(), text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    # --- set-up
    def create_vault(self) -> None:
        self.vault.create(PASSPHRASE, kdf=KDF_FLOOR).close()

    def enroll(self, server_url: str, code: str) -> None:
        self.cli("enroll", "--server", server_url, "--code", code)

    def sync(self, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self.cli("sync", check=check)

    def status(self) -> dict[str, Any]:
        return dict(json.loads(self.cli("status", "--json").stdout))

    # --- in-process access
    @contextlib.contextmanager
    def open(self) -> Iterator[OpenVault]:
        opened = self.vault.unlock(PASSPHRASE)
        try:
            yield opened
        finally:
            opened.close()

    def live_rows(self) -> dict[tuple[str, str], int | None]:
        """(table, id) -> server_rev of every live row of the COMPARED tables."""
        found: dict[tuple[str, str], int | None] = {}
        with self.open() as opened, opened.repository.read() as session:
            conn = session.connection()
            for table in COMPARED:
                for row_id, rev in conn.exec_driver_sql(
                        f'SELECT id, server_rev FROM "{table}" WHERE deleted_at IS NULL'):
                    found[(table, row_id)] = rev
        return found

    def pending(self) -> int:
        with self.open() as opened, opened.repository.read() as session:
            return int(session.connection().exec_driver_sql(
                "SELECT count(*) FROM outbox WHERE status = 'pending'").scalar() or 0)


def add_clients(repository: Repository, count: int, contacts: int = 2,
                prefix: str = "Person") -> list[str]:
    """``count`` clients, each with ``contacts`` contacts, in one transaction; their ids."""
    ids = []
    with repository.write() as uow:
        for n in range(count):
            client = casework.create_client(uow, f"{prefix}{n}", f"Familie{n}",
                                            date(1990, 1, 1 + n % 28))
            ids.append(client.id)
            for k in range(contacts):
                casework.log_contact(uow, client.id, date(2026, 1, 1 + k % 28), "outreach",
                                     duration_minutes=10 + k, note=f"Gespräch {k}")
    return ids


@dataclass
class Office:
    """One organisation and team with caseworkers ``cw1``/``cw2`` and supervisor ``sup``."""

    server: ServerProcess
    users: dict[str, str]  # username -> user id
    supervisor_token: str

    def laptop(self, root: Path, username: str) -> Laptop:
        laptop = Laptop(root)
        laptop.create_vault()
        laptop.enroll(self.server.url, self.server.enrol_code(username))
        return laptop


def make_office(server: ServerProcess) -> Office:
    server.admin("org", "create", "KIM Köln")
    server.admin("team", "create", "Kalk", "--org", "KIM Köln")
    users = {name: server.create_user(name, "caseworker", "KIM Köln", "Kalk")
             for name in ("cw1", "cw2")}
    users["sup"] = server.create_user("sup", "supervisor", "KIM Köln", "Kalk",
                                      password=SUPERVISOR_PASSWORD)
    return Office(server, users, server.login("sup", SUPERVISOR_PASSWORD))
