"""Deterministic seed: 16 categories, 398 products, 90 customers, 270 orders, 460 reviews."""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime, timedelta

from ..core.auth import hash_password
from ..core.seed_extras import add_seed_extras
from .catalog import (
    BRANDS,
    CATEGORIES,
    CATEGORY_SENTENCES,
    CITIES,
    CONTACT_MESSAGES,
    FIRST_NAMES,
    GUEST_NICKNAMES,
    LAST_NAMES,
    LINES,
    NAMED_CUSTOMERS,
    ORDER_NOTES,
    PRODUCT_COUNTS,
    REVIEW_BODIES,
    REVIEW_TITLES,
    STREET_KINDS,
    STREET_NAMES,
    ProductLine,
)
from .schema import SCHEMA, SHIPPING_METHODS

SEED = 20250115
ADMIN = ("admin", "admin1234")
CUSTOMER_PASSWORD = "Password.123"
N_CUSTOMERS = 90
N_ORDERS = 270
N_REVIEWS = 460
ORDERS_FROM = datetime(2023, 1, 1, 8, 0)
ORDERS_UNTIL = datetime(2025, 10, 31, 20, 0)
NO_BRAND_IN_NAME = {"books"}
RATING_WEIGHTS = {5: 40, 4: 28, 3: 14, 2: 9, 1: 9}


def username_for(first: str, last: str) -> str:
    return f"{first}.{last}".lower()


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _between(rng: random.Random, start: datetime, end: datetime) -> datetime:
    return start + timedelta(seconds=rng.randrange(int((end - start).total_seconds())))


def build_template(db: sqlite3.Connection) -> None:
    """Create the schema and insert the seed; the same every time."""
    rng = random.Random(SEED)
    db.executescript(SCHEMA)
    db.execute("BEGIN")
    _insert_categories(db)
    kinds = _insert_products(db, rng)
    customers = _insert_customers(db, rng)
    _insert_orders(db, rng, customers)
    _insert_reviews(db, rng, customers, kinds)
    _insert_messages(db, rng, customers)
    db.execute("COMMIT")
    add_seed_extras(db, "shop")


def _insert_categories(db: sqlite3.Connection) -> None:
    for position, cat in enumerate(CATEGORIES):
        parent = None
        if cat.parent:
            parent = db.execute("SELECT id FROM categories WHERE slug = ?", (cat.parent,))
            parent = parent.fetchone()[0]
        db.execute(
            "INSERT INTO categories (slug, name, parent_id, description, position) "
            "VALUES (?, ?, ?, ?, ?)", (cat.slug, cat.name, parent, cat.description, position),
        )


def _product_name(slug: str, brand: str, line: ProductLine, variant: str) -> str:
    if slug in NO_BRAND_IN_NAME:
        return f"{line.kind} ({variant})"
    if variant == "Standard":
        return f"{brand} {line.kind}"
    return f"{brand} {line.kind}, {variant}"


def _insert_products(db: sqlite3.Connection, rng: random.Random) -> dict[int, str]:
    """Insert every product; returns each product's kind (used to word its reviews)."""
    kinds: dict[int, str] = {}
    names: set[str] = set()
    for slug, count in PRODUCT_COUNTS.items():
        category_id = db.execute("SELECT id FROM categories WHERE slug = ?", (slug,)).fetchone()[0]
        lines = LINES[slug]
        made = 0
        while made < count:
            line = lines[made % len(lines)] if made < len(lines) else rng.choice(lines)
            brand, variant = rng.choice(BRANDS[slug]), rng.choice(line.variants)
            name = _product_name(slug, brand, line, variant)
            if name in names:
                continue
            names.add(name)
            price = max(round(rng.uniform(line.low, line.high)) - 0.01, 0.99)
            description = (f"{line.blurb} {_brand_sentence(rng, brand, slug)} "
                           f"{CATEGORY_SENTENCES[slug]}")
            created = _between(rng, datetime(2022, 6, 1), datetime(2025, 6, 1))
            stock = 0 if rng.random() < 0.06 else rng.randrange(3, 250)
            product_id = db.execute(
                "INSERT INTO products (sku, name, brand, category_id, price, description, "
                "stock_qty, enabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ("TMP", name, brand, category_id, price, description, stock,
                 0 if rng.random() < 0.03 else 1, _stamp(created), _stamp(created)),
            ).lastrowid
            sku = f"{slug[:3].upper()}-{10000 + product_id * 7:05d}"
            db.execute("UPDATE products SET sku = ? WHERE id = ?", (sku, product_id))
            kinds[product_id] = line.kind
            made += 1
    in_stock = [row[0] for row in db.execute(
        "SELECT id FROM products WHERE enabled = 1 AND stock_qty > 0 ORDER BY id")]
    featured = rng.sample(in_stock, 12)
    db.execute(f"UPDATE products SET featured = 1 WHERE id IN ({','.join(map(str, featured))})")
    return kinds


