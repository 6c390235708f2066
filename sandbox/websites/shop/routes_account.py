"""Customer accounts: log in and out, register, and "My Account" (orders, addresses, reviews)."""

from __future__ import annotations

import sqlite3
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from pydantic import StringConstraints

from ..core.auth import hash_password, local_path, signed_in, signed_out
from ..core.params import fetch_by_id
from .access import customer, find_login
from .forms import Email, Line, OptionalLine
from .pages import now, see_other, templates
from .queries import order_details

router = APIRouter()
Customer = Annotated[sqlite3.Row, Depends(customer)]
Username = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=40,
                                            pattern=r"^[A-Za-z0-9._-]+$"), Form()]
Password = Annotated[str, Form(min_length=8, max_length=100)]


@router.get("/login")
async def login_form(request: Request, next: str = "/account"):
    return templates.page(request, "login.html", next=next, error=None)


@router.post("/login")
async def login(request: Request, username: str = Form(...), password: str = Form(...),
                next: str = Form("/account")):
    db = request.state.tenant.db
    user = find_login(db, username, password)
    if user is None:
        return templates.page(request, "login.html", 400, next=next,
                              error="The account sign-in was incorrect. Please try again.")
    return signed_in(db, user["id"], local_path(next, "/account"))


@router.post("/logout")
async def logout(request: Request):
    return signed_out(request)


@router.get("/register")
async def register_form(request: Request):
    return templates.page(request, "register.html", error=None, form={})


@router.post("/register")
async def register(request: Request, first_name: Line, last_name: Line, email: Email,
                   username: Username, password: Password, password_confirm: str = Form(...)):
    db = request.state.tenant.db
    form = {"first_name": first_name, "last_name": last_name, "email": email,
            "username": username}
    error = None
    if password != password_confirm:
        error = "Please make sure your passwords match."
    elif db.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone():
        error = f"The username '{username}' is already taken."
    elif db.execute("SELECT 1 FROM users WHERE lower(email) = lower(?)", (email,)).fetchone():
        error = "There is already an account with this email address."
    if error:
        return templates.page(request, "register.html", 400, error=error, form=form)
    user_id = db.execute(
        "INSERT INTO users (username, password_hash, first_name, last_name, email, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (username, hash_password(password), first_name, last_name, email, now()),
    ).lastrowid
    return signed_in(db, user_id, "/account?notice=registered")


@router.get("/account")
async def account(request: Request, user: Customer):
    db = request.state.tenant.db
    orders = db.execute("SELECT * FROM orders WHERE customer_id = ? ORDER BY id DESC LIMIT 5",
                        (user["id"],)).fetchall()
    address = db.execute("SELECT * FROM addresses WHERE customer_id = ? AND is_default = 1",
                         (user["id"],)).fetchone()
    unread = db.execute("SELECT COUNT(*) FROM customer_messages WHERE customer_id = ? AND "
                        "is_read = 0", (user["id"],)).fetchone()[0]
    return templates.page(request, "account/dashboard.html", orders=orders, address=address,
                          unread=unread, section="dashboard")


@router.get("/account/edit")
async def edit_account_form(request: Request, user: Customer):
    return templates.page(request, "account/edit.html", section="edit", error=None)


@router.post("/account/edit")
async def edit_account(request: Request, user: Customer, first_name: Line, last_name: Line,
                       email: Email, phone: OptionalLine = ""):
    db = request.state.tenant.db
    taken = db.execute("SELECT 1 FROM users WHERE lower(email) = lower(?) AND id != ?",
                       (email, user["id"])).fetchone()
    if taken:
        return templates.page(request, "account/edit.html", 400, section="edit",
                              error="There is already an account with this email address.")
    db.execute("UPDATE users SET first_name = ?, last_name = ?, email = ?, phone = ? WHERE id = ?",
               (first_name, last_name, email, phone, user["id"]))
    return see_other("/account", "saved-account")


