"""The vault's keys: both factors needed, every failure typed and fail-closed, rekey safe."""

from __future__ import annotations

import json
import struct

import pytest
from sqlalchemy import select

from conftest import PASSPHRASE
from memory_keyring import MemoryKeyring
from outreach_desktop.core import errors
from outreach_desktop.core.storage.models import Client
from outreach_desktop.core.vault import KDF_FLOOR, KdfParams, Vault
from outreach_desktop.core.vault.device_secret import SERVICE, DeviceSecretStore
from outreach_desktop.core.vault.keyfile import MAGIC, KeyFile


def _add_client(opened, name="Marker"):
    with opened.repository.write() as uow:
        return uow.add(Client, client_code=f"K-{name}", given_name=name, family_name="Test").id


def _names(opened):
    with opened.repository.read() as session:
        return sorted(session.scalars(select(Client.given_name)))


def test_create_then_unlock_gives_back_the_data(vault, open_vault):
    _add_client(open_vault, "Leyla")
    open_vault.close()
    reopened = vault.unlock(PASSPHRASE)
    try:
        assert _names(reopened) == ["Leyla"]
    finally:
        reopened.close()


def test_wrong_passphrase_is_refused(vault, open_vault):
    open_vault.close()
    with pytest.raises(errors.WrongPassphrase):
        vault.unlock(PASSPHRASE + "x")
    vault.unlock(PASSPHRASE).close()  # and the vault still opens afterwards


def test_key_file_is_private_and_holds_no_key_in_clear(vault, open_vault):
    key_file = vault.paths.key_file
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert vault.paths.root.stat().st_mode & 0o777 == 0o700
    assert vault.paths.database.stat().st_mode & 0o777 == 0o600
    raw = key_file.read_bytes()
    assert raw.startswith(MAGIC)


def test_database_is_not_readable_without_the_key(vault, open_vault):
    import sqlite3

    _add_client(open_vault, "Zeynep")
    open_vault.close()
    assert b"Zeynep" not in vault.paths.database.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(vault.paths.database).execute("SELECT * FROM client").fetchall()


def test_too_weak_passphrase_is_refused_at_creation(vault):
    with pytest.raises(errors.PassphraseTooWeak) as info:
        vault.create("short", kdf=KDF_FLOOR)
    assert info.value.reason == "too_short"
    with pytest.raises(errors.PassphraseTooWeak) as info:
        vault.create("passwordpassword", kdf=KDF_FLOOR)
    assert info.value.reason == "too_weak"
    assert not vault.exists()


def test_second_create_is_refused(vault, open_vault):
    with pytest.raises(errors.VaultAlreadyExists):
        vault.create(PASSPHRASE, kdf=KDF_FLOOR)


def test_unlock_without_vault_says_not_initialised(vault):
    with pytest.raises(errors.VaultNotInitialised):
        vault.unlock(PASSPHRASE)


def test_kdf_below_floor_is_refused_at_creation(vault):
    with pytest.raises(errors.KdfBelowFloor):
        vault.create(PASSPHRASE, kdf=KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1))
    assert not vault.exists()


def _rewrite_header(path, **changes):
    """Edit the clear header and recompute the damage digest, as an attacker would."""
    import hashlib

    data = path.read_bytes()
    (hlen,) = struct.unpack(">H", data[len(MAGIC): len(MAGIC) + 2])
    start = len(MAGIC) + 2
    header = json.loads(data[start:start + hlen])
    header.update(changes)
    new_header = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    aad = MAGIC + struct.pack(">H", len(new_header)) + new_header
    rest = data[start + hlen + 32:]
    path.write_bytes(aad + hashlib.sha256(aad).digest() + rest)


def test_lowered_kdf_parameters_are_refused_before_anything_else(vault, open_vault):
    open_vault.close()
    _rewrite_header(vault.paths.key_file, kdf={"alg": "argon2id", "m": 1024, "t": 1, "p": 1})
    with pytest.raises(errors.KdfBelowFloor):
        vault.unlock(PASSPHRASE)


