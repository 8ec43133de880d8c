"""Create or edit a client: names, date of birth, languages, district, residence status,
the sensitive target-group markers (optional, explained), phone and e-mail.

A new client gets a case in the intake phase in the same transaction, so no client is
ever left without a case. Checks come from ``core.validation.check_client`` and are
shown at the field; an age outside 18–27 is a warning that does not block.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.gui.record.dialog_base import RecordDialog
from outreach_desktop.gui.record.texts import describe, problem_text, warning_text
from outreach_desktop.gui.record.widgets import (
    CheckList,
    DateField,
    FieldMessage,
    set_tab_order,
)
from outreach_desktop.gui.workspace.context import Workspace


def fill_code_combo(combo: QComboBox, choices: list[tuple[str, str]], current: str | None,
                    none_text: str) -> None:
    """Catalogue entries in a combo box, with a "none" entry first (data None)."""
    combo.clear()
    combo.addItem(none_text, None)
    for code, label in choices:
        combo.addItem(label, code)
    if current and combo.findData(current) < 0:
        combo.addItem(current, current)  # an unknown code is kept, not dropped
    combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)


class ClientDialog(RecordDialog):
    """Holds a field per client attribute; ``saved(client_id)`` after a successful save.

    ``client_id`` None: a new client (saved with a case in the intake phase); otherwise
    the client is loaded on the worker and edited.
    """

    saved = Signal(str)

    def __init__(self, workspace: Workspace, client_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.client_id = client_id
        self._attempted = False
        self._loaded: dict[str, Any] = {}
        self._other_channels: list[Any] = []
        self._build()
        self.retranslate()
        self._fill_catalogues({})
        self.fit_paragraphs([self.markers_hint_label], chars=64)
        if client_id is not None:
            self.button_box.setEnabled(False)
            workspace.read(self, self._load).success(self._on_loaded).run()
        self._snapshot = self._state()

    # --- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        self.given_name_edit = QLineEdit(self)
        self.family_name_edit = QLineEdit(self)
        self.name_message = FieldMessage(self.family_name_edit, self)
        self.aliases_edit = QLineEdit(self)
        self.date_of_birth_field = DateField(self)
        self.date_of_birth_message = FieldMessage(self.date_of_birth_field, self)
        self.languages_list = CheckList(self, visible_rows=4)
        self.district_combo = QComboBox(self)
        self.residence_combo = QComboBox(self)
        self.phone_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.markers_group = QGroupBox(self)
        self.markers_hint_label = QLabel(self.markers_group)
        self.markers_hint_label.setWordWrap(True)
        self.marker_boxes: dict[str, QCheckBox] = {}
        # Editing shows the markers only on request, as the record does.
        self.show_markers_button = QPushButton(self.markers_group)
        self.show_markers_button.setCheckable(True)
        self.show_markers_button.setAutoDefault(False)
        self.show_markers_button.setVisible(self.client_id is not None)
        self.show_markers_button.toggled.connect(self._show_markers)
        markers_layout = QVBoxLayout(self.markers_group)
        markers_layout.addWidget(self.markers_hint_label)
        markers_layout.addWidget(self.show_markers_button, 0, Qt.AlignmentFlag.AlignLeading)
        for code, label in self.workspace.labels.choices("target_group"):
            box = QCheckBox(label, self.markers_group)
            box.setAccessibleName(label)
            box.setVisible(self.client_id is None)
            self.marker_boxes[code] = box
            markers_layout.addWidget(box)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.given_name_label, self.family_name_label = QLabel(self), QLabel(self)
        self.aliases_label, self.date_of_birth_label = QLabel(self), QLabel(self)
        self.languages_label, self.district_label = QLabel(self), QLabel(self)
        self.residence_label, self.phone_label = QLabel(self), QLabel(self)
        self.email_label = QLabel(self)
        rows = [(self.given_name_label, self.given_name_edit),
                (self.family_name_label, self.family_name_edit),
                (None, self.name_message.label),
                (self.aliases_label, self.aliases_edit),
                (self.date_of_birth_label, self.date_of_birth_field),
                (None, self.date_of_birth_message.label),
                (self.languages_label, self.languages_list),
                (self.district_label, self.district_combo),
                (self.residence_label, self.residence_combo),
                (self.phone_label, self.phone_edit),
                (self.email_label, self.email_edit)]
        for label, field in rows:
            if label is None:
                self.form.addRow(field)
            else:
                label.setBuddy(field)
                self.form.addRow(label, field)

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
        layout.addLayout(self.form)
        layout.addWidget(self.markers_group)
        layout.addWidget(self.save_error_label)
        layout.addWidget(self.button_box)

        for edit in (self.given_name_edit, self.family_name_edit):
            edit.textChanged.connect(lambda _t: self.validate())
        self.date_of_birth_field.date_changed.connect(self.validate)
        self.date_of_birth_field.editingFinished.connect(lambda: self.validate(final=True))
        order = [self.given_name_edit, self.family_name_edit, self.aliases_edit,
                 self.date_of_birth_field, self.languages_list, self.district_combo,
                 self.residence_combo, self.phone_edit, self.email_edit,
                 self.show_markers_button, *self.marker_boxes.values(), self.save_button,
                 self.cancel_button]
        set_tab_order(order)

    def _show_markers(self, shown: bool) -> None:
        for box in self.marker_boxes.values():
            box.setVisible(shown)
        self.retranslate()
        if shown and self.marker_boxes:
            next(iter(self.marker_boxes.values())).setFocus()

    def retranslate(self) -> None:
        new = self.client_id is None
        self.setWindowTitle(self.tr("New client") if new else self.tr("Edit client"))
        texts = [(self.given_name_label, self.given_name_edit, self.tr("&Given name")),
                 (self.family_name_label, self.family_name_edit, self.tr("&Family name")),
                 (self.aliases_label, self.aliases_edit, self.tr("&Aliases")),
                 (self.date_of_birth_label, self.date_of_birth_field, self.tr("&Date of birth")),
                 (self.languages_label, self.languages_list, self.tr("&Languages")),
                 (self.district_label, self.district_combo, self.tr("Dis&trict")),
                 (self.residence_label, self.residence_combo, self.tr("&Residence status")),
                 (self.phone_label, self.phone_edit, self.tr("&Phone")),
                 (self.email_label, self.email_edit, self.tr("&E-mail"))]
        for label, field, text in texts:
            label.setText(text)
            field.setAccessibleName(text.replace("&", ""))
        self.aliases_edit.setPlaceholderText(self.tr("Other spellings, separated by commas"))
        self.markers_group.setTitle(self.tr("Target-group markers (sensitive, optional)"))
        self.markers_hint_label.setText(self.tr(
            "Only tick what the client has told you and agreed to record. These markers "
            "are special categories of personal data; the record hides them until "
            "someone chooses to show them."))
        self.show_markers_button.setText(self.tr("Hide sensitive markers")
                                         if self.show_markers_button.isChecked()
                                         else self.tr("Show sensitive markers"))
        self.show_markers_button.setAccessibleName(self.show_markers_button.text())
        self.save_button.setText(self.tr("Create client") if new else self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_catalogues(self, values: dict[str, Any]) -> None:
        labels = self.workspace.labels
        self.languages_list.set_choices(labels.choices("language"), values.get("languages"))
        fill_code_combo(self.district_combo, labels.choices("district"),
                        values.get("district"), self.tr("(not known)"))
        fill_code_combo(self.residence_combo, labels.choices("residence_status"),
                        values.get("residence_status"), self.tr("(not known)"))

    # --- loading an existing client ----------------------------------------------------------
    def _load(self, session: Any) -> dict[str, Any]:
        from outreach_desktop.core.casework import CaseRuleBroken
        from outreach_desktop.core.storage.models import Client

        client = session.get(Client, self.client_id)
        if client is None or client.deleted_at is not None:
            raise CaseRuleBroken("client_not_found")
        return {key: getattr(client, key) for key in (
            "given_name", "family_name", "aliases", "date_of_birth", "languages", "district",
            "residence_status", "target_groups", "contact_channels")}

    def _on_loaded(self, values: dict[str, Any]) -> None:
        self._loaded = values
        self.given_name_edit.setText(values["given_name"])
        self.family_name_edit.setText(values["family_name"])
        self.aliases_edit.setText(", ".join(values["aliases"] or []))
        self.date_of_birth_field.set_date(values["date_of_birth"])
        self._fill_catalogues(values)
        for code, box in self.marker_boxes.items():
            box.setChecked(code in (values["target_groups"] or []))
        channels = values["contact_channels"] or []
        self.phone_edit.setText(_channel(channels, "phone"))
        self.email_edit.setText(_channel(channels, "email"))
        self._other_channels = [c for c in channels if not (
            isinstance(c, dict) and c.get("kind") in ("phone", "email"))]
        self.button_box.setEnabled(True)
        self._snapshot = self._state()
        self.validate()

    # --- values and checks -------------------------------------------------------------------
    def _values(self) -> dict[str, Any]:
        channels = list(self._other_channels)
        for kind, edit in (("phone", self.phone_edit), ("email", self.email_edit)):
            if edit.text().strip():
                channels.append({"kind": kind, "value": edit.text().strip()})
        aliases = [a.strip() for a in self.aliases_edit.text().split(",") if a.strip()]
        return {"given_name": self.given_name_edit.text().strip(),
                "family_name": self.family_name_edit.text().strip(),
                "aliases": aliases, "date_of_birth": self.date_of_birth_field.date(),
                "languages": self.languages_list.checked_codes(),
                "district": self.district_combo.currentData(),
                "residence_status": self.residence_combo.currentData(),
                "target_groups": [c for c, b in self.marker_boxes.items() if b.isChecked()],
                "contact_channels": channels}

    def is_dirty(self) -> bool:
        return self._state() != self._snapshot

    def _state(self) -> tuple[dict[str, Any], str]:
        return self._values(), self.date_of_birth_field.text()

    def validate(self, final: bool = False) -> bool:
        """Show problems at their fields; True if saving may go ahead. Before the first
        save attempt, "required" is not shouted at someone who has just begun typing."""
        from outreach_desktop.core.validation import check_client

        final = final or self._attempted
        values = self._values()
        checked = check_client(values["given_name"], values["family_name"],
                               values["date_of_birth"], today=self.workspace.today())
        name_problem = checked.problems.get("family_name") or checked.problems.get("given_name")
        if name_problem and (final or name_problem != "name_required"):
            self.name_message.show_problem(problem_text(name_problem))
        else:
            self.name_message.clear()
        ok = not checked.problems
        if not self.date_of_birth_field.is_valid():
            ok = False
            if final:
                self.date_of_birth_message.show_problem(problem_text("bad_date"))
            else:
                self.date_of_birth_message.clear()
        elif "date_of_birth" in checked.problems:
            self.date_of_birth_message.show_problem(problem_text(checked.problems["date_of_birth"]))
        elif "date_of_birth" in checked.warnings:
            self.date_of_birth_message.show_warning(warning_text(checked.warnings["date_of_birth"]))
        else:
            self.date_of_birth_message.clear()
        return ok

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        self._attempted = True
        if not self.validate(final=True):
            for message in (self.name_message, self.date_of_birth_message):
                if message.text and message.label.styleSheet():
                    message.field.setFocus()
                    break
            return
        values = self._values()
        client_id, today = self.client_id, self.workspace.today()

        def write(uow: Any) -> str:
            from outreach_desktop.core import casework
            from outreach_desktop.core.storage.models import Client

            if client_id is None:
                fields = dict(values)
                client = casework.create_client(uow, fields.pop("given_name"),
                                                fields.pop("family_name"),
                                                fields.pop("date_of_birth"), **fields)
                uow.session.flush()
                casework.open_case(uow, client.id, opened_on=today)
                return client.id
            client = uow.session.get(Client, client_id)
            if client is None or client.deleted_at is not None:
                raise casework.CaseRuleBroken("client_not_found")
            casework.update_client(uow, client, **values)
            return client.id

        self.workspace.write(self, write, "client").success(self._on_saved) \
            .failure(self._on_save_failed).run()

    def _on_saved(self, client_id: str) -> None:
        self.client_id = client_id
        self._snapshot = self._state()
        self.saved.emit(client_id)
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_error_label.setText(describe(exc))
        self.save_error_label.setVisible(True)
        self.save_error_label.setAccessibleName(self.save_error_label.text())


def _channel(channels: list[Any], kind: str) -> str:
    for channel in channels:
        if isinstance(channel, dict) and channel.get("kind") == kind:
            return str(channel.get("value", ""))
    return ""
