"""``outreach-server``: serve, migrate, admin. Exit codes: 0 done, 1 refused (the message
says why), 2 wrong usage."""

from __future__ import annotations

import argparse
import sys

from outreach_server.cli import admin, serve
from outreach_server.cli.common import CliError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="outreach-server",
        description="The Outreach Desktop sync server and its administration.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    serve.add_commands(commands)
    admin.add_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except CliError as exc:
        print(f"outreach-server: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
