"""The asynchronous browser environment: one Chromium per worker, one context per episode.

``AsyncBrowserEnv`` mirrors Gymnasium's ``reset``/``step`` as coroutines so one process can run
many episodes over one browser (``BrowserSession``). The synchronous ``BrowserEnv`` is a thin
face over it.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from itertools import count
from typing import Any

from playwright.async_api import Browser, BrowserContext, Page, Playwright, async_playwright
from playwright.async_api import Error as PlaywrightError

from ...final_state import FinalState, SiteState
from ...websites.launcher import Sites
from .actions import MAX_ACTION_CHARS, ActionError, clean_text, parse_action
from .axtree import read_outline
from .confinement import Confinement, proxy_settings
from .episode import Episode, EpisodeBrowser
from .executor import Tabs
from .launch import launch_chromium
from .observation import (
    VIEWPORT,
    Observation,
    ObservationConfig,
    draw_marks,
    render_chat,
    screenshot_array,
)
from .recorder import TrajectoryRecorder
from .task import TASKS, BrowserTask, EpisodeContext, EpisodeSummary

EPISODE_IDS = count(1)
CLOSE_TIMEOUT = 10.0  # seconds for closing or awaiting browser objects that may have crashed


class BrowserSession:
    """One Playwright driver and one Chromium, shared by every episode of a worker."""

    def __init__(self, executable: str | None = None, headless: bool = True) -> None:
        self.executable, self.headless = executable, headless
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None
        self._lock = asyncio.Lock()

    async def browser(self) -> Browser:
        """The running browser; launched on first use and again only if it crashed."""
        async with self._lock:
            if self._playwright is None:
                self._playwright = await async_playwright().start()
            if self._browser is None or not self._browser.is_connected():
                self._browser = await launch_chromium(
                    self._playwright, self.executable, self.headless
                )
            return self._browser

    async def discard(self) -> None:
        """Forget a crashed or stuck browser (killing what is left); the next use relaunches."""
        browser, self._browser = self._browser, None
        if browser is not None:
            with contextlib.suppress(PlaywrightError, TimeoutError):
                await asyncio.wait_for(browser.close(), CLOSE_TIMEOUT)

    async def close(self) -> None:
        if self._browser is not None:
            with contextlib.suppress(PlaywrightError, TimeoutError):
                await asyncio.wait_for(self._browser.close(), CLOSE_TIMEOUT)
        if self._playwright is not None:
            await self._playwright.stop()
        self._browser = self._playwright = None

    async def __aenter__(self) -> BrowserSession:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class AsyncBrowserEnv:
    """Gymnasium-style ``reset``/``step`` coroutines over a real Chromium.

    Each ``reset`` starts a new :class:`Episode`; ``ctx``, ``tabs`` and ``confinement`` are the
    current episode's.
    """

    def __init__(
        self,
        sites: Sites,
        session: BrowserSession | None = None,
        observation: ObservationConfig | None = None,
        max_steps: int = 30,
        recorder: TrajectoryRecorder | None = None,
    ) -> None:
        self.sites = sites
        self.session = session or BrowserSession()
        self._owns_session = session is None
        self.config = observation or ObservationConfig()
        self.max_steps = max_steps
        self.recorder = recorder
        self.env_id = f"w{secrets.token_hex(4)}"  # every tenant of this env starts with it
        self.episode: Episode | None = None
        self._spare: tuple[tuple[str, tuple[str, ...]], asyncio.Future] | None = None

    @property
    def ctx(self) -> EpisodeContext | None:
        """The running episode's tenant and sites; None before reset and once it has ended."""
        return None if self.episode is None or self.episode.ended else self.episode.ctx

    @property
    def tabs(self) -> Tabs:
        """The episode's tabs; an error before reset has opened its browser."""
        if self.episode is None or self.episode.browser is None:
            raise RuntimeError("call reset() first")
        return self.episode.browser.tabs

    @property
    def confinement(self) -> Confinement | None:
        """The episode's confinement (its report outlives the episode); None before its browser
        was opened."""
        browser = self.episode and self.episode.browser
        return browser.confinement if browser else None

    # -- episode life cycle -------------------------------------------------------------------

    def _tenant_name(self, seed: int | None) -> str:
        """``ENV-sSEED`` (so a seeded episode's URLs are the same every time), else the name
        the spare context was made for, else a fresh ``ENV-eN``."""
        if seed is not None:
            return f"{self.env_id}-s{seed}"[:40]
        if self._spare is not None:
            return self._spare[0][0]
        return f"{self.env_id}-e{next(EPISODE_IDS)}"[:40]

    async def reset(
        self, task: str | BrowserTask, seed: int | None = None
    ) -> tuple[Observation, dict[str, Any]]:
        await self._end_episode()
        started = time.perf_counter()
        self.episode = None  # the ended one is forgotten, even if this reset fails
        resolved = TASKS.resolve(task)
        names = tuple(resolved.sites)
        tenant = self._tenant_name(seed)
        controls = {name: self.sites.control(name) for name in names}
        ctx = EpisodeContext(tenant, self.sites, names, controls)
        self.episode = episode = Episode(resolved, ctx)
        await asyncio.gather(*(c.create_tenant(tenant) for c in controls.values()))
        await resolved.setup(ctx)
        context, page, confinement = await self._take_spare(tenant, names)
        episode.browser = EpisodeBrowser.around(context, page, confinement)
        if resolved.user:
            await self._log_in(episode, resolved.user)
        episode.chat.append({"role": "user", "message": resolved.goal})
        episode.follow_ups = list(resolved.follow_ups)
        start_error = ""
        try:
            await page.goto(ctx.resolve(resolved.start_url), timeout=15_000)
        except PlaywrightError as exc:
            start_error = f"could not open the start page: {first_line(exc)}"
        obs = await self._observe(episode, "", start_error)
        info = self._info(episode, reset_ms=(time.perf_counter() - started) * 1000)
        if self.recorder:
            self.recorder.start(resolved, tenant, obs, episode.timings)
        next_tenant = f"{self.env_id}-e{next(EPISODE_IDS)}"[:40]
        self._spare = ((next_tenant, names),
                       asyncio.ensure_future(self._new_context(next_tenant, names)))
        return obs, info

    async def _new_context(
        self, tenant: str, names: tuple[str, ...]
    ) -> tuple[BrowserContext, Page, Confinement]:
        """A context with one blank page that reaches only ``tenant`` on the sites ``names``."""
        browser = await self.session.browser()
        hosts = frozenset(self.sites[name].tenant_origin_host(tenant) for name in names)
        context = await browser.new_context(
            viewport={"width": VIEWPORT[0], "height": VIEWPORT[1]},
            accept_downloads=True,
            service_workers="block",
            proxy=proxy_settings(sorted(hosts)),  # type: ignore[arg-type]
        )
        confinement = Confinement(allowed_hosts=hosts)
        await confinement.watch(context)
        return context, await context.new_page(), confinement

    async def _take_spare(
        self, tenant: str, names: tuple[str, ...]
    ) -> tuple[BrowserContext, Page, Confinement]:
        """The context prepared in the background after the last reset, or a new one.

        Opening a page costs Chromium a renderer process (about 150 ms here), so each reset
        starts the next episode's context while the agent works on this one. A context's proxy
        admits one tenant on the sites of one task, so the spare guesses the next tenant's name
        and that the next task uses the same sites; when it guessed wrong, it is closed.
        """
        spare, self._spare = self._spare, None
        if spare is not None:
            (spare_key, future) = spare
            try:
                context, page, confinement = await asyncio.wait_for(future, CLOSE_TIMEOUT)
                if spare_key != (tenant, names):
                    await _close_quietly(context, confinement)
                elif not page.is_closed() and (await self.session.browser()).is_connected():
                    return context, page, confinement
            except (PlaywrightError, TimeoutError):
                await self.session.discard()  # the browser went away; relaunch below
        return await self._new_context(tenant, names)

    async def _log_in(self, episode: Episode, username: str) -> None:
        assert episode.browser is not None
        ctx = episode.ctx
        cookies = []
        for name, control in ctx.controls.items():
            url = ctx.url(name, "")
            for cookie in await control.login(ctx.tenant, username):
                cookies.append({**cookie, "url": url})
        await episode.browser.context.add_cookies(cookies)

    async def step(self, action: Any) -> tuple[Observation, float, bool, bool, dict[str, Any]]:
        """One action; anything the agent sends that is not an allowed action (any type, any
        characters, any size) is an error in the next observation, never an exception."""
        episode = self.episode
        if episode is None or episode.ended or episode.browser is None:
            raise RuntimeError("call reset() before step()")
        if episode.done:
            raise RuntimeError("the episode has ended; call reset()")
        browser = episode.browser
        started = time.perf_counter()
        episode.steps += 1
        error = ""
        name = None
        terminated = False
        try:
            parsed = parse_action(action)
            name = parsed.name
            await browser.executor.run(parsed)
            if parsed.final:
                text = next(iter(parsed.args.values()))
                prefix = "Infeasible: " if parsed.name == "report_infeasible" else ""
                episode.chat.append({"role": "assistant", "message": prefix + text})
                if parsed.name == "send_msg_to_user" and episode.follow_ups:
                    episode.chat.append({"role": "user", "message": episode.follow_ups.pop(0)})
                else:
                    terminated = True
        except ActionError as exc:
            error = str(exc)
        except PlaywrightError as exc:
            error = first_line(exc)
        acted_ms = (time.perf_counter() - started) * 1000
        active = browser.tabs.active
        url = active.url if not active.is_closed() else ""
        action = shown_action(action)
        episode.actions.append({"step": episode.steps, "action": action, "name": name,
                                "error": error, "url": url, "time": time.time()})
        truncated = not terminated and episode.steps >= self.max_steps
        reward = 0.0
        if terminated or truncated:
            episode.done = True
            episode.evaluation = await self._evaluate(episode, truncated)
            reward = float(episode.evaluation.get("reward", 0.0))
        obs = await self._observe(episode, action, error)
        info = self._info(episode, action_ms=acted_ms,
                          step_ms=(time.perf_counter() - started) * 1000)
        if self.recorder:
            self.recorder.step(episode.steps, action, error, obs, reward, episode.timings)
            if episode.done:
                self.recorder.finish(info)
        return obs, reward, terminated, truncated, info

    async def evaluation_now(self) -> dict[str, Any] | None:
        """The episode's evaluation: the one made when it ended, or one made now on the sites'
        state as it stands (an episode cut short by an error); None before any episode."""
        episode = self.episode
        if episode is None:
            return None
        if episode.evaluation is None and not episode.ended:
            episode.evaluation = await self._evaluate(episode, truncated=not episode.done)
        return episode.evaluation

    async def final_state(self) -> FinalState | None:
        """What grading reads, taken from the sites now: each tenant's database (as pages that
        differ from the seed) and request log, with the chat and actions; None before any
        episode or once the episode's tenant is gone."""
        episode = self.episode
        if episode is None or episode.ended:
            return None
        ctx = episode.ctx
        sites = {}
        for name in ctx.site_names:
            base, pages = await ctx.controls[name].snapshot(ctx.tenant)
            sites[name] = SiteState(base=base, requests=await ctx.requests(name), pages=pages)
        return FinalState(user=episode.task.user, final_url=_final_url(episode),
                          chat=list(episode.chat), actions=list(episode.actions), sites=sites)

    async def evaluation_as(self, task: BrowserTask) -> dict[str, Any] | None:
        """What ``task``'s evaluator makes of the current episode (its messages and the sites'
        state as they stand), as if ``task`` had been run; None before any episode. The
        soundness proofs grade one twin's episode with the other twin's evaluator this way."""
        episode = self.episode
        if episode is None:
            return None
        return await self._evaluate(episode, truncated=not episode.done, task=task)

    @staticmethod
    async def _evaluate(
        episode: Episode, truncated: bool, task: BrowserTask | None = None
    ) -> dict[str, Any]:
        summary = EpisodeSummary(episode.chat, episode.actions, _final_url(episode), truncated)
        try:
            return await (task or episode.task).evaluate(episode.ctx, summary)
        except Exception as exc:  # an evaluator bug must be visible, not a crash of the run
            return {"reward": 0.0, "evaluator_error": f"{type(exc).__name__}: {exc}"}

    async def _observe(self, episode: Episode, last_action: str, error: str) -> Observation:
        browser = episode.browser
        assert browser is not None
        page = await browser.tabs.ensure_active()
        obs: Observation = {
            "goal": episode.task.goal,
            "url": page.url,
            "title": "",
            "open_tabs": "",
            "last_action": last_action,
            "last_action_error": error,
            "chat_messages": render_chat(episode.chat),
        }
        try:
            outline = await read_outline(page, self.config.set_of_marks)
        except PlaywrightError as exc:
            obs["last_action_error"] = error or f"the page could not be read: {first_line(exc)}"
            outline = None
        if outline is not None:
            browser.executor.outline = outline
            obs["title"] = outline.title
        tabs = []
        for index, tab in enumerate(browser.tabs.pages):
            marker = "*" if tab is page else " "
            tabs.append(f"{index}{marker} {tab.url}")
        obs["open_tabs"] = "\n".join(tabs)
        if self.config.axtree:
            text = outline.text if outline else ""
            obs["axtree"] = text[: self.config.max_axtree_chars]
            obs["third_party"] = outline.third_party if outline else ()
        if self.config.screenshot or self.config.set_of_marks:
            pixels = await screenshot_array(page)
            if self.config.screenshot:
                obs["screenshot"] = pixels
            if self.config.set_of_marks:
                obs["set_of_marks"] = draw_marks(pixels, browser.executor.outline)
        return obs

    @staticmethod
    def _info(episode: Episode, **timings: float) -> dict[str, Any]:
        """The step's info (deterministic for a seed); timings go to ``episode.timings``."""
        assert episode.browser is not None
        episode.timings = {k: round(v, 1) for k, v in timings.items()}
        info: dict[str, Any] = {
            "task_id": episode.task.id,
            "tenant": episode.ctx.tenant,
            "step": episode.steps,
            "chat_messages": list(episode.chat),
            **episode.browser.confinement.report(),
        }
        if episode.evaluation is not None:
            info["evaluation"] = episode.evaluation
        return info

    async def _end_episode(self) -> None:
        """Close the episode's browser context and delete its tenant, once."""
        episode = self.episode
        if episode is None or episode.ended:
            return
        episode.ended = True
        if episode.browser is not None:
            try:
                await asyncio.wait_for(episode.browser.context.close(), CLOSE_TIMEOUT)
            except (PlaywrightError, TimeoutError):
                await self.session.discard()  # crashed or stuck: the next reset relaunches it
            episode.browser.confinement.close()
        ctx = episode.ctx
        try:
            await episode.task.teardown(ctx)
            for control in ctx.controls.values():
                await control.delete_tenant(ctx.tenant)
        finally:
            for control in ctx.controls.values():
                await control.aclose()

    async def close(self) -> None:
        await self._end_episode()
        if self._spare is not None:
            with contextlib.suppress(PlaywrightError, TimeoutError):
                context, _, confinement = await asyncio.wait_for(self._spare[1], CLOSE_TIMEOUT)
                await _close_quietly(context, confinement)
            self._spare = None
        if self._owns_session:
            await self.session.close()


async def _close_quietly(context: BrowserContext, confinement: Confinement) -> None:
    """Close a context that was never used; a browser that went away has closed it already."""
    with contextlib.suppress(PlaywrightError, TimeoutError):
        await asyncio.wait_for(context.close(), CLOSE_TIMEOUT)
    confinement.close()


def shown_action(action: Any) -> str:
    """The action as recorded and shown back: text, capped, free of lone surrogates."""
    text = action if isinstance(action, str) else repr(action)
    if len(text) > MAX_ACTION_CHARS:
        text = text[:MAX_ACTION_CHARS] + f"... ({len(text) - MAX_ACTION_CHARS:,} more)"
    return clean_text(text)


def first_line(exc: BaseException) -> str:
    """Playwright's first message line, without its call log."""
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__


def _final_url(episode: Episode) -> str:
    return episode.actions[-1]["url"] if episode.actions else ""
