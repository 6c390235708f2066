"""The shopping cart and checkout (placing an order)."""

from __future__ import annotations

import sqlite3
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request

from ..core.params import fetch_by_id
from .access import customer
from .forms import Line, OptionalLine, Quantity
from .pages import now, see_other, templates, transaction
from .queries import cart_lines, fetch_one, insert_order_comment, product_row
from .schema import PAYMENT_METHODS, SHIPPING_METHODS

router = APIRouter()
Customer = Annotated[sqlite3.Row, Depends(customer)]


def _check_stock(product: sqlite3.Row, qty: int) -> None:
    if not product["enabled"]:
        raise HTTPException(400, f"'{product['name']}' is no longer available.")
    if qty > product["stock_qty"]:
        left = product["stock_qty"]
        raise HTTPException(400, f"The requested quantity for '{product['name']}' is not "
                                 f"available: {left} left in stock." if left else
                                 f"'{product['name']}' is out of stock.")


@router.get("/cart")
async def cart(request: Request, user: Customer):
    lines, subtotal = cart_lines(request.state.tenant.db, user["id"])
    return templates.page(request, "cart.html", lines=lines, subtotal=subtotal)


@router.post("/cart/add")
async def add_to_cart(request: Request, user: Customer, product_id: int = Form(...),
                      qty: Quantity = 1):
    db = request.state.tenant.db
    product = product_row(db, product_id, storefront=True)
    in_cart = db.execute("SELECT qty FROM cart_items WHERE customer_id = ? AND product_id = ?",
                         (user["id"], product_id)).fetchone()
    _check_stock(product, qty + (in_cart["qty"] if in_cart else 0))
    db.execute(
        "INSERT INTO cart_items (customer_id, product_id, qty, added_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (customer_id, product_id) DO UPDATE SET qty = qty + excluded.qty",
        (user["id"], product_id, qty, now()),
    )
    return see_other(f"/product/{product_id}", "added")


def _cart_item(db: sqlite3.Connection, item_id: int, user: sqlite3.Row) -> sqlite3.Row:
    return fetch_by_id(db, "SELECT * FROM cart_items WHERE id = ? AND customer_id = ?", item_id,
                       f"No item {item_id} in your shopping cart.", user["id"])


@router.post("/cart/items/{item_id:int}")
async def update_cart_item(request: Request, item_id: int, user: Customer,
                           qty: int = Form(..., ge=0, le=999)):
    db = request.state.tenant.db
    item = _cart_item(db, item_id, user)
    if qty == 0:
        db.execute("DELETE FROM cart_items WHERE id = ?", (item_id,))
        return see_other("/cart", "removed")
    _check_stock(product_row(db, item["product_id"], storefront=False), qty)
    db.execute("UPDATE cart_items SET qty = ? WHERE id = ?", (qty, item_id))
    return see_other("/cart", "cart-updated")


@router.post("/cart/items/{item_id:int}/remove")
async def remove_cart_item(request: Request, item_id: int, user: Customer):
    db = request.state.tenant.db
    _cart_item(db, item_id, user)
    db.execute("DELETE FROM cart_items WHERE id = ?", (item_id,))
    return see_other("/cart", "removed")


@router.get("/checkout")
async def checkout_form(request: Request, user: Customer):
    db = request.state.tenant.db
    lines, subtotal = cart_lines(db, user["id"])
    if not lines:
        return see_other("/cart")
    address = db.execute(
        "SELECT * FROM addresses WHERE customer_id = ? ORDER BY is_default DESC, id LIMIT 1",
        (user["id"],)).fetchone()
    return templates.page(request, "checkout.html", lines=lines, subtotal=subtotal,
                          address=address)


@router.post("/checkout")
async def place_order(request: Request, user: Customer, first_name: Line, last_name: Line,
                      street: Line, city: Line, region: Line, postcode: Line,
                      country: Line = "United States", phone: OptionalLine = "",
                      shipping_method: str = Form(...), payment_method: str = Form(...)):
    db = request.state.tenant.db
    if shipping_method not in SHIPPING_METHODS:
        raise HTTPException(400, f"Unknown shipping method '{shipping_method}'; choose one of: "
                                 f"{', '.join(SHIPPING_METHODS)}.")
    if payment_method not in PAYMENT_METHODS:
        raise HTTPException(400, f"Unknown payment method '{payment_method}'; choose one of: "
                                 f"{', '.join(PAYMENT_METHODS)}.")
    lines, subtotal = cart_lines(db, user["id"])
    if not lines:
        raise HTTPException(400, "Your shopping cart is empty; add products before checking out.")
    for line in lines:
        _check_stock(product_row(db, line["product_id"], storefront=False), line["qty"])
    shipping = SHIPPING_METHODS[shipping_method][1]
    stamp = now()
    with transaction(db):
        order_id = db.execute(
            "INSERT INTO orders (customer_id, status, created_at, updated_at, customer_email, "
            "shipping_first_name, shipping_last_name, shipping_street, shipping_city, "
            "shipping_region, shipping_postcode, shipping_country, shipping_phone, "
            "shipping_method, shipping_amount, payment_method, subtotal, grand_total) "
            "VALUES (?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (user["id"], stamp, stamp, user["email"], first_name, last_name, street, city,
             region, postcode, country, phone, shipping_method, shipping, payment_method,
             subtotal, round(subtotal + shipping, 2)),
        ).lastrowid
        for line in lines:
            db.execute(
                "INSERT INTO order_items (order_id, product_id, sku, name, price, qty, row_total) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (order_id, line["product_id"], line["sku"], line["name"], line["price"],
                 line["qty"], line["row_total"]),
            )
            db.execute("UPDATE products SET stock_qty = stock_qty - ? WHERE id = ?",
                       (line["qty"], line["product_id"]))
        insert_order_comment(db, order_id, None, "pending", "Order placed.", False, stamp)
        db.execute("DELETE FROM cart_items WHERE customer_id = ?", (user["id"],))
    return see_other(f"/checkout/success/{order_id}")


@router.get("/checkout/success/{order_id:int}")
async def checkout_success(request: Request, order_id: int, user: Customer):
    order = fetch_one(request.state.tenant.db, "SELECT * FROM orders WHERE id = ?", order_id,
                      "order with number")
    if order["customer_id"] != user["id"]:
        raise HTTPException(404, f"No order with number {order_id} in your account.")
    return templates.page(request, "checkout_success.html", order=order)
