"""Which files attach_reference may read, and that nothing outside the roots is ever read:
folders, links (also swapped in while the file is opened), hard links, types, sizes, counts."""

import io
import os
import sys
import threading
import zipfile

import pytest

from coursewright.errors import Conflict, CoursewrightError, Forbidden, InvalidInput, NotFound, NotSupported
from coursewright.guardrails import files
from coursewright.guardrails.files import MAX_FILE_BYTES, read_inside_roots, read_reference, roots_from

INSIDE = b"# Inside the root\nThe syllabus.\n"
SECRET = b"# SECRET from outside the root\n"
ATTEMPTS = 300


@pytest.fixture
def root(tmp_path):
    folder = tmp_path / "allowed"
    folder.mkdir()
    return folder


@pytest.fixture
def secret(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    target = outside / "secret.md"
    target.write_bytes(SECRET)
    return target


def read(path, root, existing=0, outline=False):
    return read_reference(str(path), roots=[root], existing_count=existing, has_outline=outline)


def office_file(main_type: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            f'<Types><Override PartName="/main.xml" ContentType="application/vnd.openxmlformats-officedocument.{main_type}"/></Types>',
        )
        archive.writestr("main.xml", "<document/>")
    return buffer.getvalue()


def test_a_markdown_file_inside_the_allowed_folder_is_read(root):
    (root / "syllabus.md").write_bytes(INSIDE)
    got = read(root / "syllabus.md", root)
    assert (got.name, got.media_type, got.data) == ("syllabus.md", "text/markdown", INSIDE)


def test_a_relative_path_is_read_from_the_roots_not_the_working_folder(root, tmp_path, monkeypatch):
    (root / "notes").mkdir()
    (root / "notes" / "week1.md").write_bytes(INSIDE)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "week1.md").write_bytes(SECRET)
    assert read("notes/week1.md", root).data == INSIDE
    with pytest.raises(NotFound):
        read("week1.md", root)
    with pytest.raises(Forbidden):
        read("../outside/secret.md", root)


def test_without_any_root_nothing_is_read_and_the_refusal_says_how_to_share_a_folder(tmp_path):
    (tmp_path / "notes.md").write_bytes(INSIDE)
    with pytest.raises(Forbidden) as refused:
        read_reference(str(tmp_path / "notes.md"), roots=[], existing_count=0, has_outline=False)
    assert "COURSEWRIGHT_FILE_ROOTS" in refused.value.next_step and "root" in refused.value.next_step


def test_a_file_outside_the_allowed_folders_is_refused(root, secret):
    with pytest.raises(Forbidden):
        read(secret, root)
    with pytest.raises(Forbidden):
        read(root / ".." / "outside" / "secret.md", root)


def test_a_link_inside_the_folder_is_refused_wherever_it_points(root, secret):
    (root / "real.md").write_bytes(INSIDE)
    os.symlink(secret, root / "innocent.md")
    os.symlink(root / "real.md", root / "also-inside.md")
    (root / "sub").mkdir()
    os.symlink(secret.parent, root / "linked-folder")
    for path in ("innocent.md", "also-inside.md", "linked-folder/secret.md"):
        with pytest.raises(Forbidden, match="link"):
            read(root / path, root)


def test_a_hard_link_to_a_file_outside_the_roots_is_refused(root, secret):
    os.link(secret, root / "notes.md")
    with pytest.raises(Forbidden, match="hard links"):
        read(root / "notes.md", root)


def test_a_folder_swapped_for_a_link_after_the_walk_began_is_not_followed(root, secret, monkeypatch):
    """The swap lands between opening the root and opening the next component: the walk refuses."""
    (root / "sub").mkdir()
    (root / "sub" / "secret.md").write_bytes(INSIDE)
    real_open = os.open
    swapped = []

    def open_then_swap(path, flags, *args, **kwargs):
        fd = real_open(path, flags, *args, **kwargs)
        if not swapped:
            swapped.append(path)
            os.rename(root / "sub", root / "moved")
            os.symlink(secret.parent, root / "sub")
        return fd

    monkeypatch.setattr(files.os, "open", open_then_swap)
    with pytest.raises(Forbidden, match="link"):
        read(root / "sub" / "secret.md", root)
    assert swapped


class Swapper:
    """Turns root/doc.md into a link to the outside file and back, one atomic rename at a time."""

    def __init__(self, root, secret, kind):
        self.doc, self.spare, self.link = root / "doc.md", root / ".spare.md", root / ".link.md"
        self.secret, self.make_link = secret, os.link if kind == "hard link" else os.symlink
        for leftover in (self.doc, self.spare, self.link):
            leftover.unlink(missing_ok=True)  # never write through a hard link to the outside file
        self.doc.write_bytes(INSIDE)
        self.linked = False

    def swap(self):
        if self.linked:
            self.spare.write_bytes(INSIDE)
            os.replace(self.spare, self.doc)
        else:
            self.make_link(self.secret, self.link)
            os.replace(self.link, self.doc)
        self.linked = not self.linked


class SwapAtOneSyscall:
    """files.py's `os`, swapping the file just before its n-th file-system call: every window, in turn."""

    WATCHED = ("open", "close", "fstat", "readlink", "read")

    def __init__(self, swapper, before_call):
        self.swapper, self.before_call, self.calls = swapper, before_call, 0

    def __getattr__(self, name):
        real = getattr(os, name)
        if name not in self.WATCHED:
            return real

        def watched(*args, **kwargs):
            if self.calls == self.before_call:
                self.swapper.swap()
            self.calls += 1
            return real(*args, **kwargs)

        return watched


def attempt(path, root) -> bytes | str:
    try:
        return read(path, root).data
    except CoursewrightError as refused:
        return type(refused).__name__


