"""The Open edX block tree behind one emulated ibl.ai course: locators, parent rules, positions.

The ibl.ai API proxies every structural read and write to Open edX, so the emulator keeps the
tree the way Studio does: blocks keyed by `block-v1:` locators, each container holding an ordered
list of children, a component holding its HTML or OLX. Refusals raise `BlockRefused` with the
message the API puts in the `detail` of its `XblockResult`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html import escape

from coursewright.model import COMPONENT_TYPES, EDX_CATEGORY, VALID_PARENT

LOCATOR_PATTERN = re.compile(
    r"^block-v1:(?P<org>[^+/]+)\+(?P<number>[^+/]+)\+(?P<run>[^+/]+)"
    r"\+type@(?P<category>[a-z_]+)\+block@(?P<slug>[A-Za-z0-9_.-]+)$"
)
ROOT_SLUG = "course"
XBLOCK_TYPES = ("section", "subsection", "unit", *COMPONENT_TYPES)
#: What the tree serialisation calls the children of each container type.
CHILDREN_KEY = {"course": "sections", "section": "subsections", "subsection": "units", "unit": "components"}


class BlockRefused(Exception):
    """An xblock operation the API answers with 400 and `success: false`."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(detail)


@dataclass
class Block:
    locator: str
    block_type: str
    display_name: str
    parent: str | None
    children: list[str] = field(default_factory=list)
    content: str = ""


@dataclass(frozen=True)
class CourseKey:
    org: str
    number: str
    run: str

    @property
    def course_key(self) -> str:
        return f"course-v1:{self.org}+{self.number}+{self.run}"

    def locator(self, block_type: str, slug: str) -> str:
        return f"block-v1:{self.org}+{self.number}+{self.run}+type@{EDX_CATEGORY[block_type]}+block@{slug}"

    @property
    def root_locator(self) -> str:
        return self.locator("course", ROOT_SLUG)


def parse_course_root(locator: str) -> CourseKey | None:
    """The course key of a course-root locator, or None when `locator` is not one."""
    match = LOCATOR_PATTERN.match(locator.strip())
    if not match or match["category"] != "course" or match["slug"] != ROOT_SLUG:
        return None
    return CourseKey(match["org"], match["number"], match["run"])


