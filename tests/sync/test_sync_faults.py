"""Faults between the laptops and the server: a proxy that drops, delays, resets and
truncates; a revoked device; a case reassigned to a colleague."""

from __future__ import annotations

import random
from datetime import date

import pytest
from fault_proxy import FaultProxy
from sync_world import Laptop, ServerProcess, add_clients, secret_store

from outreach_desktop.core import casework
from outreach_desktop.core.storage.models import Client, Contact
from privacy_markers import MARKERS, marker_hits


def assert_converged(laptop: Laptop, server: ServerProcess, owner: str) -> None:
    assert laptop.pending() == 0
    assert laptop.live_rows() == server.live_rows(owner=owner)


@pytest.mark.timeout(1200)
def test_every_device_converges_after_drops_delays_resets_and_truncations(office, new_laptop):
    server = office.server
    rng = random.Random(6)
    with FaultProxy(server.port, seed=6) as proxy:
        proxy.enabled = False  # enrolment itself is not the point here
        laptops = {"a": (new_laptop("cw1", proxy.url), "cw1"),
                   "b": (new_laptop("cw1", proxy.url), "cw1"),
                   "c": (new_laptop("cw2", proxy.url), "cw2")}
        created: dict[str, list[str]] = {"cw1": [], "cw2": []}
        proxy.enabled = True
        failures = 0
        for _round in range(6):
            for laptop, user in laptops.values():
                with laptop.open() as opened:
                    created[user] += add_clients(opened.repository, rng.randint(5, 40))
                    with opened.repository.write() as uow:  # edits of synced clients too
                        for client in uow.session.query(Client).limit(3):
                            casework.update_client(uow, client, district=f"d{rng.randint(0, 9)}")
                failures += laptop.sync(check=False).returncode != 0
        assert failures > 0, proxy.done  # the faults were felt
        assert all(proxy.done[f] > 0 for f in ("delay", "drop", "reset", "truncate")), proxy.done
        proxy.enabled = False
        for _ in range(2):  # a and b see each other's last changes on the second round
            for laptop, _user in laptops.values():
                laptop.sync()
    for laptop, user in laptops.values():
        assert_converged(laptop, server, office.users[user])
    for user, ids in created.items():
        live = server.live_rows(owner=office.users[user])
        assert {("client", i) for i in ids} <= set(live)
        assert sum(1 for t, _ in live if t == "client") == len(ids)  # none twice, none extra


def test_revoked_device_wipes_database_key_file_and_keyring_secret(office, new_laptop):
    server = office.server
    laptop = new_laptop("cw1")
    with laptop.open() as opened:
        add_clients(opened.repository, 3)
        vault_id = opened.header.vault_id
    laptop.sync()
    device_id = laptop.status()["sync"]["device_id"]
    store = secret_store()
    assert store.backend.get_password("outreach-desktop", f"device-secret:{vault_id}")
    server.admin("device", "revoke", device_id)
    result = laptop.sync(check=False)
    assert result.returncode == 1
    left = sorted(p.name for p in laptop.data.rglob("*") if p.is_file())
    assert not any(name.startswith("vault.") for name in left), left  # db, -wal, -shm, key
    assert store.backend.get_password("outreach-desktop", f"device-secret:{vault_id}") is None
    assert not laptop.vault.exists()


def test_reassigned_case_leaves_the_old_laptop_and_arrives_on_the_new_one(office, new_laptop):
    server = office.server
    old, new = new_laptop("cw1"), new_laptop("cw2")
    with old.open() as opened:
        staying = add_clients(opened.repository, 2)
        with opened.repository.write() as uow:
            moving = casework.create_client(uow, MARKERS[0], MARKERS[1], date(2001, 2, 3))
            casework.open_case(uow, moving.id)
            for k in range(3):
                casework.log_contact(uow, moving.id, date(2026, 2, 1 + k), "outreach")
            casework.add_note(uow, moving.id, "Erstkontakt am Bahnhof")
    old.sync()
    new.sync()
    moved_rows = {key for key in server.live_rows(client_ids={moving.id})}
    assert len(moved_rows) == 6  # client, case, 3 contacts, note
    server.admin("client", "assign", moving.id, "cw2")
    old.sync()
    new.sync()
    old_rows, new_rows = old.live_rows(), new.live_rows()
    assert not moved_rows & set(old_rows)
    assert moved_rows <= set(new_rows)
    with old.open() as opened, opened.repository.read() as session:
        # gone, not only hidden: no row of the client remains (tombstones neither)
        assert session.get(Client, moving.id) is None
        assert session.query(Contact).filter(Contact.client_id == moving.id).count() == 0
        assert {c.id for c in session.query(Client)} == set(staying)
    assert_converged(old, server, office.users["cw1"])
    assert_converged(new, server, office.users["cw2"])
    assert marker_hits(old.root, new.root) == []
