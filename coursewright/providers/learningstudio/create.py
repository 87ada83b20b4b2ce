"""LearningStudio: starting a task's generation job, at most once (each job uses a plan credit).

Creating a job is not idempotent, so each create goes through the journal: an answer lost in transit
is looked up before anything is created again, and when it cannot be found (LearningStudio lists no
jobs) the provider refuses to guess rather than spend a second credit.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial

import anyio

from coursewright.errors import Conflict, OutcomeUnknown, Unavailable
from coursewright.providers.journal import IntentState, Journal, create_once, in_thread
from coursewright.providers.learningstudio import wire
from coursewright.providers.learningstudio.courses import PROVIDER, Courses
from coursewright.providers.learningstudio.hooks import HOOK_PREFIX, Inbox, callback_token
from coursewright.providers.learningstudio.tasks import JobRow

CREATE_JOB = "create_job"


def _job_key(task: int, ordinal: int) -> str:
    """The journal key of a task's n-th course: the first job, then one more per regeneration."""
    return f"task-{task}/job-{ordinal}"


@dataclass(frozen=True)
class Callbacks:
    """Where LearningStudio's webhooks reach this server (team mode), and the inbox they land in."""

    base_url: str
    secret: bytes
    inbox: Inbox

    def url(self, token: str) -> str:
        return f"{self.base_url.rstrip('/')}{HOOK_PREFIX}{token}"


class Creator:
    def __init__(
        self,
        courses: Courses,
        journal: Journal,
        sleep: Callable[[float], Awaitable[None]],
        callbacks: Callbacks | None = None,
    ) -> None:
        self.courses = courses
        self.journal = journal
        self.sleep = sleep
        self.callbacks = callbacks
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
            token = None
            if self.callbacks is not None:
                token = callback_token(self.callbacks.secret, key)
                await in_thread(self.callbacks.inbox.expect, token, key)
                body = {**body, "callbackUrl": self.callbacks.url(token)}

            issued_now: list[str] = []

            async def create() -> str:
                if token is not None and self.callbacks is not None:
                    await in_thread(self.callbacks.inbox.sent, token)
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
                    partial(self._reported_job, token),
                    settle_s=0.0,
                    sleep=self.sleep,
                )
            except OutcomeUnknown:
                raise await self._lost(number, body["subject"], token) from None
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

    async def _reported_job(self, token: str | None) -> str | None:
        """The look-up `create_once` asks for. LearningStudio lists no jobs: only its webhook can name a
        job whose answer was lost. Saying "not found" lets the create be sent again, so it is said only
        when the webhook's silence proves it: past the deadline, with a receiver listening throughout."""
        if token is not None and self.callbacks is not None:
            inbox = self.callbacks.inbox
            job_id = await in_thread(inbox.job_for, token)
            if job_id is not None:
                await self.courses.fetch(job_id)  # 404 for a job of another account: never adopted
                return job_id
            if await in_thread(inbox.never_started, token):
                return None
        raise OutcomeUnknown("LearningStudio has not reported the job.", "Wait for its webhook.")

    async def _lost(self, number: int, subject: str, token: str | None) -> OutcomeUnknown:
        what = (
            f"LearningStudio may have started generating the course for task learningstudio:{number}, but its "
            "answer was lost, so nothing was sent again (a second job would use a second plan credit)."
        )
        adopt = (
            f"If the LearningStudio dashboard shows a new course on '{subject}', pass its job id as "
            f"generate_outline(task_id='learningstudio:{number}', adopt_job_id=...) so the task adopts it; only if "
            "there is none, call generate_outline again with regenerate=true."
        )
        if token is None or self.callbacks is None:
            return OutcomeUnknown(f"{what} LearningStudio offers no way to look a job up.", adopt)
        if await in_thread(self.callbacks.inbox.overdue, token):
            return OutcomeUnknown(
                f"{what} LearningStudio reports every finished job by webhook, and none came for this one; the "
                "server restarted meanwhile, so the webhook may have been missed.",
                adopt,
            )
        return OutcomeUnknown(
            f"{what} LearningStudio reports the job by webhook when it finishes (1-2 minutes).",
            "Call generate_outline again with the same arguments in 2 minutes: it adopts the job once "
            "LearningStudio has reported it, or sends the request again only once 15 minutes passed with no "
            "report (the job never started), so it never pays twice.",
        )

    async def adopt(self, number: int, job_id: str) -> JobRow:
        """A job the user found on the dashboard becomes the task's course; nothing is created."""
        job_id = job_id.strip()
        await self.courses.fetch(job_id)  # NotFound when this account has no such job
        async with self._lock:
            owner = await in_thread(self.courses.tasks.job, job_id)
            if owner is not None and owner.task != number:
                raise Conflict(
                    f"Job {job_id} is already the course of task learningstudio:{owner.task}.",
                    "Pass the job id of the course made for this task, as shown on the LearningStudio dashboard.",
                )
            jobs = await in_thread(self.courses.tasks.jobs, number)
            key = _job_key(number, len(jobs) + (owner is None))
            latest = await in_thread(self.journal.find, PROVIDER, CREATE_JOB, key)
            if latest is not None and not latest.settled:
                await in_thread(self.journal.mark_done, latest, job_id)
            return await in_thread(self.courses.tasks.add_job, job_id, number, None, False)
