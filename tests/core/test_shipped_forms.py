"""The shipped forms: all load, every text exists in every language, each can be finished."""

from __future__ import annotations

import json

import pytest

from form_answers import complete_answers
from outreach_desktop.core.forms.definition import (
    LANGUAGES,
    FormLibrary,
    load_engine_texts,
    shipped_forms_dir,
)

SHIPPED = ("consent", "intake", "assessment", "goal_agreement", "closure")


def _texts(node):
    """Every per-language text object in a raw definition, with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("title", "label", "hint", "message") and isinstance(value, dict):
                yield value
            else:
                yield from _texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _texts(item)


def test_all_five_forms_ship_and_load():
    library = FormLibrary.load()
    assert library.ids() == list(SHIPPED)


@pytest.mark.parametrize("form_id", SHIPPED)
def test_every_label_exists_in_every_language(form_id):
    raw = json.loads((shipped_forms_dir() / f"{form_id}.json").read_text("utf-8"))
    assert set(raw["languages"]) == set(LANGUAGES)
    assert {lang: raw["languages"][lang] for lang in ("ar", "fa")} == {"ar": "rtl",
                                                                       "fa": "rtl"}
    texts = list(_texts(raw))
    assert len(texts) > 5
    for text in texts:
        assert set(text) == set(LANGUAGES), text["de"]
        assert all(value.strip() for value in text.values()), text["de"]
        # A translation is not the German copied over (names and short codes aside).
        for language in ("ar", "fa", "ru", "uk"):
            assert text[language] != text["de"] or len(text["de"]) < 6, (language, text)


def test_engine_texts_exist_in_every_language():
    texts = load_engine_texts()
    for key in ("yes", "no", "required", "done", "place_date", "signature_client"):
        assert set(texts[key]) == set(LANGUAGES), key
        assert all(v.strip() for v in texts[key].values())


@pytest.mark.parametrize("form_id", SHIPPED)
def test_each_form_can_be_completed(form_id):
    form = FormLibrary.load().latest(form_id)
    answers = complete_answers(form)
    assert answers
    assert all(f.id in answers for f in form.fields if f.required and f.relevant is None)


def test_consent_states_purpose_storage_access_withdrawal_and_rights():
    form = FormLibrary.load().latest("consent")
    german = " ".join(f.label["de"] for f in form.fields)
    for words in ("Beratung", "speichern", "verschlüsselt",
                  "widerrufen", "Art. 15", "Art. 17", "Art. 77", "freiwillig"):
        assert words in german, words
    assert [s.id for s in form.sections] == ["about", "purpose", "stored", "access",
                                             "rights", "decision"]
