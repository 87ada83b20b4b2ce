"""All state of one emulated LearningStudio server and its rules: accounts, jobs, courses, exports,
webhooks (their records are in `records`).

Jobs run lazily against `config.clock`: a job records when it was queued and how long it takes
(60-120 s, times `time_scale`); every read works out where it stands. A finished job's course
is registered, and its webhook queued, by whichever comes first: a request to the emulator, or
the webhook worker, which the served app's lifespan runs and which wakes when the next job that
has a `callbackUrl` falls due, so a callback arrives without anyone polling. In process (no
lifespan) a request sends due webhooks itself, and tests call `deliver_due_webhooks`.
"""

from __future__ import annotations

import math
import string
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import anyio

from coursewright.sandbox import keys
from coursewright.sandbox.core import SandboxConfig
from coursewright.sandbox.learningstudio.course import EMULATOR, JobRequest, build_course
from coursewright.sandbox.learningstudio.records import (
    MONTHLY_CREDITS,
    Account,
    CourseRecord,
    ExportRecord,
    Failure,
    Job,
    JobView,
)
from coursewright.sandbox.learningstudio.webhooks import (
    WEBHOOK_TIMEOUT_SECONDS,
    Delivery,
    WebhookOutbox,
    WebhookSender,
    is_loopback_url,
    post_webhook,
)

__all__ = [
    "WEBHOOK_TIMEOUT_SECONDS",
    "Delivery",
    "LearningStudioEmulator",
    "WebhookSender",
    "is_loopback_url",
    "post_webhook",
]

RATE_LIMIT_REQUESTS = 30
# A platform rule in real seconds, not work that time_scale shortens: clients pace against it.
RATE_LIMIT_WINDOW_SECONDS = 60.0
JOB_MIN_SECONDS = 60.0
JOB_MAX_SECONDS = 120.0
# How long a job waits in the queue (status "pending", progress 0) before a worker takes it.
PENDING_SECONDS = 4.0
# Generation fails while planning the outline, about a quarter of the way in.
FAILURE_AT_FRACTION = 0.25
EXPORT_SECONDS = 6.0
GENERATION_FAILED = "GENERATION_FAILED"
DEFAULT_FAILURE_MESSAGE = "Course outline could not be generated for this subject."
_JOB_ID_ALPHABET = string.ascii_letters + string.digits
_COURSE_ID_ALPHABET = string.ascii_lowercase + string.digits


