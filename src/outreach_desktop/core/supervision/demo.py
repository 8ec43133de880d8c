"""A supervisor's laptop as a team's sync would leave it, made from demo data: for the
benchmark (bench/bench_supervision.py) and the screenshots, never for real work.

``make_supervisor_demo`` takes a vault filled by ``seed_demo`` and gives it what pulls
would have given: every row synced (``server_rev``), each client owned by one of the
team's caseworkers, the team directory, earlier "seen" reviews for most records and,
for some of those, a later change with its field-level history entry. The enrolment
names a server that is not there (``http://127.0.0.1:9``): the app sees an offline
supervisor.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from outreach_desktop.core.repository import Repository, _stored_datetime
from outreach_desktop.core.storage.models import new_id
from outreach_desktop.core.sync.local import save_directory, update_config
from outreach_desktop.core.sync.tables import CLIENT_TABLES

#: Tables a review names (conflicts and reviews themselves are not reviewed).
REVIEWED = tuple(t for t in CLIENT_TABLES if t not in ("conflict", "review"))
#: Demo colleagues' names (display names, as a directory would give them).
NAMES = ("Aylin Demir", "Jonas Becker", "Mariam Haddad", "Lukas Wagner", "Sofia Petrenko",
         "Emre Yıldız", "Hanna Schulz", "Omar Nasser", "Lea Hoffmann", "Nikolai Ivanov",
         "Zeynep Kaya", "Paul Richter", "Dilara Aksoy", "Finn Wolf", "Amal Saleh",
         "Mila Koch", "Reza Karimi", "Clara Braun", "Yusuf Arslan", "Ida Neumann")


_ROWS_OF = {
    "client": "SELECT id, id FROM client",
    "goal": "SELECT g.id, f.client_id FROM goal g JOIN case_file f ON f.id = g.case_id",
    "goal_step": "SELECT s.id, f.client_id FROM goal_step s JOIN goal g ON g.id = s.goal_id "
                 "JOIN case_file f ON f.id = g.case_id",
}
#: A later change of a reviewed record, as its history entry says (field, old, new).
_CHANGED_FIELD = {"client": ("languages", ["de"], ["de", "ar"]),
                  "contact": ("duration_minutes", 30, 45),
                  "case_file": ("phase", "assessment", "goal_agreement")}


@dataclass
class SupervisorDemo:
    supervisor_id: str
    team_id: str
    caseworker_ids: list[str]
    records: int
    reviewed: int
    changed: int


def make_supervisor_demo(repository: Repository, caseworkers: int = 20, *,
                         reviewed_share: float = 0.7, changed_share: float = 0.1,
                         seed: int = 7, now: datetime | None = None) -> SupervisorDemo:
    rng = random.Random(seed)
    now = now or datetime.now()
    team_id, supervisor_id = new_id(), new_id()
    ids = [new_id() for _ in range(caseworkers)]
    reviewed = changed = records = 0
    with repository.write() as uow:
        connection = uow.session.connection()
        connection.exec_driver_sql("DELETE FROM outbox")
        connection.exec_driver_sql("DELETE FROM history")
        client_ids = [r[0] for r in connection.exec_driver_sql(
            "SELECT id FROM client ORDER BY client_code")]
        owner = {cid: ids[i % caseworkers] for i, cid in enumerate(client_ids)}
        connection.exec_driver_sql(
            "UPDATE client SET caseworker_id = ?, team_id = ? WHERE id = ?",
            [(owner[cid], team_id, cid) for cid in client_ids])
        reviews, history, bumped = [], [], []
        for table in REVIEWED:
            connection.exec_driver_sql(f'UPDATE "{table}" SET server_rev = 1')
            rows = connection.exec_driver_sql(_ROWS_OF.get(
                table, f'SELECT id, client_id FROM "{table}"')).fetchall()
            records += len(rows)
            for row_id, client_id in rows:
                if rng.random() >= reviewed_share:
                    continue
                reviewed += 1
                at = _stored_datetime(now - timedelta(days=rng.randint(20, 200),
                                                       minutes=rng.randint(0, 1440)))
                reviews.append((new_id(), client_id, table, row_id, 1, "seen", "",
                                supervisor_id, 1, at, at))
                if table in _CHANGED_FIELD and rng.random() < changed_share / reviewed_share:
                    changed += 1
                    later = _stored_datetime(datetime.fromisoformat(at)
                                             + timedelta(days=rng.randint(1, 19)))
                    bumped.append((later, owner.get(client_id), table, row_id))
                    field, old, new = _CHANGED_FIELD[table]
                    history.append((table, row_id, "update", json.dumps({field: [old, new]}),
                                    owner.get(client_id), later))
        for table in ("client", "case_file", "contact", "referral", "note", "form_response"):
            client_of = "id" if table == "client" else "client_id"
            connection.exec_driver_sql(
                f'UPDATE "{table}" SET updated_by = (SELECT caseworker_id FROM client c '
                f'WHERE c.id = "{table}".{client_of})')
        connection.exec_driver_sql(
            "UPDATE goal SET updated_by = (SELECT c.caseworker_id FROM case_file f "
            "JOIN client c ON c.id = f.client_id WHERE f.id = goal.case_id)")
        connection.exec_driver_sql(
            "UPDATE goal_step SET updated_by = (SELECT g.updated_by FROM goal g "
            "WHERE g.id = goal_step.goal_id)")
        for later, by, table, row_id in bumped:
            connection.exec_driver_sql(
                f'UPDATE "{table}" SET server_rev = 2, updated_at = ?, updated_by = ? '
                "WHERE id = ?", (later, by, row_id))
        connection.exec_driver_sql(
            "INSERT INTO review (id, client_id, record_table, record_id, record_rev, kind, "
            "body, author_id, server_rev, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", reviews)
        connection.exec_driver_sql(
            "INSERT INTO history (table_name, row_id, op, changes, changed_by, changed_at) "
            "VALUES (?, ?, ?, ?, ?, ?)", history)
    members = [{"user_id": cid, "display_name": NAMES[i % len(NAMES)], "role": "caseworker",
                "team_id": team_id, "active": True} for i, cid in enumerate(ids)]
    members.append({"user_id": supervisor_id, "display_name": "Supervisor",
                    "role": "supervisor", "team_id": team_id, "active": True})
    save_directory(repository, members)
    update_config(repository, server_url="http://127.0.0.1:9", device_token="demo",
                  device_id=new_id(), user_id=supervisor_id, organisation_id=new_id(),
                  role="supervisor", cursor="0")
    return SupervisorDemo(supervisor_id, team_id, ids, records, reviewed, changed)