@router.get("/account/orders")
async def my_orders(request: Request, user: Customer):
    orders = request.state.tenant.db.execute(
        "SELECT o.*, (SELECT SUM(qty) FROM order_items WHERE order_id = o.id) AS n_items "
        "FROM orders o WHERE customer_id = ? ORDER BY id DESC", (user["id"],)
    ).fetchall()
    return templates.page(request, "account/orders.html", orders=orders, section="orders")


@router.get("/account/orders/{order_id:int}")
async def my_order(request: Request, order_id: int, user: Customer):
    details = order_details(request.state.tenant.db, order_id)
    if details["order"]["customer_id"] != user["id"]:
        raise HTTPException(404, f"No order with number {order_id} in your account.")
    return templates.page(request, "account/order.html", section="orders", **details)


@router.get("/account/addresses")
async def my_addresses(request: Request, user: Customer):
    addresses = request.state.tenant.db.execute(
        "SELECT * FROM addresses WHERE customer_id = ? ORDER BY is_default DESC, id",
        (user["id"],)).fetchall()
    return templates.page(request, "account/addresses.html", addresses=addresses,
                          section="addresses")


@router.post("/account/addresses")
async def add_address(request: Request, user: Customer, first_name: Line, last_name: Line,
                      street: Line, city: Line, region: Line, postcode: Line,
                      country: Line = "United States", phone: OptionalLine = "",
                      is_default: bool = Form(False)):
    db = request.state.tenant.db
    has_default = db.execute("SELECT 1 FROM addresses WHERE customer_id = ? AND is_default = 1",
                             (user["id"],)).fetchone()
    make_default = is_default or has_default is None
    if make_default:
        db.execute("UPDATE addresses SET is_default = 0 WHERE customer_id = ?", (user["id"],))
    db.execute(
        "INSERT INTO addresses (customer_id, first_name, last_name, street, city, region, "
        "postcode, country, phone, is_default) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (user["id"], first_name, last_name, street, city, region, postcode, country, phone,
         int(make_default)),
    )
    return see_other("/account/addresses", "address-saved")


def _own_address(db: sqlite3.Connection, address_id: int, user: sqlite3.Row) -> sqlite3.Row:
    return fetch_by_id(db, "SELECT * FROM addresses WHERE id = ? AND customer_id = ?",
                       address_id, f"No address {address_id} in your address book.", user["id"])


@router.post("/account/addresses/{address_id:int}/default")
async def make_default_address(request: Request, address_id: int, user: Customer):
    db = request.state.tenant.db
    _own_address(db, address_id, user)
    db.execute("UPDATE addresses SET is_default = (id = ?) WHERE customer_id = ?",
               (address_id, user["id"]))
    return see_other("/account/addresses", "address-saved")


@router.post("/account/addresses/{address_id:int}/delete")
async def delete_address(request: Request, address_id: int, user: Customer):
    db = request.state.tenant.db
    _own_address(db, address_id, user)
    db.execute("DELETE FROM addresses WHERE id = ?", (address_id,))
    return see_other("/account/addresses", "address-deleted")


@router.get("/account/reviews")
async def my_reviews(request: Request, user: Customer):
    reviews = request.state.tenant.db.execute(
        "SELECT r.*, p.name AS product_name FROM reviews r JOIN products p ON p.id = r.product_id "
        "WHERE r.customer_id = ? ORDER BY r.created_at DESC, r.id DESC", (user["id"],)
    ).fetchall()
    return templates.page(request, "account/reviews.html", reviews=reviews, section="reviews")


@router.get("/account/messages")
async def my_messages(request: Request, user: Customer):
    db = request.state.tenant.db
    messages = db.execute(
        "SELECT * FROM customer_messages WHERE customer_id = ? ORDER BY created_at DESC, id DESC",
        (user["id"],)).fetchall()
    db.execute("UPDATE customer_messages SET is_read = 1 WHERE customer_id = ? AND is_read = 0",
               (user["id"],))
    return templates.page(request, "account/messages.html", messages=messages,
                          section="messages")
