"""Admin catalog: the products grid with create/edit, and review moderation."""

from __future__ import annotations

import sqlite3
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from pydantic import StringConstraints

from ..core.params import LIKE, PAGE, contains
from .access import admin
from .forms import Line, Money, OptionalLine, OptionalText, Text
from .pages import now, see_other, templates
from .queries import ADMIN_PER_PAGE_OPTIONS, fetch_one, paginate
from .schema import REVIEW_STATUSES

router = APIRouter(prefix="/admin", dependencies=[Depends(admin)])
Sku = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64,
                                       pattern=r"^[A-Za-z0-9._-]+$"), Form()]
Stock = Annotated[int, Form(ge=0, le=1_000_000)]
PRODUCT_SORTS = {"id": "p.id", "name": "p.name COLLATE NOCASE, p.id", "price": "p.price, p.id",
                 "price_desc": "p.price DESC, p.id", "qty": "p.stock_qty, p.id"}


def _categories(db: sqlite3.Connection) -> list[sqlite3.Row]:
    return db.execute(
        "SELECT c.id, c.slug, CASE WHEN p.name IS NULL THEN c.name ELSE p.name || ' > ' || c.name "
        "END AS label FROM categories c LEFT JOIN categories p ON p.id = c.parent_id "
        "ORDER BY COALESCE(p.position, c.position), c.parent_id IS NOT NULL, c.position"
    ).fetchall()


@router.get("/products")
async def products(request: Request, q: str = "", category: str = "", status: str = "",
                   sort: str = "id", page: int = PAGE,
                   per_page: int = ADMIN_PER_PAGE_OPTIONS[0]):
    pattern = contains(q.strip())
    where, params = f"(p.name {LIKE} OR p.sku {LIKE})", (pattern, pattern)
    if category:
        where += " AND (c.slug = ? OR c.parent_id = (SELECT id FROM categories WHERE slug = ?))"
        params += (category, category)
    if status in ("enabled", "disabled"):
        where += " AND p.enabled = ?"
        params += (int(status == "enabled"),)
    db = request.state.tenant.db
    rows, pager = paginate(
        db, "SELECT p.*, c.name AS category_name FROM products p JOIN categories c "
        f"ON c.id = p.category_id WHERE {where} "
        f"ORDER BY {PRODUCT_SORTS.get(sort, PRODUCT_SORTS['id'])}", params, page, per_page,
    )
    return templates.page(request, "admin/products.html", products=rows, pager=pager, q=q,
                          category=category, status=status, sort=sort, section="products",
                          categories=_categories(db), per_page_options=ADMIN_PER_PAGE_OPTIONS)


def _product_form(request: Request, product: dict, status_code: int = 200,
                  error: str | None = None):
    return templates.page(request, "admin/product_form.html", status_code, product=product,
                          categories=_categories(request.state.tenant.db), error=error,
                          section="products")


@router.get("/products/new")
async def new_product(request: Request):
    return _product_form(request, {"id": None, "enabled": 1, "featured": 0, "stock_qty": 0})


@router.get("/products/{product_id:int}")
async def edit_product(request: Request, product_id: int):
    db = request.state.tenant.db
    product = fetch_one(db, "SELECT * FROM products WHERE id = ?", product_id, "product with id")
    return _product_form(request, dict(product))


def _save_product(request: Request, product_id: int | None, fields: dict):
    """Insert or update a product; a taken SKU or unknown category re-shows the form."""
    db = request.state.tenant.db
    error = None
    if db.execute("SELECT 1 FROM categories WHERE id = ?", (fields["category_id"],)).fetchone() \
            is None:
        error = f"There is no category with id {fields['category_id']}."
    elif db.execute("SELECT 1 FROM products WHERE sku = ? AND id IS NOT ?",
                    (fields["sku"], product_id)).fetchone():
        error = f"The SKU '{fields['sku']}' is already used by another product."
    if error:
        return _product_form(request, {"id": product_id, **fields}, 400, error)
    stamp = now()
    columns = ", ".join(fields)
    if product_id is None:
        product_id = db.execute(
            f"INSERT INTO products ({columns}, created_at, updated_at) "
            f"VALUES ({', '.join('?' * len(fields))}, ?, ?)", (*fields.values(), stamp, stamp)
        ).lastrowid
        return see_other(f"/admin/products/{product_id}", "created")
    assignments = ", ".join(f"{name} = ?" for name in fields)
    db.execute(f"UPDATE products SET {assignments}, updated_at = ? WHERE id = ?",
               (*fields.values(), stamp, product_id))
    return see_other(f"/admin/products/{product_id}", "saved")


