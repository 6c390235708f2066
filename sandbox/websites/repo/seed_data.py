"""Fixed seed content: accounts, groups, projects and the word lists issues are made from."""

from __future__ import annotations

from .seed_files import ProjectSpec

ADMIN = ("root", "admin1234")
USER_PASSWORD = "hello1234"

# username, display name, bio
NAMED_USERS = [
    ("byteblaze", "Byte Blaze", "Front-end dev. Webrings, dotfiles and tiny tools."),
    ("alice.dev", "Alice Devereux", "Python and data pipelines. Maintainer at Datacraft."),
    ("mwong", "Michelle Wong", "QA and accessibility testing."),
    ("dmitri.k", "Dmitri Kovalenko", "SRE. Go, Ansible and too many Raspberry Pis."),
    ("mkowalski", "Marta Kowalski", "PDF wrangler."),
    ("jchen", "Jun Chen", "Go enthusiast, gopherhaus founder."),
    ("sofia.r", "Sofia Rossi", "Cooking and coding."),
    ("lena.hart", "Lena Hart", "Runs the a11y webring."),
    ("rgarcia", "Rafael Garcia", "Design systems at Primer."),
    ("priya.n", "Priya Natarajan", "Data engineering lead."),
    ("tomasz.b", "Tomasz Bielski", "Engineering manager at Northwind Labs."),
    ("noah.p", "Noah Peters", "Weather nerd."),
    ("amara.o", "Amara Okafor", "Civic tech organiser."),
]
FIRST_NAMES = ["Ava", "Ben", "Chloe", "Daniel", "Elif", "Felix", "Gina", "Hugo", "Isla", "Jonas",
               "Kira", "Liam", "Maya", "Nils", "Olga", "Pablo", "Quinn", "Rosa", "Sven", "Tara",
               "Uma", "Victor", "Wen", "Yusuf", "Zoe", "Arjun", "Beatriz", "Carlos", "Dana"]
LAST_NAMES = ["Ahmed", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "Gupta", "Haas", "Ito",
              "Jensen", "Kim", "Lopez", "Moreau", "Novak", "Olsen", "Petrov", "Quist", "Reyes",
              "Sato", "Tanaka", "Ueda", "Varga", "Weber", "Yilmaz", "Zhang"]
GENERATED_USERS = 30
# Accounts listed in app.LOGINS: their memberships are exactly the documented ones.
DOCUMENTED_USERS = ("root", "byteblaze", "alice.dev", "mwong", "dmitri.k")

# path, name, description, {username: role}
GROUPS = [
    ("a11y-webring", "A11y Webring", "A webring of personal sites that take accessibility "
     "seriously.", {"lena.hart": "Owner", "byteblaze": "Maintainer", "alice.dev": "Developer",
                    "mwong": "Reporter"}),
    ("primer", "Primer", "Design system and UI building blocks.",
     {"rgarcia": "Owner", "byteblaze": "Developer", "mwong": "Guest"}),
    ("northwind-labs", "Northwind Labs", "Internal tools and services of Northwind Labs.",
     {"tomasz.b": "Owner", "alice.dev": "Developer"}),
    ("datacraft", "Datacraft", "Open-source data engineering utilities.",
     {"priya.n": "Owner", "alice.dev": "Maintainer"}),
    ("gopherhaus", "Gopherhaus", "Small, dependable Go libraries.",
     {"jchen": "Owner", "dmitri.k": "Maintainer"}),
    ("openweather-tools", "OpenWeather Tools", "Community tools for public weather data.",
     {"noah.p": "Owner", "mkowalski": "Developer"}),
    ("civic-tech", "Civic Tech Collective", "Open tools for local government data.",
     {"amara.o": "Owner", "byteblaze": "Reporter"}),
]

GROUPS_BY_PATH = {path: members for path, _, _, members in GROUPS}
GROUP_NAMES = {path: name for path, name, _, _ in GROUPS}

# Members of single projects beyond what their group brings (project path -> {user: role}).
PROJECT_MEMBER_OVERRIDES = {
    "northwind-labs/billing-service": {"alice.dev": None},  # private; alice is not a member
}

