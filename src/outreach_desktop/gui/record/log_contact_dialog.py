"""Log a contact in one small step, from anywhere (the main window binds Ctrl+K).

Keyboard first: Tab goes top-down, Space ticks topics, Enter in the note is a new line
and Ctrl+Enter saves from any field, Escape asks before throwing typing away. A
follow-up date is set in the same step (quick choices +1, +2, +4 weeks). Without a
client the dialog starts with a search field that completes names from the vault.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.core.client_search import is_searchable
from outreach_desktop.gui.record.client_dialog import fill_code_combo
from outreach_desktop.gui.record.dialog_base import RecordDialog
from outreach_desktop.gui.record.texts import describe, full_name, problem_text
from outreach_desktop.gui.record.widgets import (
    CheckList,
    DateField,
    FieldMessage,
    set_tab_order,
)
from outreach_desktop.gui.workspace.context import Workspace

SEARCH_DELAY_MS = 150
MAX_SUGGESTIONS = 20
QUICK_FOLLOW_UPS = (7, 14, 28)  # days after the contact


def client_caption(given: str, family: str, code: str) -> str:
    return f"{full_name(given, family)} ({code})"


class LogContactDialog(RecordDialog):
    """Holds the contact's fields; ``contact_logged(client_id)`` once it is stored.

    ``client_id`` None: ``client_search_edit`` comes first and sets ``client_id`` when a
    suggestion is chosen (``suggestions`` maps each suggestion text to its client id).
    """

    contact_logged = Signal(str)

    def __init__(self, workspace: Workspace, client_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.client_id = client_id
        self.suggestions: dict[str, str] = {}
        self._attempted = False
        self._search_token = 0
        self._build()
        self.retranslate()
        self._snapshot = self._state()
        if client_id is not None:
            self._load_client(client_id)

    # --- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        labels = self.workspace.labels
        self.client_search_edit = QLineEdit(self)
        self.client_search_edit.setVisible(self.client_id is None)
        self.client_label = QLabel(self)
        self.client_label.setWordWrap(True)
        self.client_message = FieldMessage(self.client_search_edit, self)
        self.completer = QCompleter(QStringListModel(self), self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.client_search_edit.setCompleter(self.completer)
        self.completer.activated.connect(self._on_suggestion_chosen)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self.client_search_edit.textEdited.connect(lambda _t: self._search_timer.start())

        self.date_field = DateField(self)
        self.date_field.set_date(self.workspace.today())
        self.date_message = FieldMessage(self.date_field, self)
        self.kind_combo = QComboBox(self)
        self.kind_message = FieldMessage(self.kind_combo, self)
        self.district_combo = QComboBox(self)
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSingleStep(15)
        self.duration_message = FieldMessage(self.duration_spin, self)
        self.topics_list = CheckList(self, visible_rows=5)
        self.topics_list.set_choices(labels.choices("topic"))
        self.language_combo = QComboBox(self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.note_edit.installEventFilter(self)
        self.note_message = FieldMessage(self.note_edit, self)
        self.follow_up_field = DateField(self)
        self.follow_up_message = FieldMessage(self.follow_up_field, self)
        self.quick_buttons = [QPushButton(self) for _ in QUICK_FOLLOW_UPS]
        for button, days in zip(self.quick_buttons, QUICK_FOLLOW_UPS, strict=True):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, d=days: self._quick_follow_up(d))
        follow_up_row = QHBoxLayout()
        follow_up_row.addWidget(self.follow_up_field, 1)
        for button in self.quick_buttons:
            follow_up_row.addWidget(button)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.field_labels: dict[str, QLabel] = {}
        rows: list[tuple[str | None, Any]] = [
            ("client", self.client_search_edit), (None, self.client_message.label),
            ("date", self.date_field), (None, self.date_message.label),
            ("kind", self.kind_combo), (None, self.kind_message.label),
            ("district", self.district_combo),
            ("duration", self.duration_spin), (None, self.duration_message.label),
            ("topics", self.topics_list), ("language", self.language_combo),
            ("note", self.note_edit), (None, self.note_message.label),
            ("follow_up", follow_up_row), (None, self.follow_up_message.label)]
        for key, field in rows:
            if key is None:
                self.form.addRow(field)
                continue
            label = QLabel(self)
            self.field_labels[key] = label
            if isinstance(field, QWidget):
                label.setBuddy(field)
            else:
                label.setBuddy(self.follow_up_field)
            self.form.addRow(label, field)
        self.form.setRowVisible(self.client_search_edit, self.client_id is None)

        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Save
                                           | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        self.save_error_label = QLabel(self)
        self.save_error_label.setWordWrap(True)
        self.save_error_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.client_label)
        layout.addLayout(self.form)
        layout.addWidget(self.save_error_label)
        layout.addWidget(self.button_box)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.save)

        for signal in (self.date_field.date_changed, self.follow_up_field.date_changed,
                       self.kind_combo.currentIndexChanged, self.duration_spin.valueChanged):
            signal.connect(lambda *_a: self.validate())
        set_tab_order([self.client_search_edit, self.date_field, self.kind_combo,
                       self.district_combo, self.duration_spin, self.topics_list,
                       self.language_combo, self.note_edit, self.follow_up_field,
                       *self.quick_buttons, self.save_button, self.cancel_button])
        self._fill_combos(None, None)

    def _fill_combos(self, district: str | None, language: str | None) -> None:
        labels = self.workspace.labels
        kind = self.kind_combo.currentData()
        fill_code_combo(self.kind_combo, labels.choices("contact_kind"), kind,
                        self.tr("(choose)"))
        fill_code_combo(self.district_combo, labels.choices("district"), district,
                        self.tr("(not recorded)"))
        fill_code_combo(self.language_combo, labels.choices("language"), language,
                        self.tr("(not recorded)"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log contact"))
        texts = {"client": self.tr("&Client"), "date": self.tr("&Date"),
                 "kind": self.tr("&Kind of contact"), "district": self.tr("Dis&trict"),
                 "duration": self.tr("D&uration"), "topics": self.tr("T&opics"),
                 "language": self.tr("&Language"), "note": self.tr("&Note"),
                 "follow_up": self.tr("&Follow-up on")}
        for key, text in texts.items():
            self.field_labels[key].setText(text)
            buddy = self.field_labels[key].buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", ""))
        self.client_search_edit.setPlaceholderText(self.tr("Type a name or client code"))
        #: Duration 0 means the duration was not recorded.
        self.duration_spin.setSpecialValueText(self.tr("not recorded"))
        self.duration_spin.setSuffix(self.tr(" min"))
        self.note_edit.setPlaceholderText(self.tr("Ctrl+Enter saves"))
        for button, days in zip(self.quick_buttons, QUICK_FOLLOW_UPS, strict=True):
            weeks = days // 7
            #: Quick choice: follow-up this many weeks after the contact date.
            button.setText(self.tr("+%n week(s)", None, weeks))
            button.setAccessibleName(self.tr("Follow-up in %n week(s)", None, weeks))
        self.save_button.setText(self.tr("Save contact"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the note saves (a plain Enter stays a new line)."""
        if watched is self.note_edit and event.type() in (QEvent.Type.KeyPress,
                                                          QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if event.type() == QEvent.Type.KeyPress:
                    self.save()
                event.accept()
                return True
        return super().eventFilter(watched, event)

    # --- the client --------------------------------------------------------------------------
    def _search(self) -> None:
        typed = self.client_search_edit.text()
        self._search_token += 1
        token = self._search_token
        if not is_searchable(typed):  # one letter would match thousands
            self.suggestions = {}
            self.completer.model().setStringList([])
            return

        def find(session: Any) -> list[tuple[str, str]]:
            from outreach_desktop.core.client_search import ClientFilter, load_rows, search_ids

            ids = search_ids(session, ClientFilter(text=typed))[:MAX_SUGGESTIONS]
            rows = load_rows(session, ids)
            return [(i, client_caption(rows[i].given_name, rows[i].family_name,
                                       rows[i].client_code)) for i in ids if i in rows]

        def found(results: list[tuple[str, str]]) -> None:
            if token != self._search_token:
                return  # a later keystroke has its own search
            self.suggestions = {caption: client_id for client_id, caption in results}
            self.completer.model().setStringList([caption for _i, caption in results])
            if results and self.client_search_edit.hasFocus():
                self.completer.complete()

        self.workspace.read(self.client_search_edit, find).success(found).run()

    def _on_suggestion_chosen(self, caption: str) -> None:
        client_id = self.suggestions.get(caption)
        if client_id is not None:
            self._load_client(client_id)

    def _load_client(self, client_id: str) -> None:
        def load(session: Any) -> tuple[str, str | None, str | None]:
            from outreach_desktop.core.storage.models import Client

            client = session.get(Client, client_id)
            if client is None or client.deleted_at is not None:
                from outreach_desktop.core.casework import CaseRuleBroken

                raise CaseRuleBroken("client_not_found")
            return (client_caption(client.given_name, client.family_name, client.client_code),
                    client.district, (client.languages or [None])[0])

        def loaded(found: tuple[str, str | None, str | None]) -> None:
            caption, district, language = found
            self.client_id = client_id
            self.client_label.setText(self.tr("Contact with %1").replace("%1", caption))
            self.client_message.clear()
            # The client's district and first language, unless already chosen by hand.
            if self.district_combo.currentData() is None:
                district_choice = district
            else:
                district_choice = self.district_combo.currentData()
            language_choice = self.language_combo.currentData() or language
            self._fill_combos(district_choice, language_choice)
            # Preselected values are not "typed": Escape right now needs no question.
            snapshot, state = list(self._snapshot), self._state()
            snapshot[3], snapshot[6] = state[3], state[6]
            self._snapshot = tuple(snapshot)

        self.workspace.read(self.client_search_edit, load).success(loaded).run()

    # --- values and checks -------------------------------------------------------------------
    def _state(self) -> tuple[Any, ...]:
        return (self.client_search_edit.text(), self.date_field.text(),
                self.kind_combo.currentData(), self.district_combo.currentData(),
                self.duration_spin.value(), tuple(self.topics_list.checked_codes()),
                self.language_combo.currentData(), self.note_edit.toPlainText(),
                self.follow_up_field.text())

    def is_dirty(self) -> bool:
        return self._state() != self._snapshot

    def _quick_follow_up(self, days: int) -> None:
        start = self.date_field.date() or self.workspace.today()
        self.follow_up_field.set_date(start + timedelta(days=days))

    def values(self) -> dict[str, Any]:
        return {"occurred_on": self.date_field.date(), "kind": self.kind_combo.currentData(),
                "duration_minutes": self.duration_spin.value() or None,
                "district": self.district_combo.currentData(),
                "topics": self.topics_list.checked_codes(),
                "language": self.language_combo.currentData(),
                "note": self.note_edit.toPlainText(),
                "follow_up_on": self.follow_up_field.date()}

    def validate(self, final: bool = False) -> bool:
        """Show problems at their fields; "required" only after a save was tried."""
        from outreach_desktop.core.validation import check_contact

        final = final or self._attempted
        v = self.values()
        checked = check_contact(v["occurred_on"], v["kind"], v["duration_minutes"], v["note"],
                                v["follow_up_on"], today=self.workspace.today())
        problems = dict(checked.problems)
        for key, field in (("occurred_on", self.date_field),
                           ("follow_up_on", self.follow_up_field)):
            if not field.is_valid():
                problems[key] = "bad_date"
        if self.client_id is None:
            problems["client"] = "no_client"
        messages = {"client": self.client_message, "occurred_on": self.date_message,
                    "kind": self.kind_message, "duration_minutes": self.duration_message,
                    "note": self.note_message, "follow_up_on": self.follow_up_message}
        for key, message in messages.items():
            code = problems.get(key)
            quiet = code in ("required", "no_client", "bad_date") and not final
            message.show_problem(problem_text(code) if code and not quiet else "")
        return not problems

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        if self._busy:
            return
        self._attempted = True
        if not self.validate(final=True):
            for message in (self.client_message, self.date_message, self.kind_message,
                            self.duration_message, self.note_message, self.follow_up_message):
                if message.text:
                    message.field.setFocus()
                    break
            return
        client_id, values = self.client_id, self.values()
        assert client_id is not None

        def write(uow: Any) -> str:
            from outreach_desktop.core.casework import log_contact

            return log_contact(uow, client_id, **values).client_id

        self.workspace.write(self, write, "contact").success(self._on_saved) \
            .failure(self._on_save_failed).run()

    def _on_saved(self, client_id: str) -> None:
        self._snapshot = self._state()
        self.contact_logged.emit(client_id)
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_error_label.setText(describe(exc))
        self.save_error_label.setVisible(True)
        self.save_error_label.setAccessibleName(self.save_error_label.text())

