"""One unit as one SCO page: its html, its videos as links, its problems as a scored quiz."""

from __future__ import annotations

import json
from html import escape

from coursewright.formats.package import Package
from coursewright.formats.questions import Question, Unmapped, read_question, tolerance_of
from coursewright.model import Block


def _key(question: Question) -> object:
    if question.kind in ("single", "multiple"):
        return [n for n, (_, ok) in enumerate(question.choices) if ok]
    if question.kind == "text":
        return {"answers": question.answers, "caseSensitive": question.case_sensitive}
    mode, amount = tolerance_of(question)
    return {"answer": question.answers[0], "mode": mode, "amount": amount}


def _question_html(number: int, block: Block, question: Question) -> str:
    key = escape(json.dumps(_key(question), separators=(",", ":")), quote=True)
    name = f"q{number}"
    if question.kind in ("single", "multiple"):
        kind = "radio" if question.kind == "single" else "checkbox"
        inputs = "".join(
            f'<label><input type="{kind}" name="{name}" value="{n}"> {escape(text)}</label><br>\n'
            for n, (text, _) in enumerate(question.choices)
        )
    else:
        mode = "decimal" if question.kind == "number" else "text"
        inputs = f'<input type="text" inputmode="{mode}" name="{name}" aria-label="Answer">\n'
    return (
        f'<fieldset class="cw-question" data-kind="{question.kind}" data-key="{key}">\n'
        f"<legend>{escape(block.display_name)}</legend>\n<p>{escape(question.prompt)}</p>\n{inputs}</fieldset>\n"
    )


def unit_page(unit: Block, version: str, package: Package, script: str, language: str = "en") -> str:
    """The unit's page; problems no quiz here can express are added to `package.skipped`."""
    parts: list[str] = []
    questions = 0
    for block in unit.children:
        if block.type == "html":
            parts.append(f'<section class="cw-html">\n{block.content or ""}\n</section>\n')
        elif block.type == "video":
            url = (block.content or "").strip()
            parts.append(
                f'<p class="cw-video"><a href="{escape(url, quote=True)}" target="_blank" rel="noopener">'
                f"{escape(block.display_name)}</a> (video)</p>\n"
            )
        elif block.type == "problem":
            question = read_question(block.content or "")
            if isinstance(question, Unmapped):
                package.skip(block, question.reason)
                continue
            questions += 1
            parts.append(_question_html(questions, block, question))
    if questions:
        parts.append('<p><button type="button" id="cw-submit">Check my answers</button></p>\n')
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(language, quote=True)}" data-scorm="{version}">\n<head>\n'
        f'<meta charset="utf-8">\n<title>{escape(unit.display_name)}</title>\n</head>\n<body>\n'
        f"<h1>{escape(unit.display_name)}</h1>\n{''.join(parts)}"
        f'<p id="cw-status" role="status"></p>\n<script src="{script}"></script>\n</body>\n</html>\n'
    )
