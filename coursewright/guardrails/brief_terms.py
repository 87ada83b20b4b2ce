"""Words in a brief that say nothing measurable: level words, which fail a brief, and buzzwords,
which are only asked about; plus the model advice that depends on how deep the brief goes.

A level word ("beginner", "advanced", "Mittelstufe") is explained when its own sentence, or the
audience, says what the learners know in so many words ("who have never coded", "Elo 1400-1700");
a study time or a language level does not say how far along they are in the subject.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from coursewright.guardrails import brief_cues as cues
from coursewright.guardrails.textfold import fold, rx
from coursewright.model import Brief


class _Sentences(Protocol):
    def sentences(self) -> Iterable[tuple[str, str]]: ...


def _skipped(folded: str, bare_exclusion: bool) -> bool:
    """Adjectives in an exclusion describe what is left out, not the course itself."""
    return bare_exclusion or bool(rx(cues.EXCLUSION).search(folded))


def level_terms(texts: Sequence[_Sentences], audience: _Sentences, is_exclusion) -> list[str]:
    """Level words with no measurable meaning, as written."""
    measured = rx(cues.LEVEL_MEASURED)
    audience_measured = any(measured.search(f) for f, _ in audience.sentences())
    found: list[str] = []
    for text in texts:
        for folded, original in text.sentences():
            if _skipped(folded, is_exclusion(folded)) or measured.search(folded) or audience_measured:
                continue
            for match in rx(cues.LEVEL_TERMS).finditer(folded):
                term = original[match.start() : match.end()].lower()
                if term not in found:
                    found.append(term)
    return found


def buzzwords(texts: Sequence[_Sentences], is_exclusion) -> list[str]:
    """Adjectives that promise quality without saying what it is ('comprehensive', 'engaging')."""
    found: list[str] = []
    measured, vague = rx(cues.MEASURED), rx(cues.VAGUE_TERMS)
    for text in texts:
        for folded, original in text.sentences():
            if _skipped(folded, is_exclusion(folded)) or measured.search(folded):
                continue
            for match in vague.finditer(folded):
                term = original[match.start() : match.end()].lower()
                if term not in found:
                    found.append(term)
    return found


def model_warnings(brief: Brief, cheap_models: Iterable[str]) -> list[str]:
    text = fold(f"{brief.name}\n{brief.description}\n{brief.target_audience}")
    cheap = brief.model is None or brief.model in set(cheap_models)
    depth = rx(cues.DEPTH).search(text)
    if depth and cheap:
        return [
            f"The brief mentions '{depth.group(0)}', which calls for a stronger model than the default "
            "(for example gpt-4o); choosing one costs more and needs the user's yes."
        ]
    if not cheap and not depth and rx(cues.INTRO).search(text):
        return [
            f"This reads as an introductory course; the default model is usually enough and cheaper than {brief.model!r}."
        ]
    return []
