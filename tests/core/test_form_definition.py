"""Form definitions: a good one loads; every kind of broken one is refused by name."""

from __future__ import annotations

import copy
import json

import pytest

from outreach_desktop.core.forms.definition import (
    LANGUAGES,
    FormDefinitionError,
    check_answers,
    clean_answers,
    load_form,
    parse_form,
    relevant_fields,
)


def _texts(word: str) -> dict[str, str]:
    return {language: f"{word} ({language})" for language in LANGUAGES}


def good_form() -> dict:
    return {
        "format": 1, "id": "intake_test", "version": 3, "languages": dict(LANGUAGES),
        "title": _texts("Erstgespräch"),
        "sections": [{
            "id": "person", "title": _texts("Person"),
            "fields": [
                {"id": "intro", "type": "note", "label": _texts("Bitte ausfüllen")},
                {"id": "age", "type": "number", "required": True, "label": _texts("Alter"),
                 "constraints": [{"check": "age >= 14 and age <= 40",
                                  "message": _texts("Alter 14 bis 40")}]},
                {"id": "status", "type": "single_choice", "label": _texts("Status"),
                 "choices": [{"code": "asylum", "label": _texts("Asyl")},
                             {"code": "toleration", "label": _texts("Duldung")}]},
                {"id": "since", "type": "date", "required": True, "label": _texts("Seit"),
                 "relevant": "status == 'toleration'"},
                {"id": "topics", "type": "multiple_choice", "label": _texts("Themen"),
                 "choices": [{"code": "housing", "label": _texts("Wohnen")},
                             {"code": "health", "label": _texts("Gesundheit")}]},
                {"id": "agree", "type": "yes_no", "required": True,
                 "label": _texts("Einverstanden"), "hint": _texts("Freiwillig")},
                {"id": "story", "type": "long_text", "label": _texts("Geschichte")},
            ],
        }],
    }


def _problems(data) -> list[tuple[str, str]]:
    with pytest.raises(FormDefinitionError) as caught:
        parse_form(json.dumps(data), "test.json")
    return [(p.where, p.code) for p in caught.value.problems]


def test_a_good_form_loads_with_every_language(tmp_path):
    path = tmp_path / "intake.json"
    path.write_text(json.dumps(good_form(), ensure_ascii=False), encoding="utf-8")
    form = load_form(path)
    assert (form.id, form.version) == ("intake_test", 3)
    assert form.languages["ar"] == "rtl" and form.languages["de"] == "ltr"
    assert [f.id for f in form.fields] == ["intro", "age", "status", "since", "topics",
                                           "agree", "story"]
    assert form.field("status").choices[1].label["fa"] == "Duldung (fa)"


def _break(change) -> dict:
    data = copy.deepcopy(good_form())
    change(data)
    return data


def _fields(data) -> list:
    return data["sections"][0]["fields"]


def test_unknown_type_duplicate_id_and_missing_choice_code_are_named():
    def change(data):
        _fields(data)[1]["type"] = "slider"
        _fields(data)[6]["id"] = "agree"
        _fields(data)[2]["choices"][1]["code"] = ""
    problems = _problems(_break(change))
    assert ("form 'intake_test' › section 'person' › field 'age'", "unknown_type") in problems
    assert ("form 'intake_test' › section 'person' › field 'agree'", "duplicate_id") in problems
    assert ("form 'intake_test' › section 'person' › field 'status' › choice 2",
            "missing_choice_code") in problems


def test_conditions_that_do_not_parse_or_name_unknown_fields_are_named():
    def change(data):
        _fields(data)[3]["relevant"] = "__import__('os').system('x')"
        _fields(data)[1]["constraints"][0]["check"] = "agee > 3"
    problems = _problems(_break(change))
    assert ("form 'intake_test' › section 'person' › field 'since' › relevant",
            "bad_condition") in problems
    assert ("form 'intake_test' › section 'person' › field 'age' › constraint",
            "unknown_field") in problems


def test_a_missing_translation_refuses_the_form_never_shows_it_blank():
    def change(data):
        del _fields(data)[5]["label"]["ar"]
        _fields(data)[5]["hint"]["fa"] = "   "
    problems = _problems(_break(change))
    assert ("form 'intake_test' › section 'person' › field 'agree' › label",
            "missing_text") in problems
    assert ("form 'intake_test' › section 'person' › field 'agree' › hint",
            "missing_text") in problems


def test_unknown_language_long_label_and_bad_json_are_clear_errors():
    def change(data):
        data["languages"]["xx"] = "ltr"
        _fields(data)[6]["label"]["de"] = "A" * 10_000
    problems = _problems(_break(change))
    assert ("form 'intake_test' › languages", "unknown_language") in problems
    assert ("form 'intake_test' › section 'person' › field 'story' › label",
            "text_too_long") in problems
    with pytest.raises(FormDefinitionError) as caught:
        parse_form('{"id": "x",\n "version": }', "bad.json")
    assert caught.value.problems[0].code == "invalid_json"
    assert caught.value.problems[0].detail == {"line": 2, "column": 13}
    with pytest.raises(FormDefinitionError):
        parse_form("[" * 100_000, "deep.json")
    with pytest.raises(FormDefinitionError):
        parse_form('"just text"', "text.json")


def test_german_is_required_and_mixed_direction_text_is_kept_as_written():
    data = good_form()
    data["title"]["de"] = "Erstgespräch mit محمد الحسن"
    assert parse_form(json.dumps(data)).title["de"] == "Erstgespräch mit محمد الحسن"
    problems = _problems(_break(lambda d: d["languages"].pop("de")))
    assert ("form 'intake_test' › languages", "german_required") in problems


def test_answers_are_checked_by_type_requirement_relevance_and_constraint():
    form = parse_form(json.dumps(good_form()))
    answers = {"age": 12, "status": "toleration", "topics": ["housing", "sport"]}
    problems = {(p.field_id, p.code) for p in check_answers(form, answers)}
    assert problems == {("age", "constraint"), ("since", "required"),
                        ("topics", "unknown_choice"), ("agree", "required")}
    message = next(p.message for p in check_answers(form, answers) if p.code == "constraint")
    assert message["ar"] == "Alter 14 bis 40 (ar)"
    fine = {"age": 19, "status": "asylum", "agree": True, "since": "2020-01-01"}
    assert check_answers(form, fine) == []
    assert "since" not in [f.id for f in relevant_fields(form, fine)]
    assert clean_answers(form, fine) == {"age": 19, "status": "asylum", "agree": True}
    assert {p.code for p in check_answers(form, {"age": "19", "agree": "yes",
                                                 "since": "1.1.2020",
                                                 "status": "toleration"})} == {
        "not_a_number", "not_yes_no", "not_a_date"}
