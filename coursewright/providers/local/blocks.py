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


_COLUMNS = "slug, type, display_name, parent, position, content, kind"


def rows(db: sqlite3.Connection, course_id: int) -> dict[str, Row]:
    """Every block of the course, by slug (one scan)."""
    return {
        r[0]: Row(*r) for r in db.execute(f"SELECT {_COLUMNS} FROM blocks WHERE course_id = ?", (course_id,))
    }


def row(db: sqlite3.Connection, course_id: int, slug: str) -> Row | None:
    found = db.execute(
        f"SELECT {_COLUMNS} FROM blocks WHERE course_id = ? AND slug = ?", (course_id, slug)
    ).fetchone()
    return Row(*found) if found else None


def children_of(db: sqlite3.Connection, course_id: int, parent: str) -> list[Row]:
    """A block's children in order, read through the (course, parent, position) index."""
    return [
        Row(*r)
        for r in db.execute(
            f"SELECT {_COLUMNS} FROM blocks WHERE course_id = ? AND parent = ? ORDER BY position, slug",
            (course_id, parent),
        )
    ]


def subtree_rows(db: sqlite3.Connection, course_id: int, slug: str) -> dict[str, Row]:
    """The block and everything under it, and nothing else of the course."""
    return {
        r[0]: Row(*r)
        for r in db.execute(
            f"""
            WITH RECURSIVE under(slug) AS (
                SELECT ? UNION ALL
                SELECT b.slug FROM blocks b JOIN under u ON b.course_id = ? AND b.parent = u.slug
            )
            SELECT {_COLUMNS} FROM blocks WHERE course_id = ? AND slug IN (SELECT slug FROM under)
            """,
            (slug, course_id, course_id),
        )
    }


def by_parent(rows: dict[str, Row]) -> dict[str | None, list[Row]]:
    """Children grouped by parent slug, each group in order: one pass over the rows."""
    groups: dict[str | None, list[Row]] = {}
    for r in rows.values():
        groups.setdefault(r.parent, []).append(r)
    for group in groups.values():
        group.sort(key=lambda r: (r.position, r.slug))
    return groups


def tree(key: CourseKey, rows: dict[str, Row], slug: str, include_content: bool) -> Block:
    """The block `slug` with everything under it, built in one pass over `rows`."""
    groups = by_parent(rows)

    def build(r: Row) -> Block:
        return Block(
            id=key.locator(r.type, r.slug),
            type=r.type,  # type: ignore[arg-type]
            display_name=r.display_name,
            content=r.content if include_content else None,
            children=[build(c) for c in groups.get(r.slug, [])],
        )

    return build(rows[slug])


def _not_in_course(key: CourseKey, block_id: str, role: str) -> NotFound:
    return NotFound(
        f"The {role} {block_id!r} is not in course {join_id(PROVIDER, key.course_id)}.",
        "Call get_course to see the current block ids.",
    )


def find(db: sqlite3.Connection, key: CourseKey, block_id: str, role: str = "block") -> Row:
    """The row of a block id of this course, or NotFound naming the id and its role."""
    match = _LOCATOR.match(block_id.strip())
    if not match or f"{match['org']}+{match['number']}+{match['run']}" != f"{ORG}+{key.number}+{key.run}":
        raise _not_in_course(key, block_id, role)
    found = row(db, key.course_id, match["slug"])
    if found is None or EDX_CATEGORY[found.type] != match["category"]:
        raise _not_in_course(key, block_id, role)
    return found


def new_slug(db: sqlite3.Connection, course_id: int, block_type: str, title: str) -> str:
    """A slug from the title that no block of the course has yet."""
    base = slugify(title, EDX_CATEGORY[block_type])
    # `base_2`, `base_3`...: the slugs between "base_" and "base`" (the character after "_"), by index.
    taken = {
        r[0]
        for r in db.execute(
            "SELECT slug FROM blocks WHERE course_id = ? AND (slug = ? OR (slug > ? AND slug < ?))",
            (course_id, base, base + "_", base + "`"),
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


def insert_many(db: sqlite3.Connection, rows: list[tuple]) -> None:
    """Rows as (course_id, slug, type, display_name, parent, position, content, kind), in one statement."""
    db.executemany(
        "INSERT INTO blocks (course_id, slug, type, display_name, parent, position, content, kind) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
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


def is_ancestor(db: sqlite3.Connection, course_id: int, slug: str, descendant: str) -> bool:
    """Whether `slug` is `descendant` or above it (a walk up the parents: at most four steps)."""
    current: str | None = descendant
    while current is not None:
        if current == slug:
            return True
        found = db.execute(
            "SELECT parent FROM blocks WHERE course_id = ? AND slug = ?", (course_id, current)
        ).fetchone()
        current = found[0] if found else None
    return False
