"""The one redaction layer: every outgoing text (results, errors, notifications, log lines) passes here.

Secrets are the configured keys plus anything a provider learns at run time (TutorFlow
edit tokens and preview URLs). Each is replaced by a placeholder that names no part of it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

PLACEHOLDER = "[redacted]"
#: Shorter values are too likely to occur in ordinary text to be replaced safely.
MIN_SECRET_LENGTH = 6


class Redactor:
    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._secrets: set[str] = set()
        self._lock = threading.Lock()
        for secret in secrets:
            self.add(secret)

    def add(self, secret: str | None) -> None:
        if secret and len(secret.strip()) >= MIN_SECRET_LENGTH:
            with self._lock:
                self._secrets.add(secret.strip())

    def redact(self, text: str) -> str:
        if not text:
            return text
        with self._lock:
            # Longest first, so a secret that contains another is removed whole.
            ordered = sorted(self._secrets, key=len, reverse=True)
        for secret in ordered:
            if secret in text:
                text = text.replace(secret, PLACEHOLDER)
        return text

    def redact_obj(self, value: Any) -> Any:
        """Redact every string inside a result (models, lists, dicts), returning the same shape."""
        if isinstance(value, str):
            return self.redact(value)
        if isinstance(value, BaseModel):
            data = value.model_dump(mode="python")
            cleaned = self.redact_obj(data)
            return value if cleaned == data else type(value).model_validate(cleaned)
        if isinstance(value, dict):
            return {self.redact_obj(k): self.redact_obj(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.redact_obj(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self.redact_obj(v) for v in value)
        return value


class RedactingFilter(logging.Filter):
    """Attach to a handler: the formatted message and any exception text leave redacted."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self._redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info:
            formatter = logging.Formatter()
            message = f"{message}\n{formatter.formatException(record.exc_info)}"
            record.exc_info = None
            record.exc_text = None
        if record.stack_info:
            message = f"{message}\n{record.stack_info}"
            record.stack_info = None
        record.msg = self._redactor.redact(message)
        record.args = ()
        return True
