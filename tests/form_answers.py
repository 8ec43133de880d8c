"""Answers that complete a form: every question shown gets a valid answer."""

from __future__ import annotations

from typing import Any

from outreach_desktop.core.forms.definition import FormDefinition, check_answers

DAY = "2026-11-20"


def complete_answers(form: FormDefinition, text: str = "Antwort") -> dict[str, Any]:
    """Answer every field shown (relevance re-checked as answers change): texts
    ``text``, dates ``DAY``, yes/no true, the first choice, numbers 25 or 2019 (whichever
    the field's constraints accept)."""
    answers: dict[str, Any] = {}
    for _round in range(3):  # answering may make more fields relevant
        for f in form.fields:
            if not f.answers or f.id in answers:
                continue
            if f.relevant is not None and not f.relevant.evaluate(answers):
                continue
            answers[f.id] = _value(form, f.id, f.type, answers, text)
    assert check_answers(form, answers) == [], (form.id, check_answers(form, answers))
    return answers


def _value(form: FormDefinition, field_id: str, kind: str, answers: dict[str, Any],
           text: str) -> Any:
    f = form.field(field_id)
    if kind in ("text", "long_text"):
        return text
    if kind == "date":
        return DAY
    if kind == "yes_no":
        return True
    if kind == "single_choice":
        return f.choices[0].code
    if kind == "multiple_choice":
        return [f.choices[0].code]
    for number in (25, 2019):
        if all(c.check.evaluate({**answers, field_id: number}) for c in f.constraints):
            return number
    raise AssertionError(f"no number fits {field_id}")
