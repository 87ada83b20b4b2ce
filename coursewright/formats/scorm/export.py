"""A course as a SCORM 1.2 or SCORM 2004 (4th edition) package.

One SCO per unit: the unit is the smallest piece a learner finishes in one sitting, so each
reports its own completion (and a quiz unit its score) and the LMS tracks progress unit by
unit. Sections and subsections are the organisation's folders. Every page loads the shared
`shared/sco.js`, which finds the LMS's API by the standard search of parent and opener windows.
"""

from __future__ import annotations

from importlib.resources import files

from coursewright.formats.package import Package, ident, units_of, x
from coursewright.formats.scorm.pages import unit_page
from coursewright.model import Course

SCRIPT = "shared/sco.js"
_V12 = {
    "ns": 'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" '
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    "schemaversion": "1.2",
    "scormtype": "adlcp:scormtype",
    "sequencing": "",
}
_V2004 = {
    "ns": 'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" '
    'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
    "schemaversion": "2004 4th Edition",
    "scormtype": "adlcp:scormType",
    # Learners may move freely (choice) and with Continue/Previous (flow) inside every folder.
    "sequencing": '<imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing>',
}


def scorm_package(course: Course, version: str, language: str = "en") -> Package:
    """`version`: "1.2" or "2004"."""
    v = _V12 if version == "1.2" else _V2004
    package = Package()
    package.add("imsmanifest.xml", b"")  # first in the zip; written below
    outline: list[str] = []
    resources: list[str] = []
    current = ("", "")
    seq = v["sequencing"]
    for section, subsection, unit in units_of(course):
        if current[0] != section.id:
            if current[0]:
                outline.append(f"      {seq}</item>\n    {seq}</item>\n")
            outline.append(
                f'    <item identifier="{ident("I", section.id)}"><title>{x(section.display_name)}</title>\n'
            )
            outline.append(
                f'      <item identifier="{ident("I", subsection.id)}"><title>{x(subsection.display_name)}</title>\n'
            )
        elif current[1] != subsection.id:
            outline.append(f"      {seq}</item>\n")
            outline.append(
                f'      <item identifier="{ident("I", subsection.id)}"><title>{x(subsection.display_name)}</title>\n'
            )
        current = (section.id, subsection.id)
        page = f"units/{ident('U', unit.id)}.html"
        package.add(page, unit_page(unit, version, package, "../" + SCRIPT, language))
        rid = ident("R", unit.id)
        outline.append(
            f'        <item identifier="{ident("I", unit.id)}" identifierref="{rid}"><title>{x(unit.display_name)}</title></item>\n'
        )
        resources.append(
            f'    <resource identifier="{rid}" type="webcontent" {v["scormtype"]}="sco" href="{page}">\n'
            f'      <file href="{page}"/>\n      <dependency identifierref="SHARED"/>\n    </resource>\n'
        )
    if current[0]:
        outline.append(f"      {seq}</item>\n    {seq}</item>\n")
    package.add(SCRIPT, files("coursewright.formats.scorm").joinpath("sco.js").read_bytes())
    resources.append(
        f'    <resource identifier="SHARED" type="webcontent" {v["scormtype"]}="asset">\n'
        f'      <file href="{SCRIPT}"/>\n    </resource>\n'
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<manifest {v["ns"]} identifier="{ident("M", course.course_id)}" version="1">\n'
        f"  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>{v['schemaversion']}</schemaversion>\n  </metadata>\n"
        '  <organizations default="ORG">\n  <organization identifier="ORG">\n'
        f"   <title>{x(course.title)}</title>\n{''.join(outline)}   {seq}</organization>\n  </organizations>\n"
        f"  <resources>\n{''.join(resources)}  </resources>\n</manifest>\n"
    )
    package.add("imsmanifest.xml", manifest)
    return package
