"""Hand-made course packages for the import tests: a Studio-style export, and hostile variants."""

from __future__ import annotations

import io
import tarfile
import zipfile

STUDIO_FILES: dict[str, str] = {
    "course.xml": '<course url_name="2025" org="OpenedX" course="OLX101"/>\n',
    "course/2025.xml": (
        '<course display_name="Knots at Sea" language="fr" start="2030-01-01T00:00:00Z">\n'
        '  <chapter url_name="5c2d0196d8b2454691c578b8999a3256"/>\n  <wiki slug="OpenedX.OLX101.2025"/>\n'
        "</course>\n"
    ),
    "chapter/5c2d0196d8b2454691c578b8999a3256.xml": (
        '<chapter display_name="Basics"><sequential url_name="seq1"/></chapter>\n'
    ),
    "sequential/seq1.xml": (
        '<sequential display_name="First knots" graded="true" format="Homework">'
        '<vertical url_name="v1"/><vertical url_name="v2"/></sequential>\n'
    ),
    "vertical/v1.xml": (
        '<vertical display_name="The bowline"><html url_name="h1"/><video url_name="vid1"/>'
        '<discussion url_name="d1" display_name="Talk about it" discussion_category="Week 1"/>'
        '<html display_name="Inline note"><p>Tie it <b>twice</b>.</p><script>alert(1)</script></html>'
        "</vertical>\n"
    ),
    "vertical/v2.xml": (
        '<vertical display_name="Check"><problem url_name="p1"/><problem url_name="p2"/></vertical>\n'
    ),
    "html/h1.xml": '<html filename="h1" display_name="Bowline steps"/>\n',
    "html/h1.html": '<p>Make a loop.</p><a href="javascript:alert(1)" onclick="x()">go</a>\n',
    "video/vid1.xml": (
        '<video display_name="Watch" youtube="1.00:dQw4w9WgXcQ" youtube_id_1_0="dQw4w9WgXcQ" html5_sources="[]"/>\n'
    ),
    "problem/p1.xml": (
        '<problem display_name="Which knot?"><multiplechoiceresponse><label>Which knot makes a fixed loop?</label>'
        '<choicegroup type="MultipleChoice"><choice correct="true">Bowline</choice>'
        '<choice correct="false">Reef knot</choice></choicegroup></multiplechoiceresponse></problem>\n'
    ),
    "problem/p2.xml": '<problem display_name="Broken"><p>No answer here.</p></problem>\n',
    "static/knot.png": "\x89PNG fake",
}


def tar_gz(files: dict[str, str | bytes], prefix: str = "course/") -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as tar:
        for name, data in files.items():
            raw = data.encode() if isinstance(data, str) else data
            info = tarfile.TarInfo(prefix + name)
            info.size = len(raw)
            tar.addfile(info, io.BytesIO(raw))
    return out.getvalue()


def tar_gz_with(extra: tarfile.TarInfo, data: bytes = b"") -> bytes:
    """The Studio course plus one crafted member."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as tar:
        for name, text in STUDIO_FILES.items():
            raw = text.encode()
            info = tarfile.TarInfo("course/" + name)
            info.size = len(raw)
            tar.addfile(info, io.BytesIO(raw))
        tar.addfile(extra, io.BytesIO(data) if data else None)
    return out.getvalue()


def zip_of(files: dict[str, str | bytes], links: dict[str, str] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        for name, target in (links or {}).items():
            info = zipfile.ZipInfo(name)
            info.external_attr = 0o120777 << 16
            archive.writestr(info, target)
    return out.getvalue()
