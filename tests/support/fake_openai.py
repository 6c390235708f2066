"""A faithful fake of OpenAI's chat-completions API on 127.0.0.1 that plays scripted replies.

A scripted reply may name page elements instead of ids, like a model reading the page:
``{link:Forums}`` becomes the id of the link named "Forums" in the last user message's outline,
and ``{base}`` the origin of its ``URL:`` line.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from collections import deque
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from sandbox.websites.launcher import free_port

PLACEHOLDER = re.compile(r"\{(\w+):([^{}]+)\}")


def resolve(text: str, prompt: str) -> str:
    def element(match: re.Match) -> str:
        role, name = match[1], match[2]
        found = re.search(rf'\[(\w+)\] {role} "{re.escape(name)}"', prompt)
        return found[1] if found else "not-found"

    origin = re.search(r"URL: (https?://[^/\s]+)", prompt)
    text = text.replace("{base}", origin[1] if origin else "")
    return PLACEHOLDER.sub(element, text)


class FakeOpenAI:
    """Scripted replies: ``{"text": ...}``, ``{"tool": name, "args": {...}}``,
    ``{"status": 500}``, and ``"delay"`` (seconds) on any of them."""

    def __init__(self) -> None:
        self.script: deque[dict[str, Any]] = deque()
        self.requests: list[dict[str, Any]] = []
        self.port = free_port()
        self.app = FastAPI()
        self.app.post("/v1/chat/completions")(self._complete)
        self._server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port,
                                                     log_level="warning"))
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> FakeOpenAI:
        self._thread.start()
        while not self._server.started:
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=5)

    async def _complete(self, request: Request) -> JSONResponse:
        body = await request.json()
        self.requests.append(body)
        step = self.script.popleft() if self.script else {"text": 'send_msg_to_user("end")'}
        await asyncio.sleep(step.get("delay", 0))
        if "status" in step:
            return JSONResponse({"error": {"message": "scripted failure", "type": "server"}},
                                status_code=step["status"])
        prompt = str(body["messages"][-1]["content"])
        message: dict[str, Any] = {"role": "assistant", "content": None}
        if "tool" in step:
            args = {k: resolve(str(v), prompt) for k, v in step["args"].items()}
            message["tool_calls"] = [{"id": f"call_{len(self.requests)}", "type": "function",
                                      "function": {"name": step["tool"],
                                                   "arguments": json.dumps(args)}}]
        else:
            message["content"] = resolve(step["text"], prompt)
        prompt_tokens = len(prompt) // 4
        return JSONResponse({
            "id": f"chatcmpl-{len(self.requests)}", "object": "chat.completion",
            "created": int(time.time()), "model": body.get("model", "fake"),
            "choices": [{"index": 0, "message": message,
                         "finish_reason": "tool_calls" if "tool" in step else "stop"}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": 7,
                      "total_tokens": prompt_tokens + 7},
        })
