"""One confirmation mechanism for every act that needs the user's yes.

Each gated tool has two resolvers: a *prepare* resolver that works out what exactly will
happen (the summary, the content stamp, or a reason to refuse before asking), and a
*confirm* resolver that depends on it and asks. The asking paths are tried in the order a
client meets them (`ASKING_PATHS`): the human-only approval page (URL-mode elicitation, see
`approval_page`), form elicitation (era-portable: `Elicit` becomes a server
request on legacy sessions and an `InputRequiredResult` round on 2026-07-28), the strict
setting's refusal, and the single-use token. A boolean the agent could set is never part of this.

The yes is bound to what runs. The question carries the content stamp and the nonce of a
question recorded server-side; after the answer the tool body calls `approved()`, which runs
the prepare step again (for publish: the review) and acts only if it finds exactly what the
user was shown, then spends the answer once. If anything changed, nothing happens and the
user is asked again with the new summary (mid-call on legacy sessions; on 2026-07-28 the
prepare resolver re-runs each round, so a changed stamp changes the question and the SDK asks
it afresh).
"""

import base64
import functools
import hashlib
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

from mcp.server.elicitation import AcceptedElicitation, ElicitationResult, render_elicitation_schema
from mcp.server.mcpserver import Context, Elicit
from mcp.server.request_state import compact_json
from mcp.types import ElicitRequestFormParams
from mcp_types.version import is_version_at_least
from pydantic import BaseModel, Field, field_validator

from coursewright.errors import CoursewrightError, Refused
from coursewright.guardrails.confirm import ConfirmationRequired
from coursewright.tools.approval_page import ask_on_page, client_opens_pages
from coursewright.tools.common import runtime_of

logger = logging.getLogger("coursewright.tools")

#: How many times one call asks again because the target kept changing under the question.
MAX_ASKS = 3


class ConfirmAnswer(BaseModel):
    confirm: bool = Field(description="Yes, go ahead")

    @field_validator("confirm", mode="before")
    @classmethod
    def _only_true_is_yes(cls, value: Any) -> bool:
        # "yes", 1 and "true" are not a yes: only the boolean the form's checkbox sends.
        return value is True


@dataclass
class GateRequest:
    action: str
    target: str
    stamp: str = ""
    summary: str = ""
    needed: bool = True
    blocked: CoursewrightError | None = None
    context: dict = field(default_factory=dict)
    #: The nonce of the question the user answered (set by the asking path).
    approval: str = ""


@dataclass
class GateDecision:
    kind: Literal["proceed", "token_required", "refused"]
    request: GateRequest
    confirmation: ConfirmationRequired | None = None
    error: CoursewrightError | None = None


Prepare: TypeAlias = Callable[..., Awaitable[GateRequest]]
Recheck: TypeAlias = Callable[[], Awaitable[GateRequest]]
Asked: TypeAlias = "GateDecision | Elicit[ConfirmAnswer]"
#: An asking path answers the request, or returns None to let the next path try.
AskingPath: TypeAlias = Callable[
    [Context, GateRequest], Awaitable["GateDecision | Elicit[ConfirmAnswer] | None"]
]


def client_can_elicit(ctx: Context) -> bool:
    capabilities = ctx.client_capabilities
    elicitation = capabilities.elicitation if capabilities is not None else None
    return elicitation is not None and (elicitation.form is not None or elicitation.url is None)


def asks_in_rounds(ctx: Context) -> bool:
    """True on 2026-07-28 sessions, where a question is a round of the call rather than a request."""
    version = ctx.protocol_version
    return version is not None and is_version_at_least(version, "2026-07-28")


def blocked_request(action: str, target: str, exc: BaseException) -> GateRequest:
    error = (
        exc
        if isinstance(exc, CoursewrightError)
        else Refused(
            f"coursewright could not prepare the {action} summary.",
            "Check the id with get_course and try again.",
        )
    )
    return GateRequest(action=action, target=target, blocked=error)


def _refused(request: GateRequest, error: CoursewrightError) -> GateDecision:
    return GateDecision("refused", request, error=error)


def question_text(summary: str, request: GateRequest) -> str:
    """The question names the exact state it is about, so an answer cannot stand for a later one."""
    stamp = f", content {request.stamp[:12]}" if request.stamp else ""
    return f"{summary}\n\nDo you want to go ahead? (approval {request.approval}{stamp})"


