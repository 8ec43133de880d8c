"""The method as operations: phases step by step, closing needs a reason, agenda order."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from outreach_desktop.core import casework as cw
from outreach_desktop.core.agenda import agenda
from outreach_desktop.core.storage.models import Case, Client, Contact, OutboxEntry
from outreach_desktop.core.validation import ValidationFailed, check_client, check_contact

TODAY = date.today()


def _client(opened, given="Selin", family="Kaya"):
    with opened.repository.write() as uow:
        client = cw.create_client(uow, given, family, date(2003, 5, 1))
        case = cw.open_case(uow, client.id, TODAY - timedelta(days=100))
        return client.id, case.id


def test_phases_move_one_step_forward_or_back(open_vault):
    _client_id, case_id = _client(open_vault)
    assert cw.allowed_phase_changes("intake") == ["assessment"]
    assert cw.allowed_phase_changes("implementation") == ["goal_agreement", "monitoring"]
    assert cw.allowed_phase_changes("monitoring") == ["implementation"]
    assert cw.allowed_phase_changes("closed") == []
    with open_vault.repository.write() as uow:
        case = uow.session.get(Case, case_id)
        with pytest.raises(cw.CaseRuleBroken):
            cw.change_phase(uow, case, "monitoring")  # skipping phases is not the method
        cw.change_phase(uow, case, "assessment")
    with open_vault.repository.read() as session:
        assert session.get(Case, case_id).phase == "assessment"


def test_close_case_needs_a_reason_and_a_plausible_date(open_vault):
    _client_id, case_id = _client(open_vault)
    with open_vault.repository.write() as uow:
        case = uow.session.get(Case, case_id)
        with pytest.raises(ValidationFailed) as info:
            cw.close_case(uow, case, "")
        assert info.value.problems == {"closure_reason": "required"}
        with pytest.raises(ValidationFailed):
            cw.close_case(uow, case, "moved_away", TODAY - timedelta(days=1000))
        cw.close_case(uow, case, "moved_away")
    with open_vault.repository.read() as session:
        case = session.get(Case, case_id)
        assert (case.phase, case.closure_reason, case.closed_on) == ("closed", "moved_away", TODAY)
    with open_vault.repository.write() as uow, pytest.raises(cw.CaseRuleBroken):
        cw.close_case(uow, uow.session.get(Case, case_id), "moved_away")


def test_only_one_open_case_per_client(open_vault):
    client_id, _case_id = _client(open_vault)
    with open_vault.repository.write() as uow, pytest.raises(cw.CaseRuleBroken):
        cw.open_case(uow, client_id)


def test_contact_is_attached_to_the_open_case_and_validated(open_vault):
    client_id, case_id = _client(open_vault)
    with open_vault.repository.write() as uow:
        with pytest.raises(ValidationFailed) as info:
            cw.log_contact(uow, client_id, TODAY + timedelta(days=1), "", duration_minutes=0)
        assert set(info.value.problems) == {"occurred_on", "kind", "duration_minutes"}
        contact = cw.log_contact(uow, client_id, TODAY, "outreach", 30, "kalk",
                                 ["housing"], "tr", "Wohnungssuche besprochen",
                                 TODAY + timedelta(days=7))
    with open_vault.repository.read() as session:
        stored = session.get(Contact, contact.id)
        assert stored.case_id == case_id and stored.topics == ["housing"]


def test_delete_client_tombstones_everything_and_queues_it(open_vault):
    client_id, case_id = _client(open_vault)
    with open_vault.repository.write() as uow:
        cw.log_contact(uow, client_id, TODAY, "office")
        case = uow.session.get(Case, case_id)
        goal = cw.add_goal(uow, case, "Deutschkurs B1 finden")
        cw.add_goal_step(uow, goal, "Anmeldung VHS", TODAY)
        cw.add_note(uow, client_id, "Notiz")
    with open_vault.repository.write() as uow:
        assert cw.delete_client(uow, uow.session.get(Client, client_id)) == 6
    with open_vault.repository.read() as session:
        deletes = session.scalars(select(OutboxEntry.table_name)
                                  .where(OutboxEntry.op == "delete")).all()
        assert sorted(deletes) == sorted(["client", "case_file", "goal", "goal_step",
                                          "contact", "note"])
        with pytest.raises(cw.CaseRuleBroken):
            cw.load_record(session, client_id)


def test_record_loads_everything_with_history(open_vault):
    client_id, case_id = _client(open_vault)
    with open_vault.repository.write() as uow:
        case = uow.session.get(Case, case_id)
        cw.change_phase(uow, case, "assessment")
        goal = cw.add_goal(uow, case, "Ausbildungsplatz", TODAY + timedelta(days=60))
        cw.add_goal_step(uow, goal, "Bewerbung schreiben", TODAY + timedelta(days=5))
        cw.add_referral(uow, client_id, "jobcenter")
        cw.add_attachment(uow, client_id, "brief.jpg", b"\xff\xd8 image bytes", "image/jpeg")
    with open_vault.repository.read() as session:
        record = cw.load_record(session, client_id)
        assert record.current_case.id == case_id
        assert [s.title for s in record.steps[record.goals[case_id][0].id]] == \
            ["Bewerbung schreiben"]
        assert record.referrals[0].institution == "jobcenter"
        (attachment,) = record.attachments
        assert cw.attachment_content(session, attachment[0]) == ("brief.jpg",
                                                                 b"\xff\xd8 image bytes")
        changes = [(h.table_name, h.op) for h in record.history]
        assert ("case_file", "update") in changes and ("client", "insert") in changes


def test_agenda_lists_overdue_first_and_drops_answered_follow_ups(open_vault):
    a, _ = _client(open_vault, "Amir", "Haddad")
    _b, case_b = _client(open_vault, "Berna", "Yilmaz")
    c, _ = _client(open_vault, "Ceren", "Arslan")
    with open_vault.repository.write() as uow:
        cw.log_contact(uow, a, TODAY - timedelta(days=20), "outreach",
                       follow_up_on=TODAY - timedelta(days=3))
        cw.log_contact(uow, c, TODAY - timedelta(days=20), "outreach",
                       follow_up_on=TODAY - timedelta(days=10))
        cw.log_contact(uow, c, TODAY - timedelta(days=2), "office")  # answered it
        goal = cw.add_goal(uow, uow.session.get(Case, case_b), "Wohnung")
        cw.add_goal_step(uow, goal, "WBS beantragen", TODAY)
        cw.add_goal_step(uow, goal, "Später", TODAY + timedelta(days=9))
    with open_vault.repository.read() as session:
        items = agenda(session, TODAY)
    assert [(i.client_name, i.kind, i.overdue(TODAY)) for i in items] == [
        ("Amir Haddad", "follow_up", True), ("Berna Yilmaz", "goal_step", False)]


def test_validation_warns_but_does_not_block_outside_programme_age():
    checked = check_client("Nina", "Petrova", date(1980, 1, 1), today=date(2026, 11, 21))
    assert checked.problems == {} and checked.warnings == {"date_of_birth":
                                                            "outside_programme_age"}
    assert check_client("", "", None).problems == {"family_name": "name_required"}
    assert check_client("A", "B", date(2030, 1, 1), today=date(2026, 1, 1)).problems == \
        {"date_of_birth": "in_future"}
    assert check_contact(TODAY, "office", 30, "", TODAY - timedelta(days=1)).problems == \
        {"follow_up_on": "before_contact"}
