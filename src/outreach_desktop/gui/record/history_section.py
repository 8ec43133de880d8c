"""The History tab: who changed what, when, field by field (old → new).

Values are shown as people read them: catalogue codes as labels, dates in the locale's
format. The sensitive markers' values stay hidden here too unless the Overview's
"Show sensitive markers" is on.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from outreach_desktop.gui.record.activity_sections import _TableSection
from outreach_desktop.gui.record.texts import (
    CODE_FIELDS,
    SENSITIVE_FIELDS,
    field_label,
    format_date,
    format_datetime,
    operation_label,
    phase_label,
    table_label,
)

if TYPE_CHECKING:
    from outreach_desktop.core.storage.models import HistoryEntry
    from outreach_desktop.gui.workspace.context import Workspace

#: Columns that say nothing to a caseworker (ids of parents, ordering).
HIDDEN_FIELDS = frozenset({"client_id", "case_id", "goal_id", "position", "caseworker_id",
                           "team_id"})


class HistorySection(_TableSection):
    """One row per changed field: when, who, what, field, old value, new value."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent, stretch_column=5)
        self.markers_visible = False
        self.retranslate()

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Field"),
                self.tr("Before"), self.tr("After")]

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("History"))
        super().retranslate()

    def set_markers_visible(self, visible: bool) -> None:
        self.markers_visible = visible
        self.fill()

    def fill(self) -> None:
        entries: list[HistoryEntry] = self.record.history if self.record else []
        ids: list[str] = []
        rows: list[tuple[str, ...]] = []
        for entry in entries:
            when, who = format_datetime(entry.changed_at), entry.changed_by or ""
            what = f"{table_label(entry.table_name)} {operation_label(entry.op)}"
            changes = [(k, v) for k, v in (entry.changes or {}).items()
                       if k not in HIDDEN_FIELDS]
            if entry.op == "insert":
                changes = [(k, v) for k, v in changes if _present(v[1])]
            if not changes:
                ids.append(str(entry.seq))
                rows.append((when, who, what, "", "", ""))
            for field, (old, new) in changes:
                ids.append(str(entry.seq))
                rows.append((when, who, what, field_label(field), self._value(field, old),
                             self._value(field, new)))
        self.model.set_rows(ids, rows)

    def _value(self, field: str, value: Any) -> str:
        if not _present(value):
            return ""
        if field in SENSITIVE_FIELDS and not self.markers_visible:
            return self.tr("(hidden)")
        if field == "phase":
            return phase_label(str(value))
        catalogue = CODE_FIELDS.get(field)
        label = self.workspace.labels.label
        if isinstance(value, list):
            return ", ".join(label(catalogue, str(v)) if catalogue else _plain(v) for v in value)
        if catalogue:
            return label(catalogue, str(value))
        return _plain(value)


def _present(value: Any) -> bool:
    return value not in (None, "", [], {})


def _plain(value: Any) -> str:
    if isinstance(value, dict):
        if "$bytes" in value:
            return f"{value['$bytes']} B"
        return ", ".join(str(v) for v in value.values())
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            if len(value) == 10:
                return format_date(date.fromisoformat(value))
            return format_datetime(datetime.fromisoformat(value))
        except ValueError:
            return value
    return str(value)
