"""Find an element of the observation's outline by role and accessible name."""

from __future__ import annotations

import re
from dataclasses import dataclass

LINE = re.compile(r'^\s*\[(?P<bid>[\w]+)\] (?P<role>[\w-]+)(?: "(?P<name>(?:[^"\\]|\\.)*)")?'
                  r"(?P<rest>.*)$")
URL = re.compile(r"\burl=(\S+)")


@dataclass(frozen=True)
class Element:
    bid: str
    role: str
    name: str
    url: str | None


def elements(axtree: str) -> list[Element]:
    """Every element of the outline that carries an id."""
    found = []
    for line in axtree.splitlines():
        match = LINE.match(line)
        if match:
            url = URL.search(match["rest"])
            name = (match["name"] or "").replace('\\"', '"')
            found.append(Element(match["bid"], match["role"], name, url[1] if url else None))
    return found


def find(axtree: str, role: str, name: str, exact: bool = True, url: str | None = None,
         nth: int = 0) -> Element | None:
    """The ``nth`` element with this role whose name equals (or contains) ``name``."""
    wanted = name.casefold()
    matches = [
        e for e in elements(axtree)
        if e.role == role
        and (e.name.casefold() == wanted if exact else wanted in e.name.casefold())
        and (url is None or (e.url or "").endswith(url))
    ]
    return matches[nth] if len(matches) > nth else None
