"""A read-only table of display strings, one row per record item.

The record screens (contacts, referrals, notes, documents, history) compute their
strings once per load and hand them here: a record with 500 contacts is one model and
one view, not 500 widgets, and painting only asks for the rows on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QTableView,
    QWidget,
)

from outreach_desktop.gui.record.texts import sync_state_text

Index = QModelIndex | QPersistentModelIndex
_NOTEWORTHY = ("pending", "conflict", "rejected")
_ICONS = {"pending": QStyle.StandardPixmap.SP_BrowserReload,
          "conflict": QStyle.StandardPixmap.SP_MessageBoxWarning,
          "rejected": QStyle.StandardPixmap.SP_MessageBoxCritical}


def _state_icon(state: str) -> QIcon | None:
    pixmap = _ICONS.get(state)
    if pixmap is None:
        return None
    return QApplication.style().standardIcon(pixmap)




class RowsModel(QAbstractTableModel):
    """Holds ``ids`` (one per row, e.g. the contact id), ``rows`` (tuples of display
    strings) and ``fitted`` (column widths already fitted to rows); ``headers`` is a
    callable so the column titles follow a language switch."""

    def __init__(self, headers: Callable[[], Sequence[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._titles = list(headers())  # asked often by the view; refreshed on retranslate
        self.ids: list[str] = []
        self.rows: list[tuple[str, ...]] = []
        self.fitted = False
        #: Row id -> sync state; the first column of a row that waits (pending) or needs a
        #: person (conflict, rejected) gets an icon, and says so in its tooltip.
        self.states: dict[str, str] = {}

    def set_rows(self, ids: list[str], rows: list[tuple[str, ...]]) -> None:
        if not rows:
            self.fitted = False  # the next rows (another client) get their widths fitted
        self.beginResetModel()
        self.ids, self.rows = ids, rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.rows[index.row()][index.column()]
            state = self.state_text(index.row()) if index.column() == 0 else ""
            return f"{text} — {state}" if state else text
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return _state_icon(self.states.get(self.ids[index.row()], ""))
        return None

    def state_text(self, row: int) -> str:
        """The row's sync state in words, when it waits or needs a person; else empty."""
        state = self.states.get(self.ids[row], "") if row < len(self.ids) else ""
        return sync_state_text(state) if state in _NOTEWORTHY else ""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def retranslate(self) -> None:
        self._titles = list(self._headers())
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)


def make_table(model: RowsModel, parent: QWidget, stretch_column: int = -1) -> QTableView:
    """A row-selecting, read-only table over ``model``; ``stretch_column`` takes the rest
    of the width (the note or the new value), the others fit their contents."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().lineSpacing() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(30)  # measure a screenful, not all 500 rows
    header.setStretchLastSection(stretch_column < 0)
    if stretch_column >= 0:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)

    def fit_columns() -> None:
        if model.fitted or not model.rows:
            return  # a reload keeps the widths; fitting 500 rows again costs the GUI thread
        model.fitted = True
        for column in range(model.columnCount()):
            if column != stretch_column:
                view.resizeColumnToContents(column)

    model.modelReset.connect(fit_columns)
    return view


def selected_id(view: QTableView) -> str | None:
    model = view.model()
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows or not isinstance(model, RowsModel):
        return None
    return model.ids[rows[0].row()]
