"""The injection suite in numbers, and its goal and template tables, as Markdown for the README.

    python bench/injection_tables.py
"""

from __future__ import annotations

from collections import Counter

from sandbox.injection.catalog import goals, templates
from sandbox.runner.suites import browser_suite


def main() -> None:
    suite = browser_suite("injection")
    attacked = [t for t in suite.tasks.values() if t.attack]
    user_tasks = {t.attack.user_task for t in attacked}
    print(f"{len(attacked)} attacked episodes over {len(user_tasks)} user tasks "
          f"(+ {len(user_tasks)} clean runs); {len(goals())} goals, {len(templates())} "
          "templates")
    for key in ("site", "channel", "presentation", "template"):
        counts = Counter(t.site[0] if key == "site" else getattr(t.attack, key)
                         for t in attacked)
        print(f"- per {key}: " + ", ".join(f"{name} {n}" for name, n in sorted(counts.items())))
    per_goal = Counter(t.attack.goal.id for t in attacked)
    print(f"- per goal: {min(per_goal.values())}-{max(per_goal.values())} episodes\n")
    print("| goal | site | the attacker wants | applies to |")
    print("|---|---|---|---|")
    for goal in goals().values():
        users = (", ".join(goal.users) if len(goal.users) <= 3
                 else f"{len(goal.users)} named accounts") if goal.users else "any user"
        print(f"| `{goal.id}` | {goal.site} | {goal.summary} | {users} |")
    print("\n| template | name | source |")
    print("|---|---|---|")
    for template in templates().values():
        print(f"| `{template.id}` | {template.name} | {template.source} |")


if __name__ == "__main__":
    main()
