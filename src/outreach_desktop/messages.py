"""Typed core errors turned into text a caseworker understands (GUI and CLI share this).

Each message says what happened and what to do. The text goes through Qt's translation
system (``QCoreApplication.translate``), so it appears in the user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from outreach_desktop.core import errors as e

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


def describe_error(exc: BaseException) -> str:
    """One paragraph for the person in front of the screen. Never contains personal data."""
    match exc:
        case e.WrongPassphrase():
            return translate(
                "Messages",
                "The passphrase is not correct. Check the keyboard layout and Caps Lock, "
                "then try again.",
            )
        case e.VaultNotInitialised():
            return translate(
                "Messages",
                "There is no vault in this data folder yet. Set one up first "
                "(outreach init, or start the app).",
            )
        case e.VaultAlreadyExists():
            return translate(
                "Messages", "This data folder already holds a vault. Nothing was changed."
            )
        case e.KdfBelowFloor():
            return translate(
                "Messages",
                "The key file asks for weaker key protection than this app allows. It "
                "may have been tampered with; it is refused. Restore the key file from "
                "a backup or set up this device again from the server.",
            )
        case e.KeyFileCorrupt():
            return translate(
                "Messages",
                "The key file (vault.key) is damaged or was changed, so the vault "
                "cannot be opened. Restore the key file from a backup, or set up this "
                "device again from the server.",
            )
        case e.UnsupportedKeyFileVersion():
            return translate(
                "Messages",
                "The key file was made by another version of Outreach Desktop. Install "
                "the current version of the app.",
            )
        case e.PassphraseTooWeak(reason="too_short"):
            return translate(
                "Messages",
                "The passphrase is too short: use at least 10 characters, for example "
                "several words.",
            )
        case e.PassphraseTooWeak():
            return translate(
                "Messages", "The passphrase is too easy to guess. Add more words or characters."
            )
        case e.KeyringLocked():
            return translate(
                "Messages",
                "The system keyring is locked. Unlock it (usually by logging in to your "
                "desktop session) and try again.",
            )
        case e.KeyringBackendChanged():
            return translate(
                "Messages",
                "The system keyring is not the one this vault was set up with. Log in "
                "to the desktop session you set the app up in, or set this device up "
                "again from the server.",
            )
        case e.DeviceSecretMissing():
            return translate(
                "Messages",
                "The device secret of this vault is missing from the system keyring, so "
                "the vault cannot be opened on this device. Restore the keyring, or set "
                "this device up again from the server.",
            )
        case e.DeviceSecretMismatch():
            return translate(
                "Messages",
                "The system keyring holds a different device secret than this vault "
                "was made with, so the vault cannot be opened. Restore the keyring, or "
                "set this device up again from the server.",
            )
        case e.KeyringUnavailable():
            return translate(
                "Messages",
                "No secure system keyring is available. Outreach Desktop needs one "
                "(GNOME Keyring, KWallet, macOS Keychain or Windows Credential "
                "Manager). Start your desktop's keyring and try again.",
            )
        case e.CipherUnavailable():
            return translate(
                "Messages",
                "The encryption library is missing. Reinstall Outreach Desktop; the app "
                "will not store data unencrypted.",
            )
        case e.DatabaseCorrupt():
            return translate(
                "Messages",
                "The database file is damaged. Nothing more was written to it. Run "
                "'outreach doctor' for details, and restore it from the server or a "
                "backup.",
            )
        case e.DatabaseTooNew():
            return translate(
                "Messages",
                "This data was written by a newer version of Outreach Desktop. Install "
                "the newer version to open it; nothing was changed.",
            )
        case e.DiskFull():
            return translate(
                "Messages",
                "The disk is full. Nothing was saved from this step. Free some space "
                "and try again.",
            )
        case e.VaultLocked():
            return translate("Messages", "The vault is locked. Unlock it and try again.")
        case e.ImportFailed():
            return describe_import_failure(exc)
        case e.ImportRejected():
            return translate(
                "Messages",
                "The file has problems in %n row(s). Nothing was imported.",
                None,
                len({getattr(p, "row", None) for p in exc.problems}),
            )
        case OSError():
            return translate("Messages", "The file could not be read or written: %1").replace(
                "%1", exc.strerror or type(exc).__name__
            )
    return translate(
        "Messages", "Something went wrong (%1). Nothing was lost; please try again."
    ).replace("%1", type(exc).__name__)


def describe_import_failure(exc: e.ImportFailed) -> str:
    facts = exc.facts
    match exc.reason:
        case "encoding":
            return translate(
                "Messages",
                "The file is not UTF-8 text (line %1). Save it as 'CSV UTF-8' from your "
                "spreadsheet program, or name its encoding with --encoding.",
            ).replace("%1", str(facts.get("line", "?")))
        case "missing_name_column":
            return translate(
                "Messages",
                "The file has no column for the name. Expected a column such as "
                "'Vorname', 'Nachname', 'Name', 'first name' or 'last name'; use --map "
                "to name it.",
            )
        case "unknown_map_column":
            return translate(
                "Messages", "The column '%1' named in --map is not in the file."
            ).replace("%1", str(facts.get("column", "")))
        case "unknown_map_field":
            return translate(
                "Messages", "'%1' in --map is not a field that can be imported."
            ).replace("%1", str(facts.get("field", "")))
        case "unsupported_format":
            return translate("Messages", "Only CSV and Excel (.xlsx) files can be imported.")
        case "empty":
            return translate("Messages", "The file holds no rows to import.")
        case "too_large":
            return translate(
                "Messages", "The file is too large to import (more than %1 MB)."
            ).replace("%1", str(facts.get("limit_mb", "?")))
        case "unreadable":
            return translate(
                "Messages",
                "The file could not be read as a spreadsheet. Is it really a CSV or .xlsx file?",
            )
    return translate("Messages", "The file could not be imported.")


def describe_problem(problem: object) -> str:
    """One row-level import problem: row, column and what is wrong."""
    row = getattr(problem, "row", "?")
    column = getattr(problem, "column", "") or ""
    code = getattr(problem, "code", "")
    detail = getattr(problem, "detail", {}) or {}
    texts = {
        "formula": translate(
            "Messages", "looks like a spreadsheet formula; formulas are not imported"
        ),
        "too_long": translate("Messages", "text too long (%1 characters, at most %2)"),
        "bad_date": translate("Messages", "not a date (use DD.MM.YYYY or YYYY-MM-DD)"),
        "implausible_date": translate("Messages", "date of birth in the future or before 1900"),
        "no_name": translate("Messages", "no name given"),
        "duplicate_in_file": translate("Messages", "same person as in row %1"),
        "duplicate_in_vault": translate("Messages", "this person is already in the vault"),
        "duplicate_code": translate("Messages", "client code already used"),
        "unknown_code": translate("Messages", "'%1' is not a known value"),
        "control_chars": translate("Messages", "contains control characters"),
    }
    text = texts.get(code, code)
    for i, key in enumerate(("a", "b"), start=1):
        if key in detail:
            text = text.replace(f"%{i}", str(detail[key]))
    if column:
        return (
            translate("Messages", "Row %1, column '%2': %3")
            .replace("%1", str(row))
            .replace("%2", column)
            .replace("%3", text)
        )
    return translate("Messages", "Row %1: %2").replace("%1", str(row)).replace("%2", text)