@dataclass
class LearningStudioEmulator:
    """Tests read and steer it through `app.state.emulator`."""

    config: SandboxConfig
    webhook_sender: WebhookSender = post_webhook
    accounts: dict[str, Account] = field(default_factory=dict)
    jobs: dict[str, Job] = field(default_factory=dict)
    courses: dict[str, CourseRecord] = field(default_factory=dict)
    exports: dict[str, ExportRecord] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.outbox = WebhookOutbox(self.webhook_sender)
        self._ids = self.config.random_for(EMULATOR, "ids")
        self._durations = self.config.random_for(EMULATOR, "durations")
        self._requests: dict[tuple[str, str], deque[float]] = {}
        self._failures: deque[Failure] = deque()
        # Jobs not yet seen finished: settling runs on every request, so it skips the rest.
        self._open_jobs: dict[str, Job] = {}
        self._started_clock = self.config.clock()
        self._started_wall = datetime.now(UTC)
        if not self.accounts:
            self.add_account(keys.LEARNINGSTUDIO_API_KEY)
            self.add_account(keys.LEARNINGSTUDIO_UNPAID_API_KEY, paid=False)
            self.add_account(keys.LEARNINGSTUDIO_EXHAUSTED_API_KEY, credits=0)

    # --- accounts, ids, time ------------------------------------------------------------------

    def add_account(self, key: str, *, paid: bool = True, credits: int = MONTHLY_CREDITS) -> Account:
        account = Account(key, paid=paid, credits_left=credits)
        self.accounts[key] = account
        return account

    def now(self) -> float:
        return self.config.clock()

    def iso(self, moment: float) -> str:
        wall = self._started_wall + timedelta(seconds=moment - self._started_clock)
        return wall.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def _token(self, alphabet: str, length: int) -> str:
        return "".join(self._ids.choice(alphabet) for _ in range(length))

    def new_id(self, prefix: str) -> str:
        return f"{prefix}_{self._token(_COURSE_ID_ALPHABET, 10)}"

    # --- rate limit and credits ---------------------------------------------------------------

    def admit(self, key: str, endpoint: str) -> float | None:
        """Count a request against the key's per-endpoint limit; the Retry-After seconds if over it."""
        now = self.now()
        window = self._requests.setdefault((key, endpoint), deque())
        while window and window[0] <= now - RATE_LIMIT_WINDOW_SECONDS:
            window.popleft()
        if len(window) >= RATE_LIMIT_REQUESTS:
            return max(1.0, math.ceil(window[0] + RATE_LIMIT_WINDOW_SECONDS - now))
        window.append(now)
        return None

    # --- jobs ---------------------------------------------------------------------------------

    def fail_next_job(
        self, message: str = DEFAULT_FAILURE_MESSAGE, code: str | None = GENERATION_FAILED
    ) -> None:
        """Make the next queued job fail a quarter of the way through (as if the outline failed)."""
        self._failures.append(Failure(message, code, after_seconds=0.0))

    def queue_job(self, account: Account, request: JobRequest, share_base: str) -> Job:
        """Consume a credit and queue the job; its course is decided now and revealed when it is done."""
        account.credits_left -= 1
        account.credits_used += 1
        now = self.now()
        job_id = self._token(_JOB_ID_ALPHABET, 22)
        seconds = self._durations.uniform(JOB_MIN_SECONDS, JOB_MAX_SECONDS)
        course_id = f"cou_{self._token(_COURSE_ID_ALPHABET, 12)}"
        content = build_course(self.config, request, self.new_id, course_id)
        course = CourseRecord(
            course_id,
            job_id,
            account.key,
            request,
            content,
            share_url=f"{share_base}/go/{course_id}",
            created_moment=self.config.due_at(now, seconds),
        )
        failure = self._failures.popleft() if self._failures else None
        if failure is not None:
            failure.after_seconds = seconds * FAILURE_AT_FRACTION
        job = Job(job_id, account.key, request, now, seconds, course, failure)
        self.jobs[job_id] = job
        self._open_jobs[job_id] = job
        if request.callback_url:
            self.outbox.wake()  # the worker's next due time may now be sooner
        return job

    def view(self, job: Job) -> JobView:
        config = self.config
        if job.failure is not None and config.is_due(job.queued_at, job.failure.after_seconds):
            return JobView("failed", 0)
        if config.is_due(job.queued_at, job.seconds):
            return JobView("completed", 100)
        if not config.is_due(job.queued_at, PENDING_SECONDS):
            return JobView("pending", 0)
        running = config.progress(
            job.queued_at + config.scaled(PENDING_SECONDS), job.seconds - PENDING_SECONDS
        )
        return JobView("running", 1 + int(98 * running))

    def job_for(self, key: str, job_id: str) -> Job | None:
        job = self.jobs.get(job_id)
        return job if job is not None and job.key == key else None

    def course_for(self, key: str, course_id: str) -> CourseRecord | None:
        course = self.courses.get(course_id)
        return course if course is not None and course.key == key else None

    def course_json(self, course: CourseRecord) -> dict[str, object]:
        return {
            "id": course.id,
            "name": course.content.name,
            "headline": course.content.headline,
            "format": course.request.format,
            "languageId": course.request.language_id,
            "shareUrl": course.share_url,
            "createdAt": self.iso(course.created_moment),
            # Strict: the seed's course object has no content at all (modules are this emulator's own).
            **({} if self.config.strict else {"modules": [m.to_json() for m in course.content.modules]}),
        }

    def job_json(self, job: Job) -> dict[str, object]:
        view = self.view(job)
        body: dict[str, object] = {"jobId": job.id, "status": view.status, "progress": view.progress}
        body["course"] = self.course_json(job.course) if view.status == "completed" else None
        if view.status == "failed" and job.failure is not None:
            body["error"] = self._failure_json(job.failure)
        return body

    @staticmethod
    def _failure_json(failure: Failure) -> dict[str, object]:
        error: dict[str, object] = {"message": failure.message}
        if failure.code:
            error["code"] = failure.code
        return error

    def settle(self) -> None:
        """Register the courses of jobs that finished since the last look, and queue their webhooks."""
        for job in list(self._open_jobs.values()):
            status = self.view(job).status
            if status not in ("completed", "failed"):
                continue
            job.finished = True
            del self._open_jobs[job.id]
            if status == "completed":
                self.courses[job.course.id] = job.course
                payload = {"event": "course.created", "jobId": job.id, "course": self.course_json(job.course)}
            else:
                assert job.failure is not None
                payload = {
                    "event": "course.failed",
                    "jobId": job.id,
                    "error": self._failure_json(job.failure),
                }
            if job.request.callback_url:
                self.outbox.queue(job.request.callback_url, payload)

    # --- exports and webhooks -----------------------------------------------------------------

    def export(
        self, course: CourseRecord, export_format: str, base: str, callback_url: str | None
    ) -> ExportRecord:
        export_id = self._token(_JOB_ID_ALPHABET, 16)
        record = ExportRecord(
            export_id, course.id, export_format, self.now(), f"{base}/exports/{export_id}/course.zip"
        )
        self.exports[export_id] = record
        if callback_url:
            self.outbox.queue(callback_url, {"event": "course.exported", **self.export_json(record)})
        return record

    def export_json(self, record: ExportRecord) -> dict[str, object]:
        return {
            "courseId": record.course_id,
            "format": record.format,
            "downloadUrl": record.download_url,
            "shareUrl": self.courses[record.course_id].share_url,
            "exportedAt": self.iso(record.moment),
        }

    @property
    def deliveries(self) -> list[Delivery]:
        """Every webhook queued so far, sent or not, in order."""
        return self.outbox.deliveries

    def seconds_until_next_webhook(self) -> float | None:
        """Clock seconds until the next job with a `callbackUrl` finishes (0 if a webhook waits).

        None when nothing is coming: the worker then sleeps until a new job or export wakes it.
        """
        if any(not delivery.sent for delivery in self.outbox.deliveries):
            return 0.0
        # The same sums `view` compares with the clock, so a moment reported due is seen finished.
        moments = [
            self.config.due_at(job.queued_at, job.failure.after_seconds if job.failure else job.seconds)
            for job in self._open_jobs.values()
            if job.request.callback_url
        ]
        return max(0.0, min(moments) - self.now()) if moments else None

    async def deliver_due_webhooks(self) -> None:
        """Settle finished jobs, then POST every webhook not yet sent, once each, and wait for them."""
        self.settle()
        await self.outbox.send_pending()

    async def catch_up(self) -> None:
        """What every request does first: settle finished jobs so the answer reflects them.

        The running webhook worker sends their webhooks (the request does not wait on a
        receiver); without one (an app used in process, with no lifespan) the request sends them.
        """
        self.settle()
        if not self.outbox.worker_running:
            await self.outbox.send_pending()

    async def run_webhook_worker(self) -> None:
        """Send each webhook when it falls due, without waiting for a request; runs until cancelled.

        Waits in real time for the clock seconds the next job has left, so it keeps to the
        sandbox's time only with a real clock (the default); with a fake clock, tests call
        `deliver_due_webhooks` instead.
        """
        try:
            async with anyio.create_task_group() as sends:
                while True:
                    self.settle()
                    for delivery in self.outbox.take_pending():
                        # Side by side: a receiver slow to answer (up to 10 s) delays no other.
                        sends.start_soon(self.outbox.send, delivery)
                    # No await since settling, so nothing queued in between goes unseen.
                    wakeup = self.outbox.arm()
                    with anyio.move_on_after(self.seconds_until_next_webhook()):
                        await wakeup.wait()
        finally:
            self.outbox.disarm()
