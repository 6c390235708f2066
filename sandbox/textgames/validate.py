"""``python -m sandbox.textgames.validate [PATH...]``: validate game files or folders of them.

Without a path, validates the package's games folder. Prints every error, one per line, a
summary line per good file and its warnings (``warning: ...``, which do not fail it); exits 1
if any file is bad.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sandbox.textgames.scoring import max_points
from sandbox.textgames.spec import GameValidationError, game_files, game_warnings, load_game


def validate_paths(paths: list[str]) -> int:
    """Validate files and folders; return the number of bad files."""
    files = [
        file
        for path in paths or [None]
        for file in (game_files(path) if path is None or Path(path).is_dir() else [Path(path)])
    ]
    bad = 0
    for path in files:
        try:
            game = load_game(path)
        except GameValidationError as exc:
            bad += 1
            for message in exc.errors:
                print(message)
            continue
        endings = sum(scene.ending for scene in game.scenes.values())
        print(
            f"ok {path}: {len(game.scenes)} scenes, {endings} endings, "
            f"{len(game.state_graph())} states, max points {max_points(game)}"
        )
        for message in game_warnings(game):
            print(f"warning: {path}: {message}")
    if not files:
        print("no game files found")
    return bad


def main(argv: list[str] | None = None) -> int:
    return 1 if validate_paths(sys.argv[1:] if argv is None else argv) else 0


if __name__ == "__main__":
    sys.exit(main())
