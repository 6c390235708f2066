"""The local model server ends with the process that started it, even one killed by SIGKILL
(llama.cpp's server is faked: what is tested is the process handling)."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

from support.processes import family, kill_all, marked_env, survivors

ROOT = Path(__file__).resolve().parents[2]
FAKE_LLAMA = ROOT / "tests" / "support" / "fake_llama"
STARTER = """
import sys
from pathlib import Path
from sandbox.agents.local_server import LocalModelServer
server = LocalModelServer(Path("unused.gguf"))
server.start()
print(server.process.pid, flush=True)
sys.stdin.read()
"""


def test_the_local_model_server_ends_when_its_starter_is_killed():
    mark = secrets.token_hex(8)
    env = marked_env(mark, PYTHONPATH=os.pathsep.join((str(FAKE_LLAMA), str(ROOT))))
    starter = subprocess.Popen([sys.executable, "-c", STARTER], env=env, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    known: set[tuple[int, int]] = set()
    try:
        server_pid = int(starter.stdout.readline())
        known = family(mark)
        assert server_pid in {pid for pid, _ in known}
        starter.kill()
        starter.wait()
        left = survivors(mark, known)
    finally:
        starter.kill()
        kill_all(mark, known)
    assert not left, f"still running after SIGKILL: {left}"
