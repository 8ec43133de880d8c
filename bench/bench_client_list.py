"""The client list at 100,000 clients: first rows after unlock, search-as-you-type, how
long the GUI event loop is blocked while searching and scrolling, and memory.

    QT_QPA_PLATFORM=offscreen python bench/bench_client_list.py [--clients 100000]

Runs the real app (controller, worker, main window) on a temporary vault with an
in-memory keyring. The clients are written through ``UnitOfWork.add_many`` (so they
carry outbox, history and name-index entries like any other row), with a case for most
and a few contacts each, so the phase, last-contact and follow-up columns have work to
do. Names come from the demo data's communities (Latin, Arabic, Cyrillic scripts).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from common import PASSPHRASE, secrets_store

TARGETS = {"first_rows_ms": 300, "search_p95_ms": 30, "ratio": 3, "block_ms": 100, "rss_mb": 400}
#: What a caseworker types, one keystroke at a time (each prefix is one query).
TYPED = ["özdemir", "mohammed", "kovalenko", "aydin", "الحسن", "олена", "ay öz", "rahimi"]
BATCH = 10_000
SLOWEST: list[tuple[float, str, int]] = []  # (ms, typed, matches) per keystroke query


# --- data ------------------------------------------------------------------------------------
def _names() -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]]:
    """(name, aliases) for given and family names, from the demo communities if present."""
    try:
        from outreach_desktop.core.demo_data import COMMUNITIES
    except ImportError:
        given = [(n, []) for n in ("Ayşe", "Mohammed", "Olena", "Reza", "Fatima", "Emre")]
        family = [(n, []) for n in ("Özdemir", "الحسن", "Kovalenko", "Rahimi", "Aydın")]
        return given, family

    def pick(names) -> list[tuple[str, list[str]]]:
        out = []
        for native, latin, *others in names:
            out.append((native or latin, [latin, *others] if native else list(others)))
        return out

    given, family = [], []
    for community in COMMUNITIES.values():
        given += pick(community.female) + pick(community.male)
        family += pick(community.family)
    return given, family


def seed(repository, clients: int, rng: random.Random) -> None:
    from outreach_desktop.core.storage.models import CASE_PHASES, Case, Client, Contact

    given, family = _names()
    districts = ["innenstadt", "rodenkirchen", "lindenthal", "ehrenfeld", "nippes",
                 "chorweiler", "porz", "kalk", "muelheim"]
    today = date.today()
    for start in range(0, clients, BATCH):
        client_rows, case_rows, contact_rows = [], [], []
        for n in range(start, min(start + BATCH, clients)):
            (g, g_aliases), (f, f_aliases) = rng.choice(given), rng.choice(family)
            client_id = f"{n:08d}-0000-4000-8000-{rng.getrandbits(48):012x}"
            client_rows.append({
                "id": client_id, "client_code": f"K-{n:06d}", "given_name": g,
                "family_name": f, "aliases": g_aliases[:1] + f_aliases[:1],
                "date_of_birth": date(1998 + n % 9, 1 + n % 12, 1 + n % 28),
                "district": districts[n % len(districts)], "languages": ["de"]})
            if rng.random() < 0.9:
                case_rows.append({"client_id": client_id, "phase": rng.choice(CASE_PHASES),
                                  "opened_on": today - timedelta(days=rng.randint(30, 700))})
            for _ in range(rng.randint(0, 4)):
                occurred = today - timedelta(days=rng.randint(0, 700))
                follow = occurred + timedelta(days=14) if rng.random() < 0.3 else None
                contact_rows.append({"client_id": client_id, "occurred_on": occurred,
                                     "kind": "outreach", "topics": ["housing"],
                                     "follow_up_on": follow})
        with repository.write() as uow:
            uow.add_many(Client, client_rows)
            uow.add_many(Case, case_rows)
            uow.add_many(Contact, contact_rows)
        print(f"  seeded {min(start + BATCH, clients):,} clients", flush=True)


def keep_keyring(store, data_dir: Path) -> None:
    """For --keep: the bench vault's device secret beside it (a throwaway bench vault)."""
    entries = getattr(store.backend, "store", None)
    if entries is not None:
        (data_dir / "bench_keyring.json").write_text(json.dumps([[*k, v] for k, v in
                                                                  entries.items()]))


