"""The client list: search-as-you-type, filters, a result count and the lazy table.

Typing restarts a short timer (``SEARCH_DELAY_MS``); when it fires the model searches
on the worker. Filters search at once. The table never measures its rows: row heights
are fixed and column widths come from font metrics, so 100,000 rows cost nothing
until they are on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedLayout,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.core.client_search import ClientFilter, is_searchable
from outreach_desktop.core.storage.models import CASE_PHASES
from outreach_desktop.gui.record.texts import phase_label
from outreach_desktop.gui.text import ltr_isolated
from outreach_desktop.gui.workspace.client_table_model import COLUMNS, ClientTableModel

if TYPE_CHECKING:
    from outreach_desktop.gui.workspace.context import Workspace

SEARCH_DELAY_MS = 150
#: Column widths in average characters of the list's font (scale with the font, not pixels).
COLUMN_CHARS = {"name": 24, "client_code": 13, "date_of_birth": 11, "district": 13,
                "phase": 14, "last_contact": 12, "next_follow_up": 12}
#: The filter combo boxes: attribute prefix -> catalogue (None: the case phases).
FILTERS = {"district": "district", "phase": None, "topic": "topic",
           "target_group": "target_group"}


#: Tables whose changes the list does not show (a form's draft is saved often).
UNLISTED_TABLES = frozenset({"form_response"})


class ClientListPanel(QWidget):
    """Search field, filter row, result count and the client table.

    Emits ``client_activated(id)`` on Enter or double-click, ``current_changed(id)``
    when the keyboard or mouse moves the selection (None when the list is empty).
    """

    client_activated = Signal(str)
    current_changed = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._after_search: str | None = None  # "open" / "focus": Enter / Down came early
        self._build()
        self.model = ClientTableModel(workspace, self)
        self.table_view.setModel(self.model)
        self.model.search_finished.connect(self._on_search_finished)
        self.table_view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table_view.activated.connect(self._on_activated)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search_field.textChanged.connect(self._on_text_changed)
        self.search_field.installEventFilter(self)
        workspace.data_changed.connect(self._on_data_changed)
        workspace.labels_changed.connect(self._on_labels_changed)
        self._stale = True  # searched when first shown, and again after a change
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.model.reload(keep=self.current_client_id())
        super().showEvent(event)

    # --- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_field = QLineEdit(self)
        self.search_field.setClearButtonEnabled(True)
        self.filter_combos: dict[str, QComboBox] = {}
        filter_row = QHBoxLayout()
        for name in FILTERS:
            combo = QComboBox(self)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self.run_search())
            setattr(self, f"{name}_combo", combo)
            self.filter_combos[name] = combo
            filter_row.addWidget(combo)
        self.follow_ups_check_box = QCheckBox(self)
        self.follow_ups_check_box.toggled.connect(lambda _on: self.run_search())
        filter_row.addWidget(self.follow_ups_check_box)
        filter_row.addStretch(1)
        self.result_count_label = QLabel(self)
        filter_row.addWidget(self.result_count_label)

        self.table_view = QTableView(self)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move
        self.table_view.setWordWrap(False)
        self.table_view.setAlternatingRowColors(True)
        vertical = self.table_view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table_view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.sortIndicatorChanged.connect(self._on_sort_clicked)

        self.empty_title_label = QLabel(self)
        font = self.empty_title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.empty_title_label.setFont(font)
        self.empty_hint_label = QLabel(self)
        self.empty_hint_label.setWordWrap(True)
        empty = QWidget(self)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        for label in (self.empty_title_label, self.empty_hint_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty_layout.addWidget(label)
        empty_layout.addStretch(2)
        self.body = QStackedLayout()
        self.body.addWidget(self.table_view)
        self.body.addWidget(empty)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search_field)
        layout.addLayout(filter_row)
        layout.addLayout(self.body, 1)

    def _size_columns(self) -> None:
        """Widths from the font: a typical value, or the column title if that is wider
        (German titles are long), with room for the sort arrow."""
        metrics = self.table_view.fontMetrics()
        char = metrics.averageCharWidth()
        header = self.table_view.horizontalHeader()
        title_metrics = header.fontMetrics()
        for n, column in enumerate(COLUMNS):
            title = self.model.column_title(column.key)
            header.resizeSection(n, max(COLUMN_CHARS[column.key] * char,
                                        title_metrics.horizontalAdvance(title) + 4 * char))
        self.table_view.verticalHeader().setDefaultSectionSize(int(metrics.height() * 1.6))

    # --- filters -----------------------------------------------------------------------------
    def _fill_filter_combos(self) -> None:
        """(Re)fill the combos in the UI language, keeping what was chosen."""
        everything = {
            "district": self.tr("All districts"),
            "phase": self.tr("All phases"),
            "topic": self.tr("All topics"),
            "target_group": self.tr("All target groups"),
        }
        for name, catalogue in FILTERS.items():
            combo = self.filter_combos[name]
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything[name], None)
            if catalogue is None:
                choices = [(code, phase_label(code)) for code in CASE_PHASES]
            else:
                choices = self.workspace.labels.choices(catalogue)
            for code, label in choices:
                combo.addItem(label, code)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def current_filter(self) -> ClientFilter:
        """What the controls ask for; typed text counts from two letters on."""
        chosen = {name: combo.currentData() for name, combo in self.filter_combos.items()}
        typed = self.search_field.text()
        return ClientFilter(text=typed if is_searchable(typed) else "",
                            open_follow_ups=self.follow_ups_check_box.isChecked(), **chosen)

    def _typed_too_short(self) -> bool:
        typed = self.search_field.text()
        return bool(typed.strip()) and not is_searchable(typed)

    def is_filtered(self) -> bool:
        return self.current_filter() != ClientFilter()

    # --- searching ---------------------------------------------------------------------------
    def run_search(self) -> None:
        self.search_timer.stop()
        self._stale = False
        self.model.search(self.current_filter(), keep=self.current_client_id())

    def _on_data_changed(self, table: str) -> None:
        """Search again now if on screen; otherwise when next shown (a hidden list must
        not queue work on the worker ahead of the page being used). Forms change
        nothing the list shows."""
        if table in UNLISTED_TABLES:
            return
        if not self.isVisible():
            self._stale = True
            return
        self.model.reload(keep=self.current_client_id())

    def _on_text_changed(self, _text: str) -> None:
        self.search_timer.start()
        self._show_count(self.model.rowCount())

    def _show_count(self, count: int) -> None:
        if self._typed_too_short():
            self.result_count_label.setText(self.tr(
                "%n client(s) · type two letters or more to search", None, count))
        else:
            self.result_count_label.setText(self.tr("%n client(s)", None, count))

    def _on_search_finished(self, count: int) -> None:
        self._show_count(count)
        self.body.setCurrentIndex(1 if count == 0 and not self.is_filtered() else 0)
        row = self.model.kept_row
        if row is not None:
            self.table_view.setCurrentIndex(self.model.index(row, 0))
            self.table_view.scrollTo(self.model.index(row, 0))
        else:
            self.current_changed.emit(None)
        action, self._after_search = self._after_search, None
        if action is not None:
            self._move_into_list(open_it=action == "open")

    def _on_sort_clicked(self, section: int, order: Qt.SortOrder) -> None:
        header = self.table_view.horizontalHeader()
        if COLUMNS[section].sort_key is None:  # not sortable: put the indicator back
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, Qt.SortOrder.DescendingOrder
                                    if self.model.descending else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self.model.sort(section, order, keep=self.current_client_id())

    # --- selection ---------------------------------------------------------------------------
    def current_client_id(self) -> str | None:
        index = self.table_view.currentIndex()
        return self.model.client_id(index.row()) if index.isValid() else None

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.model.client_id(current.row())
                                  if current.isValid() else None)

    def _on_activated(self, index: QModelIndex) -> None:
        client_id = self.model.client_id(index.row())
        if client_id is not None:
            self.client_activated.emit(client_id)

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search field moves into the list; Enter opens the current (or
        first) match. If the typed text has not been searched yet, it is searched first."""
        if (watched is self.search_field and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            open_it = event.key() != Qt.Key.Key_Down
            if self.search_timer.isActive():
                self._after_search = "open" if open_it else "focus"
                self.run_search()
            else:
                self._move_into_list(open_it)
            return True
        return super().eventFilter(watched, event)

    def _move_into_list(self, open_it: bool) -> None:
        if self.model.rowCount() == 0:
            return
        index = self.table_view.currentIndex()
        if not index.isValid():
            index = self.model.index(0, 0)
            self.table_view.setCurrentIndex(index)
        self.table_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if open_it:
            self._on_activated(index)

    # --- text --------------------------------------------------------------------------------
    def _on_labels_changed(self) -> None:
        self._fill_filter_combos()
        self.model.relabel()

    def retranslate(self) -> None:
        self.search_field.setPlaceholderText(self.tr("Search by name or alias…"))
        self.search_field.setAccessibleName(self.tr("Search clients"))
        for button in self.search_field.findChildren(QToolButton):  # the clear button
            button.setAccessibleName(self.tr("Clear search"))
        names = {
            "district": self.tr("Filter by district"),
            "phase": self.tr("Filter by phase"),
            "topic": self.tr("Filter by topic"),
            "target_group": self.tr("Filter by target group"),
        }
        for name, combo in self.filter_combos.items():
            combo.setAccessibleName(names[name])
        self.follow_ups_check_box.setText(self.tr("My open follow-ups"))
        self.table_view.setAccessibleName(self.tr("Clients"))
        self.empty_title_label.setText(self.tr("No clients yet"))
        self.empty_hint_label.setText(self.tr(
            "Add a client with New client (Ctrl+N), or import a CSV or Excel file with "
            "the command %1.").replace("%1", ltr_isolated("outreach import")))
        self._fill_filter_combos()
        self.model.relabel()
        self._size_columns()
        self._show_count(self.model.rowCount())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
