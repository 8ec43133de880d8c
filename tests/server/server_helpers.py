"""Helpers of the server tests: a steppable clock, a live server in a thread, seeding."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

import uvicorn

from outreach_server.app import create_app
from outreach_server.db import Database
from outreach_server.services import admin
from outreach_server.services.audit import Actor
from outreach_server.settings import PasswordCost, Settings

PASSWORD = "Kalk Ehrenfeld Nippes 2026!"
#: Argon2id at a test cost (the real default is 64 MiB, t=3): verifying uses the cost
#: stored in each hash, so hashes made at the CLI's real cost verify too
CHEAP = PasswordCost(memory_kib=1024, iterations=1, lanes=1)
BODY_LIMIT = 64 * 1024


class Clock:
    """The server's clock in tests: starts at a fixed time, moves only when told."""

    def __init__(self, start: datetime = datetime(2026, 3, 2, 9, 0, 0)) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


@contextmanager
def live_server(settings: Settings, db: Database) -> Iterator[str]:
    """The app served by uvicorn over real HTTP on a free loopback port; yields its URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(settings, db), log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                              name="uvicorn-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
        assert not thread.is_alive(), "the test server did not stop"


@dataclass
class Seeded:
    """An organisation with a team, and one user of each role (password ``PASSWORD``)."""

    organisation_id: str
    team_id: str
    other_organisation_id: str
    users: dict[str, str]  # role -> user id

    def user(self, role: str) -> str:
        return self.users[role]


def seed(db: Database, settings: Settings) -> Seeded:
    actor = Actor.command_line()
    with db.write() as session:
        org = admin.create_organisation(session, actor, "Caritas Köln", "CK")
        other = admin.create_organisation(session, actor, "Diakonie Köln")
        team = admin.create_team(session, actor, org, "KIM Kalk")
        users = {}
        for role in ("caseworker", "supervisor", "coordinator", "admin"):
            user = admin.create_user(session, actor, settings, username=f"{role}1", role=role,
                                     organisation=org, team=team, password=PASSWORD)
            users[role] = user.id
        return Seeded(org.id, team.id, other.id, users)


def enrolment_code(db: Database, settings: Settings, user_id: str, **kw: object) -> str:
    with db.write() as session:
        user = admin.find_user(session, user_id)
        code, _row = admin.issue_enrolment_code(session, Actor.command_line(), settings, user,
                                                **kw)  # type: ignore[arg-type]
    return code
