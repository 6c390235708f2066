"""Signing in and out, and creating an account."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request

from ..core.auth import check_password, hash_password, local_path, signed_in, signed_out
from .dbutil import now
from .pages import templates

router = APIRouter()
RESERVED_NAMES = {"users", "groups", "explore", "dashboard", "projects", "search", "login",
                  "logout", "help", "admin", "api", "healthz", "root", "-"}


@router.get("/login")
@router.get("/users/sign_in")
async def login_form(request: Request, next: str = "/"):
    return templates.page(request, "login.html", next=local_path(next), error=None, username="")


@router.post("/login")
@router.post("/users/sign_in")
async def login(request: Request, username: str = Form(...), password: str = Form(...),
                next: str = Form("/")):
    db = request.state.tenant.db
    user = check_password(db, username.strip(), password)
    if user is None:
        return templates.page(request, "login.html", 400, next=local_path(next),
                              error="Invalid username or password.", username=username)
    return signed_in(db, user["id"], local_path(next))


@router.post("/logout")
@router.post("/users/sign_out")
async def logout(request: Request):
    return signed_out(request)


@router.get("/users/sign_up")
async def register_form(request: Request):
    return templates.page(request, "register.html", error=None, form={})


@router.post("/users/sign_up")
async def register(request: Request, name: str = Form(..., min_length=1, max_length=100),
                   username: str = Form(..., min_length=2, max_length=40,
                                        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$"),
                   email: str = Form(..., min_length=3, max_length=200),
                   password: str = Form(..., min_length=8, max_length=100)):
    db = request.state.tenant.db
    form = {"name": name, "username": username, "email": email}
    taken = db.execute("SELECT 1 FROM users WHERE lower(username) = lower(?) UNION "
                       "SELECT 1 FROM groups WHERE lower(path) = lower(?)",
                       (username, username)).fetchone()
    error = None
    if taken or username.lower() in RESERVED_NAMES:
        error = f"The username '{username}' is already taken."
    elif "@" not in email:
        error = "Please enter a valid email address."
    if error:
        return templates.page(request, "register.html", 400, error=error, form=form)
    user_id = db.execute(
        "INSERT INTO users (username, password_hash, name, email, created_at) "
        "VALUES (?, ?, ?, ?, ?)", (username, hash_password(password), name, email, now())
    ).lastrowid
    return signed_in(db, user_id, "/")
