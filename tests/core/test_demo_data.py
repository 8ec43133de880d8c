"""Demo data: deterministic, believable, written through the repository, cancellable."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text

from outreach_desktop.core.demo_data import SeedSummary, seed_demo
from outreach_desktop.core.storage.models import (
    CASE_PHASES,
    Case,
    CatalogueEntry,
    Client,
    Contact,
    Goal,
    GoalStep,
    OutboxEntry,
    Referral,
)

TODAY = date(2026, 11, 21)
MODELS = (Client, Case, Contact, Goal, GoalStep, Referral)
ARABIC = re.compile(r"[\u0600-\u06ff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _rows(open_vault, model) -> list[tuple]:
    """Every content column of every row, in id order: what "the same data" means."""
    skip = {"created_at", "updated_at", "updated_by", "server_rev"}
    columns = [c for c in model.__table__.columns if c.key not in skip]
    with open_vault.repository.read() as session:
        return [tuple(r) for r in session.execute(select(*columns).order_by(model.id))]


def _count(open_vault, model) -> int:
    with open_vault.repository.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def seeded(open_vault):
    summary = seed_demo(open_vault.repository, 300, seed=7, batch_size=120, today=TODAY)
    return open_vault, summary


def test_same_seed_same_rows_other_seed_other_rows(tmp_path, vault, seeded):
    """Also: rows made in a second process (as for large seeds) equal rows made here."""
    first, _ = seeded
    from outreach_desktop.core.vault import KDF_FLOOR, Vault

    again = Vault(tmp_path / "again", vault.secrets).create("Kalk Ehrenfeld Nippes 2026!",
                                                           kdf=KDF_FLOOR)
    other = Vault(tmp_path / "other", vault.secrets).create("Kalk Ehrenfeld Nippes 2026!",
                                                           kdf=KDF_FLOOR)
    try:
        seed_demo(again.repository, 300, seed=7, batch_size=120, today=TODAY, parallel=True)
        seed_demo(other.repository, 300, seed=8, batch_size=120, today=TODAY)
        for model in MODELS:
            assert _rows(first, model) == _rows(again, model), model.__name__
        assert _rows(first, Client) != _rows(other, Client)
        assert {r[0] for r in _rows(first, Client)}.isdisjoint(r[0] for r in _rows(other, Client))
    finally:
        again.close()
        other.close()


def test_ids_are_time_ordered_in_the_order_rows_were_made(seeded):
    """Ids that grow append to every index holding them (random ones made 100,000 clients
    three times slower)."""
    opened, _ = seeded
    for model in MODELS:
        with opened.repository.read() as session:
            ids = list(session.scalars(select(model.id).order_by(text("rowid"))))
        assert ids == sorted(ids), model.__name__
        assert {i[14] for i in ids} == {"7"}, model.__name__


def test_summary_counts_match_the_vault_and_the_outbox(seeded):
    opened, summary = seeded
    assert summary == SeedSummary(
        clients=300, cases=_count(opened, Case), contacts=_count(opened, Contact),
        goals=_count(opened, Goal), goal_steps=_count(opened, GoalStep),
        referrals=_count(opened, Referral), batches=3, cancelled=False)
    assert summary.cases >= 300 and summary.contacts >= summary.cases
    assert min(summary.goals, summary.goal_steps, summary.referrals) > 0
    # Every row has its insert in the outbox and its history entry, like typed-in rows.
    assert opened.repository.outbox_size() == summary.rows
    with opened.repository.read() as session:
        by_table = dict(session.execute(
            select(OutboxEntry.table_name, func.count()).group_by(OutboxEntry.table_name)).all())
        assert by_table["contact"] == summary.contacts and by_table["client"] == 300
        assert session.scalar(text("SELECT count(*) FROM history")) == summary.rows
        assert session.scalar(text("SELECT count(*) FROM client_search")) == 300


def test_cases_in_every_phase_and_closed_ones_with_reason_and_date(seeded):
    opened, _ = seeded
    with opened.repository.read() as session:
        reasons = set(session.scalars(select(CatalogueEntry.code)
                                      .where(CatalogueEntry.catalogue == "closure_reason")))
        cases = session.execute(select(Case.phase, Case.opened_on, Case.closed_on,
                                       Case.closure_reason)).all()
    assert {c.phase for c in cases} == set(CASE_PHASES)
    for phase, opened_on, closed_on, reason in cases:
        assert opened_on <= TODAY
        if phase == "closed":
            assert reason in reasons and opened_on <= closed_on <= TODAY
        else:
            assert reason is None and closed_on is None


def test_contacts_in_the_last_two_years_with_follow_ups_due_and_overdue(seeded):
    opened, _ = seeded
    with opened.repository.read() as session:
        contacts = session.execute(select(Contact.occurred_on, Contact.follow_up_on,
                                          Contact.kind, Contact.note)).all()
        kinds = set(session.scalars(select(CatalogueEntry.code)
                                    .where(CatalogueEntry.catalogue == "contact_kind")))
        steps_due = session.scalars(select(GoalStep.due_on).where(GoalStep.done_on.is_(None)))
        step_days = set(steps_due)
        steps_done = set(session.scalars(select(GoalStep.done_on)
                                         .where(GoalStep.done_on.is_not(None))))
    assert max(steps_done) <= TODAY
    assert all(TODAY - timedelta(days=731) <= c.occurred_on <= TODAY for c in contacts)
    assert {c.kind for c in contacts} == kinds
    follow_ups = [c.follow_up_on for c in contacts if c.follow_up_on]
    assert TODAY in follow_ups
    assert any(d < TODAY for d in follow_ups) and any(d > TODAY for d in follow_ups)
    assert TODAY in step_days and any(d < TODAY for d in step_days)
    assert all(c.note for c in contacts)
    assert all(c.follow_up_on >= c.occurred_on for c in contacts if c.follow_up_on)


def test_names_in_several_scripts_with_latin_aliases(seeded):
    opened, _ = seeded
    with opened.repository.read() as session:
        clients = session.execute(select(Client.given_name, Client.family_name, Client.aliases,
                                         Client.date_of_birth, Client.languages)).all()
    arabic = [c for c in clients if ARABIC.search(c.family_name)]
    cyrillic = [c for c in clients if CYRILLIC.search(c.family_name)]
    assert len(arabic) >= 10 and len(cyrillic) >= 10
    assert all(c.aliases and c.aliases[0].isascii() for c in arabic)  # a Latin spelling
    assert any("đ" in f"{c.given_name}{c.family_name}".lower() for c in clients)
    ages = [(TODAY - c.date_of_birth).days // 365 for c in clients]
    assert sum(18 <= a <= 27 for a in ages) / len(ages) > 0.75
    assert all(c.languages for c in clients)


def test_cancel_after_the_first_batch_leaves_exactly_that_batch(open_vault):
    calls: list[tuple[int, int]] = []
    summary = seed_demo(open_vault.repository, 500, seed=3, batch_size=100, today=TODAY,
                        progress=lambda done, total: calls.append((done, total)),
                        cancelled=lambda: bool(calls))
    assert calls == [(100, 500)]
    assert summary.cancelled and summary.batches == 1 and summary.clients == 100
    assert _count(open_vault, Client) == 100
    assert _count(open_vault, Contact) == summary.contacts
    assert open_vault.repository.outbox_size() == summary.rows


def test_existing_client_codes_are_not_reused(open_vault):
    seed_demo(open_vault.repository, 50, seed=1, today=TODAY)
    seed_demo(open_vault.repository, 50, seed=1, today=TODAY)  # same seed again: new codes
    assert _count(open_vault, Client) == 100
    with open_vault.repository.read() as session:  # one name-index row per client, no more
        assert session.scalar(text("SELECT count(*) FROM client_search s JOIN client c "
                                   "ON c.rowid = s.rowid")) == 100
        assert session.scalar(text("SELECT count(*) FROM client_search")) == 100
