"""Shared fixtures: async tests run on anyio's asyncio backend; every test gets its own data folder."""

from __future__ import annotations

import pytest


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path, monkeypatch):
    """No test reads the developer's real data folder, keys or .env file."""
    for name in (
        "IBLAI_API_KEY",
        "IBLAI_ORG",
        "IBLAI_USER_ID",
        "IBLAI_BASE_URL",
        "TUTORFLOW_API_KEY",
        "TUTORFLOW_BASE_URL",
        "LEARNINGSTUDIO_API_KEY",
        "LS_API_KEY",
        "LEARNINGSTUDIO_BASE_URL",
        "COURSEWRIGHT_LLM_BASE_URL",
        "COURSEWRIGHT_LLM_API_KEY",
        "COURSEWRIGHT_DEFAULT_PROVIDER",
        "COURSEWRIGHT_REQUIRE_ELICITATION",
        "COURSEWRIGHT_FILE_ROOTS",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COURSEWRIGHT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
