"""The local provider's SQLite store: tasks, reference files, courses and their block trees.

Every operation is one `BEGIN IMMEDIATE` transaction on its own connection, so
concurrent tool calls serialise on the database and a crash leaves either the old
course or the new one, never half of an edit. Block ids are edX locators built
from the course key and a slug that never changes once given.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from coursewright.errors import Conflict, InvalidInput, NotFound
from coursewright.model import (
    COMPONENT_TYPES,
    EDX_CATEGORY,
    VALID_PARENT,
    Attachment,
    Block,
    Brief,
    Course,
    CourseStatus,
    CourseSummary,
    OutlineSection,
    Position,
    Task,
    TaskOptions,
    TaskStatus,
    join_id,
)
from coursewright.sqlite_file import SqliteFile

PROVIDER = "local"
ORG = "coursewright"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS tasks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    brief TEXT NOT NULL,
    options TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS task_files (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS courses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    task_id INTEGER UNIQUE REFERENCES tasks(id),
    number TEXT NOT NULL,
    run TEXT NOT NULL,
    title TEXT NOT NULL,
    language TEXT NOT NULL,
    status TEXT NOT NULL,
    location TEXT,
    start TEXT NOT NULL,
    end_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS blocks (
    course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    type TEXT NOT NULL,
    display_name TEXT NOT NULL,
    parent TEXT,
    position INTEGER NOT NULL,
    content TEXT,
    kind TEXT,
    PRIMARY KEY (course_id, slug)
);
CREATE INDEX IF NOT EXISTS blocks_by_parent ON blocks (course_id, parent, position);
"""
_LOCATOR = re.compile(
    r"^block-v1:(?P<org>[^+]+)\+(?P<number>[^+]+)\+(?P<run>[^+]+)\+type@(?P<category>[a-z_]+)\+block@(?P<slug>[A-Za-z0-9_-]+)$"
)
ROOT_SLUG = "course"
OUTLINE_SHAPE = (
    '[{"title": "Getting Started", "subsections": [{"title": "Setting Up", "units": '
    '[{"title": "Installing Python", "kind": "html"}, {"title": "Check Your Setup", "kind": "problem"}]}]}]'
)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


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


