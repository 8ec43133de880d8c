"""Save screenshots of the first-start screens, for looking at layout and translations.

    python tools/screenshots.py --lang de ar [--platform offscreen] [--out screenshots]

Runs the real app on a temporary data folder with an in-memory keyring (never the
system keyring) and the lowest allowed KDF cost, and writes per language:
setup.png, unlock_wrong_passphrase.png, lock_screen.png, main_window.png, and the client
record's screens (record_*.png, client_dialog.png, log_contact.png, delete_client.png),
and a supervisor's pages on demo data (supervisor_review.png, supervisor_team.png,
supervisor_figures.png).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))  # MemoryKeyring lives with the test helpers

SCREENS = ("setup", "unlock_wrong_passphrase", "lock_screen", "main_window")
PASSPHRASE = "Kalk Ehrenfeld Nippes 2026!"


def wait_until(condition: Callable[[], bool], timeout_s: float = 20.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not reach the expected screen")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def settle() -> None:
    """Let layouts, resizes and repaints finish before grabbing."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(5):
        QCoreApplication.processEvents()
        time.sleep(0.02)


def save(widget, folder: Path, name: str) -> None:
    settle()
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def shoot_workspace(controller, folder: Path) -> None:
    """Heute and the client list with a few demo clients (workspace_today.png,
    workspace_clients.png, workspace_clients_one_letter.png)."""
    from outreach_desktop.core.demo_data import seed_demo

    window = controller.main_window
    seed_demo(controller.open_vault.repository, 60, seed=3)  # the worker is idle here
    window.workspace.data_changed.emit("client")
    window.resize(1200, 700)
    window.show_page("clients")
    model = window.client_list.model
    wait_until(lambda: model.rowCount() > 0 and bool(model._cache)
               and not controller.worker.is_busy)
    window.client_list.table_view.selectRow(2)
    window.record_view.show_client(model.client_id(2))
    wait_until(lambda: not controller.worker.is_busy)
    save(window, folder, "workspace_clients")
    client_list = window.client_list
    client_list.search_field.setText("M")  # one letter: the list stays, the count says why
    client_list.run_search()
    wait_until(lambda: not controller.worker.is_busy)
    save(window, folder, "workspace_clients_one_letter")
    client_list.search_field.clear()
    client_list.run_search()
    wait_until(lambda: not controller.worker.is_busy)
    window.show_page("today")
    save(window, folder, "workspace_today")


def shoot_language(lang: str, languages, out_dir: Path) -> None:
    from memory_keyring import MemoryKeyring
    from outreach_desktop.core.vault import KDF_FLOOR
    from outreach_desktop.core.vault.device_secret import DeviceSecretStore
    from outreach_desktop.gui.controller import AppController, AppState

    folder = out_dir / lang
    folder.mkdir(parents=True, exist_ok=True)
    languages.install(lang)
    with tempfile.TemporaryDirectory() as tmp:
        controller = AppController(Path(tmp) / "data", secrets=DeviceSecretStore(MemoryKeyring()),
                                   kdf=KDF_FLOOR, languages=languages)
        try:
            controller.start()
            setup = controller.setup_dialog
            setup.passphrase_field.line_edit.setText(PASSPHRASE)
            setup.repeat_field.line_edit.setText(PASSPHRASE[:-1])  # shows the mismatch line
            setup.adjustSize()
            save(setup, folder, "setup")
            setup.repeat_field.line_edit.setText(PASSPHRASE)
            setup.create_button.click()
            wait_until(lambda: controller.state is AppState.UNLOCKED)

            controller.main_window.resize(760, 480)
            save(controller.main_window, folder, "main_window")
            shoot_workspace(controller, folder)
            shoot_record(controller, lang, folder)
            shoot_sync(controller, folder)

            controller.lock(idle_minutes=5)
            unlock = controller.unlock_window
            wait_until(lambda: not controller.worker.is_busy)
            unlock.adjustSize()
            save(unlock, folder, "lock_screen")

            for _ in range(2):  # the second mistake starts the visible countdown
                wait_until(lambda: unlock.passphrase_field.isEnabled())
                unlock.passphrase_field.line_edit.setText("not the passphrase")
                failures = unlock.failures
                unlock.unlock_button.click()
                wait_until(lambda f=failures: unlock.failures == f + 1)
            unlock.adjustSize()
            save(unlock, folder, "unlock_wrong_passphrase")
        finally:
            controller.quit()


