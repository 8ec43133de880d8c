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

from PySide6.QtCore import QCoreApplication, QObject

from outreach_desktop.core.errors import ImportRejected, OutreachError, PassphraseTooWeak
from outreach_desktop.core.logs import configure_logging
from outreach_desktop.core.paths import default_data_dir
from outreach_desktop.i18n import (
    LANGUAGES,
    LanguageManager,
    choose_language,
    requested_language,
    system_ui_languages,
)
from outreach_desktop.messages import describe_error, describe_problem

PASSPHRASE_ENV = "OUTREACH_PASSPHRASE"
NEW_PASSPHRASE_ENV = "OUTREACH_NEW_PASSPHRASE"
log = logging.getLogger("outreach_desktop.cli")


class Cli(QObject):
    """Translation context of these texts (``Cli.tr``): lupdate recognises plural
    forms reliably only in ``Class.tr(text, None, n)`` calls."""


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
            Cli.tr("No passphrase: run this in a terminal, or set %1 for scripted use.").replace(
                "%1", env
            )
        )
    return getpass.getpass(prompt)


def read_new_passphrase(env: str) -> str:
    value = os.environ.get(env)
    if value:
        return value
    first = read_passphrase(Cli.tr("New passphrase: "), env)
    if getpass.getpass(Cli.tr("Repeat the passphrase: ")) != first:
        raise CliError(Cli.tr("The two passphrases differ. Nothing was changed."))
    return first


# --- commands -------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace, vault) -> int:  # type: ignore[no-untyped-def]
    from outreach_desktop.core.errors import VaultAlreadyExists

    if vault.exists():
        raise VaultAlreadyExists()
    _out(Cli.tr("A new vault will be created in %1.").replace("%1", str(vault.paths.root)))
    _out(
        Cli.tr(
            "If you forget the passphrase, the data on this device cannot be recovered by "
            "anyone. With sync, it can be downloaded again after setting up anew.",
        )
    )
    passphrase = read_new_passphrase(PASSPHRASE_ENV)
    opened = vault.create(passphrase)
    try:
        _out(Cli.tr("Vault created (id %1).").replace("%1", opened.header.vault_id))
    finally:
        opened.close()
    return 0


def _unlock(vault):  # type: ignore[no-untyped-def]
    return vault.unlock(read_passphrase(Cli.tr("Passphrase: ")))


def cmd_status(args: argparse.Namespace, vault) -> int:  # type: ignore[no-untyped-def]
    from outreach_desktop.core.diagnostics import status
    from outreach_desktop.core.sync.local import sync_status

    opened = _unlock(vault)
    try:
        facts = status(opened)
        sync = sync_status(opened.repository).as_dict()
    finally:
        opened.close()
    facts["sync"] = sync
    if args.json:
        _out(json.dumps(facts, indent=2, sort_keys=True))
        return 0
    labels = {
        "data_dir": Cli.tr("Data folder"),
        "vault_id": Cli.tr("Vault id"),
        "clients": Cli.tr("Clients"),
        "cases": Cli.tr("Cases"),
        "contacts": Cli.tr("Contacts"),
        "outbox": Cli.tr("Changes not yet synced"),
        "cipher_version": Cli.tr("SQLCipher version"),
        "schema_revision": Cli.tr("Schema version"),
    }
    for key, label in labels.items():
        _out(f"{label}: {facts[key]}")
    never = Cli.tr("never")
    sync_labels = {
        "server_url": Cli.tr("Server"),
        "pending": Cli.tr("Changes waiting to be sent"),
        "problems": Cli.tr("Changes the server did not accept"),
        "conflicts": Cli.tr("Open conflicts"),
        "unread_reviews": Cli.tr("Unread feedback"),
        "last_success_at": Cli.tr("Last successful sync"),
    }
    if not sync["enrolled"]:
        _out(Cli.tr("Sync: not connected to a server (outreach enroll)."))
        return 0
    for key, label in sync_labels.items():
        _out(f"{label}: {sync[key] if sync[key] is not None else never}")
    if sync["last_problem"]:
        _out(Cli.tr("Last problem: %1").replace("%1", str(sync["last_problem"])))
    return 0


def cmd_enroll(args: argparse.Namespace, vault) -> int:  # type: ignore[no-untyped-def]
    from outreach_desktop.core.sync.engine import enrol
    from outreach_desktop.core.sync.transport import read_ca_file

    ca_pem = read_ca_file(str(args.ca_file)) if args.ca_file else None
    opened = _unlock(vault)
    try:
        config = enrol(opened.repository, args.server, args.code, ca_pem,
                       args.device_name or "")
    finally:
        opened.close()
    log.info("enrolled device=%s role=%s", config.device_id, config.role)
    _out(Cli.tr("This device is connected to %1 (device %2). Run 'outreach sync' to "
                "download the caseload.").replace("%1", config.server_url)
         .replace("%2", config.device_id))
    return 0


