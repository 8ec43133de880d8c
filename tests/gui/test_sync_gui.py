"""Sync in the app, against the real server process over HTTP: enrol through the dialog,
Sync now, the status area, a conflict resolved in the problems dialog, a revoked device
wiped. A second laptop is a second real vault synced with the core engine."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from gui_helpers import PASSPHRASE, unlock
from PySide6.QtCore import Qt
from record_helpers import workspace  # noqa: F401

from outreach_desktop.core.casework import create_client, update_client
from outreach_desktop.core.paths import VaultPaths
from outreach_desktop.core.storage.models import Client
from outreach_desktop.core.sync.engine import SyncEngine, enrol
from outreach_desktop.core.vault import KDF_FLOOR, Vault
from outreach_desktop.core.vault.device_secret import DeviceSecretStore
from outreach_desktop.gui.controller import AppState
from outreach_desktop.gui.sync import controller as sync_controller_module
from outreach_desktop.gui.sync.enrol_dialog import EnrolDialog
from outreach_desktop.gui.sync.problems_dialog import ProblemsDialog

SYNC_TIMEOUT_MS = 30_000
#: No automatic syncs in the way of what a test does: long timers, no network backend.
QUIET = {"network_information": False, "periodic_ms": 3_600_000, "debounce_ms": 3_600_000}


class Server:
    def __init__(self, data_dir: Path, url: str) -> None:
        self.data_dir, self.url = data_dir, url
        self.org = f"org-{uuid.uuid4().hex[:6]}"
        self.team = "Team Nord"
        self.admin("org", "create", self.org)
        self.admin("team", "create", self.team, "--org", self.org)

    def admin(self, *args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "outreach_server", "admin", *args[:2], *args[2:],
             "--data-dir", str(self.data_dir)],
            env=_server_env(), capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def caseworker(self) -> str:
        name = f"cw-{uuid.uuid4().hex[:8]}"
        self.admin("user", "create", name, "--org", self.org, "--role", "caseworker",
                   "--team", self.team, "--no-password")
        return name

    def enrol_code(self, username: str) -> str:
        return str(json.loads(self.admin("user", "enrol-code", username, "--json"))["code"])


def _server_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("OUTREACH_")}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    """``outreach-server serve`` in a subprocess on a loopback port (plain HTTP is allowed
    on loopback), with an organisation and a team."""
    data_dir = tmp_path_factory.mktemp("server")
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "outreach_server", "serve", "--data-dir", str(data_dir),
         "--port", str(port), "--log-level", "warning"],
        env=_server_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start: {process.stdout.read()}")
            time.sleep(0.2)
        yield Server(data_dir, url)
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


class Laptop:
    """A second device: a real vault in its own folder, synced by the core engine."""

    def __init__(self, folder: Path, keyring, server: Server, username: str) -> None:
        self.vault = Vault(folder, DeviceSecretStore(keyring))
        self.open = self.vault.create(PASSPHRASE, kdf=KDF_FLOOR)
        self.repository = self.open.repository
        enrol(self.repository, server.url, server.enrol_code(username), device_name="second")

    def sync(self):
        return SyncEngine(self.repository).run()

    def client(self, client_id: str) -> Client | None:
        with self.repository.read() as session:
            client = session.get(Client, client_id)
            if client is not None:
                session.expunge(client)
            return client

    def close(self) -> None:
        self.open.close()


@pytest.fixture
def sync_threads(monkeypatch) -> list[str]:
    """The name of the thread each sync ran on."""
    names: list[str] = []
    original = sync_controller_module._run_sync

    def recording(*args, **kwargs):
        names.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(sync_controller_module, "_run_sync", recording)
    return names


def _start_app(qtbot, make_controller, existing_vault):
    controller = make_controller(sync_options=QUIET)
    unlock(qtbot, controller)
    window = controller.main_window
    qtbot.waitUntil(lambda: controller.sync is not None and controller.sync.status is not None,
                    timeout=SYNC_TIMEOUT_MS)
    return controller, window


def _wait(qtbot, future) -> object:
    qtbot.waitUntil(future.done, timeout=SYNC_TIMEOUT_MS)
    return future.result()


def _enrol_through_dialog(qtbot, window, server: Server, username: str) -> None:
    assert window.sync_status_widget.online_label.text() == "Not connected to a server"
    window.connect_server_action.trigger()
    dialog = window.findChild(EnrolDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.device_name_edit.text()  # the host name by default
    qtbot.keyClicks(dialog.url_edit, server.url)
    # a wrong code: a clear message, the dialog stays
    qtbot.keyClicks(dialog.code_edit, "WRONG-CODE")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == "input" and "code" in dialog.message_label.text(),
                    timeout=SYNC_TIMEOUT_MS)
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, server.enrol_code(username))
    with qtbot.waitSignal(dialog.first_sync_done, timeout=SYNC_TIMEOUT_MS):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.state == "done"
    assert "first sync is done" in dialog.message_label.text()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)  # now "Close"
    assert not dialog.isVisible()


def _press_f5(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F5)


def _sync_now(qtbot, window) -> None:
    sync = window.sync
    with qtbot.waitSignal(sync.sync_finished, timeout=SYNC_TIMEOUT_MS):
        _press_f5(qtbot, window)
        assert sync.running and not window.sync_now_action.isEnabled()
    qtbot.waitUntil(lambda: window.sync_now_action.isEnabled())


def test_enrol_sync_and_resolve_a_conflict_from_a_second_laptop(
        qtbot, make_controller, existing_vault, server, memory_keyring, tmp_path,
        sync_threads) -> None:
    controller, window = _start_app(qtbot, make_controller, existing_vault)
    username = server.caseworker()
    _enrol_through_dialog(qtbot, window, server, username)
    sync = controller.sync
    assert sync.enrolled and sync_threads
    assert all(name.startswith("outreach-sync") for name in sync_threads)

    # a client made on this laptop goes up with Sync now; the status area says so
    app_workspace = window.workspace
    client_id = _wait(qtbot, app_workspace.write(
        window, lambda uow: create_client(uow, "Mariam", "Test").id).run())
    qtbot.waitUntil(lambda: sync.status.pending > 0, timeout=SYNC_TIMEOUT_MS)
    ticks: list[float] = []
    timer_id = window.startTimer(10)
    original_timer_event = window.timerEvent

    def tick(event) -> None:
        ticks.append(time.monotonic())
        original_timer_event(event)

    window.timerEvent = tick
    _sync_now(qtbot, window)
    window.killTimer(timer_id)
    assert ticks, "the GUI event loop did not run during the sync"
    assert all(name.startswith("outreach-sync") for name in sync_threads)
    status = window.sync_status_widget
    # (English plurals come from the translation file: "0 changes", until then "change(s)")
    qtbot.waitUntil(lambda: sync.status.pending == 0
                    and status.pending_label.text().startswith("0 change"),
                    timeout=SYNC_TIMEOUT_MS)
    assert status.last_sync_label.text().startswith("Last sync ")
    assert "never" not in status.last_sync_label.text()
    assert status.online_label.text() == "Online"
    assert not status.problems_button.isVisible()

    # the server has it: a second laptop of the same caseworker pulls it
    second = Laptop(tmp_path / "second", memory_keyring, server, username)
    try:
        second.sync()
        pulled = second.client(client_id)
        assert pulled is not None and pulled.given_name == "Mariam"

        # both edit the same field; the second laptop syncs first
        with second.repository.write() as uow:
            update_client(uow, uow.session.get(Client, client_id), given_name="Maryam")
        second.sync()

        def edit(uow):
            update_client(uow, uow.session.get(Client, client_id), given_name="Miriam")

        _wait(qtbot, app_workspace.write(window, edit).run())
        _sync_now(qtbot, window)
        qtbot.waitUntil(lambda: sync.status.conflicts == 1, timeout=SYNC_TIMEOUT_MS)
        assert status.problems_button.isVisible()
        assert status.problems_button.text().startswith("1 problem")

        qtbot.mouseClick(status.problems_button, Qt.MouseButton.LeftButton)
        dialog = window.findChild(ProblemsDialog)
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.conflict_list.count() == 1, timeout=SYNC_TIMEOUT_MS)
        assert dialog.tabs.tabText(0) == "Conflicts (1)"
        assert dialog.server_value.toPlainText() == "Maryam"
        assert dialog.device_value.toPlainText() == "Miriam"
        assert dialog.device_meta.text().startswith("By you, ")
        assert dialog.combine_box.isVisibleTo(dialog)
        assert dialog.combine_edit.toPlainText() == "Maryam\n\nMiriam"

        with qtbot.waitSignal(sync.sync_finished, timeout=SYNC_TIMEOUT_MS):
            qtbot.mouseClick(dialog.use_mine_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.conflict_list.count() == 0, timeout=SYNC_TIMEOUT_MS)
        qtbot.waitUntil(lambda: sync.status.conflicts == 0 and sync.status.pending == 0,
                        timeout=SYNC_TIMEOUT_MS)
        assert not status.problems_button.isVisible()
        dialog.reject()

        second.sync()
        assert second.client(client_id).given_name == "Miriam"

        # a local change goes up by itself a moment later (debounced), no click needed
        sync.debounce_timer.setInterval(200)

        def rename(uow):
            update_client(uow, uow.session.get(Client, client_id), family_name="Auto")

        with qtbot.waitSignal(sync.sync_finished, timeout=SYNC_TIMEOUT_MS):
            _wait(qtbot, app_workspace.write(window, rename).run())
        second.sync()
        assert second.client(client_id).family_name == "Auto"
    finally:
        second.close()


def test_a_revoked_device_is_wiped_after_sync_now(
        qtbot, make_controller, existing_vault, server, data_dir) -> None:
    controller, window = _start_app(qtbot, make_controller, existing_vault)
    _enrol_through_dialog(qtbot, window, server, server.caseworker())
    device_id = controller.sync.status.device_id
    server.admin("device", "revoke", device_id)

    _press_f5(qtbot, window)
    qtbot.waitUntil(lambda: controller.state is AppState.SETUP, timeout=SYNC_TIMEOUT_MS)
    paths = VaultPaths(data_dir)
    assert not paths.key_file.exists()
    assert not any(path.exists() for path in paths.database_files())
    assert controller.main_window is None and controller.sync is None
    assert controller.setup_dialog is not None and controller.setup_dialog.isVisible()
    assert "revoked" in controller.wiped_message.text()


def test_sync_now_offline_fails_clearly_and_backs_off(qtbot, make_controller,
                                                       existing_vault) -> None:
    controller, window = _start_app(qtbot, make_controller, existing_vault)
    from outreach_desktop.core.sync.local import update_config

    # enrolled with a server that is not there (a closed loopback port)
    url = f"http://127.0.0.1:{_free_port()}"
    repository = window.workspace.repository
    _wait(qtbot, controller.worker.submit(
        lambda: update_config(repository, server_url=url, device_token="t", device_id="d",
                              user_id="u", role="caseworker"), lambda _f: None))
    sync = controller.sync
    sync.refresh_status()
    qtbot.waitUntil(lambda: sync.enrolled, timeout=SYNC_TIMEOUT_MS)
    with qtbot.waitSignal(sync.sync_failed, timeout=SYNC_TIMEOUT_MS) as failed:
        window.sync_now_action.trigger()
    assert type(failed.args[0]).__name__ == "ServerUnreachable"
    assert window.sync_status_widget.online_label.text() == "Offline"
    assert sync.retry_timer.isActive()  # automatic syncs wait (backoff)
    assert "Sync failed" in window.statusBar().currentMessage()
    # an automatic trigger during the backoff does nothing; Sync now always tries
    sync.request_sync("periodic")
    assert not sync.running
    with qtbot.waitSignal(sync.sync_failed, timeout=SYNC_TIMEOUT_MS):
        window.sync_now_action.trigger()
        assert sync.running

    # the network appears: the server's health is checked first (it is not there)
    from PySide6.QtNetwork import QNetworkInformation

    with qtbot.waitSignal(sync.sync_failed, timeout=SYNC_TIMEOUT_MS) as failed:
        sync._on_reachability(QNetworkInformation.Reachability.Online)
        assert sync.running
    assert type(failed.args[0]).__name__ == "ServerUnreachable"
    sync._on_reachability(QNetworkInformation.Reachability.Disconnected)
    assert sync.online is False and not sync.periodic_timer.isActive()



def test_rejected_changes_show_the_reason_and_can_be_sent_again_or_discarded(
        qtbot, workspace) -> None:  # noqa: F811
    from record_helpers import add_client
    from sqlalchemy import text

    from outreach_desktop.core.sync.local import update_config

    repository = workspace.repository
    update_config(repository, server_url="https://sync.example.org", device_token="t",
                  user_id="u-1", device_id="d-1", role="caseworker")
    client_id = add_client(workspace, aliases=["Ayse"])

    def reject(errors: str) -> None:
        with repository.write() as uow:
            uow.session.execute(text(
                "UPDATE outbox SET status = 'rejected', errors = :errors WHERE seq = "
                "(SELECT min(seq) FROM outbox WHERE row_id = :id)"),
                {"id": client_id, "errors": errors})

    def statuses() -> list[str]:
        with repository.read() as session:
            return [r[0] for r in session.execute(text(
                "SELECT status FROM outbox WHERE row_id = :id ORDER BY seq"), {"id": client_id})]

    reject('{"aliases": "too_long", "given_name": "some_new_code"}')
    dialog = ProblemsDialog(workspace, None)
    qtbot.addWidget(dialog)
    opened: list[str] = []
    dialog.open_client.connect(opened.append)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.rejected_list.count() == 1, timeout=SYNC_TIMEOUT_MS)
    assert dialog.tabs.tabText(1) == "Rejected changes (1)"
    assert dialog.conflicts_empty_label.text() == "No open conflicts."
    dialog.tabs.setCurrentIndex(1)
    reason = dialog.reason_label.text()
    assert "Aliases: The server refused this text as too long." in reason
    assert "some_new_code" in reason  # an unknown code is shown as it is
    item_text = dialog.rejected_list.item(0).text()
    assert item_text.startswith("K-") and "rejected" in item_text  # the client code

    qtbot.mouseClick(dialog.open_record_button, Qt.MouseButton.LeftButton)
    assert opened == [client_id]

    with qtbot.waitSignal(dialog.reloaded, timeout=SYNC_TIMEOUT_MS):
        qtbot.mouseClick(dialog.send_again_button, Qt.MouseButton.LeftButton)
    assert dialog.rejected_list.count() == 0 and "rejected" not in statuses()
    assert dialog.rejected_empty_label.text() == "No rejected changes."

    reject('{"aliases": "too_long"}')
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.rejected_list.count() == 1, timeout=SYNC_TIMEOUT_MS)
    box = dialog._confirm_discard()
    assert box.defaultButton() == box.button(box.StandardButton.Cancel)  # Enter keeps it
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert dialog.rejected_list.count() == 1 and "rejected" in statuses()
    box = dialog._confirm_discard()
    discard = next(b for b in box.buttons() if b.text() == "Discard")
    with qtbot.waitSignal(dialog.reloaded, timeout=SYNC_TIMEOUT_MS):
        qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    assert dialog.rejected_list.count() == 0
    assert "rejected" not in statuses()


def test_locking_during_a_sync_stops_it_and_waits_for_it_before_the_vault_closes(
        qtbot, make_controller, existing_vault, monkeypatch) -> None:
    controller, _window = _start_app(qtbot, make_controller, existing_vault)
    events: list[str] = []
    started = threading.Event()

    def slow_sync(repository, check_health, progress, stop):
        started.set()
        asked = stop.wait(5)  # a long download, between two pages
        time.sleep(0.2)
        with repository.read() as session:  # the vault is still open at the end
            session.get(Client, "none")
        events.append("sync stopped" if asked else "sync ran to its end")
        return None

    monkeypatch.setattr(sync_controller_module, "_run_sync", slow_sync)
    sync = controller.sync
    sync.sync_now()
    assert started.wait(5)
    controller.lock()
    events.append("locked")
    assert events == ["sync stopped", "locked"]
    assert controller.sync is None and not sync.running
    assert not [t for t in threading.enumerate() if t.name.startswith("outreach-sync")]
    qtbot.waitUntil(lambda: not controller.worker.is_busy, timeout=SYNC_TIMEOUT_MS)
