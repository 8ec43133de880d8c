"""The programme's figures (Integrationsmonitoring, shared/DOMAIN.md): always aggregated,
never a name, and every count from 1 to ``MIN_COUNT - 1`` suppressed so no person can be
singled out.

One computation, ``compute``, over plain rows: the server runs it on its synced rows
(``/v1/figures``), the app on its own encrypted database (``local_figures``), so a
supervisor's laptop and the server give the same figures for the same rows.
``figures_csv`` writes them for a spreadsheet.
"""

from __future__ import annotations

import csv
import io
import json
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from outreach_desktop.core.storage.models import Case, Client, Contact, Referral

MIN_COUNT = 5

#: the sections that are lists of cells, in the order a report shows them
CELL_SECTIONS = ("active_clients_by_district", "active_clients_by_target_group",
                 "active_clients_by_topic", "intakes_by_month",
                 "closures_by_month_and_reason", "contacts_by_kind",
                 "referrals_by_institution")

Row = Mapping[str, Any]


def _day(value: Any) -> str:
    """A date as its ISO day ("YYYY-MM-DD"), from a ``date`` (or ``datetime``) or an ISO
    string; anything else (None, a number a device sent) is no date: ``""``."""
    if isinstance(value, date):
        return value.isoformat()[:10]
    if isinstance(value, str):
        return value[:10]
    return ""


def _parse(day: str) -> date | None:
    try:
        return date.fromisoformat(day) if day else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    def contains(self, value: str | date | None) -> bool:
        day = _parse(_day(value))
        return day is not None and self.start <= day <= self.end


def suppressed(counts: Counter[str], *, partition: bool = False) -> list[dict[str, Any]]:
    """The cells of at least ``MIN_COUNT``, each with its key and count; the small ones
    folded, without their keys, into one ``{"key": null, "count": null, "suppressed":
    true}`` (a key alone would tell that someone has that target group, or carry a name
    typed as an institution). ``partition``: the cells add up to a total that is shown,
    so what is hidden must be 0 or at least ``MIN_COUNT`` (else total minus the shown
    cells singles it out): the smallest shown cells are hidden too until it is."""
    cells = sorted(((key, n) for key, n in counts.items() if n > 0),
                   key=lambda cell: (cell[1], cell[0]))
    hidden = [cell for cell in cells if cell[1] < MIN_COUNT]
    shown = [cell for cell in cells if cell[1] >= MIN_COUNT]
    if partition:
        while shown and 0 < sum(n for _, n in hidden) < MIN_COUNT:
            hidden.append(shown.pop(0))
    result = [{"key": key, "count": n, "suppressed": False} for key, n in sorted(shown)]
    if hidden:
        result.append({"key": None, "count": None, "suppressed": True})
    return result


def _codes(value: Any) -> list[str]:
    """The codes of a list field (target groups, topics) as a device stored it: a push
    checks only that such a field is JSON, so anything but a list counts as no code, and
    within a list only plain values (not lists or objects) count."""
    if not isinstance(value, list):
        return []
    return [str(item) for item in value if isinstance(item, str | int | float)]


def _closures(counts: Counter[str]) -> list[dict[str, Any]]:
    """Closures per "YYYY-MM reason" key, each cell also carrying ``month`` and
    ``reason`` apart (None in the suppressed cell)."""
    cells = suppressed(counts)
    for cell in cells:
        key = cell["key"]
        month, _, reason = key.partition(" ") if key is not None else (None, None, None)
        cell["month"], cell["reason"] = month, reason
    return cells


