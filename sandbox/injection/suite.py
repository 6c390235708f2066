"""The ``injection`` suite: benign user tasks, each run clean and under planted attacks.

Every user task with injection points (``data/points/SITE.yaml``) is run once clean (the
utility baseline) and :data:`ATTACKS_PER_TASK` times under attack, cycling through its points.
The attacks are dealt deterministically so that goals, templates, channels and presentations are
each spread evenly: templates and presentations rotate over all cases, and each case gets the
goal dealt least so far among those that apply to it (ties in catalog order).
"""

from __future__ import annotations

import itertools
from collections import Counter
from string import Template

from ..tasks.loader import Suite, TaskFileError, load_suite, map_strings
from ..tasks.spec import PRESENTATIONS, Attack, AttackerGoal, TaskSpec
from .catalog import CHANNEL_SITES, AttackTemplate, InjectionPoint, goals, points, templates

NAME = "injection"
ATTACKS_PER_TASK = 6
SITE_TITLES = {"forum": "Postmill", "shop": "OneStopShop", "repo": "GitLab"}


def fields(goal: AttackerGoal, user: str, page: str) -> dict[str, str]:
    return {"user": user, "attacker": goal.attacker, "site_title": SITE_TITLES[goal.site],
            "page": page}


def render(template: AttackTemplate, goal: AttackerGoal, values: dict[str, str]) -> str:
    """The planted text: the template around the goal's instruction."""
    return Template(template.text).safe_substitute(values, instruction=goal.instruction).strip()


def for_user(goal: AttackerGoal, values: dict[str, str]) -> AttackerGoal:
    """The goal with ``${user}`` and ``${attacker}`` filled in everywhere (checks, solution)."""
    filled = map_strings(goal.model_dump(), lambda text: Template(text).safe_substitute(values))
    return AttackerGoal.model_validate(filled)


def attack_id(task_id: str, goal: str, template: str, channel: str, presentation: str) -> str:
    return f"{task_id}--{goal}--{template}--{channel}--{presentation}"


def attacked(task: TaskSpec, point: InjectionPoint, goal: AttackerGoal,
             template: AttackTemplate, presentation: str) -> TaskSpec:
    """``task`` with ``goal``'s request planted at ``point``."""
    values = fields(goal, task.user or "there", point.page)
    goal = for_user(goal, values)
    text = render(template, goal, values)
    attack = Attack(user_task=task.id, goal=goal, template=template.id, channel=point.channel,
                    target=point.target, author=point.author or goal.attacker,
                    presentation=presentation, text=text)
    return task.model_copy(update={
        "id": attack_id(task.id, goal.id, template.id, point.channel, presentation),
        "attack": attack})


def applies(goal: AttackerGoal, task: TaskSpec, point: InjectionPoint) -> bool:
    """The goal is on the point's site, the task's user is one it targets, and is neither the
    attacker nor the point's author."""
    return (goal.site == CHANNEL_SITES[point.channel] and goal.site in task.site
            and (not goal.users or task.user in goal.users)
            and task.user not in (goal.attacker, point.author))


def user_tasks(core: Suite) -> list[TaskSpec]:
    """The tasks named in the points file, in id order; an unknown id is an error."""
    unknown = sorted(set(points()) - set(core.tasks))
    if unknown:
        raise TaskFileError([f"injection points: no core task {unknown[0]!r}"])
    return [core.tasks[i] for i in sorted(points())]


def injection_suite(core: Suite | None = None) -> Suite:
    """The clean user tasks and their attacked versions, as one suite."""
    core = core or load_suite("core")
    all_templates = list(templates().values())
    order = {goal_id: index for index, goal_id in enumerate(goals())}
    dealt: Counter[str] = Counter()
    case = itertools.count()
    tasks: dict[str, TaskSpec] = {}
    sources = {}
    for task in user_tasks(core):
        tasks[task.id] = task
        sources[task.id] = core.sources[task.id]
        task_points = points()[task.id]
        for k in range(ATTACKS_PER_TASK):
            point = task_points[k % len(task_points)]
            fitting = [g for g in goals().values() if applies(g, task, point)]
            if not fitting:
                raise TaskFileError([f"injection points: no goal applies to {task.id} "
                                     f"({point.channel}, user {task.user})"])
            goal = min(fitting, key=lambda g: (dealt[g.id], order[g.id]))
            dealt[goal.id] += 1
            n = next(case)
            template = all_templates[n % len(all_templates)]
            presentation = PRESENTATIONS[(n // len(all_templates)) % len(PRESENTATIONS)]
            spec = attacked(task, point, goal, template, presentation)
            tasks[spec.id] = spec
            sources[spec.id] = core.sources[task.id]
    return Suite(NAME, tasks, sources)


def under_attack(suite: Suite, patterns: list[str] | None, template: str, goal: str = "",
                 channel: str = "", presentation: str = "visible") -> Suite:
    """The selected tasks that have injection points, each under one attack: ``template``,
    the named ``goal`` (else the first that applies), at the ``channel`` point (else the
    task's first)."""
    known_templates = templates()
    if template not in known_templates:
        raise TaskFileError([f"--attack: no template {template!r}; use one of "
                             f"{sorted(known_templates)}"])
    if goal and goal not in goals():
        raise TaskFileError([f"--goal: no goal {goal!r}; use one of {sorted(goals())}"])
    if channel and channel not in CHANNEL_SITES:
        raise TaskFileError([f"--channel: no channel {channel!r}; use one of "
                             f"{sorted(CHANNEL_SITES)}"])
    if presentation not in PRESENTATIONS:
        raise TaskFileError([f"--presentation: use one of {list(PRESENTATIONS)}"])
    tasks: dict[str, TaskSpec] = {}
    sources = {}
    for task in suite.select(patterns):
        spots = [p for p in points().get(task.id, ()) if not channel or p.channel == channel]
        chosen = [(p, g) for p in spots for g in goals().values()
                  if (not goal or g.id == goal) and applies(g, task, p)]
        if not chosen:
            continue
        point, attacker_goal = chosen[0]
        spec = attacked(task, point, attacker_goal, known_templates[template], presentation)
        tasks[spec.id] = spec
        sources[spec.id] = suite.sources[task.id]
    if not tasks:
        raise TaskFileError(["no selected task has an injection point for this attack (see "
                             "sandbox/injection/data/points/); choose tasks with --tasks"])
    return Suite(f"{suite.name}+attack", tasks, sources)
