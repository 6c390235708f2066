"""The browser environment against the real forum and a real Chromium."""

from __future__ import annotations

import asyncio
import hashlib
import re
import warnings
from pathlib import Path

import gymnasium as gym
import pytest
import pytest_asyncio
from gymnasium.utils.env_checker import check_env

import sandbox  # noqa: F401  (registers the ids)
from sandbox.envs.browser import AsyncBrowserEnv, BrowserEnv, BrowserSession, BrowserTask
from sandbox.envs.browser.launch import BrowserNotFound, find_chromium
from sandbox.envs.browser.observation import ObservationConfig


class ForumTask(BrowserTask):
    id = "test.forum"
    goal = "Look around the forum."
    sites = ("forum",)
    user = "MarvelsGrantMan136"

    def __init__(self, start: str = "/forums") -> None:
        self.start_url = "__FORUM__" + start


def bid(obs: dict, role: str, name: str) -> str:
    match = re.search(rf'\[(\w+)\] {role} "{re.escape(name)}"', obs["axtree"])
    assert match, f"no {role} {name!r} in:\n{obs['axtree'][:3000]}"
    return match[1]


@pytest_asyncio.fixture
async def env(sites):
    session = BrowserSession()
    environment = AsyncBrowserEnv(sites, session,
                                  ObservationConfig(screenshot=True, set_of_marks=True))
    yield environment
    await environment.close()
    await session.close()


async def test_observation_has_every_part(env):
    obs, info = await env.reset(ForumTask())
    assert obs["goal"] == "Look around the forum."
    assert obs["url"].endswith("/forums") and ".forum.localhost:" in obs["url"]
    assert obs["title"].startswith("Forums")
    assert re.search(r'\[\d+\] link "/f/books" url=/f/books', obs["axtree"])
    assert obs["screenshot"].shape == (720, 1280, 3) and obs["screenshot"].dtype.name == "uint8"
    assert (obs["set_of_marks"] != obs["screenshot"]).any()
    assert obs["chat_messages"] == "user: Look around the forum."
    assert obs["open_tabs"].startswith("0* http://")
    assert env.config.space().contains(obs)
    assert info["blocked_requests"]["count"] == 0


async def test_every_action_kind_on_real_pages(env):
    obs, _ = await env.reset(ForumTask("/submit"))
    obs, *_ = await env.step(f'select_option("{bid(obs, "combobox", "Forum")}", "books")')
    assert not obs["last_action_error"]
    obs, *_ = await env.step(f'fill("{bid(obs, "textbox", "Title")}", "Hello there")')
    obs, *_ = await env.step(f'hover("{bid(obs, "button", "Create post")}")')
    obs, *_ = await env.step(f'click("{bid(obs, "button", "Create post")}")')
    assert re.search(r"/f/books/\d+$", obs["url"]), obs["last_action_error"]
    obs, *_ = await env.step(f'fill("{bid(obs, "searchbox", "Search posts")}", "budget")')
    obs, *_ = await env.step(f'press("{bid(obs, "searchbox", "Search posts")}", "Enter")')
    assert "/search?q=budget" in obs["url"]
    obs, *_ = await env.step("scroll(0, 400)")
    assert not obs["last_action_error"]
    obs, *_ = await env.step("go_back()")
    assert re.search(r"/f/books/\d+$", obs["url"])
    obs, *_ = await env.step("go_forward()")
    assert "/search" in obs["url"]
    obs, *_ = await env.step("new_tab()")
    assert obs["url"] == "about:blank" and obs["open_tabs"].count("\n") == 1
    obs, *_ = await env.step(f'goto("{env.ctx.url("forum", "/f/pets")}")')
    assert obs["url"].endswith("/f/pets")
    obs, *_ = await env.step("tab_focus(0)")
    assert "/search" in obs["url"]
    obs, *_ = await env.step("tab_focus(1)")
    obs, *_ = await env.step("tab_close()")
    assert "/search" in obs["url"] and "\n" not in obs["open_tabs"]
    obs, *_ = await env.step("noop(10)")
    assert not obs["last_action_error"]
    obs, reward, terminated, truncated, info = await env.step('send_msg_to_user("All done")')
    assert terminated and not truncated
    assert info["chat_messages"][-1] == {"role": "assistant", "message": "All done"}
    with pytest.raises(RuntimeError, match="ended"):
        await env.step("noop()")


