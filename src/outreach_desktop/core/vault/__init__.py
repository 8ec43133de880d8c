"""Vault and keys: the data key, its wrapping, the device secret in the OS keyring."""

from outreach_desktop.core.paths import VaultPaths
from outreach_desktop.core.vault.kdf import DEFAULT_KDF, KDF_FLOOR, KdfParams
from outreach_desktop.core.vault.vault import Vault

__all__ = ["DEFAULT_KDF", "KDF_FLOOR", "KdfParams", "Vault", "VaultPaths"]
