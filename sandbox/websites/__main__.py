"""``python -m sandbox.websites serve SITE``: run one site (the command compose.yaml runs)."""

from __future__ import annotations

import argparse
import importlib
import os

import uvicorn

from . import DEFAULT_PORTS, SITE_NAMES


def build_app(site: str):
    """Import ``sandbox.websites.<site>.app`` and build its ASGI app."""
    return importlib.import_module(f"sandbox.websites.{site}.app").create_app()


# How long an idle keep-alive connection stays open. Well above the control client's own expiry
# (control_client.IDLE_CONNECTION_SECONDS): were they equal, the site could close a connection
# just as the client reused it, and the grader's query would fail with a ReadError (seen about
# once in 1,000 episodes under load).
KEEP_ALIVE_SECONDS = 30


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m sandbox.websites")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve one site")
    serve.add_argument("site", choices=SITE_NAMES)
    serve.add_argument("--host", default=os.environ.get("SANDBOX_HOST", "127.0.0.1"))
    serve.add_argument("--port", type=int, default=None)
    args = parser.parse_args(argv)
    port = args.port or int(os.environ.get("SANDBOX_PORT", DEFAULT_PORTS[args.site]))
    uvicorn.run(
        build_app(args.site),
        host=args.host,
        port=port,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=2,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
    )


if __name__ == "__main__":
    main()
