"""*Zahlen*: the programme's figures (Integrationsmonitoring) for a supervisor (computed
from the team's rows in this vault) or a coordinator (fetched from the server).

Filters (period, organisation for a coordinator, team, district) recompute the figures
shortly after the last change, on the worker (supervisor) or the sync thread
(coordinator); a result that arrives after a newer request was made is dropped. Each
figure is a chart and a table; counts below the minimum are folded into one cell that
says so in words. The figures can be saved as CSV or as a PDF report; the file is
written on the worker, only where the user chose.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.gui.figures.chart import Bar, BarChart, suppressed_text
from outreach_desktop.gui.record.texts import format_date

if TYPE_CHECKING:
    from outreach_desktop.gui.workspace.context import Workspace

#: Filter changes are gathered this long before the figures are computed again.
DEBOUNCE_MS = 300
PERIODS = ("this_year", "last_year", "last_12_months", "this_quarter", "custom")
#: Chart sections: figure key -> the catalogue its keys come from ("" for months).
CATALOGUE_OF = {
    "active_clients_by_district": "district",
    "active_clients_by_target_group": "target_group",
    "active_clients_by_topic": "topic",
    "intakes_by_month": "",
    "closures_by_month_and_reason": "",
    "contacts_by_kind": "contact_kind",
    "referrals_by_institution": "institution",
}
SECTIONS = tuple(CATALOGUE_OF)


def preset_period(preset: str, today: date) -> tuple[date, date]:
    """The first and last day of a period preset (not "custom")."""
    if preset == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if preset == "last_12_months":
        try:
            start = today.replace(year=today.year - 1)
        except ValueError:  # 29 February
            start = today.replace(year=today.year - 1, day=28)
        return start + timedelta(days=1), today
    if preset == "this_quarter":
        first_month = (today.month - 1) // 3 * 3 + 1
        start = date(today.year, first_month, 1)
        end = (date(today.year + 1, 1, 1) if first_month == 10
               else date(today.year, first_month + 3, 1)) - timedelta(days=1)
        return start, end
    return date(today.year, 1, 1), date(today.year, 12, 31)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class FiguresView(QWidget):
    """Holds ``figures`` (the last result shown, or None), ``charts`` and ``tables``
    (section key -> widget), the filter combos (``period_combo``, ``organisation_combo``
    for a coordinator, ``team_combo``, ``district_combo``), ``start_edit``/``end_edit``,
    ``status_label`` and ``computing`` (a request is on its way). ``export_csv(path)`` and
    ``export_pdf(path)`` save the shown figures (the buttons call them after the file
    dialog); ``recompute()`` asks for the figures now."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.figures: dict[str, Any] | None = None
        self.charts: dict[str, BarChart] = {}
        self.tables: dict[str, QTableWidget] = {}
        self.computing = False
        self.file_dialog: QFileDialog | None = None
        self.error_box: QMessageBox | None = None
        self._request = 0
        self._stale = True
        self._scopes: list[dict[str, Any]] = []  # a coordinator's organisations and teams
        self._teams: list[tuple[str, str]] = []  # a supervisor's teams (id, name)
        self._scopes_loaded = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.recompute)

        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title_label.setFont(font)

        self.period_label = QLabel(self)
        self.period_combo = QComboBox(self)
        self.start_edit = QDateEdit(self)
        self.end_edit = QDateEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(_edit_format())
        self.dash_label = QLabel("\u2013", self)
        self.organisation_label = QLabel(self)
        self.organisation_combo = QComboBox(self)
        self.team_label = QLabel(self)
        self.team_combo = QComboBox(self)
        self.district_label = QLabel(self)
        self.district_combo = QComboBox(self)
        self.refresh_button = QPushButton(self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # no percentage: moving while computing
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.busy_bar.hide()
        for label, buddy in ((self.period_label, self.period_combo),
                             (self.organisation_label, self.organisation_combo),
                             (self.team_label, self.team_combo),
                             (self.district_label, self.district_combo)):
            label.setBuddy(buddy)
            buddy.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        coordinator = self._coordinator()
        self.organisation_label.setVisible(coordinator)
        self.organisation_combo.setVisible(coordinator)

        filters = QHBoxLayout()
        for widget in (self.period_label, self.period_combo, self.start_edit, self.dash_label,
                       self.end_edit):
            filters.addWidget(widget)
        filters.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        for widget in (self.organisation_label, self.organisation_combo, self.team_label,
                       self.team_combo, self.district_label, self.district_combo):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.busy_bar)
        filters.addWidget(self.refresh_button)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.content = QWidget(self.scroll)
        self.content_layout = QVBoxLayout(self.content)
        self.summary_label = QLabel(self.content)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label = QLabel(self.content)
        self.note_label.setWordWrap(True)
        self.content_layout.addWidget(self.summary_label)
        self.content_layout.addWidget(self.note_label)
        self.content_layout.addStretch(1)
        self._boxes: list[QWidget] = []
        self.scroll.setWidget(self.content)

        self.csv_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(filters)
        layout.addWidget(self.status_label)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)

        self.period_combo.currentIndexChanged.connect(self._on_period_chosen)
        self.start_edit.dateChanged.connect(self._on_date_edited)
        self.end_edit.dateChanged.connect(self._on_date_edited)
        self.organisation_combo.currentIndexChanged.connect(self._on_organisation_chosen)
        self.team_combo.currentIndexChanged.connect(self._schedule)
        self.district_combo.currentIndexChanged.connect(self._schedule)
        self.refresh_button.clicked.connect(self.recompute)
        self.csv_button.clicked.connect(lambda: self._ask_file("csv"))
        self.pdf_button.clicked.connect(lambda: self._ask_file("pdf"))
        workspace.data_changed.connect(self._on_data_changed)
        workspace.labels_changed.connect(self._on_labels_changed)

        self._fill_period_combo()
        self._fill_district_combo()
        self._fill_team_combo()
        self._set_dates(*preset_period("this_year", self.workspace.today()))
        self.retranslate()
        self._update_buttons()

    # --- who is looking -------------------------------------------------------------------
    def _coordinator(self) -> bool:
        return getattr(self.workspace, "role", "") == "coordinator"

    # --- loading --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if not self._scopes_loaded:
            self._load_scopes()
        if self._stale:
            self._stale = False
            self.recompute()
        super().showEvent(event)

    def _on_data_changed(self, _table: str) -> None:
        """A supervisor's figures follow the synced rows; a coordinator's come from the
        server and are fetched again only when asked (a fetch itself asks for a sync)."""
        if self._coordinator():
            return
        self._scopes_loaded = False
        if self.isVisible():
            self._load_scopes()
            self._schedule()
        else:
            self._stale = True

    def _on_labels_changed(self) -> None:
        self._fill_district_combo()
        self._show_figures()

    def _load_scopes(self) -> None:
        self._scopes_loaded = True
        if self._coordinator():
            self.workspace.call_server(self, lambda conn: conn.figure_scopes(),
                                       self._on_scopes, self._on_scopes_failed)
            return
        from sqlalchemy import select

        from outreach_desktop.core.storage.models import Team

        def teams(session: Any) -> list[tuple[str, str]]:
            rows = session.execute(select(Team.id, Team.name).where(Team.deleted_at.is_(None))
                                   .order_by(Team.name))
            return [(str(i), str(n)) for i, n in rows]

        self.workspace.read(self, teams).success(self._on_teams).failure(
            lambda _exc: None).run()

    def _on_teams(self, teams: list[tuple[str, str]]) -> None:
        self._teams = teams
        self._fill_team_combo()

    def _on_scopes_failed(self, _exc: BaseException) -> None:
        self._scopes_loaded = False  # asked again with the next refresh

    def _on_scopes(self, scopes: dict[str, Any]) -> None:
        self._scopes = list(scopes.get("organisations") or [])
        self._fill_organisation_combo()
        self._fill_team_combo()

    def _schedule(self, *_args: object) -> None:
        self._debounce.start()

    def period(self) -> tuple[date, date]:
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()

    def filters(self) -> dict[str, str | None]:
        return {"organisation_id": self.organisation_combo.currentData()
                if self._coordinator() else None,
                "team_id": self.team_combo.currentData(),
                "district": self.district_combo.currentData()}

    def recompute(self) -> None:
        """Ask for the figures of the current filters; an older answer still on its way
        is then dropped."""
        self._debounce.stop()
        self._request += 1
        request = self._request
        start, end = self.period()
        if end < start:
            self._set_computing(False)
            self.status_label.setText(self.tr("The period ends before it starts."))
            return
        chosen = self.filters()
        if not self._scopes_loaded:
            self._load_scopes()
        self._set_computing(True)
        self.status_label.clear()
        if self._coordinator():
            self.workspace.call_server(
                self, lambda conn: conn.figures(start, end, **chosen),
                lambda result: self._on_figures(request, result),
                lambda exc: self._on_failed(request, exc))
            return
        from outreach_desktop.core.figures import Period, local_figures

        period = Period(start, end)
        team, district = chosen["team_id"], chosen["district"]
        self.workspace.read(self, lambda session: local_figures(
            session, period, team_id=team, district=district)) \
            .success(lambda result: self._on_figures(request, result)) \
            .failure(lambda exc: self._on_failed(request, exc)).run()

    def _on_figures(self, request: int, figures: dict[str, Any]) -> None:
        if request != self._request:
            return  # a newer request is on its way
        self._set_computing(False)
        self.figures = figures
        self._show_figures()
        self._update_buttons()

    def _on_failed(self, request: int, exc: BaseException) -> None:
        from outreach_desktop.core.errors import SyncError
        from outreach_desktop.gui.worker import log_unexpected
        from outreach_desktop.messages import describe_error

        if request != self._request:
            return
        self._set_computing(False)
        log_unexpected(exc)
        text = describe_error(exc)
        if self._coordinator() and isinstance(exc, SyncError):
            text = self.tr("The figures need a connection to the server.") + " " + text
        if self.figures is not None:
            text += " " + self.tr("The figures shown are from the last successful request.")
        self.status_label.setText(text)

    def _set_computing(self, computing: bool) -> None:
        self.computing = computing
        self.busy_bar.setVisible(computing)
        self.busy_bar.setAccessibleName(self.tr("Computing the figures\u2026"))
        if self.figures is None:
            self.summary_label.setText(self.tr("Computing the figures\u2026")
                                       if computing else "")

    # --- filters --------------------------------------------------------------------------
    def _fill_period_combo(self) -> None:
        current = self.period_combo.currentData() or "this_year"
        names = {"this_year": self.tr("This year"), "last_year": self.tr("Last year"),
                 "last_12_months": self.tr("Last 12 months"),
                 "this_quarter": self.tr("This quarter"),
                 "custom": self.tr("Custom period")}
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for key in PERIODS:
            self.period_combo.addItem(names[key], key)
        self.period_combo.setCurrentIndex(PERIODS.index(current))
        self.period_combo.blockSignals(False)

    def _fill_district_combo(self) -> None:
        self._refill(self.district_combo, self.tr("All districts"),
                     self.workspace.labels.choices("district"))

    def _fill_organisation_combo(self) -> None:
        self._refill(self.organisation_combo, self.tr("All organisations"),
                     [(str(o["id"]), str(o["name"])) for o in self._scopes])

    def _fill_team_combo(self) -> None:
        if self._coordinator():
            organisation = self.organisation_combo.currentData()
            teams = [(str(t["id"]), str(t["name"])) for o in self._scopes
                     if o["id"] == organisation for t in o.get("teams") or []]
        else:
            teams = self._teams
        self._refill(self.team_combo, self.tr("All teams"), teams)
        self.team_combo.setEnabled(bool(teams))

    @staticmethod
    def _refill(combo: QComboBox, everything: str, entries: list[tuple[str, str]]) -> None:
        """Replace the entries, keeping the chosen one if it is still there."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for code, text in entries:
            combo.addItem(text, code)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def _on_period_chosen(self, _index: int) -> None:
        preset = self.period_combo.currentData()
        if preset != "custom":
            self._set_dates(*preset_period(preset, self.workspace.today()))
        self._schedule()

    def _on_organisation_chosen(self, _index: int) -> None:
        self._fill_team_combo()
        self._schedule()

    def _set_dates(self, start: date, end: date) -> None:
        for edit, value in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(value))
            edit.blockSignals(False)

    def _on_date_edited(self, _value: QDate) -> None:
        """Typing a date makes the period a custom one."""
        custom = PERIODS.index("custom")
        if self.period_combo.currentIndex() != custom:
            self.period_combo.blockSignals(True)
            self.period_combo.setCurrentIndex(custom)
            self.period_combo.blockSignals(False)
        self._schedule()

    # --- the figures ----------------------------------------------------------------------
    def min_count(self) -> int:
        return int((self.figures or {}).get("min_count") or 5)

    def section_title(self, section: str) -> str:
        titles = {
            "active_clients": self.tr("Active clients"),
            "active_clients_by_district": self.tr("Active clients by district"),
            "active_clients_by_target_group": self.tr("Active clients by target group"),
            "active_clients_by_topic": self.tr("Active clients by topic of their contacts"),
            "intakes_by_month": self.tr("Intakes by month"),
            "closures_by_month_and_reason": self.tr("Closures by month and reason"),
            "contacts_by_kind": self.tr("Contacts by kind"),
            "referrals_by_institution": self.tr("Referrals by institution"),
            "case_duration_days": self.tr("Duration of closed cases"),
        }
        return titles.get(section, section)

    def label(self, section: str, key: str | None) -> str:
        """The text for a cell's key (catalogue label, month, ...), as shown and exported."""
        if section in ("active_clients",):
            return self.section_title(section)
        if section == "case_duration_days":
            return (self.tr("Median duration in days") if key == "median"
                    else self.tr("Closed cases"))
        if key is None:
            return suppressed_text(self.min_count())
        if section == "intakes_by_month":
            return month_label(key)
        if section == "closures_by_month_and_reason":
            month, _, reason = key.partition(" ")
            return f"{month_label(month)} \u00b7 {self._code_label('closure_reason', reason)}"
        return self._code_label(CATALOGUE_OF.get(section, ""), key)

    def _code_label(self, catalogue: str, code: str) -> str:
        if code in ("", "unknown"):
            return self.tr("Not recorded")
        return self.workspace.labels.label(catalogue, code) if catalogue else code

    def count_text(self, cell: dict[str, Any]) -> str:
        if cell.get("suppressed"):
            #: A hidden small count in a table: %1 is the smallest count shown (5).
            return self.tr("< %1").replace("%1", QLocale().toString(self.min_count()))
        return QLocale().toString(int(cell.get("count") or 0))

    def _cell_label(self, section: str, cell: dict[str, Any]) -> str:
        if section == "closures_by_month_and_reason" and cell.get("month") and \
                not cell.get("suppressed"):
            return (f"{month_label(str(cell['month']))} \u00b7 "
                    f"{self._code_label('closure_reason', str(cell.get('reason') or ''))}")
        return self.label(section, None if cell.get("suppressed") else cell.get("key"))

    def rows(self, section: str) -> list[tuple[str, str]]:
        """A section's table as shown: (label, count text) per cell."""
        cells = (self.figures or {}).get(section) or []
        return [(self._cell_label(section, cell), self.count_text(cell)) for cell in cells]

    def summary_lines(self) -> list[str]:
        if self.figures is None:
            return []
        active = self.figures.get("active_clients") or {}
        below = suppressed_text(self.min_count())
        active_text = below if active.get("suppressed") else QLocale().toString(
            int(active.get("count") or 0))
        lines = [self.tr("Active clients in the period: %1").replace("%1", active_text)]
        duration = self.figures.get("case_duration_days") or {}
        if duration.get("suppressed"):
            lines.append(self.tr("Closed cases: %1 (no median is shown for so few)")
                         .replace("%1", below))
        elif not duration.get("count"):
            lines.append(self.tr("No case was closed in this period."))
        else:
            median = duration.get("median")
            median_text = (QLocale().toString(int(median)) if float(median).is_integer()
                           else QLocale().toString(float(median), "f", 1))
            lines.append(self.tr("Closed cases: %1, median duration %2 days")
                         .replace("%1", QLocale().toString(int(duration["count"])))
                         .replace("%2", median_text))
        return lines

    def suppression_note(self) -> str:
        return self.tr(
            "To protect the people counted, every number from 1 to %1 is hidden: such "
            "cells are put together into one line \u201cfewer than %2\u201d, without saying "
            "which districts, groups or months they are.").replace(
            "%1", QLocale().toString(self.min_count() - 1)).replace(
            "%2", QLocale().toString(self.min_count()))

    def _show_figures(self) -> None:
        for box in self._boxes:
            self.content_layout.removeWidget(box)
            box.deleteLater()
        self._boxes = []
        self.charts.clear()
        self.tables.clear()
        if self.figures is None:
            self.summary_label.setText(self.tr("Computing the figures\u2026")
                                       if self.computing else "")
            self.note_label.hide()
            return
        self.summary_label.setText("\n".join(self.summary_lines()))
        self.note_label.setText(self.suppression_note())
        self.note_label.show()
        for index, section in enumerate(SECTIONS):
            box = self._section_widget(section)
            self._boxes.append(box)
            self.content_layout.insertWidget(2 + index, box)

    def _section_widget(self, section: str) -> QWidget:
        box = QWidget(self.content)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        cells = (self.figures or {}).get(section) or []
        chart = BarChart(box)
        chart.set_data(self.section_title(section),
                       [Bar(label, None if cell.get("suppressed") else int(cell["count"]),
                            bool(cell.get("suppressed")))
                        for (label, _t), cell in zip(self.rows(section), cells, strict=True)],
                       self.min_count())
        table = QTableWidget(len(cells), 2, box)
        table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Count")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAccessibleName(self.section_title(section))
        table.setTabKeyNavigation(False)  # Tab moves on to the next figure
        table.setWordWrap(False)
        for row, (label, count) in enumerate(self.rows(section)):
            table.setItem(row, 0, QTableWidgetItem(label))
            number = QTableWidgetItem(count)
            number.setTextAlignment(Qt.AlignmentFlag.AlignTrailing
                                    | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 1, number)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row_height = table.verticalHeader().defaultSectionSize()
        height = header.sizeHint().height() + 2 * table.frameWidth() + row_height * len(cells)
        table.setFixedHeight(height)
        table.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)
        table.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(chart, 3, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(table, 2, Qt.AlignmentFlag.AlignTop)
        table.setVisible(bool(cells))  # the chart says "no figures"
        self.charts[section] = chart
        self.tables[section] = table
        return box

    def _update_buttons(self) -> None:
        self.csv_button.setEnabled(self.figures is not None)
        self.pdf_button.setEnabled(self.figures is not None)

    # --- export ---------------------------------------------------------------------------
    def _ask_file(self, kind: str) -> None:
        if self.figures is None:
            return
        start, end = (self.figures.get("period") or {}).get("start", ""), \
            (self.figures.get("period") or {}).get("end", "")
        #: Suggested file name of the figures: %1 first day, %2 last day, %3 csv or pdf.
        name = self.tr("figures-%1-%2.%3").replace("%1", start).replace("%2", end) \
            .replace("%3", kind)
        title = self.tr("Save the figures as CSV") if kind == "csv" \
            else self.tr("Save the figures as a PDF report")
        pattern = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr(
            "PDF files (*.pdf)")
        self.file_dialog = QFileDialog(self, title, name, pattern)
        self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.file_dialog.setDefaultSuffix(kind)
        self.file_dialog.fileSelected.connect(
            self.export_csv if kind == "csv" else self.export_pdf)
        self.file_dialog.finished.connect(lambda _r: setattr(self, "file_dialog", None))
        self.file_dialog.open()

    def csv_text(self) -> str:
        from outreach_desktop.core.figures import figures_csv

        return figures_csv(self.figures or {}, self.label)

    def export_csv(self, path: str) -> None:
        if not path or self.figures is None:
            return
        content = self.csv_text().encode("utf-8-sig")  # a BOM: Excel reads it as UTF-8
        self._write(path, content)

    def export_pdf(self, path: str) -> None:
        if not path or self.figures is None:
            return
        self._write(path, self.pdf_bytes())

    def _write(self, path: str, content: bytes) -> None:
        from outreach_desktop.core.fileio import atomic_write
        from outreach_desktop.gui.worker import BackgroundOp

        BackgroundOp(self, lambda: atomic_write(Path(path), content)) \
            .success(lambda _r: self._saved(path)) \
            .failure(self._save_failed).run()

    def _saved(self, path: str) -> None:
        from outreach_desktop.gui.text import ltr_isolated

        self.status_label.setText(self.tr("Saved: %1").replace("%1", ltr_isolated(path)))

    def _save_failed(self, exc: BaseException) -> None:
        from outreach_desktop.messages import describe_error

        text = self.tr("The file could not be saved.") + " "
        text += exc.strerror or describe_error(exc) if isinstance(exc, OSError) \
            else describe_error(exc)
        self.status_label.setText(text)
        self.error_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Figures"), text,
                                     QMessageBox.StandardButton.Ok, self)
        self.error_box.setTextFormat(Qt.TextFormat.PlainText)
        self.error_box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box.finished.connect(lambda _r: setattr(self, "error_box", None))
        self.error_box.open()

    def report_lines(self) -> list[str]:
        figures = self.figures or {}
        period = figures.get("period") or {}
        lines = [self.tr("Period: %1 to %2")
                 .replace("%1", format_date(date.fromisoformat(period["start"])))
                 .replace("%2", format_date(date.fromisoformat(period["end"])))]
        if self._coordinator():
            lines.append(self.tr("Organisation: %1").replace(
                "%1", self.organisation_combo.currentText()))
        lines.append(self.tr("Team: %1").replace("%1", self.team_combo.currentText()))
        lines.append(self.tr("District: %1").replace("%1", self.district_combo.currentText()))
        lines.append(self.tr("Made on %1").replace("%1", format_date(self.workspace.today())))
        return lines + self.summary_lines()

    def pdf_bytes(self) -> bytes:
        """The report as PDF (GUI thread: fonts and painting)."""
        from outreach_desktop.gui.figures.report import (
            IMAGE_DPI,
            Report,
            ReportSection,
            chart_width_px,
            render_report,
        )

        width = chart_width_px()
        report = Report(
            #: Title of the figures report (the programme's name for it in German).
            title=self.tr("Integration monitoring"),
            lines=self.report_lines(), note=self.suppression_note(),
            right_to_left=self.layoutDirection() == Qt.LayoutDirection.RightToLeft,
            headers=(self.tr("What"), self.tr("Count")))
        for section in SECTIONS:
            chart = self.charts.get(section)
            report.sections.append(ReportSection(
                self.section_title(section), self.rows(section),
                None if chart is None
                else chart.render_image(width, IMAGE_DPI, with_title=False)))
        return render_report(report)

    # --- text -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        #: Page title: the programme's figures (German: Zahlen).
        self.title_label.setText(self.tr("Figures", "page title"))
        self.period_label.setText(self.tr("&Period:"))
        self.organisation_label.setText(self.tr("&Organisation:"))
        self.team_label.setText(self.tr("&Team:"))
        self.district_label.setText(self.tr("&District:"))
        self.start_edit.setAccessibleName(self.tr("First day of the period"))
        self.end_edit.setAccessibleName(self.tr("Last day of the period"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.csv_button.setText(self.tr("Export &CSV\u2026"))
        self.pdf_button.setText(self.tr("&Export PDF report\u2026"))
        self._fill_period_combo()
        self._fill_district_combo()
        self._refill(self.organisation_combo, self.tr("All organisations"),
                     [(str(o["id"]), str(o["name"])) for o in self._scopes])
        self._fill_team_combo()
        self._show_figures()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def month_label(key: str) -> str:
    """ "2026-03" as the UI language writes a month, e.g. "März 2026"."""
    try:
        year, month = (int(part) for part in key.split("-")[:2])
    except ValueError:
        return key
    locale = QLocale()
    return f"{locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)} " \
           f"{locale.toString(year).replace(locale.groupSeparator(), '')}"


def _edit_format() -> str:
    from outreach_desktop.gui.record.texts import date_format

    return date_format()


