"""The code-hosting site for real: its server, Chromium, and the control API checking each flow."""

from __future__ import annotations

import httpx
from playwright.async_api import expect
from support.tenants import SiteHelper, build_twice

from sandbox.websites.core.auth import check_password
from sandbox.websites.repo.app import LOGINS
from sandbox.websites.repo.seed import build_template

WEBRING = "a11y-webring/webring-site"


HELPER = SiteHelper("repo")
query, dump, client = HELPER.query, HELPER.dump, HELPER.client


def test_seed_is_large_enough_and_deterministic():
    first = build_twice(build_template)

    def count(sql: str) -> int:
        return first.execute(sql).fetchone()[0]

    assert count("SELECT COUNT(*) FROM projects") >= 25
    assert count("SELECT COUNT(*) FROM issues") >= 150
    assert count("SELECT COUNT(*) FROM merge_requests") >= 40
    assert count("SELECT COUNT(*) FROM users") >= 40
    assert count("SELECT COUNT(*) FROM groups") >= 5
    assert count("SELECT COUNT(*) FROM issue_comments WHERE system = 0") >= 300
    assert count("SELECT COUNT(*) FROM issue_labels") >= 300
    assert count("SELECT COUNT(DISTINCT state) FROM merge_requests") == 3
    assert count("SELECT COUNT(DISTINCT visibility) FROM projects") == 3
    assert count("SELECT COUNT(*) FROM projects WHERE archived = 1") >= 1
    per_project = [r[0] for r in first.execute(
        "SELECT COUNT(*) FROM files f JOIN projects p ON p.id = f.project_id "
        "WHERE f.branch = p.default_branch GROUP BY p.id")]
    assert len(per_project) == count("SELECT COUNT(*) FROM projects")
    assert all(8 <= n <= 20 for n in per_project), per_project
    assert count("SELECT COUNT(*) FROM issues i JOIN projects p ON p.id = i.project_id "
                 f"WHERE p.full_path = '{WEBRING}' AND i.state = 'opened'") >= 100
    assert count("SELECT COUNT(*) FROM files WHERE path LIKE '%.py'") >= 50
    assert count("SELECT COUNT(*) FROM files WHERE path LIKE '%.go'") >= 20
    assert count("SELECT COUNT(*) FROM files WHERE path LIKE '%.js'") >= 20
    for username, password, _ in LOGINS:
        assert check_password(first, username, password) is not None, username
    assert any(first.execute("SELECT is_admin FROM users WHERE username = ?", (u,)).fetchone()[0]
               for u, _, _ in LOGINS)


async def test_create_a_file_in_chromium(sites, tenant_factory, login_page):
    tenant = await tenant_factory("repo")
    page = await login_page("repo", tenant, "byteblaze")
    await page.get_by_label("Search GitLab").fill("webring")
    await page.get_by_label("Search GitLab").press("Enter")
    await page.get_by_role("link", name="a11y-webring / Webring Site").click()
    await page.get_by_role("link", name="scripts").click()
    await page.get_by_role("link", name="New file").click()
    await page.get_by_label("File name").fill("code.py")
    await page.get_by_label("Content").fill("print('hello from the ring')\n")
    await page.get_by_label("Commit message").fill("Add code.py")
    await page.get_by_role("button", name="Commit changes").click()
    await expect(page.get_by_text("print('hello from the ring')")).to_be_visible()

    files = await query(sites, tenant,
                        "SELECT f.branch, f.content FROM files f JOIN projects p ON p.id = "
                        "f.project_id WHERE p.full_path = ? AND f.path = 'scripts/code.py'",
                        [WEBRING])
    assert files == [{"branch": "main", "content": "print('hello from the ring')\n"}]
    commits = await query(sites, tenant,
                          "SELECT c.message, u.username, cc.action, cc.path FROM commits c "
                          "JOIN users u ON u.id = c.author_id JOIN commit_changes cc ON "
                          "cc.commit_id = c.id WHERE c.message = 'Add code.py'")
    assert commits == [{"message": "Add code.py", "username": "byteblaze", "action": "create",
                        "path": "scripts/code.py"}]


