"""The client list as a Qt table model that stays instant at 100,000 clients.

Anki's browser table (``qt/aqt/browser/table/model.py``) is the pattern: the model holds
only the ids of the current search, so ``rowCount()`` is exact at once; a row's data is
loaded when the view first asks for it, a block of rows at a time, on the worker
(``core.client_search.load_rows``), into a small LRU cache. Until its block arrives a row
shows a placeholder; ``dataChanged`` repaints it when it does.

Searches run on the worker too (``search_ids``). Each search gets a generation number;
a result (ids or rows) of an older generation is dropped, so a slow search for "a" can
never overwrite the faster, newer one for "ay". Only one search is on the worker at a
time: while one runs, a newer filter waits, and filters typed in between are skipped.
The whole list by name (after unlock) comes in two steps: its first screenful from the
name index in a millisecond, then all ids, appended as rows (nothing jumps).
"""

from __future__ import annotations

import gc
import logging
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from outreach_desktop.core.client_search import SORT_KEYS, ClientFilter, ClientRow
from outreach_desktop.gui.record.texts import format_date, phase_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from outreach_desktop.gui.workspace.context import Workspace

log = logging.getLogger(__name__)

BLOCK_ROWS = 64          # rows loaded per request: a screenful or two
CACHE_ROWS = 2_000       # rows kept; older ones are loaded again when scrolled back to
MAX_WANTED_BLOCKS = 4    # blocks waiting for the worker; older wishes (scrolled past) drop
PLACEHOLDER = "…"

AnyIndex = QModelIndex | QPersistentModelIndex
#: Roles answered with the cell's text, as plain ints: the view asks ~7 roles per cell
#: per paint, and comparing with Qt's enum members costs more than the answer.
_TEXT_ROLES = frozenset(int(r.value) for r in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole,
                                               Qt.ItemDataRole.AccessibleTextRole))
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class Column:
    key: str                 # what the column shows (a ClientRow field, or "name")
    sort_key: str | None     # the core's SORT_KEYS name, None if not sortable


COLUMNS = (
    Column("name", "name"),
    Column("client_code", "client_code"),
    Column("date_of_birth", None),
    Column("district", "district"),
    Column("phase", "phase"),
    Column("last_contact", "last_contact"),
    Column("next_follow_up", None),
)
assert all(c.sort_key in SORT_KEYS for c in COLUMNS if c.sort_key)


def rows_of(session: Any, ids: Sequence[str]) -> dict[str, ClientRow]:
    """``load_rows`` (worker thread), with a blank row for a client deleted since the
    search, so that the view does not ask for it again and again."""
    from outreach_desktop.core.client_search import load_rows

    rows = load_rows(session, list(ids))
    return {i: rows.get(i) or ClientRow(i, "", "", "", None, None, None, None, None)
            for i in ids}


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Fetching 100,000 ids makes 100,000 short-lived row tuples; each burst used to set
    off a full garbage collection on the worker, which holds the GIL and froze the GUI
    for 70-90 ms (the longest event-loop blocks while typing and scrolling). The tuples
    die by reference counting as soon as the ids are out, so no collection is needed."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass(frozen=True)
class _Found:
    """A tuple, not a list: a tuple of strings drops out of the collector's sight after
    one pass, so later full collections do not walk 100,000 ids."""

    ids: tuple[str, ...]
    kept_row: int | None
    rows: dict[str, ClientRow]
    complete: bool = True


@dataclass(frozen=True)
class _Search:
    """One search as sent to the worker (``run`` runs there)."""

    generation: int
    epoch: int
    filter: ClientFilter
    sort: str
    descending: bool
    keep: str | None
    first_page: bool = False  # only the first block; the full search follows

    def run(self, session: Any) -> _Found:
        from outreach_desktop.core.client_search import search_ids

        limit = BLOCK_ROWS if self.first_page else None
        with _gc_paused():
            ids = tuple(search_ids(session, self.filter, self.sort, self.descending, limit))
        kept_row = None
        if self.keep is not None:
            try:
                kept_row = ids.index(self.keep)
            except ValueError:
                kept_row = None
        first = (kept_row or 0) // BLOCK_ROWS * BLOCK_ROWS
        return _Found(ids, kept_row, rows_of(session, ids[first:first + BLOCK_ROWS]),
                      complete=not self.first_page)


