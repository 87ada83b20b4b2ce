"""Courses for the export tests (the demo course, one with every problem type) and the
official schemas, found at COURSEWRIGHT_SCHEMAS_DIR or ../shared/reference/schemas beside the repo."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from coursewright.demo.flow import load_example
from coursewright.model import Block, Course

REPO = Path(__file__).resolve().parents[1]


def schemas_dir() -> Path:
    """The schema folder; a set but missing COURSEWRIGHT_SCHEMAS_DIR fails, an absent default skips."""
    configured = os.environ.get("COURSEWRIGHT_SCHEMAS_DIR")
    if configured:
        folder = Path(configured)
        assert (folder / "qti-2.1").is_dir(), f"COURSEWRIGHT_SCHEMAS_DIR={configured} holds no schema sets"
        return folder
    folder = REPO.parent / "shared" / "reference" / "schemas"
    if not folder.is_dir():
        pytest.skip("the official schemas are not beside the repo (set COURSEWRIGHT_SCHEMAS_DIR)")
    return folder


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in text.lower())


def demo_course() -> Course:
    """The packaged demo course (coursewright/examples) as the neutral model, with edX locators."""
    data = load_example()
    prefix = "block-v1:coursewright+DEMO+2026+type@"

    def block(kind: str, category: str, title: str, **more) -> Block:
        return Block(id=f"{prefix}{category}+block@{_slug(title)}", type=kind, display_name=title, **more)

    sections = []
    for section in data["outline"]:
        subsections = []
        for sub in section["subsections"]:
            units = []
            for unit in sub["units"]:
                body = data["content"].get(unit["title"], "<p>More practice with the csv module.</p>")
                kind = "problem" if body.startswith("<problem") else "html"
                component = block(kind, kind, unit["title"] + " body", content=body)
                units.append(block("unit", "vertical", unit["title"], children=[component]))
            subsections.append(block("subsection", "sequential", sub["title"], children=units))
        sections.append(block("section", "chapter", section["title"], children=subsections))
    root = Block(
        id=f"{prefix}course+block@course",
        type="course",
        display_name=data["brief"]["name"],
        children=sections,
    )
    return Course(course_id="local:1", provider="local", title=data["brief"]["name"], root=root)


#: Every capa problem type the exporters map, by name.
SUPPORTED = {
    "single choice": (
        "<problem><multiplechoiceresponse><label>Which keyword defines a function?</label>"
        '<choicegroup type="MultipleChoice"><choice correct="false">func</choice>'
        '<choice correct="true">def</choice><choice correct="false">fn</choice></choicegroup>'
        "</multiplechoiceresponse></problem>"
    ),
    "true or false": (
        "<problem><truefalseresponse><label>Python lists are mutable.</label>"
        '<choicegroup type="TrueFalse"><choice correct="true">True</choice><choice correct="false">False</choice>'
        "</choicegroup></truefalseresponse></problem>"
    ),
    "checkboxes": (
        "<problem><choiceresponse><label>Which of these are sequences?</label><checkboxgroup>"
        '<choice correct="true">list</choice><choice correct="true">tuple</choice>'
        '<choice correct="false">int</choice></checkboxgroup></choiceresponse></problem>'
    ),
    "dropdown": (
        "<problem><optionresponse><label>len('abc') is</label>"
        "<optioninput options=\"('2','3','4')\" correct=\"3\"/></optionresponse></problem>"
    ),
    "dropdown with options": (
        "<problem><optionresponse><label>The csv module reads</label><optioninput>"
        '<option correct="False">images</option><option correct="True">text files</option>'
        "</optioninput></optionresponse></problem>"
    ),
    "text input": (
        '<problem><stringresponse answer="print" type="ci"><label>Which function writes to the screen?</label>'
        '<additional_answer answer="print()"/><textline size="20"/></stringresponse></problem>'
    ),
    "numerical input": (
        '<problem><numericalresponse answer="3.14"><label>Pi to two decimals?</label>'
        '<responseparam type="tolerance" default="0.01"/><formulaequationinput/></numericalresponse></problem>'
    ),
    "numerical input, relative tolerance": (
        '<problem><numericalresponse answer="200"><label>Rows in the file?</label>'
        '<responseparam type="tolerance" default="5%"/><textline/></numericalresponse></problem>'
    ),
}
#: Capa problems no quiz format here can hold: each must be named in `skipped`.
UNSUPPORTED = {
    "math expression": (
        '<problem><formularesponse answer="x^2" samples="x@1:5#5"><label>Square x</label>'
        '<responseparam type="tolerance" default="0.01"/><formulaequationinput/></formularesponse></problem>'
    ),
    "two-part problem": (
        "<problem><multiplechoiceresponse><label>First?</label><choicegroup>"
        '<choice correct="true">a</choice><choice correct="false">b</choice></choicegroup></multiplechoiceresponse>'
        "<multiplechoiceresponse><label>Second?</label><choicegroup>"
        '<choice correct="true">c</choice><choice correct="false">d</choice></choicegroup></multiplechoiceresponse>'
        "</problem>"
    ),
}


def every_type_course() -> Course:
    """One section per kind: a unit of html and a video, a unit per supported problem, one per unsupported."""

    def problem_unit(n: int, title: str, xml: str) -> Block:
        return Block(
            id=f"unit-{n}",
            type="unit",
            display_name=f"Quiz: {title}",
            children=[Block(id=f"problem-{n}", type="problem", display_name=title, content=xml)],
        )

    reading = Block(
        id="unit-reading",
        type="unit",
        display_name="Reading",
        children=[
            Block(
                id="html-1", type="html", display_name="Lists", content="<p>A list holds values in order.</p>"
            ),
            Block(
                id="video-1",
                type="video",
                display_name="Lists in 3 minutes",
                content="https://youtu.be/dQw4w9WgXcQ",
            ),
        ],
    )
    supported = [problem_unit(n, t, x) for n, (t, x) in enumerate(SUPPORTED.items())]
    unsupported = [problem_unit(100 + n, t, x) for n, (t, x) in enumerate(UNSUPPORTED.items())]
    mixed = Block(
        id="unit-mixed",
        type="unit",
        display_name="Mixed quiz",
        children=[
            Block(
                id="problem-m1", type="problem", display_name="mixed one", content=SUPPORTED["single choice"]
            ),
            Block(id="problem-m2", type="problem", display_name="mixed two", content=SUPPORTED["text input"]),
        ],
    )
    sections = [
        Block(id="s1", type="section", display_name="Every type", children=[
            Block(id="ss1", type="subsection", display_name="Reading and quizzes", children=[reading, mixed, *supported]),
        ]),
        Block(id="s2", type="section", display_name="Beyond the formats", children=[
            Block(id="ss2", type="subsection", display_name="Hard problems", children=unsupported),
        ]),
    ]  # fmt: skip
    root = Block(id="root", type="course", display_name="Every type", children=sections)
    return Course(course_id="tutorflow:every-type", provider="tutorflow", title="Every type", root=root)


def zip_files(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        return {name: archive.read(name) for name in archive.namelist()}