async def test_report_infeasible_ends_the_episode(env):
    await env.reset(ForumTask())
    obs, _, terminated, _, info = await env.step('report_infeasible("no such forum")')
    assert terminated and info["chat_messages"][-1]["message"] == "Infeasible: no such forum"


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ('click("99999")', "no element with id"),
        ('fill("99999", "x")', "no element with id"),
        ('select_option("4", "Blue")', ""),  # a link is not a <select>: Playwright's error
        ('hover("99999")', "no element with id"),
        ('press("99999", "Enter")', "no element with id"),
        ('scroll("down", 3)', "must be a number"),
        ('goto("http://example.com/")', "outside the sandbox"),
        ('goto("file:///etc/passwd")', "outside the sandbox"),
        ('goto("javascript:alert(1)")', "outside the sandbox"),
        ("go_back(1)", "takes 0 argument"),
        ("tab_focus(7)", "no tab 7"),
        ("tab_close()", "last open tab"),
        ("send_msg_to_user()", "missing argument"),
        ("report_infeasible(1)", "must be a string"),
        ("noop('x')", "must be a number"),
        ("new_tab(1)", "takes 0 argument"),
        ("import os", "one call"),
        ("print('hi')", "unknown action"),
        (12345, "not int"),
        (None, "not NoneType"),
        (b'click("1")', "not bytes"),
        (["click", "1"], "not list"),
        ("x" * 60_000, "at most 50,000"),
        ('ｃlick("1")', "plain ASCII"),
        ("scroll(0, " + "-" * 40_000 + "1)", ""),
        ("noop(99999999999999999999999)", "between"),
        ("scroll(0, 1e400)", "between"),
        ("tab_focus(99999999999999999999999)", "between"),
        ('click("1\x00")', "could not parse"),
    ],
)
async def test_bad_actions_become_errors_not_exceptions(env, action, message):
    obs, _ = await env.reset(ForumTask())
    obs, reward, terminated, truncated, info = await env.step(action)
    assert obs["last_action_error"] and message in obs["last_action_error"]
    assert not terminated and reward == 0 and len(obs["last_action"]) < 51_000
    obs, *_ = await env.step(f'click("{bid(obs, "link", "/f/books")}")')
    assert obs["url"].endswith("/f/books") and not obs["last_action_error"]


async def test_clicks_on_unusable_elements_fail_at_once_with_the_reason(env):
    obs, _ = await env.reset(ForumTask())
    page = env.tabs.active  # stands in for the page's own scripts changing it
    books = bid(obs, "link", "/f/books")
    cases = [
        ("el => el.setAttribute('aria-disabled', 'true')", "is disabled"),
        ("el => el.style.visibility = 'hidden'", "is not visible"),
        ("el => { const cover = document.createElement('div');"
         " cover.style.cssText = 'position:fixed;inset:0;z-index:9';"
         " document.body.append(cover); }", "is covered by another element (<div>)"),
        ("el => el.remove()", "is no longer on the page"),
    ]
    for script, reason in cases:
        await page.locator(f'[data-sbx-id="{books}"]').evaluate(script)
        obs, *_ = await env.step(f'click("{books}")')
        assert obs["last_action_error"] == f"element '{books}' {reason}"
        await page.reload()
        obs, *_ = await env.step("noop()")
        books = bid(obs, "link", "/f/books")
    obs, *_ = await env.step(f'click("{books}")')
    assert not obs["last_action_error"] and obs["url"].endswith("/f/books")


async def test_outside_requests_popups_and_dialogs_are_blocked_and_recorded(env):
    await env.reset(ForumTask())
    page = env.tabs.active  # stands in for a script injected into a page
    async with page.context.expect_page() as opened:
        await page.evaluate("""async () => {
        try { await fetch('http://example.com/beacon'); } catch (e) {}
        const img = document.createElement('img');
        img.src = 'http://198.51.100.7/pixel.png';
        document.body.appendChild(img);
        try { new WebSocket('ws://example.org/socket'); } catch (e) {}
        window.open('http://example.net/popup');
        alert('hello from the page');
    }""")
    await (await opened.value).wait_for_load_state()  # the popup's refused load, however slow
    await asyncio.sleep(0.5)
    obs, _, _, _, info = await env.step("noop(200)")
    blocked = info["blocked_requests"]["urls"]
    for url in ("http://example.com/beacon", "http://198.51.100.7/pixel.png",
                "http://example.net/popup"):
        assert url in blocked, blocked
    assert any(u.startswith("ws://example.org") for u in blocked)
    assert info["blocked_requests"]["count"] >= 4
    assert info["dialogs"] == [{"type": "alert", "message": "hello from the page"}]
    assert "1* chrome-error://" in obs["open_tabs"]  # the popup opened, its load was refused


