"""Workspaces of the emulated TutorFlow platform: keys, credit balances, e-mail state, checkouts.

Public facts (TutorFlow's agent self-service pages): registration is unauthenticated, limited to
5 per IP per hour, and returns the new `tf_platform_` key once; a new workspace holds trial credits
and is not e-mail verified, which restricts `create_billing_session` (billing needs a verified
address, the trial does not); the account shows `creditBalance` and `rateLimitPerMinute: 60`.

Sandbox choices (inferred, not seen in the public pages):
- credits are US cents (see `pricing`); a course request is checked before it is stored
  against its estimate (lessons asked for x the catalog price) plus the estimates of the
  workspace's requests still generating, and refused with 402 `platform_insufficient_credits`;
  a completed request is charged what its `priceSnapshot.amountUsd` says, in credits. The
  platform generates the target give or take one lesson, so a balance may end a lesson below zero;
- the sandbox has no mailbox: asking for the verification mail verifies the address at once;
- a checkout session lives 24 hours; paying it (the sandbox's checkout page, or `pay` in a test)
  adds its credits and records a card on file.
The fixed workspaces: `org_sandbox` (a large balance, verified), `org_sandbox_nocredit` (3 credits,
less than one lesson), `org_sandbox_suspended` (every keyed request is 403).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coursewright.sandbox.core import SandboxConfig
from coursewright.sandbox.tutorflow.http import (
    EMAIL_VERIFICATION_REQUIRED,
    INSUFFICIENT_CREDITS,
    NO_CREDIT_WORKSPACE,
    SANDBOX_WORKSPACE,
    SUSPENDED_WORKSPACE,
    WORKSPACE_SUSPENDED,
    ApiKey,
    PlatformError,
    RateLimiter,
    conflict,
    invalid,
    known_keys,
    not_found,
)
from coursewright.sandbox.tutorflow.pricing import usd

EMULATOR = "tutorflow"
ACTIVE, SUSPENDED = "active", "suspended"
OPEN, PAID, EXPIRED = "open", "paid", "expired"
KEY_PREFIX = "tf_platform_"
TRIAL_CREDITS = 100
# The fixed sandbox workspace must never run dry in a test or a demo: $1,000.
SANDBOX_CREDITS = 100_000
NO_CREDIT_CREDITS = 3
REGISTRATIONS_PER_HOUR = 5
REGISTRATION_WINDOW_SECONDS = 3600.0
CHECKOUT_SECONDS = 24 * 3600.0
# Billing stays closed until the address is verified (the public account example lists these).
UNVERIFIED_RESTRICTIONS = ("add_payment_method", "usdc_payment", "create_billing_session")


@dataclass
class CheckoutSession:
    id: str
    workspace: str
    credits: int
    created: float
    expires_at: float
    paid_at: float | None = None

    def status(self, now: float) -> str:
        if self.paid_at is not None:
            return PAID
        return EXPIRED if now >= self.expires_at else OPEN


@dataclass
class Workspace:
    id: str
    name: str
    slug: str
    credits: int
    created: float
    email: str | None = None
    email_verified: bool = False
    status: str = ACTIVE
    agent_identity: str | None = None
    card_brand: str | None = None
    sessions: list[CheckoutSession] = field(default_factory=list)

    @property
    def restricted_actions(self) -> list[str]:
        return [] if self.email_verified else list(UNVERIFIED_RESTRICTIONS)


class Accounts:
    """Every workspace and key the emulator knows; tests reach it as `app.state.emulator.accounts`."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.keys: dict[str, ApiKey] = known_keys()
        now = config.clock()
        self.workspaces: dict[str, Workspace] = {
            SANDBOX_WORKSPACE: Workspace(
                SANDBOX_WORKSPACE, "Sandbox Workspace", "sandbox", SANDBOX_CREDITS, now,
                "sandbox@example.invalid", email_verified=True,
            ),
            NO_CREDIT_WORKSPACE: Workspace(
                NO_CREDIT_WORKSPACE, "Sandbox (no credit)", "sandbox-nocredit", NO_CREDIT_CREDITS, now,
                "nocredit@example.invalid", email_verified=True,
            ),
            SUSPENDED_WORKSPACE: Workspace(
                SUSPENDED_WORKSPACE, "Sandbox (suspended)", "sandbox-suspended", SANDBOX_CREDITS, now,
                "suspended@example.invalid", email_verified=True, status=SUSPENDED,
            ),
        }  # fmt: skip
        self.sessions: dict[str, CheckoutSession] = {}
        self.registrations = RateLimiter(config.clock, REGISTRATIONS_PER_HOUR, REGISTRATION_WINDOW_SECONDS)
        self._ids = config.random_for(EMULATOR, "accounts")

    def now(self) -> float:
        return self.config.clock()

    def _hex(self, length: int) -> str:
        return f"{self._ids.getrandbits(length * 4):0{length}x}"

    # --- keys and workspaces --------------------------------------------------------------------

    def workspace(self, workspace_id: str) -> Workspace:
        return self.workspaces[workspace_id]

    def require_active(self, key: ApiKey) -> Workspace:
        workspace = self.workspaces[key.workspace]
        if workspace.status == SUSPENDED:
            raise PlatformError(
                403,
                WORKSPACE_SUSPENDED,
                "Workspace is suspended. Contact TutorFlow support to reactivate it.",
            )
        return workspace

    def register(
        self, name: str, slug: str, email: str | None, agent_identity: str | None
    ) -> tuple[Workspace, str]:
        """A new workspace with trial credits and its one key (the caller shows it once)."""
        if any(existing.slug == slug for existing in self.workspaces.values()):
            raise conflict(f"Workspace slug {slug} is already taken. Choose another slug.")
        workspace = Workspace(
            f"org_{self._hex(8)}", name, slug, TRIAL_CREDITS, self.now(), email, agent_identity=agent_identity
        )
        key = ApiKey(f"{KEY_PREFIX}{self._hex(40)}", workspace.id)
        self.workspaces[workspace.id] = workspace
        self.keys[key.value] = key
        return workspace, key.value

    def request_verification(self, workspace: Workspace) -> None:
        if workspace.email is None:
            raise invalid("the workspace has no contact email to verify")
        workspace.email_verified = True

    # --- credits --------------------------------------------------------------------------------

    def require_credits(self, workspace_id: str, estimate: int, held: int) -> None:
        """Refuse (402) a request whose estimate does not fit the balance left after `held`."""
        workspace = self.workspaces[workspace_id]
        available = workspace.credits - held
        if estimate > available:
            raise PlatformError(
                402,
                INSUFFICIENT_CREDITS,
                f"Insufficient credits: this request is estimated at {estimate} credits "
                f"(${usd(estimate):.2f}) and the workspace has {max(available, 0)} available. "
                "Top up with POST /v1/platform/agent/billing/session.",
            )

    def charge(self, workspace_id: str, credits: int) -> None:
        self.workspaces[workspace_id].credits -= credits

    # --- checkout -------------------------------------------------------------------------------

    def open_checkout(self, workspace: Workspace, credits: int) -> CheckoutSession:
        if not workspace.email_verified:
            raise PlatformError(
                403,
                EMAIL_VERIFICATION_REQUIRED,
                "Email verification is required before buying credits. "
                "Verify it with POST /v1/platform/agent/verify-email/resend.",
            )
        now = self.now()
        session = CheckoutSession(
            f"cs_sandbox_{self._hex(24)}", workspace.id, credits, now, now + CHECKOUT_SECONDS
        )
        self.sessions[session.id] = session
        workspace.sessions.append(session)
        return session

    def session(self, session_id: str, workspace_id: str | None = None) -> CheckoutSession:
        session = self.sessions.get(session_id)
        if session is None or (workspace_id is not None and session.workspace != workspace_id):
            raise not_found(f"Billing session {session_id} not found")
        return session

    def pay(self, session_id: str) -> CheckoutSession:
        """What the human operator's payment does: the session's credits land on the workspace once."""
        session = self.session(session_id)
        status = session.status(self.now())
        if status == EXPIRED:
            raise conflict(f"Billing session {session_id} has expired. Request a new one.")
        if status == OPEN:
            session.paid_at = self.now()
            workspace = self.workspaces[session.workspace]
            workspace.credits += session.credits
            workspace.card_brand = "visa"
        return session
