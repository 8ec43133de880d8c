"""The Overview tab: who the client is, how to reach them, and whether consent exists.

The sensitive target-group markers (disability, single parent, LSBTI*) stay hidden
until someone presses "Show sensitive markers", and are hidden again as soon as
another client is shown: a screen seen over a shoulder in a café shows none of them.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from outreach_desktop.gui.record.texts import age_text, format_date, full_name

if TYPE_CHECKING:
    from outreach_desktop.core.casework import ClientRecord
    from outreach_desktop.gui.workspace.context import Workspace

FIELDS = ("name", "aliases", "date_of_birth", "client_code", "languages", "district",
          "residence_status", "channels", "consent", "markers")
#: A client field (as the server names it) -> the overview row that shows it.
ROW_OF_FIELD = {"given_name": "name", "family_name": "name", "aliases": "aliases",
                "date_of_birth": "date_of_birth", "client_code": "client_code",
                "languages": "languages", "district": "district",
                "residence_status": "residence_status", "contact_channels": "channels",
                "target_groups": "markers"}


class OverviewSection(QWidget):
    """Holds a caption label and a value label per entry of ``FIELDS`` (``value_labels``),
    a ``problem_labels`` entry per row (the server's reason, hidden unless a change to it
    was rejected), ``other_problems_label`` (reasons not tied to a shown field) and
    ``markers_button``; emits ``markers_visible_changed(bool)``."""

    markers_visible_changed = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._record: ClientRecord | None = None
        self._problems: dict[str, str] = {}  # client field -> the server's reason code
        self._refused: list[str] = []
        self.caption_labels = {key: QLabel(self) for key in FIELDS}
        self.value_labels = {key: QLabel(self) for key in FIELDS}
        self.problem_labels = {key: QLabel(self) for key in FIELDS}
        self.other_problems_label = QLabel(self)
        self.other_problems_label.setWordWrap(True)
        self.other_problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.other_problems_label.hide()
        problem_font = QFont(self.other_problems_label.font())
        problem_font.setBold(True)
        self.other_problems_label.setFont(problem_font)
        for label in self.problem_labels.values():
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setFont(problem_font)
            label.hide()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key in FIELDS:
            value = self.value_labels[key]
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value.setTextFormat(Qt.TextFormat.PlainText)
            self.caption_labels[key].setBuddy(value)
            cell = QVBoxLayout()
            cell.setSpacing(0)
            if key == "markers":
                self.markers_button = QPushButton(self)
                self.markers_button.setCheckable(True)
                self.markers_button.toggled.connect(self._on_markers_toggled)
                row = QHBoxLayout()
                row.addWidget(value, 1)
                row.addWidget(self.markers_button)
                cell.addLayout(row)
            else:
                cell.addWidget(value)
            cell.addWidget(self.problem_labels[key])
            form.addRow(self.caption_labels[key], cell)
        bold = QFont(self.value_labels["name"].font())
        bold.setBold(True)
        self.value_labels["name"].setFont(bold)
        layout = QVBoxLayout(self)
        layout.addWidget(self.other_problems_label)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        captions = {"name": self.tr("Name"), "aliases": self.tr("Aliases"),
                    "date_of_birth": self.tr("Date of birth"),
                    "client_code": self.tr("Client code"), "languages": self.tr("Languages"),
                    "district": self.tr("District"),
                    "residence_status": self.tr("Residence status"),
                    "channels": self.tr("Phone and e-mail"),
                    #: Einwilligung to data processing.
                    "consent": self.tr("Consent"),
                    "markers": self.tr("Target-group markers")}
        for key, text in captions.items():
            self.caption_labels[key].setText(text)
            self.value_labels[key].setAccessibleName(text)
        self.markers_button.setText(self.tr("Hide sensitive markers")
                                    if self.markers_button.isChecked()
                                    else self.tr("Show sensitive markers"))
        self.markers_button.setAccessibleName(self.markers_button.text())
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def markers_visible(self) -> bool:
        return self.markers_button.isChecked()

    def show_record(self, record: ClientRecord | None, same_client: bool) -> None:
        """Show ``record``; a different client hides the markers again."""
        if not same_client:
            self.markers_button.setChecked(False)
        self._record = record
        self._fill()

    def show_problems(self, problems: dict[str, str], refused: list[str]) -> None:
        """The server's reasons for the client's rejected changes: ``problems`` maps a
        client field to its code, ``refused`` holds reasons for a whole change."""
        self._problems, self._refused = dict(problems), list(refused)
        self._fill_problems()

    def problem_text(self, key: str) -> str:
        return self.problem_labels[key].text() if self.problem_labels[key].isVisibleTo(
            self) else ""

    def _fill_problems(self) -> None:
        from outreach_desktop.gui.record.texts import field_label, server_reason_text

        by_row: dict[str, list[str]] = {}
        other: list[str] = [server_reason_text(code) for code in self._refused]
        for name, code in self._problems.items():
            row = ROW_OF_FIELD.get(name)
            if row is None:
                other.append(self.tr("%1: %2").replace("%1", field_label(name))
                             .replace("%2", server_reason_text(code)))
            else:
                by_row.setdefault(row, []).append(server_reason_text(code))
        for key, label in self.problem_labels.items():
            reasons = by_row.get(key) if self._record is not None else None
            if reasons:
                label.setText(self.tr("Rejected by the server: %1").replace(
                    "%1", " ".join(dict.fromkeys(reasons))))
                label.setAccessibleName(label.text())
            label.setVisible(bool(reasons))
            self.value_labels[key].setAccessibleDescription(
                " ".join(filter(None, [self.value_labels[key].text(),
                                       label.text() if reasons else ""])))
        show_other = bool(other) and self._record is not None
        self.other_problems_label.setText(
            self.tr("The server rejected a change: %1").replace("%1", " ".join(other))
            if show_other else "")
        self.other_problems_label.setVisible(show_other)

    def _on_markers_toggled(self, _shown: bool) -> None:
        self.retranslate()
        self.markers_visible_changed.emit(self.markers_visible)

    def _fill(self) -> None:
        record = self._record
        if record is None:
            for label in self.value_labels.values():
                label.clear()
            self._fill_problems()
            return
        client, labels = record.client, self.workspace.labels
        values: dict[str, str] = {
            "name": full_name(client.given_name, client.family_name),
            "aliases": ", ".join(client.aliases or []) or "—",
            "date_of_birth": self._birth_text(client.date_of_birth),
            "client_code": client.client_code,
            "languages": ", ".join(labels.label("language", c) for c in client.languages or [])
            or "—",
            "district": labels.label("district", client.district) or "—",
            "residence_status": labels.label("residence_status", client.residence_status)
            or "—",
            "channels": _channels_text(client.contact_channels or []) or "—",
            "consent": self._consent_text(record),
            "markers": self._markers_text(client.target_groups or []),
        }
        for key, text in values.items():
            self.value_labels[key].setText(text)
            self.value_labels[key].setAccessibleDescription(text)
        self._fill_problems()

    def _birth_text(self, born: date | None) -> str:
        if born is None:
            return self.tr("not known")
        #: Date of birth followed by the age, e.g. "04.05.2003 (22 years)".
        return self.tr("%1 (%2)").replace("%1", format_date(born)).replace(
            "%2", age_text(born, self.workspace.today()))

    def _consent_text(self, record: ClientRecord) -> str:
        if not record.consents:
            return self.tr("No consent recorded. Record consent before storing more "
                           "than a first contact.")
        latest = record.consents[0]
        if latest.withdrawn_on is not None:
            return self.tr("Withdrawn on %1 (given on %2)").replace(
                "%1", format_date(latest.withdrawn_on)).replace("%2", format_date(latest.given_on))
        return self.tr("Given on %1 (form %2, version %3)").replace(
            "%1", format_date(latest.given_on)).replace("%2", latest.form_id).replace(
            "%3", str(latest.form_version))

    def _markers_text(self, codes: list[str]) -> str:
        if not self.markers_visible:
            #: The sensitive markers are not shown until the button beside is pressed.
            return self.tr("Hidden")
        if not codes:
            return self.tr("None recorded")
        return ", ".join(self.workspace.labels.label("target_group", c) for c in codes)


def _channels_text(channels: list[Any]) -> str:
    parts = []
    for channel in channels:
        if isinstance(channel, dict) and channel.get("value"):
            parts.append(str(channel["value"]))
        elif isinstance(channel, str):
            parts.append(channel)
    return ", ".join(parts)
