"""A readable preview of a course for the approval page: the outline and each unit's content, sanitised."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

if TYPE_CHECKING:
    from coursewright.model import Block, Course

#: A preview stays readable and bounded however large the course is.
MAX_NODES = 400
MAX_CONTENT_CHARS = 20_000


class PreviewNode(BaseModel):
    depth: int = Field(ge=0)
    kind: str
    title: str
    #: The block's content as sanitised HTML; empty for a block without content.
    html: str = ""


class Preview(BaseModel):
    title: str
    course_id: str
    nodes: list[PreviewNode] = Field(default_factory=list)
    truncated: bool = False


def _component_html(block: Block) -> str:
    content = (block.content or "")[:MAX_CONTENT_CHARS]
    # Problem OLX passes the same allow-list: its grading tags go, its question text stays.
    from coursewright.guardrails.sanitize import sanitize_html

    return sanitize_html(content).html if content else ""


def course_preview(course: Course) -> Preview:
    preview = Preview(title=course.title, course_id=course.course_id)

    def visit(block: Block, depth: int) -> None:
        if len(preview.nodes) >= MAX_NODES:
            preview.truncated = True
            return
        # Some platforms keep a lesson's text on the unit itself: any block with content shows it.
        preview.nodes.append(
            PreviewNode(depth=depth, kind=block.type, title=block.display_name, html=_component_html(block))
        )
        for child in block.children:
            visit(child, depth + 1)

    for child in course.root.children:
        visit(child, 0)
    return preview
