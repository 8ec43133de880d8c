"""The client's turn: the laptop shows one form, full screen, in large text.

Every other window of the app is hidden while this one is up; closing it (the window
button, Alt+F4, Esc, "Back to the caseworker") only opens the passphrase page, and
only the caseworker's passphrase (checked on the worker, the full key derivation) leads
back. The client's own buttons and messages are in the form's language; the
passphrase page is in the caseworker's UI language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.core.forms.definition import FormDefinition, Texts, check_answers
from outreach_desktop.gui.forms.form_view import FormView
from outreach_desktop.gui.passphrase_widgets import PassphraseField, error_label, show_message
from outreach_desktop.gui.worker import BackgroundOp

if TYPE_CHECKING:
    from outreach_desktop.gui.workspace.context import Workspace

TEXT_SCALE = 1.6
FAILED_ATTEMPT_PAUSE_MS = 1_000  # grows with every wrong passphrase


class ClientModeWindow(QWidget):
    """Pages in ``stack``: ``form_page`` (``view``, ``done_button``, ``hand_back_button``,
    ``incomplete_label``), ``thanks_page`` (``thanks_label``, ``thanks_button``) and
    ``leave_page`` (``passphrase_field``, ``leave_button``, ``back_button``,
    ``leave_error``). ``view.answers_changed`` tells of each edit; ``left`` is emitted
    once the caseworker's passphrase was accepted, ``hidden`` whenever the window hides
    (also when the app locks itself: the draft must be saved before the vault closes)."""

    left = Signal()
    hidden = Signal()

    def __init__(self, workspace: Workspace, form: FormDefinition, engine: dict[str, Texts],
                 language: str, answers: dict[str, Any], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.workspace = workspace
        self.form = form
        self.engine = engine
        self.language = language
        self._may_close = False
        self._failed_attempts = 0
        self._checking = False
        self.stack = QStackedWidget(self)
        self._build_form_page(answers)
        self._build_thanks_page()
        self._build_leave_page()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.ask_to_leave)
        self.retranslate()

    def _word(self, key: str) -> str:
        texts = self.engine.get(key, {})
        return texts.get(self.language) or texts.get("de", key)

    def _client_direction(self) -> Qt.LayoutDirection:
        return (Qt.LayoutDirection.RightToLeft if self.form.languages.get(self.language)
                == "rtl" else Qt.LayoutDirection.LeftToRight)

    def _large(self, widget: QWidget, factor: float = TEXT_SCALE) -> None:
        font = QFont(widget.font())
        font.setPointSizeF(font.pointSizeF() * factor)
        widget.setFont(font)

    def _build_form_page(self, answers: dict[str, Any]) -> None:
        self.form_page = QWidget(self)
        self.form_page.setLayoutDirection(self._client_direction())
        self.view = FormView(self.form, self.engine, self.language, bilingual=False,
                             scale=TEXT_SCALE, parent=self.form_page)
        self.view.set_answers(answers)
        self.incomplete_label = error_label(self.form_page)
        self._large(self.incomplete_label)
        self.done_button = QPushButton(self.form_page)
        self.done_button.clicked.connect(self.done)
        self.hand_back_button = QPushButton(self.form_page)
        self.hand_back_button.clicked.connect(self.ask_to_leave)
        for button in (self.done_button, self.hand_back_button):
            self._large(button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hand_back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self.form_page)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.incomplete_label)
        layout.addLayout(buttons)
        self.stack.addWidget(self.form_page)

    def _build_thanks_page(self) -> None:
        self.thanks_page = QWidget(self)
        self.thanks_page.setLayoutDirection(self._client_direction())
        self.thanks_label = QLabel(self.thanks_page)
        self.thanks_label.setWordWrap(True)
        self.thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._large(self.thanks_label, TEXT_SCALE * 1.3)
        self.thanks_button = QPushButton(self.thanks_page)
        self._large(self.thanks_button)
        self.thanks_button.clicked.connect(self.ask_to_leave)
        layout = QVBoxLayout(self.thanks_page)
        layout.addStretch(1)
        layout.addWidget(self.thanks_label)
        layout.addWidget(self.thanks_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self.stack.addWidget(self.thanks_page)

    def _build_leave_page(self) -> None:
        self.leave_page = QWidget(self)
        self.leave_title = QLabel(self.leave_page)
        self.leave_title.setWordWrap(True)
        self._large(self.leave_title, 1.3)
        self.passphrase_label = QLabel(self.leave_page)
        self.passphrase_field = PassphraseField(self.leave_page)
        self.passphrase_label.setBuddy(self.passphrase_field.line_edit)
        self.passphrase_field.returnPressed.connect(self.check_passphrase)
        self.leave_error = error_label(self.leave_page)
        self.leave_button = QPushButton(self.leave_page)
        self.leave_button.setDefault(True)
        self.leave_button.clicked.connect(self.check_passphrase)
        self.back_button = QPushButton(self.leave_page)
        self.back_button.clicked.connect(self.back_to_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.leave_button)
        box = QWidget(self.leave_page)
        box.setFixedWidth(box.fontMetrics().averageCharWidth() * 80)
        inner = QVBoxLayout(box)
        inner.addWidget(self.leave_title)
        inner.addWidget(self.passphrase_label)
        inner.addWidget(self.passphrase_field)
        inner.addWidget(self.leave_error)
        inner.addLayout(buttons)
        # Centred by stretches, not an alignment flag: an aligned widget gets its size
        # hint, and the wrapped title its one-line height (clipped).
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(box)
        centred.addStretch(1)
        layout = QVBoxLayout(self.leave_page)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)
        self.stack.addWidget(self.leave_page)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(lambda: self._set_leave_enabled(True))

    def retranslate(self) -> None:
        # The client's texts come from the form's engine texts, in the form's language.
        self.done_button.setText(self._word("done"))
        self.hand_back_button.setText(self._word("hand_back"))
        self.thanks_label.setText(self._word("thanks"))
        self.thanks_button.setText(self._word("hand_back"))
        # The caseworker's texts follow the UI language.
        self.setWindowTitle(self.tr("Client view"))
        self.leave_title.setText(self.tr("To leave the client view, the caseworker enters "
                                         "the passphrase."))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.passphrase_field.set_accessible_name(self.tr("Passphrase"))
        self.leave_button.setText(self.tr("&Leave client view"))
        self.back_button.setText(self.tr("&Back to the form"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the client ----------------------------------------------------------------------------
    def done(self) -> None:
        problems = check_answers(self.form, self.view.answers())
        if problems:
            self.view.show_problems(problems)
            show_message(self.incomplete_label, self._word("incomplete"))
            return
        show_message(self.incomplete_label, "")
        self.stack.setCurrentWidget(self.thanks_page)
        self.thanks_button.setFocus()

    def back_to_form(self) -> None:
        self.passphrase_field.clear()
        show_message(self.leave_error, "")
        self.stack.setCurrentWidget(self.form_page)

    # --- leaving ---------------------------------------------------------------------------
    def ask_to_leave(self) -> None:
        if self.stack.currentWidget() is self.leave_page:
            return
        self.stack.setCurrentWidget(self.leave_page)
        self.passphrase_field.setFocus()

    def check_passphrase(self) -> None:
        verify = self.workspace.verify_passphrase
        passphrase = self.passphrase_field.text()
        if self._checking or not self.leave_button.isEnabled() or not passphrase \
                or verify is None:
            return
        self._checking = True
        self._set_leave_enabled(False)
        show_message(self.leave_error, self.tr("Checking…"))
        BackgroundOp(self, lambda: verify(passphrase)).success(self._on_accepted).failure(
            self._on_refused).run()

    def _set_leave_enabled(self, enabled: bool) -> None:
        for widget in (self.leave_button, self.passphrase_field):
            widget.setEnabled(enabled)
        if enabled:
            self.passphrase_field.setFocus()

    def _on_accepted(self, _result: object) -> None:
        self._checking = False
        self._may_close = True
        self.passphrase_field.clear()
        self.hide()
        self.left.emit()

    def _on_refused(self, exc: BaseException) -> None:
        from outreach_desktop.core.errors import WrongPassphrase
        from outreach_desktop.messages import describe_error

        self._checking = False
        self.passphrase_field.clear()
        if isinstance(exc, WrongPassphrase):
            self._failed_attempts += 1
            show_message(self.leave_error, describe_error(exc))
            self.retry_timer.start(FAILED_ATTEMPT_PAUSE_MS * self._failed_attempts)
            return
        show_message(self.leave_error, describe_error(exc))
        self._set_leave_enabled(True)

    def hideEvent(self, event: QHideEvent) -> None:
        self.hidden.emit()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            super().closeEvent(event)
            return
        event.ignore()
        self.ask_to_leave()
