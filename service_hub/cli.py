"""`service-hub`: run the hub and administer it."""

from __future__ import annotations

import argparse
import asyncio
import faulthandler
import getpass
import json
import logging
import signal
import ssl
import sys
from pathlib import Path

from aiohttp import web

from .auth import hash_password
from .config import HubConfig, load_config
from .store.reachable import DatabaseUnreachable
from .store.repo import Store, with_store


def _config(args: argparse.Namespace) -> HubConfig:
    overrides = {
        "host": getattr(args, "host", None),
        "port": getattr(args, "port", None),
        "database_url": getattr(args, "database_url", None),
        "data_dir": getattr(args, "data_dir", None),
        "demo_identity": True if getattr(args, "demo_identity", False) else None,
    }
    try:
        config = load_config(Path(args.config) if args.config else None, overrides=overrides)
    except ValueError as exc:  # a setting it cannot use: say which, no traceback
        raise SystemExit(f"service-hub: {exc}") from None
    # Every command may be the first on a new machine (README: add-agent, then serve).
    config.data_dir.mkdir(parents=True, exist_ok=True)
    return config


def _setup_logging(config: HubConfig) -> None:
    if config.log_json:
        fmt = '{"t":"%(asctime)s","level":"%(levelname)s","logger":"%(name)s","msg":"%(message)s"}'
    else:
        fmt = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    logging.basicConfig(level=config.log_level, format=fmt)


def cmd_serve(args: argparse.Namespace) -> int:
    from .app import create_app

    config = _config(args)
    _setup_logging(config)
    if hasattr(signal, "SIGUSR1"):
        # `kill -USR1 <pid>` prints every thread's stack: for support, never fatal.
        faulthandler.register(signal.SIGUSR1, all_threads=True)
    ssl_context = None
    if config.tls_cert_file:
        ssl_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ssl_context.load_cert_chain(config.tls_cert_file, config.tls_key_file or None)
    from .identity import IdentityConfigError

    try:
        app = create_app(config)
    except (IdentityConfigError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    logging.getLogger("service_hub").info(
        "hub on %s:%s, database %s", config.host, config.port,
        config.resolved_database_url().split("@")[-1],  # never log credentials
    )
    web.run_app(app, host=config.host, port=config.port, ssl_context=ssl_context, print=None)
    return 0


def _agent_password(args: argparse.Namespace) -> str | None:
    """From --password, the first line of standard input (--password-stdin), or
    asked at the terminal; None (said why) when there is no terminal to ask at."""
    if args.password:
        return args.password
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        print("error: add-agent needs a password and there is no terminal to ask it at; "
              "pass --password-stdin and write it on standard input (or --password)", file=sys.stderr)
        return None
    return getpass.getpass("Password: ")


def cmd_add_agent(args: argparse.Namespace) -> int:
    config = _config(args)
    password = _agent_password(args)
    if password is None:
        return 2
    if len(password) < 8:
        print("error: the password must have at least 8 characters", file=sys.stderr)
        return 2
    skills = {
        "languages": {lang: 5 for lang in args.languages.split(",")},
        "channels": args.channels.split(","),
    }
    if args.topics:
        skills["topics"] = args.topics.split(",")

    async def add(store: Store) -> int:
        if await store.agent_by_username(args.username):
            print(f"error: agent {args.username!r} already exists", file=sys.stderr)
            return 1
        agent_id = await store.add_agent(args.username, args.name or args.username,
                                         hash_password(password), skills, is_supervisor=args.supervisor)
        print(json.dumps({"agent_id": agent_id, "username": args.username}))
        return 0

    return asyncio.run(with_store(config.resolved_database_url(), add))


def cmd_mint_token(args: argparse.Namespace) -> int:
    from .demo_idp import ensure_keypair, mint_customer_token

    config = _config(args)
    private, _ = ensure_keypair(config.data_dir)
    # Only a hub started with --demo-identity (demo_identity) accepts these.
    print(mint_customer_token(private.read_text(), args.subject, args.name, ttl_s=args.ttl))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="service-hub", description=__doc__)
    parser.add_argument("--config", help="TOML configuration file")
    parser.add_argument("--data-dir", help="where the SQLite file and keys live")
    parser.add_argument("--database-url", help="sqlite+aiosqlite:///... or postgresql://...")
    sub = parser.add_subparsers(dest="command")

    serve = sub.add_parser("serve", help="run the hub (the default)")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--demo-identity", action="store_true",
                       help="trust the hub's own demo identity provider (demos and tests only; "
                            "without it the hub needs idp_issuer)")
    serve.set_defaults(func=cmd_serve)

    add = sub.add_parser("add-agent", help="add a service expert")
    add.add_argument("username")
    add.add_argument("--name", help="display name")
    add.add_argument("--password", help="(prompted when not given; visible to other users of the machine)")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from the first line of standard input (provisioning scripts)")
    add.add_argument("--languages", default="fi,sv,en")
    add.add_argument("--channels", default="chat,video")
    add.add_argument("--topics", default="", help="comma-separated; empty: every topic")
    add.add_argument("--supervisor", action="store_true")
    add.set_defaults(func=cmd_add_agent)

    mint = sub.add_parser("mint-customer-token",
                          help="demo identity provider: a customer token (for a hub with --demo-identity)")
    mint.add_argument("subject")
    mint.add_argument("--name", default="Demo Customer")
    mint.add_argument("--ttl", type=int, default=3600)
    mint.set_defaults(func=cmd_mint_token)

    from .metrics.cli_report import add_report_parser

    add_report_parser(sub, _config)

    from .export import add_export_parser
    from .retention import add_purge_parser

    add_purge_parser(sub, _config)  # retention: delete old transcripts
    add_export_parser(sub, _config)  # one customer's data as JSON

    from .backup import add_backup_parsers

    add_backup_parsers(sub, _config)  # online backup, restore into a new database (docs/operations.md)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        args = parser.parse_args([*(argv or sys.argv[1:]), "serve"])
    try:
        return args.func(args)
    except DatabaseUnreachable as exc:  # an operator needs the sentence, not the traceback
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
