"""ibl.ai courses read as the neutral model: course records, summaries, and the structure tree.
Pure functions, no I/O.

The Course Creation API declares no schema for its structure tree and has changed shape
over versions (DB-backed sections with integer ids, then locator-centric xblocks), so the
parsers here accept every shape the reference lists: `sections/subsections/units/components`
or a generic `children` list, a locator under `xblock_id`, `locator`, `usage_key` or `id`,
a type under `type`, `category` or `block_type` (edX categories or neutral names).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from coursewright.capa import is_blank_html
from coursewright.model import NEUTRAL_TYPE, Block, CourseStatus, CourseSummary, join_id
from coursewright.providers.iblai.wire import PROVIDER, XBLOCK_TYPE, int_or_none, parse_time

#: What each container's children are called in the documented tree shape.
_CHILD_KEYS = ("sections", "subsections", "units", "components", "children", "blocks")
#: A node's type at each depth, when the node does not say (course, section, ...).
_TYPE_BY_DEPTH = ("course", "section", "subsection", "unit", "html")
#: Type names from older backends and Studio routes.
_TYPE_ALIASES = {
    "multiple_choice": "problem",
    "multiplechoice": "problem",
    "capa": "problem",
    "text": "html",
    "tutorial": "unit",
    "assessment": "unit",
    "sequence": "subsection",
}
_LOCATOR = re.compile(
    r"^block-v1:(?P<org>[^+/]+)\+(?P<number>[^+/]+)\+(?P<run>[^+/]+)\+type@(?P<category>[a-z_]+)\+block@(?P<slug>.+)$"
)


def course_number_of(data: Mapping[str, Any]) -> int | None:
    """The integer EdxCourse id in a create-course, outline or course body."""
    for key in ("course_id", "id", "course"):
        number = int_or_none(data.get(key))
        if number is not None:
            return number
    return None


def course_key(data: Mapping[str, Any]) -> str | None:
    """`course-v1:ORG+NUMBER+RUN` from a course body (its root locator, or a course key field)."""
    for key in ("course_key", "course_locator", "course_id", "xblock_id"):
        value = data.get(key)
        if not isinstance(value, str):
            continue
        if value.startswith("course-v1:"):
            return value
        match = _LOCATOR.match(value.strip())
        if match:
            return f"course-v1:{match['org']}+{match['number']}+{match['run']}"
    return None


def task_number_of(data: Mapping[str, Any]) -> int | None:
    """The task a course record belongs to (`task` is nullable: a course can lose its task)."""
    return int_or_none(data.get("task"))


def summary_from_wire(
    data: Mapping[str, Any], published: bool = False, status: CourseStatus | None = None
) -> CourseSummary:
    """`status` is what the course's outline says; without it an unpublished course's status is unknown."""
    task = task_number_of(data)
    return CourseSummary(
        course_id=join_id(PROVIDER, course_number_of(data) or ""),
        title=str(data.get("name") or data.get("display_name") or ""),
        task_id=join_id(PROVIDER, task) if task is not None else None,
        status=CourseStatus.PUBLISHED if published else status,
        location=course_key(data) if published else None,
        updated_at=parse_time(data.get("updated_at") or data.get("last_modified")),
    )


def locator_category(locator: str) -> str | None:
    """The edX category in a `block-v1:` locator (`vertical`, `html`...), or None."""
    match = _LOCATOR.match(locator.strip())
    return match["category"] if match else None


def neutral_type_of_locator(locator: str) -> str | None:
    category = locator_category(locator)
    return NEUTRAL_TYPE.get(category) if category else None


def _node_id(node: Mapping[str, Any]) -> str:
    for key in ("xblock_id", "locator", "usage_key", "block_id", "id"):
        value = node.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    for key in ("xblock_id", "id"):
        if isinstance(node.get(key), int) and not isinstance(node.get(key), bool):
            return str(node[key])
    return ""


def _node_type(node: Mapping[str, Any], node_id: str, depth: int) -> str | None:
    for key in ("type", "category", "block_type", "xblock_type"):
        value = node.get(key)
        if isinstance(value, str) and value.strip():
            word = value.strip().lower()
            word = _TYPE_ALIASES.get(word, word)
            if word in XBLOCK_TYPE or word == "course":
                return word
            if word in NEUTRAL_TYPE:
                return NEUTRAL_TYPE[word]
            # A type the API names but coursewright does not model (discussion, ORA...).
            return None
    from_locator = neutral_type_of_locator(node_id)
    if from_locator:
        return from_locator
    return _TYPE_BY_DEPTH[min(depth, len(_TYPE_BY_DEPTH) - 1)]


def _node_children(node: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    for key in _CHILD_KEYS:
        value = node.get(key)
        if isinstance(value, list):
            return [child for child in value if isinstance(child, Mapping)]
    return []


def _node_content(node: Mapping[str, Any]) -> str | None:
    for key in ("content", "data", "html"):
        value = node.get(key)
        if isinstance(value, str):
            return value
    return None


def block_from_wire(node: Mapping[str, Any], include_content: bool, depth: int = 0) -> Block | None:
    """One node of the structure tree and its subtree; None for a block type coursewright cannot show."""
    node_id = _node_id(node)
    block_type = _node_type(node, node_id, depth)
    if block_type is None:
        return None
    children = [
        child
        for child in (block_from_wire(c, include_content, depth + 1) for c in _node_children(node))
        if child is not None
    ]
    content = _node_content(node) if include_content and block_type in ("html", "problem", "video") else None
    if include_content and content is None and block_type in ("html", "problem", "video"):
        content = ""
    name = node.get("display_name") or node.get("name") or node.get("title") or ""
    return Block(
        id=node_id,
        type=block_type,  # type: ignore[arg-type]
        display_name=str(name),
        children=children,
        content=content,
    )


def root_from_wire(data: Mapping[str, Any], include_content: bool) -> Block:
    """The course root block of a full-structure (or outline) body."""
    root = block_from_wire({**data, "type": "course"}, include_content)
    assert root is not None  # a node typed "course" is always modelled
    if not root.display_name:
        root = root.model_copy(update={"display_name": str(data.get("name") or "")})
    return root


def unit_has_content(unit: Block, with_content: bool) -> bool:
    """A unit counts as drafted when it has a component with something in it.

    Without content (the light read) a component's presence is all there is to go on.
    """
    if not unit.children:
        return False
    if not with_content:
        return True
    for child in unit.children:
        if child.type == "html" and not is_blank_html(child.content):
            return True
        if child.type != "html" and (child.content or "").strip():
            return True
    return False


def course_status(root: Block, with_content: bool, published: bool) -> CourseStatus:
    if published:
        return CourseStatus.PUBLISHED
    units = [b for b in root.walk() if b.type == "unit"]
    drafted = sum(1 for unit in units if unit_has_content(unit, with_content))
    if units and drafted == len(units):
        return CourseStatus.DRAFTED
    return CourseStatus.DRAFTING if drafted else CourseStatus.OUTLINED
