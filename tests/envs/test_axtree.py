"""The outline built from Playwright's AI-mode ARIA snapshot."""

from sandbox.agents.locate import find
from sandbox.envs.browser.axtree import build_outline

SNAPSHOT = """- generic [active] [ref=f2e1]:
  - banner [ref=f2e2]:
    - 'link "PSA: read this" [ref=f2e3] [cursor=pointer]':
      - /url: /f/news/1
    - 'button "It''s \\"quoted\\": yes" [ref=f2e4]'
  - main [ref=f2e5]:
    - paragraph [ref=f2e6]: "Para: with colon"
    - textbox "Title" [ref=f2e7]
    - 'button "Say ''hi'': now" [ref=f2e8]': x
    - generic [ref=f2e9]:
      - text: plain
    - iframe [ref=f2e10]:
      - button "Inner" [ref=f3e2]"""


def test_ids_only_on_interactive_elements_and_quoted_keys_unquoted():
    outline = build_outline(SNAPSHOT)
    assert outline.text.splitlines() == [
        "banner",
        '  [3] link "PSA: read this" url=/f/news/1',
        '  [4] button "It\'s \\"quoted\\": yes"',
        "main",
        '  paragraph: "Para: with colon"',
        '  [7] textbox "Title"',
        "  [8] button \"Say 'hi': now\": x",
        "  plain",
        "  iframe",
        '    [f3e2] button "Inner"',
    ]
    assert outline.refs == {"3": "f2e3", "4": "f2e4", "7": "f2e7", "8": "f2e8",
                            "f3e2": "f3e2"}


def test_locator_lookup_by_role_and_name():
    text = build_outline(SNAPSHOT).text
    assert find(text, "button", 'It\'s "quoted": yes').bid == "4"
    assert find(text, "link", "psa: read this").url == "/f/news/1"
    assert find(text, "button", "say", exact=False).bid == "8"
    assert find(text, "textbox", "Missing") is None