@pytest.mark.parametrize("kind", ["symbolic link", "hard link"])
def test_a_swap_between_any_two_file_system_calls_never_reads_outside_the_root(
    root, secret, monkeypatch, kind
):
    outcomes = []
    for before_call in range(10):
        for start_linked in (False, True):
            swapper = Swapper(root, secret, kind)
            if start_linked:
                swapper.swap()
            monkeypatch.setattr(files, "os", SwapAtOneSyscall(swapper, before_call))
            outcomes.append(attempt(swapper.doc, root))
            monkeypatch.setattr(files, "os", os)
    assert SECRET not in outcomes
    assert set(outcomes) == {INSIDE, "Forbidden"}


@pytest.mark.parametrize("kind", ["symbolic link", "hard link"])
def test_a_file_swapped_by_another_thread_while_being_read_is_never_read_from_outside(root, secret, kind):
    swapper = Swapper(root, secret, kind)
    stop = threading.Event()

    def keep_swapping():
        for _ in range(1_000_000):  # bounded even if the reader dies
            if stop.is_set():
                return
            swapper.swap()

    thread = threading.Thread(target=keep_swapping, daemon=True)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # hand the interpreter back and forth often, so the two really interleave
    thread.start()
    try:
        outcomes = [attempt(swapper.doc, root) for _ in range(ATTEMPTS)]
    finally:
        stop.set()
        thread.join(timeout=10)
        sys.setswitchinterval(interval)
    assert not thread.is_alive()
    assert SECRET not in outcomes
    assert set(outcomes) <= {INSIDE, "Forbidden"}, set(outcomes)


def test_a_nul_in_the_path_is_a_clear_error(root):
    with pytest.raises(InvalidInput, match="NUL"):
        read(str(root / "notes.md") + "\x00.pdf", root)


def test_types_sizes_and_missing_files_are_refused_with_reasons(root):
    (root / "tool.exe").write_bytes(b"MZ")
    (root / "empty.txt").write_bytes(b"")
    (root / "folder.md").mkdir()
    os.mkfifo(root / "pipe.txt")
    with pytest.raises(InvalidInput, match="not accepted"):
        read(root / "tool.exe", root)
    with pytest.raises(InvalidInput, match="empty"):
        read(root / "empty.txt", root)
    with pytest.raises(InvalidInput, match="regular file"):
        read(root / "folder.md", root)
    with pytest.raises(InvalidInput, match="regular file"):
        read(root / "pipe.txt", root)
    with pytest.raises(NotFound):
        read(root / "nothing.pdf", root)


def test_a_file_over_twenty_megabytes_is_refused(root):
    big = root / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(InvalidInput, match="20 MB"):
        read(big, root)


def test_the_fifth_file_and_files_after_the_outline_are_refused(root):
    (root / "a.txt").write_text("a")
    with pytest.raises(InvalidInput, match="4"):
        read(root / "a.txt", root, existing=4)
    with pytest.raises(Conflict, match="outline"):
        read(root / "a.txt", root, outline=True)


def test_content_that_does_not_match_the_name_is_refused(root):
    (root / "fake.pdf").write_bytes(b"just text, not a pdf")
    with pytest.raises(InvalidInput, match="does not contain"):
        read(root / "fake.pdf", root)


def test_office_files_must_be_real_office_zips_not_renamed_files(root):
    (root / "lesson.docx").write_bytes(office_file("wordprocessingml.document.main+xml"))
    (root / "deck.pptx").write_bytes(office_file("presentationml.presentation.main+xml"))
    assert read(root / "lesson.docx", root).data.startswith(b"PK")
    assert read(root / "deck.pptx", root).media_type.endswith("presentation")
    any_zip = io.BytesIO()
    with zipfile.ZipFile(any_zip, "w") as archive:
        archive.writestr("notes.txt", "a zip, but not a Word file")
    (root / "renamed.docx").write_bytes(any_zip.getvalue())
    (root / "slides-as-word.docx").write_bytes(office_file("presentationml.presentation.main+xml"))
    (root / "text.pptx").write_bytes(b"PK but not a zip at all")
    for name in ("renamed.docx", "slides-as-word.docx", "text.pptx"):
        with pytest.raises(InvalidInput, match="does not contain"):
            read(root / name, root)


def test_roots_come_from_the_settings_and_the_clients_file_uris(tmp_path):
    shared = tmp_path / "shared folder"
    roots = roots_from(
        [tmp_path / "configured"],
        [shared.as_uri(), "https://example.org/not-a-folder", "file://otherhost/x", "file:relative"],
    )
    assert roots == [tmp_path / "configured", shared]


def test_every_refusal_says_what_to_do_next(root, secret):
    with pytest.raises(CoursewrightError) as caught:
        read(secret, root)
    assert caught.value.next_step


def test_the_shared_reader_takes_any_file_type_with_its_own_size_limit(root, secret):
    (root / "course.tar.gz").write_bytes(b"0123456789")
    assert read_inside_roots(str(root / "course.tar.gz"), [root], max_bytes=10) == (
        "course.tar.gz",
        b"0123456789",
    )
    with pytest.raises(InvalidInput, match="the most this server reads"):
        read_inside_roots(str(root / "course.tar.gz"), [root], max_bytes=9)
    os.symlink(secret, root / "linked.tar.gz")
    with pytest.raises(Forbidden, match="link"):
        read_inside_roots("linked.tar.gz", [root])


def test_a_system_that_cannot_refuse_links_reads_no_file_at_all(root, monkeypatch):
    (root / "notes.md").write_bytes(INSIDE)
    monkeypatch.setattr(files, "_NOFOLLOW", 0)
    with pytest.raises(NotSupported, match="without following links"):
        read(root / "notes.md", root)
