"""Filling a form in the vault: drafts, versions, finishing, consent, discarding."""

from __future__ import annotations

import json
from datetime import date

import pytest

from form_answers import complete_answers
from outreach_desktop.core import casework as cw
from outreach_desktop.core.forms import responses as fr
from outreach_desktop.core.forms.definition import FormLibrary, parse_form
from outreach_desktop.core.storage.models import Consent, FormResponse, OutboxEntry


@pytest.fixture
def library():
    return FormLibrary.load()


def _client(opened, languages=("ar",)):
    with opened.repository.write() as uow:
        client = cw.create_client(uow, "Rania", "Haddad", date(2004, 3, 2))
        uow.update(client, languages=list(languages))
        return client.id


def test_language_is_the_clients_first_offered_else_german(library):
    form = library.latest("consent")
    assert fr.pick_language(form, ["ku", "fa", "de"]) == "fa"
    assert fr.pick_language(form, ["ku", "ti"]) == "de"
    assert fr.pick_language(form, []) == "de"


def test_draft_saves_and_finish_stores_id_version_language(open_vault, library):
    form = library.latest("intake")
    client_id = _client(open_vault)
    with open_vault.repository.write() as uow:
        response_id = fr.start_response(uow, client_id, form, "ar").id
    with open_vault.repository.write() as uow:
        fr.save_draft(uow, response_id, form, {"age": 22, "unknown_key": "x",
                                                "other_languages": ""})
    with open_vault.repository.read() as session:
        draft = session.get(FormResponse, response_id)
        assert (draft.status, draft.answers) == ("draft", {"age": 22})
    answers = complete_answers(form)
    with open_vault.repository.write() as uow:
        fr.finish(uow, response_id, form, {**answers, "activity_other": "hidden"})
    with open_vault.repository.read() as session:
        done = session.get(FormResponse, response_id)
        assert (done.form_id, done.form_version, done.language, done.status) == (
            "intake", 1, "ar", "final")
        assert done.answers == answers  # the hidden question's answer was not kept
        assert [r.id for r in fr.client_responses(session, client_id)] == [response_id]
        record = cw.load_record(session, client_id)
        assert [r.id for r in record.forms] == [response_id]
    with open_vault.repository.write() as uow, pytest.raises(fr.FormResponseError) as info:
        fr.save_draft(uow, response_id, form, answers)
    assert info.value.rule == "response_final"


def test_finish_refuses_incomplete_answers_and_changes_nothing(open_vault, library):
    form = library.latest("intake")
    client_id = _client(open_vault)
    with open_vault.repository.write() as uow:
        response_id = fr.start_response(uow, client_id, form, "de").id
    with open_vault.repository.write() as uow, pytest.raises(fr.AnswersIncomplete) as info:
        fr.finish(uow, response_id, form, {"age": 7, "consent_explained": False})
    codes = {(p.field_id, p.code) for p in info.value.problems}
    assert {("met_on", "required"), ("age", "constraint"),
            ("consent_explained", "constraint")} <= codes
    with open_vault.repository.read() as session:
        assert session.get(FormResponse, response_id).status == "draft"


def test_a_draft_stays_on_the_version_it_started_with(open_vault, library, tmp_path):
    v1 = library.latest("closure")
    raw = _raw("closure")
    raw["version"] = 2
    raw["sections"][0]["fields"].append({
        "id": "new_question", "type": "text", "required": True,
        "label": {lang: f"Neu ({lang})" for lang in raw["languages"]}})
    v2 = parse_form(json.dumps(raw))
    folder = tmp_path / "forms"
    (folder / "previous").mkdir(parents=True)
    (folder / "closure.json").write_text(json.dumps(raw), "utf-8")
    (folder / "previous" / "closure-v1.json").write_text(json.dumps(_raw("closure")), "utf-8")
    both = FormLibrary.load(folder)
    assert both.latest("closure").version == 2
    assert both.get("closure", 1).fields == v1.fields

    client_id = _client(open_vault)
    with open_vault.repository.write() as uow:
        response_id = fr.start_response(uow, client_id, v1, "uk").id
    with open_vault.repository.write() as uow, pytest.raises(fr.FormResponseError) as info:
        fr.save_draft(uow, response_id, v2, {})
    assert info.value.rule == "form_mismatch"
    with open_vault.repository.read() as session:
        draft = session.get(FormResponse, response_id)
        form = both.get(draft.form_id, draft.form_version)
    with open_vault.repository.write() as uow:
        fr.finish(uow, response_id, form, complete_answers(form))  # v1 needs no new_question


def _raw(form_id):
    from outreach_desktop.core.forms.definition import shipped_forms_dir

    return json.loads((shipped_forms_dir() / f"{form_id}.json").read_text("utf-8"))


def test_finished_consent_records_what_was_agreed(open_vault, library):
    form = library.latest("consent")
    client_id = _client(open_vault)
    with open_vault.repository.write() as uow:
        response_id = fr.start_response(uow, client_id, form, "ar").id
    with open_vault.repository.write() as uow:
        fr.finish(uow, response_id, form, {"consent_basic": True, "consent_special": False,
                                           "consent_referral": True},
                  on=date(2026, 11, 20))
    with open_vault.repository.read() as session:
        [consent] = session.query(Consent).all()
        assert (consent.form_id, consent.form_version, consent.language, consent.given_on,
                consent.scope) == ("consent", 1, "ar", date(2026, 11, 20),
                                   ["processing", "referral_talks"])


def test_a_refused_consent_records_no_consent(open_vault, library):
    form = library.latest("consent")
    client_id = _client(open_vault)
    with open_vault.repository.write() as uow:
        response_id = fr.start_response(uow, client_id, form, "de").id
        fr.finish(uow, response_id, form, {"consent_basic": False})
    with open_vault.repository.read() as session:
        assert session.query(Consent).count() == 0
        assert session.get(FormResponse, response_id).answers == {"consent_basic": False}


def test_language_must_be_one_the_form_has(open_vault, library):
    form = library.latest("consent")
    client_id = _client(open_vault)
    with open_vault.repository.write() as uow, pytest.raises(fr.FormResponseError) as info:
        fr.start_response(uow, client_id, form, "ku")
    assert info.value.rule == "language_not_offered"


def test_discard_tombstones_a_draft_and_queues_it_for_sync(open_vault, library):
    form = library.latest("assessment")
    client_id = _client(open_vault)
    with open_vault.repository.write() as uow:
        response_id = fr.start_response(uow, client_id, form, "de").id
    with open_vault.repository.write() as uow:
        fr.discard(uow, response_id)
    with open_vault.repository.read() as session:
        assert fr.client_responses(session, client_id) == []
        ops = [e.op for e in session.query(OutboxEntry).filter_by(row_id=response_id)]
        assert ops == ["insert", "delete"]
