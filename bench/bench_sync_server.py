"""The sync server under load: many devices syncing at once, a large first download, a
push of 1,000 mutations; on PostgreSQL over loopback and on the default SQLite file.

    python bench/bench_sync_server.py [--devices 200] [--clients 10000]
                                      [--backend postgresql|sqlite|both]

Runs the real server (``outreach-server serve`` in a subprocess: PostgreSQL with
``--workers 2``, SQLite with one worker) on a loopback port and talks to it over HTTP
with httpx. Seeding: one organisation, ten teams, ``--devices`` caseworkers with one
enrolled device each (organisation, teams, users and enrolment written directly through
``services.admin`` and ``services.enrolment``), each device pushing its own small
caseload through the API; one more caseworker pushes ``--clients`` clients, each with a
case and two contacts, in pushes of 1,000 insert mutations (each push is timed: the
"push of 1,000 mutations" figure).

(a) Incremental sync: every device syncs at the same instant (hello, a push of 0-5
    updates with the right base revisions, pull from its cursor until ``has_more`` is
    false, check), for a few rounds; the latency of one whole sync per device. After
    each sync the device compares the server's count/checksum with its own copy: a
    mismatch counts as an error, as does any answer other than 200 or "applied".
    The same devices then sync at a steady rate (each starting one sync at a random
    moment of a window, ``--window``), closer to an office's day than all at one instant.
    CPU used per sync by the server's processes, by PostgreSQL and by this load
    generator is read from /proc: what one core serves does not depend on how busy the
    machine was (the burst's latency does: all three share the machine's cores).
(b) First pull of the big caseload: the full download (pull without a cursor, then
    pages until ``has_more`` is false), at the default page size and with limit=2000.
(c) Push of 1,000 insert mutations (clients, cases, contacts).

The load generator runs in this process on the same machine as the server and the
database; its CPU time is printed so the share it takes is visible, and so is the load
average before each part (other work on the machine slows every figure).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import common  # noqa: F401  (puts tests/ on sys.path)
import httpx
from sqlalchemy.engine import make_url

from outreach_desktop.core.storage.models import CASE_PHASES
from outreach_desktop.core.sync.protocol import PROTOCOL_VERSION
from outreach_desktop.core.sync.tables import scope_checksum
from outreach_server.db import Database
from outreach_server.migrate import migrate
from outreach_server.services import admin, enrolment
from outreach_server.services.audit import Actor
from outreach_server.settings import Settings, sqlite_url
from server.sync_helpers import case_fields, client_fields, contact_fields, insert, update

TARGETS = {"sync_p95_ms": 300.0, "first_pull_s": 10.0, "push_1000_s": 2.0}
PG_WORKERS = 2
TEAMS = 10
CLIENTS_PER_DEVICE = 10  # each with a case and two contacts: 40 rows per device
PUSH_BATCH = 1000
DISTRICTS = ["Kalk", "Porz", "Mülheim", "Ehrenfeld", "Nippes", "Chorweiler", "Lindenthal"]


def verdict(value: float, target: float) -> str:
    return "OK" if value <= target else "OVER TARGET"


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))]


# --- the database and the server ------------------------------------------------------------
@contextmanager
def postgres_database() -> Iterator[str]:
    from server.postgres_cluster import running_cluster

    with running_cluster() as cluster:
        with cluster.admin_connection() as conn:
            conn.execute("CREATE DATABASE outreach_bench")
        yield cluster.url("outreach_bench")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(database: list[str], workers: int, log: Path) -> Iterator[tuple[str, int]]:
    """``outreach-server serve`` in a subprocess; yields its base URL and process id once
    it answers."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("OUTREACH_")}
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "outreach_server", "serve", *database, "--port", str(port),
             "--workers", str(workers), "--log-level", "warning"],
            env=env, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"the server exited ({server.returncode}):\n"
                                   + log.read_text()[-3000:])
            try:
                if httpx.get(f"{base}/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not answer within 60 s")
            time.sleep(0.2)
        yield base, server.pid
    finally:
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        problems = [line for line in log.read_text().splitlines()
                    if "Traceback" in line or "ERROR" in line]
        if problems:
            print(f"  server log: {len(problems)} error lines, e.g. {problems[0][:200]}")