def cmd_sync(args: argparse.Namespace, vault) -> int:  # type: ignore[no-untyped-def]
    from outreach_desktop.core.errors import DeviceWipeRequired
    from outreach_desktop.core.sync.engine import SyncEngine, wipe_device

    opened = _unlock(vault)

    def progress(phase: str, done: int, total: int | None) -> None:
        if args.verbose:
            _err(f"{phase}: {done}" + (f"/{total}" if total is not None else ""))

    try:
        report = SyncEngine(opened.repository, progress).run()
    except DeviceWipeRequired as exc:
        log.warning("device revoked by the server: wiping")
        wipe_device(vault, opened)
        _err(describe_error(exc))
        return 1
    finally:
        opened.close()
    _out(Cli.tr("Sync done: %1 change(s) sent, %2 received.").replace("%1", str(report.pushed))
         .replace("%2", str(report.pulled)))
    if report.conflicts:
        _out(Cli.tr("%n conflict(s) need a decision (open the app).", None, report.conflicts))
    if report.rejected or report.refused:
        _out(Cli.tr("%n change(s) were not accepted by the server (open the app).", None,
                    report.rejected + report.refused))
    if not report.checksum_ok:
        _err(Cli.tr("The data on this device still differs from the server after a fresh "
                    "download. Run 'outreach sync' again later; if it persists, tell support."))
        return 1
    return 0


