"""``python -m sandbox.lifeline FD MODULE [ARG...]``: run MODULE as ``python -m`` would, exiting
when FD (the read end of the parent's lifeline pipe) reaches end-of-file."""

from __future__ import annotations

import runpy
import sys

from . import watch


def main(argv: list[str]) -> None:
    fd, module, *args = argv
    watch(int(fd))
    sys.argv = [module, *args]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main(sys.argv[1:])
