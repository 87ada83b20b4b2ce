"""Dialogue on a page: lines a course gives to speakers rather than says itself.

A language or customer-service course writes conversations as turns: lines opening on a
dialogue dash ("— Bien sûr ! Voici vos pommes.") or on a speaker's label ("Agent: Sure, I can
change that for you."). What a speaker says is quoted, like text in quotation marks: the
stallholder's "Bien sûr ! Voici…" is not the writer's opener. A page counts as dialogue only
with two turns or more (two dash lines, or two lines labelled by at least two speakers), and
labels that head a course's own notes ("Note:", "Tip:", "Step 2:", "Nota para el profesor:")
are never speakers.
"""

from __future__ import annotations

import re
import unicodedata

#: Dashes that open a turn in French, Spanish, Italian, Portuguese, German or Dutch dialogue.
_TURN_DASH = re.compile(r"^\s*[\u2014\u2013\u2015]\s*\S")
_LABEL = re.compile(r"^\s*([^\W\d_][\w.'\u2019 -]{0,24}?)\s*:\s+\S")
#: First words of labels that head the course's own text, not a speaker's turn (folded).
_NOT_SPEAKERS = frozenset(
    """note notes nota notas notiz hinweis anmerkung remarque nb ps tip tips tipp astuce consejo dica suggerimento
    hint pista example examples beispiel ejemplo exemple exemplo esempio voorbeeld step paso etape schritt passo stap
    answer answers respuesta reponse antwort resposta risposta antwoord question pregunta frage pergunta domanda vraag
    solution solucion losung solucao soluzione oplossing warning caution attention achtung aviso atencion important
    importante wichtig summary resumen resume zusammenfassung resumo riassunto samenvatting task tarea tache aufgabe
    tarefa compito opdracht exercise ejercicio exercice ubung exercicio esercizio oefening goal aim objective objetivo
    objectif ziel obiettivo doel source fuente quelle fonte bron date fecha datum data time hora heure zeit ora tijd
    changes change update cambios modifications anderungen alteracoes modifiche wijzigingen definition definicion
    definizione key remember recuerda rappel merke lembre ricorda onthoud observacion observacao opmerking comment
    heads-up reminder flag aside result resultado resultat ergebnis risultato resultaat total gegeben gesucht given
    find""".split()
)


def _folded_first_word(label: str) -> str:
    first = label.split()[0].lower()
    return "".join(c for c in unicodedata.normalize("NFKD", first) if not unicodedata.combining(c))


def dialogue_lines(text: str) -> tuple[str, str]:
    """Split a page's text into what the course says and the turns of a dialogue it shows."""
    lines = text.split("\n")
    turns: set[int] = set()
    dashed = [i for i, line in enumerate(lines) if _TURN_DASH.match(line)]
    if len(dashed) >= 2:
        turns.update(dashed)
    labelled: dict[int, str] = {}
    for i, line in enumerate(lines):
        match = _LABEL.match(line)
        if match and len(match.group(1).split()) <= 3 and _folded_first_word(match.group(1)) not in _NOT_SPEAKERS:
            labelled[i] = match.group(1).strip().lower()
    if len(labelled) >= 2 and len(set(labelled.values())) >= 2:
        turns.update(labelled)
    if not turns:
        return text, ""
    said = "\n".join(line for i, line in enumerate(lines) if i not in turns)
    shown = "\n".join(lines[i] for i in sorted(turns))
    return said, shown