# -- the asking paths, in the order a client meets them -------------------------------------------


def question_digest(message: str) -> str:
    """The digest a 2026-07-28 client echoes back (in the request state) for the question it answered.

    Computed the way the SDK pins an answer to its question; should that ever differ, a replay is
    still never honoured (the SDK asks again), it is only not named as one.
    """
    params = ElicitRequestFormParams(
        message=message, requested_schema=render_elicitation_schema(ConfirmAnswer)
    )
    rendered = compact_json(params.model_dump(mode="json", by_alias=True, exclude_none=True))
    return base64.urlsafe_b64encode(hashlib.sha256(rendered.encode()).digest()[:16]).decode().rstrip("=")


def answered_questions(ctx: Context) -> list[str]:
    """The digests of the questions this round's answers are for (2026-07-28 continuation rounds)."""
    if not (asks_in_rounds(ctx) and ctx.input_responses and ctx.request_state):
        return []
    try:
        asked = json.loads(ctx.request_state).get("asked") or {}
    except (ValueError, AttributeError):
        return []
    return [str(digest) for digest in asked.values()] if isinstance(asked, dict) else []


async def ask_by_form(ctx: Context, request: GateRequest) -> "GateDecision | Elicit[ConfirmAnswer] | None":
    """Form elicitation: a yes/no question carrying the stamp and a server-side nonce."""
    if not client_can_elicit(ctx):
        return None
    runtime = runtime_of(ctx)
    ledger = runtime.ledger
    act = (request.action, request.target, request.stamp)
    # An answer arrived for a question whose yes was already used: a replayed round. (Without
    # the digest: no question for exactly this act is open, and one for it was spent.)
    answered = answered_questions(ctx)
    replayed = ledger.question_spent(answered) or (
        bool(answered) and not ledger.open_approval_exists(*act) and ledger.approval_spent(*act)
    )
    if replayed:
        return _refused(
            request,
            Refused(
                f"That answer was already used: one yes allows one {request.action}.",
                f"Call {request.action} again so the user is asked afresh.",
            ),
        )
    request.approval = ledger.open_approval(*act, ttl_s=runtime.settings.confirmation_ttl_s)
    # The summary quotes platform data (titles), so it leaves through the redactor too.
    message = question_text(runtime.redactor.redact(request.summary), request)
    if asks_in_rounds(ctx):
        ledger.note_question(question_digest(message), request.approval)
    return Elicit(message, ConfirmAnswer)


async def refuse_without_elicitation(ctx: Context, request: GateRequest) -> GateDecision | None:
    if not runtime_of(ctx).settings.require_elicitation:
        return None
    return _refused(
        request,
        Refused(
            f"This server only accepts {request.action} when it can ask the user directly, and this client cannot.",
            "Use a client that supports MCP elicitation, or ask the administrator to unset COURSEWRIGHT_REQUIRE_ELICITATION.",
        ),
    )


async def issue_token(ctx: Context, request: GateRequest) -> GateDecision:
    """Last resort: a preview and a single-use token the agent must bring back after the user's yes."""
    runtime = runtime_of(ctx)
    summary = runtime.redactor.redact(request.summary)
    confirmation = runtime.confirmations.issue(request.action, request.target, request.stamp, summary)
    return GateDecision("token_required", request, confirmation=confirmation)


#: The asking paths in order; a human-only approval page (URL-mode elicitation) goes first when it
#: is available. A path that obtained a yes returns `GateDecision("proceed", request)` with
#: `request.approval` set to the nonce from `ledger.open_approval` (not yet spent): `approved()`
#: then re-checks the target and spends that nonce exactly once before the act.
ASKING_PATHS: tuple[AskingPath, ...] = (ask_on_page, ask_by_form, refuse_without_elicitation, issue_token)


async def decide(
    ctx: Context, request: GateRequest, token: str | None
) -> "GateDecision | Elicit[ConfirmAnswer]":
    """Never raises: a resolver's exception would reach the model as a bare internal error."""
    if request.blocked is not None:
        return _refused(request, request.blocked)
    if not request.needed:
        return GateDecision("proceed", request)
    runtime = runtime_of(ctx)
    if token:
        try:
            runtime.confirmations.redeem(token, request.action, request.target, request.stamp)
        except CoursewrightError as exc:
            return _refused(request, exc)
        return GateDecision("proceed", request)
    try:
        for path in ASKING_PATHS:
            asked = await path(ctx, request)
            if asked is not None:
                return asked
    except CoursewrightError as exc:
        return _refused(request, exc)
    except Exception:  # noqa: BLE001 - the model gets a readable refusal, the log the details
        logger.exception("asking for %s failed", request.action)
        return _refused(
            request,
            Refused(
                f"coursewright could not ask the user about the {request.action}.", "Try again in a moment."
            ),
        )
    return await issue_token(ctx, request)


