"""Typed core errors turned into text a caseworker understands (GUI and CLI share this).

Each message says what happened and what to do. The text goes through Qt's translation
system (``QCoreApplication.translate``), so it appears in the user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from outreach_desktop.core import errors as e


class Messages(QObject):
    """Translation context of these texts (``Messages.tr``): lupdate recognises plural
    forms reliably only in ``Class.tr(text, None, n)`` calls."""


def describe_error(exc: BaseException) -> str:
    """One paragraph for the person in front of the screen. Never contains personal data."""
    match exc:
        case e.WrongPassphrase():
            return Messages.tr(
                "The passphrase is not correct. Check the keyboard layout and Caps Lock, "
                "then try again.",
            )
        case e.VaultNotInitialised():
            return Messages.tr(
                "There is no vault in this data folder yet. Set one up first "
                "(outreach init, or start the app).",
            )
        case e.VaultAlreadyExists():
            return Messages.tr("This data folder already holds a vault. Nothing was changed.")
        case e.KdfBelowFloor():
            return Messages.tr(
                "The key file asks for weaker key protection than this app allows. It "
                "may have been tampered with; it is refused. Restore the key file from "
                "a backup or set up this device again from the server.",
            )
        case e.KeyFileCorrupt():
            return Messages.tr(
                "The key file (vault.key) is damaged or was changed, so the vault "
                "cannot be opened. Restore the key file from a backup, or set up this "
                "device again from the server.",
            )
        case e.UnsupportedKeyFileVersion():
            return Messages.tr(
                "The key file was made by another version of Outreach Desktop. Install "
                "the current version of the app.",
            )
        case e.PassphraseTooWeak(reason="too_short"):
            return Messages.tr(
                "The passphrase is too short: use at least 10 characters, for example "
                "several words.",
            )
        case e.PassphraseTooWeak():
            return Messages.tr("The passphrase is too easy to guess. Add more words or characters.")
        case e.KeyringLocked():
            return Messages.tr(
                "The system keyring is locked. Unlock it (usually by logging in to your "
                "desktop session) and try again.",
            )
        case e.KeyringBackendChanged():
            return Messages.tr(
                "The system keyring is not the one this vault was set up with. Log in "
                "to the desktop session you set the app up in, or set this device up "
                "again from the server.",
            )
        case e.DeviceSecretMissing():
            return Messages.tr(
                "The device secret of this vault is missing from the system keyring, so "
                "the vault cannot be opened on this device. Restore the keyring, or set "
                "this device up again from the server.",
            )
        case e.DeviceSecretMismatch():
            return Messages.tr(
                "The system keyring holds a different device secret than this vault "
                "was made with, so the vault cannot be opened. Restore the keyring, or "
                "set this device up again from the server.",
            )
        case e.KeyringUnavailable():
            return Messages.tr(
                "No secure system keyring is available. Outreach Desktop needs one "
                "(GNOME Keyring, KWallet, macOS Keychain or Windows Credential "
                "Manager). Start your desktop's keyring and try again.",
            )
        case e.CipherUnavailable():
            return Messages.tr(
                "The encryption library is missing. Reinstall Outreach Desktop; the app "
                "will not store data unencrypted.",
            )
        case e.DatabaseCorrupt():
            return Messages.tr(
                "The database file is damaged. Nothing more was written to it. Run "
                "'outreach doctor' for details, and restore it from the server or a "
                "backup.",
            )
        case e.DatabaseTooNew():
            return Messages.tr(
                "This data was written by a newer version of Outreach Desktop. Install "
                "the newer version to open it; nothing was changed.",
            )
        case e.DiskFull():
            return Messages.tr(
                "The disk is full. Nothing was saved from this step. Free some space "
                "and try again.",
            )
        case e.VaultLocked():
            return Messages.tr("The vault is locked. Unlock it and try again.")
        case e.NotEnrolled():
            return Messages.tr(
                "This device is not connected to a server yet. Connect it with the "
                "enrolment code from your coordinator (Settings, Connect to server).",
            )
        case e.AlreadyEnrolled():
            return Messages.tr("This device is already connected to a server. Nothing was changed.")
        case e.ServerUrlInvalid():
            return Messages.tr(
                "The server address must start with https:// (for example "
                "https://sync.example.org). Check the address your coordinator gave you.",
            )
        case e.SyncCancelled():
            return Messages.tr("The sync was stopped. What was done is kept; the next sync "
                               "carries on.")
        case e.CaFileInvalid():
            return Messages.tr(
                "The CA certificate file cannot be read or holds no certificate. Choose "
                "the .pem file your coordinator gave you.",
            )
        case e.ServerCertificateInvalid():
            return Messages.tr(
                "The server's certificate could not be verified, so nothing was sent. "
                "Check the server address and, for your organisation's own certificates, "
                "the CA certificate file.",
            )
        case e.ServerUnreachable(reason="timeout"):
            return Messages.tr(
                "The server did not answer in time. Your changes are kept on this device "
                "and sent at the next sync.",
            )
        case e.ServerUnreachable():
            return Messages.tr(
                "The server cannot be reached (no network, or the server is down). Your "
                "changes are kept on this device and sent when the server is there again.",
            )
        case e.EnrolmentRefused(reason="code_used"):
            return Messages.tr(
                "This enrolment code has already been used. Ask your coordinator for a "
                "new code.",
            )
        case e.EnrolmentRefused(reason="code_expired"):
            return Messages.tr(
                "This enrolment code has expired. Ask your coordinator for a new code.",
            )
        case e.EnrolmentRefused(reason="too_many_attempts"):
            return Messages.tr(
                "Too many wrong enrolment codes were tried. Wait a few minutes, then try "
                "again.",
            )
        case e.EnrolmentRefused(reason="device_not_empty"):
            return Messages.tr(
                "This device already holds client records, so it can be connected for a "
                "caseworker only. A supervisor or the coordination office connects an "
                "empty device (a new vault). The code is still valid.",
            )
        case e.EnrolmentRefused():
            return Messages.tr(
                "The server did not accept this enrolment code. Check the code (it is "
                "valid once) or ask your coordinator for a new one.",
            )
        case e.UpgradeRequired():
            return Messages.tr(
                "The server needs a newer version of Outreach Desktop. Install the update; "
                "your changes are kept on this device until then.",
            )
        case e.DeviceWipeRequired():
            return Messages.tr(
                "Your organisation has revoked this device, so its case data is removed "
                "from this computer.",
            )
        case e.ServerRefused():
            return Messages.tr(
                "The server refused the sync (%1). Your changes are kept on this device; "
                "if this happens again, tell your coordinator.",
            ).replace("%1", f"{exc.status} {exc.reason}")
        case e.SyncError():
            return Messages.tr(
                "The sync did not complete. Your changes are kept on this device and sent "
                "at the next sync.",
            )
        case e.ImportFailed():
            return describe_import_failure(exc)
        case e.ImportRejected():
            return Messages.tr(
                "The file has problems in %n row(s). Nothing was imported.",
                None,
                len({getattr(p, "row", None) for p in exc.problems}),
            )
        case OSError():
            return Messages.tr("The file could not be read or written: %1").replace(
                "%1", exc.strerror or type(exc).__name__
            )
    form_text = describe_form_error(exc)
    if form_text is not None:
        return form_text
    return Messages.tr("Something went wrong (%1). Nothing was lost; please try again.").replace(
        "%1", type(exc).__name__
    )


def describe_import_failure(exc: e.ImportFailed) -> str:
    facts = exc.facts
    match exc.reason:
        case "encoding":
            return Messages.tr(
                "The file is not UTF-8 text (line %1). Save it as 'CSV UTF-8' from your "
                "spreadsheet program, or name its encoding with --encoding.",
            ).replace("%1", str(facts.get("line", "?")))
        case "missing_name_column":
            return Messages.tr(
                "The file has no column for the name. Expected a column such as "
                "'Vorname', 'Nachname', 'Name', 'first name' or 'last name'; use --map "
                "to name it.",
            )
        case "unknown_map_column":
            return Messages.tr("The column '%1' named in --map is not in the file.").replace(
                "%1", str(facts.get("column", ""))
            )
        case "unknown_map_field":
            return Messages.tr("'%1' in --map is not a field that can be imported.").replace(
                "%1", str(facts.get("field", ""))
            )
        case "unsupported_format":
            return Messages.tr("Only CSV and Excel (.xlsx) files can be imported.")
        case "empty":
            return Messages.tr("The file holds no rows to import.")
        case "too_large":
            return Messages.tr("The file is too large to import (more than %1 MB).").replace(
                "%1", str(facts.get("limit_mb", "?"))
            )
        case "unknown_encoding":
            return Messages.tr(
                "The text encoding '%1' is not known. Use for example --encoding utf-8 or "
                "--encoding cp1252."
            ).replace("%1", str(facts.get("encoding", "")))
        case "unknown_sheet":
            return Messages.tr("The workbook has no worksheet named '%1'.").replace(
                "%1", str(facts.get("sheet", ""))
            )
        case "too_many_rows":
            return Messages.tr(
                "The file has too many rows to import at once (more than %1). Split it into "
                "smaller files."
            ).replace("%1", str(facts.get("limit", "")))
        case "unreadable":
            return Messages.tr(
                "The file could not be read as a spreadsheet. Is it really a CSV or .xlsx file?",
            )
    return Messages.tr("The file could not be imported.")


def describe_problem(problem: object) -> str:
    """One row-level import problem: row, column and what is wrong."""
    row = getattr(problem, "row", "?")
    column = getattr(problem, "column", "") or ""
    code = getattr(problem, "code", "")
    detail = getattr(problem, "detail", {}) or {}
    texts = {
        "formula": Messages.tr("looks like a spreadsheet formula; formulas are not imported"),
        "too_long": Messages.tr("text too long (%1 characters, at most %2)"),
        "bad_date": Messages.tr("not a date (use DD.MM.YYYY or YYYY-MM-DD)"),
        "implausible_date": Messages.tr("date of birth in the future or before 1900"),
        "no_name": Messages.tr("no name given"),
        "duplicate_in_file": Messages.tr("same person as in row %1"),
        "duplicate_in_vault": Messages.tr("this person is already in the vault"),
        "duplicate_code": Messages.tr("client code already used"),
        "unknown_code": Messages.tr("'%1' is not a known value"),
        "control_chars": Messages.tr("contains control characters"),
    }
    text = texts.get(code, code)
    for i, key in enumerate(("a", "b"), start=1):
        if key in detail:
            text = text.replace(f"%{i}", str(detail[key]))
    if column:
        return (
            Messages.tr("Row %1, column '%2': %3")
            .replace("%1", str(row))
            .replace("%2", column)
            .replace("%3", text)
        )
    return Messages.tr("Row %1: %2").replace("%1", str(row)).replace("%2", text)


def _fill(text: str, *values: object) -> str:
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def describe_condition_reason(reason: str) -> str:
    """Why a condition of a form does not parse, in words."""
    texts = {
        "too_long": Messages.tr("it is too long"),
        "too_deep": Messages.tr("it is nested too deeply"),
        "empty": Messages.tr("it is empty"),
        "unexpected_character": Messages.tr("a character that is not allowed"),
        "unexpected_token": Messages.tr("something unexpected"),
        "call_not_allowed": Messages.tr("calling anything is not allowed (only comparisons, "
                                        "and/or/not and field names)"),
        "attribute_not_allowed": Messages.tr("a dot after a field name is not allowed (no "
                                             "attributes)"),
        "chained_comparison": Messages.tr("two comparisons in a row; join them with 'and'"),
        "expected_value": Messages.tr("a value or a field name is missing"),
        "expected_bracket": Messages.tr("an opening bracket is missing"),
        "expected_closing_bracket": Messages.tr("a closing bracket is missing"),
        "expected_closing_square_bracket": Messages.tr("a closing ']' is missing"),
        "list_of_literals_only": Messages.tr("a list may hold only fixed values"),
        "not_text": Messages.tr("it is not text"),
    }
    return texts.get(reason, reason)


def describe_form_place(where: str) -> str:
    """``form 'x' › section 'y' › field 'z' › label`` with the words translated (ids and
    JSON keys stay as written in the file)."""
    words = {"form": Messages.tr("form"), "section": Messages.tr("section"),
             "field": Messages.tr("field"), "choice": Messages.tr("choice"),
             "constraint": Messages.tr("constraint")}
    parts = []
    for part in where.split(" › "):
        head, _, rest = part.partition(" ")
        parts.append(f"{words[head]} {rest}" if head in words and rest else part)
    return " › ".join(parts)


def describe_form_problem(problem: object) -> str:
    """One problem of a form definition: where it is and what is wrong."""
    code = getattr(problem, "code", "")
    d = getattr(problem, "detail", {}) or {}
    texts = {
        "invalid_json": lambda: _fill(Messages.tr("not valid JSON (line %1, column %2)"),
                                      d.get("line"), d.get("column")),
        "not_utf8": lambda: Messages.tr("the file is not UTF-8 text"),
        "unreadable": lambda: _fill(Messages.tr("the file cannot be read (%1)"),
                                    d.get("error")),
        "file_too_large": lambda: Messages.tr("the file is too large"),
        "too_deep": lambda: Messages.tr("the file is nested too deeply"),
        "not_an_object": lambda: Messages.tr("must be a JSON object"),
        "missing_key": lambda: _fill(Messages.tr("'%1' is missing"), d.get("key")),
        "wrong_type": lambda: _fill(Messages.tr("'%1' has the wrong type"), d.get("key")),
        "bad_id": lambda: _fill(Messages.tr("'%1' is not a valid id (lower-case letters, "
                                            "digits and _, not starting with a digit)"),
                                d.get("id")),
        "unknown_format": lambda: _fill(Messages.tr("unknown format %1 (this app reads %2)"),
                                        d.get("format"), d.get("expected")),
        "bad_version": lambda: Messages.tr("the version must be a whole number of 1 or more"),
        "duplicate_version": lambda: _fill(Messages.tr("version %1 exists twice"),
                                           d.get("version")),
        "unknown_language": lambda: _fill(Messages.tr("unknown language code '%1' (known: "
                                                      "de, en, tr, ar, fa, ru, uk)"),
                                          d.get("language")),
        "bad_direction": lambda: _fill(Messages.tr("the text direction of '%1' must be ltr "
                                                   "or rtl"), d.get("language")),
        "german_required": lambda: Messages.tr("German (de) is required"),
        "missing_text": lambda: _fill(Messages.tr("no text in the language '%1'"),
                                      d.get("language")),
        "text_too_long": lambda: _fill(Messages.tr("the text in '%1' is too long (%2 "
                                                   "characters, at most %3)"),
                                       d.get("language"), d.get("length"), d.get("limit")),
        "no_sections": lambda: Messages.tr("the form has no sections"),
        "duplicate_id": lambda: _fill(Messages.tr("the id '%1' is used twice"), d.get("id")),
        "unknown_type": lambda: _fill(Messages.tr("unknown field type '%1'"), d.get("type")),
        "no_choices": lambda: Messages.tr("a choice field needs choices"),
        "missing_choice_code": lambda: Messages.tr("the choice has no code"),
        "duplicate_choice_code": lambda: _fill(Messages.tr("the choice code '%1' is used "
                                                           "twice"), d.get("code")),
        "choices_not_allowed": lambda: _fill(Messages.tr("a field of type '%1' has no "
                                                         "choices"), d.get("type")),
        "bad_condition": lambda: _fill(Messages.tr("the condition does not parse: %1 (at "
                                                   "character %2)"),
                                       describe_condition_reason(str(d.get("reason"))),
                                       int(d.get("position") or 0) + 1),
        "unknown_field": lambda: _fill(Messages.tr("the condition names an unknown field "
                                                   "'%1'"), d.get("field")),
    }
    text = texts[code]() if code in texts else str(problem)
    #: A problem in a form definition: where (form › section › field) and what.
    return Messages.tr("%1: %2").replace("%1", describe_form_place(
        getattr(problem, "where", ""))).replace("%2", text)


def describe_form_error(exc: BaseException) -> str | None:
    """Text for the errors of forms (definitions, filling); None for any other error."""
    from outreach_desktop.core.forms.definition import FormDefinitionError
    from outreach_desktop.core.forms.responses import AnswersIncomplete, FormResponseError

    if isinstance(exc, FormDefinitionError):
        problems = "\n".join(describe_form_problem(p) for p in exc.problems[:5])
        return Messages.tr("A form definition was refused, so it cannot be shown:\n%1").replace(
            "%1", problems)
    if isinstance(exc, AnswersIncomplete):
        return Messages.tr("%n question(s) still need an answer or a correction.", None,
                           len(exc.problems))
    if isinstance(exc, FormResponseError):
        texts = {
            "response_not_found": Messages.tr(
                "This form is no longer in the vault (discarded here or by a sync)."),
            "response_final": Messages.tr(
                "This form is finished and is not changed again. Start a new one."),
            "form_mismatch": Messages.tr(
                "This draft belongs to another version of the form; nothing was saved."),
            "language_not_offered": Messages.tr("The form is not written in this language."),
            "client_not_found": Messages.tr(
                "This client is no longer in the vault (deleted here or by a sync)."),
            "answer_too_long": Messages.tr(
                "An answer is too long (at most 20,000 characters); nothing was saved."),
        }
        return texts.get(exc.rule, exc.rule)
    return None
