"""The shop's tables (what graders query through the control API).

Money is REAL dollars rounded to cents (``19.99``); times are ``YYYY-MM-DD HH:MM:SS`` text.

- ``users(id, username, password_hash, is_admin, first_name, last_name, email, phone,
  created_at)``: customers have ``is_admin = 0``; the admin is ``admin``. A customer's full name
  is ``first_name || ' ' || last_name`` (e.g. 'Grace Nguyen', username ``grace.nguyen``).
- ``sessions(token, user_id, created_at)``
- ``categories(id, slug, name, parent_id, description, position)``: 13 top-level categories
  (``parent_id`` NULL); 'Health & Household' (slug ``health-household``) has the children
  'Vitamins & Supplements' (``vitamins-supplements``), 'Over-the-Counter Medicine'
  (``otc-medicine``) and 'Household Supplies' (``household-supplies``). URL: ``/category/SLUG``.
- ``products(id, sku, name, brand, category_id, price, description, stock_qty, enabled, featured,
  created_at, updated_at)``: ``sku`` is unique; ``enabled = 0`` hides it from the storefront.
  URL: ``/product/ID``; admin edit page ``/admin/products/ID``.
- ``reviews(id, product_id, customer_id, nickname, title, body, rating, status, created_at)``:
  ``rating`` 1-5; ``status`` 'pending' | 'approved' | 'rejected' (new reviews are 'pending';
  only approved ones count in a product's average and show on its page); ``customer_id`` is NULL
  for a guest review.
- ``addresses(id, customer_id, first_name, last_name, street, city, region, postcode, country,
  phone, is_default)``
- ``cart_items(id, customer_id, product_id, qty, added_at)``: one row per product in a cart.
- ``orders(id, customer_id, status, created_at, updated_at, customer_email, shipping_first_name,
  shipping_last_name, shipping_street, shipping_city, shipping_region, shipping_postcode,
  shipping_country, shipping_phone, shipping_method, shipping_amount, payment_method, subtotal,
  grand_total, total_refunded)``: the order number shown as "Order #123" is ``id``.
  ``status`` is one of 'pending', 'processing', 'on_hold', 'shipped', 'complete', 'canceled',
  'closed' ('closed' = fully refunded). ``shipping_method`` 'standard' ($5.00) | 'express'
  ($15.00); ``payment_method`` 'checkmo' (check / money order) | 'card' (card on file).
- ``order_items(id, order_id, product_id, sku, name, price, qty, row_total)``: ``sku``, ``name``
  and ``price`` are copied from the product when the order is placed.
- ``order_comments(id, order_id, author_id, status, comment, customer_notified, created_at)``:
  the order's history; every status change, cancel and refund adds a row (``status`` = the
  order's status after it); ``author_id`` is NULL for the customer's own checkout.
- ``credit_memos(id, order_id, amount, comment, created_by, created_at)``: one row per refund.
- ``customer_messages(id, customer_id, subject, body, sent_by, created_at, is_read)``: messages
  an admin sent to a customer ("Send message" on ``/admin/customers/ID``); ``sent_by`` is the
  admin's users.id. Customers read them at ``/account/messages``.
- ``contact_messages(id, user_id, name, email, phone, subject, body, created_at)``: the
  storefront's "Contact us" form (``user_id`` NULL when sent logged out).

Example grader queries: ``SELECT status FROM orders WHERE id = 123``;
``SELECT m.body FROM customer_messages m JOIN users u ON u.id = m.customer_id
WHERE u.first_name = 'Grace' AND u.last_name = 'Nguyen'``;
``SELECT price FROM products WHERE name = ?``;
``SELECT * FROM reviews r JOIN products p ON p.id = r.product_id WHERE p.name = ? AND
r.nickname = ?``.
"""

from ..core.auth import SESSIONS_SCHEMA

ORDER_STATUSES = ("pending", "processing", "on_hold", "shipped", "complete", "canceled", "closed")
REVIEW_STATUSES = ("pending", "approved", "rejected")
SHIPPING_METHODS = {"standard": ("Standard shipping (3-5 business days)", 5.0),
                    "express": ("Express shipping (1-2 business days)", 15.0)}
PAYMENT_METHODS = {"checkmo": "Check / money order", "card": "Card on file"}

SCHEMA = """
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    is_admin INTEGER NOT NULL DEFAULT 0,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    phone TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
""" + SESSIONS_SCHEMA + """
CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    parent_id INTEGER REFERENCES categories(id),
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    brand TEXT NOT NULL DEFAULT '',
    category_id INTEGER NOT NULL REFERENCES categories(id),
    price REAL NOT NULL CHECK (price >= 0),
    description TEXT NOT NULL DEFAULT '',
    stock_qty INTEGER NOT NULL DEFAULT 0 CHECK (stock_qty >= 0),
    enabled INTEGER NOT NULL DEFAULT 1,
    featured INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX products_category ON products(category_id);
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    customer_id INTEGER REFERENCES users(id),
    nickname TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'approved', 'rejected')),
    created_at TEXT NOT NULL
);
CREATE INDEX reviews_product ON reviews(product_id, status);
CREATE TABLE addresses (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES users(id),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    street TEXT NOT NULL,
    city TEXT NOT NULL,
    region TEXT NOT NULL,
    postcode TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT 'United States',
    phone TEXT NOT NULL DEFAULT '',
    is_default INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE cart_items (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES users(id),
    product_id INTEGER NOT NULL REFERENCES products(id),
    qty INTEGER NOT NULL CHECK (qty > 0),
    added_at TEXT NOT NULL,
    UNIQUE (customer_id, product_id)
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES users(id),
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN
        ('pending', 'processing', 'on_hold', 'shipped', 'complete', 'canceled', 'closed')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    customer_email TEXT NOT NULL,
    shipping_first_name TEXT NOT NULL,
    shipping_last_name TEXT NOT NULL,
    shipping_street TEXT NOT NULL,
    shipping_city TEXT NOT NULL,
    shipping_region TEXT NOT NULL,
    shipping_postcode TEXT NOT NULL,
    shipping_country TEXT NOT NULL,
    shipping_phone TEXT NOT NULL DEFAULT '',
    shipping_method TEXT NOT NULL CHECK (shipping_method IN ('standard', 'express')),
    shipping_amount REAL NOT NULL,
    payment_method TEXT NOT NULL CHECK (payment_method IN ('checkmo', 'card')),
    subtotal REAL NOT NULL,
    grand_total REAL NOT NULL,
    total_refunded REAL NOT NULL DEFAULT 0
);
CREATE INDEX orders_customer ON orders(customer_id);
CREATE TABLE order_items (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    product_id INTEGER NOT NULL REFERENCES products(id),
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    price REAL NOT NULL,
    qty INTEGER NOT NULL CHECK (qty > 0),
    row_total REAL NOT NULL
);
CREATE INDEX order_items_order ON order_items(order_id);
CREATE TABLE order_comments (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    author_id INTEGER REFERENCES users(id),
    status TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    customer_notified INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE credit_memos (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    amount REAL NOT NULL CHECK (amount > 0),
    comment TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE TABLE customer_messages (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES users(id),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    sent_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    is_read INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE contact_messages (
    id INTEGER PRIMARY KEY,
    user_id INTEGER REFERENCES users(id),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""
