"""Read an Open edX OLX export (as Studio writes it, or a folder of the same files) into a course tree.

course.xml points at course/{run}.xml (or holds the course inline); chapters, sequentials,
verticals and their components are either pointers (`<tag url_name="x"/>` with `tag/x.xml`) or
written inline. Chapters become sections, sequentials subsections, verticals units; html, capa
problems and videos become components. Anything else (discussions, ORA, LTI, libraries, custom
XBlocks, static files) is listed in `skipped`. Every file is parsed with DTDs and entities
forbidden; a structural file that does not parse refuses the import.
"""

from __future__ import annotations

import json
import re
from xml.etree.ElementTree import Element, tostring

from coursewright.errors import InvalidInput
from coursewright.formats.imported import ImportedCourse, Node

#: OLX category -> neutral container type, and the category each container holds.
_CONTAINERS = {"chapter": "section", "sequential": "subsection", "vertical": "unit"}
_CHILD = {"course": "chapter", "chapter": "sequential", "sequential": "vertical"}
_COMPONENTS = {"html", "problem", "video"}
_SLUG = re.compile(r"^[A-Za-z0-9_-]{1,100}$")
_IGNORED_AT_COURSE = {"wiki"}


def keep(name: str) -> bool:
    """The members the importer reads (the rest is only counted)."""
    return name.endswith((".xml", ".html", ".json")) and "/static/" not in f"/{name}"


def find_root(files: dict[str, bytes]) -> str | None:
    """The folder prefix holding course.xml ('' or 'course/'), the shallowest one."""
    found = sorted(
        (n for n in files if n == "course.xml" or n.endswith("/course.xml")), key=lambda n: n.count("/")
    )
    return found[0][: -len("course.xml")] if found else None


def parse_xml(text: bytes | str, where: str) -> Element:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        return fromstring(text, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise InvalidInput(
            f"{where} declares a DOCTYPE or entities, which course files may not carry.",
            "Export the course again from its platform; an untouched export has none.",
        ) from None
    except ParseError as exc:
        line = getattr(exc, "position", (None,))[0]
        raise InvalidInput(
            f"{where} is not well-formed XML{f' (line {line})' if line else ''}.",
            "Fix or re-export that file, then import again.",
        ) from None


class _Reader:
    def __init__(self, files: dict[str, bytes], prefix: str, result: ImportedCourse) -> None:
        self.files = {name[len(prefix) :]: data for name, data in files.items() if name.startswith(prefix)}
        self.result = result
        self.policy: dict[str, dict] = {}

    def text(self, name: str) -> str | None:
        data = self.files.get(name)
        if data is None:
            return None
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InvalidInput(
                f"{name} is not UTF-8 text.", "Re-export the course, then import again."
            ) from None

    def resolve(self, element: Element) -> tuple[Element, str | None, str | None]:
        """(the element with its content, its url_name, the raw file text when it came from a file)."""
        url_name = element.get("url_name")
        if url_name and len(element) == 0 and not (element.text or "").strip():
            name = f"{element.tag}/{url_name.replace(':', '/')}.xml"
            raw = self.text(name)
            if raw is not None:
                loaded = parse_xml(raw, name)
                if loaded.tag == element.tag:
                    return loaded, url_name, raw
        return element, url_name, None

    def title(self, element: Element, category: str, url_name: str | None) -> str:
        name = element.get("display_name") or self.policy.get(f"{category}/{url_name}", {}).get(
            "display_name"
        )
        return (name or "").strip()[:255] or f"Untitled {_CONTAINERS.get(category, category)}"

    def container(self, element: Element, category: str) -> Node | None:
        element, url_name, _ = self.resolve(element)
        kind = _CONTAINERS[category]
        node = Node(kind, self.title(element, category, url_name), _slug(url_name))
        for child in element:
            if not isinstance(child.tag, str):
                continue
            if category == "vertical":
                component = self.component(child)
                if component is not None:
                    node.children.append(component)
            elif child.tag == _CHILD[category]:
                node.children.append(self.container(child, child.tag))
            else:
                self.skip_element(child, f"a {kind} holds only {_CONTAINERS[_CHILD[category]]}s here")
        return node

    def skip_element(self, element: Element, reason: str) -> None:
        loaded, url_name, _ = self.resolve(element)
        label = loaded.get("display_name") or url_name or "(no name)"
        self.result.skip(f"{element.tag} '{label}'", reason)

    def component(self, element: Element) -> Node | None:
        if element.tag not in _COMPONENTS:
            self.skip_element(element, f"'{element.tag}' blocks have no counterpart in a coursewright course")
            return None
        loaded, url_name, raw = self.resolve(element)
        title = self.title(loaded, element.tag, url_name)
        if element.tag == "html":
            body = self.html_body(loaded, url_name)
            if body is None:
                self.result.skip(f"html '{title}'", "its .html file is missing from the package")
                return None
            return self.result.component("html", title, body, _slug(url_name))
        if element.tag == "problem":
            body = raw.strip() if raw is not None else tostring(loaded, encoding="unicode").strip()
            body = _without_own_title(body, title)
            return self.result.component("problem", title, body, _slug(url_name))
        url = video_url(loaded)
        if url is None:
            self.result.skip(f"video '{title}'", "it names no YouTube id and no video file URL")
            return None
        return self.result.component("video", title, url, _slug(url_name))

    def html_body(self, element: Element, url_name: str | None) -> str | None:
        filename = element.get("filename")
        if filename:
            name = filename if filename.endswith(".html") else f"{filename}.html"
            text = self.text(f"html/{name.replace(':', '/')}")
            if text is None:
                return None
            return text[:-1] if text.endswith("\n") else text
        inner = (element.text or "") + "".join(tostring(child, encoding="unicode") for child in element)
        return inner.strip()


_TITLE_ATTRIBUTE = re.compile(r"""\sdisplay_name=("[^"]*"|'[^']*')""")
_PROBLEM_OPEN = re.compile(r"<problem\b[^>]*>")


def _without_own_title(body: str, title: str) -> str:
    """The problem without the display_name attribute the exporter adds (the block keeps the title)."""
    from html import unescape

    opening = _PROBLEM_OPEN.search(body)
    if not opening:
        return body
    found = _TITLE_ATTRIBUTE.search(opening.group(0))
    if not found or unescape(found.group(1)[1:-1]) != title:
        return body
    tag = opening.group(0)[: found.start()] + opening.group(0)[found.end() :]
    return body[: opening.start()] + tag + body[opening.end() :]


def _slug(url_name: str | None) -> str | None:
    return url_name if url_name and _SLUG.match(url_name) else None


def video_url(element: Element) -> str | None:
    video = element.get("youtube_id_1_0") or ""
    if not video:
        for pair in (element.get("youtube") or "").split(","):
            speed, _, candidate = pair.partition(":")
            if speed.strip() in ("1.0", "1.00", "1") and candidate.strip():
                video = candidate.strip()
    if video:
        return f"https://www.youtube.com/watch?v={video}"
    try:
        sources = json.loads(element.get("html5_sources") or "[]")
    except ValueError:
        sources = []
    sources = [s for s in sources if isinstance(s, str) and s.strip()]
    sources += [s.get("src", "") for s in element.findall("source") if s.get("src")]
    return sources[0].strip() if sources else None


def _attribute_date(value: str | None) -> str | None:
    text = (value or "").strip().strip('"')
    return text if re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\+00:00|Z)$", text) else None