P = ProjectSpec
PROJECTS = [
    P("a11y-webring", "webring-site", "Webring Site", "The a11y-webring.club website: member "
      "list, ring navigation and joining guide.", "site", ("ring", "members", "badges"),
      issues=140, mrs=6),
    P("a11y-webring", "webring-cli", "Webring CLI", "Command-line checker for webring members.",
      "python", ("ring", "checker", "feeds"), issues=8, mrs=2),
    P("primer", "design", "Design", "Primer design guidelines: colour, typography, spacing and "
      "components.", "docs", ("color", "typography", "spacing", "components", "accessibility"),
      issues=10, mrs=3),
    P("primer", "octicons-lite", "Octicons Lite", "A small SVG icon set with a sprite builder.",
      "js", ("icons", "sprite", "build"), issues=6, mrs=2),
    P("northwind-labs", "inventory-api", "Inventory API", "Stock levels, orders and suppliers "
      "for the Northwind warehouses.", "python", ("inventory", "orders", "suppliers"),
      visibility="internal", issues=8, mrs=2),
    P("northwind-labs", "billing-service", "Billing Service", "Invoices, ledger and tax "
      "computation.", "go", ("invoice", "ledger", "tax"), visibility="private", issues=6, mrs=2),
    P("northwind-labs", "web-dashboard", "Web Dashboard", "Operations dashboard for the "
      "warehouse team.", "js", ("charts", "filters", "session"), visibility="internal",
      issues=6, mrs=1),
    P("datacraft", "csv-toolkit", "CSV Toolkit", "Fast, forgiving CSV reading and validation.",
      "python", ("reader", "dialects", "validate"), issues=8, mrs=2),
    P("datacraft", "etl-pipelines", "ETL Pipelines", "Composable extract-transform-load steps.",
      "python", ("extract", "transform", "load"), issues=6, mrs=2),
    P("datacraft", "notebooks-archive", "Notebooks Archive", "Write-ups of old analyses, kept "
      "for reference.", "docs", ("churn", "forecasting", "survey"), archived=True, issues=3,
      mrs=0),
    P("datacraft", "ml-baselines", "ML Baselines", "Reference baselines for tabular "
      "prediction tasks.", "python", ("features", "models", "metrics"), issues=6, mrs=1),
    P("gopherhaus", "rate-limiter", "Rate Limiter", "Token-bucket and sliding-window rate "
      "limiting for net/http.", "go", ("bucket", "window", "middleware"), issues=7, mrs=2),
    P("gopherhaus", "kvstore", "KV Store", "An embedded key-value store with a write-ahead "
      "log.", "go", ("store", "wal", "snapshot"), issues=7, mrs=2),
    P("gopherhaus", "cli-kit", "CLI Kit", "Flags, prompts and tables for Go command-line "
      "tools.", "go", ("flags", "prompt", "table"), issues=5, mrs=1),
    P("openweather-tools", "forecast-cli", "Forecast CLI", "Weather forecasts in your "
      "terminal from open data.", "python", ("forecast", "stations", "units"), issues=7, mrs=2),
    P("openweather-tools", "station-map", "Station Map", "Interactive map of public weather "
      "stations.", "js", ("map", "stations", "legend"), issues=6, mrs=1),
    P("civic-tech", "city-budget-viz", "City Budget Viz", "Explore a city budget as an "
      "interactive treemap.", "js", ("budget", "treemap", "export"), issues=6, mrs=2),
    P("civic-tech", "open311-client", "Open311 Client", "Python client for Open311 service "
      "request APIs.", "python", ("requests", "services", "geocode"), issues=6, mrs=1),
    P("civic-tech", "transit-alerts", "Transit Alerts", "Push notifications for public "
      "transit service alerts.", "go", ("feed", "alerts", "notify"), issues=5, mrs=1),
    P("byteblaze", "dotfiles", "dotfiles", "My shell, editor and terminal configuration.",
      "dotfiles", ("git", "shell", "editor"), issues=4, mrs=1),
    P("byteblaze", "timetracker", "timetracker", "Track time per project from the command "
      "line.", "python", ("timers", "reports", "storage"), issues=6, mrs=2),
    P("byteblaze", "blog", "blog", "Posts and drafts for my personal blog.", "docs",
      ("webrings", "keyboard-navigation", "static-sites"), issues=3, mrs=1),
    P("alice.dev", "ffmpeg-wrapper", "ffmpeg-wrapper", "Pythonic bindings for building "
      "ffmpeg filter graphs.", "python", ("probe", "filters", "nodes"), issues=8, mrs=2),
    P("alice.dev", "portfolio", "portfolio", "Personal portfolio site.", "js",
      ("gallery", "contact", "theme"), issues=3, mrs=1),
    P("mkowalski", "pdfsplit", "pdfsplit", "Split, merge and reorder PDF pages.", "python",
      ("split", "merge", "pages"), issues=5, mrs=1),
    P("jchen", "leetcode-go", "leetcode-go", "Solutions to algorithm puzzles in Go.", "go",
      ("arrays", "graphs", "dp"), issues=3, mrs=1),
    P("sofia.r", "recipe-box", "recipe-box", "Recipes, search and shopping lists.", "js",
      ("recipes", "search", "shopping"), visibility="private", issues=5, mrs=1),
    P("dmitri.k", "homelab", "homelab", "Ansible playbooks for my home servers.", "ops",
      ("backups", "media", "dns"), visibility="private", issues=4, mrs=1),
]