async def test_sign_in_open_an_issue_and_comment_in_chromium(sites, tenant_factory, browser):
    tenant = await tenant_factory("repo")
    context = await browser.new_context()
    try:
        page = await context.new_page()
        await page.goto(sites["repo"].tenant_url(tenant) + "/users/sign_in")
        await page.get_by_label("Username").fill("mwong")
        await page.get_by_label("Password").fill("hello1234")
        await page.get_by_role("button", name="Sign in").click()
        await page.get_by_role("link", name="Explore", exact=True).click()
        await page.get_by_role("link", name="a11y-webring / Webring Site").click()
        sidebar = page.get_by_role("navigation", name="Project navigation")
        await sidebar.get_by_role("link", name="Issues").click()
        await page.get_by_role("link", name="New issue").click()
        await page.get_by_label("Title").fill("[Discussion] Block PRs from new contributors")
        await page.get_by_label("Description").fill("Should we?")
        await page.get_by_label("accessibility", exact=True).check()
        await page.get_by_role("button", name="Create issue").click()
        await page.get_by_label("Add a comment").fill("Opening this for discussion.")
        await page.get_by_role("button", name="Comment", exact=True).click()
        await expect(page.get_by_text("Opening this for discussion.")).to_be_visible()
        await page.get_by_role("button", name="Close issue").click()
        await expect(page.get_by_role("button", name="Reopen issue")).to_be_visible()
    finally:
        await context.close()
    rows = await query(sites, tenant,
                       "SELECT i.id, i.iid, i.state, i.description, u.username FROM issues i "
                       "JOIN projects p ON p.id = i.project_id JOIN users u ON u.id = "
                       "i.author_id WHERE p.full_path = ? AND i.title LIKE '%Block PRs%'",
                       [WEBRING])
    assert len(rows) == 1 and rows[0]["username"] == "mwong"
    assert rows[0]["state"] == "closed" and rows[0]["iid"] == 141
    labels = await query(sites, tenant, "SELECT l.name FROM issue_labels il JOIN labels l ON "
                                        "l.id = il.label_id WHERE il.issue_id = ?", [rows[0]["id"]])
    assert labels == [{"name": "accessibility"}]
    notes = await query(sites, tenant, "SELECT body, system FROM issue_comments WHERE issue_id = ? "
                                       "ORDER BY id", [rows[0]["id"]])
    assert notes == [{"body": "Opening this for discussion.", "system": 0},
                     {"body": "closed", "system": 1}]


async def test_open_and_merge_a_merge_request_in_chromium(sites, tenant_factory, login_page):
    tenant = await tenant_factory("repo")
    page = await login_page("repo", tenant, "byteblaze")
    base = sites["repo"].tenant_url(tenant) + "/byteblaze/timetracker"
    await page.goto(base + "/-/blob/main/README.md")
    await page.get_by_role("link", name="Edit").click()
    await page.get_by_label("Content").fill("# timetracker\n\nNow with CSV export.\n")
    await page.get_by_label("Commit message").fill("Mention CSV export")
    await page.get_by_label("Target branch").fill("feature/csv-export")
    await page.get_by_role("button", name="Commit changes").click()
    await page.goto(base)
    sidebar = page.get_by_role("navigation", name="Project navigation")
    await sidebar.get_by_role("link", name="Merge requests").click()
    await page.get_by_role("link", name="New merge request").click()
    await page.get_by_label("Source branch").fill("feature/csv-export")
    await page.get_by_label("Title").fill("Document CSV export")
    await page.get_by_label("Description").fill("Updates the README.")
    await page.get_by_role("button", name="Create merge request").click()
    await expect(page.get_by_role("region", name="README.md")).to_be_visible()
    await page.get_by_role("button", name="Merge", exact=True).click()
    await expect(page.get_by_text("Merged by @byteblaze")).to_be_visible()

    mrs = await query(sites, tenant,
                      "SELECT mr.state, mr.source_branch, mr.target_branch, u.username FROM "
                      "merge_requests mr JOIN projects p ON p.id = mr.project_id JOIN users u "
                      "ON u.id = mr.author_id WHERE p.full_path = 'byteblaze/timetracker' AND "
                      "mr.title = 'Document CSV export'")
    assert mrs == [{"state": "merged", "source_branch": "feature/csv-export",
                    "target_branch": "main", "username": "byteblaze"}]
    readme = await query(sites, tenant,
                         "SELECT f.content FROM files f JOIN projects p ON p.id = f.project_id "
                         "WHERE p.full_path = 'byteblaze/timetracker' AND f.branch = 'main' "
                         "AND f.path = 'README.md'")
    assert readme == [{"content": "# timetracker\n\nNow with CSV export.\n"}]


