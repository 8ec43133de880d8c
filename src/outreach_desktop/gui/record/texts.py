"""Texts the record screens share: phases, field names, validation and rule messages.

Core hands out codes (``"in_future"``, ``"phase_not_allowed"``, ``"goal_agreement"``);
this module is the one place they become words, so each is translated once. The class
``RecordTexts`` is the translation context (lupdate needs ``Class.tr`` for plurals).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTime, QTimeZone

from outreach_desktop.core.storage.models import CASE_PHASES
from outreach_desktop.core.storage.models import REFERRAL_STATUSES as _CORE_REFERRAL_STATUSES

REFERRAL_STATUSES = _CORE_REFERRAL_STATUSES  # one list for the whole app

#: Client fields whose values are catalogue codes, and which catalogue they come from.
CODE_FIELDS = {"district": "district", "residence_status": "residence_status",
               "languages": "language", "target_groups": "target_group",
               "kind": "contact_kind", "topics": "topic", "language": "language",
               "closure_reason": "closure_reason", "institution": "institution",
               "topic": "topic"}
#: Fields whose values history shows only while the sensitive markers are shown.
SENSITIVE_FIELDS = frozenset({"target_groups"})


class RecordTexts(QObject):
    """Translation context "RecordTexts"; every function here calls ``RecordTexts.tr``."""


def phase_label(phase: str | None) -> str:
    labels = {
        #: Case phase 1 of the method (Zugang/Erstkontakt).
        "intake": RecordTexts.tr("Intake"),
        #: Case phase 2: the client's situation and resources.
        "assessment": RecordTexts.tr("Assessment"),
        #: Case phase 3 (Zielvereinbarung / Hilfeplan).
        "goal_agreement": RecordTexts.tr("Goal agreement"),
        #: Case phase 4 (Umsetzung / Vermittlung).
        "implementation": RecordTexts.tr("Implementation"),
        #: Case phase 5.
        "monitoring": RecordTexts.tr("Monitoring"),
        #: Case phase 6 (Evaluation & Fallabschluss).
        "closed": RecordTexts.tr("Closed"),
    }
    return labels.get(phase or "", phase or "")


def phase_sequence() -> tuple[str, ...]:
    return CASE_PHASES


def referral_status_label(status: str) -> str:
    labels = {
        #: Referral status: the referral is intended, nothing arranged yet.
        "planned": RecordTexts.tr("Planned"),
        #: Referral status: the client was referred (an appointment or contact is made).
        "made": RecordTexts.tr("Referred"),
        #: Referral status: the institution took the client on.
        "accepted": RecordTexts.tr("Accepted"),
        "completed": RecordTexts.tr("Completed"),
        #: Referral status: the institution or the client said no.
        "declined": RecordTexts.tr("Declined"),
    }
    return labels.get(status, status)


def field_label(field: str) -> str:
    """A column name as the History tab shows it."""
    labels = {
        "given_name": RecordTexts.tr("Given name"),
        "family_name": RecordTexts.tr("Family name"),
        "aliases": RecordTexts.tr("Aliases"),
        "date_of_birth": RecordTexts.tr("Date of birth"),
        "languages": RecordTexts.tr("Languages"),
        "district": RecordTexts.tr("District"),
        "residence_status": RecordTexts.tr("Residence status"),
        "target_groups": RecordTexts.tr("Target-group markers"),
        "contact_channels": RecordTexts.tr("Phone and e-mail"),
        "client_code": RecordTexts.tr("Client code"),
        "caseworker_id": RecordTexts.tr("Caseworker"),
        "team_id": RecordTexts.tr("Team"),
        "phase": RecordTexts.tr("Phase"),
        "opened_on": RecordTexts.tr("Opened on"),
        "closed_on": RecordTexts.tr("Closed on"),
        "closure_reason": RecordTexts.tr("Closure reason"),
        "client_id": RecordTexts.tr("Client"),
        "case_id": RecordTexts.tr("Case"),
        "goal_id": RecordTexts.tr("Goal"),
        "title": RecordTexts.tr("Title"),
        "topic": RecordTexts.tr("Topic"),
        "agreed_on": RecordTexts.tr("Agreed on"),
        "due_on": RecordTexts.tr("Due on"),
        "done_on": RecordTexts.tr("Done on"),
        "status": RecordTexts.tr("Status"),
        "position": RecordTexts.tr("Position"),
        "deleted_at": RecordTexts.tr("Deleted"),
    }
    return labels.get(field, field)


def table_label(table: str) -> str:
    labels = {
        "client": RecordTexts.tr("Client"),
        #: A case file of the case management method.
        "case_file": RecordTexts.tr("Case"),
        "goal": RecordTexts.tr("Goal"),
        "goal_step": RecordTexts.tr("Step"),
        "contact": RecordTexts.tr("Contact"),
        "referral": RecordTexts.tr("Referral"),
        "note": RecordTexts.tr("Note"),
        "consent": RecordTexts.tr("Consent"),
        "form_response": RecordTexts.tr("Form"),
        "attachment": RecordTexts.tr("Document"),
    }
    return labels.get(table, table)


def sync_state_text(state: str) -> str:
    """A record's sync state (``core.sync.local.record_states``) in words; empty for a
    record that is synced or only on this device and nothing waits."""
    texts = {
        "synced": RecordTexts.tr("Synced"),
        "pending": RecordTexts.tr("Not yet synced"),
        "conflict": RecordTexts.tr("Conflict — needs a decision"),
        "rejected": RecordTexts.tr("Rejected by the server — needs correction"),
        "local": RecordTexts.tr("Only on this device"),
    }
    return texts.get(state, "")


def server_reason_text(code: str) -> str:
    """Why the server refused a change (the codes of a rejected or refused push), said to
    the person who has to correct it."""
    texts = {
        "required": RecordTexts.tr("The server needs a value here."),
        "too_long": RecordTexts.tr("The server refused this text as too long."),
        "not_text": RecordTexts.tr("The server expected a text here."),
        "not_date": RecordTexts.tr("The server expected a date here."),
        "not_integer": RecordTexts.tr("The server expected a whole number here."),
        "not_found": RecordTexts.tr(
            "The record this refers to is not on the server (deleted there)."),
        "other_client": RecordTexts.tr("This refers to a record of another client."),
        "cannot_move": RecordTexts.tr("A record cannot be moved to another client or case."),
        "set_by_server": RecordTexts.tr("Only the server sets this value."),
        "unknown_field": RecordTexts.tr("The server does not know this field."),
        "not_in_scope": RecordTexts.tr(
            "This client is no longer yours on the server (transferred or not shared)."),
    }
    return texts.get(code, RecordTexts.tr("The server refused this change (%1).")
                     .replace("%1", code))


def review_kind_label(kind: str) -> str:
    """A supervisor's review: a comment, an approval or a return for correction."""
    labels = {
        "comment": RecordTexts.tr("Comment"),
        "approve": RecordTexts.tr("Approved"),
        "return": RecordTexts.tr("Returned"),
    }
    return labels.get(kind, kind)


