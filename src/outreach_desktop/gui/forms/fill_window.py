"""Filling one form for one client: autosaved drafts, language switch, finish, PDF, and
handing the laptop to the client.

Drafts are saved on the worker shortly after each change (and when the window hides,
which also happens on auto-lock, before the vault closes), without telling the other
screens: a draft save must not make the client list search again. Start, finish and
discard do tell them (``Workspace.data_changed("form_response")``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.core.forms.definition import FormDefinition, check_answers
from outreach_desktop.gui.forms.form_view import FormView
from outreach_desktop.gui.record.texts import describe
from outreach_desktop.gui.worker import BackgroundOp
from outreach_desktop.i18n import LANGUAGES

if TYPE_CHECKING:
    from outreach_desktop.core.storage.models import FormResponse
    from outreach_desktop.gui.forms import FormsBundle
    from outreach_desktop.gui.forms.client_mode import ClientModeWindow
    from outreach_desktop.gui.workspace.context import Workspace

SAVE_DELAY_MS = 800


@dataclass(frozen=True)
class ResponseSnapshot:
    """A form response as read on the worker, safe to hold in the GUI thread."""

    id: str
    client_id: str
    form_id: str
    form_version: int
    language: str
    answers: dict[str, Any]
    status: str
    client_name: str
    client_code: str
    updated_at: datetime | None = None

    @classmethod
    def of(cls, response: FormResponse, client_name: str, client_code: str
           ) -> ResponseSnapshot:
        return cls(response.id, response.client_id, response.form_id, response.form_version,
                   response.language, dict(response.answers or {}), response.status,
                   client_name, client_code, response.updated_at)


class FormFillWindow(QWidget):
    """Holds ``view`` (the ``FormView``), ``language_box``, ``bilingual_box``,
    ``client_mode_button``, ``pdf_button``, ``finish_button``, ``close_button``,
    ``status_label``; ``client_window`` while the client has the laptop.

    Emits ``finished_form(response_id)`` after finishing and ``closed`` when closed."""

    finished_form = Signal(str)
    closed = Signal()

    def __init__(self, workspace: Workspace, bundle: FormsBundle, response: ResponseSnapshot,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace = workspace
        self.bundle = bundle
        self.response = response
        self.form: FormDefinition = bundle.library.get(response.form_id, response.form_version)
        self.final = response.status == "final"
        self.client_window: ClientModeWindow | None = None
        self._hidden_windows: list[QWidget] = []
        self._dirty = False
        self._saving = False
        self._save_again = False
        self._save_error = ""
        self._saved_at: QTime | None = None
        self._pdf: Any = None
        self._build()
        self.view.set_answers(response.answers)
        self.retranslate()
        self.resize(900, 760)

    def _build(self) -> None:
        self.language_box = QComboBox(self)
        for code in self.form.languages:
            self.language_box.addItem(LANGUAGES.get(code, code), code)
        self.language_box.setCurrentIndex(self.language_box.findData(self.response.language))
        self.language_box.currentIndexChanged.connect(self._on_language_chosen)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language_box)
        self.bilingual_box = QCheckBox(self)
        self.bilingual_box.setChecked(True)
        self.bilingual_box.toggled.connect(self._on_language_chosen)
        self.client_mode_button = QPushButton(self)
        self.client_mode_button.clicked.connect(self.open_client_mode)
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.finish_button = QPushButton(self)
        self.finish_button.clicked.connect(self.finish)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.view = FormView(self.form, self.bundle.engine, self.response.language,
                             bilingual=True, parent=self)
        self.view.answers_changed.connect(self._on_answers_changed)

        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language_box)
        top.addWidget(self.bilingual_box)
        top.addStretch(1)
        top.addWidget(self.status_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.client_mode_button)
        bottom.addWidget(self.pdf_button)
        bottom.addStretch(1)
        bottom.addWidget(self.finish_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_now)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_now)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.save_pdf)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.finish)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        self._show_final_state()

    def retranslate(self) -> None:
        texts = self.form.title
        title = texts.get(self.workspace.language) or texts["de"]
        #: Window title of a form being filled: form title — client code.
        self.setWindowTitle(self.tr("%1 — %2").replace("%1", title)
                            .replace("%2", self.response.client_code))
        self.language_label.setText(self.tr("&Language of the form:"))
        self.bilingual_box.setText(self.tr("&German beside it"))
        self.bilingual_box.setToolTip(self.tr("Show every question in German too"))
        self.client_mode_button.setText(self.tr("Hand to the &client…"))
        self.client_mode_button.setToolTip(self.tr(
            "Full screen, only this form, large text. Leaving needs your passphrase."))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        self.finish_button.setText(self.tr("&Finish form"))
        self.finish_button.setToolTip(self.tr("Check the answers and keep the form as final "
                                              "(Ctrl+Enter)"))
        self.close_button.setText(self.tr("Close"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- language ----------------------------------------------------------------------------
    def current_language(self) -> str:
        return str(self.language_box.currentData())

    def _on_language_chosen(self, *_args: object) -> None:
        self.view.set_language(self.current_language(), self.bilingual_box.isChecked())
        if not self.final and self.current_language() != self.response.language:
            self._on_answers_changed()

    # --- saving ------------------------------------------------------------------------------
    def _on_answers_changed(self) -> None:
        if self.final:
            return
        self._dirty = True
        self._show_status()
        self.save_timer.start()

    def save_now(self) -> None:
        """Save the draft on the worker (again afterwards if it changes meanwhile)."""
        self.save_timer.stop()
        if self.final or not self._dirty:
            return
        if self._saving:
            self._save_again = True
            return
        answers, language = self.current_answers(), self.current_language()
        response_id, form = self.response.id, self.form
        self._saving, self._dirty = True, False
        repository = self.workspace.repository

        def job() -> None:
            from outreach_desktop.core.forms.responses import save_draft

            with repository.write() as uow:
                save_draft(uow, response_id, form, answers, language)

        BackgroundOp(self, job).success(self._on_saved).failure(self._on_save_failed).run()

    def _on_saved(self, _result: object) -> None:
        self._saving = False
        self._save_error = ""
        self._saved_at = QTime.currentTime()
        if self._save_again:
            self._save_again = False
            self.save_now()
        self._show_status()

    def _on_save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._dirty = True  # kept in the window; the next change or Ctrl+S tries again
        self._save_error = describe(exc)
        self._show_status()

    def _show_status(self) -> None:
        if self.final:
            text = self.tr("Finished; read only")
        elif self._save_error:
            text = self.tr("Not saved: %1").replace("%1", self._save_error)
        elif self._dirty or self._saving:
            text = self.tr("Saving…")
        elif self._saved_at is not None:
            text = self.tr("Draft saved at %1").replace(
                "%1", QLocale().toString(self._saved_at, QLocale.FormatType.ShortFormat))
        else:
            text = self.tr("Draft; saved as you type")
        self.status_label.setText(text)

    def current_answers(self) -> dict[str, Any]:
        """The answers as typed: in the client's view while the client has the laptop."""
        view = self.client_window.view if self.client_window is not None else self.view
        return view.answers()

    def is_saved(self) -> bool:
        return not (self._dirty or self._saving)

    def hideEvent(self, event: QHideEvent) -> None:
        # Also on auto-lock: the save is queued before the vault is closed.
        self.save_now()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.client_window is not None:
            event.ignore()
            return
        self.save_now()
        self.workspace.data_changed.emit("form_response")
        self.closed.emit()
        super().closeEvent(event)

    # --- finishing ---------------------------------------------------------------------------
    def finish(self) -> None:
        if self.final:
            return
        answers = self.view.answers()
        problems = check_answers(self.form, answers)
        if problems:
            self.view.show_problems(problems)
            self.status_label.setText(self.tr("%n question(s) still need an answer or a "
                                              "correction.", None, len(problems)))
            return
        self.save_timer.stop()
        response_id, form = self.response.id, self.form

        def write(uow: Any) -> None:
            from outreach_desktop.core.forms.responses import finish

            finish(uow, response_id, form, answers, on=self.workspace.today())

        self._dirty = False
        self.workspace.write(self, write, "form_response").success(
            self._on_finished).failure(self._on_save_failed).run()

    def _on_finished(self, _result: object) -> None:
        self.final = True
        self._show_final_state()
        self._show_status()
        self.finished_form.emit(self.response.id)

    def _show_final_state(self) -> None:
        """A finished form is read only: no client view, no finishing, no language change."""
        self.view.set_read_only(self.final)
        for widget in (self.client_mode_button, self.finish_button):
            widget.setVisible(not self.final)
        self.language_box.setEnabled(not self.final)

    # --- the client's turn ----------------------------------------------------------------
    def open_client_mode(self) -> ClientModeWindow | None:
        from outreach_desktop.gui.forms.client_mode import ClientModeWindow

        if self.final or self.client_window is not None:
            return None
        self.save_now()
        window = ClientModeWindow(self.workspace, self.form, self.bundle.engine,
                                  self.current_language(), self.view.answers(), parent=self)
        window.view.answers_changed.connect(self._on_answers_changed)
        window.hidden.connect(self.save_now)
        window.left.connect(self._on_client_mode_left)
        self.client_window = window
        self._hidden_windows = self._windows_to_hide()
        for top in self._hidden_windows:
            top.hide()
        window.showFullScreen()
        window.activateWindow()
        return window

    def _windows_to_hide(self) -> list[QWidget]:
        """Every other window of the app that shows case data."""
        from PySide6.QtWidgets import QApplication

        return [w for w in QApplication.topLevelWidgets()
                if w.isVisible() and w is not self.client_window and w.isWindow()
                and w.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)]

    def _on_client_mode_left(self) -> None:
        window, self.client_window = self.client_window, None
        if window is not None:
            self.view.set_answers(window.view.answers())
            window.deleteLater()
        self._on_answers_changed()
        self.save_now()
        for top in self._hidden_windows:
            top.show()
        self._hidden_windows = []
        self.show()
        self.activateWindow()

    # --- PDF -----------------------------------------------------------------------------------
    def save_pdf(self) -> None:
        from outreach_desktop.gui.forms.pdf import PdfExport

        self._pdf = PdfExport(self, self.form, self.bundle.engine, self.current_language(),
                              self.view.answers() or None,
                              self.response.client_name, self.response.client_code)
        self._pdf.start()
