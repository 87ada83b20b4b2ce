"""Write a course as an Open edX OLX archive, laid out the way a Studio export is.

course/course.xml points at course/course/{run}.xml; chapters, sequentials and
verticals each get their own file; html is an .xml + .html pair; problems are
stored as written. Course metadata lives only in the course file (policy.json
holds nothing that repeats it, which olxcleaner would flag as an override).
The archive is streamed (tarstream packs the tar) into a temporary file beside
the final one (no folder of small files is written) and renamed, so a crash
never leaves half an archive under the final name.
"""

from __future__ import annotations

import json
import os
import re
import struct
import tempfile
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import BinaryIO
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import quoteattr

from coursewright.formats.olx.tarstream import write_tar
from coursewright.model import EDX_CATEGORY, Block, Course

COURSE_IMAGE = "course_image.png"
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_PROBLEM_TAG = re.compile(r"<problem\b([^>]*)>", re.IGNORECASE)


@dataclass(frozen=True)
class CourseMeta:
    org: str
    number: str
    run: str
    language: str
    start: str
    end: str
    description: str
    audience: str


def url_name(block: Block) -> str:
    """The slug at the end of an edX locator is the OLX url_name."""
    return block.id.rsplit("block@", 1)[-1]


def youtube_id(url: str) -> str | None:
    text = url.strip()
    if _YOUTUBE_ID.match(text):
        return text
    parts = urlsplit(text)
    host = (parts.hostname or "").lower()
    if host.endswith("youtu.be"):
        candidate = parts.path.strip("/").split("/")[0]
    elif "youtube" in host:
        query = parse_qs(parts.query).get("v", [""])[0]
        candidate = query or parts.path.rstrip("/").rsplit("/", 1)[-1]
    else:
        return None
    return candidate if _YOUTUBE_ID.match(candidate) else None


