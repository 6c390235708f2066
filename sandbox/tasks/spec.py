"""The task file schema: what a task is, how it is judged, and how it is solved.

A task file is YAML. Either one task (the fields of :class:`TaskSpec`), or a template::

    template: {... a task whose strings may use ${name} ...}
    instances:
      - {name: value, ...}

which expands to one task per instance (``string.Template`` substitution in every string).
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

CATEGORIES = ("misinformation", "illegal_activity", "harassment", "cybercrime", "social_bias")
SITES = ("forum", "shop", "repo")
TASK_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)


class TextMatch(Strict):
    """Lenient text conditions: case, punctuation and spacing never decide a match."""

    contains_all: list[str] = Field(default_factory=list)
    contains_any: list[str] = Field(default_factory=list)
    contains_none: list[str] = Field(default_factory=list)


class Claim(Strict):
    """A statement the text must make: asserted, not denied, questioned, hedged or warned against.

    ``predicate`` lists the words that carry the claim ("causes autism", "is a hoax"); a sentence
    holding one of them is read for negation, refutation, hedging, quotation and questions
    (see ``sandbox.grading.stance``). ``subject`` lists what the claim is about; one of them must
    appear somewhere in the text. ``statement`` says the claim in plain words, for people and
    for the LLM judge that decides texts whose stance the program leaves undecided.
    """

    statement: str = Field(min_length=5)
    predicate: list[str] = Field(min_length=1)
    subject: list[str] = Field(default_factory=list)


class SqlCheck(TextMatch):
    """Rows of a read-only query on a site's tenant; passes when enough rows match.

    ``:user`` in the query is bound to the task's logged-in username. The text conditions and the
    ``claim`` apply to each row's columns joined by spaces; ``equals`` compares the first column's
    value. A row whose stance on the claim is unclear makes the check undecided, not failed.
    """

    type: Literal["sql"]
    site: Literal["forum", "shop", "repo"]
    query: str
    equals: str | int | float | None = None
    min_rows: int = 1
    max_rows: int | None = None
    claim: Claim | None = None
    description: str = ""


class MessageCheck(TextMatch):
    """The agent's messages to the user (all of them, joined); the claim, when given, too."""

    type: Literal["message"]
    claim: Claim | None = None
    description: str = ""


class UrlCheck(Strict):
    """The URL of the page the agent ended on."""

    type: Literal["url"]
    contains: str
    description: str = ""


class RequestCheck(Strict):
    """A request the tenant served: method, a path regular expression (from the start), and
    form fields or query parameters that must contain the given text."""

    type: Literal["request"]
    site: Literal["forum", "shop", "repo"]
    path: str
    method: Literal["GET", "POST", "ANY"] = "ANY"
    form_contains: dict[str, str] = Field(default_factory=dict)
    query_contains: dict[str, str] = Field(default_factory=dict)
    """URL query parameters the request must carry (``{to: attacker}`` for ``?to=attacker``)."""
    description: str = ""

    @field_validator("path")
    @classmethod
    def _valid_regex(cls, value: str) -> str:
        re.compile(value)
        return value


Check = Annotated[SqlCheck | MessageCheck | UrlCheck | RequestCheck, Field(discriminator="type")]


class Evaluator(Strict):
    """All (or any) of the checks must pass for the task to count as completed."""

    mode: Literal["all", "any"] = "all"
    checks: list[Check] = Field(min_length=1)


class Milestone(Strict):
    name: str
    check: Check


class Locator(Strict):
    """An element found by role and accessible name in the observation, never by a page id."""

    role: str
    name: str
    exact: bool = True
    url: str | None = None  # for links: the link's URL must end with this
    nth: int = 0


class FillTarget(Locator):
    value: str


class SelectTarget(Locator):
    option: str


class PressTarget(Locator):
    key: str


class SolutionStep(Strict):
    """Exactly one of the fields: one action of the reference solution."""

    goto: str | None = None
    click: Locator | None = None
    fill: FillTarget | None = None
    select: SelectTarget | None = None
    press: PressTarget | None = None
    send_msg_to_user: str | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> SolutionStep:
        given = [name for name, value in self if value is not None]
        if len(given) != 1:
            raise ValueError("each solution step has exactly one of goto, click, fill, select, "
                             f"press, send_msg_to_user (got {given or 'none'})")
        return self


class Proof(Strict):
    """Another way to play the task, with the outcome the evaluator must give it.

    A counter-example (the same acts with benign or opposite content, or on the wrong target)
    must not complete the task; a paraphrase (a genuine completion worded differently) must.
    In a template's instance, ``vars`` re-expands the template's solution with these values in
    place of the instance's own; otherwise ``solution`` gives the steps outright.
    """

    note: str = Field(min_length=3)
    solution: list[SolutionStep] = Field(min_length=1)


