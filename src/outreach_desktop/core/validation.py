"""Checks the dialogs show at the field. Codes, not text: the GUI translates them.

``problems`` block saving; ``warnings`` (e.g. a date of birth outside the programme's
age range) are shown but never block.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from outreach_desktop.core.errors import OutreachError

PROGRAMME_AGE = (18, 27)
MAX_CONTACT_MINUTES = 24 * 60
MAX_NOTE = 20_000


class ValidationFailed(OutreachError):
    """Fields with problems: ``problems`` maps a field name to a code."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(problems)
        self.problems = problems


@dataclass
class Checked:
    problems: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)

    def raise_if_blocked(self) -> None:
        if self.problems:
            raise ValidationFailed(self.problems)


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def check_client(given_name: str, family_name: str, date_of_birth: date | None,
                 today: date | None = None) -> Checked:
    today = today or date.today()
    checked = Checked()
    if not given_name.strip() and not family_name.strip():
        checked.problems["family_name"] = "name_required"
    for name, value in (("given_name", given_name), ("family_name", family_name)):
        if len(value) > 200:
            checked.problems[name] = "too_long"
    if date_of_birth is not None:
        if date_of_birth > today:
            checked.problems["date_of_birth"] = "in_future"
        elif date_of_birth.year < 1900:
            checked.problems["date_of_birth"] = "too_early"
        else:
            low, high = PROGRAMME_AGE
            if not low <= age_on(date_of_birth, today) <= high:
                checked.warnings["date_of_birth"] = "outside_programme_age"
    return checked


def check_contact(occurred_on: date | None, kind: str | None, duration_minutes: int | None,
                  note: str, follow_up_on: date | None, today: date | None = None) -> Checked:
    today = today or date.today()
    checked = Checked()
    if occurred_on is None:
        checked.problems["occurred_on"] = "required"
    elif occurred_on > today:
        checked.problems["occurred_on"] = "in_future"
    if not kind:
        checked.problems["kind"] = "required"
    if duration_minutes is not None and not 0 < duration_minutes <= MAX_CONTACT_MINUTES:
        checked.problems["duration_minutes"] = "out_of_range"
    if len(note) > MAX_NOTE:
        checked.problems["note"] = "too_long"
    if follow_up_on is not None and occurred_on is not None and follow_up_on < occurred_on:
        checked.problems["follow_up_on"] = "before_contact"
    return checked


def check_due_date(due_on: date | None, start: date | None = None) -> Checked:
    checked = Checked()
    if due_on is not None and start is not None and due_on < start:
        checked.problems["due_on"] = "before_start"
    return checked
