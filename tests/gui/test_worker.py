"""The background-work idiom: one thread, results on the GUI thread, busy state, errors."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from outreach_desktop.core.errors import KeyringLocked
from outreach_desktop.gui.worker import WORKER_THREAD_NAME, BackgroundOp, Worker


class BusyWidget(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.busy_changes: list[bool] = []

    def set_busy(self, busy: bool) -> None:
        self.busy_changes.append(busy)


@pytest.fixture
def worker(qtbot) -> Iterator[Worker]:
    worker = Worker()
    yield worker
    worker.shutdown(wait=True)


def test_jobs_run_in_order_on_one_thread_and_results_return_to_the_gui_thread(
        qtbot, worker: Worker) -> None:
    ran_on: list[str] = []
    delivered_on: list[str] = []
    widget = BusyWidget()

    def job(n: int) -> int:
        ran_on.append(threading.current_thread().name)
        return n

    for n in range(3):
        BackgroundOp(widget, lambda n=n: job(n), worker).success(
            lambda result: delivered_on.append((result, threading.current_thread().name))).run()
    assert widget.busy_changes[0] is True
    qtbot.waitUntil(lambda: len(delivered_on) == 3)
    assert len(set(ran_on)) == 1 and ran_on[0].startswith(WORKER_THREAD_NAME)
    assert delivered_on == [(0, "MainThread"), (1, "MainThread"), (2, "MainThread")]
    assert widget.busy_changes[-1] is False
    assert not worker.is_busy


def test_failure_callback_gets_the_exception(qtbot, worker: Worker) -> None:
    failures: list[BaseException] = []
    successes: list[object] = []

    def job() -> None:
        raise KeyringLocked()

    BackgroundOp(QWidget(), job, worker).success(successes.append).failure(failures.append).run()
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], KeyringLocked)
    assert successes == []


def test_unexpected_error_is_shown_translated_and_logged_without_its_message(
        qtbot, worker: Worker, caplog) -> None:
    parent = QWidget()

    def job() -> None:
        raise ValueError("Anna Schmidt, born 1990")  # an error message quoting a person

    with caplog.at_level(logging.DEBUG, logger="outreach_desktop"):
        BackgroundOp(parent, job, worker).run()
        qtbot.waitUntil(lambda: parent.findChild(QMessageBox) is not None)
    box = parent.findChild(QMessageBox)
    assert "Something went wrong (ValueError)" in box.text()
    assert "Anna" not in box.text()
    assert "ValueError" in caplog.text and "test_worker.py" in caplog.text
    assert "Anna" not in caplog.text
    box.close()


def test_result_is_dropped_when_the_window_was_closed_meanwhile(qtbot, worker: Worker) -> None:
    release = threading.Event()
    delivered: list[object] = []
    widget = BusyWidget()
    BackgroundOp(widget, lambda: release.wait(5), worker).success(delivered.append).run()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _alive(widget))
    release.set()
    qtbot.waitUntil(lambda: not worker.is_busy)
    assert delivered == []


def test_shutdown_runs_what_is_queued_then_refuses_new_work(qtbot) -> None:
    worker = Worker()
    done: list[int] = []
    worker.submit(lambda: done.append(1), lambda _f: None)
    worker.shutdown(wait=True)
    assert done == [1]
    with pytest.raises(RuntimeError):
        worker.submit(lambda: None, lambda _f: None)


def test_an_op_asked_for_while_the_app_shuts_down_is_dropped(qtbot, monkeypatch) -> None:
    """A result delivered during quit may ask for more work (a search waiting behind
    the one that just finished): nothing runs, nothing raises in the event loop."""
    monkeypatch.setattr(Worker, "_current", None)  # restored after the test
    monkeypatch.setattr(Worker, "_current_stopped", False)
    widget = QWidget()
    qtbot.addWidget(widget)
    worker = Worker()
    worker.make_current()
    worker.shutdown(wait=True)
    ran: list[str] = []
    future = BackgroundOp(widget, lambda: ran.append("job")).success(
        lambda _r: ran.append("success")).failure(lambda _e: ran.append("failure")).run()
    qtbot.wait(20)
    assert future.cancelled() and ran == []
    other = Worker()  # a worker that still runs is not affected
    try:
        BackgroundOp(widget, lambda: ran.append("job"), other).run().result(timeout=5)
    finally:
        other.shutdown(wait=True)
    assert ran == ["job"]
    Worker().make_current()  # the next app's worker takes ops again
    assert not Worker.current_stopped()


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