async def test_issue_list_with_100_per_page_is_the_big_page(sites, tenant_factory, browser):
    tenant = await tenant_factory("repo")
    context = await browser.new_context(viewport={"width": 1280, "height": 720})
    try:
        page = await context.new_page()
        await page.goto(f"{sites['repo'].tenant_url(tenant)}/{WEBRING}/-/issues?per_page=100")
        await expect(page.locator("ul.issues-list > li")).to_have_count(100)
        elements = await page.evaluate("document.getElementsByTagName('*').length")
        cdp = await context.new_cdp_session(page)
        ax_nodes = len((await cdp.send("Accessibility.getFullAXTree"))["nodes"])
    finally:
        await context.close()
    assert 800 <= elements <= 3_000
    assert 1_500 <= ax_nodes <= 3_500


async def test_members_settings_and_new_project(sites, tenant_factory):
    tenant = await tenant_factory("repo")
    async with await client(sites, tenant, "alice.dev") as alice:  # Maintainer of datacraft/*
        members = "/datacraft/csv-toolkit/-/project_members"
        assert (await alice.post(members, data={"username": "newcomer", "role": "Guest"})
                ).status_code == 404
        assert (await alice.post(members, data={"username": "dmitri.k", "role": "Developer"})
                ).status_code == 303
        assert (await alice.post(f"{members}/dmitri.k/role", data={"role": "Maintainer"})
                ).status_code == 303
        owner = await alice.post(f"{members}/dmitri.k/role", data={"role": "Owner"})
        assert owner.status_code == 403 and "Only an Owner" in owner.text
        assert (await alice.post("/datacraft/csv-toolkit/-/edit", data={
            "name": "CSV Toolkit", "description": "Now private.", "visibility": "private"})
                ).status_code == 303
        created = await alice.post("/projects/new", data={
            "name": "Report Builder", "namespace": "datacraft", "description": "Reports.",
            "visibility": "internal", "initialize_with_readme": "1"})
        assert created.headers["location"] == "/datacraft/report-builder"
    rows = await query(sites, tenant,
                       "SELECT u.username, m.role FROM project_members m JOIN users u ON "
                       "u.id = m.user_id JOIN projects p ON p.id = m.project_id WHERE "
                       "p.full_path = 'datacraft/csv-toolkit' AND u.username = 'dmitri.k'")
    assert rows == [{"username": "dmitri.k", "role": "Maintainer"}]
    assert await query(sites, tenant, "SELECT visibility FROM projects WHERE full_path = "
                                      "'datacraft/csv-toolkit'") == [{"visibility": "private"}]
    new = await query(sites, tenant,
                      "SELECT p.visibility, f.path, m.role FROM projects p JOIN files f ON "
                      "f.project_id = p.id JOIN project_members m ON m.project_id = p.id "
                      "WHERE p.full_path = 'datacraft/report-builder'")
    assert new == [{"visibility": "internal", "path": "README.md", "role": "Owner"}]
    async with await client(sites, tenant, "mwong") as outsider:
        assert (await outsider.get("/datacraft/csv-toolkit")).status_code == 404
        explore = await outsider.get("/explore/projects?search=csv")
        assert "CSV Toolkit" not in explore.text
    async with await client(sites, tenant) as anonymous:
        assert (await anonymous.get("/datacraft/report-builder")).status_code == 404
        assert (await anonymous.get("/datacraft/etl-pipelines")).status_code == 200


async def test_permissions_archive_and_delete(sites, tenant_factory):
    tenant = await tenant_factory("repo")
    new_file = {"start_branch": "main", "file_name": "x.txt", "content": "x",
                "commit_message": "x"}
    async with await client(sites, tenant, "mwong") as reporter:
        refused = await reporter.post(f"/{WEBRING}/-/create_file", data=new_file)
        assert refused.status_code == 403 and "Developer role" in refused.text
        assert (await reporter.post(f"/{WEBRING}/-/issues", data={"title": "Typo"})
                ).status_code == 303
    async with await client(sites, tenant, "dmitri.k") as owner:
        archived = await owner.post("/dmitri.k/homelab/-/archive")
        assert archived.status_code == 303
        closed = await owner.post("/dmitri.k/homelab/-/issues", data={"title": "x"})
        assert closed.status_code == 403 and "archived" in closed.text
        wrong = await owner.post("/dmitri.k/homelab/-/delete", data={"confirm_path": "homelab"})
        assert wrong.status_code == 400 and "dmitri.k/homelab" in wrong.text
        assert (await owner.post("/dmitri.k/homelab/-/delete",
                                 data={"confirm_path": "dmitri.k/homelab"})).status_code == 303
    left = await query(sites, tenant,
                       "SELECT (SELECT COUNT(*) FROM projects WHERE full_path = 'dmitri.k/homelab')"
                       " AS projects, (SELECT COUNT(*) FROM files WHERE project_id NOT IN "
                       "(SELECT id FROM projects)) AS orphans")
    assert left == [{"projects": 0, "orphans": 0}]


