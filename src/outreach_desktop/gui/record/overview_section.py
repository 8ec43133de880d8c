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


class OverviewSection(QWidget):
    """Holds a caption label and a value label per entry of ``FIELDS`` (``value_labels``),
    and ``markers_button``; emits ``markers_visible_changed(bool)``."""

    markers_visible_changed = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._record: ClientRecord | None = None
        self.caption_labels = {key: QLabel(self) for key in FIELDS}
        self.value_labels = {key: QLabel(self) for key in FIELDS}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key in FIELDS:
            value = self.value_labels[key]
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value.setTextFormat(Qt.TextFormat.PlainText)
            self.caption_labels[key].setBuddy(value)
            if key == "markers":
                self.markers_button = QPushButton(self)
                self.markers_button.setCheckable(True)
                self.markers_button.toggled.connect(self._on_markers_toggled)
                row = QHBoxLayout()
                row.addWidget(value, 1)
                row.addWidget(self.markers_button)
                form.addRow(self.caption_labels[key], row)
            else:
                form.addRow(self.caption_labels[key], value)
        bold = QFont(self.value_labels["name"].font())
        bold.setBold(True)
        self.value_labels["name"].setFont(bold)
        layout = QVBoxLayout(self)
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

    def _on_markers_toggled(self, _shown: bool) -> None:
        self.retranslate()
        self.markers_visible_changed.emit(self.markers_visible)

    def _fill(self) -> None:
        record = self._record
        if record is None:
            for label in self.value_labels.values():
                label.clear()
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
