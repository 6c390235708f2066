"""Admin panel: login, dashboard, customers (with "send message") and contact-form inquiries."""

from __future__ import annotations

import sqlite3
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request

from ..core.auth import local_path, signed_in
from ..core.params import LIKE, PAGE, contains
from .access import admin, find_login
from .forms import Line, Text
from .pages import now, see_other, templates
from .queries import ADMIN_PER_PAGE_OPTIONS, fetch_one, paginate

public = APIRouter(prefix="/admin")
router = APIRouter(prefix="/admin", dependencies=[Depends(admin)])
Admin = Annotated[sqlite3.Row, Depends(admin)]


@public.get("/login")
async def admin_login_form(request: Request, next: str = "/admin"):
    return templates.page(request, "admin/login.html", next=next, error=None)


@public.post("/login")
async def admin_login(request: Request, username: str = Form(...), password: str = Form(...),
                      next: str = Form("/admin")):
    db = request.state.tenant.db
    user = find_login(db, username, password)
    if user is None or not user["is_admin"]:
        return templates.page(request, "admin/login.html", 400, next=next,
                              error="The account sign-in was incorrect or you are not an "
                                    "administrator.")
    return signed_in(db, user["id"], local_path(next, "/admin"))


@router.get("")
async def dashboard(request: Request):
    db = request.state.tenant.db
    stats = db.execute(
        "SELECT COALESCE(SUM(grand_total - total_refunded), 0) AS lifetime_sales, "
        "COALESCE(AVG(grand_total), 0) AS average_order, COUNT(*) AS n_orders, "
        "SUM(status = 'pending') AS n_pending FROM orders WHERE status != 'canceled'"
    ).fetchone()
    counts = db.execute(
        "SELECT (SELECT COUNT(*) FROM users WHERE is_admin = 0) AS customers, "
        "(SELECT COUNT(*) FROM products) AS products, "
        "(SELECT COUNT(*) FROM reviews WHERE status = 'pending') AS pending_reviews, "
        "(SELECT COUNT(*) FROM contact_messages) AS inquiries"
    ).fetchone()
    last_orders = db.execute(
        "SELECT o.*, u.first_name, u.last_name, (SELECT SUM(qty) FROM order_items "
        "WHERE order_id = o.id) AS n_items FROM orders o JOIN users u ON u.id = o.customer_id "
        "ORDER BY o.id DESC LIMIT 5"
    ).fetchall()
    last_inquiries = db.execute(
        "SELECT * FROM contact_messages ORDER BY created_at DESC, id DESC LIMIT 3"
    ).fetchall()
    bestsellers = db.execute(
        "SELECT oi.product_id, oi.name, SUM(oi.qty) AS qty, ROUND(SUM(oi.row_total), 2) AS total "
        "FROM order_items oi JOIN orders o ON o.id = oi.order_id WHERE o.status != 'canceled' "
        "GROUP BY oi.product_id ORDER BY qty DESC, oi.product_id LIMIT 5"
    ).fetchall()
    return templates.page(request, "admin/dashboard.html", stats=stats, counts=counts,
                          last_orders=last_orders, bestsellers=bestsellers,
                          last_inquiries=last_inquiries, section="dashboard")


@router.get("/customers")
async def customers(request: Request, q: str = "", page: int = PAGE,
                    per_page: int = ADMIN_PER_PAGE_OPTIONS[0]):
    pattern = contains(q.strip())
    rows, pager = paginate(
        request.state.tenant.db,
        "SELECT u.*, a.city, a.region, (SELECT COUNT(*) FROM orders WHERE customer_id = u.id) "
        "AS n_orders FROM users u LEFT JOIN addresses a ON a.customer_id = u.id "
        f"AND a.is_default = 1 WHERE u.is_admin = 0 AND (u.first_name || ' ' || u.last_name "
        f"{LIKE} OR u.email {LIKE} OR u.username {LIKE} OR u.phone {LIKE}) ORDER BY u.id",
        (pattern,) * 4, page, per_page,
    )
    return templates.page(request, "admin/customers.html", customers=rows, pager=pager, q=q,
                          section="customers", per_page_options=ADMIN_PER_PAGE_OPTIONS)


def _customer(db: sqlite3.Connection, customer_id: int) -> sqlite3.Row:
    return fetch_one(db, "SELECT * FROM users WHERE id = ? AND is_admin = 0", customer_id,
                     "customer with id")


@router.get("/customers/{customer_id:int}")
async def customer_view(request: Request, customer_id: int):
    db = request.state.tenant.db
    person = _customer(db, customer_id)
    return templates.page(
        request, "admin/customer.html", person=person, section="customers",
        addresses=db.execute("SELECT * FROM addresses WHERE customer_id = ? "
                             "ORDER BY is_default DESC, id", (customer_id,)).fetchall(),
        orders=db.execute("SELECT * FROM orders WHERE customer_id = ? ORDER BY id DESC",
                          (customer_id,)).fetchall(),
        messages=db.execute(
            "SELECT m.*, u.username AS sender FROM customer_messages m JOIN users u "
            "ON u.id = m.sent_by WHERE customer_id = ? ORDER BY m.id DESC", (customer_id,)
        ).fetchall(),
        n_reviews=db.execute("SELECT COUNT(*) FROM reviews WHERE customer_id = ?",
                             (customer_id,)).fetchone()[0],
    )


@router.post("/customers/{customer_id:int}/messages")
async def message_customer(request: Request, customer_id: int, staff: Admin, subject: Line,
                           body: Text):
    db = request.state.tenant.db
    _customer(db, customer_id)
    db.execute(
        "INSERT INTO customer_messages (customer_id, subject, body, sent_by, created_at) "
        "VALUES (?, ?, ?, ?, ?)", (customer_id, subject, body, staff["id"], now()),
    )
    return see_other(f"/admin/customers/{customer_id}", "message-sent")


@router.get("/inquiries")
async def inquiries(request: Request, page: int = PAGE,
                    per_page: int = ADMIN_PER_PAGE_OPTIONS[0]):
    rows, pager = paginate(request.state.tenant.db,
                           "SELECT * FROM contact_messages ORDER BY created_at DESC, id DESC", (),
                           page, per_page)
    return templates.page(request, "admin/inquiries.html", inquiries=rows, pager=pager,
                          section="inquiries", per_page_options=ADMIN_PER_PAGE_OPTIONS)
