"""What the tuned case files written per rule family share: one defect kind each, and look-alikes."""

from __future__ import annotations

from collections.abc import Callable

from corpus.review_bases import BASES
from corpus.review_model import Case, Unit


def defects_of(kind: str) -> Callable[..., Case]:
    """A maker of tuned cases that should raise `kind` (chatter, placeholder...)."""

    def defect(name: str, base: str, *units: Unit) -> Case:
        return Case(name, BASES[base], tuple(units), frozenset({kind}))

    return defect


def fine(name: str, base: str, *units: Unit) -> Case:
    """A tuned look-alike that must pass."""
    return Case(name, BASES[base], tuple(units), frozenset(), kind="tricky")
