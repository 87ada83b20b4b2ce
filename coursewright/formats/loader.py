"""Open what the user named (a package file or a folder inside the allowed roots) and read the
course it holds, whichever format it is. Blocking: call it in a thread."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from coursewright.errors import InvalidInput
from coursewright.formats.archive import MAX_PACKAGE_BYTES, read_package
from coursewright.formats.imported import ImportedCourse
from coursewright.guardrails.files import read_inside_roots
from coursewright.guardrails.folders import read_tree_inside_roots

_FORMATS = (
    "The package is neither an Open edX export (no course.xml) nor a Common Cartridge (no imsmanifest.xml)."
)
_EXTENSIONS = (".tar.gz", ".tgz", ".imscc", ".zip")


def _keep(name: str) -> bool:
    """What either importer reads (the format is known only once the files are listed)."""
    from coursewright.formats.imscc.manifest import keep as cartridge_keep
    from coursewright.formats.olx.importer import keep as olx_keep

    return olx_keep(name) or cartridge_keep(name)


def package_name(path: str) -> str:
    """The package's file or folder name without its extension: a title when the package has none."""
    name = Path(path.rstrip("/\\")).name
    for extension in _EXTENSIONS:
        if name.lower().endswith(extension):
            return name[: -len(extension)]
    return name


def read_course_package(path: str, roots: Sequence[Path]) -> ImportedCourse:
    seen: list[str] = []

    def keep(name: str) -> bool:
        seen.append(name)
        return _keep(name)

    files = read_tree_inside_roots(path, roots, keep)
    if files is None:
        _, data = read_inside_roots(path, roots, max_bytes=MAX_PACKAGE_BYTES)
        files = read_package(data, keep)
    return read_course(files, seen, package_name(path))


def read_course(files: dict[str, bytes], seen: list[str], name: str = "") -> ImportedCourse:
    """The course in an unpacked package, by the format its files show: a Common Cartridge when its
    imsmanifest.xml is no deeper than any course.xml, else an OLX export."""
    from coursewright.formats.imscc.importer import read_cartridge
    from coursewright.formats.imscc.manifest import find_manifest
    from coursewright.formats.olx.importer import find_root, read_olx

    olx, cartridge = find_root(files), find_manifest(files)
    if cartridge is not None and (olx is None or cartridge.count("/") <= olx.count("/")):
        return read_cartridge(files, seen, name)
    if olx is not None:
        return read_olx(files, seen)
    raise InvalidInput(
        _FORMATS,
        "Pass an Open edX course export (.tar.gz, or its folder with course.xml) or an .imscc cartridge.",
    )
