"""Find and launch Chromium (Debian's, by default) with the flags this sandbox needs."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from playwright.async_api import Browser, Playwright

CHROMIUM_ENV = "SANDBOX_CHROMIUM"
# Debian's chromium-headless-shell (the old headless mode, without the browser's UI) takes
# about 30% less CPU a step than headless Chromium (bench/bench_soundness.py); used when present.
HEADLESS_CANDIDATES = ("/usr/lib/chromium/chromium-headless-shell",
                       "/usr/bin/chromium-headless-shell")
CANDIDATES = ("/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser",
              "/usr/bin/google-chrome")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",  # no UDP around the proxy
    # Headless Chromium keeps a WebUI renderer per window for the address bar's popup, which a
    # headless page never shows: half the renderers of a run (bench/bench_env.py's memory).
    "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup",
]


class BrowserNotFound(RuntimeError):
    """No Chromium executable could be found."""


def find_chromium(executable: str | os.PathLike | None = None, headless: bool = False) -> str:
    """The Chromium to launch: the argument, then ``$SANDBOX_CHROMIUM``, then known paths
    (for a headless browser, Debian's headless shell first)."""
    wanted = executable or os.environ.get(CHROMIUM_ENV)
    if wanted:
        path = Path(wanted)
        if path.is_file() and os.access(path, os.X_OK):
            return str(path)
        raise BrowserNotFound(f"no Chromium at {wanted!r} (from the argument or ${CHROMIUM_ENV})")
    for candidate in (HEADLESS_CANDIDATES if headless else ()) + CANDIDATES:
        if os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    raise BrowserNotFound(
        "No Chromium found. Install one with `apt-get install -y chromium "
        "chromium-headless-shell`, or point "
        f"${CHROMIUM_ENV} (or executable_path=...) at a Chromium or Chrome binary."
    )


async def launch_chromium(
    playwright: Playwright, executable: str | os.PathLike | None = None, headless: bool = True
) -> Browser:
    return await playwright.chromium.launch(
        executable_path=find_chromium(executable, headless), headless=headless, args=CHROMIUM_FLAGS
    )
