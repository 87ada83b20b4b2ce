"""The draft as correspondence: a model's reply to whoever ordered the course, left in the page.

`requester` finds the page presented as a version of itself, offers of more work and notes to
the reviewer. A reply also shows in shapes that name neither the request nor the content:

- wishes to the person who will run the course: "Hope this gives your volunteers a solid start"
  (a sentence opening on a bare "Hope this…", or a hope about *your* learners, staff or team);
- references to the conversation itself: "my previous reply", "ma réponse précédente";
- lack of access to the requester's own material: "I don't have access to your department's
  scheme of work", "non ho accesso al vostro regolamento";
- formal sign-offs offering further amendments: "Please do not hesitate to contact me should you
  require any further amendments", "je reste à votre disposition pour toute modification";
- offers behind a condition or a question: "If it would help, I could also turn this into…",
  "Soll ich Ihnen dazu noch eine Checkliste erstellen?", "vous souhaitez que j'ajoute…",
  "Laat gerust weten als ik nog iets moet aanpassen", "let me know if I should change…";
- a page opening on a description of this version for *your* text: "This version keeps your three
  headings…"; a title or sentence "updated per your feedback";
- a note addressed to someone other than the learners with the writer's own first person in it:
  "(Note to the course owner: I've gone with AP conventions…)", "(Nota para el profesor: he dejado…)".

What a course says to learners stays out: "We hope this unit gives you…", "Good luck with the
exam!", "Don't hesitate to contact me with questions", "Note for teachers: this works best in
pairs", "my previous job", "any changes to your booking". Patterns are over folded text
(`prose.fold`): lower case, no accents; en/es/fr/de/pt/it/nl.
"""

from __future__ import annotations

#: The people a requester trains: "your volunteers", "tus alumnos" (folded).
_THEIR_PEOPLE = {
    "en": r"(?:volunteers|students|pupils|learners|trainees|staff|employees|new (?:starters|hires|joiners)|apprentices"
    r"|class|cohort|participants|attendees|delegates|agents|reporters|nurses|team|teams|colleagues|members|interns"
    r"|workforce|managers|supervisors)",
    "es": r"(?:voluntari[oa]s|alumn[oa]s|estudiantes|emplead[oa]s|participantes|equipo|plantilla|becari[oa]s)",
    "fr": r"(?:benevoles|eleves|apprenants|apprenantes|stagiaires|equipes?|collaborateurs|salaries|etudiants|participants)",
    "de": r"(?:ehrenamtlichen|freiwilligen|schuler\w*|lernenden|azubis|auszubildenden|mitarbeit\w*|team|teilnehm\w*)",
    "pt": r"(?:voluntarios|alunos|alunas|estudantes|funcionarios|colaboradores|equipe|equipa|participantes)",
    "it": r"(?:volontari|studenti|allievi|corsisti|dipendenti|collaboratori|squadra|team|partecipanti)",
    "nl": r"(?:vrijwilligers|leerlingen|studenten|cursisten|medewerkers|collega's|team|deelnemers)",
}
#: Edits to the content, as a formal sign-off names them.
_EDIT_NOUN = (
    r"(?:amendments?|changes|adjustments|revisions|edits|tweaks|modifications|alterations|corrections|cambios|ajustes"
    r"|modificaciones|correcciones|modifications?|ajustements?|changements|corrections|anderung\w*|anpassung\w*"
    r"|korrektur\w*|uberarbeitung\w*|alteracoes|mudancas|correcoes|revisoes|modifiche|correzioni|aggiustamenti"
    r"|revisioni|aanpassingen|wijzigingen|correcties)"
)
_EN_EDIT_VERB = (
    r"(?:change|add|adjust|amend|update|expand|shorten|simplify|rewrite|tweak|fix|correct|include|cut|trim|revise"
    r"|adapt|swap|remove|rework)"
)
_EN_ARTEFACT = (
    r"(?:this|these|it|them|the (?:unit|lesson|module|page|content|text|examples?)|an? (?:[\w-]+ ){0,3}?(?:version"
    r"|handout|cheat ?sheet|checklist|quiz|summary|worksheet|poster|slides?|deck|glossary|table|infographic|guide"
    r"|flashcards?|one-pager|crib sheet|exercise|activity|video script|lesson plan))"
)
#: Lack of access or knowledge, in the first person (the writer's own limits).
_EN_LACK = (
    r"\bi (?:don't|do not|didn't|did not|can't|cannot|couldn't|could not|haven't|have not) (?:have |get |see |access |open"
    r" |view |read |know |seen |had )(?:access to |sight of |a copy of |any )?"
)
_EN_THEIR_MATERIAL = (
    r"(?:scheme of work|curriculum|syllabus|stylebook|style guide|house style|house rules|polic(?:y|ies)|procedures"
    r"|handbook|guidelines|templates?|intranet|lms|systems?|set-?up|brand|paper|newsroom|programme of study|sops?"
    r"|materials|documents|records|data)"
)
_ORG = (
    r"(?:team|organi[sz]ation|company|site|school|department|trust|hospital|firm|office|branch|store|college"
    r"|university|paper|newsroom|charity|practice|agency|clinic|council|club)"
)
_NOT_LEARNERS = {
    "en": r"(?!(?:learners?|students?|participants?|trainees?|readers?|pupils?|everyone|beginners|all)\b)",
    "es": r"(?!(?:alumn[oa]s?|estudiantes?|participantes?|lector\w*)\b)",
    "fr": r"(?!(?:apprenant\w*|eleves?|etudiant\w*|participant\w*|stagiaires?|lecteur\w*)\b)",
    "de": r"(?!(?:lernende\w*|teilnehm\w*|schuler\w*|azubis?|auszubildende\w*|leser\w*)\b)",
    "pt": r"(?!(?:alun[oa]s?|estudantes?|participantes?|leitor\w*)\b)",
    "it": r"(?!(?:studenti|partecipanti|corsisti|allievi|lettori)\b)",
    "nl": r"(?!(?:cursisten|deelnemers|studenten|leerlingen|lezers)\b)",
}
#: A sentence (folded text) that contains both `a` and `b`, in any order.
_SENT = r"(?:^|(?<=[.!?:]\s))"


