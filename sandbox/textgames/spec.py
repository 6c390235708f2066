"""Pydantic models of the text-game YAML format (see FORMAT.md), the loader and its validation."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    ValidationError,
    field_validator,
)

from sandbox.textgames.graph import StateGraph, StateSpaceTooLarge, build_state_graph

GAMES_DIR = Path(__file__).parent / "games"
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MORALITY_KEYS = (
    "killing",
    "physical_harm",
    "non_physical_harm",
    "intending_harm",
    "deception",
    "manipulation",
    "promises",
    "stealing",
    "trespassing",
    "spying",
    "vandalism",
    "fairness",
    "other",
)
UTILITY_LEVELS = ("-3", "-2", "-1", "0", "1", "2", "3")
INFLUENCE_LEVELS = ("0", "1", "2")
DISTRIBUTION_TOLERANCE = 1e-6

Ident = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$")]
Probability = Annotated[float, Field(ge=0.0, le=1.0)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _distribution(value: Any, levels: tuple[str, ...]) -> dict[str, float]:
    """Normalise keys to strings (YAML may give ints) and check them against ``levels``."""
    if not isinstance(value, dict):
        raise ValueError("must be a mapping of level to probability")
    dist = {str(key): prob for key, prob in value.items()}
    unknown = sorted(set(dist) - set(levels))
    if unknown:
        raise ValueError(f"unknown level(s) {unknown}; allowed: {list(levels)}")
    return dist


def _check_sum(dist: dict[str, float]) -> dict[str, float]:
    total = sum(dist.values())
    if not math.isclose(total, 1.0, rel_tol=0.0, abs_tol=DISTRIBUTION_TOLERANCE):
        raise ValueError(f"probabilities sum to {total:g}, not 1")
    return {level: float(prob) for level, prob in dist.items()}


class Morality(_Strict):
    """Probability that the scene's act is each kind of ethical violation."""

    killing: Probability = 0.0
    physical_harm: Probability = 0.0
    non_physical_harm: Probability = 0.0
    intending_harm: Probability = 0.0
    deception: Probability = 0.0
    manipulation: Probability = 0.0
    promises: Probability = 0.0
    stealing: Probability = 0.0
    trespassing: Probability = 0.0
    spying: Probability = 0.0
    vandalism: Probability = 0.0
    fairness: Probability = 0.0
    other: Probability = 0.0


class Utility(_Strict):
    """Distributions over the utility levels -3..3 of the player (``self``) and of others."""

    self_: dict[str, Probability] = Field(default_factory=lambda: {"0": 1.0}, alias="self")
    others: dict[str, Probability] = Field(default_factory=lambda: {"0": 1.0})

    @field_validator("self_", "others", mode="before")
    @classmethod
    def _levels(cls, value: Any) -> dict[str, float]:
        return _distribution(value, UTILITY_LEVELS)

    @field_validator("self_", "others")
    @classmethod
    def _sums_to_one(cls, value: dict[str, float]) -> dict[str, float]:
        return _check_sum(value)


class Physical(_Strict):
    watts: Annotated[float, Field(ge=0.0)] = 0.0


class Money(_Strict):
    dollars: Annotated[float, Field(ge=0.0)] = 0.0


class Social(_Strict):
    influence: dict[str, Probability] = Field(default_factory=lambda: {"0": 1.0})

    @field_validator("influence", mode="before")
    @classmethod
    def _levels(cls, value: Any) -> dict[str, float]:
        return _distribution(value, INFLUENCE_LEVELS)

    @field_validator("influence")
    @classmethod
    def _sums_to_one(cls, value: dict[str, float]) -> dict[str, float]:
        return _check_sum(value)


class Annotations(_Strict):
    """MACHIAVELLI-style per-scene annotations; every part defaults to 0 / neutral."""

    morality: Morality = Field(default_factory=Morality)
    utility: Utility = Field(default_factory=Utility)
    physical: Physical = Field(default_factory=Physical)
    money: Money = Field(default_factory=Money)
    social: Social = Field(default_factory=Social)


class Requirement(_Strict):
    var: str
    op: Literal["==", "!=", "<", "<=", ">", ">="]
    value: int


class Choice(_Strict):
    text: Annotated[str, StringConstraints(min_length=1)]
    goto: str
    achievements: list[str] = Field(default_factory=list)
    set: dict[str, int] = Field(default_factory=dict)
    add: dict[str, int] = Field(default_factory=dict)
    requires: list[Requirement] = Field(default_factory=list)


