"""Demo data: ``outreach seed-demo --clients 100000`` into an encrypted vault (target ≤ 90 s
on the 2-core reference machine). Times the seed itself, as the CLI runs it after unlock.

    python bench/bench_seed.py [clients] [--profile]

``--profile`` prints the 25 most expensive functions (cProfile, by own time).
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

from common import PASSPHRASE, secrets_store

from outreach_desktop.core.demo_data import seed_demo
from outreach_desktop.core.vault import KDF_FLOOR, Vault

TARGET_S = 90.0


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    clients = int(args[0]) if args else 100_000
    profile = "--profile" in sys.argv
    store, kind = secrets_store()
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault(Path(tmp) / "vault", store)
        opened = vault.create(PASSPHRASE, kdf=KDF_FLOOR)
        profiler = cProfile.Profile() if profile else None
        last = [time.perf_counter()]

        def progress(done: int, total: int) -> None:
            now = time.perf_counter()
            print(f"  {done:,}/{total:,} clients, batch {now - last[0]:.2f} s", file=sys.stderr)
            last[0] = now

        start = time.perf_counter()
        if profiler:
            profiler.enable()
        summary = seed_demo(opened.repository, clients, seed=1, progress=progress)
        if profiler:
            profiler.disable()
        elapsed = time.perf_counter() - start
        size_mb = vault.paths.database.stat().st_size / 1e6
        opened.close()
        vault.wipe()
    verdict = ("  OK" if elapsed <= TARGET_S else "  OVER TARGET") if clients == 100_000 else ""
    print(f"keyring: {kind}")
    print(f"seed-demo --clients {clients:,}: {elapsed:.1f} s (target ≤ {TARGET_S:.0f} s for "
          f"100,000){verdict}")
    print(f"  rows: {summary.rows:,} ({summary.rows / elapsed:,.0f} rows/s; plus as many outbox "
          f"and history entries) — clients {summary.clients:,}, cases {summary.cases:,}, "
          f"contacts {summary.contacts:,}, goals {summary.goals:,}, steps "
          f"{summary.goal_steps:,}, referrals {summary.referrals:,}")
    print(f"  database file: {size_mb:,.0f} MB")
    if profiler:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