def reuse_keyring(store, data_dir: Path) -> None:
    saved = data_dir / "bench_keyring.json"
    if saved.exists() and hasattr(store.backend, "store"):
        for service, user, secret in json.loads(saved.read_text()):
            store.backend.store[(service, user)] = secret


# --- measuring -------------------------------------------------------------------------------
class GapMeter:
    """A 10 ms QTimer; the longest time between two ticks is the longest block of the
    GUI event loop (minus nothing: a free loop shows about 10 ms)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest * 1000


def run_events(condition, timeout_s: float = 60.0) -> None:
    """Run the Qt event loop until ``condition()`` holds (checked every millisecond).

    A real event loop, not a processEvents() spin: a spinning GUI thread keeps taking
    the GIL from the worker and makes every worker job look slower than it is.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return
    deadline = time.perf_counter() + timeout_s
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(1)
    timed_out = []

    def check() -> None:
        if condition():
            loop.quit()
        elif time.perf_counter() > deadline:
            timed_out.append(True)
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if timed_out:
        raise TimeoutError("the app did not get there in time")


def wait(seconds: float) -> None:
    end = time.perf_counter() + seconds
    run_events(lambda: time.perf_counter() >= end)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def verdict(value: float, target: float) -> str:
    return f"(target ≤ {target}) {'OK' if value <= target else 'OVER TARGET'}"


# --- the runs --------------------------------------------------------------------------------
def first_rows_after_unlock(controller) -> tuple[float, object]:
    """Press Unlock; time from the vault being open to the first rows painted."""
    from outreach_desktop.gui.controller import AppState

    unlock = controller.unlock_window
    wait(1.0)  # a person takes longer than this to type the passphrase
    run_events(lambda: unlock.passphrase_field.isEnabled() and not controller.worker.is_busy)
    opened_at: list[float] = []
    unlock.unlocked.connect(lambda _vault: opened_at.append(time.perf_counter()))
    unlock.passphrase_field.line_edit.setText(PASSPHRASE)
    unlock.unlock_button.click()
    run_events(lambda: controller.state is AppState.UNLOCKED, timeout_s=300)
    client_list = controller.main_window.client_list
    run_events(lambda: bool(client_list.model._cache))
    client_list.table_view.viewport().repaint()
    return (time.perf_counter() - opened_at[0]) * 1000, client_list


def searched_prefixes() -> list[str]:
    """Each prefix of each typed word that starts a query: the app searches from a word
    of two letters on (``is_searchable``); a single letter leaves the list as it is."""
    from outreach_desktop.core.client_search import is_searchable

    return [word[:end] for word in TYPED for end in range(1, len(word) + 1)
            if is_searchable(word[:end])]


def keystroke_queries(client_list) -> list[float]:
    """Each searched prefix: from the search starting to its rows on screen."""
    model = client_list.model
    times = []
    for typed in searched_prefixes():
        client_list.search_field.setText(typed)
        started = time.perf_counter()
        client_list.run_search()  # what the debounce timer does when it fires
        generation = model._generation
        run_events(lambda g=generation: model._generation == g and not model._search_running
                   and model._loading is None and not model._wanted)
        client_list.table_view.viewport().repaint()
        times.append((time.perf_counter() - started) * 1000)
        SLOWEST.append((times[-1], typed, model.rowCount()))
    client_list.search_field.clear()
    client_list.run_search()
    run_events(lambda: not model._search_running and model._loading is None)
    return times


def core_queries(repository) -> tuple[list[float], list[float]]:
    """search_ids and a bare FTS5 MATCH for the same prefixes, on the same file."""
    from sqlalchemy import text

    from outreach_desktop.core.client_search import ClientFilter, fts_query, search_ids

    searched, bare = [], []
    with repository.read() as session:
        for typed in searched_prefixes():
            started = time.perf_counter()
            search_ids(session, ClientFilter(text=typed))
            searched.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            session.execute(text("SELECT rowid FROM client_search WHERE client_search "
                                 "MATCH :q"), {"q": fts_query(typed)}).all()
            bare.append((time.perf_counter() - started) * 1000)
    return searched, bare