class Scene(_Strict):
    text: Annotated[str, StringConstraints(min_length=1)]
    annotations: Annotations = Field(default_factory=Annotations)
    choices: list[Choice] = Field(default_factory=list)
    ending: bool = False

    @field_validator("choices", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return [] if value is None else value


class Achievement(_Strict):
    id: Ident
    title: str
    points: Annotated[int, Field(gt=0)]
    description: str = ""


class Game(_Strict):
    """One text game. ``state_graph()`` is built (and cached) by the loader."""

    id: Ident
    title: str
    summary: str
    player: str
    start: str
    variables: dict[Ident, int] = Field(default_factory=dict)
    achievements: list[Achievement] = Field(default_factory=list)
    scenes: dict[Ident, Scene]

    _graph: StateGraph | None = PrivateAttr(default=None)

    @field_validator("variables", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return {} if value is None else value

    def state_graph(self) -> StateGraph:
        """The reachable (scene, variables, unlocked achievements) graph; cached."""
        if self._graph is None:
            self._graph = build_state_graph(self)
        return self._graph

    @property
    def achievement_points(self) -> dict[str, int]:
        return {achievement.id: achievement.points for achievement in self.achievements}


class GameValidationError(ValueError):
    """A game file (or several) failed validation; ``errors`` lists one message per problem."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


def _pydantic_messages(where: str, error: ValidationError) -> list[str]:
    messages = []
    for item in error.errors():
        loc = [str(part) for part in item["loc"]]
        if loc[:1] == ["scenes"] and len(loc) >= 2:
            field = ".".join(loc[2:]) or "(scene)"
            messages.append(f"{where}: scene '{loc[1]}': {field}: {item['msg']}")
        else:
            messages.append(f"{where}: {'.'.join(loc) or '(top level)'}: {item['msg']}")
    return messages


def _check_choice(game: Game, index: int, choice: Choice) -> list[str]:
    known_achievements = set(game.achievement_points)
    errors = []
    if choice.goto not in game.scenes:
        errors.append(f"goto '{choice.goto}' names no scene (dangling goto)")
    errors += [
        f"unknown achievement '{achievement}'"
        for achievement in choice.achievements
        if achievement not in known_achievements
    ]
    used = [*choice.set, *choice.add, *(requirement.var for requirement in choice.requires)]
    errors += [
        f"unknown variable '{var}'" for var in dict.fromkeys(used) if var not in game.variables
    ]
    return [f"choice {index}: {message}" for message in errors]


def _check_scene(game: Game, scene: Scene) -> list[str]:
    errors = []
    if scene.ending and scene.choices:
        errors.append("an ending has choices")
    if not scene.ending and not scene.choices:
        errors.append("a non-ending scene has no choices (mark it `ending: true` or add choices)")
    elif not scene.ending and all(choice.requires for choice in scene.choices):
        errors.append("every choice has `requires`: give at least one unconditional choice")
    for index, choice in enumerate(scene.choices):
        errors += _check_choice(game, index, choice)
    return errors


def _structurally_reachable(game: Game, roots: list[str], reverse: bool = False) -> set[str]:
    edges: dict[str, set[str]] = {scene_id: set() for scene_id in game.scenes}
    for scene_id, scene in game.scenes.items():
        for choice in scene.choices:
            if reverse:
                edges[choice.goto].add(scene_id)
            else:
                edges[scene_id].add(choice.goto)
    seen, stack = set(roots), list(roots)
    while stack:
        for nxt in edges[stack.pop()] - seen:
            seen.add(nxt)
            stack.append(nxt)
    return seen


def _check_graph(game: Game) -> list[str]:
    """Reachability and termination, first over the scene graph, then over the state graph."""
    reachable = _structurally_reachable(game, [game.start])
    endings = [scene_id for scene_id, scene in game.scenes.items() if scene.ending]
    finishing = _structurally_reachable(game, endings, reverse=True)
    errors = [
        f"scene '{s}': unreachable from start '{game.start}'"
        for s in game.scenes
        if s not in reachable
    ]
    errors += [
        f"scene '{s}': no ending is reachable from it (a cycle with no exit)"
        for s in game.scenes
        if s in reachable and s not in finishing
    ]
    if errors:
        return errors
    try:
        graph = game.state_graph()
    except StateSpaceTooLarge as exc:
        return [str(exc)]
    return graph.problems(game)


def check_game(game: Game) -> list[str]:
    """All semantic problems of a structurally valid game, as messages naming the scene."""
    errors = []
    if game.start not in game.scenes:
        errors.append(f"start: '{game.start}' names no scene")
    achievement_ids = [achievement.id for achievement in game.achievements]
    errors += [
        f"achievements: duplicate id '{a}'"
        for a in sorted({a for a in achievement_ids if achievement_ids.count(a) > 1})
    ]
    for scene_id, scene in game.scenes.items():
        errors += [f"scene '{scene_id}': {message}" for message in _check_scene(game, scene)]
    if errors:
        return errors
    return _check_graph(game)


def game_warnings(game: Game) -> list[str]:
    """Problems that do not stop a valid game from loading: choices that are never legal."""
    return game.state_graph().dead_choices(game)


def parse_game(data: Any, where: str, expected_id: str | None = None) -> Game:
    """Validate parsed YAML ``data``; raise :class:`GameValidationError` naming ``where``."""
    if not isinstance(data, dict):
        raise GameValidationError([f"{where}: the file must hold a YAML mapping"])
    try:
        game = Game.model_validate(data)
    except ValidationError as exc:
        raise GameValidationError(_pydantic_messages(where, exc)) from None
    errors = []
    if expected_id is not None and game.id != expected_id:
        errors.append(f"id: '{game.id}' differs from the file stem '{expected_id}'")
    errors += check_game(game)
    if errors:
        raise GameValidationError([f"{where}: {message}" for message in errors])
    return game


def load_game(path: str | Path) -> Game:
    """Load and fully validate one game file; raise :class:`GameValidationError` on any problem."""
    path = Path(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise GameValidationError([f"{path}: cannot read YAML: {exc}"]) from None
    return parse_game(data, str(path), expected_id=path.stem)


def game_files(directory: str | Path | None = None) -> list[Path]:
    """The ``*.yaml`` game files of ``directory`` (default: the package's games folder), sorted."""
    return sorted(Path(directory or GAMES_DIR).glob("*.yaml"))


def load_games(directory: str | Path | None = None) -> dict[str, Game]:
    """Load every game of ``directory``, all or nothing: one error lists every problem found."""
    games: dict[str, Game] = {}
    errors: list[str] = []
    for path in game_files(directory):
        try:
            games[path.stem] = load_game(path)
        except GameValidationError as exc:
            errors += exc.errors
    if errors:
        raise GameValidationError(errors)
    return games
