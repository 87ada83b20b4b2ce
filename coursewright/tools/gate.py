"""One confirmation mechanism for every act that needs the user's yes.

Each gated tool has two resolvers: a *prepare* resolver that works out what exactly will
happen (the summary, the content stamp, or a reason to refuse before asking), and a
*confirm* resolver that depends on it and either asks the user through elicitation
(era-portable: `Elicit` becomes a server request on legacy sessions and an
`InputRequiredResult` round on 2026-07-28) or, for clients without elicitation, falls back to
a single-use token. A boolean the agent could set is never part of this.
"""

import functools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

from mcp.server.elicitation import AcceptedElicitation, ElicitationResult
from mcp.server.mcpserver import Context, Elicit
from pydantic import BaseModel, Field

from coursewright.errors import CoursewrightError, Refused
from coursewright.guardrails.confirm import ConfirmationRequired
from coursewright.tools.common import runtime_of

logger = logging.getLogger("coursewright.tools")


class ConfirmAnswer(BaseModel):
    confirm: bool = Field(description="Yes, go ahead")


@dataclass
class GateRequest:
    action: str
    target: str
    stamp: str = ""
    summary: str = ""
    needed: bool = True
    blocked: CoursewrightError | None = None
    context: dict = field(default_factory=dict)


@dataclass
class GateDecision:
    kind: Literal["proceed", "token_required", "refused"]
    request: GateRequest
    confirmation: ConfirmationRequired | None = None
    error: CoursewrightError | None = None


Prepare: TypeAlias = Callable[..., Awaitable[GateRequest]]


def client_can_elicit(ctx: Context) -> bool:
    capabilities = ctx.client_capabilities
    elicitation = capabilities.elicitation if capabilities is not None else None
    return elicitation is not None and (elicitation.form is not None or elicitation.url is None)


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


async def decide(
    ctx: Context, request: GateRequest, token: str | None
) -> "GateDecision | Elicit[ConfirmAnswer]":
    """Never raises: a resolver's exception would reach the model as a bare internal error."""
    if request.blocked is not None:
        return GateDecision("refused", request, error=request.blocked)
    if not request.needed:
        return GateDecision("proceed", request)
    runtime = runtime_of(ctx)
    if token:
        try:
            runtime.confirmations.redeem(token, request.action, request.target, request.stamp)
        except CoursewrightError as exc:
            return GateDecision("refused", request, error=exc)
        return GateDecision("proceed", request)
    # The summary quotes platform data (titles), so it leaves through the redactor too.
    summary = runtime.redactor.redact(request.summary)
    if client_can_elicit(ctx):
        return Elicit(f"{summary}\n\nDo you want to go ahead?", ConfirmAnswer)
    if runtime.settings.require_elicitation:
        return GateDecision(
            "refused",
            request,
            error=Refused(
                f"This server only accepts {request.action} when it can ask the user directly, and this client cannot.",
                "Use a client that supports MCP elicitation, or ask the administrator to unset COURSEWRIGHT_REQUIRE_ELICITATION.",
            ),
        )
    confirmation = runtime.confirmations.issue(request.action, request.target, request.stamp, summary)
    return GateDecision("token_required", request, confirmation=confirmation)


def settle(outcome: ElicitationResult[ConfirmAnswer], request: GateRequest) -> GateDecision:
    if isinstance(outcome, AcceptedElicitation):
        data = outcome.data
        if isinstance(data, GateDecision):
            return data
        if isinstance(data, ConfirmAnswer) and data.confirm:
            return GateDecision("proceed", request)
        return GateDecision(
            "refused",
            request,
            error=Refused(f"The user did not confirm the {request.action}.", "Nothing was changed."),
        )
    verb = "declined" if outcome.action == "decline" else "cancelled"
    return GateDecision(
        "refused",
        request,
        error=Refused(
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


def outcome(answer: ElicitationResult[ConfirmAnswer], request: GateRequest) -> ConfirmationRequired | None:
    """None means go ahead; a `ConfirmationRequired` is returned to the agent; a refusal raises."""
    decision = settle(answer, request)
    if decision.kind == "refused":
        raise decision.error or Refused(f"The {request.action} was not confirmed.", "Nothing was changed.")
    return decision.confirmation if decision.kind == "token_required" else None
