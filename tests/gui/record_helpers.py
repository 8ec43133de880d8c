"""Fixtures and helpers for the client record tests: an unlocked vault, a ``Workspace``
on it, and clients written straight through the repository (as another screen or a
sync would have written them)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from gui_helpers import unlock

from outreach_desktop.core import casework
from outreach_desktop.core.catalogues import load_labels
from outreach_desktop.core.storage.models import Client
from outreach_desktop.gui.workspace.context import Workspace

TIMEOUT_MS = 10_000


@pytest.fixture
def workspace(qtbot, existing_vault, make_controller) -> Workspace:
    controller = make_controller()
    unlock(qtbot, controller)
    controller.main_window.hide()  # the tests show their own widgets
    repository = controller.open_vault.repository
    workspace = Workspace(repository, load_labels(repository, "en"), "en", parent=controller)
    workspace.verify_passphrase = controller.access.verify_passphrase
    return workspace


def add_client(workspace: Workspace, given: str = "Ayşe", family: str = "Özdemir",
               born: date | None = date(2003, 5, 4), with_case: bool = True,
               **fields: Any) -> str:
    fields.setdefault("district", "kalk")
    fields.setdefault("languages", ["tr", "de"])
    with workspace.repository.write() as uow:
        client = casework.create_client(uow, given, family, born, **fields)
        uow.session.flush()
        if with_case:
            casework.open_case(uow, client.id, opened_on=date(2026, 1, 5))
        return client.id


def stored_client(workspace: Workspace, client_id: str) -> Client | None:
    with workspace.repository.read() as session:
        return session.get(Client, client_id)


def record_of(workspace: Workspace, client_id: str) -> casework.ClientRecord:
    with workspace.repository.read() as session:
        return casework.load_record(session, client_id)
