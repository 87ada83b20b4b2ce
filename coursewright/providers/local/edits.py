"""The local store's structure writes: the outline's blocks, and creating, updating, deleting and
reordering one block. Each runs inside the store's transaction (`db`), so an edit lands whole or
not at all; any edit after publishing makes the course a draft again (`touch`).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from coursewright.errors import InvalidInput
from coursewright.model import (
    COMPONENT_TYPES,
    EDX_CATEGORY,
    VALID_PARENT,
    CourseStatus,
    OutlineSection,
    Position,
)
from coursewright.providers.local import blocks
from coursewright.providers.local.blocks import ROOT_SLUG, CourseKey, Row


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def write_outline(db: sqlite3.Connection, course_id: int, name: str, sections: list[OutlineSection]) -> None:
    """The course root and the outline's sections, subsections and units, in order; a unit that
    carries content gets its component too. The course is empty here, so slugs are kept apart in
    memory, without a look-up per block."""
    taken: set[str] = {ROOT_SLUG}

    def fresh(block_type: str, title: str) -> str:
        base = blocks.slugify(title, EDX_CATEGORY[block_type])
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}_{n}", n + 1
        taken.add(slug)
        return slug

    rows: list[tuple] = [(course_id, ROOT_SLUG, "course", name, None, 0, None, None)]
    for s_index, section in enumerate(sections):
        s_slug = fresh("section", section.title)
        rows.append((course_id, s_slug, "section", section.title, ROOT_SLUG, s_index, None, None))
        for q_index, subsection in enumerate(section.subsections):
            q_slug = fresh("subsection", subsection.title)
            rows.append((course_id, q_slug, "subsection", subsection.title, s_slug, q_index, None, None))
            for u_index, unit in enumerate(subsection.units):
                u_slug = fresh("unit", unit.title)
                rows.append((course_id, u_slug, "unit", unit.title, q_slug, u_index, None, unit.kind))
                if unit.content is not None:
                    component = component_type(unit.kind, unit.content)
                    c_slug = fresh(component, unit.title)
                    rows.append((course_id, c_slug, component, unit.title, u_slug, 0, unit.content, None))
    blocks.insert_many(db, rows)


def component_type(kind: str | None, content: str) -> str:
    """The component a unit's content fills: problem XML a problem, a video unit's URL a video, else html."""
    if content.lstrip().startswith("<problem"):
        return "problem"
    return "video" if kind == "video" else "html"


def touch(db: sqlite3.Connection, course_id: int, status: CourseStatus | None = None) -> None:
    stamp = now().isoformat()
    if status is None:
        # Any edit after publishing makes the archive stale: the course is a draft again.
        db.execute(
            "UPDATE courses SET updated_at = ?, status = CASE WHEN status = ? THEN ? ELSE status END WHERE id = ?",
            (stamp, CourseStatus.PUBLISHED, CourseStatus.DRAFTED, course_id),
        )
    else:
        db.execute("UPDATE courses SET updated_at = ?, status = ? WHERE id = ?", (stamp, status, course_id))


def create_block(
    db: sqlite3.Connection,
    course_id: int,
    parent_id: str,
    block_type: str,
    display_name: str,
    content: str | None,
    position: Position,
) -> str:
    key = blocks.course_key(db, course_id)
    parent = blocks.find(db, key, parent_id, "parent")
    expected = VALID_PARENT.get(block_type)
    if expected is None:
        raise InvalidInput(
            f"A block of type {block_type!r} cannot be created.",
            "Use section, subsection, unit, html, problem or video.",
        )
    if parent.type != expected:
        raise InvalidInput(
            f"A {block_type} must be created under a {expected}, and {parent_id} is a {parent.type}.",
            f"Pass the id of a {expected} as parent_id (see get_course).",
        )
    siblings = blocks.children_of(db, course_id, parent.slug)
    index = blocks.index_of(position, len(siblings))
    slug = blocks.new_slug(db, course_id, block_type, display_name)
    order = [s.slug for s in siblings]
    order.insert(index, slug)
    blocks.insert(db, course_id, slug, block_type, display_name, parent.slug, index, content)
    blocks.renumber(db, course_id, order)
    touch(db, course_id)
    return key.locator(block_type, slug)


def update_block(
    db: sqlite3.Connection, course_id: int, block_id: str, display_name: str | None, content: str | None
) -> None:
    key = blocks.course_key(db, course_id)
    row = blocks.find(db, key, block_id)
    if display_name is not None:
        db.execute(
            "UPDATE blocks SET display_name = ? WHERE course_id = ? AND slug = ?",
            (display_name.strip(), course_id, row.slug),
        )
        if row.type == "course":
            db.execute("UPDATE courses SET title = ? WHERE id = ?", (display_name.strip(), course_id))
    if content is not None:
        if row.type in COMPONENT_TYPES:
            target = row.slug
        elif row.type == "unit":
            target = _component_for(db, key, row, content)
        else:
            raise InvalidInput(
                f"A {row.type} holds no content of its own.",
                "Send content to a unit or to one of its html, problem or video components.",
            )
        db.execute(
            "UPDATE blocks SET content = ? WHERE course_id = ? AND slug = ?",
            (content, course_id, target),
        )
    touch(db, course_id)


def _component_for(db: sqlite3.Connection, key: CourseKey, unit: Row, content: str) -> str:
    """Content sent to a unit fills its first component of the matching kind, created if missing."""
    wanted = "problem" if content.lstrip().startswith("<problem") else "html"
    children = blocks.children_of(db, key.course_id, unit.slug)
    for child in children:
        if child.type == wanted:
            return child.slug
    slug = blocks.new_slug(db, key.course_id, wanted, unit.display_name)
    order = [slug] + [c.slug for c in children] if wanted == "html" else [c.slug for c in children] + [slug]
    blocks.insert(db, key.course_id, slug, wanted, unit.display_name, unit.slug, 0, None)
    blocks.renumber(db, key.course_id, order)
    return slug


def delete_block(db: sqlite3.Connection, course_id: int, block_id: str) -> list[str]:
    """Delete the block and everything under it; the ids removed, the block first."""
    key = blocks.course_key(db, course_id)
    row = blocks.find(db, key, block_id)
    if row.type == "course":
        raise InvalidInput("The course root cannot be deleted as a block.", "Use delete_course for that.")
    under = blocks.subtree_rows(db, course_id, row.slug)
    groups = blocks.by_parent(under)
    doomed: list[str] = []
    stack = [row.slug]
    while stack:
        current = stack.pop()
        doomed.append(current)
        stack.extend(c.slug for c in reversed(groups.get(current, [])))
    db.executemany("DELETE FROM blocks WHERE course_id = ? AND slug = ?", [(course_id, s) for s in doomed])
    remaining = [c.slug for c in blocks.children_of(db, course_id, row.parent or "")]
    blocks.renumber(db, course_id, remaining)
    touch(db, course_id)
    return [key.locator(under[s].type, s) for s in doomed]


def reorder(db: sqlite3.Connection, course_id: int, parent_id: str, children: list[str]) -> None:
    """Give the parent exactly these children in this order, moving any from other parents."""
    key = blocks.course_key(db, course_id)
    parent = blocks.find(db, key, parent_id, "parent")
    current = [c.slug for c in blocks.children_of(db, course_id, parent.slug)]
    found = [blocks.find(db, key, child) for child in children]
    rows = {r.slug: r for r in found}
    given = [r.slug for r in found]
    duplicates = sorted({key.locator(rows[s].type, s) for s in given if given.count(s) > 1})
    if duplicates:
        raise InvalidInput(
            f"The new order lists {', '.join(duplicates)} more than once.",
            "List each child exactly once.",
        )
    missing = [s for s in current if s not in rows]
    if missing:
        current_rows = {c.slug: c for c in blocks.children_of(db, course_id, parent.slug)}
        names = [key.locator(current_rows[s].type, s) for s in missing]
        raise InvalidInput(
            f"The new order is missing current children of {parent_id}: {', '.join(names)}.",
            "Pass every current child (see get_course), plus any block you want to move here.",
        )
    for slug in given:
        row = rows[slug]
        if VALID_PARENT.get(row.type) != parent.type:
            raise InvalidInput(
                f"{key.locator(row.type, slug)} is a {row.type}, which belongs under a "
                f"{VALID_PARENT.get(row.type, 'nothing')}, not under a {parent.type}.",
                "Move each block only under a parent of the type it needs.",
            )
        if blocks.is_ancestor(db, course_id, slug, parent.slug):
            raise InvalidInput("A block cannot be moved inside itself.", "Choose another parent.")
    old_parents = {rows[s].parent for s in given if rows[s].parent != parent.slug}
    db.executemany(
        "UPDATE blocks SET parent = ? WHERE course_id = ? AND slug = ?",
        [(parent.slug, course_id, s) for s in given],
    )
    blocks.renumber(db, course_id, given)
    for old in old_parents:
        blocks.renumber(db, course_id, [c.slug for c in blocks.children_of(db, course_id, old or "")])
    touch(db, course_id)


def write_imported(db: sqlite3.Connection, course_id: int, title: str, sections: list) -> None:
    """The course root and an imported tree (`formats.imported.Node`s), keeping each block's own
    slug (its OLX url_name) where it is a valid one not yet taken."""
    taken: set[str] = {ROOT_SLUG}

    def fresh(block_type: str, title: str, wanted: str | None) -> str:
        if wanted and wanted not in taken:
            taken.add(wanted)
            return wanted
        base = blocks.slugify(title, EDX_CATEGORY[block_type])
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}_{n}", n + 1
        taken.add(slug)
        return slug

    rows: list[tuple] = [(course_id, ROOT_SLUG, "course", title, None, 0, None, None)]

    def add(node, parent: str, position: int) -> None:
        slug = fresh(node.type, node.display_name, node.slug)
        kind = None
        if node.type == "unit":
            kind = "problem" if any(c.type == "problem" for c in node.children) else "html"
        rows.append((course_id, slug, node.type, node.display_name, parent, position, node.content, kind))
        for index, child in enumerate(node.children):
            add(child, slug, index)

    for index, section in enumerate(sections):
        add(section, ROOT_SLUG, index)
    blocks.insert_many(db, rows)
