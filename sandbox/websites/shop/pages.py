"""The shop's templates (every page gets the header's categories and cart count) and helpers."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import RedirectResponse

from ..core import responses
from ..core.auth import current_user
from ..core.site import SiteTemplates
from .schema import ORDER_STATUSES, PAYMENT_METHODS, SHIPPING_METHODS

NOTICES = {
    "added": "You added the product to your shopping cart.",
    "cart-updated": "Your shopping cart was updated.",
    "removed": "The item was removed from your shopping cart.",
    "review": "Thank you! Your review was submitted and will appear after moderation.",
    "registered": "Thank you for registering with OneStopShop.",
    "address-saved": "You saved the address.",
    "address-deleted": "You deleted the address.",
    "contact": "Thanks for contacting us. We'll respond to you very soon.",
    "saved": "You saved the product.",
    "saved-account": "You saved the account information.",
    "created": "You created the product.",
    "status": "You changed the order status.",
    "canceled": "You canceled the order.",
    "refunded": "You created a credit memo (refund).",
    "comment": "You added a comment to the order history.",
    "message-sent": "The message was sent to the customer.",
    "review-saved": "You saved the review.",
    "review-approved": "The review was approved.",
    "review-rejected": "The review was rejected.",
    "review-deleted": "The review was deleted.",
}


def money(value: float | None) -> str:
    return f"${value or 0:,.2f}"


def status_label(status: str) -> str:
    return status.replace("_", " ").title()


def url_with(request: Request, **changes: Any) -> str:
    """This page's URL with some query parameters changed (None drops one)."""
    params = {k: v for k, v in request.query_params.items() if k != "notice"}
    params.update({k: str(v) for k, v in changes.items() if v is not None})
    for key in [k for k, v in changes.items() if v is None]:
        params.pop(key, None)
    return request.url.path + ("?" + urlencode(params) if params else "")


class ShopTemplates(SiteTemplates):
    """Templates whose pages all know the visitor, the category menu and the cart size."""

    def page(self, request: Request, name: str, status_code: int = 200, **context: Any):
        db = request.state.tenant.db
        user = context.setdefault("user", current_user(request))
        context.setdefault("nav_categories", db.execute(
            "SELECT slug, name FROM categories WHERE parent_id IS NULL ORDER BY position"
        ).fetchall())
        cart = 0
        if user is not None:
            cart = db.execute("SELECT COALESCE(SUM(qty), 0) FROM cart_items WHERE customer_id = ?",
                              (user["id"],)).fetchone()[0]
        context.setdefault("cart_count", cart)
        context.setdefault("notice", NOTICES.get(request.query_params.get("notice", "")))
        return super().page(request, name, status_code, **context)


templates = ShopTemplates(Path(__file__).parent / "templates")
templates.env.filters["money"] = money
templates.env.filters["status_label"] = status_label
templates.env.globals.update(url_with=url_with, ORDER_STATUSES=ORDER_STATUSES,
                             SHIPPING_METHODS=SHIPPING_METHODS, PAYMENT_METHODS=PAYMENT_METHODS)


def now() -> str:
    return datetime.now().strftime("%Y-%m-%d %H:%M:%S")


def see_other(url: str, notice: str | None = None) -> RedirectResponse:
    """A 303 redirect (Post/Redirect/Get), optionally showing one of ``NOTICES``."""
    if notice:
        url += ("&" if "?" in url else "?") + urlencode({"notice": notice})
    return responses.see_other(url)


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[None]:
    """Run several writes atomically on an autocommit connection."""
    db.execute("BEGIN")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
