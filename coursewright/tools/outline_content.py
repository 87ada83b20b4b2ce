"""Unit content handed over with the outline (where the platform takes it: `local`): every unit's
HTML, problem XML or video URL is checked exactly as edit_xblock checks it (HTML sanitised,
problems gradable capa with their HTML sanitised), per unit. A refused unit is still created,
empty, and named in the answer with the reason, so one bad unit never costs the others."""

from dataclasses import dataclass, field

from pydantic import BaseModel

from coursewright.errors import InvalidInput
from coursewright.model import Course, OutlineSection
from coursewright.providers.base import Provider
from coursewright.tools.edit_checks import clean_content

Place = tuple[int, int, int]


class UnitRefusal(BaseModel):
    unit_id: str | None = None
    title: str
    reason: str


@dataclass
class CheckedOutline:
    outline: list[OutlineSection]
    written: int = 0
    refused: dict[Place, str] = field(default_factory=dict)
    sanitized: dict[Place, list[str]] = field(default_factory=dict)


def _places(outline: list[OutlineSection]):
    for i, section in enumerate(outline):
        for j, subsection in enumerate(section.subsections):
            for k, unit in enumerate(subsection.units):
                yield (i, j, k), unit


def check_outline_content(outline: list[OutlineSection] | None, platform: Provider) -> CheckedOutline | None:
    """The outline with each unit's content cleaned, or None when no unit carries content."""
    if not outline or not any(unit.content for _, unit in _places(outline)):
        return None
    if not platform.capabilities.outline_content:
        raise InvalidInput(
            f"The {platform.name} provider takes no unit content in the outline.",
            "Pass the outline with titles only, then draft_content, or write each unit with edit_xblock.",
        )
    checked = CheckedOutline([section.model_copy(deep=True) for section in outline])
    for place, unit in _places(checked.outline):
        if not (unit.content or "").strip():
            unit.content = None
            continue
        try:
            cleaned, removed = clean_content("video" if unit.kind == "video" else "unit", unit.content)
        except InvalidInput as exc:
            checked.refused[place] = f"{exc.what} {exc.next_step}".strip()
            unit.content = None
            continue
        unit.content = cleaned
        checked.written += 1
        if removed:
            checked.sanitized[place] = removed
    return checked


def content_report(course: Course, checked: CheckedOutline) -> tuple[list[UnitRefusal], list[str]]:
    """What was refused (by the unit id the course gave it) and what was removed, unit by unit."""
    refused: list[UnitRefusal] = []
    sanitized: list[str] = []
    for place, unit in _places(checked.outline):
        i, j, k = place
        try:
            block = course.root.children[i].children[j].children[k]
        except IndexError:
            block = None
        if place in checked.refused:
            refused.append(
                UnitRefusal(
                    unit_id=block.id if block else None, title=unit.title, reason=checked.refused[place]
                )
            )
        if place in checked.sanitized:
            sanitized.append(f"'{unit.title}': removed " + ", ".join(checked.sanitized[place]))
    return refused, sanitized