def _png(width: int = 16, height: int = 9, rgb: tuple[int, int, int] = (32, 86, 140)) -> bytes:
    """A small solid-colour PNG for the course card (olxcleaner wants the file to exist)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def _problem_xml(block: Block) -> str:
    body = (block.content or "").strip()
    match = _PROBLEM_TAG.search(body)
    if match and "display_name" not in match.group(1):
        insert = f" display_name={quoteattr(block.display_name)}"
        body = body[: match.start()] + f"<problem{insert}{match.group(1)}>" + body[match.end() :]
    return body + "\n"


def _video_xml(block: Block) -> str:
    url = (block.content or "").strip()
    name = quoteattr(block.display_name)
    video = youtube_id(url)
    if video:
        return (
            f'<video display_name={name} youtube="1.00:{video}" youtube_id_1_0="{video}" '
            'html5_sources="[]" download_video="false"/>\n'
        )
    sources = quoteattr(json.dumps([url] if url else []))
    return f'<video display_name={name} html5_sources={sources} download_video="false"/>\n'


def _children_xml(tag: str, block: Block, extra: str = "") -> str:
    pointers = "".join(f'  <{EDX_CATEGORY[c.type]} url_name="{url_name(c)}"/>\n' for c in block.children)
    return f"<{tag} display_name={quoteattr(block.display_name)}{extra}>\n{pointers}</{tag}>\n"


def course_files(course: Course, meta: CourseMeta) -> dict[str, bytes | str]:
    """Every file of the export, keyed by its path inside `course/`."""
    files: dict[str, bytes | str] = {}
    run = meta.run
    files["course.xml"] = f'<course url_name="{run}" org="{meta.org}" course="{meta.number}"/>\n'
    root = course.root
    chapters = "".join(f'  <chapter url_name="{url_name(c)}"/>\n' for c in root.children)
    files[f"course/{run}.xml"] = (
        f"<course display_name={quoteattr(course.title)} language={quoteattr(meta.language)} "
        f'start="{meta.start}" end="{meta.end}" course_image="{COURSE_IMAGE}">\n{chapters}</course>\n'
    )
    for block in root.walk():
        name = url_name(block)
        if block.type == "section":
            files[f"chapter/{name}.xml"] = _children_xml("chapter", block)
        elif block.type == "subsection":
            graded = any(b.type == "problem" for b in block.walk())
            extra = ' graded="true" format="Homework"' if graded else ""
            files[f"sequential/{name}.xml"] = _children_xml("sequential", block, extra)
        elif block.type == "unit":
            files[f"vertical/{name}.xml"] = _children_xml("vertical", block)
        elif block.type == "html":
            files[f"html/{name}.xml"] = (
                f'<html filename="{name}" display_name={quoteattr(block.display_name)}/>\n'
            )
            files[f"html/{name}.html"] = (block.content or "") + "\n"
        elif block.type == "problem":
            files[f"problem/{name}.xml"] = _problem_xml(block)
        elif block.type == "video":
            files[f"video/{name}.xml"] = _video_xml(block)
    files[f"policies/{run}/policy.json"] = json.dumps(
        {f"course/{run}": {"advanced_modules": [], "showanswer": "finished"}}, indent=4, sort_keys=True
    )
    files[f"policies/{run}/grading_policy.json"] = json.dumps(
        {
            "GRADER": [
                {"type": "Homework", "short_label": "HW", "min_count": 1, "drop_count": 0, "weight": 1.0}
            ],
            "GRADE_CUTOFFS": {"Pass": 0.5},
        },
        indent=4,
        sort_keys=True,
    )
    files["policies/assets.json"] = "{}\n"
    files["assets/assets.xml"] = "<assets/>\n"
    files["about/overview.html"] = (
        f'<section class="about">\n<h2>About This Course</h2>\n<p>{escape(meta.description)}</p>\n</section>\n'
        f'<section class="prerequisites">\n<h2>Who It Is For</h2>\n<p>{escape(meta.audience)}</p>\n</section>\n'
    )
    files["about/short_description.html"] = escape(_first_sentence(meta.description)) + "\n"
    files["info/updates.html"] = "<ol></ol>\n"
    files[f"static/{COURSE_IMAGE}"] = _png()
    return files


def _first_sentence(text: str) -> str:
    sentence = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]
    return sentence[:300]


def _entries(files: dict[str, bytes | str]) -> Iterator[tuple[str, bytes | None]]:
    """Every folder and file under `course/`, in the order a tar of the folder lists them
    (each folder before its contents, names sorted); a folder's data is None."""
    tree: dict[str, dict] = {}
    for relative in files:
        node = tree
        for part in relative.split("/"):
            node = node.setdefault(part, {})

    def walk(node: dict[str, dict], prefix: str) -> Iterator[tuple[str, bytes | None]]:
        for name in sorted(node):
            path = f"{prefix}/{name}"
            relative = path.partition("/")[2]
            if relative in files:
                data = files[relative]
                yield path, data if isinstance(data, bytes) else data.encode("utf-8")
            else:
                yield path, None
                yield from walk(node[name], path)

    yield "course", None
    yield from walk(tree, "course")


def stream_archive(course: Course, meta: CourseMeta, out: BinaryIO, mtime: float | None = None) -> None:
    """The export as a gzipped tar written straight to `out`: no folder of small files on disk.
    `mtime` fixes every timestamp (tar entries and gzip header) for byte-identical exports."""
    import gzip

    # Whole seconds, as a ustar header holds them: a fractional time would cost every entry a
    # pax header of its own (three blocks instead of one), and the gzip header rounds it anyway.
    stamp = int(time.time() if mtime is None else mtime)
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, compresslevel=6, mtime=stamp) as zipped:
        write_tar(_entries(course_files(course, meta)), stamp, zipped)


def write_archive(
    course: Course,
    meta: CourseMeta,
    archive_dir: Path,
    *,
    final: Path | None = None,
    mtime: float | None = None,
) -> Path:
    """Write `{archive_dir}/{NUMBER}_{RUN}.tar.gz` (or `final`) atomically and return its path."""
    final = final or archive_dir / f"{meta.number}_{meta.run}.tar.gz"
    archive_dir = final.parent
    archive_dir.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=archive_dir, prefix=f".{final.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            stream_archive(course, meta, out, mtime)
        os.replace(partial, final)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return final