def shoot_record(controller, lang: str, folder: Path) -> None:
    """The client record (overview, case, contacts) and its dialogs, on a demo client."""
    from datetime import date, timedelta

    from outreach_desktop.core import casework
    from outreach_desktop.core.catalogues import load_labels
    from outreach_desktop.gui.record.client_dialog import ClientDialog
    from outreach_desktop.gui.record.log_contact_dialog import LogContactDialog
    from outreach_desktop.gui.record.record_view import ClientRecordView
    from outreach_desktop.gui.workspace.context import Workspace

    repository = controller.open_vault.repository
    with repository.write() as uow:
        client = casework.create_client(
            uow, "Ayşe", "Özdemir", date(2003, 5, 4), aliases=["Ayse"], district="kalk",
            languages=["tr", "de"], residence_status="toleration", target_groups=["lgbti"],
            contact_channels=[{"kind": "phone", "value": "0176 5550123"}])
        uow.session.flush()
        case = casework.open_case(uow, client.id, date.today() - timedelta(days=90))
        casework.change_phase(uow, case, "assessment")
        for days, kind in ((40, "outreach"), (20, "office"), (3, "accompaniment")):
            casework.log_contact(uow, client.id, date.today() - timedelta(days=days), kind, 45,
                                 "kalk", ["housing", "job_search"], "tr", "Jobcenter letter",
                                 date.today() + timedelta(days=7))
    workspace = Workspace(repository, load_labels(repository, lang), lang)
    view = ClientRecordView(workspace)
    view.resize(820, 520)
    view.show()
    loaded = []
    view.record_loaded.connect(loaded.append)
    view.show_client(client.id)
    wait_until(lambda: bool(loaded))
    for index, name in ((0, "record_overview"), (1, "record_case"), (3, "record_contacts")):
        view.tabs.setCurrentIndex(index)
        save(view, folder, name)
    dialogs = (("client_dialog", ClientDialog(workspace, client.id, view)),
               ("log_contact", LogContactDialog(workspace, client.id, view)))
    for name, dialog in dialogs:
        dialog.open()
        wait_until(lambda: not controller.worker.is_busy)
        dialog.adjustSize()
        save(dialog, folder, name)
        dialog.done(0)
    shoot_forms(controller, view, client.id, client.client_code, folder)
    shoot_record_sync(repository, view, client.id, folder)
    view.open_delete_dialog()
    view.delete_dialog.adjustSize()
    save(view.delete_dialog, folder, "delete_client")
    view.delete_dialog.done(0)
    view.close()
    view.deleteLater()


def shoot_record_sync(repository, view, client_id: str, folder: Path) -> None:
    """The record after a sync brought feedback and a rejected change
    (record_sync_overview.png, record_feedback.png)."""
    from datetime import timedelta

    from sqlalchemy import text

    from outreach_desktop.core.storage.models import Client, Contact, Review, utcnow
    from outreach_desktop.core.sync.local import update_config

    update_config(repository, server_url="https://sync.example.org", device_token="demo")
    with repository.write() as uow:
        contact = uow.session.query(Contact).filter_by(client_id=client_id).first()
        uow.session.execute(text("UPDATE client SET server_rev = 2 WHERE id = :id"),
                            {"id": client_id})
        uow.update(uow.session.get(Client, client_id), aliases=["Ayse", "A. Ö." * 40])
        for kind, table, row_id, rev, body, hours in (
                ("return", "contact", contact.id, 1, "Bitte das Thema und die Dauer "
                 "ergänzen.\nDanach gern noch einmal vorlegen.", 2),
                ("approve", "client", client_id, 1, "", 30),
                ("comment", "client", client_id, 2, "Gute Einschätzung der Wohnsituation.",
                 50)):
            review = uow.apply_reference(Review, client_id=client_id, record_table=table,
                                         record_id=row_id, record_rev=rev, kind=kind,
                                         body=body)
            review.created_at = utcnow() - timedelta(hours=hours)
    with repository.write() as uow:
        uow.session.execute(text(
            "UPDATE outbox SET status = 'rejected', errors = :errors WHERE seq = "
            "(SELECT max(seq) FROM outbox WHERE row_id = :id)"),
            {"id": client_id, "errors": '{"aliases": "too_long"}'})
    loaded: list[str] = []
    view.record_loaded.connect(loaded.append)
    view.workspace.data_changed.emit("review")
    wait_until(lambda: bool(loaded))
    view.tabs.setCurrentIndex(0)
    save(view, folder, "record_sync_overview")
    view.tabs.setCurrentWidget(view.feedback)
    save(view, folder, "record_feedback")


