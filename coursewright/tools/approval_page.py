"""The first way of asking: the human-only approval page, opened through URL-mode elicitation.

Used when the client declares URL-mode elicitation on a session that can take a request in
the middle of a call (MCP 2025-11-25; the SDK's era-portable resolvers carry forms only, so
a 2026-07-28 session is asked with a form instead). The page is served by the server's own
HTTP app, or a loopback listener started on demand; the human's click is recorded against
the content stamp, and the model receives only the outcome: never the link, never a token.
"""

from __future__ import annotations

import logging
import secrets
from typing import TYPE_CHECKING

from mcp.server.mcpserver import Context
from mcp_types.version import is_version_at_least

from coursewright.errors import CoursewrightError, Refused
from coursewright.model import Brief, content_stamp
from coursewright.runtime import Runtime
from coursewright.tools.common import runtime_of

if TYPE_CHECKING:
    from coursewright.approval.preview import Preview
    from coursewright.approval.store import ApprovalRecord
    from coursewright.tools.gate import GateDecision, GateRequest

logger = logging.getLogger("coursewright.tools")

#: Gated actions whose target names a task: the page shows the brief.
TASK_ACTIONS = {"generate_outline", "run_pipeline"}
#: Gated actions whose target names a course (`edit_xblock` deletes: `<course>#<block>`); their
#: stamp starts with the course's content stamp (a spend adds its own after a '/').
COURSE_ACTIONS = {"publish", "delete_course", "editor_link", "edit_xblock", "draft_content"}


def client_opens_pages(ctx: Context) -> bool:
    """URL-mode elicitation, on a session that can send it in the middle of this call."""
    capabilities = ctx.client_capabilities
    elicitation = capabilities.elicitation if capabilities is not None else None
    if elicitation is None or elicitation.url is None:
        return False
    version = ctx.protocol_version
    if version is None or is_version_at_least(version, "2026-07-28"):
        return False
    return bool(getattr(ctx.request_context.session, "can_send_request", False))


def _origin(ctx: Context, runtime: Runtime) -> str | None:
    """The server's own HTTP app when there is one (None: the loopback listener serves the page)."""
    request = getattr(ctx.request_context, "request", None)
    base_url = getattr(request, "base_url", None)
    if base_url is None:
        return None
    return (runtime.settings.public_url or str(base_url)).rstrip("/")


async def _course_view(runtime: Runtime, request: GateRequest) -> tuple[Preview | None, str]:
    """The course as it is at the asked stamp, and its review; nothing when the target is no course."""
    # Imported here: the page's preview and the review are not needed to start the server.
    from coursewright.approval.preview import course_preview
    from coursewright.guardrails.review import review_course

    if request.action not in COURSE_ACTIONS:
        return None, ""
    course_id = request.target.split("#", 1)[0]
    platform, native = await runtime.provider_for(course_id, "course_id")
    course = await platform.get_course(native, True)
    if request.stamp and content_stamp(course) != request.stamp.split("/", 1)[0]:
        raise Refused(
            "The course changed while the approval page was being prepared, so nothing was done.",
            f"Call {request.action} again to ask the user about the current content.",
        )
    report = review_course(course, runtime.ledger.brief_for_course(course.course_id, course.task_id))
    if not course.content_readable:
        review = f"Content NOT reviewed: {course.provider}'s API does not expose it; read it there first."
    elif report.ok:
        review = f"Review clean: no blocking issue, {len(report.warnings)} warning(s)."
    else:
        review = f"Review found {len(report.blocking)} blocking issue(s): " + "; ".join(
            f.problem for f in report.blocking[:5]
        )
    return course_preview(course), review


def _brief(runtime: Runtime, request: GateRequest) -> str:
    """For acts on a task (create, regenerate, pipeline): the brief the course will be built from."""
    brief = request.context.get("brief")
    if not isinstance(brief, Brief) and request.action in TASK_ACTIONS:
        brief = runtime.ledger.brief_for_task(request.target)
    if not isinstance(brief, Brief):
        return ""
    return (
        f"{brief.name}\n\nAudience: {brief.target_audience}\n\n{brief.description}\n\n"
        f"Sections planned: {brief.desired_number_of_sections}"
    )


