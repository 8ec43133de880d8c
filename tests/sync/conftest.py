"""End-to-end sync fixtures: a real server process per test, an office on it (organisation,
team, two caseworkers, a supervisor signed in over HTTP), laptops made on demand.

Needs the real Secret Service (run under tools/with-keyring): the laptops' ``outreach``
subprocesses and this process share it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sync_world import Laptop, Office, ServerProcess, make_office


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.secret_service)
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def server(tmp_path: Path, secret_service) -> Iterator[ServerProcess]:
    process = ServerProcess(tmp_path / "server" / "data").start()
    yield process
    process.stop()


@pytest.fixture
def office(server: ServerProcess) -> Office:
    return make_office(server)


@pytest.fixture
def new_laptop(tmp_path: Path, office: Office) -> Callable[..., Laptop]:
    """``new_laptop("cw1")``: a fresh vault, enrolled for that user (by the real command)."""
    made: dict[str, int] = {}

    def make(username: str, server_url: str | None = None) -> Laptop:
        made[username] = made.get(username, 0) + 1
        root = tmp_path / f"laptop-{username}-{made[username]}"
        laptop = Laptop(root)
        laptop.create_vault()
        laptop.enroll(server_url or office.server.url, office.server.enrol_code(username))
        return laptop

    return make