def display_name(row: ClientRow) -> str:
    """Family name first, as the list is sorted by it."""
    if row.family_name and row.given_name:
        return f"{row.family_name}, {row.given_name}"
    return row.family_name or row.given_name


class ClientTableModel(QAbstractTableModel):
    """Holds: ``filter`` (what was asked for), ``sort_column`` and ``descending``;
    ``_ids`` (the current search's ids, in list order) and ``kept_row`` (where the
    client asked to be kept is in them, or None); ``_cache`` (id -> ClientRow, least
    recently used first) and ``_texts`` (id -> the row's cell texts, made when first
    painted, dropped when the labels or the language change); ``_generation`` (bumped
    per search: stale results are dropped) and ``_epoch`` (bumped when data changed:
    rows loaded before are dropped); ``_search_running`` and ``_next_search`` (at most
    one search on the worker, plus the latest waiting); ``_wanted`` (block numbers the
    view asked for, newest last) and ``_loading`` (the block on the worker, if any).
    ``_owner`` is the widget the worker ops belong to.

    Emits ``search_finished(count)`` when new ids are in (also after a reload), and
    ``rows_loaded`` when a block of rows arrived.
    """

    search_finished = Signal(int)
    rows_loaded = Signal()

    def __init__(self, workspace: Workspace, owner: QWidget) -> None:
        super().__init__(owner)
        self._workspace = workspace
        self._owner = owner
        self.filter = ClientFilter()
        self.sort_column = 0
        self.descending = False
        self._ids: tuple[str, ...] = ()
        self.kept_row: int | None = None
        self._partial_generation: int | None = None  # a first page is shown, rest to come
        self._cache: OrderedDict[str, ClientRow] = OrderedDict()
        self._texts: dict[str, tuple[str, ...]] = {}
        self._generation = 0
        self._search_running = False
        self._next_search: _Search | None = None
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._loading: int | None = None
        self._epoch = 0  # bumped when data changed: rows loaded before are dropped
        self.searched_once = False

    # --- searching ---------------------------------------------------------------------------
    def search(self, flt: ClientFilter | None = None, keep: str | None = None) -> None:
        """Run a search (the current filter again if ``flt`` is None) on the worker.

        ``keep`` is the client the user is on: its row is found on the worker
        (``kept_row`` afterwards), and the rows around it come back with the ids, so
        the first paint after a search shows names, not placeholders.
        """
        if flt is not None:
            self.filter = flt
        self._generation += 1
        sort = COLUMNS[self.sort_column].sort_key or "name"
        # The whole list by name (after unlock, or when the search is cleared): its
        # first screenful comes straight from the name index, the rest right after.
        first_page = keep is None and sort == "name" and self.filter == ClientFilter()
        self._next_search = _Search(self._generation, self._epoch, self.filter, sort,
                                    self.descending, keep, first_page)
        if not self._search_running:
            self._start_next_search()

    def reload(self, keep: str | None = None) -> None:
        """Data changed somewhere: forget cached rows and search again."""
        self._cache.clear()
        self._texts.clear()
        self._epoch += 1
        self.search(keep=keep)

    def _start_next_search(self) -> None:
        if self._next_search is None:
            return
        request, self._next_search = self._next_search, None
        self._search_running = True
        self._workspace.read(self._owner, request.run) \
            .success(lambda found: self._on_found(request, found)) \
            .failure(self._on_search_failed).run()

    def _on_found(self, request: _Search, found: _Found) -> None:
        self._search_running = False
        if request.generation == self._generation:
            if request.epoch == self._epoch:
                self._remember(found.rows)
            self._show_ids(found.ids, grows=not request.first_page
                           and self._partial_generation == request.generation)
            self._partial_generation = None if found.complete else request.generation
            if found.complete:
                self.kept_row = found.kept_row
                self.searched_once = True
                self.search_finished.emit(len(found.ids))
            elif self._next_search is None:
                self._next_search = replace(request, first_page=False)
        self._start_next_search()

    def _show_ids(self, ids: tuple[str, ...], grows: bool) -> None:
        """Replace the ids; if they only add rows after the first page shown, insert
        them (the selection and scroll position stay), else reset the model."""
        shown = len(self._ids)
        if grows and ids[:shown] == self._ids:
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
            return
        self.beginResetModel()
        self._ids = ids
        self._wanted.clear()
        self.endResetModel()

    def _on_search_failed(self, exc: BaseException) -> None:
        self._search_running = False
        from outreach_desktop.gui.worker import show_error

        show_error(self._owner, exc)
        self._start_next_search()

    # --- lazy rows -----------------------------------------------------------------------
    def client_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, client_id: str) -> int | None:
        try:
            return self._ids.index(client_id)
        except ValueError:
            return None

    def cached_row(self, row: int) -> ClientRow | None:
        client_id = self.client_id(row)
        if client_id is None:
            return None
        found = self._cache.get(client_id)
        if found is None:
            self._want(row // BLOCK_ROWS)
        else:
            self._cache.move_to_end(client_id)
        return found

    def _want(self, block: int) -> None:
        if block == self._loading:
            return
        self._wanted[block] = None
        self._wanted.move_to_end(block)
        while len(self._wanted) > MAX_WANTED_BLOCKS:
            self._wanted.popitem(last=False)
        if self._loading is None:
            self._load_next_block()

    def _load_next_block(self) -> None:
        if not self._wanted:
            return
        block, _ = self._wanted.popitem(last=True)  # the newest wish: what is on screen now
        self._loading = block
        generation, epoch = self._generation, self._epoch
        ids = self._ids[block * BLOCK_ROWS:(block + 1) * BLOCK_ROWS]
        self._workspace.read(self._owner, lambda session: rows_of(session, ids)) \
            .success(lambda rows: self._on_rows(generation, epoch, block, rows)) \
            .failure(self._on_rows_failed).run()

    def _on_rows(self, generation: int, epoch: int, block: int,
                 rows: dict[str, ClientRow]) -> None:
        self._loading = None
        if epoch == self._epoch:
            self._remember(rows)
        if generation == self._generation:
            first = block * BLOCK_ROWS
            last = min(first + BLOCK_ROWS, len(self._ids)) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0),
                                      self.index(last, len(COLUMNS) - 1))
            self.rows_loaded.emit()
        self._load_next_block()

    def _remember(self, rows: dict[str, ClientRow]) -> None:
        self._cache.update(rows)
        for client_id in rows:
            self._cache.move_to_end(client_id)
            self._texts.pop(client_id, None)
        while len(self._cache) > CACHE_ROWS:
            evicted, _row = self._cache.popitem(last=False)
            self._texts.pop(evicted, None)

    def _on_rows_failed(self, exc: BaseException) -> None:
        self._loading = None
        log.warning("loading client rows failed: %s", type(exc).__name__)

    # --- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _TEXT_ROLES or not index.isValid():
            return None
        client_id = self.client_id(index.row())
        texts = self._texts.get(client_id) if client_id else None
        if texts is None:
            row = self.cached_row(index.row())
            if row is None:
                return PLACEHOLDER if index.column() == 0 else ""
            texts = self._texts[row.id] = self._cell_texts(row)
        return texts[index.column()]

    def _cell_texts(self, row: ClientRow) -> tuple[str, ...]:
        """What the row's cells show, in column order (made once per row and language)."""
        labels = self._workspace.labels
        return (display_name(row), row.client_code, format_date(row.date_of_birth),
                labels.label("district", row.district), phase_label(row.phase),
                format_date(row.last_contact), format_date(row.next_follow_up))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.column_title(COLUMNS[section].key)
        return None

    def column_title(self, key: str) -> str:
        titles = {
            "name": self.tr("Name"),
            #: The client's pseudonymous code (e.g. K-7F3Q2), shown instead of names in reports.
            "client_code": self.tr("Client code"),
            "date_of_birth": self.tr("Date of birth"),
            "district": self.tr("District"),
            #: The phase of the client's current case (intake, assessment, ...).
            "phase": self.tr("Phase"),
            "last_contact": self.tr("Last contact"),
            "next_follow_up": self.tr("Next follow-up"),
        }
        return titles[key]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
             keep: str | None = None) -> None:
        """Sort by a column the core can sort by; other columns are ignored."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].sort_key is None:
            return
        self.sort_column = column
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.search(keep=keep)

    def relabel(self) -> None:
        """Labels or language changed: make the texts again, repaint cells and header."""
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(COLUMNS) - 1))
