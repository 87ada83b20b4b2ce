"""Every spend asks: what a call will bill, what its task was already approved for, and the ledger entry.

A call that bills dollars or spends plan credits asks the user with the amount and the task's
running total, unless the task's total stays within `COURSEWRIGHT_COST_CONFIRM_USD` (plan
credits always ask: they are a monthly quota, not a price). The approval is written to the
task's spend ledger before the platform is called, so the next question shows it. The
approval of `create_task` covers the task's first generation, which then does not ask again.
"""

from __future__ import annotations

from dataclasses import dataclass

from coursewright.ledger import SpendTotal
from coursewright.model import Quote
from coursewright.runtime import Runtime


@dataclass(frozen=True)
class SpendCheck:
    """What a call will spend and whether the user must approve it."""

    quote: Quote | None = None
    task_id: str | None = None
    needed: bool = False
    #: Covered by an approval given in advance (create_task approves the first generation).
    covered: bool = False
    text: str = ""
    #: Joins the act's stamp: any new spend on the task voids an earlier question or token.
    stamp: str = ""


def money(amount_usd: float, credits: int) -> str:
    parts = []
    if amount_usd > 0 or not credits:
        parts.append(f"${amount_usd:.2f}")
    if credits:
        parts.append(f"{credits} plan credit{'s' if credits != 1 else ''}")
    return " and ".join(parts)


def running_total_text(total: SpendTotal) -> str:
    if total.count == 0:
        return "Nothing has been approved for this task yet."
    return (
        f"This task has already been approved for {money(total.amount_usd, total.credits)} "
        f"({total.count} approval{'s' if total.count != 1 else ''})."
    )


def check_spend(
    runtime: Runtime, quote: Quote | None, task_id: str | None, *, first_generation: bool
) -> SpendCheck:
    if quote is None or quote.free:
        return SpendCheck()
    total = runtime.ledger.spend_total(task_id) if task_id else SpendTotal()
    cost = money(quote.amount_usd, quote.credits)
    stamp = f"{quote.amount_usd:.2f}/{quote.credits}/{total.count}/{total.amount_usd:.2f}/{total.credits}"
    covered = (
        first_generation
        and total.reserved_usd + 1e-9 >= quote.amount_usd
        and total.reserved_credits >= quote.credits
        and total.count > 0
    )
    if covered:
        return SpendCheck(
            quote=quote,
            task_id=task_id,
            covered=True,
            text=f"It costs {cost} ({quote.what}), as approved when the task was created.",
            stamp=stamp,
        )
    threshold = runtime.settings.cost_confirm_usd
    needed = quote.credits > 0 or total.amount_usd + quote.amount_usd > threshold + 1e-9
    return SpendCheck(
        quote=quote,
        task_id=task_id,
        needed=needed,
        text=f"It costs {cost} ({quote.what}). {running_total_text(total)}",
        stamp=stamp,
    )


def record(
    runtime: Runtime, check: SpendCheck, action: str, *, asked: bool, task_id: str | None = None
) -> None:
    """Write the approval to the task's ledger (or use the advance approval that covers it)."""
    quote, task = check.quote, task_id or check.task_id
    if quote is None or task is None:
        return
    if check.covered and runtime.ledger.use_reservation(task, quote.amount_usd, quote.credits):
        return
    runtime.ledger.record_spend(
        task,
        action,
        quote.amount_usd,
        quote.credits,
        quote.what,
        approved_by="user" if asked else "within COURSEWRIGHT_COST_CONFIRM_USD",
        reserved=action == "create_task",
    )
