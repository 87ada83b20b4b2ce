"""The shapes of the review corpus: a base course (brief and good pages), and a case built on it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Page:
    """One component of a unit: html, a <problem>, or a video (`video` is its URL, '' for none)."""

    body: str = ""
    video: str | None = None
    title: str = ""
    platform: bool = False  # written as a platform generated it: edit_xblock would refuse or clean it

    @property
    def platform_only(self) -> bool:
        return self.platform

    @property
    def is_problem(self) -> bool:
        return self.body.lstrip().startswith("<problem")


@dataclass(frozen=True)
class Unit:
    title: str
    pages: tuple[Page, ...] = ()

    @property
    def is_problem_only(self) -> bool:
        return bool(self.pages) and all(p.is_problem for p in self.pages)


def html(title: str, body: str) -> Unit:
    return Unit(title, (Page(body),))


def p(text: str) -> str:
    """One paragraph of a page."""
    return f"<p>{text}</p>"


def raw(title: str, body: str) -> Unit:
    """A page as a platform generated it (unsafe HTML, an ungradable problem)."""
    return Unit(title, (Page(body, platform=True),))


@dataclass(frozen=True)
class Base:
    """A course as an instructor, HR team, bootcamp or school would brief and write it."""

    key: str
    language: str
    brief_name: str
    description: str
    audience: str
    size: int  # units that fit the brief's learner time
    section_titles: tuple[str, ...]
    units: tuple[Unit, ...]
    practice: str  # a practice page, {n} numbered, used to pad the course to its size


@dataclass(frozen=True)
class Case:
    name: str
    base: Base
    extra: tuple[Unit, ...] = ()
    expect: frozenset[str] = frozenset()
    held_back: bool = False
    kind: str = "defect"  # defect | clean | tricky
    size: int | None = None
    audience_override: str | None = None
    expect_warnings: frozenset[str] = field(default_factory=frozenset)

    @property
    def language(self) -> str:
        return self.base.language

    @property
    def brief_name(self) -> str:
        return self.base.brief_name

    @property
    def description(self) -> str:
        return self.base.description

    @property
    def audience(self) -> str:
        return self.audience_override or self.base.audience

    @property
    def sections(self) -> int:
        return len(self.base.section_titles)

    @property
    def section_titles(self) -> tuple[str, ...]:
        return self.base.section_titles

    def all_units(self) -> list[Unit]:
        units = list(self.base.units) + list(self.extra)
        target = self.size if self.size is not None else self.base.size
        n = 1
        while len(units) < target:
            units.append(html(f"Practice {n}", self.base.practice.format(n=n)))
            n += 1
        return units[: max(target, len(self.base.units) + len(self.extra))]
