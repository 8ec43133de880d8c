"""The supervisor's team overview: caseload per caseworker, what is overdue, which open
cases went without contact, open conflicts; the clients of one caseworker; the new clients
waiting to be distributed.

Everything is counted in a handful of ``GROUP BY`` queries over the whole vault (5,000
clients and 20 caseworkers are one pass each), never one query per client.

Definitions (one meaning each, shared with *Heute* where it has one):

- active case: a case file that is not closed (and not deleted) of a live client;
- overdue follow-up: a client whose open follow-up (``client_search.OPEN_FOLLOW_UPS_DUE``:
  set at the client's latest contact) is due before today; counted once per client, as
  *Heute* lists it once;
- overdue goal step: due before today, not done, its goal open, its case open;
- without contact for N days: a client with an open case whose newest contact — or the
  opening of the case, if that is later or there was no contact — lies N days or more
  before today. The buckets are cumulative: 95 days counts in 30+, 60+ and 90+;
- open conflict: a conflict row without a resolution, counted for the client's owner.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from outreach_desktop.core.client_search import LAST_CONTACT, OPEN_FOLLOW_UP, OPEN_FOLLOW_UPS_DUE
from outreach_desktop.core.sync.local import Member, directory

#: The no-contact buckets, in days (cumulative: 30+, 60+, 90+).
NO_CONTACT_DAYS = (30, 60, 90)


@dataclass(frozen=True)
class CaseworkerLoad:
    """One row of the overview. ``caseworker_id`` is None for clients without an owner;
    ``name`` is the directory's name, empty when the directory does not know the user;
    ``is_total`` marks the team total (the last row)."""

    caseworker_id: str | None
    name: str
    active_cases: int = 0
    overdue_follow_ups: int = 0
    overdue_steps: int = 0
    no_contact_30: int = 0
    no_contact_60: int = 0
    no_contact_90: int = 0
    open_conflicts: int = 0
    is_total: bool = False

    def counts(self) -> tuple[int, ...]:
        return (self.active_cases, self.overdue_follow_ups, self.overdue_steps,
                self.no_contact_30, self.no_contact_60, self.no_contact_90,
                self.open_conflicts)


@dataclass(frozen=True)
class ClientLoad:
    """One client of a caseworker (or a new client). ``phase`` is the current case's
    (the open one, else the latest); ``days_without_contact`` is set only while a case
    is open (days since the newest contact or the opening, whichever is later);
    ``opened_on`` is the open case's opening (None without an open case)."""

    client_id: str
    name: str
    client_code: str
    caseworker_id: str | None
    phase: str | None
    opened_on: date | None
    last_contact: date | None
    days_without_contact: int | None
    overdue_follow_up: bool
    overdue_steps: int
    open_conflicts: int


