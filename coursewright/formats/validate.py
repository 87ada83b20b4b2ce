"""Check an exported package against the official XSDs (IMS CC 1.3, SCORM 1.2, SCORM 2004 4th
edition, QTI 2.1) kept outside the project, and the CC 1.3 QTI profile files structurally.

The schemas are found in COURSEWRIGHT_SCHEMAS_DIR; they are loaded offline (`allow="local"`,
with every remote import mapped to its local copy) and never shipped with coursewright.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

XMLNS = "http://www.w3.org/XML/1998/namespace"


def _scorm12(root: Path):
    import xmlschema

    folder = root / "scorm-1.2"

    def mapped(url: str) -> str:
        # ims_xml.xsd binds a default namespace to the reserved xml namespace; the W3C copy stands in.
        return (folder / "xml.xsd").as_uri() if url.endswith("/ims_xml.xsd") else url

    return xmlschema.XMLSchema11(
        str(folder / "imscp_rootv1p1p2.xsd"),
        locations={
            "http://www.adlnet.org/xsd/adlcp_rootv1p2": str(folder / "adlcp_rootv1p2.xsd"),
            "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1": str(folder / "imsmd_rootv1p2p1.xsd"),
        },
        uri_mapper=mapped,
        allow="local",
    )


def _scorm2004(root: Path):
    import xmlschema

    folder = root / "scorm-2004-4th"
    return xmlschema.XMLSchema(
        str(folder / "imscp_v1p1.xsd"),
        locations={
            XMLNS: str(folder / "xml.xsd"),
            "http://www.adlnet.org/xsd/adlcp_v1p3": str(folder / "adlcp_v1p3.xsd"),
            "http://www.adlnet.org/xsd/adlseq_v1p3": str(folder / "adlseq_v1p3.xsd"),
            "http://www.adlnet.org/xsd/adlnav_v1p3": str(folder / "adlnav_v1p3.xsd"),
            "http://www.imsglobal.org/xsd/imsss": str(folder / "imsss_v1p0.xsd"),
            "http://ltsc.ieee.org/xsd/LOM": str(folder / "lom.xsd"),
        },
        allow="local",
    )


def _cc13(root: Path):
    import xmlschema

    folder = root / "imscc-1.3"
    profile = "http://ltsc.ieee.org/xsd/imsccv1p3/LOM/"
    return xmlschema.XMLSchema(
        str(folder / "ccv1p3_imscp_v1p2_v1p0.xsd"),
        locations={
            XMLNS: str(folder / "xml.xsd"),
            "http://www.imsglobal.org/xsd/imsccv1p3/imsccauth_v1p3": str(
                folder / "ccv1p3_imsccauth_v1p3.xsd"
            ),
            profile + "manifest": str(folder / "ccv1p3_lommanifest_v1p0.xsd"),
            profile + "resource": str(folder / "ccv1p3_lomresource_v1p0.xsd"),
            "http://www.imsglobal.org/xsd/imsccv1p3/imscsmd_v1p0": str(folder / "ccv1p3_imscsmd_v1p0.xsd"),
        },
        allow="local",
    )


def _cc13_weblink(root: Path):
    import xmlschema

    return xmlschema.XMLSchema(str(root / "imscc-1.3" / "ccv1p3_imswl_v1p3.xsd"), allow="local")


def _qti21(root: Path):
    import xmlschema

    folder = root / "qti-2.1"
    return xmlschema.XMLSchema(
        str(folder / "imsqti_v2p1p2.xsd"),
        locations={
            XMLNS: str(folder / "w3" / "xml.xsd"),
            "http://www.w3.org/2001/XInclude": str(folder / "w3" / "XInclude.xsd"),
            "http://www.w3.org/1998/Math/MathML": str(folder / "w3" / "mathml2" / "mathml2.xsd"),
            "http://www.imsglobal.org/xsd/apip/apipv1p0/imsapip_qtiv1p0": str(
                folder / "apipv1p0_qtiextv2p1_v1p0.xsd"
            ),
        },
        allow="local",
    )


LOADERS: dict[str, Callable[[Path], object]] = {
    "scorm12": _scorm12,
    "scorm2004": _scorm2004,
    "imscc": _cc13,
    "imscc-weblink": _cc13_weblink,
    "qti21": _qti21,
}


class Schemas:
    """The schema sets, each built once on first use."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._built: dict[str, object] = {}

    def get(self, name: str):
        if name not in self._built:
            self._built[name] = LOADERS[name](self.root)
        return self._built[name]


def _errors(schema, data: bytes, path: str, limit: int = 3) -> list[str]:
    import xmlschema

    try:
        found = list(schema.iter_errors(io.BytesIO(data)))
    except (xmlschema.XMLSchemaException, SyntaxError) as exc:
        return [f"{path}: {str(exc).splitlines()[0]}"]
    return [f"{path}: {str(e.reason or e.message).splitlines()[0]}" for e in found[:limit]]


def validate_files(fmt: str, files: dict[str, bytes], schemas: Schemas) -> list[str]:
    """Every problem found in the package's manifest and QTI files; [] when all are valid."""
    from coursewright.formats.qti.cc12 import profile_issues

    problems: list[str] = []
    manifest_schema = {"scorm12": "scorm12", "scorm2004": "scorm2004", "imscc": "imscc", "qti21": "scorm2004"}
    problems += _errors(schemas.get(manifest_schema[fmt]), files["imsmanifest.xml"], "imsmanifest.xml")
    for path, data in files.items():
        if fmt == "qti21" and path.endswith(".xml") and path != "imsmanifest.xml":
            problems += _errors(schemas.get("qti21"), data, path)
        elif fmt == "imscc" and path.endswith(".xml") and path != "imsmanifest.xml":
            if b"imswl_v1p3" in data[:400]:
                problems += _errors(schemas.get("imscc-weblink"), data, path)
            else:
                problems += [f"{path}: {issue}" for issue in profile_issues(data)]
    return problems
