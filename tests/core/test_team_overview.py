"""The supervisor's team overview (core.supervision.team) on a real vault: every count,
the no-contact buckets at their exact boundaries, conflicts, members without clients."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from outreach_desktop.core.storage.models import (
    Case,
    Client,
    Conflict,
    Contact,
    Goal,
    GoalStep,
)
from outreach_desktop.core.supervision.team import (
    CaseworkerLoad,
    caseworker_clients,
    caseworkers,
    new_clients,
    team_overview,
)
from outreach_desktop.core.sync.local import save_directory

TODAY = date(2026, 6, 1)
LONG_AGO = date(2026, 1, 1)


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


class Team:
    def __init__(self, repo) -> None:  # type: ignore[no-untyped-def]
        self.repo = repo
        self.ids: dict[str, str] = {}

    def client(self, key: str, owner: str | None, *, opened: date | None = LONG_AGO,
               closed: date | None = None, phase: str = "implementation",
               contacts: tuple[tuple[date, date | None], ...] = (),
               deleted: bool = False) -> str:
        with self.repo.write() as uow:
            client = uow.add(Client, client_code=f"K-{key}", given_name=key.title(),
                             family_name="Test", caseworker_id=owner)
            if opened is not None:
                case = uow.add(Case, client_id=client.id, opened_on=opened, closed_on=closed,
                               phase="closed" if closed else phase)
                self.ids[f"{key}.case"] = case.id
            for occurred, follow_up in contacts:
                uow.add(Contact, client_id=client.id, occurred_on=occurred, kind="street",
                        follow_up_on=follow_up)
            if deleted:
                uow.delete(client)
        self.ids[key] = client.id
        return client.id

    def steps(self, key: str, *steps: tuple[date, date | None],
              goal_status: str = "open") -> None:
        with self.repo.write() as uow:
            goal = uow.add(Goal, case_id=self.ids[f"{key}.case"], title="Wohnung",
                           status=goal_status)
            for due, done in steps:
                uow.add(GoalStep, goal_id=goal.id, title="Termin", due_on=due, done_on=done)

    def conflict(self, key: str, resolution: str | None = None) -> None:
        with self.repo.write() as uow:
            uow.add(Conflict, client_id=self.ids[key], record_table="client",
                    record_id=self.ids[key], field="given_name", server_value="A",
                    device_value="B", resolution=resolution)


@pytest.fixture
def team(open_vault):  # type: ignore[no-untyped-def]
    repo = open_vault.repository
    save_directory(repo, [
        {"user_id": "u-a", "display_name": "Anna Adler", "role": "caseworker", "active": True},
        {"user_id": "u-b", "display_name": "Bora Berg", "role": "caseworker", "active": True},
        {"user_id": "u-idle", "display_name": "Idris Idle", "role": "caseworker", "active": True},
        {"user_id": "u-gone", "display_name": "Gerda Gone", "role": "caseworker",
         "active": False},
        {"user_id": "u-sup", "display_name": "Sara Super", "role": "supervisor", "active": True},
    ])
    t = Team(repo)
    # Anna: the no-contact buckets at their boundaries (days >= 30, 60, 90)
    t.client("c30", "u-a", contacts=((ago(30), ago(1)),))        # 30 exactly; follow-up overdue
    t.client("c29", "u-a", contacts=((ago(29), TODAY),))         # 29: none; follow-up due today
    t.client("c60", "u-a", contacts=((ago(100), ago(70)), (ago(60), None)))  # 30, 60
    t.client("c59", "u-a", contacts=((ago(59), None),))          # 30 only
    t.client("n90", "u-a", opened=ago(90))                       # no contact since opening
    t.client("n89", "u-a", opened=ago(89))                       # 30, 60
    t.client("reopened", "u-a", opened=ago(10), contacts=((ago(200), None),))  # none
    t.client("closed", "u-a", closed=ago(40), contacts=((ago(300), ago(290)),))
    t.steps("c30", (ago(1), None), (TODAY, None), (ago(5), ago(2)))   # 1 overdue
    t.steps("c29", (ago(3), None), (ago(40), None))                     # 2 overdue
    t.steps("c59", (ago(3), None), goal_status="reached")               # goal not open
    t.steps("closed", (ago(50), None))                                  # case closed
    t.conflict("c30")
    t.conflict("c30", resolution="server")
    # Bora: one fresh case, two open conflicts; a deleted client counts nowhere
    t.client("fresh", "u-b", opened=ago(5), contacts=((TODAY, None),))
    t.conflict("fresh")
    t.conflict("fresh")
    t.client("deleted", "u-b", opened=ago(200))
    # an owner the directory does not know; a new client without an owner
    t.client("stranger", "u-x", opened=ago(3), phase="intake")
    t.client("new", None, opened=TODAY, phase="intake")
    t.client("deleted2", "u-b", opened=ago(200), deleted=True)
    return t


def _rows(repo) -> dict[str | None, CaseworkerLoad]:  # type: ignore[no-untyped-def]
    with repo.read() as session:
        rows = team_overview(session, TODAY)
    assert rows[-1].is_total
    return {("TOTAL" if r.is_total else r.caseworker_id): r for r in rows}


def test_overview_counts_every_measure_per_caseworker(team):
    rows = _rows(team.repo)
    anna = rows["u-a"]
    assert anna.name == "Anna Adler"
    assert anna.active_cases == 7            # the closed case does not count
    # c30's and the closed case's (open as in *Heute*); c29's is due today, c60's answered
    assert anna.overdue_follow_ups == 2
    assert anna.overdue_steps == 3           # c30: 1, c29: 2; reached goal, closed case: 0
    assert (anna.no_contact_30, anna.no_contact_60, anna.no_contact_90) == (5, 3, 1)
    assert anna.open_conflicts == 1          # the resolved one does not count
    bora = rows["u-b"]
    assert bora.counts() == (2, 0, 0, 1, 1, 1, 2)  # "deleted" has no contact for 200 days


def test_no_contact_buckets_are_cumulative_and_exact_at_the_boundary(team):
    with team.repo.read() as session:
        clients = {c.client_code: c for c in caseworker_clients(session, "u-a", TODAY)}
    days = {code: c.days_without_contact for code, c in clients.items()}
    assert days == {"K-c30": 30, "K-c29": 29, "K-c60": 60, "K-c59": 59, "K-n90": 90,
                    "K-n89": 89, "K-reopened": 10, "K-closed": None}
    assert clients["K-c30"].overdue_follow_up and not clients["K-c29"].overdue_follow_up
    assert not clients["K-c60"].overdue_follow_up and clients["K-closed"].overdue_follow_up
    assert (clients["K-c29"].overdue_steps, clients["K-c30"].open_conflicts) == (2, 1)
    assert clients["K-c30"].last_contact == ago(30)
    assert clients["K-n90"].last_contact is None and clients["K-n90"].opened_on == ago(90)
    assert clients["K-closed"].phase == "closed" and clients["K-c30"].phase == "implementation"
    # longest without contact first, clients without an open case last
    assert [c.client_code for c in caseworker_clients_list(team)][:2] == ["K-n90", "K-n89"]
    assert caseworker_clients_list(team)[-1].client_code == "K-closed"


def caseworker_clients_list(team):  # type: ignore[no-untyped-def]
    with team.repo.read() as session:
        return caseworker_clients(session, "u-a", TODAY)


def test_members_without_clients_unknown_owners_and_unowned_clients_are_listed(team):
    rows = _rows(team.repo)
    assert rows["u-idle"].counts() == (0,) * 7 and rows["u-idle"].name == "Idris Idle"
    assert "u-sup" not in rows and "u-gone" not in rows  # not a caseworker; inactive
    assert rows["u-x"].name == "" and rows["u-x"].active_cases == 1
    assert rows[None].active_cases == 1
    with team.repo.read() as session:
        order = [r.caseworker_id for r in team_overview(session, TODAY)]
        assert [c.client_code for c in caseworker_clients(session, None, TODAY)] == ["K-new"]
        assert [m.user_id for m in caseworkers(session)] == ["u-a", "u-b", "u-idle"]
    assert order == ["u-a", "u-b", "u-idle", "u-x", None, None]


def test_total_row_sums_the_rows(team):
    rows = _rows(team.repo)
    total = rows["TOTAL"]
    assert total.counts() == tuple(
        sum(r.counts()[i] for key, r in rows.items() if key != "TOTAL") for i in range(7))
    assert total.active_cases == 7 + 2 + 1 + 1
    assert total.open_conflicts == 3


def test_new_clients_are_recent_intakes(team):
    with team.repo.read() as session:
        new = new_clients(session, TODAY)
        assert [c.client_code for c in new] == ["K-new", "K-stranger"]
        assert new[0].caseworker_id is None and new[0].opened_on == TODAY
        assert new_clients(session, TODAY, days=2)[0].client_code == "K-new"
        assert len(new_clients(session, TODAY, days=2)) == 1
        assert [c.client_code for c in new_clients(session, TODAY, days=3)] == [
            "K-new", "K-stranger"]  # opened exactly 3 days ago: within 3 days


def test_empty_vault_has_only_the_total(open_vault):
    with open_vault.repository.read() as session:
        rows = team_overview(session, TODAY)
        assert rows == [CaseworkerLoad(None, "", is_total=True)]
        assert new_clients(session, TODAY) == []