class BlockTree:
    """One course's blocks. `new_slug` names new blocks (Studio uses random hex; ours is seeded)."""

    def __init__(self, key: CourseKey, display_name: str, new_slug: Callable[[], str]) -> None:
        self.key = key
        self.new_slug = new_slug
        root = Block(key.root_locator, "course", display_name, None)
        self.blocks: dict[str, Block] = {root.locator: root}

    @property
    def root(self) -> Block:
        return self.blocks[self.key.root_locator]

    def get(self, locator: str, role: str = "block") -> Block:
        block = self.blocks.get(locator.strip())
        if block is None:
            raise BlockRefused(f"The {role} {locator!r} was not found in course {self.key.course_key}.")
        return block

    def walk(self, locator: str | None = None) -> Iterator[Block]:
        """Blocks in reading order, starting with `locator` (the root by default)."""
        block = self.blocks[locator or self.key.root_locator]
        yield block
        for child in block.children:
            yield from self.walk(child)

    def of_type(self, block_type: str) -> list[Block]:
        return [block for block in self.walk() if block.block_type == block_type]

    # --- writes ---------------------------------------------------------------------------------

    def create(
        self,
        parent_locator: str,
        block_type: str,
        display_name: str,
        position: str = "last",
        content: str = "",
    ) -> Block:
        parent = self.get(parent_locator, "parent block")
        expected = VALID_PARENT[block_type]
        if parent.block_type != expected:
            raise BlockRefused(
                f"Invalid parent: a {block_type} must be created under a {expected} "
                f"(type@{EDX_CATEGORY[expected]}), but {parent_locator} is a {parent.block_type}."
            )
        index = self._index(position, len(parent.children))
        block = Block(self.key.locator(block_type, self.new_slug()), block_type, display_name, parent.locator)
        if block_type in COMPONENT_TYPES:
            block.content = content
        self.blocks[block.locator] = block
        parent.children.insert(index, block.locator)
        return block

    def update(self, locator: str, display_name: str | None, content: str | None) -> Block:
        if display_name is None and content is None:
            raise BlockRefused("Nothing to update: send display_name, content, or both.")
        block = self.get(locator)
        if content is not None and block.block_type not in COMPONENT_TYPES:
            raise BlockRefused(
                f"Content can only be set on html, problem or video components; {locator} is a {block.block_type}."
            )
        if display_name is not None:
            block.display_name = display_name
        if content is not None:
            block.content = content
        return block

    def delete(self, locator: str) -> list[str]:
        """Remove the block and everything under it; returns every removed locator."""
        block = self.get(locator)
        if block.parent is None:
            raise BlockRefused(
                "The course root cannot be deleted with delete-xblock; delete the course instead."
            )
        removed = [each.locator for each in self.walk(block.locator)]
        self.blocks[block.parent].children.remove(block.locator)
        for each in removed:
            del self.blocks[each]
        return removed

    def reorder(self, parent_locator: str, children: list[str]) -> list[str]:
        """Set the parent's children to `children`; blocks listed from elsewhere move here.

        Returns the locators that moved from another parent.
        """
        parent = self.get(parent_locator, "parent block")
        wanted = [child.strip() for child in children]
        duplicates = sorted({child for child in wanted if wanted.count(child) > 1})
        if duplicates:
            raise BlockRefused(
                f"Each child may be listed once; listed more than once: {', '.join(duplicates)}."
            )
        missing = [child for child in parent.children if child not in wanted]
        if missing:
            raise BlockRefused(
                f"All existing children must be included; missing: {', '.join(missing)}. "
                "List every current child of the parent, in the new order."
            )
        for child in wanted:
            block = self.get(child, "child block")
            if VALID_PARENT.get(block.block_type) != parent.block_type:
                raise BlockRefused(
                    f"Invalid parent: {child} is a {block.block_type} and cannot be a child of a {parent.block_type}."
                )
        moved = [child for child in wanted if self.blocks[child].parent != parent.locator]
        for child in moved:
            block = self.blocks[child]
            self.blocks[block.parent].children.remove(child)  # type: ignore[index]
            block.parent = parent.locator
        parent.children = wanted
        return moved

    @staticmethod
    def _index(position: str, count: int) -> int:
        text = position.strip().lower()
        if text == "first":
            return 0
        if text == "last":
            return count
        if text.isdigit() and 1 <= int(text) <= count + 1:
            return int(text) - 1
        raise BlockRefused(
            f"Invalid position {position!r}: use 'first', 'last' or a 1-based index from 1 to {count + 1}."
        )

    # --- reads ----------------------------------------------------------------------------------

    def serialise(self, locator: str, include_content: bool) -> dict[str, object]:
        """One block and its subtree in the sections/subsections/units/components shape."""
        block = self.blocks[locator]
        node: dict[str, object] = {
            "xblock_id": block.locator,
            "display_name": block.display_name,
            "type": block.block_type,
        }
        if block.block_type in CHILDREN_KEY:
            node[CHILDREN_KEY[block.block_type]] = [
                self.serialise(child, include_content) for child in block.children
            ]
        elif include_content:
            node["content"] = block.content
        return node


def problem_from_markdown(markdown: str, display_name: str) -> str:
    """Studio's multiple-choice markdown (`>>question<<`, `( ) wrong`, `(x) right`) as capa OLX."""
    label = ""
    choices: list[tuple[str, bool]] = []
    for line in markdown.splitlines():
        text = line.strip()
        question = re.fullmatch(r">>(.+)<<", text)
        choice = re.fullmatch(r"\((x| )\)\s*(.+)", text, flags=re.IGNORECASE)
        if question:
            label = question[1].strip()
        elif choice:
            choices.append((choice[2].strip(), choice[1].lower() == "x"))
    if not choices or not any(correct for _, correct in choices):
        raise BlockRefused(
            "The problem markdown has no choices or no correct choice: "
            "write '>>Question<<' then lines '( ) wrong' and '(x) correct'."
        )
    choice_lines = "\n".join(
        f'      <choice correct="{"true" if correct else "false"}">{escape(text)}</choice>'
        for text, correct in choices
    )
    return (
        f'<problem display_name="{escape(display_name, quote=True)}">\n'
        "  <multiplechoiceresponse>\n"
        f"    <label>{escape(label or display_name)}</label>\n"
        '    <choicegroup type="MultipleChoice">\n'
        f"{choice_lines}\n"
        "    </choicegroup>\n"
        "  </multiplechoiceresponse>\n"
        "</problem>"
    )
