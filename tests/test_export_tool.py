"""export_course through the real MCP client (both protocol eras) and `coursewright export`:
review first, a file under the data folder, validation when the schemas are configured, a remote
provider's course through the neutral model, and LearningStudio saying what it offers instead."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest
from export_helpers import schemas_dir, zip_files
from fakes import FakeProvider, small_course
from mcp_helpers import MODES, call, connect, fail, outlined_course, reviewed_course

from coursewright.config import Settings
from coursewright.model import Course
from coursewright.providers.learningstudio.adapter import LEARNINGSTUDIO_CAPABILITIES
from coursewright.server import build_server


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_a_reviewed_local_course_exports_as_a_valid_package_under_the_data_folder(mode, tmp_path):
    schemas = schemas_dir()
    async with connect(mode, data_dir=tmp_path, schemas_dir=schemas) as (client, _):
        course_id = await reviewed_course(client)
        for fmt in ("imscc", "scorm2004"):
            result = await call(client, "export_course", course_id=course_id, format=fmt)
            path = Path(result["path"])
            assert path.is_relative_to(tmp_path / "exports") and path.is_file()
            assert result["validated"] is True and result["skipped"] == []
            assert "imsmanifest.xml" in zip_files(path)


@pytest.mark.anyio
async def test_every_format_is_written_and_olx_is_the_studio_archive(tmp_path):
    async with connect("auto", data_dir=tmp_path, schemas_dir=None) as (client, _):
        course_id = await reviewed_course(client)
        paths = {}
        for fmt in ("olx", "imscc", "scorm12", "scorm2004", "qti21"):
            result = await call(client, "export_course", course_id=course_id, format=fmt)
            assert result["validated"] is False  # no COURSEWRIGHT_SCHEMAS_DIR here
            paths[fmt] = Path(result["path"])
    assert len(set(paths.values())) == 5
    with tarfile.open(paths["olx"]) as tar:
        assert "course/course.xml" in tar.getnames()


@pytest.mark.anyio
async def test_blocking_review_findings_stop_the_export_and_nothing_is_written(tmp_path):
    async with connect("auto", data_dir=tmp_path) as (client, _):
        _, course_id, _ = await outlined_course(client)  # every unit still empty
        text = await fail(client, "export_course", course_id=course_id, format="scorm12")
    assert "blocking" in text and "nothing was exported" in text
    assert not (tmp_path / "exports").exists() or not any((tmp_path / "exports").iterdir())


@pytest.mark.anyio
async def test_a_remote_providers_course_exports_through_the_neutral_model(tmp_path):
    server = build_server(
        Settings(data_dir=tmp_path), providers={"iblai": FakeProvider(title="Remote course")}
    )
    async with connect("auto", server=server) as (client, _):
        result = await call(client, "export_course", course_id="iblai:5", format="olx")
    with tarfile.open(result["path"]) as tar:
        course = tar.extractfile("course/course.xml").read().decode()
    assert 'org="coursewright"' in course and 'url_name="export"' in course


class UnreadableProvider(FakeProvider):
    """LearningStudio's reading: the API shows no course content."""

    name = "learningstudio"
    capabilities = LEARNINGSTUDIO_CAPABILITIES

    async def get_course(self, course_id: str, include_content: bool = False) -> Course:
        course = small_course(f"learningstudio:{course_id}", self.title)
        return course.model_copy(update={"provider": "learningstudio", "content_readable": False})


@pytest.mark.anyio
async def test_learningstudio_says_what_it_offers_instead(tmp_path):
    server = build_server(Settings(data_dir=tmp_path), providers={"learningstudio": UnreadableProvider()})
    async with connect("auto", server=server) as (client, _):
        text = await fail(client, "export_course", course_id="learningstudio:9", format="imscc")
    assert "does not expose the course content" in text and "SCORM" in text
