"""What a LearningStudio job builds: chapters (modules) of lessons, a share page and SCORM packages.

The documented course object carries only `id, name, headline, format, languageId, shareUrl,
createdAt`. The emulator adds `modules: [{id, title, lessons: [{id, title, content, quiz}]}]`
so a client can show and review what was generated; that part is this sandbox's choice (the
public docs show no course body), and the coursewright adapter reads it.

Content is deterministic in (seed, subject, titles). Add-ons shape it as the docs describe them:
`practical-exercises` and `videos` extend every lesson, `articles`, `wrapup`, `assessment` and
`agreement` each add a closing chapter.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from urllib.parse import quote_plus

from coursewright.sandbox.content import (
    capa_problem,
    course_description,
    course_title_for,
    defects_for,
    outline_for,
    topic_of,
    unit_html,
)
from coursewright.sandbox.core import SandboxConfig

EMULATOR = "learningstudio"
AUTO_CHAPTERS = 4
LESSONS_PER_CHAPTER = 3
ADD_ONS = ("practical-exercises", "wrapup", "assessment", "articles", "videos", "agreement")
# Closing chapters in the order they follow the lessons.
_CLOSING_ADD_ONS = ("articles", "wrapup", "assessment", "agreement")
EXPORT_FORMATS = ("scorm12", "scorm2004", "scorm2004_4")
_SCORM_SCHEMA_VERSION = {"scorm12": "1.2", "scorm2004": "2004 3rd Edition", "scorm2004_4": "2004 4th Edition"}
_SCORM_NAMESPACES = {
    "scorm12": ("http://www.imsproject.org/xsd/imscp_rootv1p1p2", "http://www.adlnet.org/xsd/adlcp_rootv1p2"),
    "scorm2004": ("http://www.imsglobal.org/xsd/imscp_v1p1", "http://www.adlnet.org/xsd/adlcp_v1p3"),
    "scorm2004_4": ("http://www.imsglobal.org/xsd/imscp_v1p1", "http://www.adlnet.org/xsd/adlcp_v1p3"),
}
# A fixed timestamp makes every package of the same course byte-identical.
_ZIP_DATE = (2020, 1, 1, 0, 0, 0)

NewId = Callable[[str], str]


@dataclass(frozen=True)
class JobRequest:
    """A validated `POST /api/v1/courses` body."""

    subject: str
    format: str = "onepage"
    language_id: str = "en-US"
    outline: tuple[str, ...] = ()
    add_ons: tuple[str, ...] = ()
    callback_url: str | None = None


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    content: str
    quiz: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "title": self.title, "content": self.content, "quiz": self.quiz}


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    lessons: tuple[Lesson, ...]

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "title": self.title, "lessons": [lesson.to_json() for lesson in self.lessons]}


@dataclass(frozen=True)
class CourseContent:
    name: str
    headline: str
    modules: tuple[Module, ...]


def headline_for(seed: int, subject: str) -> str:
    return course_description(seed, subject).split(". ", 1)[0].rstrip(".") + "."


def _lesson_html(
    config: SandboxConfig, request: JobRequest, name: str, title: str, defects: frozenset[str]
) -> str:
    html = unit_html(config.seed, name, title, empty="defect-empty" in defects, leak="defect-leak" in defects)
    if "defect-empty" in defects:
        return html
    extra = []
    if "practical-exercises" in request.add_ons:
        extra += [
            "<h3>Practical exercise</h3>",
            f"<p>Apply “{escape(title)}” to a task from your own work and note each step you took.</p>",
        ]
    if "videos" in request.add_ons:
        search = quote_plus(f"{topic_of(request.subject)} {title}")
        extra.append(
            f'<p><a href="https://www.youtube.com/results?search_query={search}">Videos on {escape(title)}</a></p>'
        )
    return "\n".join([html, *extra])


def _closing_module(
    add_on: str, new_id: NewId, config: SandboxConfig, name: str, chapters: Sequence[str]
) -> Module:
    topic = topic_of(name)
    if add_on == "articles":
        lessons = tuple(
            Lesson(new_id("les"), f"Article: {chapter}", unit_html(config.seed, name, f"Article: {chapter}"))
            for chapter in chapters
        )
        return Module(new_id("mod"), "Supporting Articles", lessons)
    if add_on == "wrapup":
        items = "".join(f"<li>{escape(chapter)}</li>" for chapter in chapters)
        content = (
            f"<h2>Wrap-up</h2>\n<p>You have worked through {escape(name)}. The chapters covered:</p>\n"
            f"<ul>{items}</ul>\n<p>Return to any chapter whose ideas you could not yet explain in your own words.</p>"
        )
        return Module(new_id("mod"), "Wrap-up", (Lesson(new_id("les"), "Course Summary", content),))
    if add_on == "assessment":
        content = (
            "<h2>Final assessment</h2>\n"
            f"<p>Answer the question below to check what you learned in {escape(name)}.</p>"
        )
        quiz = capa_problem(config.seed, topic)
        return Module(
            new_id("mod"), "Final Assessment", (Lesson(new_id("les"), "Assessment Quiz", content, quiz),)
        )
    content = (
        "<h2>Completion agreement</h2>\n"
        f"<p>By signing off, you confirm that you completed {escape(name)} and understood its contents.</p>"
    )
    return Module(new_id("mod"), "Agreement", (Lesson(new_id("les"), "Sign-off", content),))


def build_course(config: SandboxConfig, request: JobRequest, new_id: NewId, course_id: str) -> CourseContent:
    """The course a job generates: the asked-for chapters (or planned ones), then add-on chapters.

    The last lesson of each chapter carries a capa quiz on the chapter. Defects from the fault
    spec are drawn per lesson (keyed by course id and position), as the review must catch them.
    """
    name = course_title_for(request.subject)
    count = len(request.outline) or AUTO_CHAPTERS
    planned = outline_for(
        config.seed, request.subject, sections=count, subsections=1, units=LESSONS_PER_CHAPTER
    )
    chapters = list(request.outline) or [section.title for section in planned.sections]
    modules = []
    for m_index, (chapter, section) in enumerate(zip(chapters, planned.sections, strict=True)):
        titles = section.subsections[0].units
        lessons = []
        for l_index, title in enumerate(titles):
            defects = defects_for(config, EMULATOR, f"{course_id}/{m_index}/{l_index}")
            quiz = None
            if l_index == len(titles) - 1:
                quiz = capa_problem(config.seed, chapter, malformed="defect-problem" in defects)
            lessons.append(
                Lesson(new_id("les"), title, _lesson_html(config, request, name, title, defects), quiz)
            )
        modules.append(Module(new_id("mod"), chapter, tuple(lessons)))
    for add_on in _CLOSING_ADD_ONS:
        if add_on in request.add_ons:
            modules.append(_closing_module(add_on, new_id, config, name, chapters))
    return CourseContent(name, headline_for(config.seed, request.subject), tuple(modules))


def share_page(content: CourseContent) -> str:
    """The public page behind a share URL: the course on one page."""
    parts = [
        "<!doctype html>",
        f'<html lang="en"><head><meta charset="utf-8"><title>{escape(content.name)}</title></head><body>',
        f"<h1>{escape(content.name)}</h1>",
        f"<p>{escape(content.headline)}</p>",
    ]
    for module in content.modules:
        parts.append(f"<section><h2>{escape(module.title)}</h2>")
        for lesson in module.lessons:
            parts.append(f"<article><h3>{escape(lesson.title)}</h3>\n{lesson.content}")
            if lesson.quiz:
                parts.append("<p><em>This lesson ends with a knowledge check.</em></p>")
            parts.append("</article>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _manifest(course_id: str, content: CourseContent, export_format: str) -> str:
    version = _SCORM_SCHEMA_VERSION[export_format]
    type_attribute = "adlcp:scormtype" if export_format == "scorm12" else "adlcp:scormType"
    package_namespace, adl_namespace = _SCORM_NAMESPACES[export_format]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<manifest identifier="{escape(course_id, quote=True)}" version="1.0"\n'
        f'  xmlns="{package_namespace}"\n'
        f'  xmlns:adlcp="{adl_namespace}">\n'
        f"  <metadata><schema>ADL SCORM</schema><schemaversion>{version}</schemaversion></metadata>\n"
        '  <organizations default="org">\n'
        f'    <organization identifier="org"><title>{escape(content.name)}</title>\n'
        f'      <item identifier="item" identifierref="res"><title>{escape(content.name)}</title></item>\n'
        "    </organization>\n"
        "  </organizations>\n"
        "  <resources>\n"
        f'    <resource identifier="res" type="webcontent" {type_attribute}="asset" href="index.html">\n'
        '      <file href="index.html"/>\n'
        "    </resource>\n"
        "  </resources>\n"
        "</manifest>\n"
    )


def scorm_package(course_id: str, content: CourseContent, export_format: str) -> bytes:
    """A SCORM content package: `imsmanifest.xml` and the course page as one asset."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (
            ("imsmanifest.xml", _manifest(course_id, content, export_format)),
            ("index.html", share_page(content)),
        ):
            archive.writestr(zipfile.ZipInfo(name, _ZIP_DATE), text)
    return buffer.getvalue()