def cmd_import(args: argparse.Namespace, vault) -> int:  # type: ignore[no-untyped-def]
    from outreach_desktop.core.client_import import apply_import, plan_import

    overrides = {}
    for item in args.map or []:
        column, sep, target = item.partition("=")
        if not sep:
            raise CliError(
                Cli.tr('--map needs the form "Column=field", got: %1').replace("%1", item)
            )
        overrides[column.strip()] = target.strip()
    opened = _unlock(vault)
    try:
        plan = plan_import(Path(args.file), opened.repository, overrides, args.encoding, args.sheet)
        _out(Cli.tr("Columns:"))
        for column, target in plan.mapping.items():
            _out(f"  {column} → {target}")
        if plan.ignored_columns:
            _out(Cli.tr("Ignored columns: %1").replace("%1", ", ".join(plan.ignored_columns)))
        for problem in plan.problems + plan.duplicates:
            _err(describe_problem(problem))
        blocked = bool(plan.problems or (plan.duplicates and not args.skip_duplicates))
        if args.dry_run:
            ready = plan.importable
            _out(
                Cli.tr(
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
                    Cli.tr(
                        "As it is, the file would not be imported: fix the rows named above "
                        "(or add --skip-duplicates for duplicates).",
                    )
                )
            return 1 if blocked else 0
        count = apply_import(plan, opened.repository, args.skip_duplicates)
        log.info("import done rows=%d", count)
        _out(Cli.tr("%n client(s) imported.", None, count))
        if plan.duplicates:
            _out(Cli.tr("%n duplicate(s) skipped.", None, len(plan.duplicates)))
        return 0
    except ImportRejected as exc:
        _err(describe_error(exc))
        if plan.duplicates and not plan.problems:
            _err(
                Cli.tr(
                    "To import the other rows and skip the duplicates, add --skip-duplicates.",
                )
            )
        return 1
    finally:
        opened.close()


def cmd_doctor(args: argparse.Namespace, vault) -> int:  # type: ignore[no-untyped-def]
    from outreach_desktop.core.diagnostics import run_doctor

    passphrase = None if args.no_unlock else read_passphrase(Cli.tr("Passphrase: "))
    checks = run_doctor(vault, passphrase)
    names = {
        "cipher": Cli.tr("Encryption library (SQLCipher)"),
        "key_file": Cli.tr("Key file"),
        "keyring_backend": Cli.tr("System keyring"),
        "device_secret": Cli.tr("Device secret in the keyring"),
        "permissions": Cli.tr("File permissions"),
        "unlock": Cli.tr("Unlock"),
        "cipher_integrity": Cli.tr("Encrypted pages (cipher_integrity_check)"),
        "sqlite_integrity": Cli.tr("Database structure"),
        "schema": Cli.tr("Schema version"),
    }
    for check in checks:
        mark = Cli.tr("OK") if check.ok else Cli.tr("PROBLEM")
        line = f"[{mark}] {names.get(check.name, check.name)}"
        if check.ok and check.facts:
            line += " — " + ", ".join(str(v) for v in check.facts.values())
        _out(line)
        if not check.ok:
            if check.error is not None:
                detail = describe_error(check.error)
            elif check.problem == "too_open":
                detail = Cli.tr(
                    "Readable by other users: %1. Run: chmod 700 on the folder and "
                    "chmod 600 on its files.",
                ).replace("%1", check.facts["files"])
            elif check.problem == "changed":
                detail = (
                    Cli.tr(
                        "The keyring in use (%1) is not the one the vault was set up with (%2).",
                    )
                    .replace("%1", check.facts["backend"])
                    .replace("%2", check.facts["expected"])
                )
            elif check.problem in ("pages", "structure"):
                detail = Cli.tr(
                    "The database file is damaged: %1. Restore it from the server or a backup.",
                ).replace("%1", str(check.facts.get("detail", "")))
            elif check.problem == "no_cipher":
                detail = Cli.tr("The SQLite library has no encryption. Reinstall the app.")
            else:
                detail = Cli.tr("The schema is not the current one.")
            _out("    " + detail)
    failed = [c for c in checks if not c.ok]
    _out(
        Cli.tr("%n problem(s) found.", None, len(failed))
        if failed
        else Cli.tr("No problems found.")
    )
    return 1 if failed else 0


def cmd_passwd(args: argparse.Namespace, vault) -> int:  # type: ignore[no-untyped-def]
    old = read_passphrase(Cli.tr("Current passphrase: "))
    new = read_new_passphrase(NEW_PASSPHRASE_ENV)
    vault.change_passphrase(old, new)
    _out(
        Cli.tr(
            "Passphrase changed. The data key itself is unchanged; use 'outreach rekey' to "
            "replace it too.",
        )
    )
    return 0


def cmd_rekey(args: argparse.Namespace, vault) -> int:  # type: ignore[no-untyped-def]
    vault.rekey(read_passphrase(Cli.tr("Passphrase: ")))
    _out(Cli.tr("The database was re-encrypted with a new data key."))
    return 0


def cmd_seed_demo(args: argparse.Namespace, vault) -> int:  # type: ignore[no-untyped-def]
    """Fill the vault with invented clients for trying the app, training or benchmarks.

    Refuses a vault that already has clients (demo names mixed into a real caseload
    could not be told apart) unless --force. Whole batches are committed as it goes, so
    Ctrl+C keeps the batches written so far and says how many.
    """
    from outreach_desktop.core.demo_data import seed_demo
    from outreach_desktop.core.diagnostics import status

    opened = _unlock(vault)
    written = [0]

    def progress(done: int, total: int) -> None:
        written[0] = done
        _err(Cli.tr("Demo data: %1 of %2 clients written").replace("%1", str(done))
             .replace("%2", str(total)))

    try:
        existing = status(opened)["clients"]
        if existing and not args.force:
            raise CliError(Cli.tr(
                "The vault already holds %n client(s). Demo data is meant for an empty vault; "
                "add --force to add it anyway.", None, existing))
        summary = seed_demo(opened.repository, args.clients, args.seed, progress)
    except KeyboardInterrupt:
        _err(Cli.tr("Cancelled. %n demo client(s) were written (whole batches); the rest was "
                    "not.", None, written[0]))
        return 1
    finally:
        opened.close()
    log.info("seed-demo done clients=%d rows=%d", summary.clients, summary.rows)
    _out(Cli.tr("Demo data written (seed %1):").replace("%1", str(args.seed)))
    for label, count in ((Cli.tr("Clients"), summary.clients), (Cli.tr("Cases"), summary.cases),
                         (Cli.tr("Contacts"), summary.contacts), (Cli.tr("Goals"), summary.goals),
                         (Cli.tr("Goal steps"), summary.goal_steps),
                         (Cli.tr("Referrals"), summary.referrals)):
        _out(f"  {label}: {count}")
    return 0


def _client_count(text: str) -> int:
    """``--clients``: a whole number from 1 (argparse turns the error into exit code 2)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(Cli.tr("a whole number of at least 1, got: %1")
                                         .replace("%1", text))
    return value


# --- wiring ---------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="outreach",
        description=Cli.tr(
            "Outreach Desktop, headless: set up, import, check. The passphrase is asked for, or "
            "read from OUTREACH_PASSPHRASE (for scripts; see the README for the risk).",
        ),
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=Cli.tr("data folder (default: %1)").replace("%1", str(default_data_dir())),
    )
    parser.add_argument(
        "--lang", choices=sorted(LANGUAGES), help=Cli.tr("language of the messages")
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("init", help=Cli.tr("create a new vault"))
    p = sub.add_parser("import", help=Cli.tr("import a CSV or XLSX client list"))
    p.add_argument("file", help=Cli.tr("the .csv or .xlsx file"))
    p.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=FIELD",
        help=Cli.tr("map a column to a field (or 'ignore'); may be repeated"),
    )
    p.add_argument("--dry-run", action="store_true", help=Cli.tr("show what would be imported"))
    p.add_argument("--encoding", help=Cli.tr("text encoding of a CSV file (default: UTF-8)"))
    p.add_argument("--sheet", help=Cli.tr("worksheet of an XLSX file (default: the first)"))
    p.add_argument(
        "--skip-duplicates",
        action="store_true",
        help=Cli.tr("import the other rows when some are already in the vault"),
    )
    p = sub.add_parser("status", help=Cli.tr("counts, outbox size, cipher version"))
    p.add_argument("--json", action="store_true", help=Cli.tr("machine-readable output"))
    p = sub.add_parser("enroll", help=Cli.tr("connect this device to the sync server"))
    p.add_argument("--server", required=True, metavar="URL",
                   help=Cli.tr("the server's address (https://…)"))
    p.add_argument("--code", required=True, help=Cli.tr("the one-time enrolment code"))
    p.add_argument("--ca-file", type=Path, metavar="FILE",
                   help=Cli.tr("trust only this CA bundle (PEM) for the server's certificate"))
    p.add_argument("--device-name", help=Cli.tr("a name for this device (default: the "
                                                  "computer's name)"))
    p = sub.add_parser("sync", help=Cli.tr("send waiting changes and receive new ones"))
    p.add_argument("--verbose", action="store_true", help=Cli.tr("show progress"))
    p = sub.add_parser("doctor", help=Cli.tr("check the installation and the vault"))
    p.add_argument(
        "--no-unlock",
        action="store_true",
        help=Cli.tr("skip the checks that need the passphrase"),
    )
    sub.add_parser("passwd", help=Cli.tr("change the passphrase"))
    sub.add_parser("rekey", help=Cli.tr("re-encrypt the database with a new data key"))
    p = sub.add_parser("seed-demo", help=Cli.tr("fill the vault with invented demo clients"))
    p.add_argument("--clients", type=_client_count, required=True, metavar="N",
                   help=Cli.tr("how many demo clients (with cases, contacts, goals, referrals)"))
    p.add_argument("--seed", type=int, default=1, metavar="S",
                   help=Cli.tr("the same seed gives the same data (default: 1)"))
    p.add_argument("--force", action="store_true",
                   help=Cli.tr("add demo data even if the vault already has clients"))
    p = sub.add_parser("forms", help=Cli.tr("check form definitions"))
    forms = p.add_subparsers(dest="forms_command", required=True)
    p = forms.add_parser("check", help=Cli.tr("check a form definition file and name every "
                                               "problem"))
    p.add_argument("files", nargs="+", type=Path, metavar="FILE",
                   help=Cli.tr("a form definition (.json)"))
    return parser


def cmd_forms(args: argparse.Namespace, vault) -> int:  # type: ignore[no-untyped-def]
    """``forms check FILE…``: needs no vault and no passphrase."""
    from outreach_desktop.core.forms.definition import FormDefinitionError, load_form
    from outreach_desktop.messages import describe_form_problem

    failed = 0
    for path in args.files:
        try:
            form = load_form(path)
        except FormDefinitionError as exc:
            failed += 1
            _err(Cli.tr("%1: refused, %n problem(s):", None, len(exc.problems))
                 .replace("%1", str(path)))
            for problem in exc.problems:
                _err("  " + describe_form_problem(problem))
            continue
        _out(Cli.tr("%1: form '%2', version %3, %4 questions, languages %5: no problems.")
             .replace("%1", str(path)).replace("%2", form.id).replace("%3", str(form.version))
             .replace("%4", str(sum(1 for f in form.fields if f.answers)))
             .replace("%5", ", ".join(form.languages)))
    return 1 if failed else 0


COMMANDS = {
    "init": cmd_init,
    "import": cmd_import,
    "status": cmd_status,
    "doctor": cmd_doctor,
    "enroll": cmd_enroll,
    "sync": cmd_sync,
    "passwd": cmd_passwd,
    "rekey": cmd_rekey,
    "seed-demo": cmd_seed_demo,
    "forms": cmd_forms,
}


def main(argv: Sequence[str] | None = None) -> int:
    app = QCoreApplication.instance() or QCoreApplication(["outreach"])
    languages = LanguageManager(app)  # keeps the translators alive while main runs
    languages.install(choose_language(requested_language(argv), None, system_ui_languages()))
    args = build_parser().parse_args(argv)
    data_dir = (args.data_dir or default_data_dir()).expanduser()
    try:
        from outreach_desktop.core.vault import Vault

        vault = Vault(data_dir)
        if args.command == "forms":  # reads files only: no vault, no log in its folder
            return cmd_forms(args, vault)
        if args.command == "init" or vault.exists():  # never create a folder by accident
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
        _err(Cli.tr("Cancelled. Nothing was changed."))
        return 1
    except OSError as exc:
        _err(describe_error(exc))
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