def read_olx(files: dict[str, bytes], seen: list[str]) -> ImportedCourse:
    """The course an OLX package holds; `seen` lists every member name (for what is left out)."""
    prefix = find_root(files)
    if prefix is None:
        raise InvalidInput("The package has no course.xml, so it is not an OLX course export.", _WHAT)
    result = ImportedCourse(format="olx", title="")
    reader = _Reader(files, prefix, result)
    pointer = parse_xml(reader.text("course.xml") or "", "course.xml")
    if pointer.tag != "course":
        raise InvalidInput("course.xml does not hold a <course> element.", _WHAT)
    run = pointer.get("url_name") or ""
    reader.policy = _policy(reader, run)
    course, _, _ = reader.resolve(pointer)
    result.title = reader.title(course, "course", run).removeprefix("Untitled ")
    if result.title == "course":
        result.title = pointer.get("course") or "Imported course"
    result.language = (course.get("language") or "en").strip()[:20] or "en"
    result.start, result.end = _attribute_date(course.get("start")), _attribute_date(course.get("end"))
    for child in course:
        if not isinstance(child.tag, str) or child.tag in _IGNORED_AT_COURSE:
            continue
        if child.tag == "chapter":
            result.sections.append(reader.container(child, "chapter"))
        else:
            reader.skip_element(child, "only chapters (sections) are imported at the course level")
    image = course.get("course_image") or ""
    _skip_files(result, seen, prefix, image)
    result.check_size()
    return result


_WHAT = (
    "Pass an Open edX course export (.tar.gz, or its unpacked folder with course.xml) or a Common Cartridge."
)


def _policy(reader: _Reader, run: str) -> dict[str, dict]:
    raw = reader.text(f"policies/{run}/policy.json") or reader.text(f"policies/{run}.json")
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict)} if isinstance(data, dict) else {}


def _skip_files(result: ImportedCourse, seen: list[str], prefix: str, course_image: str) -> None:
    inside = [n[len(prefix) :] for n in seen if n.startswith(prefix)]
    static = [n for n in inside if n.startswith("static/") and n != f"static/{course_image}"]
    if static:
        result.skip(
            f"{len(static)} static file(s), e.g. {static[0]}",
            "images and downloads are not imported: upload them again where the course is published",
        )
    drafts = [n for n in inside if n.startswith("drafts/")]
    if drafts:
        result.skip(f"{len(drafts)} unpublished draft file(s)", "only the published course is imported")