def _cost(request: GateRequest) -> str:
    """The amount and the task's running total, as the spend check words them."""
    spend_text = getattr(request.context.get("spend"), "text", "")
    if spend_text:
        return spend_text
    cost = request.context.get("cost")
    if isinstance(cost, int | float):
        return f"About ${cost:.2f} for this generation."
    return str(cost) if cost else ""


async def _open_and_wait(
    ctx: Context, runtime: Runtime, record: ApprovalRecord, message: str, elicitation_id: str
) -> str:
    """The page's final state, or how the client answered the request to open it."""
    try:
        opened = await ctx.elicit_url(message, record.url, elicitation_id)
    except Exception:  # noqa: BLE001 - a client that fails the URL request is asked with a form
        logger.warning("the client could not open the approval page; asking with a form instead")
        return "accept-failed"
    if opened.action != "accept":
        runtime.approvals.withdraw(record)
        return opened.action
    state = await runtime.approvals.wait(record)
    try:
        await ctx.session.send_elicit_complete(
            elicitation_id, related_request_id=ctx.request_context.request_id
        )
    except Exception:  # noqa: BLE001 - the notice only helps the client tidy its UI
        logger.info("could not tell the client the approval page was answered")
    return state


async def ask_on_page(ctx: Context, request: GateRequest) -> GateDecision | None:
    """The human's answer on the page, or None when this client or server cannot use one (ask otherwise)."""
    from coursewright.tools.gate import GateDecision

    runtime = runtime_of(ctx)
    if runtime.approvals is None or not client_opens_pages(ctx):
        return None
    # The summary quotes platform data (titles), so it leaves through the redactor too.
    summary = runtime.redactor.redact(request.summary)
    try:
        preview, review = await _course_view(runtime, request)
    except CoursewrightError as exc:
        return GateDecision("refused", request, error=exc)
    from coursewright.approval.service import Question

    question = Question(
        request.action,
        request.target,
        request.stamp,
        summary,
        review=review,
        cost=_cost(request),
        brief=_brief(runtime, request),
        preview=preview,
    )
    record = await runtime.approvals.open(question, _origin(ctx, runtime))
    if record is None:
        return None
    # The question's nonce in the shared ledger: `approved()` spends it once, after the re-check.
    request.approval = runtime.ledger.open_approval(
        request.action, request.target, request.stamp, ttl_s=runtime.settings.approval_ttl_s
    )
    elicitation_id = secrets.token_urlsafe(12)
    # Like the form's question, the message names the exact state it is about.
    stamp = f", content {request.stamp[:12]}" if request.stamp else ""
    message = (
        f"{summary}\n\nOpen the approval page to review it and approve or decline."
        f" (approval {request.approval}{stamp})"
    )
    try:
        outcome = await _open_and_wait(ctx, runtime, record, message, elicitation_id)
    finally:
        # Whatever happened (even the call being cancelled), a question no longer awaited takes no click.
        runtime.approvals.withdraw(record, "expired")
    if outcome in ("accept-failed", "decline", "cancel"):
        if outcome == "accept-failed":
            return None
        verb = "declined" if outcome == "decline" else "cancelled"
        return GateDecision(
            "refused",
            request,
            error=Refused(
                f"The user {verb} opening the approval page, so the {request.action} did not happen.",
                "Ask the user what they want to do instead.",
            ),
        )
    state = outcome
    if state == "approved":
        return GateDecision("proceed", request)
    what = {
        "declined": f"The user did not confirm the {request.action}: they declined it on the approval page, so nothing was changed.",
        "expired": f"The approval page for the {request.action} expired before the user answered, so nothing was changed.",
    }.get(state, f"The {request.action} was not approved, so nothing was changed.")
    return GateDecision(
        "refused",
        request,
        error=Refused(what, "Ask the user whether to try again, then call the tool again."),
    )
