"""The shop for real: its server, Chromium, and the control API checking what each flow stored."""

from __future__ import annotations

import httpx
import pytest
from playwright.async_api import expect
from support.tenants import SiteHelper, build_twice

from sandbox.websites.launcher import Sites
from sandbox.websites.shop.access import find_login
from sandbox.websites.shop.app import LOGINS
from sandbox.websites.shop.seed import build_template

HELPER = SiteHelper("shop")
query, dump, client = HELPER.query, HELPER.dump, HELPER.client


async def user_id(sites: Sites, tenant: str, username: str) -> int:
    rows = await query(sites, tenant, "SELECT id FROM users WHERE username = ?", [username])
    return rows[0]["id"]


def test_seed_is_large_enough_and_deterministic():
    first = build_twice(build_template)

    def count(sql: str) -> int:
        return first.execute(sql).fetchone()[0]

    assert count("SELECT COUNT(*) FROM products") >= 300
    assert count("SELECT COUNT(*) FROM categories WHERE parent_id IS NULL") >= 12
    assert count("SELECT COUNT(*) FROM users WHERE is_admin = 0") >= 80
    assert count("SELECT COUNT(*) FROM orders") >= 250
    assert count("SELECT COUNT(*) FROM reviews") >= 400
    assert count("SELECT COUNT(*) FROM order_items") > count("SELECT COUNT(*) FROM orders")
    assert count("SELECT COUNT(DISTINCT status) FROM reviews") == 3
    assert count("SELECT COUNT(DISTINCT status) FROM orders") == 7
    assert count("SELECT COUNT(DISTINCT substr(created_at, 1, 4)) FROM orders") == 3
    assert count("SELECT COUNT(*) FROM products p JOIN categories c ON c.id = p.category_id "
                 "WHERE c.slug = 'otc-medicine'") >= 15
    assert count("SELECT COUNT(*) FROM users WHERE first_name = 'Grace' "
                 "AND last_name = 'Nguyen'") == 1
    for username, password, _ in LOGINS:
        assert find_login(first, username, password) is not None, username
    assert any(first.execute("SELECT is_admin FROM users WHERE username = ?", (u,)).fetchone()[0]
               for u, _, _ in LOGINS)


async def test_customer_adds_to_cart_and_checks_out(sites, tenant_factory, login_page):
    tenant = await tenant_factory("shop")
    product = (await query(
        sites, tenant, "SELECT p.id, p.name, p.price, p.stock_qty FROM products p JOIN categories "
        "c ON c.id = p.category_id WHERE c.slug = 'otc-medicine' AND p.enabled = 1 "
        "AND p.stock_qty >= 5 ORDER BY p.id LIMIT 1"))[0]
    page = await login_page("shop", tenant, "emma.lopez")
    await page.get_by_role("navigation", name="Categories").get_by_role(
        "link", name="Health & Household").click()
    await page.get_by_role("link", name="Over-the-Counter Medicine").first.click()
    await page.get_by_role("link", name=product["name"], exact=True).click()
    await page.fill("#qty", "2")
    await page.click("#product-addtocart-button")
    await expect(page.get_by_role("status")).to_contain_text("added the product")
    await page.get_by_role("link", name="My Cart (2)").click()
    await page.get_by_label(f"Qty for {product['name']}").fill("3")
    await page.get_by_role("button", name="Update").click()
    await expect(page.locator("#cart-subtotal")).to_have_text(f"${product['price'] * 3:,.2f}")
    await page.get_by_role("link", name="Proceed to Checkout").click()
    await page.fill("#shipping-street", "12 Harbor Road")
    await page.check("#shipping-express")
    await page.check("#payment-card")
    await page.get_by_role("button", name="Place Order").click()
    await expect(page.get_by_role("heading", level=1)).to_have_text(
        "Thank you for your purchase!")
    order_id = int(await page.locator("#order-number").inner_text())

    order = (await query(sites, tenant, "SELECT * FROM orders WHERE id = ?", [order_id]))[0]
    assert order["customer_id"] == await user_id(sites, tenant, "emma.lopez")
    assert (order["status"], order["shipping_method"], order["payment_method"]) == (
        "pending", "express", "card")
    assert order["shipping_street"] == "12 Harbor Road"
    assert order["grand_total"] == pytest.approx(product["price"] * 3 + 15)
    items = await query(sites, tenant, "SELECT product_id, qty, price FROM order_items "
                                       "WHERE order_id = ?", [order_id])
    assert items == [{"product_id": product["id"], "qty": 3, "price": product["price"]}]
    stock = await query(sites, tenant, "SELECT stock_qty FROM products WHERE id = ?",
                        [product["id"]])
    assert stock[0]["stock_qty"] == product["stock_qty"] - 3
    assert await query(sites, tenant, "SELECT * FROM cart_items") == []
    await page.goto(f"{sites['shop'].tenant_url(tenant)}/account/orders")
    await expect(page.get_by_role("link", name=f"View order {order_id}")).to_be_visible()