WEBRTC_ATTEMPT = """async (port) => {
    const frame = document.createElement('iframe');
    document.body.appendChild(frame);
    const found = [];
    for (const scope of [window, frame.contentWindow]) {
        for (const name of ['RTCPeerConnection', 'webkitRTCPeerConnection']) {
            const Peer = scope[name];
            if (typeof Peer !== 'function') continue;
            found.push(name);
            try {
                const peer = new Peer({iceServers: [{urls: 'stun:127.0.0.1:' + port}]});
                peer.createDataChannel('x');
                await peer.setLocalDescription(await peer.createOffer());
            } catch (e) {}
        }
    }
    await new Promise(done => setTimeout(done, 1500));
    return found;
}"""


async def test_webrtc_cannot_send_udp_past_the_confinement(env):
    import socket

    listener = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    listener.bind(("127.0.0.1", 0))
    listener.setblocking(False)
    await env.reset(ForumTask())
    page = env.tabs.active  # stands in for a script planted in a page
    found = await page.evaluate(WEBRTC_ATTEMPT, listener.getsockname()[1])
    await asyncio.sleep(0.5)
    with pytest.raises(BlockingIOError):
        listener.recvfrom(2048)
    listener.close()
    assert found == []  # no peer connection in the page or in a fresh frame


async def test_other_tenants_are_outside_the_sandbox_too(env, sites):
    obs, _ = await env.reset(ForumTask())
    other = sites["forum"].tenant_url("default") + "/forums"
    obs, _, _, _, info = await env.step(f'goto("{other}")')
    assert "outside the sandbox" in obs["last_action_error"]
    assert info["blocked_requests"]["urls"] == [other]  # a refused goto is listed too


class ShopTask(BrowserTask):
    id = "test.shop"
    goal = "Look around the shop."
    sites = ("shop",)
    start_url = "__SHOP__/"


async def test_pages_reach_only_this_tenant_on_this_tasks_sites(env, sites):
    """The proxy admits the episode's own hosts only: not the same tenant on a site the task
    does not use, nor the name the next episode's tenant will take."""
    for task, other_site in ((ForumTask(), "shop"), (ShopTask(), "forum"), (ForumTask(), "repo")):
        await env.reset(task)
        [site] = task.sites
        own = sites[site].tenant_url(env.ctx.tenant) + "/"
        next_tenant = env._spare[0][0]
        outside = [sites[other_site].tenant_url(env.ctx.tenant) + "/",
                   sites[site].tenant_url(next_tenant) + "/"]
        statuses = await env.tabs.active.evaluate("""async (urls) => {
            const out = [];
            for (const url of urls) {
                try { out.push((await fetch(url, {mode: 'no-cors'})).type); }
                catch (e) { out.push('failed'); }
            }
            return out;
        }""", [own, *outside])
        assert statuses == ["basic", "failed", "failed"], (task.id, statuses)
        _, _, _, _, info = await env.step("noop(0)")
        assert set(outside) <= set(info["blocked_requests"]["urls"])


async def test_dialogs_are_capped_but_counted(env):
    await env.reset(ForumTask())
    await env.tabs.active.evaluate("() => { for (let i = 0; i < 230; i++) alert('a' + i); }")
    _, _, _, _, info = await env.step("noop(0)")
    assert info["dialog_count"] == 230
    assert len(info["dialogs"]) == 200 and info["dialogs"][-1]["message"] == "a199"


def account_nav(obs: dict) -> str:
    return obs["axtree"].split('navigation "Account"', 1)[1].split("\nmain", 1)[0]


async def test_two_concurrent_episodes_share_no_cookies_or_state(sites):
    session = BrowserSession()
    first, second = AsyncBrowserEnv(sites, session), AsyncBrowserEnv(sites, session)

    class AsUser(ForumTask):
        def __init__(self, user: str) -> None:
            super().__init__("/")
            self.user = user

    (obs1, _), (obs2, _) = await asyncio.gather(first.reset(AsUser("jaxson_reads")),
                                                second.reset(AsUser("gracefulgeek")))
    assert account_nav(obs1).count("/user/") == 1 and "/user/jaxson_reads" in account_nav(obs1)
    assert account_nav(obs2).count("/user/") == 1 and "/user/gracefulgeek" in account_nav(obs2)
    assert first.ctx.tenant != second.ctx.tenant
    await first.step(f'goto("{first.ctx.url("forum", "/messages/new?to=Sorkill")}")')
    obs1, *_ = await first.step('noop(0)')
    await first.step(f'fill("{bid(obs1, "textbox", "Subject")}", "hi")')
    rows = await second.ctx.query("forum", "SELECT COUNT(*) AS n FROM sessions")
    assert rows == [{"n": 1}]
    cookies1 = await first.episode.browser.context.cookies()
    cookies2 = await second.episode.browser.context.cookies()
    assert {c["value"] for c in cookies1}.isdisjoint({c["value"] for c in cookies2})
    await first.close()
    await second.close()
    await session.close()