def operation_label(op: str) -> str:
    labels = {
        #: History: a record was created.
        "insert": RecordTexts.tr("created"),
        #: History: a record was changed.
        "update": RecordTexts.tr("changed"),
        #: History: a record was deleted.
        "delete": RecordTexts.tr("deleted"),
    }
    return labels.get(op, op)


def problem_text(code: str) -> str:
    """What a validation code from ``core.validation`` / ``core.casework`` means."""
    texts = {
        "name_required": RecordTexts.tr("Enter a given name or a family name."),
        "required": RecordTexts.tr("This is required."),
        "too_long": RecordTexts.tr("This text is too long."),
        "in_future": RecordTexts.tr("This date is in the future."),
        "too_early": RecordTexts.tr("This date is before 1900."),
        "out_of_range": RecordTexts.tr("Enter between 1 and 1440 minutes."),
        "before_contact": RecordTexts.tr("The follow-up must not be before the contact."),
        "before_start": RecordTexts.tr("The due date must not be before the start."),
        "before_opened": RecordTexts.tr("The case cannot close before it was opened."),
        "too_large": RecordTexts.tr("The file is too large (at most 25 MB)."),
        "bad_date": RecordTexts.tr("Not a date. Use the format %1.").replace(
            "%1", date_format_hint()),
        "no_client": RecordTexts.tr("Choose a client."),
    }
    return texts.get(code, code)