def settle(outcome: ElicitationResult[ConfirmAnswer], request: GateRequest) -> GateDecision:
    if isinstance(outcome, AcceptedElicitation):
        data = outcome.data
        if isinstance(data, GateDecision):
            return data
        if isinstance(data, ConfirmAnswer) and data.confirm is True:
            return GateDecision("proceed", request)
        return _refused(
            request, Refused(f"The user did not confirm the {request.action}.", "Nothing was changed.")
        )
    verb = "declined" if outcome.action == "decline" else "cancelled"
    return _refused(
        request,
        Refused(
            f"The user {verb} the {request.action}, so nothing was changed.",
            "Ask the user what they want to do instead.",
        ),
    )


def preparer(action: str, target_arg: str) -> Callable[[Prepare], Prepare]:
    """Wrap a prepare resolver so it never raises: any failure becomes a refusal the model can read."""

    def decorate(fn: Prepare) -> Prepare:
        @functools.wraps(fn)
        async def wrapper(*args: Any, **kwargs: Any) -> GateRequest:
            try:
                return await fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - reported to the model through the decision
                if not isinstance(exc, CoursewrightError):
                    logger.exception("preparing %s failed", action)
                return blocked_request(action, str(kwargs.get(target_arg, "")), exc)

        return wrapper

    return decorate


def _changed(request: GateRequest) -> Refused:
    return Refused(
        f"What the {request.action} would act on changed after the user was asked, so nothing was done.",
        f"Call {request.action} again so the user is asked with the new summary.",
    )


async def _ask_again(ctx: Context, fresh: GateRequest) -> None:
    """Legacy sessions can ask mid-call: put the new summary to the user; raise unless they say yes."""
    on_page = await ask_on_page(ctx, fresh)
    if on_page is not None:
        if on_page.kind != "proceed":
            raise on_page.error or _changed(fresh)
        return
    runtime = runtime_of(ctx)
    fresh.approval = runtime.ledger.open_approval(
        fresh.action, fresh.target, fresh.stamp, ttl_s=runtime.settings.confirmation_ttl_s
    )
    intro = "This changed since you were asked. "
    message = question_text(intro + runtime.redactor.redact(fresh.summary), fresh)
    decision = settle(await ctx.elicit(message, ConfirmAnswer), fresh)
    if decision.kind != "proceed":
        raise decision.error or _changed(fresh)


async def approved(
    ctx: Context,
    answer: ElicitationResult[ConfirmAnswer],
    request: GateRequest,
    recheck: Recheck,
) -> GateRequest | ConfirmationRequired:
    """After the answer: the request to act on (checked afresh and spent), or the token to hand back.

    A refusal raises. `recheck` runs the prepare step again; the act goes ahead only when it
    finds the same stamp and summary the user said yes to.
    """
    decision = settle(answer, request)
    if decision.kind == "refused":
        raise decision.error or Refused(f"The {request.action} was not confirmed.", "Nothing was changed.")
    if decision.kind == "token_required":
        assert decision.confirmation is not None
        return decision.confirmation
    if not request.needed:
        return request
    for _ in range(MAX_ASKS):
        fresh = await recheck()
        if fresh.blocked is not None:
            raise fresh.blocked
        if not fresh.needed:
            return fresh
        if fresh.stamp == request.stamp and fresh.summary == request.summary:
            break
        if not (client_can_elicit(ctx) or client_opens_pages(ctx)) or asks_in_rounds(ctx):
            raise _changed(request)
        await _ask_again(ctx, fresh)
        request = fresh
    else:
        raise _changed(request)
    if request.approval and not runtime_of(ctx).ledger.spend_approval(request.approval):
        raise Refused(
            f"That answer was already used or has expired: one yes allows one {request.action}.",
            f"Call {request.action} again so the user is asked afresh.",
        )
    return request
