"""One error tree for everything coursewright can refuse or fail at.

Every error carries two sentences: what happened, and what to do next. The tool
layer turns them into the text the model reads (`model_text`), so providers and
guardrails raise these and never build user-facing strings anywhere else.
"""

from __future__ import annotations


class CoursewrightError(Exception):
    """Base of every anticipated failure: what happened, and the next step."""

    #: Whether repeating the same call later may succeed (used by the HTTP layer and the model).
    retryable: bool = False

    def __init__(self, what: str, next_step: str = "") -> None:
        self.what = what.strip()
        self.next_step = next_step.strip()
        super().__init__(self.model_text())

    def model_text(self) -> str:
        return f"{self.what} {self.next_step}".strip()


class InvalidInput(CoursewrightError):
    """The arguments cannot be used as given (bad id, bad parent, bad position...)."""


class NotFound(CoursewrightError):
    """The task, course, block or file does not exist (or belongs to someone else)."""


class Conflict(CoursewrightError):
    """The target is in a state that does not allow the operation (outline exists, task running...)."""


class NotSupported(CoursewrightError):
    """The provider cannot do this; the message names what it can do instead."""


class NotConfigured(CoursewrightError):
    """The provider is known but has no credentials or is not available yet."""


class AuthFailed(CoursewrightError):
    """The platform rejected the configured credentials."""


class Forbidden(CoursewrightError):
    """The platform refused the operation for this account (tenant, plan, quota)."""


class RateLimited(CoursewrightError):
    """The platform asked us to slow down."""

    retryable = True

    def __init__(self, what: str, next_step: str = "", retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(what, next_step)


class Unavailable(CoursewrightError):
    """The platform failed or could not be reached (5xx, timeout, dropped connection)."""

    retryable = True


class OutcomeUnknown(CoursewrightError):
    """A write may or may not have happened and could not be verified."""


class Refused(CoursewrightError):
    """A guardrail refused the act (brief not ready, review blocking, not confirmed)."""


class GenerationUnavailable(CoursewrightError):
    """No content generator is available; the agent must supply the content itself."""


def model_text(exc: BaseException) -> str:
    """The text the model sees for any exception: ours verbatim, anything else generic."""
    if isinstance(exc, CoursewrightError):
        return exc.model_text()
    return (
        "coursewright hit an internal error and did not finish this step. "
        "Check the course with get_course before retrying; the server log has the details."
    )