# --- devices ----------------------------------------------------------------------------------
@dataclass
class Device:
    name: str
    token: str
    rows: dict[tuple[str, str], int] = field(default_factory=dict)  # (table, id) -> revision
    data: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    cursor: str | None = None

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def apply(self, page: dict[str, Any]) -> None:
        for row in page["rows"]:
            key = (row["table"], row["row_id"])
            if row["op"] == "upsert" and not row["deleted"]:
                self.rows[key] = row["revision"]
                self.data[key] = row["fields"]
            elif row["op"] == "upsert":
                self.rows.pop(key, None)
                self.data.pop(key, None)
            else:  # purge, revoke: the client and all that hangs on it
                for k in [k for k, v in self.data.items()
                          if k == ("client", row["row_id"]) or v.get("client_id") == row["row_id"]]:
                    self.rows.pop(k, None)
                    self.data.pop(k, None)
        self.cursor = page["cursor"]

    def checksum(self) -> dict[str, dict[str, Any]]:
        return scope_checksum((t, i, r) for (t, i), r in self.rows.items())


def seed_people(url: str, devices: int) -> tuple[list[Device], Device]:
    """One organisation, ten teams, ``devices`` caseworkers with a device each, and one
    more caseworker ("big") for the large caseload. Directly on the database."""
    settings = Settings(database_url=url)
    db = Database(url)
    actor = Actor.command_line()
    try:
        with db.write() as session:
            org = admin.create_organisation(session, actor, "Caritas Köln", "CK")
            teams = [admin.create_team(session, actor, org, f"KIM {i + 1}") for i in range(TEAMS)]
            codes = []
            for i in range(devices + 1):
                name = f"cw{i:03d}" if i < devices else "big"
                user = admin.create_user(session, actor, settings, username=name,
                                         role="caseworker", organisation=org,
                                         team=teams[i % TEAMS])
                codes.append((name, admin.issue_enrolment_code(session, actor, settings,
                                                               user)[0]))
        enrolled = [Device(name, enrolment.enrol(db, settings, code, name, None).device_token)
                    for name, code in codes]
    finally:
        db.dispose()
    return enrolled[:-1], enrolled[-1]


def caseload(clients: int, rng: random.Random) -> list[list[dict[str, Any]]]:
    """Insert mutations for ``clients`` clients with a case and two contacts each, in
    pushes of at most 1,000 (a client's rows in the same push, parents first)."""
    per_push = PUSH_BATCH // 4
    pushes = []
    for start in range(0, clients, per_push):
        clients_m, cases_m, contacts_m = [], [], []
        for n in range(start, min(start + per_push, clients)):
            client = insert("client", client_fields(f"Given{n}", rng.choice(
                ["Öztürk", "Haddad", "Kovalenko", "Rahimi", "Diallo", "Petrović"]),
                district=rng.choice(DISTRICTS)))
            client["fields"]["client_code"] = f"K-{client['row_id']}"[:40]
            cid = client["row_id"]
            clients_m.append(client)
            cases_m.append(insert("case_file", case_fields(cid)))
            contacts_m += [insert("contact", contact_fields(cid, note=f"Besuch {k}"))
                           for k in range(2)]
        pushes.append(clients_m + cases_m + contacts_m)
    return pushes


