"""`coursewright export`: review first, validation against the official schemas on request, the
path printed, and a clear message when the schemas folder is not configured."""

from __future__ import annotations

from pathlib import Path

import anyio
from export_helpers import schemas_dir
from mcp_helpers import connect, reviewed_course

from coursewright.cli import main


async def _local_course(data_dir: Path) -> str:
    async with connect("auto", data_dir=data_dir) as (client, _):
        return await reviewed_course(client)


def test_validation_without_the_schemas_folder_says_which_setting_to_set(tmp_path, monkeypatch, capsys):
    course_id = anyio.run(_local_course, tmp_path)
    monkeypatch.setenv("COURSEWRIGHT_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("COURSEWRIGHT_SCHEMAS_DIR", raising=False)
    assert main(["export", course_id, "--format", "qti21", "--validate"]) == 1
    assert "COURSEWRIGHT_SCHEMAS_DIR" in capsys.readouterr().err


def test_the_cli_exports_validates_and_prints_the_path(tmp_path, monkeypatch, capsys):
    schemas = schemas_dir()
    course_id = anyio.run(_local_course, tmp_path)
    monkeypatch.setenv("COURSEWRIGHT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("COURSEWRIGHT_SCHEMAS_DIR", str(schemas))
    out = tmp_path / "here"
    out.mkdir()
    assert main(["export", course_id, "--format", "scorm12", "--out", str(out), "--validate"]) == 0
    printed = capsys.readouterr()
    path = Path(printed.out.strip().splitlines()[-1])
    assert path.parent == out and path.is_file()
    assert "valid against the official schemas" in printed.err
