"""The vault against the real Secret Service (gnome-keyring in a private D-Bus session).

Run via tools/with-keyring (CI does). Every failure path must fail closed.
"""

from __future__ import annotations

import base64

import pytest
import secretstorage

from conftest import PASSPHRASE
from outreach_desktop.core import errors
from outreach_desktop.core.vault import KDF_FLOOR, Vault
from outreach_desktop.core.vault.device_secret import SERVICE


@pytest.fixture
def real_vault(data_dir, secret_service):
    vault = Vault(data_dir, secret_service)
    vault.create(PASSPHRASE, kdf=KDF_FLOOR).close()
    yield vault
    vault.wipe()


def _item(vault):
    vault_id = vault.read_key_file().header.vault_id
    connection = secretstorage.dbus_init()
    collection = secretstorage.get_default_collection(connection)
    items = list(collection.search_items({"service": SERVICE,
                                          "username": f"device-secret:{vault_id}"}))
    assert len(items) == 1
    return collection, items[0]


def test_device_secret_lives_in_the_secret_service(real_vault):
    _collection, item = _item(real_vault)
    assert len(base64.b64decode(item.get_secret())) == 32
    real_vault.unlock(PASSPHRASE).close()


def test_missing_secret_fails_closed(real_vault, secret_service):
    _collection, item = _item(real_vault)
    item.delete()
    with pytest.raises(errors.DeviceSecretMissing):
        real_vault.unlock(PASSPHRASE)


def test_changed_secret_fails_closed(real_vault):
    _collection, item = _item(real_vault)
    item.set_secret(base64.b64encode(b"\x01" * 32))
    with pytest.raises(errors.DeviceSecretMismatch):
        real_vault.unlock(PASSPHRASE)


def test_locked_keyring_fails_closed(real_vault):
    collection, _ = _item(real_vault)
    collection.lock()
    try:
        assert collection.is_locked()
        # No prompter in the test session: unlocking is refused, so unlock must fail
        # closed with the "keyring locked" error (never a plaintext fallback).
        with pytest.raises((errors.KeyringLocked, errors.KeyringUnavailable)):
            real_vault.unlock(PASSPHRASE)
    finally:
        _unlock_login_collection()


def _unlock_login_collection() -> None:
    """Unlock the login keyring again the way tools/with-keyring made it."""
    import subprocess

    subprocess.run(["gnome-keyring-daemon", "--unlock", "--replace", "--components=secrets"],
                   input=b"ci-keyring-password", capture_output=True, check=False)
