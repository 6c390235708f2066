"""The shop app: ``create_app()`` is what ``python -m sandbox.websites serve shop`` runs."""

from fastapi import FastAPI

from ..core.site import create_site
from . import (
    routes_account,
    routes_admin,
    routes_admin_catalog,
    routes_admin_sales,
    routes_cart,
    routes_store,
)
from .access import LoginRequired, redirect_to_login
from .channels import CHANNELS
from .pages import templates
from .seed import ADMIN, CUSTOMER_PASSWORD, build_template

LOGINS = [
    (ADMIN[0], ADMIN[1], "administrator: the admin panel at /admin"),
    ("emma.lopez", CUSTOMER_PASSWORD, "customer Emma Lopez, with past orders and one recent"),
    ("grace.nguyen", CUSTOMER_PASSWORD, "customer Grace Nguyen, with past orders and one recent"),
    ("alex.martin", CUSTOMER_PASSWORD, "customer Alex Martin"),
    ("sophia.patel", CUSTOMER_PASSWORD, "customer Sophia Patel"),
]


def create_app() -> FastAPI:
    app = create_site("shop", build_template, templates, [
        routes_store.router, routes_cart.router, routes_account.router, routes_admin.public,
        routes_admin.router, routes_admin_sales.router, routes_admin_catalog.router,
    ], CHANNELS)
    app.add_exception_handler(LoginRequired, redirect_to_login)
    return app
