"""Read an IMS Common Cartridge (1.0 to 1.3, as Canvas, Moodle and coursewright write them) into a
course tree.

Elements are matched by local name, so every version's namespaces read alike. The organisation
gives the outline: items one level under the root become sections, two levels subsections,
three units, and anything deeper the components of the unit above it. Real cartridges put
pages straight under a module: such leaves are wrapped in a subsection named after their
section (or the section after the course) holding a unit per leaf, and a title-only item (a
Canvas text header) starts a new subsection. Web content pages become html components, web
links videos (YouTube or a video file) or html links, and each supported question of an
assessment a capa problem. Discussions, LTI links, assignments, question banks, files and
anything else are named in `skipped`, as are package files no imported item uses.

An item's identifier becomes its block's slug (without coursewright's own `I_`/`Q_` prefix), so
a cartridge coursewright wrote imports with the names it had and exports again the same. File
paths are resolved inside the package (with any xml:base); one that leads out is not read.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from coursewright.errors import InvalidInput
from coursewright.formats.imported import MAX_BLOCKS, ImportedCourse, Node, too_many_blocks
from coursewright.formats.imscc.manifest import (
    MANIFEST,
    Entry,
    Resource,
    find_manifest,
    kind_of,
    outline,
    resources,
    slug_of,
    title_and_language,
)
from coursewright.formats.olx.importer import parse_xml
from coursewright.formats.qti.cc12_read import descendants, local, read_items
from coursewright.formats.questions import Unmapped, capa_of

_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_BODY_CLOSE = re.compile(r"</body\s*>", re.IGNORECASE)
_OUTSIDE_BODY = re.compile(r"<!DOCTYPE[^>]*>|<head\b.*?</head\s*>|</?html\b[^>]*>", re.IGNORECASE | re.DOTALL)
_VIDEO_FILES = (".mp4", ".webm", ".ogv", ".ogg", ".m4v", ".mov")
#: Resource types that are not imported: (how an item of the type is named, why).
_NOT_IMPORTED = {
    "discussion": (
        "discussion topic",
        "discussions have no counterpart in a coursewright course: set them up where the course is published",
    ),
    "lti": (
        "LTI link",
        "external tools (LTI) are not imported: add the tool again where the course is published",
    ),
    "assignment": (
        "assignment",
        "assignments (with submissions) have no counterpart in a coursewright course",
    ),
    "bank": (
        "question bank",
        "question banks are not imported; only quizzes placed in the course outline are",
    ),
}


def _body(text: str) -> str:
    opening = _BODY_OPEN.search(text)
    if opening:
        closings = list(_BODY_CLOSE.finditer(text, opening.end()))
        return text[opening.end() : closings[-1].start() if closings else len(text)].strip()
    return _OUTSIDE_BODY.sub("", text).strip()


def is_video(url: str) -> bool:
    from coursewright.formats.olx.export import youtube_id

    path = urlsplit(url).path.lower()
    return youtube_id(url) is not None or path.endswith(_VIDEO_FILES)


class _Cartridge:
    """Maps the outline's entries to course nodes, reading each resource's files."""

    def __init__(
        self, files: dict[str, bytes], prefix: str, result: ImportedCourse, listed: dict[str, Resource]
    ) -> None:
        self.files = {name[len(prefix) :]: data for name, data in files.items() if name.startswith(prefix)}
        self.result = result
        self.resources = listed
        #: Package files an outline item or a named skip accounts for.
        self.accounted: set[str] = {MANIFEST}
        self.blocks = 0

    def node(self, kind: str, title: str, slug: str | None = None) -> Node:
        self.count()
        return Node(kind, title or f"Untitled {kind}", slug)

    def count(self) -> None:
        self.blocks += 1
        if self.blocks > MAX_BLOCKS:
            raise too_many_blocks()

    def sections(self, entries: list[Entry]) -> list[Node]:
        found: list[Node] = []
        generated: list[Node] = []
        loose: Node | None = None
        for entry in entries:
            if entry.children:
                loose = None
                found.append(self.node("section", entry.title, slug_of(entry.identifier)))
                found[-1].children = self.subsections(entry.children, found[-1].display_name)
            elif entry.ref:
                if loose is None:
                    # Pages at the top: a section and subsection named after the course hold them.
                    loose = self.node("section", self.result.title)
                    loose.children.append(self.node("subsection", self.result.title))
                    generated.append(loose)
                    found.append(loose)
                loose.children[0].children.extend(self.leaf_unit(entry))
            else:
                loose = None
                found.append(self.node("section", entry.title, slug_of(entry.identifier)))
        return [n for n in found if not any(n is g for g in generated) or n.children[0].children]

    def subsections(self, entries: list[Entry], section_title: str) -> list[Node]:
        found: list[Node] = []
        generated: list[Node] = []
        current: Node | None = None
        for entry in entries:
            if entry.children:
                current = None
                found.append(self.node("subsection", entry.title, slug_of(entry.identifier)))
                found[-1].children = self.units(entry.children)
            elif entry.ref:
                if current is None:
                    current = self.node("subsection", section_title)
                    generated.append(current)
                    found.append(current)
                current.children.extend(self.leaf_unit(entry))
            else:
                # A title-only item (a text header in a Canvas module) starts a subsection of its own.
                current = self.node("subsection", entry.title, slug_of(entry.identifier))
                found.append(current)
        return [n for n in found if n.children or not any(n is g for g in generated)]

    def units(self, entries: list[Entry]) -> list[Node]:
        found: list[Node] = []
        for entry in entries:
            if entry.children:
                unit = self.node("unit", entry.title, slug_of(entry.identifier))
                for leaf in self.leaves(entry):
                    unit.children.extend(self.components(leaf))
                found.append(unit)
            elif entry.ref:
                found.extend(self.leaf_unit(entry))
            else:
                # A title-only item where a unit belongs is an empty unit (coursewright writes one for a
                # unit whose problems no format holds): kept, so the review shows what is missing.
                found.append(self.node("unit", entry.title, slug_of(entry.identifier)))
        return found

    def leaves(self, entry: Entry) -> list[Entry]:
        """The items under a unit with a resource, in order, however deep (the nesting is dropped)."""
        found: list[Entry] = []
        pending = list(reversed(entry.children))
        while pending:
            item = pending.pop()
            if item.children:
                pending.extend(reversed(item.children))
            elif item.ref:
                found.append(item)
            else:
                self.result.skip(f"heading '{item.title}'", "a title with no content inside a unit")
        return found

    def leaf_unit(self, entry: Entry) -> list[Node]:
        """A unit of its own for a leaf item found where a unit belongs (none when nothing maps)."""
        components = self.components(entry)
        if not components:
            return []
        unit = self.node("unit", entry.title)
        unit.children = components
        return [unit]

    def components(self, entry: Entry) -> list[Node]:
        title = entry.title or "(untitled)"
        resource = self.resources.get(entry.ref or "")
        if resource is None:
            self.result.skip(f"item '{title}'", "it points at a resource the manifest does not list")
            return []
        kind = kind_of(resource.type)
        paths = resource.paths()
        self.accounted.update(p for p in paths if p)
        if kind in _NOT_IMPORTED:
            name, reason = _NOT_IMPORTED[kind]
            self.result.skip(f"{name} '{title}'", reason)
            return []
        if kind == "other":
            self.result.skip(f"item '{title}'", f"resources of type '{resource.type}' are not imported")
            return []
        label = {"page": "page", "link": "web link", "quiz": "quiz"}[kind]
        if not paths:
            self.result.skip(f"{label} '{title}'", "its resource names no file")
            return []
        path = paths[0]
        if path is None:
            self.result.skip(
                f"{label} '{title}'", "its file path leads outside the package, so it was not read"
            )
            return []
        if kind == "page" and not path.lower().endswith((".html", ".htm")):
            self.result.skip(
                f"file '{title}'",
                "files (PDFs, images, documents) are not imported: upload it again where the course is published",
            )
            return []
        data = self.files.get(path)
        if data is None:
            self.result.skip(f"{label} '{title}'", f"its file {path} is missing from the package")
            return []
        slug = slug_of(entry.identifier)
        if kind == "page":
            return self.page(title, path, data, slug)
        if kind == "link":
            return self.link(title, path, data, slug)
        return self.quiz(title, path, data)

    def component(self, kind: str, title: str, content: str, slug: str | None) -> list[Node]:
        self.count()
        node = self.result.component(kind, title, content, slug)
        return [node] if node is not None else []

    def page(self, title: str, path: str, data: bytes, slug: str | None) -> list[Node]:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            self.result.skip(f"page '{title}'", f"{path} is not UTF-8 text")
            return []
        return self.component("html", title, _body(text), slug)

    def link(self, title: str, path: str, data: bytes, slug: str | None) -> list[Node]:
        from html import escape

        root = parse_xml(data, path)
        url_element = next(iter(descendants(root, "url")), None)
        url = ((url_element.get("href") if url_element is not None else "") or "").strip()
        if urlsplit(url).scheme.lower() not in ("http", "https"):
            self.result.skip(f"web link '{title}'", "its address is not a web (http or https) link")
            return []
        if is_video(url):
            return self.component("video", title, url, slug)
        link = f'<p><a href="{escape(url)}">{escape(title)}</a></p>'
        return self.component("html", title, link, slug)

    def quiz(self, title: str, path: str, data: bytes) -> list[Node]:
        items = read_items(parse_xml(data, path))
        if not items:
            self.result.skip(f"quiz '{title}'", "it holds no questions")
        found: list[Node] = []
        for item in items:
            if isinstance(item.question, Unmapped):
                self.result.skip(f"question '{item.title}' in quiz '{title}'", item.question.reason)
                continue
            found.extend(self.component("problem", item.title, capa_of(item.question), slug_of(item.ident)))
        return found

    def unreferenced(self, seen: list[str], prefix: str) -> None:
        """Question banks, and the files no outline item used, named in `skipped`."""
        for resource in self.resources.values():
            if kind_of(resource.type) == "bank" and not any(
                p in self.accounted for p in resource.paths() if p
            ):
                self.accounted.update(p for p in resource.paths() if p)
                self.result.skip(f"question bank '{resource.identifier}'", _NOT_IMPORTED["bank"][1])
        left = [
            n[len(prefix) :] for n in seen if n.startswith(prefix) and n[len(prefix) :] not in self.accounted
        ]
        if left:
            self.result.skip(
                f"{len(left)} file(s) no item of the outline uses, e.g. {left[0]}",
                "images, downloads and settings are not imported: upload what the course needs where it is published",
            )


def read_cartridge(files: dict[str, bytes], seen: list[str], name: str = "") -> ImportedCourse:
    """The course a Common Cartridge holds; `seen` lists every member (for what is left out) and
    `name` is the package's file name, the title when the manifest gives none."""
    prefix = find_manifest(files)
    if prefix is None:
        raise InvalidInput(f"The package has no {MANIFEST}, so it is not a Common Cartridge.", _WHAT)
    manifest = parse_xml(files[prefix + MANIFEST], MANIFEST)
    if local(manifest) != "manifest":
        raise InvalidInput(f"{MANIFEST} does not hold a <manifest> element.", _WHAT)
    result = ImportedCourse(format="imscc", title="")
    title, result.language = title_and_language(manifest)
    result.title = title or name.strip()[:255] or "Imported course"
    cartridge = _Cartridge(files, prefix, result, resources(manifest))
    result.sections = cartridge.sections(outline(manifest))
    cartridge.unreferenced(seen, prefix)
    result.check_size()
    return result


_WHAT = "Pass a Common Cartridge (.imscc) as Canvas, Moodle or coursewright export it, or an Open edX export."
