"""The OLX archive's tar stream: the bytes tarfile itself writes for the same entries."""

import io
import tarfile

import pytest

from coursewright.formats.olx.tarstream import entry_header, write_tar

STAMP = 1_796_050_483


def tarfile_bytes(entries, stamp):
    """The same entries written through TarFile.addfile, as publish wrote them before."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        for path, data in entries:
            info = tarfile.TarInfo(path)
            info.mtime = stamp
            if data is None:
                info.type, info.mode = tarfile.DIRTYPE, 0o755
                tar.addfile(info)
            else:
                info.mode, info.size = 0o644, len(data)
                tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


@pytest.mark.parametrize(
    "path, kind",
    [
        ("course/html/lesson_1.html", tarfile.REGTYPE),
        ("course/html/", tarfile.DIRTYPE),
        ("course/" + "a" * 93, tarfile.REGTYPE),  # exactly 100 bytes: still one block
        ("course/" + "a" * 94, tarfile.REGTYPE),  # 101 bytes: a pax header carries the path
        ("course/html/leçon.html", tarfile.REGTYPE),  # not ASCII: pax header too
    ],
)
def test_an_entry_header_is_what_tarinfo_writes_for_it(path, kind):
    info = tarfile.TarInfo(path)
    info.type, info.mode, info.size, info.mtime = kind, 0o644, 1234, STAMP
    expected = info.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape")
    assert entry_header(path, 0o644, 1234, STAMP, kind) == expected


def test_a_stream_of_many_files_is_byte_for_byte_what_tarfile_writes():
    entries = [("course", None), ("course/html", None)]
    # Enough data to cross the megabyte at which the stream is handed on, and sizes that do
    # and do not fill their last 512-byte block (an empty file included).
    for n in range(700):
        entries.append((f"course/html/lesson_{n}.html", (b"<p>%d</p>\n" % n) * (n % 300)))
    entries.append(("course/" + "x" * 120 + ".xml", b"<long/>\n"))
    out = io.BytesIO()
    write_tar(iter(entries), STAMP, out)
    assert out.getvalue() == tarfile_bytes(entries, STAMP)
    assert len(out.getvalue()) > 1 << 20
    with tarfile.open(fileobj=io.BytesIO(out.getvalue())) as tar:
        members = tar.getmembers()
    assert [m.name for m in members] == [p for p, _ in entries]
    assert all(m.mtime == STAMP for m in members)
