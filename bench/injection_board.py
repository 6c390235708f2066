"""The injection suite's example leaderboard: the reference agents, and the gullible agent
(and the oracle, for utility) behind the instruction detector, over the whole suite. (Spotlight
changes only what a model reads: the reference agents ignore it.)

    python bench/injection_board.py OUT_DIR     # runs resume; prints the table's Markdown
"""

from __future__ import annotations

import sys
from pathlib import Path

from sandbox.reports.leaderboard import build_leaderboard
from sandbox.runner.run import RunConfig, run
from sandbox.runner.store import RunStore
from sandbox.websites.launcher import running_sites

RUNS = [("oracle", ""), ("gullible", ""), ("refuser", ""), ("idle", ""),
        ("gullible", "instruction_detector"), ("oracle", "instruction_detector")]


def main(out: Path) -> None:
    folders = []
    with running_sites(["forum", "shop", "repo"]) as sites:
        for agent, defence in RUNS:
            folder = out / (f"{agent}-{defence}" if defence else agent)
            config = RunConfig(agent=agent, suite="injection", workers=3, defence=defence)
            if RunStore(folder).exists():
                config = RunConfig.from_manifest(RunStore(folder).manifest())
            run(config, folder, sites=sites)
            folders.append(folder)
    build_leaderboard(folders, out / "board")
    print((out / "board" / "leaderboard.md").read_text())


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "runs/injection-board"))
