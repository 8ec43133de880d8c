"""Import of a 10,000-row CSV into the vault, and the SQLCipher overhead against the same
code on plain SQLite (same pragmas, same repository, same migrations).

    python bench/bench_import.py [rows]
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from common import PASSPHRASE, client_csv, secrets_store
from sqlalchemy import create_engine, event
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool

from outreach_desktop.core.catalogues import ensure_defaults
from outreach_desktop.core.client_import import apply_import, plan_import
from outreach_desktop.core.repository import Repository
from outreach_desktop.core.storage import engine as storage_engine
from outreach_desktop.core.storage.migrate import migrate
from outreach_desktop.core.vault import KDF_FLOOR, Vault


def plain_repository(path: Path) -> Repository:
    def connect():
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        for pragma in storage_engine._PRAGMAS:
            conn.execute(pragma).fetchall()
        return conn

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    migrate(engine)
    repository = Repository(sessionmaker(bind=engine, expire_on_commit=False))
    ensure_defaults(repository)
    return repository


def run_import(csv: Path, repository: Repository) -> float:
    start = time.perf_counter()
    plan = plan_import(csv, repository)
    count = apply_import(plan, repository)
    elapsed = time.perf_counter() - start
    assert count == len(plan.drafts) and not plan.problems
    return elapsed


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    store, kind = secrets_store()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        csv = client_csv(tmp_path / "clients.csv", rows)
        cipher_times, plain_times = [], []
        for i in range(3):
            vault = Vault(tmp_path / f"vault{i}", store)
            opened = vault.create(PASSPHRASE, kdf=KDF_FLOOR)
            cipher_times.append(run_import(csv, opened.repository))
            opened.close()
            vault.wipe()
            plain_times.append(run_import(csv, plain_repository(tmp_path / f"plain{i}.db")))
        cipher, plain = sorted(cipher_times)[1], sorted(plain_times)[1]
        print(f"keyring: {kind}")
        print(f"import of {rows:,} rows into the encrypted vault: median {cipher:.2f} s "
              f"(target ≤ 10 s){'  OK' if cipher <= 10 else '  OVER TARGET'}")
        print(f"same import on plain SQLite: median {plain:.2f} s")
        print(f"SQLCipher overhead ratio: {cipher / plain:.2f} (target ≤ 1.3)")


if __name__ == "__main__":
    main()
