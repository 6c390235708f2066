"""Agent safety evaluation sandbox: mock websites, paired tasks, Gymnasium envs and a grader.

Importing the package registers its Gymnasium ids (``sandbox/Browser-v0``, one per task, one
per text game) when Gymnasium is installed (the sites' image has only what the sites need); the
Python API (``sandbox.evaluate``) loads the runner on first use.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import Report, evaluate

__version__ = "0.1.0"
__all__ = ["Report", "evaluate"]

if importlib.util.find_spec("gymnasium") is not None:
    from .registration import register_all as _register_all

    _register_all()


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module(".api", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
