"""What every workspace screen shares while the vault is unlocked.

``Workspace`` holds the repository (touched only inside ``run``, i.e. on the worker
thread), the catalogue labels in the UI language, and a ``data_changed`` signal: any
screen that saved something emits it, and lists, Heute and open records reload.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from outreach_desktop.gui.worker import BackgroundOp

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from outreach_desktop.core.catalogues import CatalogueLabels
    from outreach_desktop.core.repository import Repository, UnitOfWork
    from outreach_desktop.gui.forms import FormsBundle

T = TypeVar("T")


class Workspace(QObject):
    """Holds: ``repository`` (worker thread only), ``labels`` (catalogue code -> text in
    the UI language; replaced on a language switch), ``language``, ``today`` (a callable,
    so tests can pin the date). Emits ``data_changed(table)`` after a write and
    ``labels_changed`` after the labels were reloaded."""

    data_changed = Signal(str)
    labels_changed = Signal()

    def __init__(self, repository: Repository, labels: CatalogueLabels, language: str,
                 today: Callable[[], Any] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repository = repository
        self.labels = labels
        self.language = language
        from datetime import date

        self.today = today or date.today
        self.verify_passphrase: Callable[[str], None] | None = None
        self._forms: FormsBundle | None = None
        #: The enrolled user's role ("caseworker" before enrolment) and user id (""):
        #: which pages the window shows; set by the controller after unlock and enrolment.
        self.role = "caseworker"
        self.user_id = ""
        self._call_server: Callable[..., None] | None = None
        #: Reads started right after the unlock, before the screen that shows them exists
        #: (the supervisor's review queue): name -> {"future", "then"}.
        self._prefetched: dict[str, dict[str, Any]] = {}
        self.data_changed.connect(self._drop_unclaimed_prefetches)

    def prefetch(self, name: str) -> Callable[[Any], None]:
        """Mark a read as started; returns the ``on_done(future)`` to give the worker."""
        entry: dict[str, Any] = {"future": None, "then": None}
        self._prefetched[name] = entry

        def done(future: Any) -> None:
            entry["future"] = future
            if entry["then"] is not None and self._prefetched.get(name) is entry:
                del self._prefetched[name]
                entry["then"](future)

        return done

    def take_prefetched(self, name: str, then: Callable[[Any], Any]) -> bool:
        """Give the prefetched read's future to ``then`` (now if it is done, else when it
        is), once. False when there is none: the caller reads for itself."""
        entry = self._prefetched.get(name)
        if entry is None:
            return False
        if entry["future"] is not None:
            del self._prefetched[name]
            then(entry["future"])
        else:
            entry["then"] = then
        return True

    def _drop_unclaimed_prefetches(self, _table: str) -> None:
        """Data changed (a sync, an edit): a read nobody has claimed yet is out of date;
        one a screen waits for stays (the screen reloads after it anyway)."""
        self._prefetched = {name: entry for name, entry in self._prefetched.items()
                            if entry["then"] is not None}

    @property
    def may_edit_records(self) -> bool:
        """A supervisor reads and reviews the team's records; only a caseworker edits."""
        return self.role == "caseworker"

    def set_server_caller(self, call: Callable[..., None] | None) -> None:
        self._call_server = call

    def call_server(self, widget: QWidget, job: Callable[[Any], T],
                    success: Callable[[T], Any],
                    failure: Callable[[BaseException], Any]) -> None:
        """``job(connection)`` on the sync thread; ``success(result)`` or ``failure(exc)``
        in the GUI thread (dropped when ``widget`` is gone). Not enrolled: ``failure``
        gets ``NotEnrolled``."""
        if self._call_server is None:
            from outreach_desktop.core.errors import NotEnrolled

            failure(NotEnrolled())
            return
        self._call_server(job, success, failure, widget)

    def with_forms(self, widget: QWidget, then: Callable[[FormsBundle], Any]) -> None:
        """Call ``then(bundle)`` with the form definitions, read on the worker once."""
        if self._forms is not None:
            then(self._forms)
            return
        from outreach_desktop.gui.forms import load_forms_bundle

        def loaded(bundle: FormsBundle) -> None:
            self._forms = bundle
            then(bundle)

        BackgroundOp(widget, load_forms_bundle).success(loaded).run()

    def read(self, widget: QWidget, fn: Callable[[Session], T]) -> BackgroundOp[T]:
        """A query on the worker: ``fn(session)``; chain ``.success()`` then ``.run()``."""

        def job() -> T:
            with self.repository.read() as session:
                return fn(session)

        return BackgroundOp(widget, job)

    def write(self, widget: QWidget, fn: Callable[[UnitOfWork], T],
              table: str = "") -> BackgroundOp[T]:
        """A change on the worker in one transaction: ``fn(uow)``. ``data_changed`` is
        emitted on success (before the caller's own success callback)."""

        def job() -> T:
            with self.repository.write() as uow:
                return fn(uow)

        return BackgroundOp(widget, job).notify(lambda _result: self.data_changed.emit(table))

    def reload_labels(self, widget: QWidget, language: str) -> None:
        from outreach_desktop.core.catalogues import load_labels

        def loaded(labels: CatalogueLabels) -> None:
            self.labels, self.language = labels, language
            self.labels_changed.emit()

        BackgroundOp(widget, lambda: load_labels(self.repository, language)).success(
            loaded).run()
