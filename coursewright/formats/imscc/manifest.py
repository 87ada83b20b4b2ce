"""A Common Cartridge's imsmanifest.xml read into plain data: its title and language, its
organisation as a tree of entries and its resources, whatever the CC version (elements are
matched by local name, since each version has its own namespaces).

File paths are resolved inside the package, with any xml:base: a path that is absolute, a URL,
or climbs out with `..` resolves to None and is never read.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import Element

from coursewright.errors import InvalidInput
from coursewright.formats.qti.cc12_read import children, descendants

MANIFEST = "imsmanifest.xml"
_XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
_SLUG = re.compile(r"^[A-Za-z0-9_-]{1,100}$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
#: How deep the organisation may nest before the manifest is refused (Canvas and Moodle use 3).
MAX_DEPTH = 32


def keep(name: str) -> bool:
    """The members the cartridge importer reads: the manifest, pages and XML descriptors."""
    return name.endswith((".xml", ".html", ".htm")) and "/static/" not in f"/{name}"


def find_manifest(files: dict[str, bytes]) -> str | None:
    """The folder prefix holding imsmanifest.xml ('' or 'folder/'), the shallowest one."""
    found = sorted(
        (n for n in files if n == MANIFEST or n.endswith("/" + MANIFEST)), key=lambda n: n.count("/")
    )
    return found[0][: -len(MANIFEST)] if found else None


@dataclass
class Entry:
    """An organisation item: a container when it has children, a leaf when it names a resource."""

    identifier: str
    title: str
    ref: str | None
    children: list[Entry] = field(default_factory=list)


@dataclass
class Resource:
    identifier: str
    type: str
    href: str | None
    files: list[str]
    #: The xml:base of <resources> and <resource> joined (checked with each href by `resolve`).
    base: str

    def paths(self) -> list[str | None]:
        """The package path of each of its files, the href first; None for one leading outside."""
        hrefs = ([self.href] if self.href else []) + [h for h in self.files if h != self.href]
        return [resolve(self.base, href) for href in hrefs]


def slug_of(identifier: str) -> str | None:
    """The block slug an identifier gives (coursewright's own I_/Q_ prefix dropped), if a valid one."""
    name = identifier[2:] if identifier.startswith(("I_", "Q_")) else identifier
    return name if _SLUG.match(name) else None


def resolve(base: str, href: str) -> str | None:
    """The package path `href` names from the folder `base`, or None when it leads outside."""
    href = href.strip()
    if not href or "\\" in href or "\x00" in href:
        return None
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    path = unquote(parts.path)
    if path.startswith("/") or base.startswith("/"):
        return None
    joined = posixpath.normpath(posixpath.join(base, path))
    if joined in (".", "..") or joined.startswith("../"):
        return None
    return joined


def kind_of(resource_type: str) -> str:
    """page, link, quiz, bank, discussion, lti, assignment or other."""
    kind = resource_type.strip().lower()
    if kind == "webcontent":
        return "page"
    if kind.startswith("imswl_xmlv1p"):
        return "link"
    if kind.startswith("imsqti_xmlv1p2/") and kind.endswith("/assessment"):
        return "quiz"
    if kind.endswith("/question-bank"):
        return "bank"
    if kind.startswith("imsdt_xmlv1p"):
        return "discussion"
    if "lti" in kind:
        return "lti"
    if kind.startswith("assignment_xmlv1p") or kind.endswith("/learning-application-resource"):
        return "assignment"
    return "other"


def resources(manifest: Element) -> dict[str, Resource]:
    found: dict[str, Resource] = {}
    for group in children(manifest, "resources"):
        for element in children(group, "resource"):
            identifier = element.get("identifier") or ""
            found[identifier] = Resource(
                identifier=identifier,
                type=element.get("type") or "",
                href=element.get("href"),
                files=[f.get("href") or "" for f in children(element, "file")],
                base=posixpath.join(group.get(_XML_BASE) or "", element.get(_XML_BASE) or ""),
            )
    return found


def _text(element: Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _entry(element: Element, depth: int) -> Entry:
    if depth > MAX_DEPTH:
        raise InvalidInput(
            f"{MANIFEST} nests its outline more than {MAX_DEPTH} levels deep.",
            "Export the course again from its platform; a course outline is never that deep.",
        )
    title = _text(next(iter(children(element, "title")), None))[:255]
    entry = Entry(element.get("identifier") or "", title, element.get("identifierref") or None)
    entry.children = [_entry(child, depth + 1) for child in children(element, "item")]
    if entry.ref and entry.children:
        # An item with its own resource and children: its resource comes first among them.
        entry.children.insert(0, Entry(entry.identifier, entry.title, entry.ref))
        entry.ref = None
    return entry


def outline(manifest: Element) -> list[Entry]:
    """The top-level entries of the (default) organisation, below its root item."""
    organizations = next(iter(children(manifest, "organizations")), None)
    if organizations is None:
        return []
    chosen = children(organizations, "organization")
    default = organizations.get("default")
    chosen = [o for o in chosen if o.get("identifier") == default] or chosen
    if not chosen:
        return []
    top = [_entry(item, 1) for item in children(chosen[0], "item")]
    # The profile's rooted hierarchy: one untitled root item holds the modules.
    if len(top) == 1 and top[0].ref is None and not top[0].title:
        return top[0].children
    return top


def title_and_language(manifest: Element) -> tuple[str, str]:
    """The LOM title and language of the cartridge ('' and 'en' when it names none)."""
    metadata = next(iter(children(manifest, "metadata")), None)
    general = next(iter(descendants(metadata, "general")), None) if metadata is not None else None
    heading = next(iter(children(general, "title")), None) if general is not None else None
    if general is None or heading is None:
        return "", "en"
    strings = descendants(heading, "string")
    title = _text(strings[0] if strings else heading)
    language = next((_text(e) for e in children(general, "language")), "")
    if not language and strings:
        language = strings[0].get("language") or ""
    return title[:255], language if _LANGUAGE.match(language) else "en"
