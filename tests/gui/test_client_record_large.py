"""A record with 500 contacts opens while the GUI keeps responding (loaded on the worker,
its table strings made there too, shown in one table model).

The benchmark measures precisely; this test bounds the longest pause of a 10 ms timer.
The record is opened three times and the best try counts: on a busy two-core machine
the scheduler alone can pause a process for a while, but a design that blocks the GUI
thread fails every try.
"""

from __future__ import annotations

import itertools
import time
from datetime import date, timedelta

from PySide6.QtCore import QTimer
from record_helpers import TIMEOUT_MS, add_client, workspace  # noqa: F401

from outreach_desktop.core.storage.models import Contact
from outreach_desktop.gui.record.record_view import ClientRecordView

CONTACTS = 500
MAX_GAP_S = 0.2
TRIES = 3


def _longest_pause_while_opening(qtbot, view: ClientRecordView, client_id: str) -> float:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    qtbot.wait(50)
    with qtbot.waitSignal(view.record_loaded, timeout=TIMEOUT_MS):
        view.show_client(client_id)
    qtbot.wait(100)  # the first paint of the table after the load
    timer.stop()
    return max(b - a for a, b in itertools.pairwise(ticks))


def test_a_record_with_500_contacts_opens_without_blocking(qtbot, workspace) -> None:  # noqa: F811
    client_id = add_client(workspace)
    first = date(2024, 1, 1)
    with workspace.repository.write() as uow:
        uow.add_many(Contact, [
            {"client_id": client_id, "occurred_on": first + timedelta(days=i),
             "kind": "outreach", "duration_minutes": 30, "topics": ["housing", "health"],
             "district": "kalk", "note": f"Contact number {i}\nsecond line"}
            for i in range(CONTACTS)])
    view = ClientRecordView(workspace)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.tabs.setCurrentWidget(view.contacts)
    qtbot.wait(50)

    pauses = []
    for _ in range(TRIES):
        view.show_client(None)
        pauses.append(_longest_pause_while_opening(qtbot, view, client_id))
    stalls_ms = [round(p * 1000) for p in pauses]
    assert min(pauses) < MAX_GAP_S, f"the event loop stalled: {stalls_ms} ms"

    model = view.contacts.model
    assert model.rowCount() == CONTACTS
    last = first + timedelta(days=CONTACTS - 1)
    assert view.record.contacts[0].occurred_on == last  # newest first
    assert model.ids[0] == view.record.contacts[0].id
    assert model.rows[0][7] == f"Contact number {CONTACTS - 1}"
    assert model.rows[0][1] == "Outreach"
