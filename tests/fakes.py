"""A scriptable remote-like provider for tool-layer tests: chosen readiness, failures and leaks."""

from __future__ import annotations

from collections.abc import Callable

from coursewright.errors import CoursewrightError, Unavailable
from coursewright.model import (
    Block,
    Course,
    CourseSummary,
    DraftResult,
    PublishResult,
    ReadyState,
    StudentProgress,
    Task,
    TaskStatus,
    UnitProgress,
)
from coursewright.providers.base import Capabilities, Provider


def small_course(course_id: str, title: str) -> Course:
    unit = Block(
        id="u1",
        type="unit",
        display_name="Unit one",
        children=[Block(id="h1", type="html", display_name="Text", content="<p>Body text for the unit.</p>")],
    )
    sub = Block(id="ss1", type="subsection", display_name="Part", children=[unit])
    section = Block(id="s1", type="section", display_name="Start", children=[sub])
    root = Block(id="root", type="course", display_name=title, children=[section])
    return Course(course_id=course_id, provider="iblai", title=title, task_id="iblai:1", root=root)


class FakeProvider(Provider):
    """Routes as `iblai` so qualified ids look remote; every answer can be scripted."""

    name = "iblai"
    capabilities = Capabilities(
        separate_outline=True,
        agent_outline=True,
        edit_structure=True,
        draft_all=True,
        draft_units=True,
        pipeline=True,
        reference_files=True,
        student_progress=True,
        delete_course=True,
        publish_means="sync the course to Open edX",
        cost_signal="model choice",
    )

    def __init__(self, *, title: str = "Fake course", failure: Exception | None = None) -> None:
        self.title = title
        self.failure = failure
        self.readiness_script: list[ReadyState] = []
        self.readiness_calls = 0
        self.pipelines_started = 0
        self.secret_hook: Callable[[str], None] | None = None
        self.learned_secret: str | None = None

    def set_secret_hook(self, hook: Callable[[str], None]) -> None:
        self.secret_hook = hook
        if self.learned_secret:
            hook(self.learned_secret)

    def _maybe_fail(self) -> None:
        if self.failure is not None:
            raise self.failure

    async def get_task(self, task_id: str) -> Task:
        self._maybe_fail()
        return Task(task_id=f"iblai:{task_id}", provider="iblai", status=TaskStatus.PENDING, name=self.title)

    async def get_course(self, course_id: str, include_content: bool = False) -> Course:
        self._maybe_fail()
        return small_course(f"iblai:{course_id}", self.title)

    async def list_courses(self, task_id: str | None = None) -> list[CourseSummary]:
        self._maybe_fail()
        return [CourseSummary(course_id="iblai:5", title=self.title)]

    async def draft_content(self, course_id, unit_ids, redraft, progress) -> DraftResult:
        self._maybe_fail()
        await progress(1, 2, f"drafting {self.title}")
        return DraftResult(course_id=f"iblai:{course_id}", started=True, detail=self.title)

    async def readiness(self, target_id: str, until) -> ReadyState:
        self._maybe_fail()
        self.readiness_calls += 1
        if self.readiness_script:
            return self.readiness_script.pop(0)
        return ReadyState(ready=True, status="done", detail=self.title)

    async def publish(self, course_id: str) -> PublishResult:
        self._maybe_fail()
        return PublishResult(published=True, location=f"https://lms.example/{self.title}")

    async def run_pipeline(self, task_id: str) -> Task:
        self._maybe_fail()
        self.pipelines_started += 1
        return Task(
            task_id=f"iblai:{task_id}", provider="iblai", status=TaskStatus.SCHEDULED, name=self.title
        )

    async def cancel_task(self, task_id: str) -> Task:
        self._maybe_fail()
        return Task(
            task_id=f"iblai:{task_id}", provider="iblai", status=TaskStatus.CANCELLED, name=self.title
        )

    async def delete_course(self, course_id: str) -> None:
        self._maybe_fail()

    async def student_progress(self, course_id: str, username: str) -> StudentProgress:
        self._maybe_fail()
        return StudentProgress(
            course_id=f"iblai:{course_id}",
            username=username,
            completion=0.5,
            units=[UnitProgress(unit_id="u1", display_name=self.title, completed=True)],
        )


def deep_failure(secret: str) -> list[Exception]:
    """Failures as a careless adapter might raise them, each quoting a secret."""
    return [
        Unavailable(f"The platform said: bad key {secret}.", "Try again later."),
        CoursewrightError(f"Authorization: Api-Token {secret} was refused"),
        RuntimeError(f"socket closed while sending {secret}"),
    ]
