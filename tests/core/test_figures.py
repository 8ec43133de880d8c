"""The programme's figures as one computation (core.figures): periods, suppression, the
filters, the app's own database and the CSV export."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_desktop.core.figures import (
    CELL_SECTIONS,
    MIN_COUNT,
    Period,
    compute,
    figures_csv,
    local_figures,
    suppressed,
)
from outreach_desktop.core.storage.models import Case, Client, Contact, Referral

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
HIDDEN = {"key": None, "count": None, "suppressed": True}


def _rows(n: int, *, district: str = "Kalk", team: str = "t1", opened: Any = "2026-02-01",
          closed: Any = None, reason: str | None = None, kind: str = "outreach",
          topics: list[str] | None = None, groups: list[str] | None = None,
          first: int = 0) -> tuple[list[dict[str, Any]], ...]:
    clients, cases, contacts, referrals = [], [], [], []
    for i in range(first, first + n):
        cid = f"c{i}"
        clients.append({"id": cid, "district": district, "team_id": team,
                        "target_groups": groups or []})
        cases.append({"client_id": cid, "opened_on": opened, "closed_on": closed,
                      "closure_reason": reason})
        contacts.append({"client_id": cid, "occurred_on": opened, "kind": kind,
                         "topics": topics or []})
        referrals.append({"client_id": cid, "institution": "jobcenter", "referred_on": opened})
    return clients, cases, contacts, referrals


def _join(*parts: tuple[list[dict[str, Any]], ...]) -> tuple[list[dict[str, Any]], ...]:
    return tuple([row for part in parts for row in part[i]] for i in range(4))


def test_the_period_is_inclusive_at_both_ends_and_takes_strings_and_dates():
    assert YEAR.contains("2026-01-01") and YEAR.contains("2026-12-31")
    assert YEAR.contains(date(2026, 1, 1)) and YEAR.contains(datetime(2026, 12, 31, 23, 59))
    assert YEAR.contains("2026-12-31T23:59:00")
    assert not YEAR.contains("2025-12-31") and not YEAR.contains(date(2027, 1, 1))
    assert not YEAR.contains(None) and not YEAR.contains("") and not YEAR.contains("31.12.")


def test_a_case_open_on_the_first_or_last_day_counts_as_active():
    on_last = _rows(3, opened="2026-12-31")
    closed_on_first = _rows(3, opened="2025-06-01", closed="2026-01-01", reason="moved",
                            first=10)
    before = _rows(4, opened="2025-01-01", closed="2025-12-31", reason="moved", first=20)
    figures = compute(*_join(on_last, closed_on_first, before), YEAR)
    assert figures["active_clients"] == {"count": 6, "suppressed": False}


def test_dates_as_strings_and_as_dates_give_the_same_figures():
    as_text = _rows(7, opened="2026-03-04", closed="2026-04-05", reason="goals_reached")
    as_dates = _rows(7, opened=date(2026, 3, 4), closed=date(2026, 4, 5),
                     reason="goals_reached")
    assert compute(*as_text, YEAR) == compute(*as_dates, YEAR)
    figures = compute(*as_dates, YEAR)
    assert figures["intakes_by_month"] == [{"key": "2026-03", "count": 7, "suppressed": False}]
    assert figures["closures_by_month_and_reason"] == [
        {"key": "2026-04 goals_reached", "month": "2026-04", "reason": "goals_reached",
         "count": 7, "suppressed": False}]
    assert figures["case_duration_days"] == {"count": 7, "suppressed": False, "median": 32}


def test_small_cells_are_folded_without_their_keys():
    rows = _join(_rows(6, kind="outreach", topics=["housing"], groups=["single_parent"]),
                 _rows(2, kind="phone", topics=["health"], groups=["lsbti"], first=10))
    figures = compute(*rows, YEAR)
    assert figures["active_clients"] == {"count": 8, "suppressed": False}
    assert figures["contacts_by_kind"] == [
        {"key": "outreach", "count": 6, "suppressed": False}, HIDDEN]
    assert figures["active_clients_by_topic"] == [
        {"key": "housing", "count": 6, "suppressed": False}, HIDDEN]
    assert figures["active_clients_by_target_group"] == [
        {"key": "single_parent", "count": 6, "suppressed": False}, HIDDEN]
    assert "lsbti" not in repr(figures) and "health" not in repr(figures)


def test_a_partition_hides_as_much_as_the_total_would_give_away():
    # districts add up to the shown total: 9 shown + 3 hidden would single out the 3
    rows = _join(_rows(9, district="Kalk"), _rows(3, district="Porz", first=10))
    figures = compute(*rows, YEAR)
    assert figures["active_clients"]["count"] == 12
    assert figures["active_clients_by_district"] == [HIDDEN]
    assert suppressed(Counter({"a": 9, "b": 7, "c": 3}), partition=True) == [
        {"key": "a", "count": 9, "suppressed": False}, HIDDEN]
    assert suppressed(Counter({"a": 9, "b": 3, "c": 2}), partition=True) == [
        {"key": "a", "count": 9, "suppressed": False}, HIDDEN]
    assert suppressed(Counter({"a": 0})) == []


def test_fewer_active_clients_than_the_minimum_are_suppressed_and_none_are_zero():
    assert compute(*_rows(4), YEAR)["active_clients"] == {"count": None, "suppressed": True}
    empty = compute([], [], [], [], YEAR)
    assert empty["active_clients"] == {"count": 0, "suppressed": False}
    assert empty["case_duration_days"] == {"count": None, "suppressed": False, "median": None}
    assert all(empty[section] == [] for section in CELL_SECTIONS)


def test_district_and_team_filters_keep_only_those_clients_and_are_named():
    rows = _join(_rows(5, district="Kalk", team="t1"), _rows(6, district="Porz", team="t2",
                                                             first=10))
    by_district = compute(*rows, YEAR, district="Porz")
    assert by_district["active_clients"]["count"] == 6
    assert by_district["filters"] == {"organisation_id": None, "team_id": None,
                                      "district": "Porz"}
    by_team = compute(*rows, YEAR, team_id="t1", organisation_id="o1")
    assert by_team["active_clients"]["count"] == 5
    assert by_team["contacts_by_kind"] == [{"key": "outreach", "count": 5,
                                            "suppressed": False}]
    assert by_team["filters"] == {"organisation_id": "o1", "team_id": "t1", "district": None}
    # rows of clients not given (deleted, another scope) are not counted
    clients, cases, contacts, referrals = rows
    assert compute(clients[:5], cases, contacts, referrals, YEAR)["active_clients"][
        "count"] == 5


def test_odd_values_a_device_may_have_sent_count_as_nothing():
    clients, cases, contacts, referrals = _rows(6)
    clients[0]["target_groups"] = {"not": "a list"}
    contacts[1]["topics"] = [["nested"], {"x": 1}, "housing"]
    cases[2]["opened_on"] = 20260201
    cases[3]["closed_on"], cases[3]["closure_reason"] = "2026-13-45", "moved"
    figures = compute(clients, cases, contacts, referrals, YEAR)
    assert figures["active_clients"]["count"] == 5  # the case without a date is not open
    assert figures["active_clients_by_topic"] == [HIDDEN]  # one client: housing


def test_a_period_that_ends_before_it_starts_is_refused():
    with pytest.raises(ValueError):
        compute([], [], [], [], Period(date(2026, 2, 1), date(2026, 1, 1)))


DAYS = st.dates(date(2025, 11, 1), date(2027, 2, 1))


@st.composite
def _world(draw: st.DrawFn) -> tuple[list[dict[str, Any]], ...]:
    n = draw(st.integers(0, 25))
    clients, cases, contacts, referrals = [], [], [], []
    for i in range(n):
        cid = f"c{i}"
        clients.append({"id": cid, "district": draw(st.sampled_from(["Kalk", "Porz", None])),
                        "team_id": draw(st.sampled_from(["t1", "t2"])),
                        "target_groups": draw(st.lists(st.sampled_from(["a", "b", "c"]),
                                                       max_size=2))})
        for _ in range(draw(st.integers(0, 2))):
            opened = draw(DAYS)
            closed = draw(st.none() | DAYS.filter(lambda d, o=opened: d >= o))
            cases.append({"client_id": cid, "opened_on": opened.isoformat(),
                          "closed_on": closed,
                          "closure_reason": draw(st.sampled_from(["moved", "done", None]))})
        for _ in range(draw(st.integers(0, 3))):
            contacts.append({"client_id": cid, "occurred_on": draw(DAYS),
                             "kind": draw(st.sampled_from(["outreach", "phone"])),
                             "topics": draw(st.lists(st.sampled_from(["x", "y"]),
                                                     max_size=2))})
        for _ in range(draw(st.integers(0, 2))):
            referrals.append({"client_id": cid, "referred_on": draw(DAYS),
                              "institution": draw(st.sampled_from(["jc", "aa", "school"]))})
    return clients, cases, contacts, referrals


@settings(max_examples=200, deadline=None)
@given(rows=_world(), start=DAYS, length=st.integers(0, 400),
       district=st.sampled_from([None, "Kalk"]), team=st.sampled_from([None, "t1"]))
def test_no_count_from_one_to_below_the_minimum_ever_appears(
        rows: tuple[list[dict[str, Any]], ...], start: date, length: int,
        district: str | None, team: str | None):
    period = Period(start, date.fromordinal(start.toordinal() + length))
    figures = compute(*rows, period, district=district, team_id=team)
    small = set(range(1, MIN_COUNT))
    assert figures["active_clients"]["count"] not in small
    assert figures["case_duration_days"]["count"] not in small
    for section in CELL_SECTIONS:
        for cell in figures[section]:
            assert cell["count"] not in small
            assert (cell["key"] is None) == cell["suppressed"] == (cell["count"] is None)
    shown = [c["count"] for c in figures["active_clients_by_district"] if c["count"]]
    total = figures["active_clients"]["count"]
    if total is not None and shown:
        assert total - sum(shown) == 0 or total - sum(shown) >= MIN_COUNT


def _label(section: str, key: str | None) -> str:
    return f"{section}:{key}" if key is not None else "hidden"


def test_the_csv_has_the_period_filters_and_every_cell_with_suppressed_ones_as_below_five():
    rows = _join(_rows(6, kind="outreach", opened="2026-03-01", closed="2026-05-02",
                       reason="moved"),
                 _rows(2, kind="phone; \"quoted\"", first=10))
    figures = compute(*rows, YEAR, district=None, team_id="t1")
    text = figures_csv(figures, _label)
    lines = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert lines[0] == ["period_start", "2026-01-01"]
    assert lines[1] == ["period_end", "2026-12-31"]
    assert ["team_id", "t1"] in lines and ["district", ""] in lines
    header = lines.index(["section", "key", "label", "count"])
    body = lines[header + 1:]
    assert ["active_clients", "", "hidden", "8"] in body
    assert ["contacts_by_kind", "outreach", "contacts_by_kind:outreach", "6"] in body
    assert ["contacts_by_kind", "", "hidden", f"<{MIN_COUNT}"] in body
    assert ["closures_by_month_and_reason", "2026-05 moved",
            "closures_by_month_and_reason:2026-05 moved", "6"] in body
    assert ["case_duration_days", "median", "case_duration_days:median", "62"] in body
    assert "phone" not in text  # a suppressed key never reaches the file
    assert all(len(line) == 4 for line in body)


def test_the_csv_of_a_suppressed_total_and_duration():
    text = figures_csv(compute(*_rows(3, closed="2026-03-01", reason="moved"), YEAR), _label)
    body = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert ["active_clients", "", "hidden", "<5"] in body
    assert ["case_duration_days", "count", "case_duration_days:count", "<5"] in body
    assert not any(line[:1] == ["case_duration_days"] and line[1] == "median" for line in body)


def test_local_figures_read_the_vault_skip_deleted_rows_and_filter(open_vault):
    repo = open_vault.repository
    plain: list[tuple[list[dict[str, Any]], ...]] = []
    with repo.write() as uow:
        for i in range(14):
            team = "t1" if i < 8 else "t2"
            client = uow.add(Client, client_code=f"K-{i}", given_name="Amina",
                             family_name="Haddad", district="Kalk" if i % 2 else "Porz",
                             target_groups=["single_parent"] if i < 7 else [],
                             team_id=team)
            closed = date(2026, 4, 1) if i < 6 else None
            uow.add(Case, client_id=client.id, opened_on=date(2026, 1, 10 + i),
                    closed_on=closed, closure_reason="moved" if closed else None)
            uow.add(Contact, client_id=client.id, occurred_on=date(2026, 2, 1),
                    kind="outreach" if i < 12 else "phone", topics=["housing"])
            uow.add(Contact, client_id=client.id, occurred_on=date(2025, 2, 1),
                    kind="phone", topics=["health"])  # before the period
            uow.add(Referral, client_id=client.id, institution="Jobcenter",
                    referred_on=date(2026, 3, 1))
            plain.append(([{"id": client.id, "district": client.district,
                            "team_id": team, "target_groups": client.target_groups}],
                          [{"client_id": client.id, "opened_on": date(2026, 1, 10 + i),
                            "closed_on": closed,
                            "closure_reason": "moved" if closed else None}],
                          [{"client_id": client.id, "occurred_on": "2026-02-01",
                            "kind": "outreach" if i < 12 else "phone",
                            "topics": ["housing"]}],
                          [{"client_id": client.id, "institution": "Jobcenter",
                            "referred_on": "2026-03-01"}]))
        gone = uow.add(Client, client_code="K-gone", given_name="Gone", family_name="X",
                       district="Kalk", team_id="t1", deleted_at=datetime(2026, 3, 1))
        uow.add(Case, client_id=gone.id, opened_on=date(2026, 1, 5))
    with repo.read() as session:
        figures = local_figures(session, YEAR)
        assert figures == compute(*_join(*plain), YEAR)
        assert figures["active_clients"] == {"count": 14, "suppressed": False}
        assert figures["contacts_by_kind"] == [
            {"key": "outreach", "count": 12, "suppressed": False}, HIDDEN]
        assert figures["referrals_by_institution"] == [
            {"key": "Jobcenter", "count": 14, "suppressed": False}]
        assert figures["case_duration_days"]["count"] == 6
        team = local_figures(session, YEAR, team_id="t1")
        assert team["active_clients"]["count"] == 8
        assert team["filters"] == {"organisation_id": None, "team_id": "t1", "district": None}
        kalk = local_figures(session, YEAR, team_id="t1", district="Kalk")
        assert kalk["active_clients"] == {"count": None, "suppressed": True}  # 4
        assert local_figures(session, YEAR, team_id="t1", district="Kalk") == compute(
            *_join(*plain), YEAR, team_id="t1", district="Kalk")