class LocalStore:
    """Synchronous store; the provider calls it from a worker thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._database = SqliteFile(path, _SCHEMA, foreign_keys=True)

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return self._database.connect(write=True)

    # -- tasks ---------------------------------------------------------------

    def create_task(self, brief: Brief, options: TaskOptions) -> Task:
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO tasks (name, brief, options, status, created_at) VALUES (?, ?, ?, ?, ?)",
                (
                    brief.name,
                    brief.model_dump_json(),
                    options.model_dump_json(),
                    TaskStatus.PENDING,
                    _now().isoformat(),
                ),
            )
            return self._task(db, int(cursor.lastrowid))

    def _task_row(self, db: sqlite3.Connection, task_id: int) -> sqlite3.Row | tuple:
        row = db.execute("SELECT id, name, status, brief FROM tasks WHERE id = ?", (task_id,)).fetchone()
        if row is None:
            raise NotFound(
                f"There is no local task {join_id(PROVIDER, task_id)}.",
                "Check the id with list_courses, or create the task with create_task.",
            )
        return row

    def _task(self, db: sqlite3.Connection, task_id: int) -> Task:
        _, name, status, brief_json = self._task_row(db, task_id)
        course = db.execute("SELECT id FROM courses WHERE task_id = ?", (task_id,)).fetchone()
        files = db.execute(
            "SELECT id, name, size FROM task_files WHERE task_id = ? ORDER BY id", (task_id,)
        ).fetchall()
        return Task(
            task_id=join_id(PROVIDER, task_id),
            provider=PROVIDER,
            status=TaskStatus(status),
            name=name,
            course_id=join_id(PROVIDER, course[0]) if course else None,
            has_outline=course is not None,
            files=[Attachment(file_id=join_id(PROVIDER, f[0]), name=f[1], size=f[2]) for f in files],
            model=Brief.model_validate_json(brief_json).model,
        )

    def get_task(self, task_id: int) -> Task:
        with self._transaction() as db:
            return self._task(db, task_id)

    def brief_of(self, task_id: int) -> Brief:
        with self._transaction() as db:
            return Brief.model_validate_json(self._task_row(db, task_id)[3])

    def attach_file(self, task_id: int, name: str, data: bytes, limit: int) -> Attachment:
        with self._transaction() as db:
            self._task_row(db, task_id)
            if db.execute("SELECT 1 FROM courses WHERE task_id = ?", (task_id,)).fetchone():
                raise Conflict(
                    "The task already has an outline, so reference files can no longer shape it.",
                    "Attach files before generate_outline.",
                )
            count = db.execute("SELECT COUNT(*) FROM task_files WHERE task_id = ?", (task_id,)).fetchone()[0]
            if count >= limit:
                raise InvalidInput(
                    f"The task already has {count} reference files.", f"A task takes at most {limit}."
                )
            cursor = db.execute(
                "INSERT INTO task_files (task_id, name, size, data) VALUES (?, ?, ?, ?)",
                (task_id, name, len(data), data),
            )
            return Attachment(file_id=join_id(PROVIDER, int(cursor.lastrowid)), name=name, size=len(data))

    def cancel_task(self, task_id: int) -> Task:
        with self._transaction() as db:
            _, _, status, _ = self._task_row(db, task_id)
            if TaskStatus(status).terminal:
                raise Conflict(
                    f"The task is already {status}.", "Nothing to cancel; create a new task to start over."
                )
            db.execute("UPDATE tasks SET status = ? WHERE id = ?", (TaskStatus.CANCELLED, task_id))
            return self._task(db, task_id)

    # -- courses -------------------------------------------------------------

    def _course_key(self, db: sqlite3.Connection, course_id: int) -> CourseKey:
        row = db.execute("SELECT number, run FROM courses WHERE id = ?", (course_id,)).fetchone()
        if row is None:
            raise NotFound(
                f"There is no local course {join_id(PROVIDER, course_id)}.",
                "Call list_courses to see the courses that exist.",
            )
        return CourseKey(course_id, row[0], row[1])

    def build_outline(self, task_id: int, sections: list[OutlineSection], regenerate: bool) -> int:
        """Create (or, when asked, replace) the course of a task from the agent's outline."""
        with self._transaction() as db:
            _, name, status, brief_json = self._task_row(db, task_id)
            if status == TaskStatus.CANCELLED:
                raise Conflict("The task was cancelled.", "Create a new task with create_task.")
            existing = db.execute("SELECT id FROM courses WHERE task_id = ?", (task_id,)).fetchone()
            now = _now()
            if existing and not regenerate:
                raise Conflict(
                    f"The task already has an outline (course {join_id(PROVIDER, existing[0])}).",
                    "Edit it with edit_xblock, or pass regenerate=true only if the user asked to replace it "
                    "(its content is lost).",
                )
            if existing:
                course_id = int(existing[0])
                db.execute("DELETE FROM blocks WHERE course_id = ?", (course_id,))
                db.execute(
                    "UPDATE courses SET status = ?, location = NULL, updated_at = ? WHERE id = ?",
                    (CourseStatus.OUTLINED, now.isoformat(), course_id),
                )
            else:
                language = TaskOptions.model_validate_json(
                    db.execute("SELECT options FROM tasks WHERE id = ?", (task_id,)).fetchone()[0]
                ).language
                cursor = db.execute(
                    "INSERT INTO courses (task_id, number, run, title, language, status, start, end_at, updated_at) "
                    "VALUES (?, '', ?, ?, ?, ?, ?, ?, ?)",
                    (
                        task_id,
                        str(now.year),
                        Brief.model_validate_json(brief_json).name,
                        language,
                        CourseStatus.OUTLINED,
                        now.strftime("%Y-%m-%dT00:00:00Z"),
                        (now + timedelta(days=365)).strftime("%Y-%m-%dT00:00:00Z"),
                        now.isoformat(),
                    ),
                )
                course_id = int(cursor.lastrowid)
                db.execute("UPDATE courses SET number = ? WHERE id = ?", (f"CW{course_id:03d}", course_id))
            db.execute("UPDATE tasks SET status = ? WHERE id = ?", (TaskStatus.SUCCESS, task_id))
            self._insert(db, course_id, ROOT_SLUG, "course", name, None, 0, None)
            for s_index, section in enumerate(sections):
                s_slug = self._new_slug(db, course_id, "section", section.title)
                self._insert(db, course_id, s_slug, "section", section.title, ROOT_SLUG, s_index, None)
                for q_index, subsection in enumerate(section.subsections):
                    q_slug = self._new_slug(db, course_id, "subsection", subsection.title)
                    self._insert(db, course_id, q_slug, "subsection", subsection.title, s_slug, q_index, None)
                    for u_index, unit in enumerate(subsection.units):
                        u_slug = self._new_slug(db, course_id, "unit", unit.title)
                        self._insert(
                            db, course_id, u_slug, "unit", unit.title, q_slug, u_index, None, unit.kind
                        )
            return course_id

    def _insert(
        self,
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

    def _new_slug(self, db: sqlite3.Connection, course_id: int, block_type: str, title: str) -> str:
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

    def _rows(self, db: sqlite3.Connection, course_id: int) -> dict[str, Row]:
        return {
            r[0]: Row(*r)
            for r in db.execute(
                "SELECT slug, type, display_name, parent, position, content, kind FROM blocks WHERE course_id = ?",
                (course_id,),
            )
        }

    def _slug_of(self, key: CourseKey, rows: dict[str, Row], block_id: str, role: str = "block") -> str:
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

    def _children(self, rows: dict[str, Row], parent: str) -> list[Row]:
        return sorted((r for r in rows.values() if r.parent == parent), key=lambda r: (r.position, r.slug))

    def _tree(self, key: CourseKey, rows: dict[str, Row], slug: str, include_content: bool) -> Block:
        row = rows[slug]
        return Block(
            id=key.locator(row.type, row.slug),
            type=row.type,  # type: ignore[arg-type]
            display_name=row.display_name,
            content=row.content if include_content else None,
            children=[self._tree(key, rows, c.slug, include_content) for c in self._children(rows, slug)],
        )

    def get_course(self, course_id: int, include_content: bool) -> Course:
        with self._transaction() as db:
            return self._course(db, course_id, include_content)

    def _course(self, db: sqlite3.Connection, course_id: int, include_content: bool) -> Course:
        key = self._course_key(db, course_id)
        task_id, title, status, location = db.execute(
            "SELECT task_id, title, status, location FROM courses WHERE id = ?", (course_id,)
        ).fetchone()
        rows = self._rows(db, course_id)
        return Course(
            course_id=join_id(PROVIDER, course_id),
            provider=PROVIDER,
            title=title,
            task_id=join_id(PROVIDER, task_id) if task_id is not None else None,
            status=CourseStatus(status),
            location=location,
            root=self._tree(key, rows, ROOT_SLUG, include_content),
        )

    def export_view(self, course_id: int) -> tuple[Course, dict[str, str]]:
        """The course with content, plus what the OLX writer needs (key parts, dates, language)."""
        with self._transaction() as db:
            course = self._course(db, course_id, True)
            number, run, language, start, end_at = db.execute(
                "SELECT number, run, language, start, end_at FROM courses WHERE id = ?", (course_id,)
            ).fetchone()
            brief = None
            task = db.execute(
                "SELECT brief FROM tasks WHERE id = (SELECT task_id FROM courses WHERE id = ?)", (course_id,)
            ).fetchone()
            if task:
                brief = Brief.model_validate_json(task[0])
            meta = {
                "org": ORG,
                "number": number,
                "run": run,
                "language": language,
                "start": start,
                "end": end_at,
                "description": brief.description if brief else "",
                "audience": brief.target_audience if brief else "",
            }
            return course, meta

    def list_courses(self, task_id: int | None) -> list[CourseSummary]:
        with self._transaction() as db:
            query = "SELECT id, title, task_id, status, location, updated_at FROM courses"
            rows = db.execute(
                query + (" WHERE task_id = ?" if task_id is not None else "") + " ORDER BY id",
                (task_id,) if task_id is not None else (),
            ).fetchall()
            return [
                CourseSummary(
                    course_id=join_id(PROVIDER, r[0]),
                    title=r[1],
                    task_id=join_id(PROVIDER, r[2]) if r[2] is not None else None,
                    status=CourseStatus(r[3]),
                    location=r[4],
                    updated_at=datetime.fromisoformat(r[5]),
                )
                for r in rows
            ]

    def _touch(self, db: sqlite3.Connection, course_id: int, status: CourseStatus | None = None) -> None:
        now = _now().isoformat()
        if status is None:
            # Any edit after publishing makes the archive stale: the course is a draft again.
            db.execute(
                "UPDATE courses SET updated_at = ?, status = CASE WHEN status = ? THEN ? ELSE status END WHERE id = ?",
                (now, CourseStatus.PUBLISHED, CourseStatus.DRAFTED, course_id),
            )
        else:
            db.execute("UPDATE courses SET updated_at = ?, status = ? WHERE id = ?", (now, status, course_id))

    def set_published(self, course_id: int, location: str) -> None:
        with self._transaction() as db:
            self._course_key(db, course_id)
            db.execute("UPDATE courses SET location = ? WHERE id = ?", (location, course_id))
            self._touch(db, course_id, CourseStatus.PUBLISHED)

    def delete_course(self, course_id: int) -> None:
        with self._transaction() as db:
            self._course_key(db, course_id)
            db.execute("DELETE FROM blocks WHERE course_id = ?", (course_id,))
            db.execute("DELETE FROM courses WHERE id = ?", (course_id,))

    # -- blocks --------------------------------------------------------------

    def create_block(
        self,
        course_id: int,
        parent_id: str,
        block_type: str,
        display_name: str,
        content: str | None,
        position: Position,
    ) -> str:
        with self._transaction() as db:
            key = self._course_key(db, course_id)
            rows = self._rows(db, course_id)
            parent = rows[self._slug_of(key, rows, parent_id, "parent")]
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
            siblings = self._children(rows, parent.slug)
            index = self._index(position, len(siblings))
            slug = self._new_slug(db, course_id, block_type, display_name)
            order = [s.slug for s in siblings]
            order.insert(index, slug)
            self._insert(db, course_id, slug, block_type, display_name, parent.slug, index, content)
            self._renumber(db, course_id, order)
            self._touch(db, course_id)
            return key.locator(block_type, slug)

    @staticmethod
    def _index(position: Position, count: int) -> int:
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

    def _renumber(self, db: sqlite3.Connection, course_id: int, order: list[str]) -> None:
        db.executemany(
            "UPDATE blocks SET position = ? WHERE course_id = ? AND slug = ?",
            [(i, course_id, slug) for i, slug in enumerate(order)],
        )

    def update_block(
        self, course_id: int, block_id: str, display_name: str | None, content: str | None
    ) -> None:
        if display_name is None and content is None:
            raise InvalidInput("The update has nothing to change.", "Pass display_name, content, or both.")
        if display_name is not None and not display_name.strip():
            raise InvalidInput(
                "display_name cannot be empty.", "Pass the new title, or leave display_name out."
            )
        with self._transaction() as db:
            key = self._course_key(db, course_id)
            rows = self._rows(db, course_id)
            row = rows[self._slug_of(key, rows, block_id)]
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
                    target = self._component_for(db, key, rows, row, content)
                else:
                    raise InvalidInput(
                        f"A {row.type} holds no content of its own.",
                        "Send content to a unit or to one of its html, problem or video components.",
                    )
                db.execute(
                    "UPDATE blocks SET content = ? WHERE course_id = ? AND slug = ?",
                    (content, course_id, target),
                )
            self._touch(db, course_id)

    def _component_for(
        self, db: sqlite3.Connection, key: CourseKey, rows: dict[str, Row], unit: Row, content: str
    ) -> str:
        """Content sent to a unit fills its first component of the matching kind, created if missing."""
        wanted = "problem" if content.lstrip().startswith("<problem") else "html"
        for child in self._children(rows, unit.slug):
            if child.type == wanted:
                return child.slug
        slug = self._new_slug(db, key.course_id, wanted, unit.display_name)
        order = (
            [slug] + [c.slug for c in self._children(rows, unit.slug)]
            if wanted == "html"
            else [c.slug for c in self._children(rows, unit.slug)] + [slug]
        )
        self._insert(db, key.course_id, slug, wanted, unit.display_name, unit.slug, 0, None)
        self._renumber(db, key.course_id, order)
        return slug

    def delete_block(self, course_id: int, block_id: str) -> list[str]:
        with self._transaction() as db:
            key = self._course_key(db, course_id)
            rows = self._rows(db, course_id)
            slug = self._slug_of(key, rows, block_id)
            row = rows[slug]
            if row.type == "course":
                raise InvalidInput(
                    "The course root cannot be deleted as a block.", "Use delete_course for that."
                )
            doomed: list[str] = []
            stack = [slug]
            while stack:
                current = stack.pop()
                doomed.append(current)
                stack.extend(c.slug for c in reversed(self._children(rows, current)))
            db.executemany(
                "DELETE FROM blocks WHERE course_id = ? AND slug = ?", [(course_id, s) for s in doomed]
            )
            remaining = [c.slug for c in self._children(rows, row.parent or "") if c.slug != slug]
            self._renumber(db, course_id, remaining)
            self._touch(db, course_id)
            return [key.locator(rows[s].type, s) for s in doomed]

    def reorder(self, course_id: int, parent_id: str, children: list[str]) -> None:
        with self._transaction() as db:
            key = self._course_key(db, course_id)
            rows = self._rows(db, course_id)
            parent = rows[self._slug_of(key, rows, parent_id, "parent")]
            current = [c.slug for c in self._children(rows, parent.slug)]
            given = [self._slug_of(key, rows, child) for child in children]
            duplicates = sorted({key.locator(rows[s].type, s) for s in given if given.count(s) > 1})
            if duplicates:
                raise InvalidInput(
                    f"The new order lists {', '.join(duplicates)} more than once.",
                    "List each child exactly once.",
                )
            missing = [key.locator(rows[s].type, s) for s in current if s not in given]
            if missing:
                raise InvalidInput(
                    f"The new order is missing current children of {parent_id}: {', '.join(missing)}.",
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
                if self._is_ancestor(rows, slug, parent.slug):
                    raise InvalidInput("A block cannot be moved inside itself.", "Choose another parent.")
            old_parents = {rows[s].parent for s in given if rows[s].parent != parent.slug}
            db.executemany(
                "UPDATE blocks SET parent = ? WHERE course_id = ? AND slug = ?",
                [(parent.slug, course_id, s) for s in given],
            )
            self._renumber(db, course_id, given)
            for old in old_parents:
                self._renumber(
                    db, course_id, [c.slug for c in self._children(rows, old or "") if c.slug not in given]
                )
            self._touch(db, course_id)

    @staticmethod
    def _is_ancestor(rows: dict[str, Row], slug: str, descendant: str) -> bool:
        current: str | None = descendant
        while current is not None:
            if current == slug:
                return True
            current = rows[current].parent if current in rows else None
        return False

    def reference_files(self, task_id: int) -> list[tuple[str, bytes]]:
        with self._transaction() as db:
            return [
                (r[0], r[1])
                for r in db.execute("SELECT name, data FROM task_files WHERE task_id = ?", (task_id,))
            ]