def _both(a: str, b: str) -> str:
    return rf"{_SENT}(?=[^.!?\n]{{0,200}}?{a})(?=[^.!?\n]{{0,200}}?{b})[^.!?\n]{{1,60}}"


_AVAILABLE = (
    r"(?:(?:do not|don't) hesitate to (?:contact|reach|get in touch with|ask|email|write to|call) me"
    r"|\bi (?:remain|am) (?:at your disposal|available)|\bquedo a (?:tu|su|vuestra) (?:entera )?disposicion"
    r"|\b(?:je reste|je me tiens|restant) a (?:votre|ta) (?:entiere )?disposition|\b(?:stehe ich|ich stehe) (?:ihnen|dir"
    r"|euch) (?:\w+ ){0,2}zur verfugung|\b(?:fico|estou|continuo) a (?:sua |tua |vossa )?(?:inteira )?disposicao"
    r"|\b(?:resto|rimango) a (?:tua|sua|vostra) (?:completa )?disposizione|\bmocht(?:en)? (?:je|u|jullie) nog\b)"
)
_FURTHER_EDITS = (
    rf"\b(?:further|additional|other|more|any|weitere\w*|otr[oa]s?|autres?|toute|outras?|quaisquer|qualquer|altre"
    rf"|altra|eventuali|ulteriori|verdere|nog|andere)\s+(?:\w+ )?"
    rf"{_EDIT_NOUN}\b(?!\s+(?:to|in|on|of|for) your\b)"
)

