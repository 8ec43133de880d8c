"""The Figures page: a supervisor's figures computed from the vault, shown as charts and
tables with the small counts hidden, filters that recompute, CSV and PDF export, and a
chart that mirrors for right-to-left languages. The coordinator's fetch from the server
is faked here (the end-to-end test runs it against a real server)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import tab_chain
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from record_helpers import TIMEOUT_MS, workspace  # noqa: F401

from outreach_desktop.core import casework
from outreach_desktop.core.errors import ServerUnreachable
from outreach_desktop.core.figures import Period, local_figures
from outreach_desktop.gui.figures.chart import Bar, BarChart
from outreach_desktop.gui.figures.figures_view import SECTIONS, FiguresView
from outreach_desktop.gui.record.texts import format_date

TODAY = date(2026, 6, 15)
OPENED = date(2026, 2, 10)


def _client(uow: Any, n: int, district: str, closed: bool = False) -> str:
    client = casework.create_client(uow, f"Person{n}", "Test", date(1990, 1, 1),
                                    district=district, target_groups=["single_parent"])
    uow.session.flush()
    case = casework.open_case(uow, client.id, opened_on=OPENED)
    casework.log_contact(uow, client.id, date(2026, 3, 3), "outreach", topics=["language"])
    if closed:
        casework.close_case(uow, case, "goals_reached", closed_on=date(2026, 4, 20))
    return client.id


@pytest.fixture
def view(qtbot, workspace) -> FiguresView:  # noqa: F811
    """Ehrenfeld 6 clients (5 closed in April), Nippes 5, Porz 3: Porz is below the
    minimum, and then Nippes is hidden with it (else 14 - 6 - 5 would tell Porz's 3)."""
    with workspace.repository.write() as uow:
        for n in range(6):
            _client(uow, n, "ehrenfeld", closed=n < 5)
        for n in range(5):
            _client(uow, 10 + n, "nippes")
        for n in range(3):
            _client(uow, 20 + n, "porz")
    workspace.today = lambda: TODAY
    workspace.role = "supervisor"
    widget = FiguresView(workspace)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.figures is not None and not widget.computing,
                    timeout=TIMEOUT_MS)
    return widget


def _expected(space: Any, start: date, end: date, **filters: Any) -> dict[str, Any]:
    with space.repository.read() as session:
        return local_figures(session, Period(start, end), **filters)


def _table(view: FiguresView, section: str) -> list[tuple[str, str]]:
    table = view.tables[section]
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def _recomputed(qtbot, view: FiguresView, change: Any) -> None:
    before = view.figures
    change()
    qtbot.waitUntil(lambda: view.figures is not before and not view.computing,
                    timeout=TIMEOUT_MS)


def test_shows_the_figures_of_the_vault_with_small_counts_hidden(view, workspace) -> None:  # noqa: F811
    assert view.period() == (date(2026, 1, 1), date(2026, 12, 31))  # this year
    expected = _expected(workspace, date(2026, 1, 1), date(2026, 12, 31))
    assert view.figures == expected
    assert expected["active_clients"] == {"count": 14, "suppressed": False}
    assert set(view.charts) == set(SECTIONS) == set(view.tables)
    # Ehrenfeld shown; Porz (3) and Nippes (5, hidden with it) folded into one line
    assert _table(view, "active_clients_by_district") == [
        ("Ehrenfeld", "6"), ("fewer than 5", "< 5")]
    chart = view.charts["active_clients_by_district"]
    assert chart.bars == [Bar("Ehrenfeld", 6, False), Bar("fewer than 5", None, True)]
    assert "Ehrenfeld: 6" in chart.accessibleDescription()
    assert "fewer than 5" in chart.accessibleDescription()
    shown = " ".join(text for s in SECTIONS for row in _table(view, s) for text in row)
    assert "Nippes" not in shown and "Porz" not in shown  # a hidden cell has no key
    assert _table(view, "intakes_by_month") == [("February 2026", "14")]
    assert _table(view, "closures_by_month_and_reason") == [("April 2026 · Goals reached", "5")]
    assert _table(view, "contacts_by_kind")[0][1] == "14"
    assert "median duration 69 days" in view.summary_label.text()
    assert "14" in view.summary_label.text()
    assert "1 to 4" in view.note_label.text()


