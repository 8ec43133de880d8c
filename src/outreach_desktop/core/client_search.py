"""Finding clients: the ids of a search, and the rows for the ones on screen.

The client list keeps only the ids of the current search and asks for rows as they
scroll into view (Anki's browser model), so a search over 100,000 clients returns ids
only; ``load_rows`` fetches a screenful.

The text query goes through the FTS5 name index (names and aliases, folded by
``fold_for_search`` the same way they were indexed); every word is a prefix, all must
match: "ay öz" finds "Ayşe Özdemir".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from outreach_desktop.core.text_fold import fold_for_search

SORT_KEYS = ("name", "client_code", "district", "phase", "last_contact")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class ClientFilter:
    """What the list shows. Empty fields do not filter."""

    text: str = ""
    district: str | None = None
    phase: str | None = None
    topic: str | None = None
    target_group: str | None = None
    open_follow_ups: bool = False


@dataclass(frozen=True)
class ClientRow:
    """One line of the client list (what the table shows; markers are not in it)."""

    id: str
    client_code: str
    given_name: str
    family_name: str
    date_of_birth: date | None
    district: str | None
    phase: str | None
    last_contact: date | None
    next_follow_up: date | None
    languages: list[str] = field(default_factory=list)


#: Search as you type starts at a word of two letters: one letter matches up to a quarter
#: of 100,000 clients (a list nobody reads) and was the slowest query of all.
MIN_WORD_LENGTH = 2


def _typed_words(typed: str) -> list[str]:
    """The words of what was typed, folded the way the name index is."""
    return _WORD.findall(fold_for_search(typed))


def is_searchable(typed: str) -> bool:
    """Whether the typed text has a word long enough to search for (see
    ``MIN_WORD_LENGTH``); the list stays unfiltered by text until it has."""
    return any(len(w) >= MIN_WORD_LENGTH for w in _typed_words(typed))


def fts_query(typed: str) -> str | None:
    """The FTS5 MATCH expression for what was typed: each word a quoted prefix."""
    words = _typed_words(typed)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


# The current case of a client: its open case, else its most recently opened one.
# Two index seeks (ix_case_open, ix_case_opened) instead of a sort per client.
_CURRENT_CASE = """
    COALESCE(
      (SELECT cf.phase FROM case_file cf WHERE cf.client_id = c.id AND cf.closed_on IS NULL
         AND cf.deleted_at IS NULL ORDER BY cf.opened_on DESC LIMIT 1),
      (SELECT cf.phase FROM case_file cf WHERE cf.client_id = c.id
         AND cf.deleted_at IS NULL ORDER BY cf.opened_on DESC LIMIT 1))
"""
# The same, for all clients at once (the phase filter): one pass over the cases.
_CURRENT_PHASES = """
    SELECT client_id FROM (
      SELECT client_id, phase, row_number() OVER (
        PARTITION BY client_id ORDER BY closed_on IS NOT NULL, opened_on DESC) AS rn
      FROM case_file WHERE deleted_at IS NULL)
    WHERE rn = 1 AND phase = :phase
"""
#: The client ``c``'s latest contact date (a correlated subquery).
LAST_CONTACT = """
    SELECT max(k.occurred_on) FROM contact k
    WHERE k.client_id = c.id AND k.deleted_at IS NULL
"""
# A follow-up is open while no contact happened after the contact that set it, i.e. it
# was set at the client's latest contact date.
_IS_LATEST = """
    k.occurred_on = (SELECT max(k2.occurred_on) FROM contact k2
                     WHERE k2.client_id = k.client_id AND k2.deleted_at IS NULL)
"""
#: The client ``c``'s open follow-up date, if any (a correlated subquery).
OPEN_FOLLOW_UP = f"""
    SELECT min(k.follow_up_on) FROM contact k
    WHERE k.client_id = c.id AND k.deleted_at IS NULL AND k.follow_up_on IS NOT NULL
      AND {_IS_LATEST}
"""
#: client_id, due date of every open follow-up due by :until (set-based, for Heute).
OPEN_FOLLOW_UPS_DUE = f"""
    SELECT k.client_id AS cid, min(k.follow_up_on) AS due FROM contact k
    WHERE k.follow_up_on IS NOT NULL AND k.follow_up_on <= :until AND k.deleted_at IS NULL
      AND {_IS_LATEST}
    GROUP BY k.client_id