async def push(http: httpx.AsyncClient, device: Device,
               mutations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    answer = await http.post("/v1/sync/push", headers=device.headers,
                             json={"mutations": mutations})
    answer.raise_for_status()
    results: list[dict[str, Any]] = answer.json()["results"]
    bad = [r for r in results if r["status"] != "applied"]
    if bad:
        raise RuntimeError(f"{len(bad)} of {len(results)} mutations not applied: {bad[0]}")
    return results


async def download(http: httpx.AsyncClient, device: Device, limit: int | None = None,
                   ) -> tuple[int, int]:
    """The whole scope from no cursor; returns (rows, pages)."""
    device.cursor, device.rows, device.data = None, {}, {}
    rows = pages = 0
    while True:
        params: dict[str, Any] = {"cursor": device.cursor} if device.cursor else {}
        if limit:
            params["limit"] = limit
        answer = await http.get("/v1/sync/pull", headers=device.headers, params=params)
        answer.raise_for_status()
        page = answer.json()
        device.apply(page)
        rows, pages = rows + len(page["rows"]), pages + 1
        if not page["has_more"]:
            return rows, pages


# --- one incremental sync -------------------------------------------------------------------
@dataclass
class Stats:
    syncs: list[float] = field(default_factory=list)  # seconds per whole sync
    requests: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    examples: list[str] = field(default_factory=list)
    mutations: int = 0
    pulled: int = 0

    def error(self, kind: str, text: str) -> None:
        self.errors[kind] += 1
        if len(self.examples) < 5:
            self.examples.append(f"{kind}: {text[:300]}")


def random_updates(device: Device, rng: random.Random) -> list[dict[str, Any]]:
    keys = [k for k in device.rows if k[0] in ("client", "case_file", "contact")]
    chosen = rng.sample(keys, min(len(keys), rng.randint(0, 5)))
    mutations = []
    for table, row_id in chosen:
        rev = device.rows[(table, row_id)]
        if table == "client":
            mutations.append(update(table, row_id, rev, district=rng.choice(DISTRICTS)))
        elif table == "case_file":
            mutations.append(update(table, row_id, rev, phase=rng.choice(CASE_PHASES[:5])))
        else:
            mutations.append(update(table, row_id, rev, note=f"Notiz {rng.getrandbits(32):x}",
                                    duration_minutes=rng.randint(5, 120)))
    return mutations


async def timed_request(stats: Stats, kind: str, call: Any) -> httpx.Response | None:
    started = time.perf_counter()
    try:
        answer: httpx.Response = await call
    except httpx.HTTPError as exc:
        stats.error(kind, f"{type(exc).__name__}: {exc}")
        return None
    stats.requests[kind].append(time.perf_counter() - started)
    if answer.status_code != 200:
        stats.error(kind, f"HTTP {answer.status_code} {answer.text}")
        return None
    return answer


async def incremental_sync(http: httpx.AsyncClient, device: Device, rng: random.Random,
                           stats: Stats) -> None:
    started = time.perf_counter()
    if await timed_request(stats, "hello", http.post(
            "/v1/hello", headers=device.headers,
            json={"protocol_version": PROTOCOL_VERSION})) is None:
        return
    mutations = random_updates(device, rng)
    if mutations:
        answer = await timed_request(stats, "push", http.post(
            "/v1/sync/push", headers=device.headers, json={"mutations": mutations}))
        if answer is None:
            return
        stats.mutations += len(mutations)
        for m, result in zip(mutations, answer.json()["results"], strict=True):
            if result["status"] != "applied":
                stats.error("push", f"mutation {result['status']}: {result}")
            else:
                device.rows[(m["table"], m["row_id"])] = result["revision"]
    while True:
        answer = await timed_request(stats, "pull", http.get(
            "/v1/sync/pull", headers=device.headers, params={"cursor": device.cursor}))
        if answer is None:
            return
        page = answer.json()
        device.apply(page)
        stats.pulled += len(page["rows"])
        if not page["has_more"]:
            break
    answer = await timed_request(stats, "check", http.get("/v1/sync/check",
                                                          headers=device.headers))
    if answer is None:
        return
    server = {t: v for t, v in answer.json()["tables"].items() if v["count"]}
    if server != device.checksum():
        stats.error("check", f"{device.name}: the server's count/checksum differs from the "
                             "device's copy")
        return
    stats.syncs.append(time.perf_counter() - started)


async def burst(http: httpx.AsyncClient, devices: list[Device], rounds: int,
                rng: random.Random) -> Stats:
    """Every device starts its sync at the same instant; ``rounds`` times."""
    stats = Stats()
    for _ in range(rounds):
        await asyncio.gather(*(incremental_sync(http, d, random.Random(rng.random()), stats)
                               for d in devices))
    return stats


async def steady(http: httpx.AsyncClient, devices: list[Device], window: float,
                 rng: random.Random) -> Stats:
    """Each device starts its sync at a random moment of ``window`` seconds."""
    stats = Stats()

    async def later(device: Device, delay: float, device_rng: random.Random) -> None:
        await asyncio.sleep(delay)
        await incremental_sync(http, device, device_rng, stats)

    await asyncio.gather(*(later(d, rng.uniform(0, window), random.Random(rng.random()))
                           for d in devices))
    return stats


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _processes() -> dict[int, tuple[int, float, str]]:
    """pid -> (parent pid, CPU seconds, command line) of every process; the CPU seconds
    include those of its children that have exited (a PostgreSQL backend whose
    connection the pool closed counts in the postmaster's)."""
    tick = os.sysconf("SC_CLK_TCK")
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        used = sum(int(f) for f in fields[11:15])  # utime, stime, cutime, cstime
        found[int(entry.name)] = (int(fields[1]), used / tick, cmdline)
    return found


@dataclass
class CpuMeter:
    """CPU seconds used by the server (``serve`` and its workers) and by PostgreSQL (the
    postmaster listening on ``pg_port`` and its backends), read from /proc."""

    server_pid: int
    pg_port: int | None

    def _roots(self, procs: dict[int, tuple[int, float, str]]) -> dict[str, int]:
        roots = {"server": self.server_pid}
        if self.pg_port is not None:
            for pid, (_ppid, _cpu, cmd) in procs.items():
                if "/postgres " in f"{cmd} " and f"-p {self.pg_port} " in f"{cmd} ":
                    roots["postgresql"] = pid
        return roots

    def read(self) -> dict[str, float]:
        procs = _processes()
        children: dict[int, list[int]] = defaultdict(list)
        for pid, (ppid, _cpu, _cmd) in procs.items():
            children[ppid].append(pid)
        used = {}
        for name, root in self._roots(procs).items():
            total, todo = 0.0, [root]
            while todo:
                pid = todo.pop()
                total += procs.get(pid, (0, 0.0, ""))[1]
                todo += children.get(pid, [])
            used[name] = total
        used["load generator"] = cpu_seconds()
        return used

    @staticmethod
    def since(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
        return {k: after[k] - before.get(k, 0.0) for k in after}


def print_stats(label: str, stats: Stats, wall: float, cpu: dict[str, float],
                target: float | None, planned: int) -> None:
    errors = sum(stats.errors.values())
    ms = [s * 1000 for s in stats.syncs]
    p95 = pct(ms, 95) if ms else float("inf")
    tail = f" (target p95 ≤ {target:.0f} ms, 0 errors) " + (
        "OK" if p95 <= target and errors == 0 else "OVER TARGET") if target else ""
    print(f"{label}: {len(ms)} of {planned} syncs complete in {wall:.1f} s "
          f"({len(ms) / wall:.1f} syncs/s); whole sync p50 {pct(ms, 50):.0f} ms, p95 "
          f"{p95:.0f} ms, max {max(ms):.0f} ms; errors {errors}{tail}")
    print(f"    {stats.mutations} update mutations pushed, {stats.pulled} rows pulled; CPU "
          f"used in {wall:.1f} s wall: " + ", ".join(
              f"{name} {seconds:.1f} s ({1000 * seconds / max(1, len(ms)):.0f} ms per sync)"
              for name, seconds in cpu.items()))
    served = (cpu.get("server", 0.0) + cpu.get("postgresql", 0.0)) / max(1, len(ms))
    if served > 0:
        print(f"    server and database CPU per sync {1000 * served:.0f} ms: one dedicated core "
              f"would serve about {1 / served:.0f} syncs/s")
    print("    per request: " + "; ".join(
        f"{kind} n={len(v)} p50 {pct(v, 50) * 1000:.0f} ms p95 {pct(v, 95) * 1000:.0f} ms "
        f"max {max(v) * 1000:.0f} ms" for kind, v in stats.requests.items()))
    if errors:
        print(f"    errors by request: {dict(stats.errors)}")
        for example in stats.examples:
            print(f"      {example}")


# --- one backend ------------------------------------------------------------------------------
async def run_load(base: str, devices: list[Device], big: Device, args: argparse.Namespace,
                   label: str, meter: CpuMeter) -> None:
    rng = random.Random(7)
    # an idle connection is dropped after 2 s, before uvicorn closes it (after 5 s): at
    # the same 5 s (httpx's default) a request can go out on a connection the server is
    # closing, and fails with ReadError (seen once in 600 syncs)
    limits = httpx.Limits(max_connections=len(devices) + 10,
                          max_keepalive_connections=len(devices) + 10, keepalive_expiry=2.0)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=300) as http:
        # each small caseload, four devices pushing at a time
        started = time.perf_counter()
        gate = asyncio.Semaphore(4)

        async def seed_one(device: Device) -> None:
            async with gate:
                for mutations in caseload(CLIENTS_PER_DEVICE, rng):
                    await push(http, device, mutations)
        await asyncio.gather(*(seed_one(d) for d in devices))
        print(f"  {len(devices)} caseworkers pushed {CLIENTS_PER_DEVICE} clients each (with a "
              f"case and two contacts) in {time.perf_counter() - started:.1f} s", flush=True)

        # the big caseload, 1,000 insert mutations per push: (c)
        load_c = os.getloadavg()[0]
        push_times = []
        for mutations in caseload(args.clients, rng):
            started = time.perf_counter()
            await push(http, big, mutations)
            if len(mutations) == PUSH_BATCH:
                push_times.append(time.perf_counter() - started)
        print(f"  one caseworker pushed {args.clients:,} clients, {args.clients:,} cases, "
              f"{2 * args.clients:,} contacts in {len(push_times)} pushes of "
              f"{PUSH_BATCH:,} mutations", flush=True)

        # every device downloads its scope once (its cursor and revisions for (a))
        started = time.perf_counter()
        gate = asyncio.Semaphore(8)

        async def first(device: Device) -> None:
            async with gate:
                await download(http, device)
        await asyncio.gather(*(first(d) for d in devices))
        print(f"  {len(devices)} devices downloaded their scope in "
              f"{time.perf_counter() - started:.1f} s", flush=True)

        # (b) the first pull of the big caseload
        load_b = os.getloadavg()[0]
        pulls: dict[str, list[tuple[float, int, int]]] = defaultdict(list)
        for limit in (None, 2000):
            for _ in range(args.repeat_download):
                started = time.perf_counter()
                rows, pages = await download(http, big, limit)
                pulls["default page size (500)" if limit is None else f"limit={limit}"].append(
                    (time.perf_counter() - started, rows, pages))

        # (a) incremental syncs: all at once, then at a steady rate
        load_a = os.getloadavg()[0]
        cpu, started = meter.read(), time.perf_counter()
        stats = await burst(http, devices, args.rounds, rng)
        burst_wall, burst_cpu = time.perf_counter() - started, meter.since(cpu, meter.read())
        calm = []
        for window in args.window:
            cpu, started = meter.read(), time.perf_counter()
            done = await steady(http, devices, window, rng)
            calm.append((window, done, time.perf_counter() - started,
                         meter.since(cpu, meter.read())))

    print(f"{label}; load average (1 min) before (a) {load_a:.1f}, before (b) {load_b:.1f}, "
          f"before (c) {load_c:.1f}:")
    print_stats(f"(a) {len(devices)} devices syncing at the same instant, {args.rounds} rounds",
                stats, burst_wall, burst_cpu, TARGETS["sync_p95_ms"],
                len(devices) * args.rounds)
    if stats.syncs:
        work = sum(burst_cpu.values()) / len(stats.syncs) * len(devices)  # CPU-s per round
        cores = os.cpu_count() or 1
        print(f"    one round is {work:.1f} CPU-seconds of work (server, database, load "
              f"generator): at least {work / cores:.1f} s on {cores} cores, however it is "
              f"scheduled; all {len(devices)} within {TARGETS['sync_p95_ms'] / 1000:.1f} s "
              f"would take about {work / (TARGETS['sync_p95_ms'] / 1000):.0f} cores at this "
              "cost per sync")
    for window, done, wall, cpu in calm:
        print_stats(f"    the same {len(devices)} devices, each starting one sync at a random "
                    f"moment of {window:.0f} s ({len(devices) / window:.1f} syncs/s offered)",
                    done, wall, cpu, TARGETS["sync_p95_ms"], len(devices))
    for name, runs in pulls.items():
        seconds = statistics.median(t for t, _, _ in runs)
        _, rows, pages = runs[0]
        print(f"(b) first pull of {args.clients:,} clients with their cases and contacts, "
              f"{name}: median {seconds:.2f} s (runs: "
              f"{', '.join(f'{t:.2f} s' for t, _, _ in runs)}), {rows:,} rows in {pages} "
              f"pages, {rows / seconds:,.0f} rows/s (target ≤ {TARGETS['first_pull_s']:.0f} s) "
              f"{verdict(seconds, TARGETS['first_pull_s'])}")
    if push_times:
        median = statistics.median(push_times)
        print(f"(c) push of {PUSH_BATCH:,} insert mutations: median {median:.2f} s, min "
              f"{min(push_times):.2f} s, max {max(push_times):.2f} s, n={len(push_times)}, "
              f"{PUSH_BATCH / median:,.0f} mutations/s (target ≤ "
              f"{TARGETS['push_1000_s']:.0f} s) {verdict(median, TARGETS['push_1000_s'])}"
              f"; slowest {verdict(max(push_times), TARGETS['push_1000_s'])}")


def run_backend(backend: str, args: argparse.Namespace, folder: Path) -> None:
    started = time.perf_counter()
    if backend == "postgresql":
        with postgres_database() as url:
            db = Database(url)
            migrate(db.engine)
            db.dispose()
            devices, big = seed_people(url, args.devices)
            print(f"PostgreSQL: {len(devices) + 1} caseworkers with a device each seeded in "
                  f"{time.perf_counter() - started:.1f} s", flush=True)
            with serving(["--database-url", url], PG_WORKERS, folder / "pg.log") as (base, pid):
                asyncio.run(run_load(base, devices, big, args,
                                     f"PostgreSQL over loopback, outreach-server serve "
                                     f"--workers {PG_WORKERS} ({os.cpu_count()} CPU cores)",
                                     CpuMeter(pid, make_url(url).port)))
            if args.explain:
                explain(url, args)
    else:
        data = folder / "sqlite"
        url = sqlite_url(data)
        db = Database(url)
        migrate(db.engine)
        db.dispose()
        devices, big = seed_people(url, args.devices)
        print(f"SQLite: {len(devices) + 1} caseworkers with a device each seeded in "
              f"{time.perf_counter() - started:.1f} s", flush=True)
        with serving(["--data-dir", str(data)], 1, folder / "sqlite.log") as (base, pid):
            asyncio.run(run_load(base, devices, big, args,
                                 f"SQLite (default), outreach-server serve --workers 1 "
                                 f"({os.cpu_count()} CPU cores)", CpuMeter(pid, None)))


def explain(url: str, args: argparse.Namespace) -> None:
    """EXPLAIN ANALYZE of the pull and check queries (as services.sync makes them) for a
    small and the big caseworker."""
    from sqlalchemy import select, text
    from sqlalchemy.dialects import postgresql

    from outreach_server.models import Device as DeviceRow
    from outreach_server.models import SyncChange, SyncRow, User
    from outreach_server.services import scope
    from outreach_server.services.auth import Principal
    from outreach_server.services.changes import last_seq

    db = Database(url)
    try:
        with db.read() as session:
            for name in ("cw000", "big"):
                user = session.scalar(select(User).where(User.username == name))
                assert user is not None
                device_id = session.scalar(select(DeviceRow.id).where(
                    DeviceRow.user_id == user.id))
                who = Principal(user.id, user.organisation_id, user.team_id, user.role,
                                device_id=device_id)
                seq = last_seq(session) - 50
                visible = scope.row_filter(who, scope.shared_client_ids(session, who))
                queries = {
                    "pull (incremental, 50 commits back)": select(SyncChange).where(
                        (SyncChange.seq > seq) | ((SyncChange.seq == seq)
                                                  & (SyncChange.position > 0)))
                    .where(scope.change_filter(who))
                    .order_by(SyncChange.seq, SyncChange.position).limit(500),
                    "pull (download, contact page)": select(SyncRow).where(
                        SyncRow.table_name == "contact", SyncRow.id > "",
                        SyncRow.deleted_at.is_(None), visible)
                    .order_by(SyncRow.id).limit(500),
                    "check": select(SyncRow.table_name, SyncRow.id, SyncRow.revision).where(
                        SyncRow.deleted_at.is_(None), visible),
                }
                for label, query in queries.items():
                    sql = str(query.compile(dialect=postgresql.dialect(),
                                            compile_kwargs={"literal_binds": True}))
                    plan = session.execute(text("EXPLAIN (ANALYZE, BUFFERS) " + sql)).all()
                    print(f"--- EXPLAIN ANALYZE {label}, {name}:")
                    for (line,) in plan:
                        print(f"    {line}")
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--clients", type=int, default=10_000,
                        help="the big caseload of the first-pull figure")
    parser.add_argument("--backend", choices=["postgresql", "sqlite", "both"], default="both")
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds of every device syncing at the same instant")
    parser.add_argument("--window", type=float, nargs="+", default=[60.0, 20.0],
                        help="seconds over which the devices' steady syncs are spread (one "
                             "run per value)")
    parser.add_argument("--repeat-download", type=int, default=2)
    parser.add_argument("--explain", action="store_true",
                        help="PostgreSQL: print EXPLAIN ANALYZE of the pull and check queries")
    args = parser.parse_args()
    backends = ["postgresql", "sqlite"] if args.backend == "both" else [args.backend]
    folder = Path(tempfile.mkdtemp(prefix="outreach-bench-"))
    try:
        for backend in backends:
            run_backend(backend, args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