async def test_admin_changes_an_order_status_then_cancels_it(sites, tenant_factory, browser):
    tenant = await tenant_factory("shop")
    context = await browser.new_context()
    page = await context.new_page()
    try:
        await page.goto(f"{sites['shop'].tenant_url(tenant)}/admin/orders")
        await page.fill("#admin-username", "admin")
        await page.fill("#admin-password", "admin1234")
        await page.get_by_role("button", name="Sign in").click()
        await page.select_option("#orders-status", "pending")
        await page.get_by_role("button", name="Search").click()
        first_view = page.locator("#orders-grid").get_by_role("link", name="View order").first
        order_id = int((await first_view.get_attribute("aria-label")).split()[-1])
        await first_view.click()
        await page.select_option("#order-status", "on_hold")
        await page.fill("#status-comment", "Waiting for the customer to confirm the address.")
        await page.get_by_role("button", name="Update Status").click()
        await expect(page.locator("#order-status-label")).to_have_text("On Hold")
        rows = await query(sites, tenant, "SELECT status FROM orders WHERE id = ?", [order_id])
        assert rows[0]["status"] == "on_hold"
        stock_before = await query(
            sites, tenant, "SELECT p.id, p.stock_qty, oi.qty FROM order_items oi JOIN products "
            "p ON p.id = oi.product_id WHERE oi.order_id = ? ORDER BY p.id", [order_id])
        await page.get_by_role("button", name="Cancel Order").click()
        await expect(page.locator("#order-status-label")).to_have_text("Canceled")
        await expect(page.get_by_role("button", name="Cancel Order")).to_have_count(0)
    finally:
        await context.close()
    rows = await query(sites, tenant, "SELECT status FROM orders WHERE id = ?", [order_id])
    assert rows[0]["status"] == "canceled"
    history = await query(sites, tenant, "SELECT status, comment FROM order_comments "
                                         "WHERE order_id = ? ORDER BY id", [order_id])
    assert history[-2:] == [
        {"status": "on_hold", "comment": "Waiting for the customer to confirm the address."},
        {"status": "canceled", "comment": "Order canceled."},
    ]
    stock_after = await query(sites, tenant, "SELECT id, stock_qty FROM products WHERE id IN "
                                             "(SELECT product_id FROM order_items WHERE "
                                             "order_id = ?) ORDER BY id", [order_id])
    assert [r["stock_qty"] for r in stock_after] == [r["stock_qty"] + r["qty"]
                                                     for r in stock_before]


async def test_customer_writes_a_review_and_admin_approves_it(sites, tenant_factory,
                                                             login_page):
    tenant = await tenant_factory("shop")
    url = sites["shop"].tenant_url(tenant)
    page = await login_page("shop", tenant, "grace.nguyen")
    await page.fill("#search", "Ibuprofen")
    await page.get_by_role("button", name="Search", exact=True).click()
    link = page.locator(".product-name").first
    product_name = await link.inner_text()
    await link.click()
    await page.check("#rating-4")
    await expect(page.locator("#review-nickname")).to_have_value("Grace")
    await page.fill("#review-title", "Works fast")
    await page.fill("#review-body", "Took two for a headache and it was gone in half an hour.")
    await page.click('button:has-text("Submit review")')
    await expect(page.get_by_role("status")).to_contain_text("after moderation")
    review = (await query(
        sites, tenant, "SELECT r.* FROM reviews r JOIN products p ON p.id = r.product_id "
        "WHERE p.name = ? AND r.nickname = 'Grace'", [product_name]))[0]
    assert (review["rating"], review["title"], review["status"]) == (4, "Works fast", "pending")
    assert review["customer_id"] == await user_id(sites, tenant, "grace.nguyen")

    admin = await login_page("shop", tenant, "admin")
    await admin.goto(f"{url}/admin/reviews?status=pending&q=Works+fast")
    await admin.get_by_role("button", name=f"Approve review {review['id']}").click()
    await expect(admin.get_by_role("status")).to_contain_text("approved")
    rows = await query(sites, tenant, "SELECT status FROM reviews WHERE id = ?", [review["id"]])
    assert rows[0]["status"] == "approved"
    async with await client(sites, tenant) as http:
        product_page = await http.get(f"/product/{review['product_id']}")
    assert "Took two for a headache" in product_page.text


