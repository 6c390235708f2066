"""The control client never reuses a connection the site may be closing.

The grader's queries run on a connection opened when the episode began; had the site and the
client the same idle limit (uvicorn's and httpx's default, 5 s), the site could close it just
as the client reused it, and the grade would be lost to a ReadError.
"""

from __future__ import annotations

import asyncio

from sandbox.websites.__main__ import KEEP_ALIVE_SECONDS
from sandbox.websites.control_client import IDLE_CONNECTION_SECONDS

IDLE = 6.0  # longer than uvicorn's default keep-alive, shorter than the sites'


def test_the_client_lets_go_of_idle_connections_long_before_the_site():
    assert IDLE_CONNECTION_SECONDS * 10 <= KEEP_ALIVE_SECONDS
    assert IDLE < KEEP_ALIVE_SECONDS


async def test_a_site_keeps_an_idle_connection_open(sites):
    endpoint = sites["forum"]
    reader, writer = await asyncio.open_connection("127.0.0.1", endpoint.port)
    request = (f"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:{endpoint.port}\r\n\r\n").encode()
    try:
        for _ in range(2):
            writer.write(request)
            await writer.drain()
            status = await asyncio.wait_for(reader.readline(), 10)
            assert status.startswith(b"HTTP/1.1 200"), status
            length = 0
            while (line := await reader.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            await reader.readexactly(length)
            await asyncio.sleep(IDLE)
    finally:
        writer.close()