def test_district_and_period_filters_recompute(qtbot, view, workspace) -> None:  # noqa: F811
    _recomputed(qtbot, view, lambda: view.district_combo.setCurrentIndex(
        view.district_combo.findData("ehrenfeld")))
    assert view.figures == _expected(workspace, date(2026, 1, 1), date(2026, 12, 31),
                                     district="ehrenfeld")
    assert view.figures["active_clients"]["count"] == 6
    assert _table(view, "active_clients_by_district") == [("Ehrenfeld", "6")]

    _recomputed(qtbot, view, lambda: view.period_combo.setCurrentIndex(
        view.period_combo.findData("last_year")))
    assert view.period() == (date(2025, 1, 1), date(2025, 12, 31))
    assert view.figures["active_clients"] == {"count": 0, "suppressed": False}
    assert _table(view, "active_clients_by_district") == []
    assert "No case was closed" in view.summary_label.text()

    # typing a date makes a custom period
    _recomputed(qtbot, view, lambda: view.start_edit.setDate(date(2025, 4, 1)))
    assert view.period_combo.currentData() == "custom"
    assert view.figures["period"] == {"start": "2025-04-01", "end": "2025-12-31"}

    # a period that ends before it starts is not asked for, and says so
    view.end_edit.setDate(date(2025, 3, 1))
    qtbot.waitUntil(lambda: "ends before it starts" in view.status_label.text(),
                    timeout=TIMEOUT_MS)


def test_a_change_in_the_vault_recomputes(qtbot, view, workspace) -> None:  # noqa: F811
    _recomputed(qtbot, view, lambda: workspace.write(
        view, lambda uow: _client(uow, 99, "ehrenfeld"), "client").run())
    assert view.figures["active_clients"]["count"] == 15
    assert ("Ehrenfeld", "7") in _table(view, "active_clients_by_district")


def test_an_answer_to_an_older_request_is_dropped(qtbot, view) -> None:
    shown: list[Any] = []
    original = view._show_figures
    view._show_figures = lambda: (shown.append(view.figures), original())  # type: ignore
    view.district_combo.setCurrentIndex(view.district_combo.findData("ehrenfeld"))
    view.recompute()  # the worker starts on Ehrenfeld ...
    view.district_combo.setCurrentIndex(0)
    view.recompute()  # ... while all districts are asked for
    assert view.computing
    qtbot.waitUntil(lambda: not view.computing, timeout=TIMEOUT_MS)
    qtbot.wait(50)
    assert [f["filters"]["district"] for f in shown] == [None]


def test_csv_export_writes_the_figures(qtbot, view, tmp_path: Path) -> None:
    target = tmp_path / "zahlen.csv"
    view.export_csv(str(target))
    qtbot.waitUntil(lambda: "Saved" in view.status_label.text(), timeout=TIMEOUT_MS)
    text = target.read_text("utf-8-sig")
    assert "period_start;2026-01-01" in text
    assert "active_clients_by_district;ehrenfeld;Ehrenfeld;6" in text
    assert "active_clients_by_district;;fewer than 5;<5" in text
    assert "nippes" not in text and "porz" not in text


def test_export_to_a_folder_that_does_not_exist_says_so(qtbot, view, tmp_path: Path) -> None:
    view.export_csv(str(tmp_path / "missing" / "zahlen.csv"))
    qtbot.waitUntil(lambda: view.error_box is not None, timeout=TIMEOUT_MS)
    assert "could not be saved" in view.status_label.text()
    view.error_box.close()


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_pdf_report_has_title_period_sections_and_chart_images(qtbot, view,
                                                               tmp_path: Path) -> None:
    target = tmp_path / "bericht.pdf"
    view.export_pdf(str(target))
    qtbot.waitUntil(lambda: "Saved" in view.status_label.text(), timeout=TIMEOUT_MS)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Integration monitoring" in text
    period = f"Period: {format_date(date(2026, 1, 1))} to {format_date(date(2026, 12, 31))}"
    assert period in text
    assert "Active clients by district" in text
    assert "Closures by month and reason" in text
    assert "fewer than 5" in text and "Ehrenfeld" in text
    images = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True,
                            text=True, check=True).stdout.splitlines()[2:]
    assert len([line for line in images if " image " in line]) >= len(SECTIONS)