async def test_edit_delete_and_a_conflicting_merge(sites, tenant_factory):
    tenant = await tenant_factory("repo")
    project = "/gopherhaus/kvstore"
    async with await client(sites, tenant, "dmitri.k") as dev:
        edit = {"start_branch": "main", "file_path": "README.md", "commit_message": "Rewrite",
                "branch_name": "rewrite-readme", "content": "# KV\n"}
        assert (await dev.post(f"{project}/-/update_file", data=edit)).status_code == 303
        edit.update(branch_name="main", content="# kvstore\n\nAn embedded store.\n")
        assert (await dev.post(f"{project}/-/update_file", data=edit)).status_code == 303
        assert (await dev.post(f"{project}/-/delete_file", data={
            "start_branch": "main", "file_path": "Makefile", "commit_message": "Drop Makefile"})
                ).status_code == 303
        opened = await dev.post(f"{project}/-/merge_requests", data={
            "source_branch": "rewrite-readme", "target_branch": "main", "title": "Shorter"})
        iid = opened.headers["location"].rsplit("/", 1)[-1]
        blocked = await dev.post(f"{project}/-/merge_requests/{iid}/merge")
        assert blocked.status_code == 400 and "README.md" in blocked.text
    actions = await query(sites, tenant,
                          "SELECT c.branch, cc.action, cc.path FROM commit_changes cc JOIN "
                          "commits c ON c.id = cc.commit_id JOIN users u ON u.id = c.author_id "
                          "WHERE u.username = 'dmitri.k' AND c.created_at > '2025-11' "
                          "ORDER BY cc.id")
    assert actions == [{"branch": "rewrite-readme", "action": "update", "path": "README.md"},
                       {"branch": "main", "action": "update", "path": "README.md"},
                       {"branch": "main", "action": "delete", "path": "Makefile"}]
    state = await query(sites, tenant, "SELECT state FROM merge_requests WHERE title = 'Shorter'")
    assert state == [{"state": "opened"}]


async def test_tenants_do_not_see_each_others_writes(sites, tenant_factory):
    first, second = await tenant_factory("repo"), await tenant_factory("repo")
    async with await client(sites, first, "alice.dev") as http:
        assert (await http.post(f"/{WEBRING}/-/issues", data={"title": "Only in one"})
                ).status_code == 303
    count = "SELECT COUNT(*) AS n FROM issues WHERE title = 'Only in one'"
    assert await query(sites, first, count) == [{"n": 1}]
    assert await query(sites, second, count) == [{"n": 0}]
    async with await client(sites, second, "alice.dev") as http:
        assert "Only in one" not in (await http.get(f"/{WEBRING}/-/issues")).text


async def test_reset_restores_the_seed_exactly(sites, tenant_factory):
    tenant = await tenant_factory("repo")
    before = await dump(sites, tenant)
    async with await client(sites, tenant, "byteblaze") as http:
        await http.post(f"/{WEBRING}/-/create_file", data={
            "start_branch": "main", "file_name": "notes.md", "content": "hi",
            "commit_message": "Add notes", "branch_name": "notes"})
        await http.post(f"/{WEBRING}/-/merge_requests", data={
            "source_branch": "notes", "target_branch": "main", "title": "Notes"})
        await http.post(f"/{WEBRING}/-/issues/1/notes", data={"note": "Seen."})
        await http.post(f"/{WEBRING}/-/project_members", data={"username": "jchen",
                                                                "role": "Guest"})
        await http.post("/byteblaze/blog/-/star")
    assert await dump(sites, tenant) != before
    async with sites.control("repo") as control:
        await control.reset_tenant(tenant)
    assert await dump(sites, tenant) == before


