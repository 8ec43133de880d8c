"""Every typed error a person can meet has its own message: what happened, what to do."""

from __future__ import annotations

import pytest

from outreach_desktop.core import errors as e
from outreach_desktop.core.client_import import RowProblem
from outreach_desktop.messages import describe_error, describe_import_failure, describe_problem

FALLBACK = "Something went wrong"

ERRORS = [
    e.WrongPassphrase(), e.VaultNotInitialised(), e.VaultAlreadyExists(),
    e.KdfBelowFloor(1024, 1, 1), e.KeyFileCorrupt("header_changed"),
    e.UnsupportedKeyFileVersion(9), e.PassphraseTooWeak("too_short"),
    e.PassphraseTooWeak("too_weak"), e.KeyringLocked(),
    e.KeyringBackendChanged("a.B", "c.D"), e.DeviceSecretMissing(), e.DeviceSecretMismatch(),
    e.KeyringUnavailable("x", "y"), e.CipherUnavailable(), e.DatabaseCorrupt("malformed"),
    e.DatabaseTooNew("9999"), e.DiskFull(), e.VaultLocked(),
    e.ImportRejected([RowProblem(2, "Name", "formula"), RowProblem(3, None, "no_name")]),
    FileNotFoundError(2, "No such file or directory"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda err: type(err).__name__)
def test_each_error_has_its_own_message(error):
    text = describe_error(error)
    assert text and FALLBACK not in text and "Traceback" not in text


def test_messages_are_distinct():
    texts = [describe_error(err) for err in ERRORS]
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("reason", ["encoding", "missing_name_column", "unknown_map_column",
                                    "unknown_map_field", "unsupported_format", "empty",
                                    "too_large", "unreadable", "unknown_encoding",
                                    "unknown_sheet", "too_many_rows"])
def test_each_import_failure_is_explained(reason):
    text = describe_import_failure(e.ImportFailed(reason, line=3, column="X", field="y",
                                                  limit_mb=100, encoding="latin-9",
                                                  sheet="Tabelle2", limit=200000))
    assert text != describe_import_failure(e.ImportFailed("no-such-reason"))


def test_row_problem_names_row_column_and_facts():
    text = describe_problem(RowProblem(7, "Nachname", "too_long", {"a": 10485760, "b": 200}))
    assert text == "Row 7, column 'Nachname': text too long (10485760 characters, at most 200)"
    assert describe_problem(RowProblem(5, None, "duplicate_in_file", {"a": 3})) == \
        "Row 5: same person as in row 3"


def test_error_messages_never_carry_personal_data():
    marker = "Zqxmarkerwort"
    for err in (e.DatabaseCorrupt(f"malformed near {marker}"), e.KeyFileCorrupt(marker),
                e.KeyringUnavailable(marker, marker)):
        assert marker not in describe_error(err)


def test_form_errors_are_described_with_the_place_and_rule() -> None:
    from outreach_desktop.core.forms.definition import (
        AnswerProblem,
        FormDefinitionError,
        FormProblem,
    )
    from outreach_desktop.core.forms.responses import AnswersIncomplete, FormResponseError
    from outreach_desktop.messages import describe_error

    refused = FormDefinitionError("consent.json", [FormProblem(
        "form 'consent' › section 'decision' › field 'consent_basic' › label", "missing_text",
        {"language": "fa"})])
    text = describe_error(refused)
    assert text.startswith("A form definition was refused")
    assert "field 'consent_basic' › label: no text in the language 'fa'" in text
    assert describe_error(FormResponseError("response_final")).startswith(
        "This form is finished")
    assert describe_error(AnswersIncomplete([AnswerProblem("a", "required")] * 2)).startswith(
        "2 question")
