"""Which files attach_reference may read: folders, links, types, sizes, counts, timing."""

import os

import pytest

from coursewright.errors import Conflict, CoursewrightError, Forbidden, InvalidInput, NotFound
from coursewright.guardrails.files import MAX_FILE_BYTES, check_reference_file, read_reference_file


@pytest.fixture
def root(tmp_path):
    folder = tmp_path / "allowed"
    folder.mkdir()
    return folder


def check(path, root, existing=0, outline=False):
    return check_reference_file(str(path), roots=[root], existing_count=existing, has_outline=outline)


def test_a_markdown_file_inside_the_allowed_folder_is_read(root):
    (root / "syllabus.md").write_text("# Week 1\nVariables\n", encoding="utf-8")
    checked = check(root / "syllabus.md", root)
    assert checked.name == "syllabus.md" and checked.media_type == "text/markdown"
    assert read_reference_file(checked).startswith(b"# Week 1")


def test_a_file_outside_the_allowed_folders_is_refused(root, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("x")
    with pytest.raises(Forbidden):
        check(outside, root)
    with pytest.raises(Forbidden):
        check(root / ".." / "secret.txt", root)


def test_a_link_inside_the_folder_pointing_outside_is_refused(root, tmp_path):
    target = tmp_path / "private.md"
    target.write_text("private")
    os.symlink(target, root / "innocent.md")
    with pytest.raises(Forbidden):
        check(root / "innocent.md", root)


def test_types_sizes_and_missing_files_are_refused_with_reasons(root):
    (root / "tool.exe").write_bytes(b"MZ")
    (root / "empty.txt").write_bytes(b"")
    (root / "folder.md").mkdir()
    with pytest.raises(InvalidInput, match="not accepted"):
        check(root / "tool.exe", root)
    with pytest.raises(InvalidInput, match="empty"):
        check(root / "empty.txt", root)
    with pytest.raises(InvalidInput, match="regular file"):
        check(root / "folder.md", root)
    with pytest.raises(NotFound):
        check(root / "nothing.pdf", root)


def test_a_file_over_twenty_megabytes_is_refused(root):
    big = root / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(InvalidInput, match="20 MB"):
        check(big, root)


def test_the_fifth_file_and_files_after_the_outline_are_refused(root):
    (root / "a.txt").write_text("a")
    with pytest.raises(InvalidInput, match="4"):
        check(root / "a.txt", root, existing=4)
    with pytest.raises(Conflict, match="outline"):
        check(root / "a.txt", root, outline=True)


def test_content_that_does_not_match_the_name_is_refused(root):
    (root / "fake.pdf").write_bytes(b"just text, not a pdf")
    checked = check(root / "fake.pdf", root)
    with pytest.raises(InvalidInput, match="does not contain"):
        read_reference_file(checked)


def test_every_refusal_says_what_to_do_next(root, tmp_path):
    outside = tmp_path / "o.md"
    outside.write_text("x")
    with pytest.raises(CoursewrightError) as caught:
        check(outside, root)
    assert caught.value.next_step
