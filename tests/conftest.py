"""Shared fixtures: an in-memory keyring for unit tests, fast (but floor-level) KDF."""

from __future__ import annotations

import sys
from pathlib import Path

import keyring
import keyring.core
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from memory_keyring import MemoryKeyring
from outreach_desktop.core.vault import KDF_FLOOR, Vault
from outreach_desktop.core.vault.device_secret import DeviceSecretStore

PASSPHRASE = "Kalk Ehrenfeld Nippes 2026!"


@pytest.fixture
def memory_keyring():
    """Install an in-memory keyring as the process-wide backend for this test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def vault(data_dir: Path, memory_keyring: MemoryKeyring) -> Vault:
    return Vault(data_dir, DeviceSecretStore(memory_keyring))


@pytest.fixture
def open_vault(vault: Vault):
    """A freshly created vault (KDF at the allowed floor, to keep tests quick)."""
    ov = vault.create(PASSPHRASE, kdf=KDF_FLOOR)
    yield ov
    ov.close()


@pytest.fixture
def secret_service():
    """The real Secret Service (gnome-keyring under dbus-run-session, see tools/with-keyring).

    Fails rather than skips when it is missing: these tests are the proof that the real
    keyring works, and CI always provides it.
    """
    from outreach_desktop.core.vault.device_secret import DeviceSecretStore, backend_name

    store = DeviceSecretStore(keyring.core.load_keyring("keyring.backends.SecretService.Keyring"))
    try:
        store.check_usable()
        store.backend.get_password("outreach-desktop-test", "probe")
    except Exception as exc:
        pytest.fail(f"no Secret Service ({exc!r}); run the tests via tools/with-keyring")
    assert backend_name(store.backend) == "keyring.backends.SecretService.Keyring"
    return store
