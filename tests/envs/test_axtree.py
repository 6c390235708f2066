"""The page outline, built in a real Chromium from pages that exercise roles, names and states."""

import pytest_asyncio

from sandbox.agents.locate import find
from sandbox.envs.browser.axtree import read_outline

PAGE = """<!doctype html><title>Outline test</title>
<header><a href="/f/news/1">PSA: read this</a>
  <button aria-label='It&#39;s "quoted": yes'>x</button></header>
<main>
  <p>Para:   with
     colon</p>
  <form>
    <label for="title">Title</label> <input id="title" value="Hello">
    <input type="password" aria-label="Password" value="abc">
    <textarea placeholder="Body"></textarea>
    <label><input type="checkbox" checked> Remember me</label>
    <select aria-label="Colour"><option>Red</option><option selected>Blue</option></select>
    <button type="submit" disabled>Say 'hi': now</button>
    <input type="submit" value="Send">
  </form>
  <div><span>plain</span> <span>text</span></div>
  <div style="display:none"><button>Hidden</button></div>
  <div aria-hidden="true"><a href="/x">Also hidden</a></div>
  <h2 id="lbl">Labelled heading</h2>
  <a href="/img"><img alt="Logo image"></a>
  <nav aria-labelledby="lbl"><ul><li><a href="/a">First</a></li></ul></nav>
  <div role="button" tabindex="0">Custom</div>
  <iframe srcdoc="<button>Inner</button>" title="Frame"></iframe>
</main>"""

EXPECTED = [
    "banner",
    '  [1] link "PSA: read this" url=/f/news/1',
    '  [2] button "It\'s \\"quoted\\": yes": x',
    "main",
    "  paragraph: Para: with colon",
    "  Title",
    '  [3] textbox "Title": Hello',
    '  [4] textbox "Password": •••',
    '  [5] textbox "Body"',
    '  [6] checkbox "Remember me" [checked]',
    "  Remember me",
    '  [7] combobox "Colour": Blue',
    '    option "Red"',
    '    option "Blue" [selected]',
    "  [8] button \"Say 'hi': now\" [disabled]",
    '  [9] button "Send"',
    "  plain text",
    '  heading "Labelled heading" [level=2]',
    '  [10] link "Logo image" url=/img',
    '    img "Logo image"',
    '  navigation "Labelled heading"',
    "    list",
    "      listitem",
    '        [11] link "First" url=/a',
    '  [12] button "Custom"',
    '  iframe "Frame"',
    '    [14] button "Inner"',
]


@pytest_asyncio.fixture
async def page(browser):
    context = await browser.new_context()
    page = await context.new_page()
    await page.set_content(PAGE)
    await page.frames[1].wait_for_selector("button")
    yield page
    await context.close()


async def test_roles_names_states_and_ids(page):
    outline = await read_outline(page)
    assert outline.title == "Outline test"
    assert outline.text.splitlines() == EXPECTED
    assert outline.frames == {"14": ["13"]}
    assert "Hidden" not in outline.text and "Also hidden" not in outline.text


async def test_ids_are_stable_and_locate_their_elements(page):
    first = await read_outline(page)
    await page.evaluate("document.querySelector('main').prepend(document.createElement('button'))")
    second = await read_outline(page)
    assert find(second.text, "link", "First").bid == find(first.text, "link", "First").bid == "11"
    assert find(second.text, "button", "").bid == "15"
    assert await second.locator(page, "11").get_attribute("href") == "/a"
    assert await second.locator(page, "14").inner_text() == "Inner"
    assert second.locator(page, "99") is None


async def test_boxes_for_set_of_marks(page):
    outline = await read_outline(page, with_boxes=True)
    x, y, width, height = outline.boxes["3"]
    assert width > 0 and height > 0 and 0 <= x < 1280 and y >= 0
    assert outline.boxes["14"][1] > outline.boxes["3"][1]  # the frame's offset is added


async def test_locator_lookup_by_role_and_name(page):
    text = (await read_outline(page)).text
    assert find(text, "button", 'It\'s "quoted": yes').bid == "2"
    assert find(text, "link", "psa: read this").url == "/f/news/1"
    assert find(text, "button", "say", exact=False).bid == "8"
    assert find(text, "textbox", "Missing") is None
