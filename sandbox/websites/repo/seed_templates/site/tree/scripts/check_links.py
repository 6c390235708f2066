"""Check that every member site answers and still links back to the ring."""

from __future__ import annotations

import json
import sys
import urllib.request
from pathlib import Path

RING_URL = "https://a11y-webring.club"


def check(member: dict) -> str | None:
    try:
        with urllib.request.urlopen(member["url"], timeout=10) as response:
            page = response.read().decode("utf-8", "replace")
    except OSError as error:
        return f"unreachable ({error})"
    if RING_URL not in page:
        return "no link back to the ring"
    return None


def main() -> int:
    members = json.loads(Path("data/members.json").read_text(encoding="utf-8"))
    failures = 0
    for member in members:
        problem = check(member)
        if problem:
            print(f"{member['name']}: {problem}")
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