REPLY_VOICE: dict[str, tuple[str, ...]] = {
    "wish": (
        # not the stock email opener a business-writing lesson shows: "Hope this email finds you well"
        r"(?:^|(?<=[.!?]\s))hope (?:this|these|that|it)\b(?! (?:\w+ )?finds you\b)",
        rf"\bi hope (?:this|these|that|it|the \w+)\b[^.!?\n]{{0,80}}?\byour (?:own |new )?{_THEIR_PEOPLE['en']}\b",
        rf"\bespero que\b[^.!?\n]{{0,80}}?\b(?:a )?(?:tus|sus|vuestr[oa]s) {_THEIR_PEOPLE['es']}\b",
        rf"\bj'espere que\b[^.!?\n]{{0,80}}?\b(?:vos|tes|votre|ton|ta) {_THEIR_PEOPLE['fr']}\b",
        rf"\bich hoffe\b[^.!?\n]{{0,80}}?\b(?:ihre|ihren|ihrem|deine|deinen|deinem|eure|euren) {_THEIR_PEOPLE['de']}\b",
        rf"\bespero que\b[^.!?\n]{{0,80}}?\b(?:seus|suas|sua|seu|teus|tuas) {_THEIR_PEOPLE['pt']}\b",
        r"\bspero che (?:questa|questo|la|il|queste|questi)\b[^.!?\n]{0,60}?\b(?:sia utile|siano utili|serva|servano"
        r"|aiuti|vada bene|piaccia)\b",
        r"\b(?:ik hoop dat|hopelijk) (?:dit|deze|de les|het)\b[^.!?\n]{0,60}?\b(?:helpt|nuttig|bruikbaar|van pas|bevalt"
        r"|goed uitkomt)\b",
    ),
    "conversation": (
        r"\bmy (?:previous|last|earlier|prior|first|original) (?:reply|answer|response|message|output)\b",
        r"\bsorry (?:about|for) the mix-?up\b",
        r"\bthe corrected (?:lesson|unit|module|page|text|content) (?:follows|is below)\b",
        r"\bmi (?:respuesta|mensaje) anterior\b|\bmi (?:anterior|ultima) (?:respuesta|mensaje)\b",
        r"\bma (?:reponse|derniere reponse) precedente\b|\bmon (?:message|dernier message) precedent\b"
        r"|\bma (?:precedente|derniere) reponse\b",
        r"\bmeine[rmn]? (?:vorherigen|letzten|vorigen|ersten|bisherigen) (?:antwort|nachricht)\b",
        r"\bminha (?:resposta|mensagem) anterior\b|\bminha (?:ultima|primeira) resposta\b",
        r"\b(?:la |nella |nel )?mi[ao] (?:risposta|messaggio) precedente\b",
        r"\bmijn (?:vorige|eerdere|laatste|eerste) (?:antwoord|bericht|reactie)\b",
    ),
    "access": (
        rf"{_EN_LACK}[^.!?\n]{{0,30}}?\byour (?:own )?(?:\w+ )?(?:{_ORG}(?:'s)?|{_EN_THEIR_MATERIAL})\b",
        rf"{_EN_LACK}[^.!?\n]{{0,30}}?\byour\b[^.!?\n]{{0,40}}?,? so (?:i(?:'ve| have)?|the|these|this)\b[^.!?\n]{{0,60}}?"
        r"\b(?:typical|generic|general|standard|common|usual)\b",
        r"\bi (?:don't|do not) have access to your\b",
        r"\bno (?:tengo|he tenido) acceso a (?:tu|su|vuestr[oa]s?|la programacion|el curriculo)\b",
        r"\bje n'ai pas (?:eu )?acces a (?:votre|vos|ton|ta|tes)\b",
        r"\bich (?:habe|hatte) keinen? (?:zugriff|zugang|einblick) (?:auf|zu|in) (?:ihr|ihre|ihren|ihrem|dein|deine"
        r"|deinen|euer|eure)\b",
        r"\bnao (?:tenho|tive) acesso (?:a|ao|aos|as) (?:sua|seu|suas|seus|tua|teu|vossa|vosso)\b",
        r"\bnon ho (?:avuto )?accesso (?:al|alla|ai|alle|a|allo) (?:vostr\w+|tuo|tua|tuoi|tue|suo|sua|suoi)\b",
        r"\bik heb geen (?:toegang tot|inzage in) (?:jullie|je|jouw|uw)\b",
    ),
    "signoff": (
        _both(_AVAILABLE, _FURTHER_EDITS),
        rf"\bshould you (?:require|need|wish|want)\b[^.!?\n]{{0,30}}?{_FURTHER_EDITS}",
    ),
    "offer": (
        rf"\bif (?:it|that|this) (?:would|will|might|could) (?:help|be (?:useful|helpful|of use))\b,?\s*i (?:can|could|'d"
        rf"|would|'ll|will|am|'m) (?:also |gladly |happily |easily |quickly )?(?:be (?:happy|glad) to |happy to |glad to )?"
        rf"(?:also )?(?:turn|make|put together|produce|create|write|draft|add|convert|prepare|build|design|do)\b"
        rf"[^.!?\n]{{0,40}}?{_EN_ARTEFACT}",
        rf"\blet me know (?:if|whether)\b[^.!?\n]{{0,40}}?\bi (?:should|need to|must|ought to|have to) (?:\w+ )?"
        rf"{_EN_EDIT_VERB}\b",
        r"\bsoll ich (?:dir |ihnen |euch )?[^.!?\n]{0,100}?\b(?:erganz|hinzufug|erstell|anpass|erweiter|ausarbeit"
        r"|umwandel|umschreib|schreib|vorbereit|einfug|mach|formulier|zusammenstell)\w*\s*\?",
        r"\bbescheid\b[^.!?\n]{0,30}?\b(?:ob|wenn|falls) ich\b[^.!?\n]{0,40}?\b(?:ander|anpass|erganz|erweiter|kurz"
        r"|umschreib|hinzufug)\w* (?:soll|muss|darf)\b",
        r"\b(?:vous|tu) (?:souhaitez|voulez|preferez|aimeriez|voudriez|souhaites|veux|preferes|aimerais|voudrais) que"
        r" j(?:e |')(?:ajout|adapt|develop|complet|cre|prepar|redig|approfondi|transform|rajout|propos|gener|inclu"
        r"|modifi|change|reecri|traduis|simplifi|raccourciss)\w*",
        r"\b(?:dites|dis)-moi\b[^.!?\n]{0,30}?\bsi je (?:dois|devrais)\b",
        r"\b(?:dime|avisame|hazme saber|me dices)\b[^.!?\n]{0,30}?\bsi (?:debo|tengo que|deberia|hace falta que)\b",
        r"\b(?:me avise|me diga|me fala|avise-me|diga-me)\b[^.!?\n]{0,30}?\bse (?:devo|preciso|deveria)\b",
        r"\b(?:fammi|fatemi|mi faccia|mi fate) sapere\b[^.!?\n]{0,30}?\bse (?:devo|dovrei|vuoi che|volete che"
        r"|preferisci che|preferite che)\b",
        r"\blaat (?:me |het me |het |ons )?(?:\w+ )?weten\b[^.!?\n]{0,20}?\b(?:als|of|wanneer)\b[^.!?\n]{0,30}?\bik\b"
        r"[^.!?\n]{0,30}?\b(?:aanpass|toevoeg|uitbreid|verander|wijzig|herschrij|aanvul|inkort|vertaal|vertal|maak|mak|bijwerk)\w*",
    ),
    "version": (
        r"\A(?:[^\n.!?]{0,60}\n)?(?:this|the (?:new|revised|updated|current|latest|second|shorter|longer)) (?:version"
        r"|draft|revision|rewrite|edit)\b[^.!?\n]{0,80}?\byour\b",
        r"\A(?:[^\n.!?]{0,60}\n)?(?:esta|cette|diese|questa|deze) (?:nueva |nouvelle |neue |nuova |nieuwe )?(?:version"
        r"|versao|versione|versie|fassung)\b[^.!?\n]{0,80}?\b(?:tu|tus|su|sus|vuestr\w+|vos|votre|ton|ta|tes|ihre?[mnrs]?"
        r"|deine?[mnrs]?|eure?[mnrs]?|seus|suas|teus|tuas|tuoi|tue|tuo|tua|vostr\w|je|jouw|uw|jullie)\b",
        r"\b(?:updated|revised|amended|changed|edited|corrected|adjusted|reworked|rewritten|expanded|shortened"
        r"|simplified|tweaked)\b[^.!?\n]{0,20}?\b(?:per|following|based on|after|as per|in line with|with|according to"
        r"|to reflect) your (?:feedback|comments|notes|suggestions|input|review|remarks|edits|corrections)\b",
        r"\b(?:actualizad|revisad|corregid|modificad|ajustad)[oa]s? (?:segun|con|siguiendo|de acuerdo con) (?:tus|sus"
        r"|vuestros|vuestras) (?:comentarios|observaciones|sugerencias|indicaciones|correcciones)\b",
        r"\b(?:mis a jour|revu|corrige|modifie|ajuste|retravaille)e?s? (?:selon|suivant|d'apres|avec|suite a) (?:vos"
        r"|tes) (?:remarques|commentaires|retours|suggestions|corrections)\b",
        r"\b(?:aktualisiert|uberarbeitet|angepasst|korrigiert|geandert) (?:nach|gemass|entsprechend) (?:ihrem|deinem"
        r"|eurem|ihren|deinen|euren) (?:feedback|anmerkungen|kommentaren|ruckmeldungen|wunschen|korrekturen)\b",
        r"\b(?:atualizad|revisad|corrigid|ajustad|modificad)[oa]s? (?:conforme|segundo|com base n[oa]s?|de acordo com)"
        r" (?:o |a |os |as )?(?:seu|sua|seus|suas|teu|tua) (?:feedback|comentarios|sugestoes|observacoes)\b",
        r"\b(?:aggiornat|rivist|corrett|modificat)[oaie] (?:secondo|in base a|seguendo|con) (?:il tuo|i tuoi|il suo"
        r"|i suoi|le tue|le sue|il vostro|i vostri) (?:feedback|commenti|suggerimenti|osservazioni)\b",
        r"\b(?:bijgewerkt|aangepast|herzien|verbeterd) (?:op basis van|naar aanleiding van|volgens|met) (?:je|jouw|uw"
        r"|jullie) (?:feedback|opmerkingen|commentaar|suggesties)\b",
    ),
    "note": (
        rf"\b(?:note|nb|n\.b\.|heads-up|reminder|comment|aside|flag) (?:for|to) (?:the |our |my )?{_NOT_LEARNERS['en']}"
        r"[\w'-]+(?: [\w'-]+){0,2}\s*:[^\n]{0,150}?\b(?:i|i'm|i've|i'd|i'll|me|my)\b",
        rf"\b(?:nota|observacion|aviso|comentario) (?:para|al|a la|a) (?:el |la |los |las )?{_NOT_LEARNERS['es']}"
        r"\w+(?: \w+){0,2}\s*:[^\n]{0,150}?\b(?:he|dime|avisame|yo|me)\b",
        rf"\b(?:note|remarque|nb) (?:pour|a|a l'attention de) (?:le |la |les |l')?{_NOT_LEARNERS['fr']}"
        r"[\w']+(?: [\w']+){0,2}\s*:[^\n]{0,150}?(?:\bje\b|\bj'|\bmoi\b)",
        rf"\b(?:hinweis|anmerkung|notiz) (?:fur|an) (?:den |die |das )?{_NOT_LEARNERS['de']}"
        r"\w+(?: \w+){0,2}\s*:[^\n]{0,150}?\b(?:ich|mir|mich)\b",
        rf"\b(?:nota|observacao|obs|lembrete) (?:para|ao|a) (?:o |a |os |as )?{_NOT_LEARNERS['pt']}"
        r"\w+(?: \w+){0,2}\s*:[^\n]{0,150}?\b(?:eu|deixei|mantive|optei|me avise|me diga)\b",
        rf"\bnota per (?:il |la |lo |l'|i |gli |le )?{_NOT_LEARNERS['it']}\w+(?: \w+){{0,2}}\s*:[^\n]{{0,150}}?"
        r"\b(?:ho|io|fammi|dimmi)\b",
        rf"\b(?:notitie|opmerking|noot) (?:voor|aan) (?:de |het )?{_NOT_LEARNERS['nl']}\w+(?: \w+){{0,2}}\s*:"
        r"[^\n]{0,150}?\b(?:ik|mij)\b",
    ),
    "opener": (
        r"\b(?:certo|certamente|volentieri|senz'altro|ma certo|perfetto)\s*[!,.]\s*(?:ecco|qui sotto|di seguito"
        r"|ho (?:preparato|scritto|creato|riscritto|rivisto))\b",
        r"\becco (?:la|il|una|un|lo) (?:\w+ )?(?:lezione|unita|modulo|contenuto|bozza)\b[^.!?\n]{0,60}?\b(?:pront[oa]"
        r"|richiest[oa]|come (?:richiesto|chiesto))\b",
        r"\b(?:natuurlijk|zeker|graag|prima|uiteraard|tuurlijk)\s*[!,.]\s*(?:hier is|hieronder|hierbij|ik heb)\b",
        r"\bhieronder (?:vind je|vindt u|staat) (?:de|het|een|je|uw) (?:\w+ )?(?:les|module|inhoud|tekst|versie"
        r"|lesstof)\b[^.!?\n]{0,60}?\b(?:zoals (?:je|u) (?:vroeg|vroegen|wilde)|op (?:je|uw) verzoek|gevraagd)\b",
    ),
}