def test_every_control_is_reached_by_tab_and_has_a_mnemonic(view) -> None:
    chain = tab_chain(view.period_combo, 40)
    for control in (view.start_edit, view.end_edit, view.district_combo,
                    view.refresh_button, view.tables["active_clients_by_district"],
                    view.csv_button, view.pdf_button):
        assert control in chain
    assert chain.index(view.period_combo) < chain.index(view.district_combo) \
        < chain.index(view.csv_button)
    for label in (view.period_label, view.team_label, view.district_label):
        assert "&" in label.text() and label.buddy() is not None
    mnemonics = [w.text().split("&")[1][0].lower() for w in (
        view.period_label, view.organisation_label, view.team_label, view.district_label,
        view.refresh_button, view.csv_button, view.pdf_button)]
    assert len(set(mnemonics)) == len(mnemonics)


def _dark(color: QColor) -> bool:
    return color.lightness() < 128


def test_chart_mirrors_right_to_left(qtbot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_data("Bezirke", [Bar("Ehrenfeld", 12), Bar("fewer than 5", None, True)], 5)
    width = 600
    ltr = chart.row_geometry(width, direction=Qt.LayoutDirection.LeftToRight)
    rtl = chart.row_geometry(width, direction=Qt.LayoutDirection.RightToLeft)
    assert ltr[0].label.right() < ltr[0].bar.left() < ltr[0].value.left()
    assert rtl[0].label.left() > rtl[0].bar.right() > rtl[0].value.right()
    assert rtl[0].bar.width() == ltr[0].bar.width() > rtl[1].bar.width() > 0
    for direction, rows in ((Qt.LayoutDirection.LeftToRight, ltr),
                            (Qt.LayoutDirection.RightToLeft, rtl)):
        chart.setLayoutDirection(direction)
        image = chart.render_image(width, 96)  # 1:1, so geometry is in image pixels
        bar = rows[0].bar
        assert image.pixelColor(bar.center()) == QColor(38, 110, 170)
        label = rows[0].label
        assert any(_dark(image.pixelColor(x, label.center().y() + dy))
                   for x in range(label.left(), label.right()) for dy in (-2, 0, 2))
        # no text where the other direction puts its label, beyond the bar and count
        other = (rtl if rows is ltr else ltr)[0].label
        value = rows[0].value
        assert not any(_dark(image.pixelColor(x, other.center().y() + dy))
                       for x in range(other.left(), other.right()) for dy in (-2, 0, 2)
                       if not (bar.left() <= x <= bar.right()
                               or value.left() - 2 <= x <= value.right() + 2))


def test_coordinator_fetches_from_the_server_and_keeps_the_last_result_offline(
        qtbot, workspace) -> None:  # noqa: F811
    calls: list[tuple[Any, ...]] = []
    answers: list[Any] = []

    class Connection:
        def figure_scopes(self) -> dict[str, Any]:
            return {"organisations": [{"id": "o1", "name": "Caritas",
                                       "teams": [{"id": "t1", "name": "Team Kalk"}]}]}

        def figures(self, start: date, end: date, **filters: Any) -> Any:
            calls.append((start, end, filters))
            answer = answers.pop(0)
            if isinstance(answer, BaseException):
                raise answer
            return answer

    def call_server(widget: Any, job: Any, success: Any, failure: Any) -> None:
        try:
            result = job(Connection())
        except Exception as exc:
            failure(exc)
        else:
            success(result)

    with workspace.repository.read() as session:
        served = local_figures(session, Period(date(2026, 1, 1), date(2026, 12, 31)))
    workspace.today = lambda: TODAY
    workspace.role = "coordinator"
    workspace.call_server = call_server
    answers.append(served)
    widget = FiguresView(workspace)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.figures is not None, timeout=TIMEOUT_MS)
    assert calls[-1] == (date(2026, 1, 1), date(2026, 12, 31),
                         {"organisation_id": None, "team_id": None, "district": None})
    assert widget.organisation_combo.isVisible()
    assert [widget.organisation_combo.itemText(i)
            for i in range(widget.organisation_combo.count())][1:] == ["Caritas"]
    assert not widget.team_combo.isEnabled()  # teams of an organisation once one is chosen

    answers.append(ServerUnreachable())
    widget.organisation_combo.setCurrentIndex(1)
    assert widget.team_combo.isEnabled() and widget.team_combo.itemText(1) == "Team Kalk"
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=TIMEOUT_MS)
    assert calls[-1][2]["organisation_id"] == "o1"
    assert "need a connection to the server" in widget.status_label.text()
    assert widget.figures is served and widget.tables  # the last figures stay
    assert widget.csv_button.isEnabled()