def _fields(name: str, sku: str, price: float, stock_qty: int, category_id: int,
            description: str, brand: str, enabled: bool, featured: bool) -> dict:
    return {"name": name, "sku": sku, "brand": brand, "category_id": category_id,
            "price": round(price, 2), "description": description, "stock_qty": stock_qty,
            "enabled": int(enabled), "featured": int(featured)}


@router.post("/products")
async def create_product(request: Request, name: Line, sku: Sku, price: Money, stock_qty: Stock,
                         category_id: int = Form(..., ge=1, le=2**31),
                         description: OptionalText = "", brand: OptionalLine = "",
                         enabled: bool = Form(False), featured: bool = Form(False)):
    return _save_product(request, None, _fields(name, sku, price, stock_qty, category_id,
                                                      description, brand, enabled, featured))


@router.post("/products/{product_id:int}")
async def save_product(request: Request, product_id: int, name: Line, sku: Sku, price: Money,
                       stock_qty: Stock, category_id: int = Form(..., ge=1, le=2**31),
                       description: OptionalText = "", brand: OptionalLine = "",
                       enabled: bool = Form(False), featured: bool = Form(False)):
    fetch_one(request.state.tenant.db, "SELECT id FROM products WHERE id = ?", product_id,
              "product with id")
    return _save_product(request, product_id, _fields(
        name, sku, price, stock_qty, category_id, description, brand, enabled, featured))


@router.get("/reviews")
async def reviews(request: Request, status: str = "", q: str = "", page: int = PAGE,
                  per_page: int = ADMIN_PER_PAGE_OPTIONS[0]):
    pattern = contains(q.strip())
    where = f"(r.title {LIKE} OR r.body {LIKE} OR r.nickname {LIKE} OR p.name {LIKE})"
    params: tuple = (pattern,) * 4
    if status in REVIEW_STATUSES:
        where += " AND r.status = ?"
        params += (status,)
    rows, pager = paginate(
        request.state.tenant.db,
        "SELECT r.*, p.name AS product_name FROM reviews r JOIN products p "
        f"ON p.id = r.product_id WHERE {where} ORDER BY r.created_at DESC, r.id DESC",
        params, page, per_page,
    )
    return templates.page(request, "admin/reviews.html", reviews=rows, pager=pager, q=q,
                          status=status, section="reviews", per_page_options=ADMIN_PER_PAGE_OPTIONS)


def _review(db: sqlite3.Connection, review_id: int) -> sqlite3.Row:
    return fetch_one(
        db, "SELECT r.*, p.name AS product_name FROM reviews r JOIN products p "
        "ON p.id = r.product_id WHERE r.id = ?", review_id, "review with id",
    )


@router.get("/reviews/{review_id:int}")
async def edit_review(request: Request, review_id: int):
    review = _review(request.state.tenant.db, review_id)
    return templates.page(request, "admin/review_form.html", review=review, section="reviews")


@router.post("/reviews/{review_id:int}")
async def save_review(request: Request, review_id: int, nickname: Line, title: Line, body: Text,
                      rating: int = Form(..., ge=1, le=5), status: str = Form(...)):
    db = request.state.tenant.db
    _review(db, review_id)
    if status not in REVIEW_STATUSES:
        raise HTTPException(400, f"Unknown review status '{status}'; choose one of: "
                                 f"{', '.join(REVIEW_STATUSES)}.")
    db.execute("UPDATE reviews SET nickname = ?, title = ?, body = ?, rating = ?, status = ? "
               "WHERE id = ?", (nickname, title, body, rating, status, review_id))
    return see_other(f"/admin/reviews/{review_id}", "review-saved")


@router.post("/reviews/{review_id:int}/{action}")
async def moderate_review(request: Request, review_id: int, action: str, back: str = Form("")):
    """Approve, reject or delete a review, then return to the grid (or the review)."""
    db = request.state.tenant.db
    _review(db, review_id)
    if action == "delete":
        db.execute("DELETE FROM reviews WHERE id = ?", (review_id,))
        return see_other("/admin/reviews", "review-deleted")
    statuses = {"approve": "approved", "reject": "rejected"}
    if action not in statuses:
        raise HTTPException(404, f"No review action '{action}'; use approve, reject or delete.")
    db.execute("UPDATE reviews SET status = ? WHERE id = ?", (statuses[action], review_id))
    target = back if back.startswith("/admin/reviews") else f"/admin/reviews/{review_id}"
    return see_other(target, f"review-{statuses[action]}")
