"""The read started at the unlock (a supervisor's review queue) is handed to the page
once; a change of data before anyone claimed it makes it out of date, so it is dropped,
while a read a page already waits for is still delivered."""

from __future__ import annotations

from concurrent.futures import Future

from outreach_desktop.gui.workspace.context import Workspace


def _done(value: object) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


def test_a_prefetched_read_is_handed_over_once(qapp) -> None:
    workspace = Workspace(None, None, "de")  # type: ignore[arg-type]
    workspace.prefetch("review_queue")(_done("queue"))
    got: list[object] = []
    assert workspace.take_prefetched("review_queue", lambda f: got.append(f.result()))
    assert got == ["queue"]
    assert not workspace.take_prefetched("review_queue", got.append)


def test_a_change_drops_an_unclaimed_read_but_not_a_claimed_one(qapp) -> None:
    workspace = Workspace(None, None, "de")  # type: ignore[arg-type]
    workspace.prefetch("review_queue")(_done("old queue"))
    workspace.data_changed.emit("client")
    assert not workspace.take_prefetched("review_queue", lambda f: None)

    deliver = workspace.prefetch("review_queue")
    got: list[object] = []
    assert workspace.take_prefetched("review_queue", lambda f: got.append(f.result()))
    workspace.data_changed.emit("client")  # the page waits for it: it stays
    deliver(_done("queue"))
    assert got == ["queue"]
