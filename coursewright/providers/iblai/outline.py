"""ibl.ai: telling blocks we created from blocks that were already there. Pure functions, no I/O.

create-xblock takes no idempotency key, so a create whose answer was lost is found by
comparing the parent's children with a snapshot taken before the call: a new child of the
requested type and name is the one we made. An agent's outline is built block by block,
and a build that stopped part-way leaves a tree that is a prefix of the planned one; a
re-run with the same outline keeps that prefix and adds the rest.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from coursewright.model import Block, OutlineSection


def _same_name(left: str, right: str) -> bool:
    # The platform may trim or fold the whitespace of a display name it stores.
    return " ".join(left.split()) == " ".join(right.split())


def new_child(children: Iterable[Block], before: set[str], block_type: str, title: str) -> Block | None:
    """The first child that was not there before and has the requested type and name.

    Two same-named creates in flight under one parent at once cannot be told apart; both
    callers then get the first, which is still a block of the kind each asked for.
    """
    return next(
        (
            child
            for child in children
            if child.id not in before and child.type == block_type and _same_name(child.display_name, title)
        ),
        None,
    )


def planned_tree(outline: list[OutlineSection]) -> list[Block]:
    """The agent's outline as the sections the build should end with (ids empty: not made yet)."""
    return [
        Block(
            id="",
            type="section",
            display_name=section.title,
            children=[
                Block(
                    id="",
                    type="subsection",
                    display_name=subsection.title,
                    children=[
                        Block(id="", type="unit", display_name=unit.title) for unit in subsection.units
                    ],
                )
                for subsection in section.subsections
            ],
        )
        for section in outline
    ]


def outline_fingerprint(outline: list[OutlineSection]) -> str:
    payload = json.dumps([section.model_dump(mode="json") for section in outline], sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def is_built_prefix(existing: list[Block], planned: list[Block]) -> bool:
    """Whether the existing blocks are what a build of `planned` leaves when it stops part-way.

    At every level the existing children must be the first planned ones, same type and name
    in the same order; anything else means the tree was changed, and resuming would guess.
    """
    if len(existing) > len(planned):
        return False
    return all(
        have.type == want.type
        and _same_name(have.display_name, want.display_name)
        and is_built_prefix(have.children, want.children)
        for have, want in zip(existing, planned, strict=False)
    )


def count_units(blocks: Iterable[Block]) -> int:
    return sum(1 for block in blocks for each in block.walk() if each.type == "unit")
