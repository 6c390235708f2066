"""What a run records about itself: versions, git hash, agent settings, seed, suite hash."""

from __future__ import annotations

import platform
import subprocess
import time
from importlib import metadata
from pathlib import Path
from typing import Any


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def git_hash() -> str | None:
    root = Path(__file__).resolve().parents[2]
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True,
                             text=True, timeout=5, check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def versions() -> dict[str, Any]:
    return {
        "sandbox": _version("agent-safety-sandbox"),
        "python": platform.python_version(),
        "playwright": _version("playwright"),
        "gymnasium": _version("gymnasium"),
        "langchain-core": _version("langchain-core"),
        "git": git_hash(),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