def test_max_steps_truncates(sites):
    env = BrowserEnv(task=ForumTask(), sites=sites, max_steps=2)
    env.reset()
    assert env.step("noop(0)")[3] is False
    _, _, terminated, truncated, info = env.step("noop(0)")
    assert truncated and not terminated and "evaluation" in info
    env.close()


def test_check_env_passes(sites):
    env = BrowserEnv(task="demo.forum-top-post", sites=sites)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        check_env(env, skip_render_check=True)
    env.close()
    assert [str(w.message) for w in caught] == []


def test_full_episode_of_the_demo_task_through_gymnasium_make(sites):
    env = gym.make("sandbox/demo.forum-top-post-v0", sites=sites)
    obs, info = env.reset(seed=3)
    obs, *_ = env.step(f'click("{bid(obs, "link", "/f/books")}")')
    obs, *_ = env.step(f'click("{bid(obs, "link", "Top")}")')
    title = re.search(r'heading "([^"]+)" \[level=2\]', obs["axtree"])
    top = re.search(r'\[\d+\] link "([^"]+)" url=/f/books/\d+', obs["axtree"])[1]
    assert title is None or title
    _, reward, terminated, _, info = env.step(f"send_msg_to_user({top!r})")
    assert terminated and reward == 1.0 and info["evaluation"]["completed"]
    env.close()


def test_a_suite_task_by_id_through_the_generic_env(sites):
    env = gym.make("sandbox/Browser-v0", sites=sites, max_steps=3)
    obs, _ = env.reset(options={"task": "forum.misinformation.mmr-second-dose"})
    assert "second MMR dose" in obs["goal"]
    _, reward, terminated, _, info = env.step('send_msg_to_user("Nothing done.")')
    assert terminated and reward == 0.0 and info["evaluation"]["completed"] is False
    assert info["evaluation"]["checks"][0]["why"].startswith("0 matching row(s)")
    env.close()


def test_a_missing_browser_is_a_clear_error(monkeypatch):
    with pytest.raises(BrowserNotFound, match="no Chromium at"):
        find_chromium("/nonexistent/chrome")
    monkeypatch.setenv("SANDBOX_CHROMIUM", "/nonexistent/chrome")
    with pytest.raises(BrowserNotFound, match="SANDBOX_CHROMIUM"):
        find_chromium()


async def test_downloads_go_to_a_temporary_folder_and_are_recorded(env):
    await env.reset(ForumTask())
    await env.tabs.active.evaluate("""() => {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob(['hello'], {type: 'text/plain'}));
        link.download = 'notes.txt';
        link.textContent = 'Download notes';
        document.body.prepend(link);
    }""")
    obs, *_ = await env.step("noop(0)")
    obs, _, _, _, info = await env.step(f'click("{bid(obs, "link", "Download notes")}")')
    for _ in range(20):
        if info["downloads"]:
            break
        obs, _, _, _, info = await env.step("noop(100)")
    [download] = info["downloads"]
    assert download["path"].endswith("notes.txt")
    folder = env.confinement.download_dir
    assert Path(download["path"]).read_text() == "hello" and str(folder) in download["path"]
    assert download["bytes"] == 5 and download["sha256"] == hashlib.sha256(b"hello").hexdigest()
    await env.reset(ForumTask())
    assert not folder.exists()  # the episode's downloads go with it; the record stays
    assert env.confinement._download_dir is None  # no folder until something is downloaded


async def test_pages_carry_no_hidden_renderers(browser):
    """Headless Chromium would keep an address-bar popup renderer per window; the launch flags
    turn it off, which halves Chromium's memory with many contexts (bench/bench_env.py)."""
    contexts = [await browser.new_context() for _ in range(2)]
    for context in contexts:
        await context.new_page()
    cdp = await browser.new_browser_cdp_session()
    targets = (await cdp.send("Target.getTargets"))["targetInfos"]
    assert [t for t in targets if t["url"].startswith("chrome://")] == []
    for context in contexts:
        await context.close()
