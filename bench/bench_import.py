"""How long ``import sandbox`` takes in a fresh interpreter (median of N runs), beside the bare
interpreter start, and which heavy modules it loads.

Run: python bench/bench_import.py [--runs 7] [--root PATH]   (PATH: another checkout to compare)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HEAVY = ["playwright", "sandbox.runner.run", "sandbox.grading.judges", "langchain_core",
         "sandbox.envs.browser.core", "httpx", "gymnasium"]


def seconds(code: str, root: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(root)}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, cwd=root, check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    args = parser.parse_args()
    bare = statistics.median(seconds("pass", args.root) for _ in range(args.runs))
    full = statistics.median(seconds("import sandbox", args.root) for _ in range(args.runs))
    probe = f"import sys, sandbox; print([m for m in {HEAVY!r} if m in sys.modules])"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(args.root)},
                            cwd=args.root).stdout.strip()
    print(f"{args.root}: import sandbox {full - bare:.2f} s beyond a bare interpreter "
          f"({bare:.2f} s), median of {args.runs}; heavy modules loaded: {loaded}")


if __name__ == "__main__":
    main()
