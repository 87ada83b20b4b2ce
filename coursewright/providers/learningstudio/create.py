"""LearningStudio: starting a task's generation job, at most once (each job uses a plan credit).

Creating a job is not idempotent, so each create goes through the journal: an answer lost in transit
is looked up before anything is created again, and when it cannot be found (LearningStudio lists no
jobs) the provider refuses to guess rather than spend a second credit.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import anyio

from coursewright.errors import Conflict, OutcomeUnknown, Unavailable
from coursewright.providers.journal import IntentState, Journal, create_once, in_thread
from coursewright.providers.learningstudio import wire
from coursewright.providers.learningstudio.courses import PROVIDER, Courses
from coursewright.providers.learningstudio.tasks import JobRow

CREATE_JOB = "create_job"


async def _no_job_listing() -> str | None:
    """The look-up `create_once` asks for: LearningStudio documents no way to list jobs, so a lost
    job cannot be found, and saying "not found" would let a second job (a second credit) be made."""
    raise OutcomeUnknown("LearningStudio offers no way to list jobs.", "Check the LearningStudio dashboard.")


def _job_key(task: int, ordinal: int) -> str:
    """The journal key of a task's n-th course: the first job, then one more per regeneration."""
    return f"task-{task}/job-{ordinal}"


class Creator:
    def __init__(self, courses: Courses, journal: Journal, sleep: Callable[[float], Awaitable[None]]) -> None:
        self.courses = courses
        self.journal = journal
        self.sleep = sleep
        self._lock = anyio.Lock()

    async def create(self, number: int, chapters: list[str] | None, *, regenerate: bool) -> JobRow:
        task = await in_thread(self.courses.tasks.task, number)
        body = wire.create_job_body(task.brief, task.options, chapters)
        async with self._lock:
            jobs = await in_thread(self.courses.tasks.jobs, number)
            if jobs and not regenerate:
                state = await self.courses.fetch(jobs[-1].job_id)
                if state.status != "failed":
                    raise Conflict(
                        f"Task learningstudio:{number} already has a course (learningstudio:{jobs[-1].job_id}, "
                        f"{state.status}).",
                        "Use get_course or poll_until_ready on it; pass regenerate=true only if the user wants "
                        "a new course (it uses another plan credit).",
                    )
            key = _job_key(number, len(jobs) + 1)
            if regenerate:
                await self._give_up_doubtful(key)

            issued_now: list[str] = []

            async def create() -> str:
                payload = await self.courses.http.request_json(
                    "POST", f"{wire.API_PREFIX}/courses", kind="write", json=body, expected=(200, 201, 202)
                )
                try:
                    job_id = wire.parse_job(payload).jobId
                except Unavailable:
                    # Accepted, but without a readable job id: the job may well exist.
                    raise OutcomeUnknown("LearningStudio's answer named no job.") from None
                issued_now.append(job_id)
                return job_id

            try:
                job_id = await create_once(
                    self.journal,
                    PROVIDER,
                    CREATE_JOB,
                    key,
                    wire.fingerprint(body),
                    create,
                    _no_job_listing,
                    settle_s=0.0,
                    sleep=self.sleep,
                )
            except OutcomeUnknown:
                raise OutcomeUnknown(
                    f"LearningStudio may have started generating the course for task learningstudio:{number}, "
                    "but its answer was lost and LearningStudio offers no way to look the job up, so nothing "
                    "was sent again (a second job would use a second plan credit).",
                    f"Check the LearningStudio dashboard for a new course on '{body['subject']}'; only if there "
                    "is none, call generate_outline again with regenerate=true.",
                ) from None
            row = await in_thread(self.courses.tasks.add_job, job_id, number, chapters, job_id in issued_now)
        return row

    async def in_doubt(self, number: int) -> bool:
        """Whether the task's next job was asked for and its answer lost (it may exist unseen)."""
        jobs = await in_thread(self.courses.tasks.jobs, number)
        latest = await in_thread(self.journal.find, PROVIDER, CREATE_JOB, _job_key(number, len(jobs) + 1))
        return latest is not None and latest.state is IntentState.UNKNOWN

    async def _give_up_doubtful(self, key: str) -> None:
        """The user chose to create anew: an attempt whose outcome was lost is no longer looked up."""
        latest = await in_thread(self.journal.find, PROVIDER, CREATE_JOB, key)
        if latest is not None and latest.state is IntentState.UNKNOWN:
            await in_thread(self.journal.mark_failed, latest, "superseded by regenerate")