def _day(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(str(value)[:10])


# Per client with an open case: how many open cases, the latest opening.
_OPEN_CASES = """
    SELECT cf.client_id AS cid, count(*) AS n, max(cf.opened_on) AS opened
    FROM case_file cf WHERE cf.closed_on IS NULL AND cf.deleted_at IS NULL
    GROUP BY cf.client_id
"""
_LAST_CONTACTS = """
    SELECT k.client_id AS cid, max(k.occurred_on) AS last
    FROM contact k WHERE k.deleted_at IS NULL GROUP BY k.client_id
"""
_OVERDUE_STEPS = """
    SELECT cf.client_id AS cid, count(*) AS n
    FROM goal_step s
    JOIN goal g ON g.id = s.goal_id AND g.deleted_at IS NULL AND g.status = 'open'
    JOIN case_file cf ON cf.id = g.case_id AND cf.deleted_at IS NULL AND cf.closed_on IS NULL
    WHERE s.deleted_at IS NULL AND s.done_on IS NULL AND s.due_on IS NOT NULL
      AND s.due_on < :today
    GROUP BY cf.client_id
"""
_OPEN_CONFLICTS = """
    SELECT x.client_id AS cid, count(*) AS n FROM conflict x
    WHERE x.resolution IS NULL AND x.deleted_at IS NULL GROUP BY x.client_id
"""


def _params(today: date) -> dict[str, str]:
    params = {"today": today.isoformat(),
              "until": (today - timedelta(days=1)).isoformat()}  # overdue: due before today
    for days in NO_CONTACT_DAYS:
        params[f"t{days}"] = (today - timedelta(days=days)).isoformat()
    return params


def caseworkers(session: Session) -> list[Member]:
    """The active caseworkers of the directory, by name (whom a case may go to)."""
    members = [m for m in directory(session).values() if m.role == "caseworker" and m.active]
    members.sort(key=lambda m: (m.name.casefold(), m.user_id))
    return members


def team_overview(session: Session, today: date) -> list[CaseworkerLoad]:
    """One row per caseworker — every caseworker of the directory (with zeros if they
    have no clients) and every owner found on a client — sorted by name, clients without
    an owner after them, and the team total last."""
    params = _params(today)
    cases = session.execute(text(f"""
        SELECT c.caseworker_id, sum(oc.n),
               sum(max(oc.opened, COALESCE(lc.last, oc.opened)) <= :t30),
               sum(max(oc.opened, COALESCE(lc.last, oc.opened)) <= :t60),
               sum(max(oc.opened, COALESCE(lc.last, oc.opened)) <= :t90)
        FROM client c
        JOIN ({_OPEN_CASES}) AS oc ON oc.cid = c.id
        LEFT JOIN ({_LAST_CONTACTS}) AS lc ON lc.cid = c.id
        WHERE c.deleted_at IS NULL
        GROUP BY c.caseworker_id
    """), params).all()
    per_client = {
        "follow_ups": f"SELECT f.cid AS cid, 1 AS n FROM ({OPEN_FOLLOW_UPS_DUE}) AS f",
        "steps": _OVERDUE_STEPS,
        "conflicts": _OPEN_CONFLICTS,
    }
    counted: dict[str, dict[str | None, int]] = {}
    for key, sql in per_client.items():
        rows = session.execute(text(f"""
            SELECT c.caseworker_id, sum(p.n) FROM ({sql}) AS p
            JOIN client c ON c.id = p.cid AND c.deleted_at IS NULL
            GROUP BY c.caseworker_id
        """), params).all()
        counted[key] = {owner: int(n or 0) for owner, n in rows}
    members = directory(session)
    owners: set[str | None] = {owner for owner, *_ in cases}
    for values in counted.values():
        owners.update(values)
    owners.update(user_id for user_id, member in members.items()
                  if member.role == "caseworker" and member.active)
    by_owner = {owner: rest for owner, *rest in cases}
    loads = []
    for owner in owners:
        active, nc30, nc60, nc90 = (int(v or 0) for v in by_owner.get(owner, (0, 0, 0, 0)))
        member = members.get(owner) if owner is not None else None
        loads.append(CaseworkerLoad(
            owner, member.name if member is not None else "", active,
            counted["follow_ups"].get(owner, 0), counted["steps"].get(owner, 0),
            nc30, nc60, nc90, counted["conflicts"].get(owner, 0)))
    loads.sort(key=lambda r: (r.caseworker_id is None, not r.name, r.name.casefold(),
                              r.caseworker_id or ""))
    t = [sum(r.counts()[i] for r in loads) for i in range(7)]
    loads.append(CaseworkerLoad(None, "", t[0], t[1], t[2], t[3], t[4], t[5], t[6],
                                is_total=True))
    return loads


# One caseworker's (or the new) clients: correlated look-ups, each an index seek, run
# only for the rows the WHERE keeps (a few hundred), not for the whole vault.
_CLIENT_ROWS = f"""
    SELECT c.id, c.given_name || ' ' || c.family_name, c.client_code, c.caseworker_id,
           (SELECT cf.phase FROM case_file cf WHERE cf.client_id = c.id
              AND cf.deleted_at IS NULL
            ORDER BY cf.closed_on IS NOT NULL, cf.opened_on DESC LIMIT 1),
           (SELECT max(cf.opened_on) FROM case_file cf WHERE cf.client_id = c.id
              AND cf.closed_on IS NULL AND cf.deleted_at IS NULL),
           ({LAST_CONTACT}),
           COALESCE(({OPEN_FOLLOW_UP}) <= :until, 0),
           (SELECT count(*) FROM case_file cf
              JOIN goal g ON g.case_id = cf.id AND g.deleted_at IS NULL AND g.status = 'open'
              JOIN goal_step s ON s.goal_id = g.id AND s.deleted_at IS NULL
                               AND s.done_on IS NULL AND s.due_on IS NOT NULL
                               AND s.due_on < :today
            WHERE cf.client_id = c.id AND cf.deleted_at IS NULL AND cf.closed_on IS NULL),
           (SELECT count(*) FROM conflict x WHERE x.client_id = c.id
              AND x.resolution IS NULL AND x.deleted_at IS NULL)
    FROM client c
    WHERE c.deleted_at IS NULL
"""


def _client_loads(rows: Any, today: date) -> list[ClientLoad]:
    loads = []
    for r in rows:
        opened, last = _day(r[5]), _day(r[6])
        days = None if opened is None else (today - max(opened, last or opened)).days
        loads.append(ClientLoad(r[0], r[1].strip(), r[2], r[3], r[4], opened, last, days,
                                bool(r[7]), int(r[8]), int(r[9])))
    return loads


def caseworker_clients(session: Session, caseworker_id: str | None,
                       today: date) -> list[ClientLoad]:
    """The clients owned by ``caseworker_id`` (None: without an owner), longest without
    contact first, then clients without an open case; ties by name."""
    owner = "c.caseworker_id IS NULL" if caseworker_id is None else "c.caseworker_id = :owner"
    rows = session.execute(text(f"{_CLIENT_ROWS} AND {owner}"),
                           {**_params(today), "owner": caseworker_id}).all()
    loads = _client_loads(rows, today)
    loads.sort(key=lambda r: (r.days_without_contact is None, -(r.days_without_contact or 0),
                              r.name.casefold()))
    return loads


def new_clients(session: Session, today: date, days: int = 30) -> list[ClientLoad]:
    """Clients whose open case is in the intake phase and was opened within ``days``
    (today included): the ones a supervisor distributes. Newest first."""
    rows = session.execute(text(f"""{_CLIENT_ROWS}
        AND EXISTS (SELECT 1 FROM case_file n WHERE n.client_id = c.id
                    AND n.deleted_at IS NULL AND n.closed_on IS NULL
                    AND n.phase = 'intake' AND n.opened_on >= :since)
    """), {**_params(today), "since": (today - timedelta(days=days)).isoformat()}).all()
    loads = _client_loads(rows, today)
    loads.sort(key=lambda r: (-(r.opened_on or date.min).toordinal(), r.name.casefold()))
    return loads
