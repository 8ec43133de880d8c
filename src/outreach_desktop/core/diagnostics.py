"""Facts for ``outreach status`` and the checks of ``outreach doctor`` (no personal data)."""

from __future__ import annotations

import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import func, select, text

from outreach_desktop.core.errors import OutreachError
from outreach_desktop.core.storage.migrate import head_revision
from outreach_desktop.core.storage.models import Case, Client, Contact
from outreach_desktop.core.vault.kdf import check_floor
from outreach_desktop.core.vault.vault import OpenVault, Vault


def status(opened: OpenVault) -> dict[str, Any]:
    with opened.repository.read() as session:
        def count(model: Any) -> int:
            return int(session.scalar(select(func.count()).select_from(model)
                                      .where(model.deleted_at.is_(None))) or 0)

        facts = {
            "data_dir": str(opened.paths.root),
            "vault_id": opened.header.vault_id,
            "clients": count(Client),
            "cases": count(Case),
            "contacts": count(Contact),
            "outbox": int(session.scalar(text("SELECT count(*) FROM outbox")) or 0),
            "cipher_version": session.scalar(text("PRAGMA cipher_version")),
            "schema_revision": opened.schema_revision,
        }
    return facts


@dataclass
class Check:
    """One doctor check. ``problem`` is a code; ``facts`` fill its message."""

    name: str
    ok: bool
    problem: str | None = None
    facts: dict[str, Any] = field(default_factory=dict)
    error: OutreachError | None = None


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def check_cipher() -> Check:
    conn = sqlcipher3.connect(":memory:")
    try:
        version = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    if not version or not version[0]:
        return Check("cipher", False, "no_cipher")
    return Check("cipher", True, facts={"version": version[0]})


def check_permissions(vault: Vault) -> Check:
    loose = []
    root = vault.paths.root
    if root.exists() and _mode(root) & 0o077:
        loose.append((str(root), oct(_mode(root))))
    for path in [vault.paths.key_file, *vault.paths.database_files(), vault.paths.settings]:
        if path.exists() and _mode(path) & 0o077:
            loose.append((path.name, oct(_mode(path))))
    if loose:
        return Check("permissions", False, "too_open",
                     {"files": ", ".join(f"{name} ({mode})" for name, mode in loose)})
    return Check("permissions", True)


def run_doctor(vault: Vault, passphrase: str | None) -> list[Check]:
    """Every check that can run; later checks are skipped when an earlier one fails."""
    checks = [check_cipher()]
    try:
        keyfile = vault.read_key_file()
        check_floor(keyfile.header.kdf, vault.kdf_floor)
        checks.append(Check("key_file", True, facts={"version": keyfile.header.version}))
    except OutreachError as exc:
        checks.append(Check("key_file", False, type(exc).__name__, error=exc))
        checks.append(check_permissions(vault))
        return checks
    header = keyfile.header
    try:
        vault.secrets.check_usable()
        backend_ok = vault.secrets.name == header.keyring_backend
        checks.append(Check("keyring_backend", backend_ok, None if backend_ok else "changed",
                            {"backend": vault.secrets.name, "expected": header.keyring_backend}))
        vault.secrets.load(header.vault_id, header.keyring_backend, header.secret_check)
        checks.append(Check("device_secret", True))
    except OutreachError as exc:
        checks.append(Check("device_secret", False, type(exc).__name__, error=exc))
    checks.append(check_permissions(vault))
    if passphrase is None or not all(c.ok for c in checks):
        return checks
    try:
        opened = vault.unlock(passphrase)
    except OutreachError as exc:
        checks.append(Check("unlock", False, type(exc).__name__, error=exc))
        return checks
    try:
        with opened.engine.connect() as conn:  # type: ignore[union-attr]
            problems = [r[0] for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
            quick = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check")]
        if problems:
            checks.append(Check("cipher_integrity", False, "pages",
                                {"detail": "; ".join(problems[:5])}))
        else:
            checks.append(Check("cipher_integrity", True))
        ok = quick == ["ok"]
        checks.append(Check("sqlite_integrity", ok, None if ok else "structure",
                            {"detail": "; ".join(quick[:5])}))
        checks.append(Check("schema", opened.schema_revision == head_revision(),
                            facts={"revision": opened.schema_revision}))
    except OutreachError as exc:
        checks.append(Check("cipher_integrity", False, type(exc).__name__, error=exc))
    except Exception as exc:  # a damaged page can surface as any driver error here
        checks.append(Check("cipher_integrity", False, "pages", {"detail": type(exc).__name__}))
    finally:
        opened.close()
    return checks
