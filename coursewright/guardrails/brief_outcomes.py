"""Reading a brief's learning outcomes: an action verb and what it acts on, counted as one each.

"Learners can compare two loans, calculate interest and build a budget" is three outcomes;
"analyse, evaluate, design, implement and present project solutions" is one (five verbs, one
object). Outcomes are found after a cue ("by the end", "learners will", "Objectifs :", "Am Ende
können Sie", "os participantes serão capazes de"...), or as a list of lines that each start
with an action verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coursewright.guardrails import brief_cues as cues
from coursewright.guardrails import brief_verbs as verbs
from coursewright.guardrails.textfold import fold, nfkc, rx

_TOKEN = r"[a-z0-9][a-z0-9'+#/-]*"


def _english_stems(word: str) -> set[str]:
    """Inflections folded back: 'summarising', 'applies', 'planned' -> candidate stems."""
    forms = {word}
    for suffix in ("ing", "ied", "ies", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
            forms.add(stem)
            if len(stem) > 3 and stem[-1] == stem[-2]:
                forms.add(stem[:-1])
    return {f.rstrip("e") for f in forms}


@dataclass(frozen=True)
class Lexicon:
    """The verb and function-word sets, built once per check (no state between checks)."""

    english: frozenset[str]
    other: frozenset[str]
    unmeasurable: frozenset[str]
    stop: frozenset[str]
    pronouns: frozenset[str]
    non_learners: frozenset[str]
    german: frozenset[str]
    modals: frozenset[str]
    determiners: frozenset[str]

    @classmethod
    def load(cls) -> Lexicon:
        english = verbs.ENGLISH.split() + [p.split("_")[0] for p in verbs.ENGLISH_PHRASAL.split()]
        other = (
            verbs.SPANISH.split() + verbs.FRENCH.split() + verbs.GERMAN.split() + verbs.PORTUGUESE.split()
            + verbs.ITALIAN.split() + verbs.DUTCH.split() + verbs.POLISH.split()
        )  # fmt: skip
        return cls(
            english=frozenset(v.rstrip("e") for v in english),
            other=frozenset(other),
            unmeasurable=frozenset(verbs.UNMEASURABLE.split() + verbs.UNMEASURABLE_FORMS.split() + ["aware", "awareness"]),
            stop=frozenset(cues.STOPWORDS.split()),
            pronouns=frozenset(cues.PRONOUN_OBJECTS.split()),
            non_learners=frozenset(cues.NON_LEARNER_SUBJECTS.split()),
            german=frozenset(verbs.GERMAN.split() + verbs.DUTCH.split()),
            modals=frozenset(cues.MODAL_WORDS.split()),
            determiners=frozenset(cues.DETERMINERS.split()),
        )

    def is_verb(self, word: str) -> bool:
        if word in self.stop or len(word) < 2:
            return False
        if word in self.other or _english_stems(word) & self.english:
            return True
        if len(word) >= 4 and (
            word + "r" in self.other or (word.endswith("ez") and word[:-1] + "r" in self.other)
        ):
            return True  # crea -> crear, cria -> criar, creez -> creer
        if word.endswith("t") and word[:-1] + "en" in self.other:
            return True  # erstellt -> erstellen
        if len(word) >= 5 and (
            word + "c" in self.other or any(word.endswith(e) and word[: -len(e)] + i in self.other for e, i in verbs.POLISH_FUTURE)
        ):
            return True  # Polish future: oceni -> ocenic, napisze -> napisac, zaplanuje -> zaplanowac
        if len(word) >= 6 and any(word.endswith(e) and word[: -len(e)] + i in self.other for e, i in verbs.SUBJUNCTIVE):
            return True  # "que identifiquen, describan, comparen": Spanish and Portuguese subjunctive
        return len(word) >= 4 and any(prefix + word in self.other for prefix in verbs.GERMAN_PREFIXES)

    def is_present_verb(self, word: str) -> bool:
        """A third-person plural present ('cook', 'cocinan', 'cuisinent', 'cozinham', 'cucinano', 'koken')."""
        if word in self.modals or word in self.stop:
            return False
        if self.is_verb(word) or self.is_unmeasurable(word):
            return True
        endings = (("an", "ar"), ("en", "er"), ("en", "ir"), ("ent", "er"), ("ent", "ir"), ("ent", "re"), ("am", "ar"),
                   ("em", "er"), ("em", "ir"), ("ano", "are"), ("ono", "ere"), ("ono", "ire"))  # fmt: skip
        return any(word.endswith(end) and word[: -len(end)] + inf in self.other for end, inf in endings)

    def is_german_verb(self, word: str) -> bool:
        """German puts the verb last ("eine Palette sicher aufnehmen"): only German forms count there."""
        if len(word) < 5 or not word.endswith(("en", "ern", "eln")):
            return False
        if word in self.german or any(prefix + word in self.german for prefix in verbs.GERMAN_PREFIXES):
            return True
        # "aufstellen" -> stellen, "verdichten" -> dichten, "herformuleren" -> formuleren
        return any(
            word.startswith(prefix) and len(word) - len(prefix) >= 5 and word[len(prefix) :] in self.german
            for prefix in (*verbs.GERMAN_PREFIXES, *verbs.INSEPARABLE_PREFIXES)
        )

    def is_unmeasurable(self, word: str) -> bool:
        return (
            word in self.unmeasurable
            or bool(_english_stems(word) & {u.rstrip("e") for u in self.unmeasurable})
            or self._romance_form_of_unmeasurable(word)
        )

    def _romance_form_of_unmeasurable(self, word: str) -> bool:
        """'comprendan', 'valoren', 'se familiaricen', 'apprezzino': a present or subjunctive of an
        unmeasurable -ar/-er/-ir/-re/-are verb (infinitive stem + person ending)."""
        if len(word) < 6:
            return False
        for ending in verbs.PERSON_ENDINGS:
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= 4:
                stems = (stem, stem[:-1] + "z" if stem.endswith("c") else stem)
                if any(s + inf in self.unmeasurable for s in stems for inf in verbs.INFINITIVE_ENDINGS):
                    return True
        return False


@dataclass
class Outcomes:
    count: int = 0
    items: list[str] = field(default_factory=list)
    evidence: str | None = None
    cued: bool = False
    unmeasurable: bool = False
    verb_only: int = 0


def _tokens(text: str) -> list[str]:
    return re.findall(_TOKEN, text)


def _sentences(folded: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", folded):
        start = m.start()
        for part in re.split(r"(?<=[.!?])\s+(?=\S)", m.group(0)):
            offset = folded.find(part, start)
            if part.strip():
                spans.append((offset, offset + len(part)))
            start = offset + len(part)
    return spans


def _cue_start(sentence: str, lexicon: Lexicon) -> int | None:
    cue = rx(cues.OUTCOME_CUE).search(sentence)
    starts = [cue.start()] if cue else []
    for learner in rx(cues.LEARNER_ACTS).finditer(sentence):
        if lexicon.is_verb(learner.group("verb")):
            starts.append(learner.start())
            break
    for modal in rx(cues.MODAL).finditer(sentence):
        subject = modal.group("subject")
        if subject not in lexicon.non_learners and not subject.endswith("'ll"):
            starts.append(modal.start())
            break
    return min(starts) if starts else None


def _continues(sentence: str) -> bool:
    """A sentence that carries on an outcome list: a bullet, a number, or lower-case text (as written)."""
    stripped = sentence.lstrip()
    return bool(rx(cues.BULLET).match(sentence)) or stripped[:1].isdigit() or stripped[:1].islower()


def _segments(description: str, lexicon: Lexicon) -> tuple[list[tuple[int, int]], bool]:
    """Spans of the folded description that state outcomes, and whether a cue introduced them."""
    folded, original = fold(description), nfkc(description)
    spans: list[tuple[int, int]] = []
    in_list = False
    previous_end = -1
    lead_in = False
    for start, end in _sentences(folded):
        if previous_end >= 0 and "\n\n" in folded[previous_end:start]:
            in_list = False
        previous_end = end
        sentence = folded[start:end]
        heading = rx(cues.OTHER_HEADING).match(sentence)
        if heading and not rx(cues.OUTCOME_CUE).search(heading.group(0)):
            in_list = lead_in = False  # "Method:", "How long?": another field begins
            continue
        if (in_list and _continues(original[start:end])) or lead_in:
            spans.append((start, end))
            lead_in = False
            continue
        cue = _cue_start(sentence, lexicon)
        in_list = cue is not None
        # A lead-in with nothing after it ("What should people be able to do after?", "sabe:") opens
        # the list that follows, whatever its case.
        lead_in = cue is not None and sentence.rstrip().endswith((":", "?"))
        if cue is not None:
            spans.append((start + cue, end))
    if spans:
        return spans, True
    # No cue: a run of two or more lines that each start with an action verb is an outcome list.
    run: list[tuple[int, int]] = []
    best: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", folded):
        line = m.group(0)
        bullet = rx(cues.BULLET).match(line)
        # A bullet's text, or a table row's last cell ("1 | Budgets | build a monthly budget").
        item = bullet.group("item") if bullet else (line.rsplit("|", 1)[1] if line.count("|") >= 1 else "")
        words = [w for w in _tokens(item) if w not in lexicon.stop]
        if words and lexicon.is_verb(words[0]):
            run.append((m.start(), m.end()))
        else:
            best, run = (run if len(run) > len(best) else best), []
    best = run if len(run) > len(best) else best
    return (best if len(best) >= 2 else []), False


def _action(words: list[str], lexicon: Lexicon) -> str | None:
    """The item's action verb: after any subject and modal ("learners can"), its first word that is
    not a function word, or its last when that is a German infinitive."""
    # Spanish "van a" is a modal; Dutch "van" (of) is not: "een schade classificeren volgens de schaal van".
    modal = next(
        (i for i, w in enumerate(words) if w in lexicon.modals and (w != "van" or words[i + 1 : i + 2] == ["a"])),
        -1,
    )
    while 0 <= modal < len(words) - 1 and words[modal + 1] in lexicon.modals:
        modal += 1  # "devono saper individuare", "need to be able to"
    content = [w for w in words[modal + 1 :] if w not in lexicon.stop]
    if not content:
        return None
    if lexicon.is_verb(content[0]):
        return content[0]
    if len(content) > 1 and lexicon.is_german_verb(content[-1]):
        return content[-1]
    at = words.index(content[0])
    after_be = at > 0 and words[at - 1] in ("be", "being", "become", "get")  # "be familiar with"
    if not after_be and (
        _acts_on_an_object(content[0], words, lexicon)
        or (len(content) > 2 and _infinitive(content[0], lexicon))
    ):
        return content[0]
    # Verb-final German and Dutch with a tail ("een gesprek leiden volgens het model", "… setzen, die hält").
    return next(
        (w for w in content[1:] if lexicon.is_german_verb(w) and not lexicon.is_unmeasurable(w)), None
    )


#: Words that open items the way a verb does, without an action anyone could observe ("cover the basics",
#: "consider their habits", "be familiar with"): neither heuristic below takes them for a verb.
_NOT_ACTIONS = frozenset(
    [
        "cover",
        "include",
        "teach",
        "introduce",
        "consider",
        "remember",
        "discover",
        "wonder",
        "offer",
        "enjoy",
        "gain",
        "get",
        "have",
        "see",
        "feel",
        "experience",
        "become",
        "other",
        "after",
        "never",
        "either",
        "whether",
        "under",
        "over",
        "better",
        "familiar",
        "similar",
        "regular",
        "particular",
        "popular",
        "peculiar",
        "clear",
    ]
)


def _infinitive(word: str, lexicon: Lexicon) -> bool:
    """A Romance or Polish infinitive opening an item ("pasear 5 minutos", "vincere la posizione",
    "napisac raport"): the shape is enough at the head of a listed outcome."""
    if len(word) < 5 or lexicon.is_unmeasurable(word) or word in lexicon.stop or word in _NOT_ACTIONS:
        return False
    if re.search(r"(?:[aei]r|are|ere|ire|(?:ow|iw|yw)?ac|ec|yc)$", word):
        return True
    return word.endswith("ic") and len(word) >= 7 and bool(re.search(r"rz|sz|cz|dz|w|ie", word))


def _acts_on_an_object(word: str, words: list[str], lexicon: Lexicon) -> bool:
    """A word not in the verb lists that opens an item and takes an article or a count ("hone a knife",
    "lube the chain", "affilare il coltello") acts as a verb; nouns rarely stand first like that."""
    at = words.index(word)
    if at + 1 >= len(words) or len(word) < 3 or lexicon.is_unmeasurable(word) or word in _NOT_ACTIONS:
        return False
    if re.search(r"(?:tion|sion|ment|ness|ity|ies|ing|ung|heit|keit|dad|cao|zione|ite)$", word):
        return False
    return words[at + 1] in lexicon.determiners


def _shares_the_verb(words: list[str], lexicon: Lexicon, carried: bool) -> bool:
    """'build a weather app, a to-do list and a small dashboard': an object with its own article and
    detail after an outcome takes that outcome's verb."""
    content = [w for w in words if w not in lexicon.stop]
    return carried and bool(words) and words[0] in lexicon.determiners and len(content) >= 2


