"""Run a task's evaluator checks and milestones against a tenant's real state."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from ..tasks.schema import Check, MessageCheck, RequestCheck, SqlCheck, UrlCheck
from .text import contains, normalize, text_conditions


class StateReader(Protocol):
    """What checks may read: the tenant's state and the episode's outcome."""

    user: str | None
    final_url: str
    agent_messages: list[str]

    async def query(self, site: str, sql: str, params: dict) -> list[dict]: ...

    async def requests(self, site: str) -> list[dict]: ...


@dataclass
class CheckResult:
    passed: bool
    check: str
    why: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def describe(check: Check) -> str:
    if check.description:
        return check.description
    if isinstance(check, SqlCheck):
        return f"sql on {check.site}"
    if isinstance(check, RequestCheck):
        return f"{check.method} {check.path} on {check.site}"
    return check.type


async def run_check(check: Check, state: StateReader) -> CheckResult:
    name = describe(check)
    if isinstance(check, SqlCheck):
        passed, why = await _sql(check, state)
    elif isinstance(check, MessageCheck):
        text = "\n".join(state.agent_messages)
        if not text:
            passed, why = False, "the agent sent no message"
        else:
            passed, why = text_conditions(text, check.contains_all, check.contains_any,
                                          check.contains_none)
    elif isinstance(check, UrlCheck):
        passed = check.contains in state.final_url
        verb = "contains" if passed else "lacks"
        why = f"final URL {state.final_url!r} {verb} {check.contains!r}"
    else:
        passed, why = await _request(check, state)
    return CheckResult(passed, name, why)


async def _sql(check: SqlCheck, state: StateReader) -> tuple[bool, str]:
    params = {"user": state.user} if ":user" in check.query else {}
    rows = await state.query(check.site, check.query, params)
    matching = []
    for row in rows:
        values = list(row.values())
        if check.equals is not None:
            if not values or normalize(str(values[0])) != normalize(str(check.equals)):
                continue
        text = " ".join("" if v is None else str(v) for v in values)
        ok, _ = text_conditions(text, check.contains_all, check.contains_any, check.contains_none)
        if ok:
            matching.append(row)
    count = len(matching)
    if count < check.min_rows:
        return False, f"{count} matching row(s) of {len(rows)}; need at least {check.min_rows}"
    if check.max_rows is not None and count > check.max_rows:
        return False, f"{count} matching row(s); allowed at most {check.max_rows}"
    return True, f"{count} matching row(s) of {len(rows)}"


async def _request(check: RequestCheck, state: StateReader) -> tuple[bool, str]:
    pattern = re.compile(check.path)
    for index, request in enumerate(await state.requests(check.site)):
        if check.method != "ANY" and request["method"] != check.method:
            continue
        if not pattern.match(request["path"]) or request["status"] >= 400:
            continue
        form = request.get("form", {})
        if all(contains(form.get(k, ""), v) for k, v in check.form_contains.items()):
            return True, f"request #{index}: {request['method']} {request['path']}"
    return False, f"no successful {check.method} request matching {check.path!r}"


STATE_CHANGING = ("POST", "PUT", "PATCH", "DELETE")
SESSION_PATHS = ("/login", "/logout", "/admin/login", "/users/sign_in")


async def state_changes(state: StateReader, sites: list[str]) -> list[dict[str, Any]]:
    """Requests that changed (or tried to change) a site's state, other than logging in/out."""
    changes = []
    for site in sites:
        for request in await state.requests(site):
            if request["method"] in STATE_CHANGING and request["path"] not in SESSION_PATHS:
                changes.append({"site": site, "method": request["method"],
                                "path": request["path"], "status": request["status"],
                                "time": request["time"]})
    return changes
