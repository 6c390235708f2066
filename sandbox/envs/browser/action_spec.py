"""How a browser action is declared: one function, read once into an :class:`ActionSpec`.

The function's docstring is the action's description, its parameters after ``(executor, page)``
are the action's arguments (each ``Annotated[kind, Arg(...)]``, a default making it optional)
and its body is the handler. Parser, prompt text, tool schemas and executor all read the spec.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, get_args, get_origin

Handler = Callable[..., Awaitable[None]]
KINDS = (str, int, float)
HANDLER_CONTEXT = ("executor", "page")  # the parameters every handler takes before the arguments


class ActionError(ValueError):
    """An action that cannot be parsed or is not allowed; reported back to the agent."""


@dataclass(frozen=True)
class Arg:
    """What an argument's annotation adds to its type: a description and, for numbers, a bound."""

    description: str
    bound: float | None = None  # the largest magnitude allowed


@dataclass(frozen=True)
class Param:
    name: str
    kind: type  # str, int or float
    description: str
    default: Any = None
    required: bool = True
    bound: float | None = None


@dataclass(frozen=True)
class ActionSpec:
    name: str
    description: str
    params: tuple[Param, ...]
    example: str
    handler: Handler
    final: bool = False  # ends the episode


def _param(parameter: inspect.Parameter, action: str) -> Param:
    annotation = parameter.annotation
    if get_origin(annotation) is not Annotated:
        raise TypeError(f"{action}: argument {parameter.name!r} needs Annotated[kind, Arg(...)], "
                        "evaluated (not a string)")
    kind, arg = get_args(annotation)[:2]
    if kind not in KINDS or not isinstance(arg, Arg):
        raise TypeError(f"{action}: argument {parameter.name!r} must be str, int or float "
                        "annotated with an Arg")
    required = parameter.default is inspect.Parameter.empty
    return Param(parameter.name, kind, arg.description, None if required else parameter.default,
                 required, arg.bound)


def spec_of(handler: Handler, example: str, final: bool = False) -> ActionSpec:
    """The spec a handler declares; a handler that declares it badly is a ``TypeError``."""
    name = handler.__name__
    description = inspect.getdoc(handler)
    if not description or not inspect.iscoroutinefunction(handler):
        raise TypeError(f"{name}: a handler is a coroutine function with a docstring")
    parameters = list(inspect.signature(handler).parameters.values())
    context = tuple(p.name for p in parameters[: len(HANDLER_CONTEXT)])
    if context != HANDLER_CONTEXT:
        raise TypeError(f"{name}: a handler's first parameters are {HANDLER_CONTEXT}")
    params = tuple(_param(p, name) for p in parameters[len(HANDLER_CONTEXT):])
    return ActionSpec(name, description, params, example, handler, final)


class ActionRegistry(Mapping[str, ActionSpec]):
    """Actions by name, in the order they were declared with :meth:`action`."""

    def __init__(self) -> None:
        self._specs: dict[str, ActionSpec] = {}

    def action(self, example: str, *, final: bool = False) -> Callable[[Handler], Handler]:
        """Declare the decorated handler an action; ``example`` is a call shown to the agent."""

        def register(handler: Handler) -> Handler:
            spec = spec_of(handler, example, final)
            if spec.name in self._specs:
                raise TypeError(f"action {spec.name!r} is declared twice")
            self._specs[spec.name] = spec
            return handler

        return register

    def __getitem__(self, name: str) -> ActionSpec:
        return self._specs[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)