def shoot_sync(controller, folder: Path) -> None:
    """The main window's sync status area with problems waiting (sync_status.png) and the
    problems dialog's two tabs (sync_conflicts.png, sync_rejected.png). Runs after
    shoot_record, which enrolled the vault (a made-up server) and left a rejected change."""
    from datetime import timedelta

    from outreach_desktop.core.storage.models import Conflict, Contact, utcnow
    from outreach_desktop.core.sync.local import update_config

    repository = controller.open_vault.repository
    sync = controller.sync
    sync.shutdown()  # no sync against the made-up server while the screens are shot
    update_config(repository, user_id="u-1", device_id="d-1", role="caseworker",
                  last_success_at=(utcnow() - timedelta(minutes=12)).isoformat() + "Z")
    with repository.write() as uow:
        contact = uow.session.query(Contact).first()
        conflict = uow.apply_reference(
            Conflict, client_id=contact.client_id, record_table="contact",
            record_id=contact.id, field="note", user_id="u-1", device_id="d-1",
            server_value="Termin beim Jobcenter am Montag, Begleitung zugesagt.",
            device_value="Brief vom Jobcenter gemeinsam gelesen; Antrag auf "
                         "Weiterbewilligung ausgefüllt.")
        conflict.created_at = utcnow() - timedelta(hours=3)
    sync._stopped = False  # read the status once more (the thread stays stopped)
    statuses: list[object] = []
    sync.status_changed.connect(statuses.append)
    sync.refresh_status()
    wait_until(lambda: bool(statuses) and not controller.worker.is_busy)
    sync._set_online(True)
    window = controller.main_window
    window.resize(1200, 700)
    window.show_page("today")
    wait_until(lambda: not controller.worker.is_busy)
    save(window, folder, "sync_status")
    dialog = window.open_problems_dialog()
    wait_until(lambda: dialog.conflict_list.count() > 0 and not controller.worker.is_busy)
    save(dialog, folder, "sync_conflicts")
    dialog.tabs.setCurrentIndex(1)
    save(dialog, folder, "sync_rejected")
    dialog.done(0)
    sync._stopped = True


def shoot_forms(controller, view, client_id: str, client_code: str, folder: Path) -> None:
    """The Forms tab, the consent form in Arabic with German beside it
    (form_consent_ar_de.png, its decision part form_consent_ar_de_decision.png) and the
    client's full-screen view of it (form_client_mode.png)."""
    from outreach_desktop.core.forms.responses import save_draft, start_response
    from outreach_desktop.gui.forms.fill_window import ResponseSnapshot

    wait_until(lambda: view.forms.bundle is not None)
    form = view.forms.bundle.library.latest("consent")
    with controller.open_vault.repository.write() as uow:
        response = start_response(uow, client_id, form, "ar")
        save_draft(uow, response.id, form, {"consent_basic": True, "contact_ways": ["phone"]})
        snapshot = ResponseSnapshot.of(response, "Ayşe Özdemir", client_code)
    loaded = []
    view.record_loaded.connect(loaded.append)
    view.show_client(client_id)
    wait_until(lambda: bool(loaded))
    view.tabs.setCurrentWidget(view.forms)
    save(view, folder, "record_forms")
    window = view.forms.show_fill_window(snapshot)
    window.resize(1000, 760)
    save(window, folder, "form_consent_ar_de")
    window.view.ensureWidgetVisible(window.view.rows["copy_offered"])
    save(window, folder, "form_consent_ar_de_decision")
    client_window = window.open_client_mode()
    client_window.resize(1024, 720)
    save(client_window, folder, "form_client_mode")
    client_window.ask_to_leave()
    save(client_window, folder, "form_client_mode_leave")
    client_window._may_close = True  # leave as the passphrase would (tested elsewhere)
    client_window.hide()
    client_window.left.emit()
    window.close()
    wait_until(lambda: not controller.worker.is_busy)