def compute(clients: Iterable[Row], cases: Iterable[Row], contacts: Iterable[Row],
            referrals: Iterable[Row], period: Period, *, district: str | None = None,
            team_id: str | None = None,
            organisation_id: str | None = None) -> dict[str, Any]:
    """The figures of ``period`` from plain rows (dicts of the synced fields; dates as ISO
    strings or ``date``): clients ``id``, ``district``, ``target_groups`` (and
    ``team_id`` when filtered by team); cases ``client_id``, ``opened_on``, ``closed_on``,
    ``closure_reason``; contacts ``client_id``, ``occurred_on``, ``kind``, ``topics``;
    referrals ``client_id``, ``institution``, ``referred_on``. Rows of other clients are
    ignored. ``district`` and ``team_id`` keep only the clients of that district or team;
    ``organisation_id`` only names, under ``filters``, the organisation the caller chose
    the rows of.

    A client is active when one of their cases was open on a day of the period."""
    if period.end < period.start:
        raise ValueError("the period ends before it starts")
    start, end = period.start.isoformat(), period.end.isoformat()
    days: dict[Any, bool] = {}  # a period has a few hundred days; rows repeat them

    def within(value: Any) -> bool:
        try:
            return days[value]
        except KeyError:
            known = days[value] = period.contains(_day(value))
            return known
        except TypeError:  # a list or object a device sent: no date
            return False

    chosen: dict[str, Row] = {}
    for client in clients:
        if district is not None and client.get("district") != district:
            continue
        if team_id is not None and client.get("team_id") != team_id:
            continue
        chosen[str(client.get("id"))] = client
    active: set[str] = set()
    intakes: Counter[str] = Counter()
    closures: Counter[str] = Counter()
    durations: list[int] = []
    for case in cases:
        client_id = str(case.get("client_id"))
        if client_id not in chosen:
            continue
        opened, closed = _day(case.get("opened_on")), _day(case.get("closed_on"))
        if opened and opened <= end and (not closed or closed >= start):
            active.add(client_id)
        if within(opened):
            intakes[opened[:7]] += 1
        if within(closed):
            closures[f"{closed[:7]} {case.get('closure_reason') or 'unknown'}"] += 1
            opened_day, closed_day = _parse(opened), _parse(closed)
            if opened_day is not None and closed_day is not None:
                durations.append((closed_day - opened_day).days)
    by_district: Counter[str] = Counter()
    by_group: Counter[str] = Counter()
    for client_id in active:
        fields = chosen[client_id]
        by_district[fields.get("district") or "unknown"] += 1
        for group in set(_codes(fields.get("target_groups"))):
            by_group[group] += 1
    topics: dict[str, set[str]] = {}
    by_kind: Counter[str] = Counter()
    for contact in contacts:
        client_id = str(contact.get("client_id"))
        if client_id not in chosen or not within(contact.get("occurred_on")):
            continue
        by_kind[str(contact.get("kind") or "unknown")] += 1
        if client_id in active:
            for topic in _codes(contact.get("topics")):
                topics.setdefault(topic, set()).add(client_id)
    by_institution: Counter[str] = Counter()
    for referral in referrals:
        if (str(referral.get("client_id")) in chosen
                and within(referral.get("referred_on"))):
            by_institution[str(referral.get("institution") or "unknown")] += 1
    total = len(active)
    return {
        "period": {"start": start, "end": end},
        "filters": {"organisation_id": organisation_id, "team_id": team_id,
                    "district": district},
        "min_count": MIN_COUNT,
        "active_clients": {"count": total if total == 0 or total >= MIN_COUNT else None,
                           "suppressed": 0 < total < MIN_COUNT},
        "active_clients_by_district": suppressed(by_district, partition=True),
        "active_clients_by_target_group": suppressed(by_group),
        "active_clients_by_topic": suppressed(Counter({t: len(c) for t, c in topics.items()})),
        "intakes_by_month": suppressed(intakes),
        "closures_by_month_and_reason": _closures(closures),
        "contacts_by_kind": suppressed(by_kind),
        "referrals_by_institution": suppressed(by_institution),
        "case_duration_days": _durations(durations),
    }


def _durations(days: list[int]) -> dict[str, Any]:
    if len(days) < MIN_COUNT:
        return {"count": None, "suppressed": bool(days), "median": None}
    return {"count": len(days), "suppressed": False, "median": statistics.median(days)}


# --- the app's own database -----------------------------------------------------------------
def _text(column: Any) -> Any:
    """A date or JSON column as the text stored (ISO day, JSON): parsed once per distinct
    value below, not once per row."""
    return type_coerce(column, String)


