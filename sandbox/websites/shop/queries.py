"""Helpers shared by the storefront, the admin and the injection channels: lookups, listings,
pagination, and the inserts of user-written rows (reviews, contact messages, order comments)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from fastapi import HTTPException

from ..core.params import fetch_by_id
from .pages import now

PER_PAGE_OPTIONS = (12, 24, 48, 100)
DEFAULT_PER_PAGE = 24
ADMIN_PER_PAGE_OPTIONS = (20, 50, 100, 200)
PRODUCT_SORTS = {
    "position": ("Position", "p.featured DESC, p.id"),
    "name": ("Product name", "p.name COLLATE NOCASE, p.id"),
    "price_asc": ("Price: low to high", "p.price, p.id"),
    "price_desc": ("Price: high to low", "p.price DESC, p.id"),
    "rating": ("Customer rating", "avg_rating IS NULL, avg_rating DESC, n_reviews DESC, p.id"),
    "newest": ("Newest arrivals", "p.created_at DESC, p.id"),
}
PRODUCT_COLUMNS = (
    "p.*, c.name AS category_name, c.slug AS category_slug, "
    "(SELECT ROUND(AVG(rating), 1) FROM reviews r WHERE r.product_id = p.id "
    "AND r.status = 'approved') AS avg_rating, "
    "(SELECT COUNT(*) FROM reviews r WHERE r.product_id = p.id AND r.status = 'approved') "
    "AS n_reviews"
)


@dataclass(frozen=True)
class Pager:
    """One page of a listing: which page, how many per page, how many rows in all."""

    number: int
    per_page: int
    total: int

    @classmethod
    def make(cls, page: int, per_page: int, total: int,
             options: tuple[int, ...] = PER_PAGE_OPTIONS, default: int = DEFAULT_PER_PAGE) -> Pager:
        """Clamp ``page`` into range; a ``per_page`` not in ``options`` becomes ``default``."""
        per_page = per_page if per_page in options else default
        pages = max(1, -(-total // per_page))
        return cls(min(max(page, 1), pages), per_page, total)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.per_page

    @property
    def first_item(self) -> int:
        return min(self.offset + 1, self.total)

    @property
    def last_item(self) -> int:
        return min(self.offset + self.per_page, self.total)


def fetch_one(db: sqlite3.Connection, sql: str, value: int, what: str) -> sqlite3.Row:
    """The row ``sql`` finds for id ``value``, or a 404 page naming what was missing."""
    return fetch_by_id(db, sql, value, f"No {what} {value}.")


def product_row(db: sqlite3.Connection, product_id: int, *, storefront: bool) -> sqlite3.Row:
    """A product with its category and rating; disabled ones are hidden from the storefront."""
    product = fetch_one(
        db, f"SELECT {PRODUCT_COLUMNS} FROM products p JOIN categories c "
        "ON c.id = p.category_id WHERE p.id = ?", product_id, "product with id",
    )
    if storefront and not product["enabled"]:
        raise HTTPException(404, f"Product {product_id} is not available.")
    return product


def category_by_slug(db: sqlite3.Connection, slug: str) -> sqlite3.Row:
    category = db.execute("SELECT * FROM categories WHERE slug = ?", (slug,)).fetchone()
    if category is None:
        raise HTTPException(404, f"No category named '{slug}'.")
    return category


def list_products(
    db: sqlite3.Connection, where: str, params: tuple, sort: str, page: int, per_page: int
) -> tuple[list[sqlite3.Row], Pager]:
    """One page of enabled products matching ``where``, sorted by one of ``PRODUCT_SORTS``."""
    where = f"p.enabled = 1 AND ({where})"
    total = db.execute(f"SELECT COUNT(*) FROM products p WHERE {where}", params).fetchone()[0]
    pager = Pager.make(page, per_page, total)
    order = PRODUCT_SORTS.get(sort, PRODUCT_SORTS["position"])[1]
    rows = db.execute(
        f"SELECT {PRODUCT_COLUMNS} FROM products p JOIN categories c ON c.id = p.category_id "
        f"WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
        (*params, pager.per_page, pager.offset),
    ).fetchall()
    return rows, pager


def cart_lines(db: sqlite3.Connection, customer_id: int) -> tuple[list[sqlite3.Row], float]:
    """The customer's cart rows (with product details) and their subtotal."""
    rows = db.execute(
        "SELECT ci.id, ci.qty, p.id AS product_id, p.name, p.sku, p.price, p.stock_qty, "
        "p.enabled, ROUND(p.price * ci.qty, 2) AS row_total FROM cart_items ci "
        "JOIN products p ON p.id = ci.product_id WHERE ci.customer_id = ? ORDER BY ci.id",
        (customer_id,),
    ).fetchall()
    return rows, round(sum(row["row_total"] for row in rows), 2)


def order_details(db: sqlite3.Connection, order_id: int) -> dict:
    """An order with its customer, items, history and refunds (404 if there is none)."""
    order = fetch_one(
        db, "SELECT o.*, u.first_name, u.last_name, u.username FROM orders o "
        "JOIN users u ON u.id = o.customer_id WHERE o.id = ?", order_id, "order with number",
    )
    return {
        "order": order,
        "items": db.execute("SELECT * FROM order_items WHERE order_id = ? ORDER BY id",
                            (order_id,)).fetchall(),
        "history": db.execute(
            "SELECT oc.*, u.username AS author FROM order_comments oc "
            "LEFT JOIN users u ON u.id = oc.author_id WHERE order_id = ? "
            "ORDER BY oc.created_at DESC, oc.id DESC", (order_id,)).fetchall(),
        "memos": db.execute("SELECT * FROM credit_memos WHERE order_id = ? ORDER BY id",
                            (order_id,)).fetchall(),
    }


def paginate(
    db: sqlite3.Connection, sql: str, params: tuple, page: int, per_page: int
) -> tuple[list[sqlite3.Row], Pager]:
    """One page of an admin grid's ``sql`` (a full SELECT with its ORDER BY)."""
    total = db.execute(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()[0]
    pager = Pager.make(page, per_page, total, ADMIN_PER_PAGE_OPTIONS, ADMIN_PER_PAGE_OPTIONS[0])
    rows = db.execute(f"{sql} LIMIT ? OFFSET ?", (*params, pager.per_page, pager.offset))
    return rows.fetchall(), pager


def insert_review(db: sqlite3.Connection, product_id: int, customer_id: int | None,
                  nickname: str, title: str, body: str, rating: int, status: str) -> int:
    """A review of a product, as the review form and a planted attack both make it; its id."""
    return db.execute(
        "INSERT INTO reviews (product_id, customer_id, nickname, title, body, rating, status, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (product_id, customer_id, nickname, title, body, rating, status, now()),
    ).lastrowid


def insert_contact_message(db: sqlite3.Connection, user_id: int | None, name: str, email: str,
                           phone: str, subject: str, body: str) -> int:
    """A Contact Us message to the store's staff; its id."""
    return db.execute(
        "INSERT INTO contact_messages (user_id, name, email, phone, subject, body, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", (user_id, name, email, phone, subject, body, now()),
    ).lastrowid


def insert_order_comment(db: sqlite3.Connection, order_id: int, author_id: int | None,
                         status: str, comment: str, notified: bool,
                         created_at: str | None = None) -> int:
    """An entry in an order's history (``author_id`` None: the customer's checkout); its id."""
    return db.execute(
        "INSERT INTO order_comments (order_id, author_id, status, comment, customer_notified, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (order_id, author_id, status, comment, int(notified), created_at or now()),
    ).lastrowid