"""
_ORDER = {
    # Matches ix_client_live_name, so the unfiltered list needs no sort.
    "name": "c.family_name COLLATE NOCASE {dir}, c.given_name COLLATE NOCASE {dir}",
    "client_code": "c.client_code {dir}",
    "district": "c.district {dir}, c.family_name COLLATE NOCASE",
    "phase": f"{_CURRENT_CASE} {{dir}}, c.family_name COLLATE NOCASE",
    "last_contact": f"({LAST_CONTACT}) {{dir}}, c.family_name COLLATE NOCASE",
}


def search_ids(session: Session, flt: ClientFilter, sort: str = "name",
               descending: bool = False, limit: int | None = None) -> list[str]:
    """Ids of the clients matching ``flt``, in list order; the first ``limit`` only if
    given (the unfiltered list's first screenful comes from the name index at once).

    Runs on the raw driver cursor: at 100,000 ids, building SQLAlchemy rows would cost
    more than the query itself.
    """
    if sort not in _ORDER:
        raise ValueError(f"unknown sort key {sort!r}")
    query = fts_query(flt.text)
    if flt.text.strip() and query is None:
        return []  # only punctuation typed: nothing can match
    if sort == "name" and flt == ClientFilter(text=flt.text):
        # A first screenful (``limit``) is quicker from the name index than building the
        # cached order; the full list right after it builds the cache.
        ordered = _by_name_order(session, query, descending, build=limit is None)
        if ordered is not None:
            return ordered if limit is None else ordered[:limit]
    where = ["c.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    if query is not None:
        where.append("c.rowid IN (SELECT rowid FROM client_search WHERE client_search "
                     "MATCH :q)")
        params["q"] = query
    if flt.district:
        where.append("c.district = :district")
        params["district"] = flt.district
    if flt.target_group:
        where.append("EXISTS (SELECT 1 FROM json_each(c.target_groups) WHERE value = :tg)")
        params["tg"] = flt.target_group
    if flt.phase:
        where.append(f"c.id IN ({_CURRENT_PHASES})")
        params["phase"] = flt.phase
    if flt.topic:
        where.append("EXISTS (SELECT 1 FROM contact k, json_each(k.topics) t WHERE "
                     "k.client_id = c.id AND k.deleted_at IS NULL AND t.value = :topic)")
        params["topic"] = flt.topic
    if flt.open_follow_ups:
        where.append(f"c.id IN (SELECT k.client_id FROM contact k WHERE k.follow_up_on IS "
                     f"NOT NULL AND k.deleted_at IS NULL AND {_IS_LATEST})")
    order = _ORDER[sort].format(dir="DESC" if descending else "ASC")
    sql = f"SELECT c.id FROM client c WHERE {' AND '.join(where)} ORDER BY {order}"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = int(limit)
    cursor = session.connection().exec_driver_sql(sql, params)  # sqlite's :name style
    return [row[0] for row in cursor.fetchall()]


@dataclass
class NameOrder:
    """All live clients in list order (family name, given name): their ids, and the
    position of each client's rowid. Searching by name then needs only the name index's
    rowids and a sort of positions, instead of reading and sorting client rows."""

    generation: int = -1
    ids: list[str] = field(default_factory=list)
    position: dict[int, int] = field(default_factory=dict)


def _by_name_order(session: Session, query: str | None, descending: bool,
                   build: bool = True) -> list[str] | None:
    """Name search (``query``: an ``fts_query``, None for all) through the cached
    ``NameOrder``; None when no repository is known, or the cache is stale and ``build``
    is False."""
    repository = session.info.get("repository")
    if repository is None:
        return None
    order = repository.caches.get("name_order")
    if order is None or order.generation != repository.generation:
        if not build:
            return None
        rows = session.connection().exec_driver_sql(
            f"SELECT c.rowid, c.id FROM client c WHERE c.deleted_at IS NULL "
            f"ORDER BY {_ORDER['name'].format(dir='ASC')}").fetchall()
        order = NameOrder(repository.generation, [r[1] for r in rows],
                          {r[0]: n for n, r in enumerate(rows)})
        repository.caches["name_order"] = order
    if query is None:
        ids = order.ids
    else:
        found = session.connection().exec_driver_sql(
            "SELECT rowid FROM client_search WHERE client_search MATCH ?", (query,)).fetchall()
        get = order.position.get
        positions = sorted(p for p in (get(r) for (r,) in found) if p is not None)
        ids = [order.ids[p] for p in positions]
    return ids[::-1] if descending else list(ids)


def load_rows(session: Session, ids: list[str]) -> dict[str, ClientRow]:
    """The list rows of ``ids`` (a screenful), by id."""
    if not ids:
        return {}
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    sql = (f"SELECT c.id, c.client_code, c.given_name, c.family_name, c.date_of_birth, "
           f"c.district, {_CURRENT_CASE}, ({LAST_CONTACT}), ({OPEN_FOLLOW_UP}), c.languages "
           f"FROM client c WHERE c.id IN ({marks})")
    result = session.execute(text(sql), {f"i{n}": i for n, i in enumerate(ids)})
    rows = {}
    for r in result:
        rows[r[0]] = ClientRow(r[0], r[1], r[2], r[3], _date(r[4]), r[5], r[6], _date(r[7]),
                               _date(r[8]), _json_list(r[9]))
    return rows


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _json_list(value: Any) -> list[str]:
    import json

    if isinstance(value, list):
        return value
    return list(json.loads(value)) if value else []
