"""Where an attacker's shop account can plant text: reviews, contact inquiries, order notes."""

from __future__ import annotations

import sqlite3

from ..core.planting import Channel, Spot, find, int_target
from .queries import insert_contact_message, insert_order_comment, insert_review


def review(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
    """An approved five-star review of the product whose id is ``target``."""
    product_id = int_target(target)
    find(db, "SELECT id FROM products WHERE id = ?", target, product_id)
    review_id = insert_review(db, product_id, author["id"], author["first_name"],
                              "Worth reading", text, 5, "approved")
    return Spot("reviews", review_id, f"/product/{product_id}")


def inquiry(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
    """A contact-form message to the store's staff (``target`` is ignored)."""
    name = f"{author['first_name']} {author['last_name']}"
    message_id = insert_contact_message(db, author["id"], name, author["email"],
                                        author["phone"], "Question", text)
    return Spot("contact_messages", message_id, "/admin/inquiries")


def order_note(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
    """A note by the author in the history of the order whose id is ``target``."""
    order_id = int_target(target)
    order = find(db, "SELECT id, status FROM orders WHERE id = ?", target, order_id)
    note_id = insert_order_comment(db, order_id, author["id"], order["status"], text, False)
    return Spot("order_comments", note_id, f"/admin/orders/{order_id}")


CHANNELS: dict[str, Channel] = {
    "shop_review": review, "shop_inquiry": inquiry, "shop_order_note": order_note,
}
