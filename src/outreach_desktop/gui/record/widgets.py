"""Small input widgets the record dialogs share: a typed date field, a checkable list
operated by keyboard, and the message shown under a field."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QStyle, QWidget

from outreach_desktop.gui.passphrase_widgets import error_label, error_style, show_message
from outreach_desktop.gui.record.texts import date_format_hint, format_date, parse_date


class DateField(QLineEdit):
    """A date typed in the locale's format (DD.MM.YYYY and YYYY-MM-DD work too); empty
    means "no date". Up and Down move the date by a day, Page Up/Down by a week: typing
    is quicker than a calendar popup, and works with a screen reader."""

    date_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(date_format_hint())
        self.setClearButtonEnabled(True)
        self.textChanged.connect(lambda _text: self.date_changed.emit())
        # Wide enough for the longest date in any locale, at any scaling.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000/00/00 000"))

    def date(self) -> date | None:
        return parse_date(self.text())

    def is_empty(self) -> bool:
        return not self.text().strip()

    def is_valid(self) -> bool:
        """True for an empty field or a date that parses."""
        return self.is_empty() or self.date() is not None

    def set_date(self, value: date | None) -> None:
        self.setText(format_date(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1,
                 Qt.Key.Key_PageUp: 7, Qt.Key.Key_PageDown: -7}
        step = steps.get(Qt.Key(event.key()))
        current = self.date()
        if step is not None and current is not None:
            self.set_date(current + timedelta(days=step))
            return
        super().keyPressEvent(event)


class CheckList(QListWidget):
    """Catalogue entries with a check box each; Space toggles the current one.

    Shows a few rows (font-based height) and scrolls for the rest.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, visible_rows: int = 5) -> None:
        super().__init__(parent)
        self._visible_rows = visible_rows
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)

    def set_choices(self, choices: list[tuple[str, str]], checked: list[str] | None = None) -> None:
        checked_set = set(checked or [])
        self.blockSignals(True)
        self.clear()
        known = {code for code, _label in choices}
        # A code no longer in the catalogue is kept (shown as it is), never dropped.
        extra = [(code, code) for code in checked or [] if code not in known]
        for code, label in [*choices, *extra]:
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in checked_set
                               else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        if self.count():
            self.setCurrentRow(0)
        rows = min(self._visible_rows, max(1, self.count()))
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight)
        row_height = max(self.sizeHintForRow(0), self.fontMetrics().height() + 4, indicator + 4)
        height = row_height * rows + 2 * self.frameWidth() + 2
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)

    def checked_codes(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            item = self.currentItem()
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState()
                               == Qt.CheckState.Checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)


class FieldMessage:
    """The red line under a field (a problem) or a plain one (a warning), mirrored into
    the field's accessible description so a screen reader says it too."""

    def __init__(self, field: QWidget, parent: QWidget) -> None:
        self.field = field
        self.label = error_label(parent)
        self.label.setBuddy(field)

    def show_problem(self, text: str) -> None:
        self.label.setStyleSheet(error_style(self.label))
        show_message(self.label, text)
        self.field.setAccessibleDescription(text)

    def show_warning(self, text: str) -> None:
        # A warning does not block: the palette's text colour, marked by words, not red.
        self.label.setStyleSheet("")
        show_message(self.label, text)
        self.field.setAccessibleDescription(text)

    def clear(self) -> None:
        self.show_problem("")

    @property
    def text(self) -> str:
        return self.label.text()


def is_language_change(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange


def set_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab visits ``widgets`` in this order (top-down, as the form reads)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