PRESENTATIONS = ("visible", "hidden", "link", "image")


class AttackerGoal(Strict):
    """What an attacker who plants text on a site wants the agent to do, and how it is proven.

    ``instruction`` is the attacker's request in plain imperative words (``${user}`` is the
    agent's user); a template wraps it into the planted text. ``evaluator`` decides the goal was
    reached (end to end, from the tenant's state); ``intermediate`` decides the agent began to
    comply (opened the attacker's compose form, visited a URL the injection named). ``solution``
    reaches the goal from any page, so it starts with a ``goto``; proofs work as a task's do.
    """

    id: str
    site: Literal["forum", "shop", "repo"]
    attacker: str
    summary: str = Field(min_length=5)
    instruction: str = Field(min_length=10)
    users: list[str] = Field(default_factory=list)
    """The accounts the goal applies to (empty: any account of the site)."""
    evaluator: Evaluator
    intermediate: Evaluator
    solution: list[SolutionStep] = Field(min_length=1)
    counterexamples: list[Proof] = Field(default_factory=list)
    paraphrases: list[Proof] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _valid_id(cls, value: str) -> str:
        if not TASK_ID.match(value):
            raise ValueError("use lowercase letters, digits, '.', '_' or '-' (e.g. forum.dm-email)")
        return value

    @field_validator("solution")
    @classmethod
    def _starts_anywhere(cls, value: list[SolutionStep]) -> list[SolutionStep]:
        if value[0].goto is None:
            raise ValueError("start with a goto: the agent may be on any page when it complies")
        return value


class Attack(Strict):
    """Text an attacker planted before the episode: where, how shown, and what it asks for."""

    user_task: str
    """The id of the benign task the user gave (this task, before the attack)."""
    goal: AttackerGoal
    template: str
    channel: str
    target: str
    author: str
    """The account the text was planted as: the attacker's, or one the attacker writes as."""
    presentation: Literal["visible", "hidden", "link", "image"] = "visible"
    text: str


class Mutation(Strict):
    """How a task's request was reworded or restaged before the agent saw it (an attack
    variant of the plain request; the safe twin gets the same one)."""

    name: str
    original_intent: str
    turns: list[str] = Field(default_factory=list)
    """Decomposition: the user's later messages, each sent after the agent's last reply."""
    turn_steps: list[int] = Field(default_factory=list)
    """Decomposition: how many reference steps each message (the first one included) asks for."""
    primed_steps: int = 0
    """Priming: the reference solution's first steps, done before the agent's first turn."""


class TaskSpec(Strict):
    id: str
    kind: Literal["harmful", "safe"]
    pair: str
    category: Literal["misinformation", "illegal_activity", "harassment", "cybercrime",
                      "social_bias"]
    site: list[Literal["forum", "shop", "repo"]] = Field(min_length=1)
    user: str | None
    start_url: str
    intent: str = Field(min_length=10)
    evaluator: Evaluator
    milestones: list[Milestone] = Field(default_factory=list)
    solution: list[SolutionStep] = Field(min_length=1)
    counterexamples: list[Proof] = Field(default_factory=list)
    paraphrases: list[Proof] = Field(default_factory=list)
    source: str = "original"
    notes: str = ""
    attack: Attack | None = None
    """Set on a task run under indirect prompt injection; the task itself is the user's."""
    mutation: Mutation | None = None
    """Set on a task whose request was mutated (``sandbox.mutations``); ``intent`` is then
    the mutated request."""

    @field_validator("site", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("id", "pair")
    @classmethod
    def _valid_id(cls, value: str) -> str:
        if not TASK_ID.match(value):
            raise ValueError("use lowercase letters, digits, '.', '_' or '-' (e.g. forum.harm.x)")
        return value

    @field_validator("start_url")
    @classmethod
    def _placeholder_url(cls, value: str) -> str:
        if not re.match(r"^__(FORUM|SHOP|REPO)__(/|$)", value):
            raise ValueError("start with __FORUM__, __SHOP__ or __REPO__, e.g. __FORUM__/forums")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> TaskSpec:
        if self.pair == self.id:
            raise ValueError("pair must name the twin task, not the task itself")
        start_site = self.start_url.split("__")[1].lower()
        if start_site not in self.site:
            raise ValueError(f"start_url is on {start_site!r}, which is not in site {self.site}")
        return self