def test_edited_header_with_recomputed_digest_fails_authentication(vault, open_vault):
    open_vault.close()
    _rewrite_header(vault.paths.key_file, key_id="00000000-0000-0000-0000-000000000000")
    with pytest.raises(errors.WrongPassphrase):
        vault.unlock(PASSPHRASE)


def test_edited_header_bytes_are_reported_as_changed_key_file(vault, open_vault):
    open_vault.close()
    data = bytearray(vault.paths.key_file.read_bytes())
    data[data.index(b'"key_id":"') + 11] ^= 0x01
    vault.paths.key_file.write_bytes(bytes(data))
    with pytest.raises(errors.KeyFileCorrupt) as info:
        vault.unlock(PASSPHRASE)
    assert info.value.reason == "header_changed"


@pytest.mark.parametrize("content", [b"", b"garbage", MAGIC + b"\x00"])
def test_damaged_key_file_is_reported(vault, open_vault, content):
    open_vault.close()
    vault.paths.key_file.write_bytes(content)
    with pytest.raises(errors.KeyFileCorrupt):
        vault.unlock(PASSPHRASE)


def test_missing_key_file_beside_a_database_is_reported(vault, open_vault):
    open_vault.close()
    vault.paths.key_file.unlink()
    with pytest.raises(errors.KeyFileCorrupt):
        vault.unlock(PASSPHRASE)


def test_sealed_payload_tampering_fails(vault, open_vault):
    open_vault.close()
    data = bytearray(vault.paths.key_file.read_bytes())
    data[-1] ^= 0x80
    vault.paths.key_file.write_bytes(bytes(data))
    with pytest.raises(errors.WrongPassphrase):
        vault.unlock(PASSPHRASE)


# --- keyring: every failure fails closed ----------------------------------------------------
def test_missing_device_secret_fails_closed(vault, open_vault, memory_keyring):
    open_vault.close()
    memory_keyring.store.clear()
    with pytest.raises(errors.DeviceSecretMissing):
        vault.unlock(PASSPHRASE)


def test_changed_device_secret_fails_closed(vault, open_vault, memory_keyring):
    open_vault.close()
    (key,) = memory_keyring.store
    memory_keyring.store[key] = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE="  # 32 x "A"
    with pytest.raises(errors.DeviceSecretMismatch):
        vault.unlock(PASSPHRASE)


def test_garbage_device_secret_fails_closed(vault, open_vault, memory_keyring):
    open_vault.close()
    (key,) = memory_keyring.store
    memory_keyring.store[key] = "not base64 !!"
    with pytest.raises(errors.DeviceSecretMismatch):
        vault.unlock(PASSPHRASE)


def test_locked_keyring_fails_closed_and_recovers(vault, open_vault, memory_keyring):
    open_vault.close()
    memory_keyring.locked = True
    with pytest.raises(errors.KeyringLocked):
        vault.unlock(PASSPHRASE)
    memory_keyring.locked = False
    vault.unlock(PASSPHRASE).close()


def test_changed_keyring_backend_fails_closed(vault, open_vault, memory_keyring):
    open_vault.close()

    class OtherKeyring(MemoryKeyring):
        pass

    other = OtherKeyring()
    other.store = dict(memory_keyring.store)
    with pytest.raises(errors.KeyringBackendChanged):
        Vault(vault.paths.root, DeviceSecretStore(other)).unlock(PASSPHRASE)


def test_no_keyring_fails_closed(data_dir):
    from keyring.backends.fail import Keyring as FailKeyring

    with pytest.raises(errors.KeyringUnavailable):
        Vault(data_dir, DeviceSecretStore(FailKeyring())).create(PASSPHRASE, kdf=KDF_FLOOR)
    assert not (data_dir / "vault.key").exists()


def test_plaintext_keyring_backends_are_refused(data_dir):
    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    with pytest.raises(errors.KeyringUnavailable):
        Vault(data_dir, DeviceSecretStore(PlaintextKeyring())).create(PASSPHRASE, kdf=KDF_FLOOR)


def test_keyring_that_forgets_writes_is_refused(data_dir):
    class ForgetfulKeyring(MemoryKeyring):
        def set_password(self, service, username, password):
            pass

    with pytest.raises(errors.KeyringUnavailable):
        Vault(data_dir, DeviceSecretStore(ForgetfulKeyring())).create(PASSPHRASE, kdf=KDF_FLOOR)


