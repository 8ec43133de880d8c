"""Process start to the lock (unlock) screen shown, and to the first-start setup dialog.

    QT_QPA_PLATFORM=offscreen python bench/bench_startup.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from common import PASSPHRASE, report, secrets_store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "gui"))

from startup_probe import start_app

from outreach_desktop.core.vault import KDF_FLOOR, Vault


def main() -> None:
    store, _kind = secrets_store()
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty"
        start_app(empty)  # warm the OS file cache once, as a second start would be
        firsts = [start_app(empty) for _ in range(5)]
        assert all(r["shown"] == ["SetupDialog"] for r in firsts)
        report("process start to setup dialog shown", [r["seconds"] for r in firsts], 1.0)
        vault = Vault(Path(tmp) / "vault", store)
        vault.create(PASSPHRASE, kdf=KDF_FLOOR).close()
        runs = [start_app(vault.paths.root) for _ in range(7)]
        assert all(r["shown"] == ["UnlockWindow"] and not r["heavy"] for r in runs)
        report("process start to lock screen shown", [r["seconds"] for r in runs], 1.0)
        vault.wipe()


if __name__ == "__main__":
    main()