async def test_admin_sends_a_customer_message(sites, tenant_factory, login_page):
    tenant = await tenant_factory("shop")
    page = await login_page("shop", tenant, "admin")
    await page.get_by_role("link", name="Admin panel").click()
    await page.get_by_role("link", name="Customers", exact=True).click()
    await page.fill("#customers-search", "Grace Nguyen")
    await page.get_by_role("button", name="Search").click()
    await page.get_by_role("link", name="Edit customer Grace Nguyen").click()
    await page.fill("#message-subject", "About your order")
    await page.fill("#message-body", "Your order is delayed by two days. Sorry!")
    await page.get_by_role("button", name="Send Message").click()
    await expect(page.get_by_role("status")).to_contain_text("sent to the customer")
    rows = await query(
        sites, tenant, "SELECT m.subject, m.body, m.sent_by FROM customer_messages m JOIN users "
        "u ON u.id = m.customer_id WHERE u.first_name = 'Grace' AND u.last_name = 'Nguyen' "
        "AND m.body LIKE '%delayed by two days%'")
    assert rows == [{"subject": "About your order",
                     "body": "Your order is delayed by two days. Sorry!",
                     "sent_by": await user_id(sites, tenant, "admin")}]
    async with await client(sites, tenant, "grace.nguyen") as http:
        inbox = await http.get("/account/messages")
    assert "Your order is delayed by two days." in inbox.text


async def test_admin_edits_a_product_and_refunds_an_order(sites, tenant_factory):
    tenant = await tenant_factory("shop")
    product = (await query(sites, tenant, "SELECT * FROM products WHERE id = 7"))[0]
    order = (await query(sites, tenant, "SELECT * FROM orders WHERE status = 'complete' "
                                        "ORDER BY id LIMIT 1"))[0]
    async with await client(sites, tenant, "admin") as http:
        form = {"name": product["name"], "sku": product["sku"], "price": "12.34",
                "stock_qty": "9", "category_id": str(product["category_id"]),
                "description": product["description"], "enabled": "1"}
        assert (await http.post("/admin/products/7", data=form)).status_code == 303
        created = await http.post("/admin/products", data={**form, "sku": "NEW-1",
                                                           "name": "Test Widget"})
        assert created.status_code == 303
        too_much = await http.post(f"/admin/orders/{order['id']}/refund",
                                   data={"amount": str(order["grand_total"] + 1)})
        assert too_much.status_code == 400 and "at most" in too_much.text
        for amount in (10, order["grand_total"] - 10):
            response = await http.post(f"/admin/orders/{order['id']}/refund",
                                       data={"amount": f"{amount:.2f}", "comment": "Damaged"})
            assert response.status_code == 303
    rows = await query(sites, tenant, "SELECT price, stock_qty, featured FROM products "
                                      "WHERE id = 7 OR sku = 'NEW-1' ORDER BY id")
    assert rows == [{"price": 12.34, "stock_qty": 9, "featured": 0}] * 2
    memos = await query(sites, tenant, "SELECT amount FROM credit_memos WHERE order_id = ? "
                                       "ORDER BY id", [order["id"]])
    assert [m["amount"] for m in memos] == [10, pytest.approx(order["grand_total"] - 10)]
    closed = await query(sites, tenant, "SELECT status, total_refunded FROM orders WHERE id = ?",
                         [order["id"]])
    assert closed[0]["status"] == "closed"
    assert closed[0]["total_refunded"] == pytest.approx(order["grand_total"])


async def test_category_page_with_100_products_is_the_big_page(sites, tenant_factory, browser):
    tenant = await tenant_factory("shop")
    context = await browser.new_context(viewport={"width": 1280, "height": 720})
    try:
        page = await context.new_page()
        await page.goto(f"{sites['shop'].tenant_url(tenant)}/category/electronics?per_page=100")
        await expect(page.locator(".product-card")).to_have_count(100)
        await expect(page.locator("#toolbar-amount")).to_contain_text("Items 1-100 of")
        elements = await page.evaluate("document.getElementsByTagName('*').length")
        cdp = await context.new_cdp_session(page)
        ax_nodes = len((await cdp.send("Accessibility.getFullAXTree"))["nodes"])
    finally:
        await context.close()
    assert 1_000 <= elements <= 3_000
    assert 1_500 <= ax_nodes <= 3_500


