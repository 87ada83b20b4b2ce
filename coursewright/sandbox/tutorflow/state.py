"""All state of one emulated TutorFlow workspace and its rules: course requests, courses, lessons, edit
tokens (their records are in `records`).

Generation is evaluated lazily: a request records when it started and when it is due; every read
(`refresh`) moves it PENDING -> PROCESSING -> COMPLETED (or FAILED) by comparing the sandbox clock
with those times. Nothing runs between requests.

Sandbox conventions (not platform facts): a prompt containing `sandbox:fail` makes the generation
fail; `rate_limit_per_minute` may be lowered or set to 0 (off) by tests. Workspaces, keys and credit
balances live in `accounts` (see `accounts`): a completed request is charged there.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from coursewright.sandbox import content
from coursewright.sandbox.core import SandboxConfig
from coursewright.sandbox.tutorflow.accounts import Accounts
from coursewright.sandbox.tutorflow.http import RateLimiter, conflict, not_found
from coursewright.sandbox.tutorflow.lessons import (
    code_for,
    duration_minutes,
    flashcards_for,
    generated_lesson_count,
    plan_course,
    problems_for,
    quizzes_for,
    slugify,
)
from coursewright.sandbox.tutorflow.pricing import COURSE_PRICE
from coursewright.sandbox.tutorflow.records import (
    COMPLETED,
    FAILED,
    PENDING,
    PROCESSING,
    Chapter,
    Course,
    CourseRequest,
    EditToken,
    Lesson,
)

EMULATOR = "tutorflow"
FAIL_MARKER = "sandbox:fail"
DEFAULT_LESSON_COUNT = 5
RATE_LIMIT_PER_MINUTE = 60
# Realistic generation time (seconds, multiplied by time_scale): about 20 s for five lessons.
QUEUE_SECONDS = 1.0
BASE_GENERATION_SECONDS = 10.0
SECONDS_PER_LESSON = 2.0
POLL_AFTER_MS = 3000
# A platform policy rather than work, so never scaled.
EDIT_TOKEN_SECONDS = 3600.0
QUIZZES_PER_EXAM = 3


class TutorflowEmulator:
    """The workspace's state and rules; tests read it through `app.state.emulator`."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.requests: dict[str, CourseRequest] = {}
        self.tokens: dict[str, EditToken] = {}
        self.idempotency: dict[tuple[str, str], tuple[str, str]] = {}
        self.generations: dict[str, int] = {}
        self.rate_limiter = RateLimiter(config.clock, RATE_LIMIT_PER_MINUTE)
        self.accounts = Accounts(config)
        self._ids = config.random_for(EMULATOR, "ids")
        self._started_clock = config.clock()
        self._started_wall = datetime.now(UTC)

    @property
    def rate_limit_per_minute(self) -> int:
        return self.rate_limiter.limit

    @rate_limit_per_minute.setter
    def rate_limit_per_minute(self, value: int) -> None:
        self.rate_limiter.limit = value

    # --- time and ids ---------------------------------------------------------------------------

    def now(self) -> float:
        return self.config.clock()

    def iso(self, moment: float) -> str:
        wall = self._started_wall + timedelta(seconds=moment - self._started_clock)
        return wall.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def new_uuid(self) -> str:
        return str(uuid.UUID(int=self._ids.getrandbits(128), version=4))

    def new_hex(self, length: int) -> str:
        return f"{self._ids.getrandbits(length * 4):0{length}x}"

    def poll_after_ms(self) -> int:
        return max(1, round(POLL_AFTER_MS * self.config.time_scale))

    # --- requests -------------------------------------------------------------------------------

    def find_replay(self, workspace: str, key: str, fingerprint: str) -> CourseRequest | None:
        """The request an idempotency key already names, or None; a different body is a conflict."""
        known = self.idempotency.get((workspace, key))
        if known is None:
            return None
        request_id, original = known
        if original != fingerprint:
            raise conflict(
                "Idempotency key was already used with a different request body. "
                "Use a new idempotencyKey for a different course request."
            )
        return self.requests[request_id]

    def require_credits(self, workspace: str, lessons: int) -> None:
        """Refuse (402) a new request the workspace cannot pay for, before anything is stored.

        Requests still generating hold their own estimate, so parallel creates cannot overdraw.
        """
        held = 0
        for record in self.requests.values():
            if record.workspace == workspace:
                self.refresh(record)
                if not record.is_terminal:
                    held += COURSE_PRICE.credits_for(record.requested_lessons)
        self.accounts.require_credits(workspace, COURSE_PRICE.credits_for(lessons), held)

    def create(
        self, workspace: str, values: dict[str, Any], key: str | None, fingerprint: str
    ) -> CourseRequest:
        requested = int(values.get("lessonCount", DEFAULT_LESSON_COUNT))
        now = self.now()
        duration = BASE_GENERATION_SECONDS + SECONDS_PER_LESSON * requested
        record = CourseRequest(
            id=self.new_uuid(),
            workspace=workspace,
            prompt=values["prompt"],
            mode=values.get("mode", "sync"),
            language=values.get("language", "en"),
            level=values.get("level"),
            subject=values.get("subject"),
            tier="default",
            has_quiz=values.get("hasQuiz", True),
            has_practice=values.get("hasPractice", True),
            title=values.get("title"),
            description=values.get("description"),
            requested_lessons=requested,
            idempotency_key=key,
            created=now,
            due=self.config.due_at(now, duration),
        )
        if record.mode == "sync":
            record.status = PROCESSING
        self.requests[record.id] = record
        if key is not None:
            self.idempotency[(workspace, key)] = (record.id, fingerprint)
        return record

    def get(self, workspace: str, request_id: str) -> CourseRequest:
        record = self.requests.get(request_id)
        if record is None or record.workspace != workspace:
            raise not_found(f"Course request {request_id} not found")
        self.refresh(record)
        return record

    def listing(self, workspace: str, status: str | None) -> list[CourseRequest]:
        records = [r for r in self.requests.values() if r.workspace == workspace]
        for record in records:
            self.refresh(record)
        chosen = [r for r in records if status is None or r.status == status]
        return sorted(chosen, key=lambda r: r.created, reverse=True)

    def refresh(self, record: CourseRequest) -> None:
        """Apply what the clock says has happened to this request since it was last read."""
        if record.is_terminal:
            return
        # The tolerance keeps work whose due time equals the clock (up to float rounding) done.
        now = self.now() + 1e-9
        if now >= record.due:
            self.finish(record)
        elif record.status == PENDING and now >= self.config.due_at(record.created, QUEUE_SECONDS):
            record.status = PROCESSING

    def finish(self, record: CourseRequest) -> None:
        """Complete (or fail) the generation, stamped with its due time."""
        if record.is_terminal:
            return
        record.completed = record.due
        if FAIL_MARKER in record.prompt:
            record.status = FAILED
            return
        record.course = self._generate(record)
        record.billed_lessons = len(record.course.lessons)
        record.status = COMPLETED
        self.accounts.charge(record.workspace, COURSE_PRICE.credits_for(record.billed_lessons))
        self.mint_token(record, record.due)

    def _generate(self, record: CourseRequest) -> Course:
        seed = self.config.seed
        count = generated_lesson_count(seed, record.prompt, record.requested_lessons)
        plan = plan_course(
            seed,
            record.prompt,
            subject=record.subject,
            title=record.title,
            description=record.description,
            lesson_count=count,
            has_quiz=record.has_quiz,
            has_practice=record.has_practice,
        )
        chapters = [
            Chapter(slug, title, slug, number)
            for number, title in enumerate(plan.chapters, start=1)
            for slug in [slugify(title, f"{record.id}:chapter:{number}")]
        ]
        course = Course(
            id=self.new_uuid(),
            title=plan.title,
            description=plan.description,
            slug=slugify(plan.title, f"{record.id}:course"),
            language=record.language,
            level=record.level,
            share_token=self.new_hex(40),
            chapters=chapters,
            lessons=[],
            category=plan.category,
        )
        for sequence, planned in enumerate(plan.lessons, start=1):
            lesson = Lesson(
                id=self.new_uuid(),
                chapter_id=chapters[planned.chapter_index].id,
                title=planned.title,
                type=planned.type,
                sequence=sequence,
                slug=slugify(planned.title, f"{record.id}:lesson:{sequence}"),
                description=f"{planned.title} in {plan.title}.",
            )
            self.fill_lesson(course, lesson)
            course.lessons.append(lesson)
        return course

    def fill_lesson(self, course: Course, lesson: Lesson, quiz_count: int | None = None) -> None:
        """Generate a lesson's lecture, code, quizzes, problems and metadata (defects as configured)."""
        for key, value in self.generated_content(course, lesson, quiz_count).items():
            setattr(lesson, key, value)

    def regenerate(self, course: Course, lesson: Lesson) -> dict[str, Any]:
        """Fresh content for a lesson (the generate stream); each run draws its own defects."""
        runs = self.generations.get(lesson.id, 0) + 1
        self.generations[lesson.id] = runs
        return self.generated_content(course, lesson, defect_key=f"{lesson.id}:{runs}")

    def generated_content(
        self, course: Course, lesson: Lesson, quiz_count: int | None = None, defect_key: str | None = None
    ) -> dict[str, Any]:
        """A lesson's lecture, code, flashcards, quizzes, problems and metadata, defects as configured."""
        seed = self.config.seed
        defects = content.defects_for(self.config, EMULATOR, defect_key or lesson.id)
        if quiz_count is None:
            quiz_count = QUIZZES_PER_EXAM if lesson.type in ("exam", "reading-comprehension") else 0
        coding = lesson.type in ("coding-lesson", "coding-test")
        return {
            "lecture": content.unit_html(
                seed,
                course.title,
                lesson.title,
                empty="defect-empty" in defects,
                leak="defect-leak" in defects,
            ),
            "code": code_for(lesson.title, course.category) if coding else None,
            "content": flashcards_for(lesson.type, lesson.title),
            "quizzes": quizzes_for(seed, lesson.title, quiz_count, malformed="defect-problem" in defects),
            "problems": problems_for(lesson.title, course.category, lesson.type),
            "metadata": {"duration": duration_minutes(seed, lesson.title)},
        }

    # --- edit tokens ----------------------------------------------------------------------------

    def mint_token(self, record: CourseRequest, moment: float | None = None) -> EditToken:
        if record.status != COMPLETED or record.course is None:
            raise conflict(
                f"Course request {record.id} has not completed (status {record.status}). "
                "Poll GET /v1/platform/courses/:id until isTerminal is true."
            )
        issued = self.now() if moment is None else moment
        token = EditToken(self.new_hex(64), record.course.id, issued + EDIT_TOKEN_SECONDS)
        if self.config.strict and record.edit_token is not None:
            # Strict: the seed speaks of "the current edit token"; a new one revokes the old.
            self.tokens.pop(record.edit_token.value, None)
        self.tokens[token.value] = token
        record.edit_token = token
        return token

    def token_is_live(self, token: EditToken) -> bool:
        return self.now() < token.expires_at

    def request_for_course(self, course_id: str) -> CourseRequest:
        for record in self.requests.values():
            if record.course is not None and record.course.id == course_id:
                return record
        raise not_found("Course not found")

    def request_for_share(self, share_token: str) -> CourseRequest:
        for record in self.requests.values():
            if record.course is not None and record.course.share_token == share_token:
                return record
        raise not_found("Course not found")

    def slug_taken(self, slug: str, except_course: str) -> bool:
        return any(
            r.course is not None and r.course.id != except_course and r.course.slug == slug
            for r in self.requests.values()
        )


def fingerprint(values: dict[str, Any]) -> str:
    """What a create request asked for, comparable across retries (the key itself excluded)."""
    return json.dumps({k: v for k, v in values.items() if k != "idempotencyKey"}, sort_keys=True)
