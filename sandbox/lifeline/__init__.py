"""Child processes that end with their parent, however the parent ends (SIGKILL included).

The parent holds, for its whole life, the write end of a pipe it never writes to; each child
watches the read end on a thread and exits at end-of-file, which the kernel delivers once every
write end is closed, that is once the parent process is gone. Unlike ``PR_SET_PDEATHSIG`` this
follows the parent process rather than the thread that spawned the child, and needs no
``preexec_fn``.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading


@functools.cache
def _pipe() -> tuple[int, int]:
    """This process's (read, write) pipe; both ends stay open until it exits."""
    return os.pipe()  # not inheritable: a child holds the read end only when given it


def spawn(module_args: list[str], **popen_kwargs) -> subprocess.Popen:
    """Start ``python -m MODULE ARG...`` (``module_args``) so that it exits when this process
    does; ``popen_kwargs`` go to ``subprocess.Popen``."""
    read_end = _pipe()[0]
    command = [sys.executable, "-m", __name__, str(read_end), *module_args]
    return subprocess.Popen(command, pass_fds=(read_end,), **popen_kwargs)


def watch(fd: int) -> None:
    """Exit this process, from a daemon thread, once ``fd`` reaches end-of-file."""

    def wait_for_eof() -> None:
        while os.read(fd, 1):
            pass
        os._exit(0)  # the parent is gone: nobody is left to serve or to report to

    threading.Thread(target=wait_for_eof, daemon=True, name="lifeline").start()