def _items(folded: str, original: str, start: int, end: int) -> list[tuple[str, str]]:
    """The list items of a span, folded and as written (same offsets)."""
    items, at = [], start
    for separator in re.finditer(cues.LIST_SPLIT, folded[start:end]):
        items.append((folded[at : start + separator.start()], original[at : start + separator.start()]))
        at = start + separator.end()
    items.append((folded[at:end], original[at:end]))
    return items


def _german_verb_last(as_written: str, words: list[str], lexicon: Lexicon) -> str | None:
    """German writes nouns with a capital and puts the infinitive last in lower case ("einen Schlauch
    flicken"): a lower-case -en word closing an item that opens with an article and names a noun."""
    written = re.findall(r"[^\W\d_][\w-]*", as_written)
    if len(written) < 3 or len(words) < 3 or words[0] not in lexicon.determiners:
        return None
    last = written[-1]
    nouns = [w for w in written[1:-1] if w[:1].isupper()]
    if lexicon.is_unmeasurable(words[-1]):
        return None
    if last.islower() and len(last) >= 5 and last.endswith(("en", "ern", "eln")) and nouns:
        return words[-1]
    if lexicon.is_german_verb(words[-1]):
        return words[-1]  # Dutch writes its nouns in lower case: "een schade classificeren"
    return None