def _brand_sentence(rng: random.Random, brand: str, slug: str) -> str:
    if slug in NO_BRAND_IN_NAME:
        return f"Published by {brand}."
    return rng.choice((
        f"{brand} designs every product to last.",
        f"From {brand}, trusted by thousands of customers.",
        f"{brand} offers a 30-day satisfaction guarantee.",
        f"A customer favourite from {brand}.",
    ))


def _people(rng: random.Random) -> list[tuple[str, str]]:
    people = list(NAMED_CUSTOMERS)
    taken = {username_for(*p) for p in people}
    while len(people) < N_CUSTOMERS:
        person = (rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES))
        if username_for(*person) not in taken:
            taken.add(username_for(*person))
            people.append(person)
    return people


def _insert_customers(db: sqlite3.Connection, rng: random.Random) -> list[sqlite3.Row]:
    db.execute(
        "INSERT INTO users (username, password_hash, is_admin, first_name, last_name, email, "
        "phone, created_at) VALUES (?, ?, 1, 'Store', 'Admin', 'admin@onestopshop.test', "
        "'(555) 010-0000', '2022-05-01 09:00:00')", (ADMIN[0], hash_password(ADMIN[1])),
    )
    password_hash = hash_password(CUSTOMER_PASSWORD)
    for first, last in _people(rng):
        username = username_for(first, last)
        phone = f"(555) {rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"
        created = _between(rng, datetime(2022, 6, 1), datetime(2023, 6, 1))
        user_id = db.execute(
            "INSERT INTO users (username, password_hash, first_name, last_name, email, phone, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (username, password_hash, first, last, f"{username}@example.com", phone,
             _stamp(created)),
        ).lastrowid
        for default in (1, 0) if rng.random() < 0.25 else (1,):
            city, region, zip_prefix = rng.choice(CITIES)
            street = (f"{rng.randrange(10, 9999)} {rng.choice(STREET_NAMES)} "
                      f"{rng.choice(STREET_KINDS)}")
            db.execute(
                "INSERT INTO addresses (customer_id, first_name, last_name, street, city, "
                "region, postcode, phone, is_default) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (user_id, first, last, street, city, region,
                 f"{zip_prefix}{rng.randrange(10, 99)}", phone, default),
            )
    return db.execute("SELECT * FROM users WHERE is_admin = 0 ORDER BY id").fetchall()


def _order_status(rng: random.Random, placed: datetime) -> str:
    if placed > ORDERS_UNTIL - timedelta(days=200):
        return rng.choices(("pending", "processing", "on_hold", "shipped", "complete",
                            "canceled"), (30, 22, 6, 18, 16, 8))[0]
    return rng.choices(("complete", "canceled", "closed", "on_hold", "processing"),
                       (72, 14, 6, 2, 2))[0]


def _insert_orders(db: sqlite3.Connection, rng: random.Random, customers: list) -> None:
    products = db.execute("SELECT * FROM products WHERE enabled = 1 ORDER BY id").fetchall()
    recent = ORDERS_UNTIL - timedelta(days=60)
    plan = []  # (placed, customer): every named customer has two older orders and a recent one
    for customer in customers[: len(NAMED_CUSTOMERS)]:
        plan += [(_between(rng, ORDERS_FROM, recent), customer) for _ in range(2)]
        plan.append((_between(rng, recent, ORDERS_UNTIL), customer))
    while len(plan) < N_ORDERS:
        plan.append((_between(rng, ORDERS_FROM, ORDERS_UNTIL), rng.choice(customers)))
    plan.sort(key=lambda pair: (pair[0], pair[1]["id"]))
    for placed, customer in plan:
        address = db.execute(
            "SELECT * FROM addresses WHERE customer_id = ? AND is_default = 1", (customer["id"],)
        ).fetchone()
        items = [(p, rng.choices((1, 2, 3), (70, 22, 8))[0])
                 for p in rng.sample(products, rng.choices((1, 2, 3, 4), (45, 30, 15, 10))[0])]
        subtotal = round(sum(p["price"] * qty for p, qty in items), 2)
        method = rng.choices(("standard", "express"), (80, 20))[0]
        shipping = SHIPPING_METHODS[method][1]
        status = _order_status(rng, placed)
        order_id = db.execute(
            "INSERT INTO orders (customer_id, status, created_at, updated_at, customer_email, "
            "shipping_first_name, shipping_last_name, shipping_street, shipping_city, "
            "shipping_region, shipping_postcode, shipping_country, shipping_phone, "
            "shipping_method, shipping_amount, payment_method, subtotal, grand_total) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (customer["id"], status, _stamp(placed), _stamp(placed), customer["email"],
             address["first_name"], address["last_name"], address["street"], address["city"],
             address["region"], address["postcode"], address["country"], address["phone"],
             method, shipping, rng.choice(("checkmo", "card", "card")), subtotal,
             round(subtotal + shipping, 2)),
        ).lastrowid
        for product, qty in items:
            db.execute(
                "INSERT INTO order_items (order_id, product_id, sku, name, price, qty, row_total) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (order_id, product["id"], product["sku"], product["name"], product["price"], qty,
                 round(product["price"] * qty, 2)),
            )
        _insert_history(db, rng, order_id, status, placed, round(subtotal + shipping, 2))


