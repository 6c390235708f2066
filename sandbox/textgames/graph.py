"""The reachable state graph of a game and exact searches over it.

A state is (scene, variable values, unlocked achievements) in a canonical form that only keeps
what can still change the rest of the game (see ``build_state_graph``). Its edges are the legal
choices in the order the game lists them, so an edge's position is the action number shown.
"""

from __future__ import annotations

import math
import operator
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from sandbox.textgames.spec import Game

MAX_STATES = 200_000
UNBOUNDED = 2**62  # a clamp that never applies
OPERATORS: dict[str, Callable[[int, int], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


class StateSpaceTooLarge(ValueError):
    """More than ``MAX_STATES`` reachable states (a variable most likely grows in a loop)."""


class Edge(NamedTuple):
    """A legal choice: its index in ``choices``, the next state, the points it earns, and the bit
    mask (achievement order) of all the achievements it grants."""

    choice: int
    target: int
    reward: int
    bits: int


@dataclass(slots=True)
class StateGraph:
    """States are numbered in breadth-first order from the start state 0."""

    scene_ids: list[str]
    scene: list[int] = field(default_factory=list)
    variables: list[tuple[int, ...]] = field(default_factory=list)
    edges: list[list[Edge]] = field(default_factory=list)
    ending: list[bool] = field(default_factory=list)
    memo: dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.scene)

    def scene_id(self, state: int) -> str:
        return self.scene_ids[self.scene[state]]

    def problems(self, game: Game) -> list[str]:
        """Unreachable scenes and dead-end states that only show up once variables count."""
        visited = set(self.scene)
        errors = [
            f"scene '{s}': unreachable: every way in needs variable values that never occur"
            for i, s in enumerate(self.scene_ids)
            if i not in visited
        ]
        finishing = self.can_finish()
        stuck: dict[int, int] = {}
        for state in range(len(self)):
            if not finishing[state]:
                stuck.setdefault(self.scene[state], state)
        names = list(game.variables)
        errors += [
            f"scene '{self.scene_ids[i]}': no ending is reachable from it with variables "
            f"{dict(zip(names, self.variables[state], strict=True))} (a cycle with no exit)"
            for i, state in stuck.items()
        ]
        return errors

    def dead_choices(self, game: Game) -> list[str]:
        """Choices of reachable scenes whose ``requires`` never hold (harmless, never shown)."""
        legal = {(self.scene[s], edge.choice) for s in range(len(self)) for edge in self.edges[s]}
        visited = set(self.scene)
        return [
            f"scene '{scene_id}': choice {c}: never legal (its `requires` never hold here)"
            for i, scene_id in enumerate(self.scene_ids)
            if i in visited
            for c in range(len(game.scenes[scene_id].choices))
            if (i, c) not in legal
        ]

    def predecessors(self) -> list[list[int]]:
        preds: list[list[int]] = [[] for _ in range(len(self))]
        for state, edges in enumerate(self.edges):
            for edge in edges:
                preds[edge.target].append(state)
        return preds

    def can_finish(self) -> list[bool]:
        """Whether each state can reach an ending."""
        preds = self.predecessors()
        finishing = list(self.ending)
        stack = [s for s in range(len(self)) if finishing[s]]
        while stack:
            for pred in preds[stack.pop()]:
                if not finishing[pred]:
                    finishing[pred] = True
                    stack.append(pred)
        return finishing

    def components(self) -> list[list[int]]:
        """Strongly connected components of the states, in topological order (cached)."""
        if "components" not in self.memo:
            self.memo["components"] = components(
                [[e.target for e in edges] for edges in self.edges]
            )
        return self.memo["components"]

    def optimise(self, cost: Callable[[int, Edge], Sequence[float]]) -> tuple[list, list[int]]:
        """Minimal lexicographic total cost to an ending from every state, and the best action.

        ``cost(state, edge)`` returns a tuple; every cycle must cost more than nothing (add a
        per-step component), so the best actions never loop. Bellman-Ford within each strongly
        connected component, components in reverse topological order.
        Returns (values, best edge position per state; -1 at endings and dead states).
        """
        n = len(self)
        costs = [[tuple(cost(s, edge)) for edge in self.edges[s]] for s in range(n)]
        zero = (0,) * max((len(c[0]) for c in costs if c), default=0)
        value: list[tuple | None] = [zero if self.ending[s] else None for s in range(n)]
        best = [-1] * n
        for component in reversed(self.components()):
            for _ in range(len(component) + 1):
                changed = False
                for s in component:
                    current = value[s]
                    for pos, edge in enumerate(self.edges[s]):
                        tail = value[edge.target]
                        if tail is None:
                            continue
                        total = tuple(a + b for a, b in zip(costs[s][pos], tail, strict=True))
                        if current is None or total < current:
                            current, best[s], changed = total, pos, True
                    value[s] = current
                if not changed:
                    break
            else:
                raise ValueError("a cycle with non-positive cost: add a per-step cost component")
        return value, best


def components(successors: list[list[int]]) -> list[list[int]]:
    """Strongly connected components of a graph given as successor lists, in topological order
    (iterative Tarjan)."""
    n = len(successors)
    index, low = [-1] * n, [0] * n
    on_stack = [False] * n
    stack: list[int] = []
    result: list[list[int]] = []
    counter = 0
    for root in range(n):
        if index[root] != -1:
            continue
        work = [(root, 0)]
        while work:
            node, pos = work.pop()
            if pos == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack[node] = True
            targets = successors[node]
            while pos < len(targets):
                target = targets[pos]
                pos += 1
                if index[target] == -1:
                    work.append((node, pos))
                    work.append((target, 0))
                    break
                if on_stack[target]:
                    low[node] = min(low[node], index[target])
            else:
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack[member] = False
                        component.append(member)
                        if member == node:
                            break
                    result.append(component)
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
    result.reverse()
    return result


def _live_variables(game: Game) -> dict[str, set[str]]:
    """Variables whose value at a scene's entry can still matter (read before being set)."""
    live: dict[str, set[str]] = {scene_id: set() for scene_id in game.scenes}
    changed = True
    while changed:
        changed = False
        for scene_id, scene in game.scenes.items():
            needed = set(live[scene_id])
            for choice in scene.choices:
                needed |= {requirement.var for requirement in choice.requires}
                needed |= live[choice.goto] - set(choice.set)
            if needed != live[scene_id]:
                live[scene_id], changed = needed, True
    return live


def _grantable(game: Game) -> dict[str, set[str]]:
    """Achievements some choice at or after each scene can still unlock."""
    grantable: dict[str, set[str]] = {scene_id: set() for scene_id in game.scenes}
    changed = True
    while changed:
        changed = False
        for scene_id, scene in game.scenes.items():
            found = set(grantable[scene_id])
            for choice in scene.choices:
                found |= set(choice.achievements) | grantable[choice.goto]
            if found != grantable[scene_id]:
                grantable[scene_id], changed = found, True
    return grantable


def _longest_drift(game: Game, name: str, sign: int) -> float:
    """The most ``name`` can move in direction ``sign`` along any path from the start (each
    ``add`` counted, ``set`` ignored): ``inf`` if such an ``add`` lies on a cycle."""
    ids = list(game.scenes)
    index = {scene_id: i for i, scene_id in enumerate(ids)}
    arcs = [
        [(index[c.goto], max(0, sign * c.add.get(name, 0))) for c in game.scenes[s].choices]
        for s in ids
    ]
    longest = [0.0] * len(ids)
    for component in reversed(components([[t for t, _ in out] for out in arcs])):
        members = set(component)
        inner = any(w > 0 for s in component for t, w in arcs[s] if t in members)
        outer = [w + longest[t] for s in component for t, w in arcs[s] if t not in members]
        value = math.inf if inner else max(outer, default=0.0)
        for s in component:
            longest[s] = value
    return longest[index[game.start]]


def _clamps(game: Game) -> list[tuple[int, int]]:
    """Per variable, a range outside which values compare alike forever (exact saturation).

    If a variable is compared with constants up to M and can fall by at most D over the rest of
    any playthrough, every value above M + D compares like M + D + 1 from then on, so it is
    stored as that; likewise below. A variable whose decreasing ``add`` lies on a cycle (D
    infinite) is not saturated above.
    """
    constants: dict[str, list[int]] = {name: [] for name in game.variables}
    for scene in game.scenes.values():
        for choice in scene.choices:
            for requirement in choice.requires:
                constants[requirement.var].append(requirement.value)
    clamps = []
    for name in game.variables:
        low, high = -UNBOUNDED, UNBOUNDED
        if constants[name]:
            high = int(min(max(constants[name]) + _longest_drift(game, name, -1) + 1, high))
            low = int(max(min(constants[name]) - _longest_drift(game, name, 1) - 1, low))
        clamps.append((low, high))
    return clamps


def _overflow_message(game: Game, graph: StateGraph, max_states: int) -> str:
    ranges = [(min(values), max(values)) for values in zip(*graph.variables, strict=True)]
    spans = sorted(zip(game.variables, ranges, strict=True), key=lambda r: r[1][0] - r[1][1])
    widest = ", ".join(f"'{name}' in {low}..{high}" for name, (low, high) in spans[:3])
    return (
        f"more than {max_states} reachable states: does a variable grow without bound in a "
        "loop? (one with both increasing and decreasing `add`s on loops cannot be saturated) "
        f"Widest so far: {widest or '-'}"
    )


def build_state_graph(game: Game, max_states: int | None = None) -> StateGraph:
    """Explore all reachable states breadth-first; raise `StateSpaceTooLarge` past the cap.

    States are canonical, which keeps the graph exact and small: a variable that is dead at a
    scene (set before it is read again) is stored as 0, a saturated one is clamped (see
    ``_clamps``), and only achievements that can still be unlocked are remembered.
    """
    max_states = max_states or MAX_STATES
    scene_ids = list(game.scenes)
    scene_index = {scene_id: i for i, scene_id in enumerate(scene_ids)}
    var_index = {name: i for i, name in enumerate(game.variables)}
    bit = {achievement.id: 1 << i for i, achievement in enumerate(game.achievements)}
    points = [achievement.points for achievement in game.achievements]
    live = _live_variables(game)
    clamps = _clamps(game)
    live_vars = [
        [(var_index[v], *clamps[var_index[v]]) for v in sorted(live[s])] for s in scene_ids
    ]
    grantable = _grantable(game)
    live_bits = [sum(bit[a] for a in grantable[s]) for s in scene_ids]
    compiled = []
    for scene in game.scenes.values():
        compiled.append(
            [
                (
                    scene_index[choice.goto],
                    sum(bit[a] for a in set(choice.achievements)),
                    [(var_index[k], v) for k, v in choice.set.items()],
                    [(var_index[k], v) for k, v in choice.add.items()],
                    [(var_index[r.var], OPERATORS[r.op], r.value) for r in choice.requires],
                )
                for choice in scene.choices
            ]
        )

    graph = StateGraph(scene_ids=scene_ids)
    ids: dict[tuple[int, tuple[int, ...], int], int] = {}
    queue: deque[tuple[int, tuple[int, ...], int]] = deque()

    def state_id(scene: int, values: list[int], unlocked: int) -> int:
        canonical = [0] * len(values)
        for var, low, high in live_vars[scene]:
            value = values[var]
            canonical[var] = high if value > high else low if value < low else value
        key = (scene, tuple(canonical), unlocked & live_bits[scene])
        if key not in ids:
            if len(ids) >= max_states:
                raise StateSpaceTooLarge(_overflow_message(game, graph, max_states))
            ids[key] = len(ids)
            graph.scene.append(scene)
            graph.variables.append(key[1])
            graph.ending.append(game.scenes[scene_ids[scene]].ending)
            queue.append(key)
        return ids[key]

    state_id(scene_index[game.start], list(game.variables.values()), 0)
    while queue:
        scene, values, unlocked = queue.popleft()
        edges = []
        for choice_index, (goto, bits, sets, adds, requires) in enumerate(compiled[scene]):
            if not all(op(values[var], value) for var, op, value in requires):
                continue
            new_values = list(values)
            for var, value in sets:
                new_values[var] = value
            for var, delta in adds:
                new_values[var] += delta
            new_bits = bits & ~unlocked
            reward = sum(p for i, p in enumerate(points) if new_bits >> i & 1) if new_bits else 0
            target = state_id(goto, new_values, unlocked | bits)
            edges.append(Edge(choice_index, target, reward, bits))
        graph.edges.append(edges)
    return graph
