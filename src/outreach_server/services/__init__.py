"""What the server does, independent of HTTP and the command line: plain functions over a
SQLAlchemy session that raise the typed errors of ``services.errors``."""
