"""The programme's figures (Integrationsmonitoring, shared/DOMAIN.md): always aggregated,
never a name, and every count from 1 to ``MIN_COUNT - 1`` suppressed so no person can be
singled out.

A supervisor gets the figures of their team (or organisation); a coordinator those of
every organisation, or of one. Counts are made from the synced rows as they stand.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from outreach_server.models import SyncRow
from outreach_server.services.auth import Principal
from outreach_server.services.errors import Forbidden, InvalidInput

MIN_COUNT = 5


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    def contains(self, value: str | None) -> bool:
        if not value:
            return False
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            return False
        return self.start <= day <= self.end


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


def _scope_filter(principal: Principal, organisation_id: str | None) -> Any:
    if principal.role == "coordinator":
        return SyncRow.organisation_id == organisation_id if organisation_id else None
    if principal.role == "supervisor":
        if organisation_id and organisation_id != principal.organisation_id:
            raise Forbidden("a supervisor sees the figures of their own organisation",
                            "not_in_scope")
        if principal.team_id is not None:
            return SyncRow.team_id == principal.team_id
        return SyncRow.organisation_id == principal.organisation_id
    raise Forbidden(f"a {principal.role} has no access to the figures", "role_forbidden")


def _rows(session: Session, table: str, where: Any) -> Iterable[dict[str, Any]]:
    query = select(SyncRow.data).where(SyncRow.table_name == table,
                                       SyncRow.deleted_at.is_(None))
    if where is not None:
        query = query.where(where)
    return session.scalars(query)


def figures(session: Session, principal: Principal, period: Period,
            organisation_id: str | None = None, district: str | None = None) -> dict[str, Any]:
    if period.end < period.start:
        raise InvalidInput("the period ends before it starts", "bad_period")
    where = _scope_filter(principal, organisation_id)
    clients = {}
    for data in session.execute(select(SyncRow.id, SyncRow.data).where(
            SyncRow.table_name == "client", SyncRow.deleted_at.is_(None),
            *([where] if where is not None else []))):
        row_id, fields = data
        if district is None or fields.get("district") == district:
            clients[row_id] = fields
    active: set[str] = set()
    intakes: Counter[str] = Counter()
    closures: Counter[str] = Counter()
    durations: list[int] = []
    for case in _rows(session, "case_file", where):
        client_id = str(case.get("client_id"))
        if client_id not in clients:
            continue
        opened: str = case.get("opened_on") or ""
        closed: str = case.get("closed_on") or ""
        if opened and opened[:10] <= period.end.isoformat() and (
                not closed or closed[:10] >= period.start.isoformat()):
            active.add(client_id)
        if period.contains(opened):
            intakes[opened[:7]] += 1
        if period.contains(closed):
            closures[f"{closed[:7]} {case.get('closure_reason') or 'unknown'}"] += 1
            if opened:
                durations.append((date.fromisoformat(closed[:10])
                                  - date.fromisoformat(opened[:10])).days)
    by_district: Counter[str] = Counter()
    by_group: Counter[str] = Counter()
    for client_id in active:
        fields = clients[client_id]
        by_district[fields.get("district") or "unknown"] += 1
        for group in set(_codes(fields.get("target_groups"))):
            by_group[group] += 1
    topics: dict[str, set[str]] = {}
    contacts: Counter[str] = Counter()
    for contact in _rows(session, "contact", where):
        client_id = str(contact.get("client_id"))
        if client_id not in clients or not period.contains(contact.get("occurred_on")):
            continue
        contacts[str(contact.get("kind") or "unknown")] += 1
        if client_id in active:
            for topic in _codes(contact.get("topics")):
                topics.setdefault(topic, set()).add(client_id)
    referrals: Counter[str] = Counter()
    for referral in _rows(session, "referral", where):
        if referral.get("client_id") in clients and period.contains(referral.get("referred_on")):
            referrals[str(referral.get("institution") or "unknown")] += 1
    total = len(active)
    return {
        "period": {"start": period.start.isoformat(), "end": period.end.isoformat()},
        "min_count": MIN_COUNT,
        "active_clients": {"count": total if total == 0 or total >= MIN_COUNT else None,
                           "suppressed": 0 < total < MIN_COUNT},
        "active_clients_by_district": suppressed(by_district, partition=True),
        "active_clients_by_target_group": suppressed(by_group),
        "active_clients_by_topic": suppressed(Counter({t: len(c) for t, c in topics.items()})),
        "intakes_by_month": suppressed(intakes),
        "closures_by_month_and_reason": suppressed(closures),
        "contacts_by_kind": suppressed(contacts),
        "referrals_by_institution": suppressed(referrals),
        "case_duration_days": _durations(durations),
    }


def _durations(days: list[int]) -> dict[str, Any]:
    if len(days) < MIN_COUNT:
        return {"count": None, "suppressed": bool(days), "median": None}
    ordered = sorted(days)
    middle = len(ordered) // 2
    median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    return {"count": len(days), "suppressed": False, "median": median}
