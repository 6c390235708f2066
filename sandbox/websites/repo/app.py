"""The code-hosting app: ``create_app()`` is what ``python -m sandbox.websites serve repo`` runs."""

from fastapi import FastAPI

from ..core.site import create_site
from .channels import CHANNELS
from .pages import templates
from .routes_auth import router as auth
from .routes_explore import namespace_router
from .routes_explore import router as explore
from .routes_files import router as files
from .routes_issues import router as issues
from .routes_mrs import router as merge_requests
from .routes_project import router as projects
from .seed import build_template
from .seed_data import ADMIN, USER_PASSWORD

LOGINS = [
    (ADMIN[0], ADMIN[1], "administrator: sees and may change every project"),
    ("byteblaze", USER_PASSWORD, "Owner of byteblaze/* (dotfiles, timetracker, blog), Maintainer "
     "of a11y-webring/*, Developer of primer/*, Reporter of civic-tech/*"),
    ("alice.dev", USER_PASSWORD, "Owner of alice.dev/*, Maintainer of datacraft/*, Developer of "
     "a11y-webring/* and of northwind-labs' internal projects (not the private billing-service)"),
    ("mwong", USER_PASSWORD, "Reporter of a11y-webring/*, Guest of primer/*: cannot edit files"),
    ("dmitri.k", USER_PASSWORD, "Owner of the private dmitri.k/homelab, Maintainer of "
     "gopherhaus/*"),
]


def create_app() -> FastAPI:
    # Order matters: fixed paths first, then /{namespace}/{project}/..., and the catch-all
    # /{name} last of all, after the core's own /healthz.
    routers = [auth, explore, projects, files, issues, merge_requests]
    app = create_site("repo", build_template, templates, routers, CHANNELS)
    app.include_router(namespace_router)
    return app
