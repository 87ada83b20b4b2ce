"""The package writers on the neutral model: every manifest and QTI file they write is valid
against the official schemas (CC 1.3 QTI files checked structurally, the profile's schema not
being among them), problem types a format cannot hold are named, and the bytes are stable."""

from __future__ import annotations

import tarfile

import pytest
from export_helpers import SUPPORTED, UNSUPPORTED, demo_course, every_type_course, schemas_dir, zip_files

from coursewright.formats.export import FORMATS, export
from coursewright.formats.qti.cc12 import profile_issues
from coursewright.formats.validate import Schemas, validate_files

ZIPPED = ("imscc", "scorm12", "scorm2004", "qti21")


@pytest.fixture(scope="module")
def schemas() -> Schemas:
    return Schemas(schemas_dir())


def _checked_files(fmt: str, files: dict[str, bytes]) -> list[str]:
    """The files the validation covers: the manifest and every QTI or web-link XML file."""
    if fmt in ("scorm12", "scorm2004"):
        return ["imsmanifest.xml"]
    return [p for p in files if p.endswith(".xml")]


@pytest.mark.parametrize("fmt", ZIPPED)
@pytest.mark.parametrize("make", [demo_course, every_type_course], ids=["demo", "every-type"])
def test_every_manifest_and_qti_file_is_valid_against_the_official_schemas(fmt, make, schemas, tmp_path):
    done = export(make(), fmt, tmp_path / f"course.{fmt}.zip")
    files = zip_files(done.path)
    assert validate_files(fmt, files, schemas) == []
    checked = _checked_files(fmt, files)
    assert "imsmanifest.xml" in checked
    if fmt in ("imscc", "qti21"):
        assert len(checked) > 1, "the quizzes were written and checked"


def test_the_validation_finds_a_broken_manifest_and_a_broken_item(schemas, tmp_path):
    done = export(every_type_course(), "qti21", tmp_path / "bank.zip")
    files = zip_files(done.path)
    item = next(p for p in files if p.startswith("items/"))
    broken = dict(files)
    broken[item] = files[item].replace(b"<itemBody>", b"<itemBody><choiceInteraction/>")
    broken["imsmanifest.xml"] = files["imsmanifest.xml"].replace(b"<resources>", b"<resources><oops/>")
    found = validate_files("qti21", broken, schemas)
    assert any(p.startswith("imsmanifest.xml") for p in found)
    assert any(p.startswith(item) for p in found)


def test_the_cc_profile_check_refuses_an_item_type_outside_the_profile(tmp_path):
    files = zip_files(export(every_type_course(), "imscc", tmp_path / "c.imscc").path)
    quiz = next(data for path, data in files.items() if path.endswith("assessment_qti.xml"))
    assert profile_issues(quiz) == []
    foreign = quiz.replace(b"cc.multiple_choice.v0p1", b"cc.drag_and_drop.v0p1", 1)
    assert any("not one of the profile's item types" in issue for issue in profile_issues(foreign))


@pytest.mark.parametrize("fmt", ZIPPED)
def test_problem_types_a_format_cannot_hold_are_named_and_the_rest_are_kept(fmt, tmp_path):
    done = export(every_type_course(), fmt, tmp_path / "c.zip")
    assert sorted(s.display_name for s in done.skipped) == sorted(UNSUPPORTED)
    assert all(s.reason for s in done.skipped)
    text = b"".join(zip_files(done.path).values()).decode("utf-8", "replace")
    for title in SUPPORTED:
        assert title in text or fmt.startswith("scorm"), title
    if fmt.startswith("scorm"):
        assert text.count('class="cw-question"') == len(SUPPORTED) + 2  # + the mixed unit's two


def test_the_common_cartridge_mirrors_the_outline_and_maps_each_component(tmp_path):
    files = zip_files(export(every_type_course(), "imscc", tmp_path / "c.imscc").path)
    manifest = files["imsmanifest.xml"].decode()
    order = [
        manifest.index(t) for t in ("Every type", "Reading and quizzes", "Reading", "Beyond the formats")
    ]
    assert order == sorted(order)
    assert manifest.count('type="webcontent"') == 1
    assert manifest.count('type="imswl_xmlv1p3"') == 1
    assert manifest.count('type="imsqti_xmlv1p2/imscc_xmlv1p3/assessment"') == len(SUPPORTED) + 1
    link = next(d for p, d in files.items() if p.endswith(".xml") and b"webLink" in d)
    assert b"https://youtu.be/dQw4w9WgXcQ" in link


def test_the_qti_bank_has_an_item_per_problem_and_a_test_per_section_with_problems(tmp_path):
    files = zip_files(export(every_type_course(), "qti21", tmp_path / "q.zip").path)
    assert len([p for p in files if p.startswith("items/")]) == len(SUPPORTED) + 2
    tests = [p for p in files if p.startswith("tests/")]
    assert len(tests) == 1  # the second section holds only problems QTI cannot express
    assert files[tests[0]].count(b"assessmentItemRef") == len(SUPPORTED) + 2


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_course_gives_the_same_bytes(fmt, tmp_path):
    first = export(demo_course(), fmt, tmp_path / "a" / "out").path.read_bytes()
    second = export(demo_course(), fmt, tmp_path / "b" / "out").path.read_bytes()
    assert first == second


def test_the_olx_export_keeps_the_course_key_of_its_locators_and_fixed_times(tmp_path):
    path = export(demo_course(), "olx", tmp_path / "demo.tar.gz").path
    with tarfile.open(path) as tar:
        assert {m.mtime for m in tar.getmembers()} == {315532800}
        course = tar.extractfile("course/course.xml").read().decode()
    assert 'org="coursewright"' in course and 'course="DEMO"' in course and 'url_name="2026"' in course


def test_the_olx_export_of_any_provider_passes_olxcleaner(tmp_path):
    from olxcleaner import validate
    from olxcleaner.reporting import ErrorLevel

    for make in (demo_course, every_type_course):
        path = export(make(), "olx", tmp_path / f"{make.__name__}.tar.gz").path
        with tarfile.open(path) as tar:
            tar.extractall(tmp_path / make.__name__, filter="data")
        _, errors, _ = validate(str(tmp_path / make.__name__ / "course"), steps=8)
        assert not errors.return_error(ErrorLevel.WARNING.value), [str(e) for e in errors.errors]