def warning_text(code: str) -> str:
    texts = {
        "outside_programme_age": RecordTexts.tr(
            "Outside the programme's age range (18–27). You can still save."),
    }
    return texts.get(code, code)


def full_name(given: str, family: str) -> str:
    """Given name, then family name, as said aloud (either may be empty)."""
    return " ".join(p for p in (given, family) if p)


def rule_text(rule: str) -> str:
    """What a ``CaseRuleBroken`` means for the person who tried it."""
    texts = {
        "case_already_open": RecordTexts.tr("This client already has an open case."),
        "case_already_closed": RecordTexts.tr("This case is already closed."),
        "phase_not_allowed": RecordTexts.tr(
            "The case cannot move to that phase from where it is now."),
        "client_not_found": RecordTexts.tr(
            "This client is no longer in the vault (deleted here or by a sync)."),
        "attachment_not_found": RecordTexts.tr("This document is no longer in the vault."),
    }
    return texts.get(rule, rule)


def describe(exc: BaseException) -> str:
    """Text for any error a record screen meets: rules and validation here, the rest
    from ``messages.describe_error``."""
    from outreach_desktop.core.casework import CaseRuleBroken
    from outreach_desktop.core.validation import ValidationFailed
    from outreach_desktop.messages import describe_error

    if isinstance(exc, CaseRuleBroken):
        return rule_text(exc.rule)
    if isinstance(exc, ValidationFailed):
        return " ".join(problem_text(code) for code in exc.problems.values())
    return describe_error(exc)


# --- dates -----------------------------------------------------------------------------------
def date_format() -> str:
    """The locale's short date format, always with a four-digit year."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def date_format_hint() -> str:
    """The format as people read it, e.g. "DD.MM.YYYY" (letters are not translated: the
    field also accepts DD.MM.YYYY and YYYY-MM-DD in every language)."""
    fmt = date_format().replace("\u200f", "").replace("\u200e", "")
    return fmt.replace("dd", "DD").replace("d", "D").replace("MM", "MM").replace(
        "yyyy", "YYYY")


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    # History times are stored in UTC; show them in local time.
    stamp = QDateTime(QDate(value.year, value.month, value.day),
                      QTime(value.hour, value.minute, value.second), QTimeZone.utc())
    local = stamp.toLocalTime()
    return f"{format_date(local.date().toPython())} " \
           f"{QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)}"


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789",
                        "\u200f\u200e\u061c")


def parse_date(text: str) -> date | None:
    """A date typed in the locale's format, or DD.MM.YYYY, or YYYY-MM-DD; None if not."""
    plain = text.translate(_DIGITS).strip()
    if not plain:
        return None
    locale_fmt = date_format().translate(_DIGITS)
    for fmt in (locale_fmt, "d.M.yyyy", "yyyy-M-d", "d/M/yyyy"):
        parsed = QDate.fromString(plain, fmt)
        if parsed.isValid() and parsed.year() >= 1000:
            return parsed.toPython()
    return None


def age_text(born: date, today: date) -> str:
    from outreach_desktop.core.validation import age_on

    years = age_on(born, today)
    return RecordTexts.tr("%n year(s)", None, years)
