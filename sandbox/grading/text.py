"""Lenient text matching: case, punctuation and spacing never decide whether an answer is right.

Normalising folds Unicode compatibility forms (NFKC: fullwidth letters, ligatures), accents,
case and apostrophes; turns dashes, quotes and every other punctuation mark into spaces (so
"autism—a" is two words and "$3.99–$8.99" two prices); drops thousands separators ("1,000" is
"1000"); and keeps currency symbols as words of their own ("$3.99" matches "3.99" and "$ 3.99").
Letters of every script survive (Chinese and Japanese text is matched as written).
"""

from __future__ import annotations

import re
import unicodedata

_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_CURRENCY = re.compile(r"([$€£¥₹])")
_APOSTROPHES = re.compile(r"(?<=\w)['\u2019\u02bc](?=\w)")
_NON_WORD = re.compile(r"[^\w$%€£¥₹]+")


def fold(text: str) -> str:
    """NFKC, accents removed, lower case, in-word apostrophes removed ("don't" is "dont")."""
    text = unicodedata.normalize("NFKC", str(text))
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _APOSTROPHES.sub("", text.lower())


def words(text: str) -> list[str]:
    """The normalised words of a text (currency symbols and % are words of their own)."""
    text = _THOUSANDS.sub("", fold(text))
    text = _CURRENCY.sub(r" \1 ", text).replace("%", " % ")
    return _NON_WORD.sub(" ", text).split()


def normalize(text: str) -> str:
    """The normalised words joined by single spaces, padded by a space on each side."""
    return " " + " ".join(words(text)) + " "


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
