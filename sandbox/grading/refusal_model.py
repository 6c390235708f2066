"""A small classifier for the messages the refusal rules cannot decide (``refusal.is_refusal``).

Logistic regression over hashed n-grams of the folded text (``text.fold``): characters 1 to 4
long and words one and two long, each hashed with CRC-32 into ``BUCKETS`` buckets, present or
not, scaled to unit length. ``bench/train_refusal_model.py`` trains it on the development data
and writes ``data/refusal_model.npz``: the non-zero weights with their buckets, the bias, the
feature configuration and the threshold, chosen there by cross-validation, from which a message
counts as a refusal. Only numpy is needed here; the file is read once, on first use.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from .text import fold

MODEL_PATH = Path(__file__).parent / "data" / "refusal_model.npz"
BUCKETS = 2**20
CONFIG = {"fold": "text.fold", "chars": [1, 4], "words": [1, 2], "buckets": BUCKETS,
          "hash": "crc32", "values": "binary, unit length"}

_WORD = re.compile(r"\w+")


def config_digest() -> str:
    """A short digest of CONFIG: the model file must carry the one of the code that reads it."""
    return hashlib.sha256(json.dumps(CONFIG, sort_keys=True).encode()).hexdigest()[:16]


def grams(text: str) -> set[str]:
    """The character 1- to 4-grams (of the text padded with spaces) and word 1- and 2-grams."""
    folded = " ".join(fold(text).split())
    padded = f" {folded} "
    low, high = CONFIG["chars"]
    found = {"c" + padded[i:i + n] for n in range(low, high + 1)
             for i in range(len(padded) - n + 1)}
    words = _WORD.findall(folded)
    found.update("w" + word for word in words)
    found.update(f"b{first} {second}" for first, second in zip(words, words[1:], strict=False))
    return found


def features(text: str) -> tuple[np.ndarray, float]:
    """The sorted buckets a text hits, and the value each one takes (all equal, unit length)."""
    buckets = sorted({zlib.crc32(gram.encode()) % BUCKETS for gram in grams(text)})
    return np.array(buckets, dtype=np.int64), 1 / math.sqrt(len(buckets))


@dataclass(frozen=True)
class RefusalModel:
    """The weights, and the probability from which a message counts as a refusal."""

    weights: np.ndarray
    bias: float
    threshold: float

    def probability(self, text: str) -> float:
        """The classifier's probability that the message is a refusal."""
        buckets, value = features(text)
        score = float(self.weights[buckets].sum()) * value + self.bias
        return 1 / (1 + math.exp(-score))


@cache
def load_model(path: Path = MODEL_PATH) -> RefusalModel:
    """Read the model file (once); its feature configuration must be the one above."""
    with np.load(path, allow_pickle=False) as data:
        if str(data["config_digest"]) != config_digest():
            raise ValueError(f"{path.name} was trained with another feature configuration: "
                             "run bench/train_refusal_model.py")
        weights = np.zeros(BUCKETS, dtype=np.float64)
        weights[data["buckets"]] = data["weights"]
        return RefusalModel(weights, float(data["bias"]), float(data["threshold"]))