def use_dark_palette(app) -> None:
    """What a dark desktop theme gives Qt apps: Fusion with a dark palette."""
    from PySide6.QtGui import QColor, QPalette

    app.setStyle("Fusion")
    palette = QPalette()
    role = QPalette.ColorRole
    for r, colour in ((role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"),
                      (role.Base, "#1e1e1e"), (role.AlternateBase, "#2f2f2f"),
                      (role.Text, "#e6e6e6"), (role.Button, "#353535"),
                      (role.ButtonText, "#e6e6e6"), (role.Highlight, "#2f65ca"),
                      (role.HighlightedText, "#ffffff"), (role.ToolTipBase, "#353535"),
                      (role.ToolTipText, "#e6e6e6"), (role.PlaceholderText, "#9a9a9a")):
        palette.setColor(r, QColor(colour))
    app.setPalette(palette)


def shoot_supervisor(lang: str, languages, out_dir: Path) -> None:
    """A supervisor's laptop as a team's sync leaves it (core.supervision.demo): the
    review queue with a goal agreement awaiting a decision, the team overview with one
    caseworker's clients, and the figures."""
    from datetime import date

    from memory_keyring import MemoryKeyring
    from outreach_desktop.core.demo_data import seed_demo
    from outreach_desktop.core.storage.models import Case, FormResponse
    from outreach_desktop.core.supervision.demo import make_supervisor_demo
    from outreach_desktop.core.vault import KDF_FLOOR, Vault
    from outreach_desktop.core.vault.device_secret import DeviceSecretStore
    from outreach_desktop.gui.controller import AppController, AppState

    folder = out_dir / lang
    folder.mkdir(parents=True, exist_ok=True)
    languages.install(lang)
    with tempfile.TemporaryDirectory() as tmp:
        secrets = DeviceSecretStore(MemoryKeyring())
        vault = Vault(Path(tmp) / "data", secrets)
        opened = vault.create(PASSPHRASE, kdf=KDF_FLOOR)
        repository = opened.repository
        seed_demo(repository, 240, seed=5, today=date(2026, 11, 20))
        with repository.write() as uow:  # a goal agreement signed today, to decide on
            case = uow.session.query(Case).filter(Case.closed_on.is_(None)).first()
            uow.add(FormResponse, client_id=case.client_id, form_id="goal_agreement",
                    form_version=1, language="ar", answers={}, status="final")
        make_supervisor_demo(repository, caseworkers=6, reviewed_share=0.9,
                             changed_share=0.05)
        with repository.write() as uow:
            uow.session.connection().exec_driver_sql(
                "UPDATE form_response SET server_rev = 1 WHERE server_rev IS NULL")
            uow.session.connection().exec_driver_sql("DELETE FROM outbox")
        opened.close()
        controller = AppController(vault.paths.root, secrets=secrets, kdf=KDF_FLOOR,
                                   languages=languages,
                                   sync_options={"network_information": False,
                                                 "periodic_ms": 3_600_000,
                                                 "debounce_ms": 3_600_000})
        try:
            controller.start()
            wait_until(lambda: controller.unlock_window is not None
                       and controller.unlock_window.passphrase_field.isEnabled())
            controller.unlock_window.passphrase_field.line_edit.setText(PASSPHRASE)
            controller.unlock_window.unlock_button.click()
            wait_until(lambda: controller.state is AppState.UNLOCKED)
            window = controller.main_window
            window.resize(1280, 760)
            review = window.review_view
            wait_until(lambda: review.queue is not None and bool(review.items)
                       and not controller.worker.is_busy)
            save(window, folder, "supervisor_review")
            window.show_page("team")
            team = window.team_view
            wait_until(lambda: bool(team.overview) and not controller.worker.is_busy)
            team.team_tree.setCurrentItem(team.team_tree.topLevelItem(0))
            wait_until(lambda: team.clients_tree.topLevelItemCount() > 0
                       and not controller.worker.is_busy)
            save(window, folder, "supervisor_team")
            window.show_page("figures")
            figures = window.figures_view
            figures.period_combo.setCurrentIndex(figures.period_combo.findData("last_12_months"))
            wait_until(lambda: figures.figures is not None and not figures.computing
                       and not controller.worker.is_busy)
            save(window, folder, "supervisor_figures")
            window.show_page("review")
        finally:
            controller.quit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["de", "ar"])
    parser.add_argument("--platform", default="offscreen", help="Qt platform plugin")
    parser.add_argument("--out", type=Path, default=REPO / "screenshots")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="UI scale factor, e.g. 2 for 200 %% (QT_SCALE_FACTOR)")
    parser.add_argument("--dark", action="store_true", help="a dark system colour scheme")
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = args.platform
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)

    from PySide6.QtWidgets import QApplication

    from outreach_desktop.i18n import LanguageManager
    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    if args.dark:
        use_dark_palette(app)
    languages = LanguageManager(app)
    for lang in args.lang:
        shoot_language(lang, languages, args.out)
        shoot_supervisor(lang, languages, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
