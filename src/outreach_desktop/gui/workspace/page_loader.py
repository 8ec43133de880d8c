"""A workspace page's data kept fresh, the same way on every page (Heute, the review
queue, the team overview).

The page is loaded when it is first shown, and again after a change (``data_changed``):
at once if the page is on screen, otherwise when it is next shown, so that a hidden page
never queues work on the worker ahead of the page being used. One load runs at a time;
a reload asked for meanwhile runs once after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from outreach_desktop.gui.workspace.context import Workspace


class PageLoader(QObject):
    """``start()`` begins a load (on the worker); the page calls ``done()`` when it
    ended, loaded or failed. ``ignore(table)``: changes of tables the page does not
    show."""

    def __init__(self, page: QWidget, workspace: Workspace, start: Callable[[], None],
                 ignore: Callable[[str], bool] = lambda _table: False) -> None:
        super().__init__(page)
        self._page, self._start, self._ignore = page, start, ignore
        self.loading = False
        self._again = False
        self._stale = True  # loaded when first shown
        page.installEventFilter(self)
        workspace.data_changed.connect(self._on_data_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show and self._stale:
            self.reload()
        return False

    def _on_data_changed(self, table: str) -> None:
        if self._ignore(table):
            return
        if self._page.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        self._stale = False
        if self.loading:
            self._again = True
            return
        self.loading = True
        self._start()

    def done(self) -> None:
        self.loading = False
        if self._again:
            self._again = False
            self.reload()
