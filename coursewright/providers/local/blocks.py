"""The local store's block table: edX keys and locators, rows, and the tree they make.

Block ids are edX locators built from the course key and a slug that never changes once given.
Everything here works inside a transaction the store opened: `db` is its connection.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from coursewright.errors import InvalidInput, NotFound
from coursewright.model import EDX_CATEGORY, Block, Position, join_id

PROVIDER = "local"
ORG = "coursewright"
ROOT_SLUG = "course"
_LOCATOR = re.compile(
    r"^block-v1:(?P<org>[^+]+)\+(?P<number>[^+]+)\+(?P<run>[^+]+)\+type@(?P<category>[a-z_]+)\+block@(?P<slug>[A-Za-z0-9_-]+)$"
)


def slugify(text: str, prefix: str, limit: int = 48) -> str:
    words = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower()
    return f"{prefix}_{words}"[:limit].rstrip("_") or prefix


@dataclass(frozen=True)
class CourseKey:
    course_id: int
    number: str
    run: str

    @property
    def key(self) -> str:
        return f"course-v1:{ORG}+{self.number}+{self.run}"

    def locator(self, block_type: str, slug: str) -> str:
        return f"block-v1:{ORG}+{self.number}+{self.run}+type@{EDX_CATEGORY[block_type]}+block@{slug}"


@dataclass
class Row:
    slug: str
    type: str
    display_name: str
    parent: str | None
    position: int
    content: str | None
    kind: str | None


def course_key(db: sqlite3.Connection, course_id: int) -> CourseKey:
    row = db.execute("SELECT number, run FROM courses WHERE id = ?", (course_id,)).fetchone()
    if row is None:
        raise NotFound(
            f"There is no local course {join_id(PROVIDER, course_id)}.",
            "Call list_courses to see the courses that exist.",
        )
    return CourseKey(course_id, row[0], row[1])


def rows(db: sqlite3.Connection, course_id: int) -> dict[str, Row]:
    return {
        r[0]: Row(*r)
        for r in db.execute(
            "SELECT slug, type, display_name, parent, position, content, kind FROM blocks WHERE course_id = ?",
            (course_id,),
        )
    }


def children(rows: dict[str, Row], parent: str) -> list[Row]:
    return sorted((r for r in rows.values() if r.parent == parent), key=lambda r: (r.position, r.slug))


def tree(key: CourseKey, rows: dict[str, Row], slug: str, include_content: bool) -> Block:
    row = rows[slug]
    return Block(
        id=key.locator(row.type, row.slug),
        type=row.type,  # type: ignore[arg-type]
        display_name=row.display_name,
        content=row.content if include_content else None,
        children=[tree(key, rows, c.slug, include_content) for c in children(rows, slug)],
    )


def slug_of(key: CourseKey, rows: dict[str, Row], block_id: str, role: str = "block") -> str:
    """The slug of a block id of this course, or NotFound naming the id and its role."""
    match = _LOCATOR.match(block_id.strip())
    if not match or f"{match['org']}+{match['number']}+{match['run']}" != f"{ORG}+{key.number}+{key.run}":
        raise NotFound(
            f"The {role} {block_id!r} is not in course {join_id(PROVIDER, key.course_id)}.",
            "Call get_course to see the current block ids.",
        )
    slug = match["slug"]
    row = rows.get(slug)
    if row is None or EDX_CATEGORY[row.type] != match["category"]:
        raise NotFound(
            f"The {role} {block_id!r} is not in course {join_id(PROVIDER, key.course_id)}.",
            "Call get_course to see the current block ids.",
        )
    return slug


def new_slug(db: sqlite3.Connection, course_id: int, block_type: str, title: str) -> str:
    """A slug from the title that no block of the course has yet."""
    base = slugify(title, EDX_CATEGORY[block_type])
    taken = {
        row[0]
        for row in db.execute(
            "SELECT slug FROM blocks WHERE course_id = ? AND (slug = ? OR slug LIKE ? ESCAPE '\\')",
            (course_id, base, base + "\\_%"),
        )
    }
    if base not in taken:
        return base
    n = 2
    while f"{base}_{n}" in taken:
        n += 1
    return f"{base}_{n}"


def insert(
    db: sqlite3.Connection,
    course_id: int,
    slug: str,
    block_type: str,
    display_name: str,
    parent: str | None,
    position: int,
    content: str | None,
    kind: str | None = None,
) -> None:
    db.execute(
        "INSERT INTO blocks (course_id, slug, type, display_name, parent, position, content, kind) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (course_id, slug, block_type, display_name, parent, position, content, kind),
    )


def renumber(db: sqlite3.Connection, course_id: int, order: list[str]) -> None:
    db.executemany(
        "UPDATE blocks SET position = ? WHERE course_id = ? AND slug = ?",
        [(i, course_id, slug) for i, slug in enumerate(order)],
    )


def index_of(position: Position, count: int) -> int:
    """The 0-based index a position names among `count` children."""
    if position == "first":
        return 0
    if position == "last":
        return count
    if isinstance(position, int) and 1 <= position <= count + 1:
        return position - 1
    raise InvalidInput(
        f"position {position} is past the end: the parent has {count} children.",
        f"Use 'first', 'last' or an index from 1 to {count + 1}.",
    )


def is_ancestor(rows: dict[str, Row], slug: str, descendant: str) -> bool:
    current: str | None = descendant
    while current is not None:
        if current == slug:
            return True
        current = rows[current].parent if current in rows else None
    return False
