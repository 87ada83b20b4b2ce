"""The local provider's SQLite store: tasks, reference files, courses and their block trees.

Every write is one `BEGIN IMMEDIATE` transaction on its own connection, so concurrent
edits serialise on the database and a crash leaves either the old course or the new one,
never half of an edit. Every read is one snapshot that never takes the write lock (WAL),
so readers neither wait for writers nor make them wait. The block table is read through
`blocks` and written through `edits`; a single edit reads only the rows it changes.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from datetime import datetime, timedelta
from pathlib import Path

from coursewright.errors import Conflict, InvalidInput, NotFound
from coursewright.model import (
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
from coursewright.providers.local import blocks, edits
from coursewright.providers.local.blocks import ORG, PROVIDER, ROOT_SLUG
from coursewright.sqlite_file import SqliteFile

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
OUTLINE_SHAPE = (
    '[{"title": "Getting Started", "subsections": [{"title": "Setting Up", "units": '
    '[{"title": "Installing Python", "kind": "html"}, {"title": "Check Your Setup", "kind": "problem"}]}]}]'
)


class LocalStore:
    """Synchronous store; the provider calls it from a worker thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._database = SqliteFile(path, _SCHEMA, foreign_keys=True)

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return self._database.connect(write=True)

    def _read(self) -> AbstractContextManager[sqlite3.Connection]:
        return self._database.read()

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
                    edits.now().isoformat(),
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
        with self._read() as db:
            return self._task(db, task_id)

    def brief_of(self, task_id: int) -> Brief:
        with self._read() as db:
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

    def build_outline(self, task_id: int, sections: list[OutlineSection], regenerate: bool) -> int:
        """Create (or, when asked, replace) the course of a task from the agent's outline."""
        with self._transaction() as db:
            _, name, status, brief_json = self._task_row(db, task_id)
            if status == TaskStatus.CANCELLED:
                raise Conflict("The task was cancelled.", "Create a new task with create_task.")
            existing = db.execute("SELECT id FROM courses WHERE task_id = ?", (task_id,)).fetchone()
            now = edits.now()
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
            edits.write_outline(db, course_id, name, sections)
            return course_id

    def create_imported(
        self, title: str, language: str, start: str | None, end: str | None, sections: list
    ) -> int:
        """A new course, with no task, holding an imported tree: one transaction, so a failed
        import leaves nothing behind."""
        with self._transaction() as db:
            now = edits.now()
            drafted = any(node.content for section in sections for node in section.walk())
            cursor = db.execute(
                "INSERT INTO courses (task_id, number, run, title, language, status, start, end_at, updated_at) "
                "VALUES (NULL, '', ?, ?, ?, ?, ?, ?, ?)",
                (
                    str(now.year),
                    title,
                    language,
                    CourseStatus.DRAFTED if drafted else CourseStatus.OUTLINED,
                    start or now.strftime("%Y-%m-%dT00:00:00Z"),
                    end or (now + timedelta(days=365)).strftime("%Y-%m-%dT00:00:00Z"),
                    now.isoformat(),
                ),
            )
            course_id = int(cursor.lastrowid)
            db.execute("UPDATE courses SET number = ? WHERE id = ?", (f"CW{course_id:03d}", course_id))
            edits.write_imported(db, course_id, title, sections)
            return course_id

    def get_course(self, course_id: int, include_content: bool) -> Course:
        with self._read() as db:
            return self._course(db, course_id, include_content)

    def _course(self, db: sqlite3.Connection, course_id: int, include_content: bool) -> Course:
        key = blocks.course_key(db, course_id)
        task_id, title, status, location = db.execute(
            "SELECT task_id, title, status, location FROM courses WHERE id = ?", (course_id,)
        ).fetchone()
        rows = blocks.rows(db, course_id)
        return Course(
            course_id=join_id(PROVIDER, course_id),
            provider=PROVIDER,
            title=title,
            task_id=join_id(PROVIDER, task_id) if task_id is not None else None,
            status=CourseStatus(status),
            location=location,
            root=blocks.tree(key, rows, ROOT_SLUG, include_content),
        )

    def get_part(self, course_id: int, block_id: str, role: str = "block") -> tuple[Block, str | None]:
        """One block with everything under it (no content), and its parent's id: what an edit
        needs to know, read without touching the rest of the course."""
        with self._read() as db:
            key = blocks.course_key(db, course_id)
            row = blocks.find(db, key, block_id, role)
            part = blocks.tree(key, blocks.subtree_rows(db, course_id, row.slug), row.slug, False)
            parent = blocks.row(db, course_id, row.parent) if row.parent else None
            return part, key.locator(parent.type, parent.slug) if parent else None

    def export_view(self, course_id: int) -> tuple[Course, dict[str, str]]:
        """The course with content, plus what the OLX writer needs (key parts, dates, language)."""
        with self._read() as db:
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
        with self._read() as db:
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

    def set_published(self, course_id: int, location: str) -> None:
        with self._transaction() as db:
            blocks.course_key(db, course_id)
            db.execute("UPDATE courses SET location = ? WHERE id = ?", (location, course_id))
            edits.touch(db, course_id, CourseStatus.PUBLISHED)

    def delete_course(self, course_id: int) -> None:
        with self._transaction() as db:
            blocks.course_key(db, course_id)
            db.execute("DELETE FROM blocks WHERE course_id = ?", (course_id,))
            db.execute("DELETE FROM courses WHERE id = ?", (course_id,))

    def unit_kinds(self, course_id: int) -> dict[str, str]:
        """Each unit's outline kind (html or problem) by block id."""
        with self._read() as db:
            key = blocks.course_key(db, course_id)
            return {
                key.locator("unit", row.slug): row.kind or "html"
                for row in blocks.rows(db, course_id).values()
                if row.type == "unit"
            }

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
            return edits.create_block(db, course_id, parent_id, block_type, display_name, content, position)

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
            edits.update_block(db, course_id, block_id, display_name, content)

    def delete_block(self, course_id: int, block_id: str) -> list[str]:
        with self._transaction() as db:
            return edits.delete_block(db, course_id, block_id)

    def reorder(self, course_id: int, parent_id: str, children: list[str]) -> None:
        with self._transaction() as db:
            edits.reorder(db, course_id, parent_id, children)

    def reference_files(self, task_id: int) -> list[tuple[str, bytes]]:
        with self._read() as db:
            return [
                (r[0], r[1])
                for r in db.execute("SELECT name, data FROM task_files WHERE task_id = ?", (task_id,))
            ]
