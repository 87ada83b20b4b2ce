"""HTML for course pages: an allow-list sanitiser and a scan for what is unsafe.

Everything the agent writes through edit_xblock passes `sanitize_html` (html) or
`sanitize_problem` (the HTML inside capa problem XML, same allow-list, capa's own
elements kept) before it is stored or sent; `unsafe_parts` lets the review flag the
same dangers in content a platform generated on its own.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element, tostring

import nh3
from pydantic import BaseModel, Field

from coursewright.capa import GRADER_SCRIPT, parse_problem
from coursewright.capa_grading import CAPA_ELEMENTS

ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
        "del", "details", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4",
        "h5", "h6", "hr", "i", "iframe", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q",
        "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "u", "ul", "var",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"class", "id", "title", "lang", "dir"},
    "a": {"href", "target"},
    "img": {"src", "alt", "width", "height"},
    "iframe": {"src", "width", "height", "allowfullscreen", "allow", "frameborder"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start", "type"},
    "col": {"span"},
}
#: Hosts whose players may be embedded in a course page.
VIDEO_HOSTS: frozenset[str] = frozenset(
    {
        "www.youtube.com",
        "youtube.com",
        "www.youtube-nocookie.com",
        "youtube-nocookie.com",
        "player.vimeo.com",
        "fast.wistia.net",
        "www.loom.com",
    }
)
URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})
_DANGEROUS_CONTENT = {
    "script", "style", "object", "embed", "applet", "form", "input", "button", "textarea",
    "meta", "base", "link", "frame", "frameset",
}  # fmt: skip
#: Elements removed with everything inside them (the rest of what is not allowed is unwrapped).
_DROP_WITH_CONTENT = _DANGEROUS_CONTENT | {"svg", "noscript", "template", "title", "head", "iframe"}
_URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "background",
    "data",
    "srcset",
}
_SVG_ANIMATION = {"animate", "set", "animatemotion", "animatetransform"}
_EMPTY_IFRAME = re.compile(r"<iframe(?![^>]*\ssrc=)[^>]*>\s*</iframe>", re.IGNORECASE)


class SanitizeResult(BaseModel):
    html: str = Field(description="The HTML as stored.")
    removed: list[str] = Field(default_factory=list, description="What was taken out, and why.")


def allowed_iframe_source(src: str) -> bool:
    parts = urlsplit(src.strip())
    return parts.scheme == "https" and (parts.hostname or "").lower() in VIDEO_HOSTS


def _url_scheme(value: str) -> str:
    compact = re.sub(r"[\s\x00-\x1f]", "", value).lower()
    scheme, sep, _ = compact.partition(":")
    if not sep or "/" in scheme or "?" in scheme or "#" in scheme:
        return ""  # relative URL such as /static/x.png
    return scheme


class _Scanner(HTMLParser):
    """Walks the markup once and names everything the allow-list will drop."""

    def __init__(self, *, security_only: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.security_only = security_only
        self.found: list[str] = []

    def _note(self, text: str) -> None:
        if text not in self.found:
            self.found.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        grader = tag == "script" and values.get("type", "").strip().lower() == GRADER_SCRIPT
        if grader and self.security_only:
            return  # capa's grader runs on the server; a browser never executes this script type
        if tag in _DANGEROUS_CONTENT:
            self._note(f"<{tag}> element")
        elif tag in _SVG_ANIMATION and values.get("attributename", "").lower() in ("href", "xlink:href"):
            self._note(f"SVG <{tag}> that rewrites a link")
        elif tag not in ALLOWED_TAGS and not self.security_only:
            self._note(f"<{tag}> element (not allowed in course pages)")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self._note(f"{name} event handler on <{tag}>")
            elif name == "srcdoc":
                self._note(f"srcdoc attribute on <{tag}>")
            elif name in _URL_ATTRIBUTES and _url_scheme(value) not in (
                "",
                *URL_SCHEMES,
            ):
                self._note(f"{_url_scheme(value)}: link on <{tag}>")
            elif tag == "iframe" and name == "src" and not allowed_iframe_source(value):
                host = urlsplit(value.strip()).hostname or value[:60]
                self._note(
                    f"iframe from {host} (only YouTube, Vimeo, Wistia and Loom players may be embedded)"
                )
            elif name == "style" and not self.security_only:
                self._note(f"style attribute on <{tag}>")
            elif (
                not self.security_only
                and tag in ALLOWED_TAGS
                and name not in ALLOWED_ATTRIBUTES["*"]
                and name not in ALLOWED_ATTRIBUTES.get(tag, set())
            ):
                self._note(f"{name} attribute on <{tag}>")

    handle_startendtag = handle_starttag


def _scan(html: str, *, security_only: bool) -> list[str]:
    scanner = _Scanner(security_only=security_only)
    scanner.feed(html)
    scanner.close()
    return scanner.found


def unsafe_parts(html: str) -> list[str]:
    """Scripts, event handlers, script links, foreign iframes: what must never reach a learner."""
    return _scan(html or "", security_only=True)


def _keep_attribute(tag: str, name: str, value: str) -> str | None:
    if tag == "iframe" and name == "src" and not allowed_iframe_source(value):
        return None
    return value


def sanitize_html(html: str) -> SanitizeResult:
    """Reduce HTML to the course-content allow-list and say what was removed."""
    # A slot the author left (`<<SITE_PHONE>>`) is text, not a tag: kept visible so the review sees it.
    from coursewright.guardrails.slots import visible_slots

    html = visible_slots(html)
    removed = _scan(html, security_only=False)
    cleaned = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=set(URL_SCHEMES),
        attribute_filter=_keep_attribute,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    cleaned = _EMPTY_IFRAME.sub("", cleaned)
    return SanitizeResult(html=cleaned, removed=removed)


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].lower()


def _append_text(parent: Element, index: int, text: str) -> None:
    """Put text where the element at `index` began: the previous sibling's tail, or the parent's text."""
    if not text:
        return
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        before = parent[index - 1]
        before.tail = (before.tail or "") + text


def _attribute_issue(tag: str, attribute: str, value: str) -> str | None:
    name = _local(attribute)
    html_only = tag in ALLOWED_TAGS and tag not in CAPA_ELEMENTS
    if name.startswith("on"):
        return f"{name} event handler on <{tag}>"
    if name == "srcdoc":
        return f"srcdoc attribute on <{tag}>"
    if name in _URL_ATTRIBUTES and _url_scheme(value) not in ("", *URL_SCHEMES):
        return f"{_url_scheme(value)}: link on <{tag}>"
    if name == "style":
        return f"style attribute on <{tag}>"
    if html_only and name not in ALLOWED_ATTRIBUTES["*"] and name not in ALLOWED_ATTRIBUTES.get(tag, set()):
        return f"{name} attribute on <{tag}>"
    return None


def _what_to_do(element: Element) -> tuple[str, str | None]:
    """keep | drop (with its content) | unwrap (keep its content), and what to report."""
    tag = _local(element.tag)
    if tag == "script":
        grader = (element.get("type") or "").strip().lower() == GRADER_SCRIPT
        return ("keep", None) if grader else ("drop", "<script> element")
    if tag == "iframe" and allowed_iframe_source(element.get("src") or ""):
        return "keep", None
    if tag == "iframe":
        host = urlsplit((element.get("src") or "").strip()).hostname or "no source"
        return "drop", f"iframe from {host} (only YouTube, Vimeo, Wistia and Loom players may be embedded)"
    if tag in _DROP_WITH_CONTENT:
        return "drop", f"<{tag}> element"
    if tag in CAPA_ELEMENTS or tag in ALLOWED_TAGS:
        return "keep", None
    return "unwrap", f"<{tag}> element (not allowed in course pages)"


def _clean_children(parent: Element, removed: list[str]) -> bool:
    changed = False
    index = 0
    while index < len(parent):
        child = parent[index]
        if not isinstance(child.tag, str):  # a comment: inert, and never shown
            index += 1
            continue
        action, note = _what_to_do(child)
        if note and note not in removed:
            removed.append(note)
        if action == "keep":
            tag = _local(child.tag)
            for attribute, value in list(child.attrib.items()):
                issue = _attribute_issue(tag, attribute, value)
                if issue:
                    del child.attrib[attribute]
                    changed = True
                    if issue not in removed:
                        removed.append(issue)
            if tag != "script":
                changed |= _clean_children(child, removed)
            index += 1
            continue
        changed = True
        inner = list(child) if action == "unwrap" else []
        _append_text(parent, index, (child.text or "") if action == "unwrap" else "")
        parent.remove(child)
        for offset, grandchild in enumerate(inner):
            parent.insert(index + offset, grandchild)
        if inner:
            inner[-1].tail = (inner[-1].tail or "") + (child.tail or "")
        else:
            _append_text(parent, index, child.tail or "")
        # the unwrapped children now sit at `index` and are examined in turn
    return changed


def sanitize_problem(xml: str) -> SanitizeResult:
    """The HTML inside capa problem XML reduced to the course allow-list; capa's elements and its
    grader script are kept. Returns the text unchanged when nothing had to go (or it does not parse:
    `capa.problem_issues` refuses that first)."""
    root, _ = parse_problem(xml.strip())
    if root is None:
        return SanitizeResult(html=xml)
    removed: list[str] = []
    for attribute, value in list(root.attrib.items()):
        issue = _attribute_issue("problem", attribute, value)
        if issue:
            del root.attrib[attribute]
            removed.append(issue)
    changed = _clean_children(root, removed) or bool(removed)
    if not changed and xml.lstrip().startswith("<problem"):
        return SanitizeResult(html=xml)
    # Rewritten from the tree: what was removed is gone, and so is any prolog before <problem>.
    return SanitizeResult(html=tostring(root, encoding="unicode"), removed=removed)
