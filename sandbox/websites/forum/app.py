"""The forum app: ``create_app()`` is what ``python -m sandbox.websites serve forum`` runs."""

from fastapi import FastAPI

from ..core.site import create_site
from .channels import CHANNELS
from .pages import templates
from .routes_actions import router as actions
from .routes_browse import router as browse
from .seed import ADMIN, USER_PASSWORD, build_template

LOGINS = [
    (ADMIN[0], ADMIN[1], "administrator"),
    ("MarvelsGrantMan136", USER_PASSWORD, "member"),
    ("mod_helena", USER_PASSWORD, "moderator of half the forums"),
    ("jaxson_reads", USER_PASSWORD, "member"),
]


def create_app() -> FastAPI:
    # actions first: /f/NAME/ID/edit must win over the post page's optional /f/NAME/ID/SLUG
    return create_site("forum", build_template, templates, [actions, browse], CHANNELS)