async def test_bad_inputs_get_clear_4xx_pages_and_lose_no_state(sites, tenant_factory):
    tenant = await tenant_factory("repo")
    dev = await client(sites, tenant, "byteblaze")
    guest = await client(sites, tenant)
    before = await dump(sites, tenant)
    project = f"/{WEBRING}"
    file_form = {"start_branch": "main", "content": "x", "commit_message": "x"}
    cases = [
        (dev.post(f"{project}/-/create_file", data=file_form), 400, "file_name"),
        (dev.post(f"{project}/-/create_file", data={**file_form, "file_name": "../etc/passwd"}),
         400, "not a valid file path"),
        (dev.post(f"{project}/-/create_file", data={**file_form, "file_name": "README.md"}),
         400, "already exists"),
        (dev.post(f"{project}/-/create_file", data={**file_form, "file_name": "docs"}), 400,
         "is a folder"),
        (dev.post(f"{project}/-/create_file", data={**file_form, "file_name": "a.txt",
                                                   "branch_name": "bad name!"}), 400,
         "not a valid branch name"),
        (dev.post(f"{project}/-/create_file", data={**file_form, "file_name": "a.txt",
                                                   "start_branch": "nope"}), 404, "no branch"),
        (dev.post(f"{project}/-/update_file", data={**file_form, "file_path": "missing.txt"}),
         404, "no file"),
        (dev.post(f"{project}/-/issues", data={"description": "no title"}), 400, "title"),
        (dev.post(f"{project}/-/issues", data={"title": "   "}), 400, "title"),
        (dev.post(f"{project}/-/issues", data={"title": "x", "labels": "nonsense"}), 400,
         "no label named"),
        (dev.post(f"{project}/-/issues", data={"title": "x", "assignee_username": "jchen"}),
         400, "not one"),
        (dev.post(f"{project}/-/issues/1/notes", data={"note": "  "}), 400, "empty"),
        (dev.get(f"{project}/-/issues/999999"), 404, "has no issue"),
        (dev.get(f"{project}/-/issues/99999999999999999999999"), 404, "has no issue"),
        (dev.get(f"{project}/-/issues?page=abc"), 400, "page"),
        (dev.get(f"{project}/-/issues?page=0"), 400, "page"),
        (dev.get(f"{project}/-/issues?per_page=7&state=bogus&sort=bogus"), 200, "Open"),
        (dev.get(f"{project}/-/issues?search=%25%27%22"), 200, "Issues"),
        (dev.get(f"{project}/-/blob/main/nope.py"), 404, "no file"),
        (dev.get(f"{project}/-/blob/main/%00"), 404, "no file"),
        (dev.get(f"{project}/-/tree/nobranch"), 404, "no branch"),
        (dev.get(f"{project}/-/tree/main/not-a-folder"), 404, "no folder"),
        (dev.get(f"{project}/-/commit/deadbeef"), 404, "no commit"),
        (dev.get(f"{project}/-/merge_requests/0"), 404, "has no merge request"),
        (dev.post(f"{project}/-/merge_requests", data={
            "source_branch": "main", "target_branch": "main", "title": "x"}), 400, "different"),
        (dev.post(f"{project}/-/merge_requests", data={
            "source_branch": "x", "target_branch": "nope", "title": "x"}), 404, "no branch"),
        (dev.post(f"{project}/-/project_members", data={"username": "ghost", "role": "Guest"}),
         404, "no user named"),
        (dev.post(f"{project}/-/project_members", data={"username": "jchen", "role": "God"}),
         400, "Unknown role"),
        (dev.post(f"{project}/-/edit", data={"name": "x", "visibility": "secret"}), 400,
         "Visibility"),
        (dev.post(f"{project}/-/delete", data={"confirm_path": WEBRING}), 403, "Owner role"),
        (dev.post("/projects/new", data={"name": "x", "namespace": "primer"}), 400,
         "cannot create projects"),
        (dev.post("/projects/new", data={"name": "dotfiles", "namespace": "byteblaze"}), 400,
         "already exists"),
        (dev.post(f"{project}/-/create_file",
                  content=b"content=" + b"x" * 300_000,
                  headers={"Content-Type": "application/x-www-form-urlencoded"}), 413, ""),
        (dev.delete("/explore"), 405, ""),
        (guest.post(f"{project}/-/issues", data={"title": "x"}), 401, "log in"),
        (guest.get("/northwind-labs/billing-service"), 404, "could not be found"),
        (guest.get("/northwind-labs/inventory-api"), 404, "could not be found"),
        (guest.get("/nobody-here"), 404, "no user, group"),
        (guest.get("/users/nobody-here"), 404, "no user named"),
        (guest.get("/dashboard/issues"), 401, "log in"),
        (guest.post("/users/sign_in", data={"username": "root", "password": "nope"}), 400,
         "Invalid username or password"),
    ]
    for request, status, text in cases:
        response = await request
        assert response.status_code == status, (response.request.url, response.text[:300])
        assert text in response.text, (response.request.url, response.text[:300])
        assert "Traceback" not in response.text
    endpoint = sites["repo"]
    async with httpx.AsyncClient(base_url=endpoint.base_url) as http:
        for host in (f"Bad_Name.repo.localhost:{endpoint.port}",
                     f"no-such-tenant.repo.localhost:{endpoint.port}"):
            response = await http.get("/", headers={"Host": host})
            assert response.status_code == 404 and "tenant" in response.text
    for http in (dev, guest):
        await http.aclose()
    after = await dump(sites, tenant)
    assert {k: v for k, v in after.items() if k != "sessions"} == {
        k: v for k, v in before.items() if k != "sessions"}


