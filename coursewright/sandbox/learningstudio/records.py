"""The emulated LearningStudio server's records: accounts, jobs, the courses they build, exports.
Plain data; the rules are in `state`.
"""

from __future__ import annotations

from dataclasses import dataclass

from coursewright.sandbox.learningstudio.course import CourseContent, JobRequest

PLAN_NAME = "Pro"
MONTHLY_CREDITS = 100


@dataclass
class Account:
    key: str
    paid: bool = True
    plan: str = PLAN_NAME
    credits_left: int = MONTHLY_CREDITS
    credits_used: int = 0


@dataclass
class Failure:
    message: str
    code: str | None
    after_seconds: float


@dataclass
class CourseRecord:
    id: str
    job_id: str
    key: str
    request: JobRequest
    content: CourseContent
    share_url: str
    created_moment: float


@dataclass
class Job:
    id: str
    key: str
    request: JobRequest
    queued_at: float
    seconds: float
    course: CourseRecord
    failure: Failure | None = None
    finished: bool = False


@dataclass
class ExportRecord:
    id: str
    course_id: str
    format: str
    moment: float
    download_url: str


@dataclass
class JobView:
    status: str
    progress: int
