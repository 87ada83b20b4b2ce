"""How many days a week a daily study time runs: "five days a week", "Monday to Thursday", "on weekdays".

"Twenty minutes a day, five days a week, for six weeks" is 20 minutes x 5 x 6 = 10 hours, and
"20 minutes a day, three days a week" is one hour a week, not 20 minutes x 5. Without such a
phrase a daily time counts `study_time.STUDY_DAYS_PER_WEEK` days. Read in the five languages of
`study_time`, on folded text (`textfold.fold`), with numbers as digits or words.
"""

from __future__ import annotations

from collections.abc import Callable

from coursewright.guardrails.textfold import alternation, rx

#: Each language's days, Monday first (folded).
_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday",
    "lunes martes miercoles jueves viernes sabado domingo",
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "segunda terca quarta quinta sexta sabado domingo",
)
_DAY_WORD = "day days dia dias jour jours tag tage tagen"
_WEEK_WORD = "week semana semaine woche"
_PER = "a per por par pro each every in_the a_la in_der die na"
_WEEKLY = "wochentlich semanales semanais hebdomadaires"
_WORKING_WEEK = (
    "weekdays every_weekday each_weekday working_days workdays dias_laborables dias_habiles dias_uteis "
    "jours_ouvres jours_ouvrables en_semaine werktags an_werktagen"
)
_RANGE_WORD = r"(?:-|to|through|thru|till|until|a|al|au|bis)"
#: Portuguese weekdays are also ordinals: "da segunda à quinta semana" is weeks two to five, not Monday to Thursday.
_ORDINAL_NOUN = (
    r"(?:semanas?|aulas?|unidades?|modulos?|licoes|licao|sessoes|sessao|partes?|fases?|etapas?|series?|anos?"
    r"|capitulos?|questoes|questao|vez|vezes|edicao|turmas?|encontros?|niveis|nivel)\b"
)
#: Words for "about" and for studying at one's own pace, in the learner-time reader's languages (folded).
_ABOUT = (
    r"(?:about|around|approximately|approx\.?|roughly|some|circa|ca\.?|environ|a peu pres|unos|unas|cerca de"
    r"|aproximadamente|alrededor de|etwa|rund|ungefahr|ongeveer|zo'n|cerca di|approssimativamente|por volta de"
    r"|okolo|mniej wiecej)"
)
_OWN_PACE = (
    r"(?:self-paced|self paced|at (?:your|their|his|her) own pace|online|a (?:su|tu) (?:propio )?ritmo|a (?:leur|son"
    r"|votre|ton) rythme|im eigenen tempo|no (?:seu|proprio) ritmo|al proprio ritmo|in (?:eigen|je eigen|hun eigen)"
    r" tempo|we wlasnym tempie|asynchron\w*|asincron\w*)"
)


def approximate_totals(number: str, unit: str) -> tuple[str, str]:
    """'About eight hours, self-paced.', 'Circa otto ore.', 'Eight hours, self-paced': a sentence that opens on a
    length and says nothing else of it is the course's total (a session's length follows its session word)."""
    start = r"(?:^|(?<=[.;\n]))\s*"  # not after a colon: "Module 1: about 2 hours." is a part
    length = rf"(?P<n>{number})\s*-?\s*(?P<u>{unit})"
    return (
        rf"{start}(?:{_ABOUT})\s+{length}(?=\s*(?:[.;)\n]|$)|,?\s*{_OWN_PACE}|,?\s+(?:of|de|d'|di|van|an) \w+\s*[.;])",
        rf"{start}{length}(?=\s*(?:[.;\n]|$)|,?\s*{_OWN_PACE})",
    )


def _day_index() -> dict[str, int]:
    return {day: i for names in _WEEKDAYS for i, day in enumerate(names.split())}


def day_specs(folded: str, number: str, value: Callable[[str], float]) -> list[tuple[int, int, int]]:
    """(start, end, days a week) for each phrase saying on how many days of the week people study.

    `number` is the learner-time reader's number pattern (digits or number words), `value` reads one.
    """
    found: list[tuple[int, int, int]] = []
    count = rx(
        rf"(?P<k>{number})\s*{alternation(_DAY_WORD)}\s*(?:(?:{alternation(_PER)}\s*)?{alternation(_WEEK_WORD)}\b"
        rf"|{alternation(_WEEKLY)}\b)"
    )
    for m in count.finditer(folded):
        days = round(value(m.group("k")))
        if 1 <= days <= 7:
            found.append((m.start(), m.end(), days))
    index = _day_index()
    names = alternation(" ".join(index))
    span = rx(
        rf"\b(?:from\s+|de\s+|du\s+|von\s+|da\s+)?(?P<a>{names})s?(?:-feira)?\s*{_RANGE_WORD}\s*(?P<b>{names})s?"
        rf"(?:-feira)?\b(?!\s*{_ORDINAL_NOUN})"
    )
    for m in span.finditer(folded):
        days = (index[m.group("b")] - index[m.group("a")]) % 7 + 1
        found.append((m.start(), m.end(), days))
    for m in rx(rf"\b(?:on\s+)?{alternation(_WORKING_WEEK)}\b").finditer(folded):
        found.append((m.start(), m.end(), 5))
    return sorted(found)


def with_study_days(
    folded: str,
    rates: list[tuple[int, int, float]],
    daily: set[tuple[int, int]],
    timed: set[tuple[int, int]],
    specs: list[tuple[int, int, int]],
    days_per_week: float,
) -> list[tuple[int, int, float]]:
    """Rates with the days a week their sentence states.

    `daily` are rates per day (counted `days_per_week` days), `timed` are "<time>, <n> days a week"
    read as once a week. A days phrase used this way is no longer a rate of its own (five full days).
    """
    if not specs:
        return rates
    kept: list[tuple[int, int, float, bool]] = []  # (start, end, hours, set by a days phrase)
    used: list[tuple[int, int, int]] = []
    for start, end, hours in rates:
        lo, hi = _sentence(folded, start, end)
        spec = next((s for s in specs if lo <= s[0] and s[1] <= hi), None)
        if spec and (start, end) in daily:
            kept.append((min(start, spec[0]), max(end, spec[1]), hours / days_per_week * spec[2], True))
            used.append(spec)
        elif spec and (start, end) in timed and start < spec[0] and spec[1] <= end:
            kept.append((start, end, hours * spec[2], True))
            used.append(spec)
        else:
            kept.append((start, end, hours, False))
    return [
        (start, end, hours)
        for start, end, hours, set_by_days in kept
        if set_by_days or not any(start < u[1] and u[0] < end for u in used)
    ]


def _sentence(folded: str, start: int, end: int) -> tuple[int, int]:
    before = max(folded.rfind(c, 0, start) for c in ".;\n")
    after = [i for i in (folded.find(c, end) for c in ".;\n") if i >= 0]
    return before + 1, min(after, default=len(folded))
