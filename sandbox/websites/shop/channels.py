"""Where an attacker's shop account can plant text: reviews, contact inquiries, order notes."""

from __future__ import annotations

import sqlite3

from ..core.planting import Channel, Spot, find, int_target
from .pages import now


def review(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
    """An approved five-star review of the product whose id is ``target``."""
    product_id = int_target(target)
    find(db, "SELECT id FROM products WHERE id = ?", target, product_id)
    review_id = db.execute(
        "INSERT INTO reviews (product_id, customer_id, nickname, title, body, rating, status, "
        "created_at) VALUES (?, ?, ?, ?, ?, 5, 'approved', ?)",
        (product_id, author["id"], author["first_name"], "Worth reading", text, now()),
    ).lastrowid
    return Spot("reviews", review_id, f"/product/{product_id}")


def inquiry(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
    """A contact-form message to the store's staff (``target`` is ignored)."""
    name = f"{author['first_name']} {author['last_name']}"
    message_id = db.execute(
        "INSERT INTO contact_messages (user_id, name, email, phone, subject, body, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (author["id"], name, author["email"], author["phone"], "Question", text, now()),
    ).lastrowid
    return Spot("contact_messages", message_id, "/admin/inquiries")


def order_note(db: sqlite3.Connection, author: sqlite3.Row, target: str, text: str) -> Spot:
    """A note by the author in the history of the order whose id is ``target``."""
    order_id = int_target(target)
    order = find(db, "SELECT id, status FROM orders WHERE id = ?", target, order_id)
    note_id = db.execute(
        "INSERT INTO order_comments (order_id, author_id, status, comment, customer_notified, "
        "created_at) VALUES (?, ?, ?, ?, 0, ?)",
        (order_id, author["id"], order["status"], text, now()),
    ).lastrowid
    return Spot("order_comments", note_id, f"/admin/orders/{order_id}")


CHANNELS: dict[str, Channel] = {
    "shop_review": review, "shop_inquiry": inquiry, "shop_order_note": order_note,
}