def _insert_history(db: sqlite3.Connection, rng: random.Random, order_id: int, status: str,
                    placed: datetime, total: float) -> None:
    """The order's comments from checkout to its current status (and its refund, if closed)."""
    path = {"pending": [], "processing": ["processing"], "on_hold": ["on_hold"],
            "shipped": ["processing", "shipped"], "complete": ["processing", "shipped", "complete"],
            "canceled": ["canceled"], "closed": ["processing", "shipped", "complete", "closed"]}
    moment = placed
    db.execute("INSERT INTO order_comments (order_id, status, comment, created_at) "
               "VALUES (?, 'pending', 'Order placed.', ?)", (order_id, _stamp(moment)))
    for step in path[status]:
        moment += timedelta(hours=rng.randrange(2, 72))
        note = rng.choice(ORDER_NOTES) if rng.random() < 0.3 else ""
        if step == "closed":
            note = "Refunded in full: item returned."
            db.execute("INSERT INTO credit_memos (order_id, amount, comment, created_by, "
                       "created_at) VALUES (?, ?, ?, 1, ?)",
                       (order_id, total, note, _stamp(moment)))
            db.execute("UPDATE orders SET total_refunded = ? WHERE id = ?", (total, order_id))
        db.execute(
            "INSERT INTO order_comments (order_id, author_id, status, comment, customer_notified, "
            "created_at) VALUES (?, 1, ?, ?, ?, ?)",
            (order_id, step, note, int(step in ("shipped", "canceled", "closed")), _stamp(moment)),
        )
    db.execute("UPDATE orders SET updated_at = ? WHERE id = ?", (_stamp(moment), order_id))


def _insert_reviews(db: sqlite3.Connection, rng: random.Random, customers: list,
                    kinds: dict[int, str]) -> None:
    product_ids = sorted(kinds)
    for _ in range(N_REVIEWS):
        product_id = rng.choice(product_ids)
        rating = rng.choices(list(RATING_WEIGHTS), list(RATING_WEIGHTS.values()))[0]
        customer = rng.choice(customers) if rng.random() < 0.45 else None
        nickname = (f"{customer['first_name']} {customer['last_name'][0]}." if customer
                    else rng.choice(GUEST_NICKNAMES))
        status = rng.choices(("approved", "pending", "rejected"), (80, 13, 7))[0]
        db.execute(
            "INSERT INTO reviews (product_id, customer_id, nickname, title, body, rating, status, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (product_id, customer["id"] if customer else None, nickname,
             rng.choice(REVIEW_TITLES[rating]),
             rng.choice(REVIEW_BODIES[rating]).format(kind=kinds[product_id].lower()), rating,
             status, _stamp(_between(rng, ORDERS_FROM, ORDERS_UNTIL))),
        )


def _insert_messages(db: sqlite3.Connection, rng: random.Random, customers: list) -> None:
    for order in db.execute(
        "SELECT id, customer_id, updated_at FROM orders WHERE status = 'shipped' ORDER BY id"
    ).fetchall():
        db.execute(
            "INSERT INTO customer_messages (customer_id, subject, body, sent_by, created_at, "
            "is_read) VALUES (?, ?, ?, 1, ?, ?)",
            (order["customer_id"], f"Your order #{order['id']} has shipped",
             f"Good news! Order #{order['id']} is on its way. Thank you for shopping at "
             "OneStopShop.", order["updated_at"], rng.randrange(2)),
        )
    for _ in range(15):
        customer = rng.choice(customers)
        subject, body = rng.choice(CONTACT_MESSAGES)
        db.execute(
            "INSERT INTO contact_messages (user_id, name, email, phone, subject, body, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (customer["id"], f"{customer['first_name']} {customer['last_name']}",
             customer["email"], customer["phone"], subject, body,
             _stamp(_between(rng, ORDERS_FROM, ORDERS_UNTIL))),
        )
