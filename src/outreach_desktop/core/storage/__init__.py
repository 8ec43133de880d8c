"""Encrypted storage: SQLCipher through SQLAlchemy 2, Alembic migrations, FTS5 search."""
