"""``outreach-server serve`` and ``outreach-server migrate``."""

from __future__ import annotations

import argparse
import ipaddress
import os
from pathlib import Path
from typing import Any

from sqlalchemy.exc import OperationalError

from outreach_server.cli.common import CliError, database_options, open_database, settings_of
from outreach_server.db import Database
from outreach_server.migrate import SchemaError, migrate
from outreach_server.settings import ENV_DATABASE_URL, ENV_MAX_BODY, Settings


def add_commands(commands: Any) -> None:
    db = database_options()
    serve = commands.add_parser("serve", parents=[db], help="run the server",
                                description="Run the sync server (uvicorn).")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on "
                       "(default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8750, help="port (default 8750)")
    serve.add_argument("--tls-cert", type=Path, metavar="FILE", help="TLS certificate (PEM)")
    serve.add_argument("--tls-key", type=Path, metavar="FILE", help="its private key (PEM)")
    serve.add_argument("--plain-http", action="store_true",
                       help="listen without TLS on a non-loopback address: only behind a "
                            "proxy that terminates TLS")
    serve.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    serve.add_argument("--forwarded-allow-ips", default="127.0.0.1", metavar="IPS",
                       help="proxies whose X-Forwarded-For is trusted (default 127.0.0.1)")
    serve.add_argument("--max-body-bytes", type=int, default=Settings.max_body_bytes,
                       help="larger request bodies are refused with 413 (default 16 MiB)")
    serve.add_argument("--log-level", default="info",
                       choices=["critical", "error", "warning", "info", "debug"])
    serve.set_defaults(run=run_serve)

    mig = commands.add_parser("migrate", parents=[db], help="bring the database schema "
                              "up to date", description="Apply the database migrations.")
    mig.set_defaults(run=run_migrate)


def run_migrate(args: argparse.Namespace) -> int:
    db = Database(settings_of(args).database_url)
    try:
        before, after = migrate(db.engine)
    except SchemaError as exc:
        raise CliError(str(exc)) from exc
    except OperationalError as exc:
        raise CliError(f"cannot open the database: {exc.orig}") from exc
    finally:
        db.dispose()
    print(f"schema: {before or 'empty'} -> {after}" if before != after
          else f"schema: {after} (up to date)")
    return 0


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    if (args.tls_cert is None) != (args.tls_key is None):
        raise CliError("give both --tls-cert and --tls-key, or neither", 2)
    for path in (args.tls_cert, args.tls_key):
        if path is not None and not path.is_file():
            raise CliError(f"no such file: {path}", 2)
    if args.tls_cert is None and not _is_loopback(args.host) and not args.plain_http:
        raise CliError("refusing to send tokens in clear on a network address: give "
                       "--tls-cert and --tls-key, or --plain-http behind a TLS proxy", 2)
    if args.workers < 1 or args.max_body_bytes < 1024:
        raise CliError("--workers must be at least 1 and --max-body-bytes at least 1024", 2)
    settings = settings_of(args)
    open_database(settings).dispose()  # schema checked (SQLite: migrated) before serving
    # the worker processes read their settings from the environment
    os.environ[ENV_DATABASE_URL] = settings.database_url
    os.environ[ENV_MAX_BODY] = str(args.max_body_bytes)
    uvicorn.run("outreach_server.app:app_from_environment", factory=True, host=args.host,
                port=args.port, workers=args.workers,
                ssl_certfile=str(args.tls_cert) if args.tls_cert else None,
                ssl_keyfile=str(args.tls_key) if args.tls_key else None,
                proxy_headers=True, forwarded_allow_ips=args.forwarded_allow_ips,
                log_level=args.log_level, server_header=False)
    return 0