async def test_register_sign_in_by_email_and_edit_the_cart(sites, tenant_factory):
    tenant = await tenant_factory("shop")
    async with await client(sites, tenant) as http:
        registered = await http.post("/register", data={
            "first_name": "Nina", "last_name": "Park", "email": "nina.park@example.com",
            "username": "nina.park", "password": "Secret.456", "password_confirm": "Secret.456"})
        assert registered.status_code == 303
        assert (await http.post("/logout")).status_code == 303
        assert "incorrect" in (await http.post("/login", data={
            "username": "nina.park@example.com", "password": "wrong-one"})).text
        signed_in = await http.post("/login", data={"username": "NINA.PARK@example.com",
                                                   "password": "Secret.456", "next": "/cart"})
        assert signed_in.headers["location"] == "/cart"
        for product_id in (5, 6):
            await http.post("/cart/add", data={"product_id": str(product_id), "qty": "2"})
        items = {r["product_id"]: r["id"] for r in await query(
            sites, tenant, "SELECT id, product_id FROM cart_items")}
        await http.post(f"/cart/items/{items[5]}", data={"qty": "4"})
        await http.post(f"/cart/items/{items[6]}/remove")
        assert "My Cart (4)" in (await http.get("/cart")).text
    rows = await query(sites, tenant, "SELECT u.first_name, ci.product_id, ci.qty FROM cart_items "
                                      "ci JOIN users u ON u.id = ci.customer_id")
    assert rows == [{"first_name": "Nina", "product_id": 5, "qty": 4}]


async def test_tenants_do_not_see_each_others_writes(sites, tenant_factory):
    first, second = await tenant_factory("shop"), await tenant_factory("shop")
    async with await client(sites, first, "emma.lopez") as http:
        assert (await http.post("/cart/add", data={"product_id": "5", "qty": "1"})).status_code \
            == 303
        review = {"rating": "5", "nickname": "Emma", "title": "Only here", "body": "Tenant one."}
        assert (await http.post("/product/5/reviews", data=review)).status_code == 303
    count = ("SELECT (SELECT COUNT(*) FROM cart_items) AS carts, "
             "(SELECT COUNT(*) FROM reviews WHERE title = 'Only here') AS reviews")
    assert await query(sites, first, count) == [{"carts": 1, "reviews": 1}]
    assert await query(sites, second, count) == [{"carts": 0, "reviews": 0}]
    async with await client(sites, second, "emma.lopez") as http:
        assert "My Cart (0)" in (await http.get("/")).text


async def test_reset_restores_the_seed_exactly(sites, tenant_factory):
    tenant = await tenant_factory("shop")
    before = await dump(sites, tenant)
    async with await client(sites, tenant, "emma.lopez") as http:
        await http.post("/cart/add", data={"product_id": "5", "qty": "1"})
        placed = await http.post("/checkout", data={
            "first_name": "Emma", "last_name": "Lopez", "street": "1 Main St", "city": "Boston",
            "region": "MA", "postcode": "02110", "shipping_method": "standard",
            "payment_method": "checkmo"})
        assert placed.status_code == 303
    async with await client(sites, tenant, "admin") as http:
        await http.post("/admin/customers/3/messages", data={"subject": "Hi", "body": "Hello"})
        await http.post("/admin/orders/1/comments", data={"comment": "Checked."})
    async with await client(sites, tenant) as http:
        await http.post("/register", data={
            "first_name": "New", "last_name": "Person", "email": "new@example.com",
            "username": "new.person", "password": "Password.123",
            "password_confirm": "Password.123"})
    assert await dump(sites, tenant) != before
    async with sites.control("shop") as control:
        await control.reset_tenant(tenant)
    assert await dump(sites, tenant) == before