def test_backend_exceptions_of_unknown_kinds_fail_closed(vault, open_vault, memory_keyring):
    open_vault.close()

    def broken(*_args):
        raise RuntimeError("D-Bus went away")

    memory_keyring.get_password = broken
    with pytest.raises(errors.KeyringUnavailable):
        vault.unlock(PASSPHRASE)


def test_passphrase_alone_is_not_enough(vault, open_vault, memory_keyring):
    """A copy of the data folder on another machine (other keyring) does not open."""
    open_vault.close()
    stranger = MemoryKeyring()
    with pytest.raises(errors.DeviceSecretMissing):
        Vault(vault.paths.root, DeviceSecretStore(stranger)).unlock(PASSPHRASE)
    assert (SERVICE, next(iter(memory_keyring.store))[1]) in memory_keyring.store


# --- passphrase change and rekey ------------------------------------------------------------
NEW = "Chorweiler Porz Mülheim 77?"


def test_passphrase_change_rewraps_the_same_data_key(vault, open_vault):
    _add_client(open_vault, "Dilan")
    open_vault.close()
    before = KeyFile.read(vault.paths.key_file).header
    vault.change_passphrase(PASSPHRASE, NEW)
    after = KeyFile.read(vault.paths.key_file).header
    assert after.key_id == before.key_id and after.salt != before.salt
    with pytest.raises(errors.WrongPassphrase):
        vault.unlock(PASSPHRASE)
    reopened = vault.unlock(NEW)
    assert _names(reopened) == ["Dilan"]
    reopened.close()


def test_passphrase_change_needs_the_old_passphrase(vault, open_vault):
    open_vault.close()
    with pytest.raises(errors.WrongPassphrase):
        vault.change_passphrase("not the passphrase", NEW)
    vault.unlock(PASSPHRASE).close()


def test_rekey_replaces_the_data_key_and_keeps_the_data(vault, open_vault):
    _add_client(open_vault, "Artem")
    open_vault.close()
    before = KeyFile.read(vault.paths.key_file).header.key_id
    old_db = vault.paths.database.read_bytes()
    vault.rekey(PASSPHRASE)
    assert KeyFile.read(vault.paths.key_file).header.key_id != before
    assert vault.paths.database.read_bytes()[:4096] != old_db[:4096]
    reopened = vault.unlock(PASSPHRASE)
    assert _names(reopened) == ["Artem"]
    reopened.close()


@pytest.mark.parametrize("crash_after", ["key_file_pending", "database_rekeyed"])
def test_interrupted_rekey_is_finished_at_next_unlock(vault, open_vault, monkeypatch, crash_after):
    _add_client(open_vault, "Oksana")
    open_vault.close()

    class Crash(Exception):
        pass

    original_reencrypt = Vault._reencrypt

    def crash(self, old, new):
        if crash_after == "database_rekeyed":
            original_reencrypt(self, old, new)
        raise Crash()

    monkeypatch.setattr(Vault, "_reencrypt", crash)
    with pytest.raises(Crash):
        vault.rekey(PASSPHRASE)
    assert KeyFile.read(vault.paths.key_file).header.pending_rekey
    monkeypatch.setattr(Vault, "_reencrypt", original_reencrypt)
    reopened = vault.unlock(PASSPHRASE)
    assert _names(reopened) == ["Oksana"]
    reopened.close()
    assert not KeyFile.read(vault.paths.key_file).header.pending_rekey
    vault.unlock(PASSPHRASE).close()


def test_lock_closes_every_connection(vault, open_vault):
    engine = open_vault.engine
    _add_client(open_vault)
    open_vault.close()
    assert not open_vault.is_open
    assert engine.pool.checkedout() == 0 and engine.pool.checkedin() == 0


def test_wipe_removes_database_key_file_and_keyring_secret(vault, open_vault, memory_keyring):
    open_vault.close()
    vault.wipe()
    assert not vault.paths.key_file.exists()
    assert not any(p.exists() for p in vault.paths.database_files())
    assert memory_keyring.store == {}
