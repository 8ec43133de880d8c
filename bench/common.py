"""Helpers shared by the benchmarks (not tests: they print figures)."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from memory_keyring import MemoryKeyring

PASSPHRASE = "Kalk Ehrenfeld Nippes 2026!"


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def report(name: str, times: list[float], target: float | None = None) -> None:
    median = statistics.median(times)
    verdict = "" if target is None else ("  OK" if median <= target else "  OVER TARGET")
    limit = "" if target is None else f" (target ≤ {target:.2f} s)"
    print(f"{name}: median {median:.3f} s, min {min(times):.3f} s, max {max(times):.3f} s, "
          f"n={len(times)}{limit}{verdict}")


def secrets_store():
    """The real Secret Service when present (tools/with-keyring), else an in-memory one."""
    import keyring.core

    from outreach_desktop.core.vault.device_secret import DeviceSecretStore

    try:
        store = DeviceSecretStore(
            keyring.core.load_keyring("keyring.backends.SecretService.Keyring"))
        store.check_usable()
        store.backend.get_password("outreach-desktop-bench", "probe")
        return store, "Secret Service"
    except Exception:
        return DeviceSecretStore(MemoryKeyring()), "in-memory keyring"


def client_csv(path: Path, rows: int) -> Path:
    districts = ["Kalk", "Porz", "Mülheim", "Ehrenfeld", "Nippes", "Chorweiler"]
    given = ["Ayşe", "Mohammed", "Olena", "Reza", "Fatima", "Dmytro", "Amina", "Jovan"]
    family = ["Öztürk", "الحسن", "Kovalenko", "Rahimi", "Diallo", "Petrović", "Yılmaz"]
    lines = ["Vorname;Nachname;Geburtsdatum;Stadtbezirk;Sprachen;Aufenthaltsstatus;Telefon"]
    for i in range(rows):
        lines.append(f"{given[i % 8]}{i};{family[i % 7]};{1 + i % 28:02d}.{1 + i % 12:02d}."
                     f"{1996 + i % 10};{districts[i % 6]};Türkisch, Deutsch;Duldung;0176 {i}")
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path