async def test_bad_inputs_get_clear_4xx_pages_and_lose_no_state(sites, tenant_factory):
    tenant = await tenant_factory("shop")
    complete = (await query(sites, tenant, "SELECT id FROM orders WHERE status = 'complete' "
                                           "LIMIT 1"))[0]["id"]
    others = (await query(sites, tenant, "SELECT o.id FROM orders o JOIN users u ON u.id = "
                                         "o.customer_id WHERE u.username = 'alex.martin' "
                                         "LIMIT 1"))[0]["id"]
    taken_sku = (await query(sites, tenant, "SELECT sku FROM products WHERE id = 4"))[0]["sku"]
    emma = await client(sites, tenant, "emma.lopez")
    admin = await client(sites, tenant, "admin")
    guest = await client(sites, tenant)
    assert (await emma.post("/cart/add", data={"product_id": "5", "qty": "1"})).status_code == 303
    before = await dump(sites, tenant)
    cases = [
        (emma.post("/product/5/reviews", data={"rating": "5"}), 400, "title"),
        (emma.post("/product/5/reviews", data={"rating": "9", "nickname": "x", "title": "x",
                                               "body": "x"}), 400, "rating"),
        (emma.post("/product/5/reviews", data={"rating": "5", "nickname": "x", "title": "   ",
                                               "body": "x"}), 400, "title"),
        (emma.post("/checkout", data={"city": "Boston"}), 400, "first_name"),
        (emma.post("/checkout", data={"first_name": "a", "last_name": "b", "street": "c",
                                      "city": "d", "region": "e", "postcode": "f",
                                      "shipping_method": "teleport",
                                      "payment_method": "checkmo"}), 400, "shipping method"),
        (emma.post("/cart/add", data={"product_id": "5", "qty": "0"}), 400, "qty"),
        (emma.post("/cart/add", data={"product_id": "5", "qty": "999"}), 400, "in stock"),
        (emma.post("/cart/add", data={"product_id": "999999"}), 404, "No product"),
        (emma.get("/product/999999"), 404, "No product"),
        (emma.get("/product/99999999999999999999999"), 404, "No product"),
        (emma.get(f"/account/orders/{others}"), 404, "No order"),
        (emma.get("/category/no-such-thing"), 404, "No category"),
        (emma.get("/category/electronics?page=abc"), 400, "page"),
        (emma.get("/category/electronics?page=-4"), 400, "page"),
        (emma.get("/category/electronics?page=1&per_page=7&sort=bogus"), 200, "Items 1-24"),
        (emma.get("/admin"), 403, "administrators"),
        (emma.get("/cart/add"), 405, ""),
        (emma.delete("/product/5"), 405, ""),
        (emma.post("/contact", content=b"comment=" + b"x" * 300_000,
                   headers={"Content-Type": "application/x-www-form-urlencoded"}), 413, ""),
        (guest.post("/cart/add", data={"product_id": "5"}), 303, ""),
        (admin.get("/admin/orders/0"), 404, "No order"),
        (admin.post("/admin/orders/1/status", data={"status": "exploded"}), 400, "status"),
        (admin.post(f"/admin/orders/{complete}/cancel"), 400, "can no longer be canceled"),
        (admin.post("/admin/orders/1/refund", data={"amount": "nan"}), 400, "amount"),
        (admin.post("/admin/customers/3/messages", data={"subject": "Hi"}), 400, "body"),
        (admin.post("/admin/customers/1/messages", data={"subject": "a", "body": "b"}), 404,
         "No customer"),
        (admin.post("/admin/reviews/5/explode"), 404, "No review action"),
        (admin.post("/admin/products", data={"name": "x", "sku": "bad sku!", "price": "1",
                                             "stock_qty": "1", "category_id": "1"}), 400, "sku"),
        (admin.post("/admin/products/3", data={"name": "x", "sku": taken_sku, "price": "1",
                                               "stock_qty": "1", "category_id": "1"}), 400,
         "already used"),
    ]
    for request, status, text in cases:
        response = await request
        assert response.status_code == status, (response.request.url, response.text[:300])
        assert text in response.text, (response.request.url, response.text[:300])
    endpoint = sites["shop"]
    async with httpx.AsyncClient(base_url=endpoint.base_url) as http:
        for host in (f"Bad_Name.shop.localhost:{endpoint.port}",
                     f"no-such-tenant.shop.localhost:{endpoint.port}"):
            response = await http.get("/", headers={"Host": host})
            assert response.status_code == 404 and "tenant" in response.text
    for http in (emma, admin, guest):
        await http.aclose()
    after = await dump(sites, tenant)
    assert {k: v for k, v in after.items() if k != "sessions"} == {
        k: v for k, v in before.items() if k != "sessions"}
