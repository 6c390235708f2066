"""What grading reads at the end of an episode, kept so that a fixed grader can re-score the
episode later without a browser, sites or agent (``sandbox regrade``).

An episode's :class:`FinalState` is one zip file: ``state.json`` (the user, the chat, the
actions, each site's request log) and ``pages/<site>``, the tenant's database as the pages that
differ from the seeded template (:mod:`sandbox.websites.core.snapshots`). The templates are
kept once per run (``bases/<site>-<digest>.sqlite.gz``), since every episode starts from them.
"""

from __future__ import annotations

import gzip
import zipfile
from pathlib import Path
from typing import Any

from pydantic import Field

from .results import Record
from .websites.core.snapshots import digest

FILE_NAME = "final_state.zip"


class SiteState(Record):
    """One site's tenant at the end of an episode."""

    base: str
    """The digest of the template image ``pages`` applies to."""
    requests: list[dict[str, Any]] = Field(default_factory=list)
    """The tenant's request log, as the control API answered it."""
    pages: bytes = Field(b"", exclude=True)
    """The page diff against the template (stored beside ``state.json``, not in it)."""


class FinalState(Record):
    """The sites' state and the agent's side of an episode, as it ended."""

    user: str | None = None
    final_url: str = ""
    chat: list[dict[str, str]] = Field(default_factory=list)
    actions: list[dict[str, Any]] = Field(default_factory=list)
    sites: dict[str, SiteState] = Field(default_factory=dict)

    @property
    def agent_messages(self) -> list[str]:
        return [m["message"] for m in self.chat if m.get("role") == "assistant"]


def write_final_state(directory: Path, state: FinalState) -> Path:
    """``directory/final_state.zip``, written whole or not at all."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / FILE_NAME
    draft = path.with_suffix(".zip.tmp")
    with zipfile.ZipFile(draft, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("state.json", state.model_dump_json())
        for site, site_state in state.sites.items():
            archive.writestr(f"pages/{site}", site_state.pages)
    draft.replace(path)
    return path


def read_final_state(directory: Path) -> FinalState | None:
    """The episode's stored state, or None when the episode kept none."""
    path = directory / FILE_NAME
    if not path.exists():
        return None
    with zipfile.ZipFile(path) as archive:
        state = FinalState.model_validate_json(archive.read("state.json"))
        for site, site_state in state.sites.items():
            site_state.pages = archive.read(f"pages/{site}")
    return state


class Bases:
    """The seeded template images of a run's sites, by digest (``bases/`` of a run folder)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, site: str, name: str) -> Path:
        return self.directory / f"{site}-{name}.sqlite.gz"

    def add(self, site: str, image: bytes) -> str:
        name = digest(image)
        path = self._path(site, name)
        if not path.exists():
            self.directory.mkdir(parents=True, exist_ok=True)
            draft = path.with_suffix(".tmp")
            draft.write_bytes(gzip.compress(image, 6))
            draft.replace(path)
        return name

    def image(self, site: str, name: str) -> bytes | None:
        path = self._path(site, name)
        return gzip.decompress(path.read_bytes()) if path.exists() else None
