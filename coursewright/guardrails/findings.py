"""What a review reports: findings, each with the block to fix and how, and the stamp they are bound to."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Severity = Literal["blocking", "warning"]


class Finding(BaseModel):
    severity: Severity
    block_id: str | None = Field(default=None, description="The block to fix; empty for the whole course.")
    code: str = Field(description="Stable name of the check, e.g. empty_unit.")
    problem: str
    fix: str


class ReviewReport(BaseModel):
    ok: bool = Field(description="True when nothing blocks publishing.")
    blocking: list[Finding] = Field(default_factory=list)
    warnings: list[Finding] = Field(default_factory=list)
    stamp: str = Field(
        description="Digest of the content reviewed; publish needs a review of the current stamp."
    )
    counts: dict[str, int] = Field(default_factory=dict)
    next_step: str = ""
