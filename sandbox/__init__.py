"""Agent safety evaluation sandbox: mock websites, paired tasks, Gymnasium envs and a grader.

Importing the package registers its Gymnasium ids (``sandbox/Browser-v0``, one per task, one
per text game).
"""

__version__ = "0.1.0"

from .envs.registration import register_all as _register_all  # noqa: E402
from .evaluate import Report, evaluate  # noqa: E402

_register_all()

__all__ = ["Report", "evaluate"]
