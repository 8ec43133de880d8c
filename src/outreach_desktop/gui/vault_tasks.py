"""What the GUI asks of the vault, as plain functions that run on the worker thread.

The heavy core modules (vault, SQLAlchemy, Alembic, cryptography, zxcvbn) are imported
inside these functions, on the worker, so that the GUI thread can show its first screen
without waiting for them. ``prewarm`` imports them while the user is still typing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from outreach_desktop.core.paths import VaultPaths

if TYPE_CHECKING:
    from outreach_desktop.core.vault import KdfParams
    from outreach_desktop.core.vault.device_secret import DeviceSecretStore
    from outreach_desktop.core.vault.vault import OpenVault

log = logging.getLogger(__name__)

def vault_exists(data_dir: Path) -> bool:
    """Same answer as ``Vault(data_dir).exists()``, cheap enough for the GUI thread."""
    return VaultPaths(Path(data_dir)).key_file.exists()


def settings_path(data_dir: Path) -> Path:
    return VaultPaths(Path(data_dir)).settings


def prewarm() -> None:
    """Import what create/unlock need, so that the first unlock does not pay for it."""
    import outreach_desktop.core.passphrase_policy
    import outreach_desktop.core.storage.migrate
    import outreach_desktop.core.vault  # noqa: F401

    log.debug("core modules imported on the worker")


@dataclass(frozen=True)
class VaultAccess:
    """Where the vault is and how to reach its keyring: what every vault task needs.

    ``secrets`` None means the system keyring; ``kdf`` None means the core's default
    (tests pass the allowed floor to stay quick).
    """

    data_dir: Path
    secrets: DeviceSecretStore | None = None
    kdf: KdfParams | None = None

    def _vault(self) -> Any:
        from outreach_desktop.core.vault import Vault

        return Vault(self.data_dir, self.secrets)

    def create(self, passphrase: str) -> OpenVault:
        from outreach_desktop.core.vault import DEFAULT_KDF

        return self._vault().create(passphrase, kdf=self.kdf or DEFAULT_KDF)

    def unlock(self, passphrase: str) -> OpenVault:
        return self._vault().unlock(passphrase)

    def change_passphrase(self, old: str, new: str) -> None:
        self._vault().change_passphrase(old, new)

    def verify_passphrase(self, passphrase: str) -> None:
        self._vault().verify_passphrase(passphrase)


def close_vault(open_vault: OpenVault) -> None:
    """Close every connection of an unlocked vault; the data key goes with them."""
    open_vault.close()
    log.info("vault locked id=%s", open_vault.header.vault_id)
