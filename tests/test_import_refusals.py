"""import_course refuses hostile or broken packages with a clear error, creates no course and
writes nothing outside the data folder: one test per kind of package."""

import io
import os
import tarfile
import zipfile

import pytest
from mcp_helpers import call, connect, fail
from olx_packages import STUDIO_FILES, tar_gz, tar_gz_with, zip_of

from coursewright.formats import archive


def files_outside_data(tmp_path) -> set[str]:
    return {
        str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if not p.is_relative_to(tmp_path / "data")
    }


async def refused(tmp_path, package: bytes, name: str = "bad.tar.gz") -> str:
    """The error import_course gives for the package, after checking nothing was made or written."""
    shared = tmp_path / "shared"
    shared.mkdir(exist_ok=True)
    (shared / name).write_bytes(package)
    before = files_outside_data(tmp_path)
    async with connect(roots=[shared]) as (client, _):
        text = await fail(client, "import_course", path=name)
        listed = await call(client, "list_courses")
    assert listed["courses"] == []
    assert files_outside_data(tmp_path) == before
    return text


def member(name: str, kind: bytes = tarfile.REGTYPE, size: int = 0, link: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.size, info.linkname = kind, size, link
    return info


@pytest.mark.anyio
async def test_a_member_climbing_out_with_dotdot_is_refused(tmp_path):
    text = await refused(tmp_path, tar_gz_with(member("course/../../escaped.xml", size=4), b"<a/>"))
    assert "'..'" in text and "package was refused" in text
    assert not (tmp_path / "escaped.xml").exists()


@pytest.mark.anyio
async def test_a_member_with_an_absolute_path_is_refused(tmp_path):
    text = await refused(tmp_path, tar_gz_with(member(str(tmp_path / "abs.xml"), size=4), b"<a/>"))
    assert "absolute path" in text


@pytest.mark.anyio
async def test_a_symbolic_link_member_is_refused(tmp_path):
    text = await refused(
        tmp_path, tar_gz_with(member("course/html/h2.html", tarfile.SYMTYPE, link="/etc/passwd"))
    )
    assert "is a link" in text


@pytest.mark.anyio
async def test_a_hard_link_member_is_refused(tmp_path):
    text = await refused(
        tmp_path, tar_gz_with(member("course/html/h2.html", tarfile.LNKTYPE, link="/etc/passwd"))
    )
    assert "is a link" in text


@pytest.mark.anyio
async def test_a_device_member_is_refused(tmp_path):
    text = await refused(tmp_path, tar_gz_with(member("course/html/h2.html", tarfile.CHRTYPE)))
    assert "not a regular file" in text


@pytest.mark.anyio
async def test_a_symbolic_link_inside_a_zip_is_refused(tmp_path):
    text = await refused(
        tmp_path, zip_of({"imsmanifest.xml": "<manifest/>"}, links={"page.html": "/etc/passwd"}), "c.imscc"
    )
    assert "is a link" in text


@pytest.mark.anyio
async def test_a_member_declaring_a_huge_size_is_refused_before_it_is_read(tmp_path):
    # Only the header: a tar bomb's declared size is checked before a byte of it is unpacked.
    header = member("course/problem/huge.xml", size=archive.MAX_UNPACKED_BYTES + 1).tobuf()
    out = io.BytesIO()
    import gzip

    with gzip.GzipFile(fileobj=out, mode="wb") as gz:
        gz.write(header)
    text = await refused(tmp_path, out.getvalue())
    assert "MB once unpacked" in text


@pytest.mark.anyio
async def test_a_highly_compressed_member_is_stopped_at_the_member_cap(tmp_path):
    bomb = b"\x00" * (archive.MAX_MEMBER_BYTES + 1)
    package = zip_of({"course.xml": '<course url_name="r"/>', "course/r.xml": bomb})
    assert len(package) < 100_000  # a zip bomb: tiny on disk
    text = await refused(tmp_path, package, "bomb.zip")
    assert "larger than 10 MB" in text


@pytest.mark.anyio
async def test_a_zip_whose_data_unpacks_past_its_declared_size_is_refused(tmp_path):
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("course.xml", b"<course/>" + b" " * 50_000)
    data = bytearray(raw.getvalue())
    # Declare 9 bytes unpacked in the local header (offset 22) and the central directory (offset 24).
    data[22:26] = (9).to_bytes(4, "little")
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (9).to_bytes(4, "little")
    text = await refused(tmp_path, bytes(data), "lying.zip")
    assert "package was refused" in text


@pytest.mark.anyio
async def test_a_package_with_too_many_members_is_refused(tmp_path):
    many = {f"static/f{n}.txt": "x" for n in range(archive.MAX_MEMBERS + 1)}
    text = await refused(tmp_path, tar_gz({**STUDIO_FILES, **many}))
    assert f"more than {archive.MAX_MEMBERS} members" in text


@pytest.mark.anyio
async def test_malformed_xml_is_refused_naming_the_file(tmp_path):
    text = await refused(tmp_path, tar_gz({**STUDIO_FILES, "sequential/seq1.xml": "<sequential><vertical"}))
    assert "sequential/seq1.xml is not well-formed XML" in text


@pytest.mark.anyio
async def test_xml_with_entity_declarations_is_refused(tmp_path):
    laughs = '<?xml version="1.0"?><!DOCTYPE c [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><chapter display_name="&b;"/>'
    files = {**STUDIO_FILES, "chapter/5c2d0196d8b2454691c578b8999a3256.xml": laughs}
    text = await refused(tmp_path, tar_gz(files))
    assert "DOCTYPE or entities" in text


@pytest.mark.anyio
async def test_a_file_outside_the_roots_is_refused(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    (tmp_path / "private.tar.gz").write_bytes(tar_gz(STUDIO_FILES))
    async with connect(roots=[shared]) as (client, _):
        text = await fail(client, "import_course", path=str(tmp_path / "private.tar.gz"))
        listed = await call(client, "list_courses")
    assert "outside the folders" in text and listed["courses"] == []


@pytest.mark.anyio
async def test_a_path_with_a_nul_is_refused(tmp_path):
    async with connect(roots=[tmp_path]) as (client, _):
        text = await fail(client, "import_course", path="course\x00.tar.gz")
    assert "NUL" in text


@pytest.mark.anyio
async def test_a_link_inside_an_export_folder_is_refused(tmp_path):
    folder = tmp_path / "shared" / "knots"
    for name, content in STUDIO_FILES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(content, encoding="utf-8")
    (tmp_path / "secret.html").write_text("<p>secret</p>", encoding="utf-8")
    (folder / "html" / "h1.html").unlink()
    os.symlink(tmp_path / "secret.html", folder / "html" / "h1.html")
    async with connect(file_roots=[tmp_path / "shared"]) as (client, _):
        text = await fail(client, "import_course", path=str(folder))
        listed = await call(client, "list_courses")
    assert "link" in text and listed["courses"] == []


@pytest.mark.anyio
async def test_a_failed_write_leaves_no_half_course(tmp_path, monkeypatch):
    from coursewright.providers.local import blocks

    def broken(db, rows):
        db.executemany(
            "INSERT INTO blocks (course_id, slug, type, display_name, parent, position, content, kind) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows[:2],
        )
        raise OSError("disk full")

    monkeypatch.setattr(blocks, "insert_many", broken)
    text = await refused(tmp_path, tar_gz(STUDIO_FILES))
    assert "Traceback" not in text and "disk full" not in text


def cartridge_with(**changed: str | bytes) -> bytes:
    from cartridges import CANVAS_FILES

    return zip_of({**CANVAS_FILES, **changed})


@pytest.mark.anyio
async def test_a_cartridge_with_a_malformed_manifest_is_refused_naming_it(tmp_path):
    text = await refused(tmp_path, cartridge_with(**{"imsmanifest.xml": "<manifest><resources>"}), "c.imscc")
    assert "imsmanifest.xml is not well-formed XML" in text


@pytest.mark.anyio
async def test_a_cartridge_with_a_malformed_quiz_is_refused_naming_the_file(tmp_path):
    quiz = {"r_quiz/assessment_qti.xml": "<questestinterop><assessment>"}
    text = await refused(tmp_path, cartridge_with(**quiz), "c.imscc")
    assert "r_quiz/assessment_qti.xml is not well-formed XML" in text


@pytest.mark.anyio
async def test_a_cartridge_manifest_declaring_entities_is_refused(tmp_path):
    laughs = '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa">]><manifest>&a;</manifest>'
    text = await refused(tmp_path, cartridge_with(**{"imsmanifest.xml": laughs}), "c.imscc")
    assert "DOCTYPE or entities" in text


@pytest.mark.anyio
async def test_a_cartridge_member_climbing_out_of_the_package_is_refused(tmp_path):
    text = await refused(tmp_path, cartridge_with(**{"../outside.html": "<p>out</p>"}), "c.imscc")
    assert "'..'" in text
    assert not (tmp_path / "outside.html").exists()


@pytest.mark.anyio
async def test_a_cartridge_whose_outline_nests_without_end_is_refused(tmp_path):
    from coursewright.formats.imscc.manifest import MAX_DEPTH

    deep = "".join(f'<item identifier="i{n}"><title>Level {n}</title>' for n in range(MAX_DEPTH + 2))
    deep += "</item>" * (MAX_DEPTH + 2)
    manifest = f'<manifest><organizations><organization><item identifier="root">{deep}</item></organization></organizations></manifest>'
    text = await refused(tmp_path, cartridge_with(**{"imsmanifest.xml": manifest}), "c.imscc")
    assert f"more than {MAX_DEPTH} levels deep" in text


@pytest.mark.anyio
async def test_a_cartridge_whose_manifest_is_another_document_is_refused(tmp_path):
    text = await refused(tmp_path, cartridge_with(**{"imsmanifest.xml": "<course/>"}), "c.imscc")
    assert "does not hold a <manifest> element" in text
