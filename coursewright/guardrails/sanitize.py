"""HTML for course pages: an allow-list sanitiser and a scan for what is unsafe.

Everything the agent writes through edit_xblock passes `sanitize_html` before it is
stored or sent; `unsafe_parts` lets the review flag the same dangers in content a
platform generated on its own.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import nh3
from pydantic import BaseModel, Field

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
_DANGEROUS_CONTENT = {"script", "style", "object", "embed", "applet", "form", "input", "button", "textarea"}
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
        if tag in _DANGEROUS_CONTENT:
            self._note(f"<{tag}> element")
        elif tag not in ALLOWED_TAGS and not self.security_only:
            self._note(f"<{tag}> element (not allowed in course pages)")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self._note(f"{name} event handler on <{tag}>")
            elif name in ("href", "src", "action", "formaction", "xlink:href") and _url_scheme(value) not in (
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
