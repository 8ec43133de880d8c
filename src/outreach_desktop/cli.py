"""``outreach``: the headless companion for scripted set-up and support.

The passphrase comes from a prompt, or from ``OUTREACH_PASSPHRASE`` for scripts (see the
README for the risk: the environment of a process can be read by the same user and may
end up in shell history or CI logs). Exit codes: 0 ok, 1 a problem found or refused,
2 usage error.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from outreach_desktop.core.errors import ImportRejected, OutreachError, PassphraseTooWeak
from outreach_desktop.core.logs import configure_logging
from outreach_desktop.core.paths import default_data_dir
from outreach_desktop.messages import describe_error, describe_problem
from outreach_desktop.translations import LANGUAGES, install_translators, system_language

PASSPHRASE_ENV = "OUTREACH_PASSPHRASE"
NEW_PASSPHRASE_ENV = "OUTREACH_NEW_PASSPHRASE"
log = logging.getLogger("outreach_desktop.cli")


translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


class CliError(Exception):
    """A message for the person at the terminal (already translated)."""


def _out(text: str = "") -> None:
    print(text)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


# --- passphrases ----------------------------------------------------------------------------
def read_passphrase(prompt: str, env: str = PASSPHRASE_ENV) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(
            translate(
                "Cli", "No passphrase: run this in a terminal, or set %1 for scripted use."
            ).replace("%1", env)
        )
    return getpass.getpass(prompt)


def read_new_passphrase(env: str) -> str:
    value = os.environ.get(env)
    if value:
        return value
    first = read_passphrase(translate("Cli", "New passphrase: "), env)
    if getpass.getpass(translate("Cli", "Repeat the passphrase: ")) != first:
        raise CliError(translate("Cli", "The two passphrases differ. Nothing was changed."))
    return first


# --- commands -------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace, vault) -> int:  # type: ignore[no-untyped-def]
    from outreach_desktop.core.errors import VaultAlreadyExists

    if vault.exists():
        raise VaultAlreadyExists()
    _out(
        translate("Cli", "A new vault will be created in %1.").replace("%1", str(vault.paths.root))
    )
    _out(
        translate(
            "Cli",
            "If you forget the passphrase, the data on this device cannot be recovered by "
            "anyone. With sync, it can be downloaded again after setting up anew.",
        )
    )
    passphrase = read_new_passphrase(PASSPHRASE_ENV)
    opened = vault.create(passphrase)
    try:
        _out(translate("Cli", "Vault created (id %1).").replace("%1", opened.header.vault_id))
    finally:
        opened.close()
    return 0


def _unlock(vault):  # type: ignore[no-untyped-def]
    return vault.unlock(read_passphrase(translate("Cli", "Passphrase: ")))


def cmd_status(args: argparse.Namespace, vault) -> int:  # type: ignore[no-untyped-def]
    from outreach_desktop.core.diagnostics import status

    opened = _unlock(vault)
    try:
        facts = status(opened)
    finally:
        opened.close()
    if args.json:
        _out(json.dumps(facts, indent=2, sort_keys=True))
        return 0
    labels = {
        "data_dir": translate("Cli", "Data folder"),
        "vault_id": translate("Cli", "Vault id"),
        "clients": translate("Cli", "Clients"),
        "cases": translate("Cli", "Cases"),
        "contacts": translate("Cli", "Contacts"),
        "outbox": translate("Cli", "Changes not yet synced"),
        "cipher_version": translate("Cli", "SQLCipher version"),
        "schema_revision": translate("Cli", "Schema revision"),
    }
    for key, label in labels.items():
        _out(f"{label}: {facts[key]}")
    return 0


def cmd_import(args: argparse.Namespace, vault) -> int:  # type: ignore[no-untyped-def]
    from outreach_desktop.core.client_import import apply_import, plan_import

    overrides = {}
    for item in args.map or []:
        column, sep, target = item.partition("=")
        if not sep:
            raise CliError(
                translate("Cli", '--map needs the form "Column=field", got: %1').replace("%1", item)
            )
        overrides[column.strip()] = target.strip()
    opened = _unlock(vault)
    try:
        plan = plan_import(Path(args.file), opened.repository, overrides, args.encoding, args.sheet)
        _out(translate("Cli", "Columns:"))
        for column, target in plan.mapping.items():
            _out(f"  {column} → {target}")
        if plan.ignored_columns:
            _out(
                translate("Cli", "Ignored columns: %1").replace(
                    "%1", ", ".join(plan.ignored_columns)
                )
            )
        for problem in plan.problems + plan.duplicates:
            _err(describe_problem(problem))
        blocked = bool(plan.problems or (plan.duplicates and not args.skip_duplicates))
        if args.dry_run:
            ready = plan.importable
            _out(
                translate(
                    "Cli",
                    "Dry run: %n row(s) ready to import; nothing was written.",
                    None,
                    len(ready),
                )
            )
            for draft in ready[:10]:
                v = draft.values
                _out(
                    f"  {draft.row}: {v.get('given_name', '')} {v.get('family_name', '')} "
                    f"{v.get('date_of_birth') or ''}".rstrip()
                )
            if blocked:
                _out(
                    translate(
                        "Cli",
                        "As it is, the file would not be imported: fix the rows named above "
                        "(or add --skip-duplicates for duplicates).",
                    )
                )
            return 1 if blocked else 0
        count = apply_import(plan, opened.repository, args.skip_duplicates)
        log.info("import done rows=%d", count)
        _out(translate("Cli", "%n client(s) imported.", None, count))
        if plan.duplicates:
            _out(translate("Cli", "%n duplicate(s) skipped.", None, len(plan.duplicates)))
        return 0
    except ImportRejected as exc:
        _err(describe_error(exc))
        if plan.duplicates and not plan.problems:
            _err(
                translate(
                    "Cli",
                    "To import the other rows and skip the duplicates, add --skip-duplicates.",
                )
            )
        return 1
    finally:
        opened.close()


def cmd_doctor(args: argparse.Namespace, vault) -> int:  # type: ignore[no-untyped-def]
    from outreach_desktop.core.diagnostics import run_doctor

    passphrase = None if args.no_unlock else read_passphrase(translate("Cli", "Passphrase: "))
    checks = run_doctor(vault, passphrase)
    names = {
        "cipher": translate("Cli", "Encryption library (SQLCipher)"),
        "key_file": translate("Cli", "Key file"),
        "keyring_backend": translate("Cli", "System keyring"),
        "device_secret": translate("Cli", "Device secret in the keyring"),
        "permissions": translate("Cli", "File permissions"),
        "unlock": translate("Cli", "Unlock"),
        "cipher_integrity": translate("Cli", "Encrypted pages (cipher_integrity_check)"),
        "sqlite_integrity": translate("Cli", "Database structure"),
        "schema": translate("Cli", "Schema version"),
    }
    for check in checks:
        mark = translate("Cli", "OK") if check.ok else translate("Cli", "PROBLEM")
        line = f"[{mark}] {names.get(check.name, check.name)}"
        if check.ok and check.facts:
            line += " — " + ", ".join(str(v) for v in check.facts.values())
        _out(line)
        if not check.ok:
            if check.error is not None:
                detail = describe_error(check.error)
            elif check.problem == "too_open":
                detail = translate(
                    "Cli",
                    "Readable by other users: %1. Run: chmod 700 on the folder and "
                    "chmod 600 on its files.",
                ).replace("%1", check.facts["files"])
            elif check.problem == "changed":
                detail = (
                    translate(
                        "Cli",
                        "The keyring in use (%1) is not the one the vault was set up with (%2).",
                    )
                    .replace("%1", check.facts["backend"])
                    .replace("%2", check.facts["expected"])
                )
            elif check.problem in ("pages", "structure"):
                detail = translate(
                    "Cli",
                    "The database file is damaged: %1. Restore it from the server or a backup.",
                ).replace("%1", str(check.facts.get("detail", "")))
            elif check.problem == "no_cipher":
                detail = translate(
                    "Cli", "The SQLite library has no encryption. Reinstall the app."
                )
            else:
                detail = translate("Cli", "The schema is not the current one.")
            _out("    " + detail)
    failed = [c for c in checks if not c.ok]
    _out(
        translate("Cli", "%n problem(s) found.", None, len(failed))
        if failed
        else translate("Cli", "No problems found.")
    )
    return 1 if failed else 0


def cmd_passwd(args: argparse.Namespace, vault) -> int:  # type: ignore[no-untyped-def]
    old = read_passphrase(translate("Cli", "Current passphrase: "))
    new = read_new_passphrase(NEW_PASSPHRASE_ENV)
    vault.change_passphrase(old, new)
    _out(
        translate(
            "Cli",
            "Passphrase changed. The data key itself is unchanged; use 'outreach rekey' to "
            "replace it too.",
        )
    )
    return 0


def cmd_rekey(args: argparse.Namespace, vault) -> int:  # type: ignore[no-untyped-def]
    vault.rekey(read_passphrase(translate("Cli", "Passphrase: ")))
    _out(translate("Cli", "The database was re-encrypted with a new data key."))
    return 0


# --- wiring ---------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="outreach",
        description=translate(
            "Cli",
            "Outreach Desktop, headless: set up, import, check. The passphrase is asked for, or "
            "read from OUTREACH_PASSPHRASE (for scripts; see the README for the risk).",
        ),
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=translate("Cli", "data folder (default: %1)").replace("%1", str(default_data_dir())),
    )
    parser.add_argument(
        "--lang", choices=sorted(LANGUAGES), help=translate("Cli", "language of the messages")
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("init", help=translate("Cli", "create a new vault"))
    p = sub.add_parser("import", help=translate("Cli", "import a CSV or XLSX client list"))
    p.add_argument("file", help=translate("Cli", "the .csv or .xlsx file"))
    p.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=FIELD",
        help=translate("Cli", "map a column to a field (or 'ignore'); may be repeated"),
    )
    p.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "show what would be imported")
    )
    p.add_argument(
        "--encoding", help=translate("Cli", "text encoding of a CSV file (default: UTF-8)")
    )
    p.add_argument(
        "--sheet", help=translate("Cli", "worksheet of an XLSX file (default: the first)")
    )
    p.add_argument(
        "--skip-duplicates",
        action="store_true",
        help=translate("Cli", "import the other rows when some are already in the vault"),
    )
    p = sub.add_parser("status", help=translate("Cli", "counts, outbox size, cipher version"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))
    p = sub.add_parser("doctor", help=translate("Cli", "check the installation and the vault"))
    p.add_argument(
        "--no-unlock",
        action="store_true",
        help=translate("Cli", "skip the checks that need the passphrase"),
    )
    sub.add_parser("passwd", help=translate("Cli", "change the passphrase"))
    sub.add_parser("rekey", help=translate("Cli", "re-encrypt the database with a new data key"))
    return parser


COMMANDS = {
    "init": cmd_init,
    "import": cmd_import,
    "status": cmd_status,
    "doctor": cmd_doctor,
    "passwd": cmd_passwd,
    "rekey": cmd_rekey,
}


def main(argv: Sequence[str] | None = None) -> int:
    app = QCoreApplication.instance() or QCoreApplication(["outreach"])
    lang = _pick_language(argv)
    translators = install_translators(app, lang)  # noqa: F841 - keep them alive
    args = build_parser().parse_args(argv)
    data_dir = (args.data_dir or default_data_dir()).expanduser()
    try:
        from outreach_desktop.core.vault import Vault

        vault = Vault(data_dir)
        if (args.command != "init" and vault.exists()) or args.command == "init":
            configure_logging(data_dir)
        return COMMANDS[args.command](args, vault)
    except CliError as exc:
        _err(str(exc))
        return 1
    except PassphraseTooWeak as exc:
        _err(describe_error(exc))
        return 1
    except OutreachError as exc:
        log.warning("command %s failed: %s", args.command, type(exc).__name__)
        _err(describe_error(exc))
        return 1
    except KeyboardInterrupt:
        _err(translate("Cli", "Cancelled. Nothing was changed."))
        return 1
    except OSError as exc:
        _err(describe_error(exc))
        return 1


def _pick_language(argv: Sequence[str] | None) -> str:
    args = list(sys.argv[1:] if argv is None else argv)
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args) and args[i + 1] in LANGUAGES:
            return args[i + 1]
        if arg.startswith("--lang=") and arg[7:] in LANGUAGES:
            return arg[7:]
    return system_language()


if __name__ == "__main__":
    raise SystemExit(main())
