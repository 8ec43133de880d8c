"""Unlock with the default KDF; vault open + migrations after the KDF.

    python bench/bench_vault.py        (under tools/with-keyring for the real keyring)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from common import PASSPHRASE, report, secrets_store, timed

from outreach_desktop.core.vault import DEFAULT_KDF, Vault


def main() -> None:
    store, kind = secrets_store()
    print(f"keyring: {kind}; KDF: Argon2id m={DEFAULT_KDF.memory_kib // 1024} MiB "
          f"t={DEFAULT_KDF.iterations} p={DEFAULT_KDF.lanes}")
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault(Path(tmp) / "data", store)
        vault.create(PASSPHRASE).close()
        report("unlock (KDF + keyring + open + migrations)",
               timed(lambda: vault.unlock(PASSPHRASE).close(), 7), target=1.5)
        keyfile = vault.read_key_file()
        dek = vault._unwrap(keyfile, PASSPHRASE)
        report("vault open + migrations after the KDF (modules loaded)",
               timed(lambda: vault._open(keyfile.header, dek).close(), 10), target=0.3)
        script = ("import time; t=time.perf_counter(); "
                  "import outreach_desktop.core.vault.vault, outreach_desktop.core.storage.migrate;"
                  " print(time.perf_counter()-t)")
        cold = [float(subprocess.run([sys.executable, "-c", script], capture_output=True,
                                     text=True, check=True).stdout) for _ in range(5)]
        report("import of the storage modules in a fresh process (done while the unlock "
               "screen waits)", cold)
        vault.wipe()


if __name__ == "__main__":
    main()
