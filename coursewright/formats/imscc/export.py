"""A course as an IMS Common Cartridge 1.3.

The organisation mirrors sections > subsections > units; inside a unit each html component is
a web content page, each video a web link, and the unit's problems one assessment in the CC
profile of QTI 1.2.1 (problems the profile cannot express are reported as skipped).

Identifiers and paths name each block by its slug (the end of its locator, or its id when that
is already one) when every block of the course has a distinct one, else by a hash of its id: so a
cartridge imported and exported again keeps its identifiers, and the bytes match.
"""

from __future__ import annotations

import re
from html import escape as html_escape

from coursewright.formats.package import Package, attr, ident, units_of, x
from coursewright.formats.qti.cc12 import assessment_xml
from coursewright.formats.questions import Unmapped, read_question
from coursewright.model import Block, Course

NS = "http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1"
LOM = "http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest"
WL = "http://www.imsglobal.org/xsd/imsccv1p3/imswl_v1p3"
ASSESSMENT = "imsqti_xmlv1p2/imscc_xmlv1p3/assessment"
_SLUG = re.compile(r"^[A-Za-z0-9_-]{1,100}$")


def block_names(course: Course) -> dict[str, str]:
    """Each block's name in identifiers: its slug where all are distinct and valid, else a hash."""
    slugs = {block.id: block.id.rsplit("block@", 1)[-1] for block in course.blocks()}
    valid = all(_SLUG.match(slug) for slug in slugs.values())
    if valid and len(set(slugs.values())) == len(slugs):
        return slugs
    return {block_id: ident("", block_id)[1:] for block_id in slugs}


class _Names:
    def __init__(self, course: Course) -> None:
        self.names = block_names(course)

    def __call__(self, prefix: str, block: Block) -> str:
        return f"{prefix}_{self.names[block.id]}"


def page_html(title: str, body: str, language: str = "en") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{html_escape(language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html_escape(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _weblink(title: str, url: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<webLink xmlns="{WL}">\n'
        f'  <title>{x(title)}</title>\n  <url href={attr(url)} target="_blank"/>\n</webLink>\n'
    )


def _unit(package: Package, unit: Block, resources: list[str], name: _Names) -> str:
    """The unit's item (its components as leaves), adding their files and resources."""
    leaves: list[str] = []
    questions = []
    for block in unit.children:
        rid = name("R", block)
        if block.type == "html":
            path = f"{name('U', unit)}/{name('H', block)}.html"
            package.add(path, page_html(block.display_name, block.content or ""))
            resources.append(
                f'    <resource identifier="{rid}" type="webcontent" href="{path}"><file href="{path}"/></resource>\n'
            )
            leaves.append(
                f'        <item identifier="{name("I", block)}" identifierref="{rid}"><title>{x(block.display_name)}</title></item>\n'
            )
        elif block.type == "video":
            path = f"{name('U', unit)}/{name('V', block)}.xml"
            package.add(path, _weblink(block.display_name, (block.content or "").strip()))
            resources.append(
                f'    <resource identifier="{rid}" type="imswl_xmlv1p3"><file href="{path}"/></resource>\n'
            )
            leaves.append(
                f'        <item identifier="{name("I", block)}" identifierref="{rid}"><title>{x(block.display_name)}</title></item>\n'
            )
        elif block.type == "problem":
            question = read_question(block.content or "")
            if isinstance(question, Unmapped):
                package.skip(block, question.reason)
            else:
                if question.kind == "number" and question.tolerance:
                    package.change(
                        block,
                        f"the answer must now match exactly: the Common Cartridge quiz profile cannot hold "
                        f"the tolerance {question.tolerance}",
                    )
                questions.append((name("Q", block), block.display_name, question))
    if questions:
        quiz = name("A", unit)
        path = f"{quiz}/assessment_qti.xml"
        package.add(path, assessment_xml(quiz, unit.display_name, questions))
        resources.append(
            f'    <resource identifier="R{quiz}" type="{ASSESSMENT}"><file href="{path}"/></resource>\n'
        )
        leaves.append(
            f'        <item identifier="I{quiz}" identifierref="R{quiz}"><title>{x(unit.display_name)}: quiz</title></item>\n'
        )
    return (
        f'      <item identifier="{name("I", unit)}"><title>{x(unit.display_name)}</title>\n'
        + "".join(leaves)
        + "      </item>\n"
    )


def imscc_package(course: Course, language: str = "en") -> Package:
    package = Package()
    names = _Names(course)
    package.add("imsmanifest.xml", b"")  # the manifest comes first in the zip; filled in below
    resources: list[str] = []
    outline: list[str] = []
    current: tuple[str, str] = ("", "")
    for section, subsection, unit in units_of(course):
        if current[0] != section.id:
            if current[0]:
                outline.append("      </item>\n    </item>\n")
            outline.append(
                f'    <item identifier="{names("I", section)}"><title>{x(section.display_name)}</title>\n'
            )
            outline.append(
                f'      <item identifier="{names("I", subsection)}"><title>{x(subsection.display_name)}</title>\n'
            )
        elif current[1] != subsection.id:
            outline.append("      </item>\n")
            outline.append(
                f'      <item identifier="{names("I", subsection)}"><title>{x(subsection.display_name)}</title>\n'
            )
        current = (section.id, subsection.id)
        outline.append(_unit(package, unit, resources, names))
    if current[0]:
        outline.append("      </item>\n    </item>\n")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<manifest xmlns="{NS}" xmlns:lomimscc="{LOM}" identifier="{ident("M", course.course_id)}">\n'
        "  <metadata>\n    <schema>IMS Common Cartridge</schema>\n    <schemaversion>1.3.0</schemaversion>\n"
        "    <lomimscc:lom><lomimscc:general><lomimscc:title>"
        f"<lomimscc:string language={attr(language)}>{x(course.title)}</lomimscc:string>"
        "</lomimscc:title></lomimscc:general></lomimscc:lom>\n  </metadata>\n"
        '  <organizations>\n  <organization identifier="ORG" structure="rooted-hierarchy">\n'
        f'   <item identifier="ROOT">\n{"".join(outline)}   </item>\n  </organization>\n  </organizations>\n'
        f"  <resources>\n{''.join(resources)}  </resources>\n</manifest>\n"
    )
    package.add("imsmanifest.xml", manifest)
    return package
