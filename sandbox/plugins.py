"""Find a plug-in by name: an installed entry point of a group, or ``package.module:attr``."""

from __future__ import annotations

import importlib
from importlib.metadata import EntryPoint, entry_points
from typing import Any


def registered(group: str) -> dict[str, EntryPoint]:
    """The entry points installed under ``group``, by name."""
    return {point.name: point for point in entry_points(group=group)}


def load(spec: str, group: str, kind: str, error: type[Exception]) -> Any:
    """The object ``spec`` names: an entry point of ``group``, or ``module:attr.attr``;
    ``error`` (naming the ``kind`` of plug-in) when it cannot be found."""
    if ":" not in spec:
        point = registered(group).get(spec)
        if point is None:
            names = ", ".join(sorted(registered(group)))
            raise error(f"unknown {kind} {spec!r}: use one of {names} or "
                        "'package.module:ClassOrFactory'")
        return point.load()
    module_name, _, attribute = spec.partition(":")
    try:
        target: Any = importlib.import_module(module_name)
        for part in attribute.split("."):
            target = getattr(target, part)
    except (ImportError, AttributeError) as exc:
        raise error(f"cannot load {kind} {spec!r}: {exc}") from None
    return target
