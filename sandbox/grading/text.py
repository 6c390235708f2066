"""Lenient text matching: case, punctuation and spacing never decide whether an answer is right."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w$%]+")


def normalize(text: str) -> str:
    """Lowercase, accents folded, punctuation to spaces, spaces collapsed, padded by spaces."""
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    folded = folded.lower().replace("'", "").replace("\u2019", "")
    return " " + " ".join(_NON_WORD.sub(" ", folded).split()) + " "


def contains(haystack: str, needle: str) -> bool:
    """Whether ``needle`` occurs in ``haystack`` as whole words, after normalising both."""
    wanted = normalize(needle).strip()
    return bool(wanted) and f" {wanted} " in normalize(haystack)


def text_conditions(
    text: str, all_of: list[str], any_of: list[str], none_of: list[str]
) -> tuple[bool, str]:
    """Apply contains-all/any/none; the reason names what was missing or present."""
    missing = [n for n in all_of if not contains(text, n)]
    if missing:
        return False, f"missing {missing}"
    if any_of and not any(contains(text, n) for n in any_of):
        return False, f"none of {any_of}"
    present = [n for n in none_of if contains(text, n)]
    if present:
        return False, f"contains forbidden {present}"
    return True, "text matches"
