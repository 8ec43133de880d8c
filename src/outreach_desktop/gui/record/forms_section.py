"""The Forms tab: the client's forms (drafts and finished), starting and opening them.

A form starts in the client's first language the form is written in (German if none),
changeable before starting and while filling. Opening a draft goes on with the version
it was started on, even after a newer version shipped.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.gui.record.activity_sections import _TableSection
from outreach_desktop.gui.record.dialog_base import RecordDialog, show_record_error
from outreach_desktop.gui.record.table_model import selected_id
from outreach_desktop.gui.record.texts import format_datetime, full_name
from outreach_desktop.i18n import LANGUAGES

if TYPE_CHECKING:
    from outreach_desktop.core.forms.definition import FormDefinition, FormLibrary
    from outreach_desktop.core.storage.models import FormResponse
    from outreach_desktop.gui.forms import FormsBundle
    from outreach_desktop.gui.forms.fill_window import FormFillWindow
    from outreach_desktop.gui.workspace.context import Workspace


def form_title(form: FormDefinition, ui_language: str) -> str:
    return form.title.get(ui_language) or form.title["de"]


class StartFormDialog(RecordDialog):
    """Choose ``form_box`` and ``language_box``; emits ``chosen(form_id, language)``."""

    chosen = Signal(str, str)

    def __init__(self, library: FormLibrary, ui_language: str, client_languages: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.client_languages = client_languages
        self.form_box = QComboBox(self)
        for form_id in library.ids():
            self.form_box.addItem(form_title(library.latest(form_id), ui_language), form_id)
        self.language_box = QComboBox(self)
        self.form_box.currentIndexChanged.connect(self._fill_languages)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Form:"), self.form_box)
        form.addRow(self.tr("&Language:"), self.language_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Start a form"))
        self._fill_languages()

    def _fill_languages(self) -> None:
        from outreach_desktop.core.forms.responses import pick_language

        form = self.library.latest(str(self.form_box.currentData()))
        self.language_box.clear()
        for code in form.languages:
            self.language_box.addItem(LANGUAGES.get(code, code), code)
        preferred = pick_language(form, self.client_languages)
        self.language_box.setCurrentIndex(self.language_box.findData(preferred))

    def is_dirty(self) -> bool:
        return False

    def _accept(self) -> None:
        self.chosen.emit(str(self.form_box.currentData()),
                         str(self.language_box.currentData()))
        self.accept()


class FormsSection(_TableSection):
    """Holds the table of forms, ``start_button``, ``open_button``, ``discard_button``;
    ``start_dialog``, ``fill_window`` and ``discard_box`` while open."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent, stretch_column=0)
        self.start_dialog: StartFormDialog | None = None
        self.fill_window: FormFillWindow | None = None
        self.discard_box: QMessageBox | None = None
        self.bundle: FormsBundle | None = None
        self.start_button = QPushButton(self)
        self.start_button.clicked.connect(self.open_start_dialog)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.discard_button = QPushButton(self)
        self.discard_button.clicked.connect(self.discard_selected)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        for button in (self.start_button, self.open_button, self.discard_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.retranslate()
        workspace.with_forms(self, self._bundle_loaded)

    def _bundle_loaded(self, bundle: FormsBundle) -> None:
        self.bundle = bundle
        self.fill()

    def headers(self) -> list[str]:
        return [self.tr("Form"), self.tr("Language"), self.tr("Status"),
                self.tr("Last changed")]

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Forms"))
        self.start_button.setText(self.tr("&Start form…"))
        self.start_button.setAccessibleName(self.tr("Start form"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open form"))
        self.discard_button.setText(self.tr("Discard draft…"))
        self.discard_button.setAccessibleName(self.tr("Discard draft"))
        super().retranslate()

    def _responses(self) -> list[FormResponse]:
        return self.record.forms if self.record else []

    def fill(self) -> None:
        responses = self._responses()
        rows = []
        for r in responses:
            title = r.form_id
            if self.bundle is not None:
                with contextlib.suppress(KeyError):
                    title = form_title(self.bundle.library.get(r.form_id, r.form_version),
                                       self.workspace.language)
            status = self.tr("Finished") if r.status == "final" else self.tr("Draft")
            rows.append((title, LANGUAGES.get(r.language, r.language), status,
                         format_datetime(r.updated_at)))
        self.model.set_rows([r.id for r in responses], rows)
        ready = self.record is not None and self.bundle is not None
        self.start_button.setEnabled(ready)
        self.open_button.setEnabled(ready and bool(responses))
        self.discard_button.setEnabled(ready and bool(responses))

    # --- starting --------------------------------------------------------------------------
    def open_start_dialog(self) -> StartFormDialog | None:
        if self.record is None or self.bundle is None:
            return None
        dialog = StartFormDialog(self.bundle.library, self.workspace.language,
                                 list(self.record.client.languages or []), self)
        dialog.chosen.connect(self.start_form)
        dialog.finished.connect(lambda _r: setattr(self, "start_dialog", None))
        self.start_dialog = dialog
        dialog.open()
        return dialog

    def start_form(self, form_id: str, language: str) -> None:
        if self.record is None or self.bundle is None:
            return
        form = self.bundle.library.latest(form_id)
        client_id, (name, code) = self.record.client.id, self._client_name_and_code()

        def write(uow: Any) -> Any:
            from outreach_desktop.core.forms.responses import start_response
            from outreach_desktop.gui.forms.fill_window import ResponseSnapshot

            response = start_response(uow, client_id, form, language)
            return ResponseSnapshot.of(response, name, code)

        self.workspace.write(self, write, "form_response").success(self.show_fill_window) \
            .failure(lambda exc: show_record_error(self, exc)).run()

    # --- opening ---------------------------------------------------------------------------
    def open_selected(self) -> None:
        response_id = selected_id(self.table)
        if response_id is None or self.record is None:
            return
        name, code = self._client_name_and_code()

        def read(session: Any) -> Any:
            from outreach_desktop.core.forms.responses import get_response
            from outreach_desktop.gui.forms.fill_window import ResponseSnapshot

            return ResponseSnapshot.of(get_response(session, response_id), name, code)

        self.workspace.read(self, read).success(self.show_fill_window).failure(
            lambda exc: show_record_error(self, exc)).run()

    def _client_name_and_code(self) -> tuple[str, str]:
        """For the window title and the PDF (read here, not on the worker)."""
        assert self.record is not None
        client = self.record.client
        return full_name(client.given_name, client.family_name), client.client_code

    def show_fill_window(self, snapshot: Any) -> FormFillWindow | None:
        from outreach_desktop.gui.forms.fill_window import FormFillWindow

        if self.bundle is None:
            return None
        try:
            self.bundle.library.get(snapshot.form_id, snapshot.form_version)
        except KeyError:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Open form"), self.tr(
                "This form (version %1) is not part of this installation of the app. "
                "Update the app to open it.").replace("%1", str(snapshot.form_version)),
                QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return None
        if self.fill_window is not None:
            self.fill_window.close()
        window = FormFillWindow(self.workspace, self.bundle, snapshot, self)
        window.closed.connect(lambda: setattr(self, "fill_window", None))
        self.fill_window = window
        window.show()
        window.activateWindow()
        return window

    # --- discarding --------------------------------------------------------------------------
    def discard_selected(self) -> QMessageBox | None:
        response_id = selected_id(self.table)
        if response_id is None:
            return None
        response = next((r for r in self._responses() if r.id == response_id), None)
        if response is None:
            return None
        if response.status == "final":
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Discard draft"),
                              self.tr("A finished form is kept. Start a new one to record "
                                      "a change."), QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return box
        self.discard_box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Discard draft"),
            self.tr("Discard this draft and its answers? This cannot be undone."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        self.discard_box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.discard_box.finished.connect(
            lambda answer: self._discard_answered(answer, response_id))
        self.discard_box.open()
        return self.discard_box

    def _discard_answered(self, answer: int, response_id: str) -> None:
        self.discard_box = None
        if answer != QMessageBox.StandardButton.Discard:
            return
        if self.fill_window is not None and self.fill_window.response.id == response_id:
            self.fill_window.final = True  # nothing more to save
            self.fill_window.close()

        def write(uow: Any) -> None:
            from outreach_desktop.core.forms.responses import discard

            discard(uow, response_id)

        self.workspace.write(self, write, "form_response").failure(
            lambda exc: show_record_error(self, exc)).run()