def read_outcomes(description: str, lexicon: Lexicon) -> Outcomes:
    folded = fold(description)
    spans, cued = _segments(description, lexicon)
    result = Outcomes(cued=cued)
    if not spans:
        return result
    original = nfkc(description)
    result.evidence = original[spans[0][0] : spans[0][1]].strip()
    pending: list[str] = []
    for start, end in spans:
        carried = False  # the span's last item had a measurable verb of its own
        for item, as_written in _items(folded, original, start, end):
            bullet = rx(cues.BULLET).match(item)
            words = _tokens(bullet.group("item") if bullet else item)
            action = _action(words, lexicon) or _german_verb_last(as_written, words, lexicon)
            if rx(cues.AWARENESS).search(item):
                result.unmeasurable = True
                continue
            if action is None and _shares_the_verb(words, lexicon, carried):
                result.count += 1
                result.items.append(item.strip())
                continue
            if action is None:
                result.unmeasurable = result.unmeasurable or any(lexicon.is_unmeasurable(w) for w in words)
                continue
            content = [w for w in words if w not in lexicon.stop and w != action]
            carried = bool(content) and not lexicon.is_unmeasurable(action)
            if content or any(w in lexicon.pronouns for w in words):
                result.count += 1
                result.items.append(" ".join([*pending, item.strip()]))
                pending = []
            else:
                pending.append(item.strip())
                result.verb_only += 1
    # A numbered list has as many outcomes as numbers, whether or not each verb is one we know.
    result.count = max(result.count, _numbered_items(folded, spans))
    return result


def _numbered_items(folded: str, spans: list[tuple[int, int]]) -> int:
    """The length of the longest run 1, 2, 3... (or a, b, c...) of list markers in the outcome spans."""
    best = 0
    for start, end in spans:
        expected = None
        run = 0
        for marker in rx(cues.ENUMERATOR).finditer(folded[start:end]):
            n = marker.group("n")
            value = int(n) if n.isdigit() else ord(n) - ord("a") + 1
            run = run + 1 if value == expected else (1 if value == 1 else 0)
            expected = value + 1 if run else None
            best = max(best, run)
    return best if best >= 3 else 0
