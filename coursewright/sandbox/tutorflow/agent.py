"""Agent self-service routes of the emulated TutorFlow platform, all under `/v1/platform`.

TutorFlow's agent pages put every one of them under the API base (`GET /v1/platform/.well-known/
agent.json`, `POST /v1/platform/agent/register`, ...), so the host root serves none of them.

- `GET /.well-known/agent.json` (no key): the discovery manifest. Stable fields from the public
  reference (schema, name, description, baseUrl, auth, registration, capabilities, addOns, trial,
  pricing, docs); endpoint paths are absolute on this server, so they include the sandbox mount.
- `GET /pricing-catalog` (no key): an array of catalog entries, the same ones `priceSnapshot`,
  the credit check and the charge read (`pricing`).
- `POST /agent/register` (no key; 5 per IP per hour, then 429): body `name`, `slug` required,
  `email`, `agentIdentity` optional; 201 with the new key, shown this once (the shape of TutorFlow's
  CLI example: organizationId, apiKey, keyPrefix, trialCredits, message, requiresEmailVerification,
  verifyEmailResendEndpoint, nextSteps). A taken slug is 409 `platform_conflict`.
- `GET /agent/account` (key): organizationId, name, slug, status, creditBalance (credits = US
  cents), rateLimitPerMinute (the limit in force: 60 unless a test changed it), isEmailVerified,
  restrictedActions, createdAt.
- `POST /agent/verify-email/resend` (key): `{"message": "Verification email sent"}`; the sandbox has
  no mailbox, so the address counts as verified at once (a sandbox convention).

Inferred shapes (the public pages name these routes but not their bodies):
- `POST /agent/billing/session` (key, verified address else 403 `email_verification_required`):
  body `{"amountUsd": 5..1000}` (default 10); 201 `{sessionId, checkoutUrl, status: "open",
  amountUsd, credits, currency, expiresAt}`. `checkoutUrl` is a sandbox page
  (`/sandbox-checkout/{sessionId}` under the mount) where a human "pays" with one button; tests call
  `accounts.pay(session_id)` instead.
- `GET /agent/billing/status[?sessionId=...]` (key): `{hasPaymentMethod, cardBrand, creditBalance,
  isEmailVerified, restrictedActions, session}`, `session` being the named one or the latest
  (`{sessionId, status: open|paid|expired, amountUsd, credits, expiresAt, paidAt}`) or null.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from html import escape
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from coursewright.sandbox.tutorflow.accounts import (
    KEY_PREFIX,
    TRIAL_CREDITS,
    CheckoutSession,
    Workspace,
)
from coursewright.sandbox.tutorflow.http import FieldRule, invalid, read_object, validate
from coursewright.sandbox.tutorflow.pages import html_page
from coursewright.sandbox.tutorflow.pricing import CATALOG, COURSE_PRICE, credits_for_usd, usd
from coursewright.sandbox.tutorflow.state import TutorflowEmulator
from coursewright.sandbox.tutorflow.views import web_base

API = "/v1/platform"
CHECKOUT_PAGE = "/sandbox-checkout/{session_id}"
DOCS_URL = "https://tutorflow.io/agent-platform/docs"
WORKSPACE_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
DEFAULT_TOP_UP_USD = 10.0

REGISTER_RULES = (
    FieldRule("name", required=True, max_length=255),
    FieldRule("slug", required=True, max_length=64),
    FieldRule("email", max_length=255),
    FieldRule("agentIdentity", max_length=255),
)
BILLING_SESSION_RULES = (FieldRule("amountUsd", "number", minimum=5, maximum=1000),)

Handler = Callable[[Request], Awaitable[Response]]
Keyed = Callable[[Callable[[Request, str], Awaitable[Response]]], Handler]


class AgentApi:
    """Discovery, registration, account and billing handlers bound to one emulator."""

    def __init__(self, emulator: TutorflowEmulator) -> None:
        self.emulator = emulator
        self.accounts = emulator.accounts

    # --- public ---------------------------------------------------------------------------------

    async def manifest(self, request: Request) -> Response:
        root = str(request.scope.get("root_path", "")).rstrip("/") + API
        return JSONResponse(
            {
                "schema": "https://tutorflow.io/agent-manifest/v2",
                "name": "TutorFlow Agent Platform",
                "description": "AI-generated courses (coursewright sandbox emulator)",
                "baseUrl": web_base(request) + API,
                "auth": {"type": "bearer", "prefix": KEY_PREFIX, "header": "Authorization"},
                "registration": {
                    "endpoint": f"{root}/agent/register",
                    "method": "POST",
                    "requiredFields": ["name", "slug"],
                    "optionalFields": ["email", "agentIdentity"],
                },
                "capabilities": {
                    COURSE_PRICE.category: {
                        "endpoint": f"{root}/courses",
                        "method": "POST",
                        "unit": COURSE_PRICE.unit,
                        "unitPriceUsd": COURSE_PRICE.amount_usd,
                    }
                },
                "addOns": {},
                "trial": {
                    "creditsUsd": usd(TRIAL_CREDITS),
                    "emailVerificationRequiredForTrial": False,
                    "emailVerificationRequiredForBilling": True,
                },
                "pricing": {"endpoint": f"{root}/pricing-catalog", "currency": COURSE_PRICE.currency},
                "topUp": {"endpoint": f"{root}/agent/billing/session", "method": "POST"},
                "docs": DOCS_URL,
            }
        )

    async def pricing_catalog(self, request: Request) -> Response:
        return JSONResponse([entry.listing() for entry in CATALOG])

    async def register(self, request: Request) -> Response:
        self.accounts.registrations.admit(request.client.host if request.client else "unknown")
        values = validate(await read_object(request), REGISTER_RULES)
        slug, email = values["slug"], values.get("email")
        problems = []
        if not WORKSPACE_SLUG.match(slug):
            problems.append(
                "slug must contain only lower-case letters, digits and hyphens, "
                "and must not start or end with a hyphen"
            )
        if email is not None and not EMAIL.match(email):
            problems.append("email must be an email")
        if problems:
            raise invalid(*problems)
        workspace, key = self.accounts.register(
            values["name"].strip(), slug, email, values.get("agentIdentity")
        )
        return JSONResponse(
            {
                "organizationId": workspace.id,
                "apiKey": key,
                "keyPrefix": key[: len(KEY_PREFIX) + 4],
                "trialCredits": workspace.credits,
                "message": "Store your API key securely. It will not be shown again.",
                "requiresEmailVerification": not workspace.email_verified,
                "verifyEmailResendEndpoint": f"POST {API}/agent/verify-email/resend",
                "nextSteps": {
                    "createCourse": f"POST {API}/courses",
                    "accountInfo": f"GET {API}/agent/account",
                    "pricing": f"GET {API}/pricing-catalog",
                },
            },
            status_code=201,
        )

    # --- keyed ----------------------------------------------------------------------------------

    async def account(self, request: Request, workspace_id: str) -> Response:
        workspace = self.accounts.workspace(workspace_id)
        return JSONResponse(
            {
                "organizationId": workspace.id,
                "name": workspace.name,
                "slug": workspace.slug,
                "status": workspace.status,
                "creditBalance": workspace.credits,
                "rateLimitPerMinute": self.emulator.rate_limit_per_minute,
                "isEmailVerified": workspace.email_verified,
                "restrictedActions": workspace.restricted_actions,
                "createdAt": self.emulator.iso(workspace.created),
            }
        )

    async def resend_verification(self, request: Request, workspace_id: str) -> Response:
        self.accounts.request_verification(self.accounts.workspace(workspace_id))
        return JSONResponse({"message": "Verification email sent"})

    async def billing_session(self, request: Request, workspace_id: str) -> Response:
        values = validate(await read_object(request), BILLING_SESSION_RULES)
        credits = credits_for_usd(float(values.get("amountUsd", DEFAULT_TOP_UP_USD)))
        session = self.accounts.open_checkout(self.accounts.workspace(workspace_id), credits)
        checkout_url = web_base(request) + CHECKOUT_PAGE.format(session_id=session.id)
        return JSONResponse({**self.session_view(session), "checkoutUrl": checkout_url}, status_code=201)

    async def billing_status(self, request: Request, workspace_id: str) -> Response:
        workspace = self.accounts.workspace(workspace_id)
        named = request.query_params.get("sessionId")
        if named is not None:
            session: CheckoutSession | None = self.accounts.session(named, workspace.id)
        else:
            session = workspace.sessions[-1] if workspace.sessions else None
        return JSONResponse(
            {
                "hasPaymentMethod": workspace.card_brand is not None,
                "cardBrand": workspace.card_brand,
                "creditBalance": workspace.credits,
                "isEmailVerified": workspace.email_verified,
                "restrictedActions": workspace.restricted_actions,
                "session": self.session_view(session) if session else None,
            }
        )

    def session_view(self, session: CheckoutSession) -> dict[str, Any]:
        iso = self.emulator.iso
        return {
            "sessionId": session.id,
            "status": session.status(self.accounts.now()),
            "amountUsd": usd(session.credits),
            "credits": session.credits,
            "currency": COURSE_PRICE.currency,
            "expiresAt": iso(session.expires_at),
            "paidAt": iso(session.paid_at) if session.paid_at is not None else None,
        }

    # --- the sandbox's checkout page (stands in for the payment provider's) -----------------------

    async def checkout_page(self, request: Request) -> Response:
        session = self.accounts.session(request.path_params["session_id"])
        if request.method == "POST":
            session = self.accounts.pay(session.id)
        workspace: Workspace = self.accounts.workspace(session.workspace)
        status = session.status(self.accounts.now())
        amount = f"${usd(session.credits):.2f}"
        if status == "open":
            action = f"<form method='post'><button type='submit'>Pay {escape(amount)}</button></form>"
        else:
            action = f"<p>Status: {escape(status)}. Balance: {workspace.credits} credits.</p>"
        body = (
            f"<h1>TutorFlow credits for {escape(workspace.name)}</h1>"
            f"<p>{escape(amount)} = {session.credits} credits.</p>{action}"
        )
        return html_page("TutorFlow checkout (sandbox)", body)


def agent_routes(api: AgentApi, keyed: Keyed) -> list[Route]:
    agent = f"{API}/agent"
    return [
        Route(f"{API}/.well-known/agent.json", api.manifest, methods=["GET"]),
        Route(f"{API}/pricing-catalog", api.pricing_catalog, methods=["GET"]),
        Route(f"{agent}/register", api.register, methods=["POST"]),
        Route(f"{agent}/account", keyed(api.account), methods=["GET"]),
        Route(f"{agent}/verify-email/resend", keyed(api.resend_verification), methods=["POST"]),
        Route(f"{agent}/billing/session", keyed(api.billing_session), methods=["POST"]),
        Route(f"{agent}/billing/status", keyed(api.billing_status), methods=["GET"]),
        Route(CHECKOUT_PAGE, api.checkout_page, methods=["GET", "POST"]),
    ]
