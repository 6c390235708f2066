"""Storefront pages: home, categories, search, product pages, reviews and the contact form."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request

from ..core.auth import current_user
from ..core.params import LIKE, PAGE, contains
from .forms import Email, Line, OptionalLine, Text
from .pages import see_other, templates
from .queries import (
    DEFAULT_PER_PAGE,
    PER_PAGE_OPTIONS,
    PRODUCT_COLUMNS,
    PRODUCT_SORTS,
    category_by_slug,
    insert_contact_message,
    insert_review,
    list_products,
    product_row,
)

router = APIRouter()


@router.get("/")
async def home(request: Request):
    db = request.state.tenant.db
    featured = db.execute(
        f"SELECT {PRODUCT_COLUMNS} FROM products p JOIN categories c ON c.id = p.category_id "
        "WHERE p.featured = 1 AND p.enabled = 1 ORDER BY p.id"
    ).fetchall()
    categories = db.execute(
        "SELECT c.*, (SELECT COUNT(*) FROM products p JOIN categories pc ON pc.id = p.category_id "
        "WHERE p.enabled = 1 AND (pc.id = c.id OR pc.parent_id = c.id)) AS n_products "
        "FROM categories c WHERE c.parent_id IS NULL ORDER BY c.position"
    ).fetchall()
    return templates.page(request, "home.html", featured=featured, categories=categories)


def _listing(request: Request, **context):
    return templates.page(request, "listing.html", sorts=PRODUCT_SORTS,
                          per_page_options=PER_PAGE_OPTIONS, **context)


@router.get("/category/{slug}")
async def category_page(request: Request, slug: str, sort: str = "position", page: int = PAGE,
                        per_page: int = DEFAULT_PER_PAGE):
    db = request.state.tenant.db
    category = category_by_slug(db, slug)
    children = db.execute("SELECT * FROM categories WHERE parent_id = ? ORDER BY position",
                          (category["id"],)).fetchall()
    parent = None
    if category["parent_id"] is not None:
        parent = db.execute("SELECT * FROM categories WHERE id = ?",
                            (category["parent_id"],)).fetchone()
    products, pager = list_products(
        db, "p.category_id IN (SELECT id FROM categories WHERE id = ? OR parent_id = ?)",
        (category["id"], category["id"]), sort, page, per_page,
    )
    return _listing(request, heading=category["name"], category=category, parent=parent,
                    children=children, products=products, pager=pager, sort=sort)


@router.get("/search")
async def search(request: Request, q: str = "", sort: str = "position", page: int = PAGE,
                 per_page: int = DEFAULT_PER_PAGE):
    db = request.state.tenant.db
    words = q.split()[:10]
    products, pager = [], None
    if words:
        match = f"(p.name {LIKE} OR p.description {LIKE} OR p.sku {LIKE})"
        where = " AND ".join([match] * len(words))
        params = tuple(contains(word) for word in words for _ in range(3))
        products, pager = list_products(db, where, params, sort, page, per_page)
    return _listing(request, heading=f"Search results for: '{q}'" if words else "Search",
                    q=q, products=products, pager=pager, sort=sort)


@router.get("/product/{product_id:int}")
async def product_page(request: Request, product_id: int):
    db = request.state.tenant.db
    product = product_row(db, product_id, storefront=True)
    reviews = db.execute(
        "SELECT * FROM reviews WHERE product_id = ? AND status = 'approved' "
        "ORDER BY created_at DESC, id DESC", (product_id,)
    ).fetchall()
    parent = None
    category = db.execute("SELECT * FROM categories WHERE id = ?",
                          (product["category_id"],)).fetchone()
    if category["parent_id"] is not None:
        parent = db.execute("SELECT * FROM categories WHERE id = ?",
                            (category["parent_id"],)).fetchone()
    user = current_user(request)
    return templates.page(request, "product.html", product=product, reviews=reviews,
                          category=category, parent=parent,
                          default_nickname=user["first_name"] if user else "")


@router.post("/product/{product_id:int}/reviews")
async def write_review(
    request: Request,
    product_id: int,
    nickname: Line,
    title: Line,
    body: Text,
    rating: int = Form(..., ge=1, le=5),
):
    db = request.state.tenant.db
    product_row(db, product_id, storefront=True)
    user = current_user(request)
    insert_review(db, product_id, user["id"] if user else None, nickname, title, body, rating,
                  "pending")
    return see_other(f"/product/{product_id}", "review")


@router.get("/contact")
async def contact_form(request: Request):
    return templates.page(request, "contact.html")


@router.post("/contact")
async def contact(
    request: Request,
    name: Line,
    email: Email,
    comment: Text,
    phone: OptionalLine = "",
    subject: OptionalLine = "",
):
    user = current_user(request)
    insert_contact_message(request.state.tenant.db, user["id"] if user else None, name, email,
                           phone, subject, comment)
    return see_other("/contact", "contact")
