"""Tests of the sync server (a package, so its conftest never shadows tests/conftest.py)."""