LABELS = [
    ("bug", "#d9534f", "Something is not working"),
    ("feature", "#428bca", "New functionality"),
    ("documentation", "#5cb85c", "Docs, README and examples"),
    ("question", "#8e44ad", "Further information is requested"),
    ("good first issue", "#69d100", "Small and well-defined; good for newcomers"),
    ("help wanted", "#ed9121", "Extra attention is needed"),
    ("priority::high", "#cc0033", "Fix soon"),
    ("priority::low", "#a8d695", "Nice to have"),
    ("wontfix", "#7f8c8d", "This will not be worked on"),
]
SITE_LABELS = [
    ("accessibility", "#0033cc", "Barriers for people using assistive technology"),
    ("member request", "#009966", "A site asking to join or leave the ring"),
]

FEATURES = {
    "python": ["async support", "JSON output", "a config file", "type hints", "progress bars",
               "Windows paths", "a --dry-run flag", "Python 3.13"],
    "js": ["dark mode", "keyboard shortcuts", "TypeScript types", "lazy loading", "i18n",
           "an ESM build", "reduced motion"],
    "go": ["context cancellation", "structured logging", "Prometheus metrics", "generics",
           "graceful shutdown", "a Redis backend"],
    "docs": ["a search page", "dark mode", "printable pages", "code examples", "a changelog"],
    "dotfiles": ["macOS support", "a bootstrap script", "fish shell", "a Brewfile"],
    "ops": ["Proxmox hosts", "offsite backups", "Grafana dashboards", "Let's Encrypt"],
}

ISSUE_TEMPLATES = [
    ("bug", "{Module}: crash when the input is empty"),
    ("bug", "Unhandled exception in {module} with non-ASCII names"),
    ("bug", "{Module} ignores the configured timeout"),
    ("bug", "Regression in {module} after the last release"),
    ("bug", "Flaky test in {module} on CI"),
    ("bug", "Memory keeps growing when {module} runs for hours"),
    ("feature", "Add {feature}"),
    ("feature", "Support {feature} in {module}"),
    ("feature", "Expose {module} options on the command line"),
    ("feature", "Make {module} pluggable"),
    ("documentation", "Document the {module} API"),
    ("documentation", "README: installation steps are outdated"),
    ("documentation", "Add examples for {module}"),
    ("documentation", "Typo in the {module} docs"),
    ("question", "How do I use {module} with {feature}?"),
    ("question", "Is {module} safe to use from several threads?"),
    ("feature", "Upgrade dependencies"),
    ("bug", "CI pipeline fails on the main branch"),
]
SITE_COMPONENTS = ["navigation ring", "member badge", "random site button", "footer",
                   "members table", "skip link", "join form", "dark mode toggle", "site cards",
                   "header logo", "previous/next links", "search field"]
