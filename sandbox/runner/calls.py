"""Call agent code, sync or async, with a per-call timeout that survives a hanging agent."""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import threading
from collections.abc import Callable
from typing import Any


class StepTimeout(TimeoutError):
    """The agent did not answer within its per-step time."""


async def call_agent(function: Callable[..., Any], *args: Any, timeout: float) -> Any:
    """Await an async agent method, or run a sync one on a daemon thread, within ``timeout``.

    A sync agent that hangs keeps its daemon thread, but the episode and the run move on.
    """
    if inspect.iscoroutinefunction(function):
        try:
            return await asyncio.wait_for(function(*args), timeout)
        except TimeoutError:
            raise StepTimeout(f"{_name(function)} took longer than {timeout:g} s") from None
    future: concurrent.futures.Future = concurrent.futures.Future()

    def work() -> None:
        try:
            future.set_result(function(*args))
        except BaseException as exc:  # handed to the awaiting episode, never lost
            future.set_exception(exc)

    threading.Thread(target=work, daemon=True, name=f"agent-{_name(function)}").start()
    try:
        return await asyncio.wait_for(asyncio.wrap_future(future), timeout)
    except TimeoutError:
        raise StepTimeout(f"{_name(function)} took longer than {timeout:g} s") from None


def _name(function: Callable[..., Any]) -> str:
    return getattr(function, "__qualname__", repr(function))
