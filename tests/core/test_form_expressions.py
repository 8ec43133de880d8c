"""The condition language of forms: comparisons, boolean logic and field references only."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_desktop.core.forms.expressions import MAX_DEPTH, ExpressionError, parse

ANSWERS = {"age": 19, "status": "toleration", "topics": ["housing", "health"],
           "consent": True, "born": "2005-03-01", "note": ""}


@pytest.mark.parametrize(("source", "expected"), [
    ("age >= 18", True),
    ("age < 18", False),
    ("age >= 18 and age <= 27", True),
    ("status == 'toleration' or status == \"asylum\"", True),
    ("not consent", False),
    ("'housing' in topics", True),
    ("'school' not in topics", True),
    ("status in ['asylum', 'toleration']", True),
    ("born < '2008-01-01'", True),
    ("missing == null", True),
    ("missing > 3", False),            # nothing answered: no comparison holds
    ("age == '19'", False),            # a number is not a text
    ("age != '19'", True),
    ("(age > 30 or consent) and not (status == 'asylum')", True),
    ("note", False),                   # an empty text is false
    ("topics", True),
    ("age > 18.5", True),
    ("status == 'don\\'t'", False),
])
def test_evaluates(source, expected):
    assert parse(source).evaluate(ANSWERS) is expected


def test_names_the_fields_it_reads():
    assert parse("age > 1 and ('x' in topics or not consent)").fields == {
        "age", "topics", "consent"}


@pytest.mark.parametrize(("source", "reason"), [
    ("__import__('os')", "call_not_allowed"),
    ("open('/etc/passwd')", "call_not_allowed"),
    ("age.__class__", "attribute_not_allowed"),
    ("topics[0]", "unexpected_token"),
    ("lambda: 1", "unexpected_character"),
    ("age = 3", "unexpected_character"),
    ("age + 1 > 2", "unexpected_character"),
    ("1 < age < 3", "chained_comparison"),
    ("", "empty"),
    ("age >", "expected_value"),
    ("(age > 1", "expected_closing_bracket"),
    ("[age] == 1", "list_of_literals_only"),
    ("age 3", "unexpected_token"),
    ("'unterminated", "unexpected_character"),
    ("x" * 1001, "too_long"),
    ("not " * (MAX_DEPTH + 1) + "age", "too_deep"),
    ("(" * (MAX_DEPTH + 1) + "age" + ")" * (MAX_DEPTH + 1), "too_deep"),
])
def test_refuses_everything_else(source, reason):
    with pytest.raises(ExpressionError) as caught:
        parse(source)
    assert caught.value.reason == reason


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_text_parses_or_is_refused_never_crashes(source):
    try:
        expression = parse(source)
    except ExpressionError:
        return
    assert isinstance(expression.evaluate(ANSWERS), bool)
