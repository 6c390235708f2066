"""Admin orders: the orders grid and an order's page (status, cancel, refund, comments)."""

from __future__ import annotations

import sqlite3
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request

from ..core.params import LIKE, PAGE, contains
from .access import admin
from .forms import Money, OptionalText, Text
from .pages import money, now, see_other, status_label, templates, transaction
from .queries import (
    ADMIN_PER_PAGE_OPTIONS,
    fetch_one,
    insert_order_comment,
    order_details,
    paginate,
)
from .schema import ORDER_STATUSES

router = APIRouter(prefix="/admin/orders", dependencies=[Depends(admin)])
Admin = Annotated[sqlite3.Row, Depends(admin)]
CANCELABLE = ("pending", "processing", "on_hold")
ORDER_SORTS = {"newest": "o.id DESC", "oldest": "o.id", "total_desc": "o.grand_total DESC, o.id",
               "total_asc": "o.grand_total, o.id"}


@router.get("")
async def orders(request: Request, status: str = "", q: str = "", sort: str = "newest",
                 page: int = PAGE, per_page: int = ADMIN_PER_PAGE_OPTIONS[0]):
    pattern = contains(q.strip())
    where = (f"(u.first_name || ' ' || u.last_name {LIKE} OR o.customer_email {LIKE} "
             "OR CAST(o.id AS TEXT) = ?)")
    params: tuple = (pattern, pattern, q.strip().lstrip("#"))
    if status in ORDER_STATUSES:
        where += " AND o.status = ?"
        params += (status,)
    rows, pager = paginate(
        request.state.tenant.db,
        "SELECT o.*, u.first_name, u.last_name FROM orders o JOIN users u ON u.id = o.customer_id "
        f"WHERE {where} ORDER BY {ORDER_SORTS.get(sort, ORDER_SORTS['newest'])}",
        params, page, per_page,
    )
    return templates.page(request, "admin/orders.html", orders=rows, pager=pager, q=q,
                          status=status, sort=sort, section="orders",
                          per_page_options=ADMIN_PER_PAGE_OPTIONS)


@router.get("/{order_id:int}")
async def order_view(request: Request, order_id: int):
    details = order_details(request.state.tenant.db, order_id)
    return templates.page(request, "admin/order.html", section="orders", cancelable=CANCELABLE,
                          refundable=details["order"]["status"] not in ("canceled", "closed"),
                          **details)


def _order(db: sqlite3.Connection, order_id: int) -> sqlite3.Row:
    return fetch_one(db, "SELECT * FROM orders WHERE id = ?", order_id, "order with number")


def _log(db: sqlite3.Connection, order_id: int, staff: sqlite3.Row, status: str, comment: str,
         notify: bool) -> None:
    stamp = now()
    insert_order_comment(db, order_id, staff["id"], status, comment, notify, stamp)
    db.execute("UPDATE orders SET status = ?, updated_at = ? WHERE id = ?",
               (status, stamp, order_id))


def _change_status(db: sqlite3.Connection, order: sqlite3.Row, staff: sqlite3.Row, status: str,
                   comment: str, notify: bool) -> None:
    """Move an order to ``status``; canceling puts its items back in stock."""
    if status not in ORDER_STATUSES:
        raise HTTPException(400, f"Unknown order status '{status}'; choose one of: "
                                 f"{', '.join(ORDER_STATUSES)}.")
    canceling = status == "canceled" and order["status"] != "canceled"
    if canceling and order["status"] not in CANCELABLE:
        raise HTTPException(400, f"Order #{order['id']} is {status_label(order['status'])} and "
                                 "can no longer be canceled; only pending, processing or on-hold "
                                 "orders can.")
    with transaction(db):
        if canceling:
            db.execute(
                "UPDATE products SET stock_qty = stock_qty + (SELECT SUM(qty) FROM order_items "
                "WHERE order_id = ? AND product_id = products.id) WHERE id IN "
                "(SELECT product_id FROM order_items WHERE order_id = ?)",
                (order["id"], order["id"]),
            )
        _log(db, order["id"], staff, status, comment, notify)


@router.post("/{order_id:int}/status")
async def set_status(request: Request, order_id: int, staff: Admin, status: str = Form(...),
                     comment: OptionalText = "", notify: bool = Form(False)):
    db = request.state.tenant.db
    _change_status(db, _order(db, order_id), staff, status, comment, notify)
    return see_other(f"/admin/orders/{order_id}", "status")


@router.post("/{order_id:int}/cancel")
async def cancel(request: Request, order_id: int, staff: Admin):
    db = request.state.tenant.db
    _change_status(db, _order(db, order_id), staff, "canceled", "Order canceled.", True)
    return see_other(f"/admin/orders/{order_id}", "canceled")


@router.post("/{order_id:int}/refund")
async def refund(request: Request, order_id: int, staff: Admin, amount: Money,
                 comment: OptionalText = ""):
    db = request.state.tenant.db
    order = _order(db, order_id)
    if order["status"] in ("canceled", "closed"):
        raise HTTPException(400, f"Order #{order_id} is {order['status']}; it cannot be refunded.")
    left = round(order["grand_total"] - order["total_refunded"], 2)
    amount = round(amount, 2)
    if not 0 < amount <= left:
        raise HTTPException(400, f"The refund amount must be more than $0.00 and at most "
                                 f"{money(left)} (what is left to refund on this order).")
    stamp = now()
    with transaction(db):
        db.execute("INSERT INTO credit_memos (order_id, amount, comment, created_by, created_at) "
                   "VALUES (?, ?, ?, ?, ?)", (order_id, amount, comment, staff["id"], stamp))
        db.execute("UPDATE orders SET total_refunded = ROUND(total_refunded + ?, 2) WHERE id = ?",
                   (amount, order_id))
        status = "closed" if amount >= left else order["status"]
        note = f"Refunded {money(amount)}." + (f" {comment}" if comment else "")
        _log(db, order_id, staff, status, note, True)
    return see_other(f"/admin/orders/{order_id}", "refunded")


@router.post("/{order_id:int}/comments")
async def add_comment(request: Request, order_id: int, staff: Admin, comment: Text,
                      notify: bool = Form(False)):
    db = request.state.tenant.db
    order = _order(db, order_id)
    _log(db, order_id, staff, order["status"], comment, notify)
    return see_other(f"/admin/orders/{order_id}", "comment")
