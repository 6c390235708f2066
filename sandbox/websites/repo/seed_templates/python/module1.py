"""<<Module>>: a small pipeline of steps applied in order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

Step = Callable[[Any], Any]


class <<Cls>>:
    """Chains steps; each receives the previous step's result."""

    def __init__(self, steps: Iterable[Step] = ()) -> None:
        self._steps: list[Step] = list(steps)

    def then(self, step: Step) -> "<<Cls>>":
        return <<Cls>>([*self._steps, step])

    def run(self, value: Any) -> Any:
        for step in self._steps:
            value = step(value)
        return value

    def run_many(self, values: Iterable[Any]) -> Iterator[Any]:
        for value in values:
            yield self.run(value)

    def __len__(self) -> int:
        return len(self._steps)


def strip_empty(values: list[str]) -> list[str]:
    return [value for value in values if value.strip()]