class _JsonLists:
    """JSON text to a list, each distinct text parsed once (topics and target groups
    repeat across thousands of rows); what is not a JSON list stays as parsed (compute
    counts it as no code)."""

    def __init__(self) -> None:
        self.parsed: dict[str | None, Any] = {None: []}

    def __call__(self, text: str | None) -> Any:
        try:
            return self.parsed[text]
        except KeyError:
            try:
                value = json.loads(text or "null")
            except ValueError:
                value = None
            self.parsed[text] = value
            return value


def local_figures(session: Session, period: Period, *, team_id: str | None = None,
                  district: str | None = None) -> dict[str, Any]:
    """The figures of the rows in this vault (a supervisor's: their team's clients), the
    same as the server gives for the same rows. Reads only the columns it needs, and only
    the contacts and referrals of the period."""
    connection = session.connection()  # plain rows: no ORM loading, no type conversion
    client_query = select(Client.id, Client.district, _text(Client.target_groups),
                          Client.team_id).where(Client.deleted_at.is_(None))
    if team_id is not None:
        client_query = client_query.where(Client.team_id == team_id)
    if district is not None:
        client_query = client_query.where(Client.district == district)
    lists = _JsonLists()
    clients = [{"id": i, "district": d, "target_groups": lists(g), "team_id": t}
               for i, d, g, t in connection.execute(client_query).all()]
    cases = [{"client_id": c, "opened_on": o, "closed_on": s, "closure_reason": r}
             for c, o, s, r in connection.execute(
                 select(Case.client_id, _text(Case.opened_on), _text(Case.closed_on),
                        Case.closure_reason).where(Case.deleted_at.is_(None))).all()]
    contacts = [{"client_id": c, "occurred_on": o, "kind": k, "topics": lists(t)}
                for c, o, k, t in connection.execute(
                    select(Contact.client_id, _text(Contact.occurred_on), Contact.kind,
                           _text(Contact.topics))
                    .where(Contact.deleted_at.is_(None),
                           Contact.occurred_on.between(period.start, period.end))).all()]
    referrals = [{"client_id": c, "institution": i, "referred_on": d}
                 for c, i, d in connection.execute(
                     select(Referral.client_id, Referral.institution,
                            _text(Referral.referred_on))
                     .where(Referral.deleted_at.is_(None),
                            Referral.referred_on.between(period.start, period.end))).all()]
    return compute(clients, cases, contacts, referrals, period, district=district,
                   team_id=team_id)


# --- export ---------------------------------------------------------------------------------
def figures_csv(figures: Mapping[str, Any], label: Callable[[str, str | None], str]) -> str:
    """The figures as one CSV text (";"-separated, as a German spreadsheet opens it): a
    header block with the period and filters, then one line per cell with the columns
    section;key;label;count. A suppressed cell has no key and the count "<5".
    ``label(section, key)`` gives the display text (catalogue labels in the app); for
    the single figures (active clients, case duration) the key is None. The caller adds
    a byte-order mark if the file is for Excel."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    period = figures.get("period", {})
    writer.writerow(["period_start", period.get("start", "")])
    writer.writerow(["period_end", period.get("end", "")])
    for name, value in (figures.get("filters") or {}).items():
        writer.writerow([name, value or ""])
    writer.writerow(["min_count", figures.get("min_count", MIN_COUNT)])
    writer.writerow([])
    writer.writerow(["section", "key", "label", "count"])
    hidden = f"<{MIN_COUNT}"
    active = figures.get("active_clients") or {}
    writer.writerow(["active_clients", "", label("active_clients", None),
                     hidden if active.get("suppressed") else active.get("count", 0)])
    for section in CELL_SECTIONS:
        for cell in figures.get(section) or []:
            if cell.get("suppressed"):
                writer.writerow([section, "", label(section, None), hidden])
            else:
                writer.writerow([section, cell["key"], label(section, cell["key"]),
                                 cell["count"]])
    duration = figures.get("case_duration_days") or {}
    if duration.get("suppressed"):
        writer.writerow(["case_duration_days", "count", label("case_duration_days", "count"),
                         hidden])
    else:
        writer.writerow(["case_duration_days", "count", label("case_duration_days", "count"),
                         duration.get("count") or 0])
        median = duration.get("median")
        if median is not None:
            writer.writerow(["case_duration_days", "median",
                             label("case_duration_days", "median"),
                             int(median) if float(median).is_integer() else median])
    return out.getvalue()
