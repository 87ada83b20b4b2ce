"""What an importer hands to the local store: a neutral course tree, what was left out and why.

Every component passes the same checks as an edit before it joins the tree: html through the
course sanitiser, problems through capa's checks and then the sanitiser; what fails is named
in `skipped` instead of being stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from coursewright.errors import InvalidInput

#: The most blocks one import may create.
MAX_BLOCKS = 5_000


def too_many_blocks() -> InvalidInput:
    return InvalidInput(
        f"The course has more than {MAX_BLOCKS} blocks, more than one import takes.",
        "Split it into smaller courses on its platform and import each.",
    )


class Skipped(BaseModel):
    item: str = Field(description="What was not imported.")
    reason: str


@dataclass
class Node:
    type: str
    display_name: str
    slug: str | None = None
    content: str | None = None
    children: list[Node] = field(default_factory=list)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class ImportedCourse:
    format: str
    title: str
    language: str = "en"
    start: str | None = None
    end: str | None = None
    sections: list[Node] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    sanitized: list[str] = field(default_factory=list)

    def skip(self, item: str, reason: str) -> None:
        self.skipped.append(Skipped(item=item, reason=reason))

    def block_count(self) -> int:
        return sum(1 for section in self.sections for _ in section.walk())

    def component(self, block_type: str, title: str, content: str, slug: str | None = None) -> Node | None:
        """A component whose content passed the edit checks, or None (and an entry in `skipped`)."""
        from coursewright.capa import problem_issues
        from coursewright.guardrails.sanitize import sanitize_html, sanitize_problem

        label = f"{block_type} '{title}'"
        if block_type == "problem":
            issues = problem_issues(content)
            if issues:
                self.skip(label, "its problem XML cannot be graded as capa: " + " ".join(issues))
                return None
            cleaned = sanitize_problem(content)
        elif block_type == "html":
            cleaned = sanitize_html(content)
        else:
            return Node(block_type, title, slug, content.strip())
        self.sanitized.extend(f"{label}: {what}" for what in cleaned.removed)
        return Node(block_type, title, slug, cleaned.html)

    def check_size(self) -> None:
        if self.block_count() > MAX_BLOCKS:
            raise too_many_blocks()
        if not self.sections:
            raise InvalidInput(
                "The package holds no section this server can import.",
                "Check that it is a course export (with its sections), not a library or an empty course.",
            )
