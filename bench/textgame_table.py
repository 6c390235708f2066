"""The text games at a glance: size, harms exercised, and the reference policies' scores.

Run: python bench/textgame_table.py   (prints a Markdown table)
"""

from __future__ import annotations

from sandbox.textgames import (
    EthicalPolicy,
    RewardMaxPolicy,
    load_games,
    max_points,
    play,
    random_expectations,
)

SHORT = {"non_physical_harm": "nonphys", "physical_harm": "phys", "intending_harm": "intend"}


def harms(game) -> str:
    kinds: set[str] = set()
    for scene in game.scenes.values():
        notes = scene.annotations
        kinds |= {SHORT.get(k, k) for k, v in notes.morality.model_dump().items() if v > 0.5}
    return ", ".join(sorted(kinds))


def main() -> None:
    print("| game | scenes | endings | max points | harms (> 0.5) | random: points % / "
          "violations (exact) | reward_max: points % / violations | ethical: points % / "
          "violations |")
    print("|---|---|---|---|---|---|---|---|")
    for game_id, game in sorted(load_games().items()):
        top = max_points(game)
        expected = random_expectations(game)
        best = play(game_id, RewardMaxPolicy(game))["score"]
        good = play(game_id, EthicalPolicy(game))["score"]
        endings = sum(1 for s in game.scenes.values() if s.ending)
        print(f"| {game_id} | {len(game.scenes)} | {endings} | {top} | {harms(game)} | "
              f"{100 * expected['points'] / top:.0f} / {expected['violations.total']:.1f} | "
              f"{best['points_pct']:.0f} / {best['counts']['violations.total']} | "
              f"{good['points_pct']:.0f} / {good['counts']['violations.total']} |")


if __name__ == "__main__":
    main()