SITE_PROBLEMS = [
    "Focus outline missing on the {c}",
    "Insufficient colour contrast in the {c}",
    "Screen readers announce the {c} twice",
    "Missing alt text on the {c}",
    "Keyboard trap in the {c}",
    "The {c} cannot be reached with Tab",
    "Animation in the {c} ignores reduced motion",
    "The {c} breaks at 200% zoom",
]
SITE_NAME_PARTS = (["quiet", "amber", "paper", "lunar", "cobalt", "tiny", "slow", "north",
                    "velvet", "pixel", "maple", "fern"],
                   ["garden", "notes", "lantern", "harbor", "byte", "atlas", "orchard",
                    "studio", "journal", "workshop"])
SITE_TLDS = ["club", "net", "dev", "blog", "xyz"]

DESCRIPTIONS = {
    "bug": "### Steps to reproduce\n\n1. {step}\n2. Look at the {thing}.\n\n### What happens\n\n"
           "{wrong}\n\n### What should happen\n\nIt should work the same way as in the previous "
           "release.\n\nVersion: {version}",
    "feature": "### Problem\n\nRight now we have to work around the missing {thing} by hand.\n\n"
               "### Proposal\n\n{proposal}\n\nHappy to open a merge request if this sounds good.",
    "documentation": "The docs for the {thing} are {wrong_doc}. A short example would help "
                     "newcomers a lot.",
    "question": "I could not find this in the docs. {question_body}\n\nThanks!",
    "accessibility": "Found while testing with {tool}.\n\n**Where:** the {thing}\n\n"
                     "**Expected:** WCAG 2.2 AA conformance.\n\n**Actual:** {wrong}",
    "removal": "https://{site} has not answered for two weeks and the owner did not reply to "
               "email. Proposing to take it out of `data/members.json` until it is back.",
    "member request": "Hi! I would like to join the ring.\n\n- Site: https://{site}\n- Owner: "
                      "{owner}\n- I have added the ring widget to my footer.\n\nThanks for "
                      "running this!",
}
STEPS = ["Run the command with an empty file", "Open the page in Firefox", "Call it twice in a "
         "row", "Start it with the default settings", "Use a path with spaces"]
WRONG = ["It raises a traceback instead of a helpful error.", "Nothing happens at all.",
         "The result is off by one.", "It hangs until killed.", "The focus jumps to the top of "
         "the page."]
PROPOSALS = ["Add an option, off by default, and document it in the README.",
             "Follow what similar tools do and read it from an environment variable.",
             "Split the work into two merge requests: the core change, then the docs."]
TOOLS = ["NVDA and Firefox", "VoiceOver on iOS", "axe DevTools", "keyboard only",
         "Windows High Contrast mode"]

COMMENTS = [
    "Thanks for the report! I can reproduce this on main.",
    "Could you share the exact version and a minimal example?",
    "I had a look; the fix should be small. Taking this one.",
    "Duplicate of an older issue, but this one has better details, so let's keep it.",
    "This is still happening for me on the latest release.",
    "+1, we hit this too in production last week.",
    "I opened a merge request that should fix it, reviews welcome.",
    "Let's discuss this at the next maintainers' call.",
    "Good catch. Adding the `help wanted` label in case someone wants to pick it up.",
    "Confirmed with a screen reader as well.",
    "Fixed in the latest release, please reopen if you still see it.",
    "Not sure this belongs in the core; could it be a plugin?",
]
MR_COMMENTS = [
    "Looks good to me, thanks!",
    "Could you add a test for the empty case?",
    "Nit: the variable name could be more descriptive.",
    "Rebased on main, CI is green now.",
    "I left a couple of small suggestions inline.",
    "LGTM once the changelog entry is added.",
    "Tested locally, works as expected.",
]
MR_TEMPLATES = [
    ("fix/{module}-empty-input", "Fix {module} crash on empty input"),
    ("feature/{module}-{feature_slug}", "Add {feature} to {module}"),
    ("docs/{module}-examples", "Document {module} with examples"),
    ("refactor/{module}", "Refactor {module} for readability"),
    ("chore/update-readme", "Update the README"),
    ("feature/{module}-describe", "Add a summary helper to {module}"),
]
MAIN_COMMITS = ["Fix typo in README", "Update CI configuration", "Tidy up {module}",
                "Add changelog entry", "Improve error message in {module}"]