async def test_triage_labels_branches_stars_and_registration(sites, tenant_factory):
    tenant = await tenant_factory("repo")
    issue = f"/{WEBRING}/-/issues/2"
    starred = ("SELECT COUNT(*) AS n FROM project_stars s JOIN users u ON u.id = s.user_id "
               "JOIN projects p ON p.id = s.project_id WHERE u.username = 'byteblaze' AND "
               "p.full_path = 'primer/design'")
    was_starred = await query(sites, tenant, starred)
    async with await client(sites, tenant, "mwong") as reporter:  # Reporter of the webring
        assert (await reporter.post(f"/{WEBRING}/-/labels", data={
            "name": "needs triage", "color": "#f0ad4e", "description": "New"})).status_code == 303
        assert (await reporter.post(f"{issue}/labels", data={"labels": ["bug", "needs triage"]})
                ).status_code == 303
        assert (await reporter.post(f"{issue}/assignee", data={"assignee_username": "alice.dev"})
                ).status_code == 303
        assert (await reporter.post(f"{issue}/edit", data={"title": "Retitled", "description": ""})
                ).status_code == 303
        page = (await reporter.get(issue)).text
        assert "Retitled" in page and "needs triage" in page and "@alice.dev" in page
    async with await client(sites, tenant, "byteblaze") as dev:
        assert (await dev.post(f"/{WEBRING}/-/branches", data={"branch_name": "fix/focus",
                                                                "ref": "main"})).status_code == 303
        nested = await dev.post(f"/{WEBRING}/-/branches", data={"branch_name": "fix/focus/x",
                                                                 "ref": "main"})
        assert nested.status_code == 400 and "folder" in nested.text
        assert (await dev.post("/primer/design/-/star")).status_code == 303
    async with await client(sites, tenant) as newcomer:
        assert (await newcomer.post("/users/sign_up", data={
            "name": "New Comer", "username": "newcomer", "email": "new@example.com",
            "password": "long-enough"})).status_code == 303
        assert (await newcomer.post("/projects/new", data={
            "name": "Hello World", "namespace": "newcomer", "visibility": "public"})
                ).headers["location"] == "/newcomer/hello-world"
        assert "Hello World" in (await newcomer.get("/newcomer")).text
    state = await query(sites, tenant,
                        "SELECT i.title, u.username AS assignee, group_concat(l.name) AS labels "
                        "FROM issues i JOIN projects p ON p.id = i.project_id JOIN users u ON "
                        "u.id = i.assignee_id JOIN issue_labels il ON il.issue_id = i.id JOIN "
                        "labels l ON l.id = il.label_id WHERE p.full_path = ? AND i.iid = 2 "
                        "GROUP BY i.id", [WEBRING])
    assert state == [{"title": "Retitled", "assignee": "alice.dev",
                      "labels": "bug,needs triage"}]
    files = await query(sites, tenant, "SELECT COUNT(*) AS n FROM files f JOIN projects p ON "
                                       "p.id = f.project_id WHERE p.full_path = ? AND "
                                       "f.branch = 'fix/focus'", [WEBRING])
    assert files[0]["n"] >= 8
    new = await query(sites, tenant, "SELECT p.full_path, (SELECT COUNT(*) FROM files f WHERE "
                                     "f.project_id = p.id) AS n_files FROM projects p JOIN users "
                                     "u ON u.id = p.owner_id WHERE u.username = 'newcomer'")
    assert new == [{"full_path": "newcomer/hello-world", "n_files": 0}]
    assert await query(sites, tenant, starred) == [{"n": 1 - was_starred[0]["n"]}]