def typing_block(client_list) -> float:
    """Type the words at a brisk pace through the real field (debounce included)."""
    meter = GapMeter()
    meter.start()
    for word in TYPED[:4]:
        for ch in word:
            client_list.search_field.insert(ch)
            wait(0.12)
        wait(0.4)
        client_list.search_field.clear()
    wait(0.5)
    return meter.stop()


def scrolling_block(client_list) -> float:
    """Drag the scroll bar from top to bottom in 400 steps, 16 ms apart."""
    bar = client_list.table_view.verticalScrollBar()
    meter = GapMeter()
    meter.start()
    steps = 400
    for step in range(steps + 1):
        bar.setValue(bar.maximum() * step // steps)
        wait(0.016)
    model = client_list.model
    run_events(lambda: model._loading is None and not model._wanted)
    return meter.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, default=None,
                        help="seed into this folder once and reuse it (in-memory keyring only)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from outreach_desktop.core.settings import Key, Settings
    from outreach_desktop.core.vault import KDF_FLOOR, Vault
    from outreach_desktop.gui.controller import AppController
    from outreach_desktop.gui.vault_tasks import settings_path
    from outreach_desktop.i18n import LanguageManager

    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    languages = LanguageManager(app)
    languages.install("de")
    store, kind = secrets_store()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.keep or Path(tmp) / "data"
        vault = Vault(data_dir, store)
        if not vault.exists():
            opened = vault.create(PASSPHRASE, kdf=KDF_FLOOR)
            started = time.perf_counter()
            seed(opened.repository, args.clients, random.Random(1))
            print(f"seeded {args.clients:,} clients in {time.perf_counter() - started:.1f} s "
                  f"({kind})")
            opened.close()
            if args.keep:
                keep_keyring(store, data_dir)
        else:
            reuse_keyring(store, data_dir)
        Settings(settings_path(data_dir)).set(Key.WORKSPACE_PAGE, "clients")

        controller = AppController(data_dir, secrets=store, kdf=KDF_FLOOR, languages=languages)
        controller.start()
        try:
            first_ms, client_list = first_rows_after_unlock(controller)
            client_list.window().resize(1400, 900)
            wait(0.3)
            rss_open = rss_mb()
            gui = keystroke_queries(client_list)
            searched, bare = core_queries(controller.open_vault.repository)
            typing_ms = typing_block(client_list)
            scrolling_ms = scrolling_block(client_list)
            rss_after = rss_mb()
        finally:
            controller.quit()
        if not args.keep:
            vault.wipe()

    ratio = p95(searched) / max(p95(bare), 0.001)
    typed_keys = sum(len(w) for w in TYPED)
    print(f"(a) first rows of the list after unlock: {first_ms:.0f} ms "
          f"{verdict(first_ms, TARGETS['first_rows_ms'])}")
    print(f"(b) search as you type: {len(searched)} of {typed_keys} keystrokes start a query "
          f"(the others leave a single letter, which does not search)")
    query_p95 = p95(searched)
    print(f"    query per keystroke (search_ids): p95 {query_p95:.1f} ms, median "
          f"{statistics.median(searched):.1f} ms {verdict(query_p95, TARGETS['search_p95_ms'])}")
    print(f"    bare FTS5 MATCH on the same file: p95 {p95(bare):.1f} ms; ratio {ratio:.1f} "
          f"{verdict(ratio, TARGETS['ratio'])}")
    print(f"    whole GUI round trip (query, first rows, repaint): p95 {p95(gui):.1f} ms, "
          f"median {statistics.median(gui):.1f} ms, max {max(gui):.1f} ms "
          f"{verdict(p95(gui), TARGETS['search_p95_ms'])}")
    print("    slowest keystroke queries: " + ", ".join(
        f"{typed!r} {ms:.0f} ms ({n:,} matches)" for ms, typed, n in sorted(SLOWEST)[-5:]))
    print(f"(c) longest event-loop block: typing {typing_ms:.0f} ms "
          f"{verdict(typing_ms, TARGETS['block_ms'])}; scrolling top to bottom "
          f"{scrolling_ms:.0f} ms {verdict(scrolling_ms, TARGETS['block_ms'])}")
    print(f"(d) resident memory with the list open: {rss_open:.0f} MB, after scrolling "
          f"{rss_after:.0f} MB {verdict(rss_after, TARGETS['rss_mb'])}")


if __name__ == "__main__":
    main()
