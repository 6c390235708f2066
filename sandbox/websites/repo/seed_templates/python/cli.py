"""Command line entry point: ``<<slug>> --help``."""

from __future__ import annotations

import sys

import click

from . import __version__
from .<<m0>> import load_<<m0>>, validate_<<m0>>


@click.group()
@click.version_option(__version__)
def main() -> None:
    """<<desc>>"""


@main.command()
@click.argument("path", type=click.Path(exists=True))
def check(path: str) -> None:
    """Validate the <<m0>> entries in PATH."""
    failures = 0
    for item in load_<<m0>>(path):
        for problem in validate_<<m0>>(item):
            click.echo(f"{item.name}: {problem}", err=True)
            failures += 1
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
