"""Qt-free core: vault and keys, encrypted storage, domain services, import.

Nothing in this package may import PySide6 (enforced by tests/core/test_boundaries.py and
the import-linter contract in pyproject.toml).
"""
