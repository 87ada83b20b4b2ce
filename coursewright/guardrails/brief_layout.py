"""How briefs are laid out, as regular-expression sources for folded text (see brief_cues).

Headings that open a field in a form-like brief ("Method:", "Público:", "Q3 How long?"), teaching
described as activities, and the lines of a description that speak of the learners. Data only.
"""

from __future__ import annotations

#: A heading that opens another field's text ("Method:", "Format:", "Público:", "Wie:"): an outcome
#: list stops there. Optional bullet, emoji or question number in front.
_HEAD = r"^\s*(?:[-*\u2022>#]+\s*|\W{1,3}\s*|q\d+[.)]?\s*|\d+[.)]\s*)?"

OTHER_HEADING = (
    _HEAD
    + r"(?:method\w*|teaching|pedagog\w*|approach|how(?: is it taught| it is taught| we teach| it works)?|didactic\w*"
    r"|format|length|duration|schedule|timing|time|audience|learners|participants|who(?: for)?|for|scope|topic|subject|in|out"
    r"|metodo\w*|metodologia|como|cuando|duracion|formato|publico|destinatarios|tema|alcance|para quien"
    r"|methode\w*|pedagogie|modalites?|comment|duree|public|sujet|perimetre|hors champ"
    r"|methodik|didaktik|lehrform|wie|dauer|umfang|zielgruppe|thema|inhalt|inhalte|nicht"
    r"|metodologia|como|duracao|publico|tema|ambito|modalita|durata|destinatari|argomento|contenuti"
    r"|werkwijze|werkvorm|aanpak|hoe|opzet|duur|doelgroep|onderwerp|inhoud|niet"
    r"|metoda|metodyka|jak|forma|czas|odbiorcy|uczestnicy|temat|zakres|nie)\s*[:?]"
    # A question heading other than the outcomes one ("How long?", "Who for?", "¿Cómo se enseña?").
    r"|"
    + _HEAD
    + r"[¿]?(?:how|who|what|when|where|why|como|cuanto|quien|que|comment|qui|quoi|combien|wie|wer|was"
    r"|wann|come|chi|cosa|quanto|quando|hoe|wat|wanneer|jak|kto|co|ile)\b[^?:\n]{0,60}\?"
)

#: Text under a method heading that decides nothing ("to be decided", "flexible", "the usual").
METHOD_UNDECIDED = (
    r"\b(?:tbd|tbc|to be (?:decided|confirmed|defined|agreed)|flexible|mixed|various|varied|standard|as usual|the usual"
    r"|whatever works|open|por definir|a definir|a determiner|noch offen|offen|da definire|nog te bepalen|do ustalenia)\b"
)

#: A heading naming the method field: its text is the pedagogy unless it is itself vague.
METHOD_HEADING = (
    _HEAD
    + r"(?:method(?:s|ology)?|teaching(?: method\w*| approach)?|pedagogy|approach|how(?: is it taught| it is taught"
    r"| we teach| it's taught| will it be taught)?|didactics|delivery|learning design"
    r"|metodo(?:logia)?|como se (?:ensena|aprende)|como|enfoque|metodologia|pedagogia"
    r"|methode\w*|pedagogie|modalites? pedagogiques?|approche|comment"
    r"|methode|methodik|didaktik|lehrform|unterrichtsform|lernform|wie wird gelernt|wie"
    r"|metodo(?:logia)?|como se ensina|abordagem|didattica|modalita didattiche|come"
    r"|werkwijze|werkvorm(?:en)?|aanpak|didactiek|hoe"
    r"|metoda|metody|metodyka|forma zajec|jak uczymy|jak)\s*[:?]\s*(?P<text>.+)"
)

#: Teaching described as what happens, not named: a session's routine, practice with or after someone,
#: real material worked on, pairs and small groups, a demonstration then a try, feedback from a person.
ACTIVITY = (
    # A session's routine, when it says what is done in it ("each lesson = one real ticket solved live").
    r"\b(?:(?:each|every|one|per|cada|por|chaque|par|jede|jeder|jedes|pro|ogni|ciascuna|elke|iedere|kazde|kazda|kazdy)\s+"
    r"(?:session|lesson|section|week|unit|module|class|evening|day|meeting|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|sesion|clase|semana|leccion|modulo|unidad|aula|sessao|secao|seance|seances|lecon|semaine|einheit"
    r"|sitzung|woche|lektion|abend|termin|modul|tag|lezione|sessione|settimana|sezione|incontro|les|sessie|bijeenkomst"
    r"|zajecia|spotkanie|tydzien|lekcja|sesja)\b[^.;\n]{0,60}?\b(?:practi\w+|exercis\w+|drill\w*|demo\w*|real|live|hands-on"
    r"|supervis\w+|guided|cases?|role-?plays?|briefing|rehears\w+|simulat\w+|(?:we|they|learners|participants|students|you"
    r"|everyone|pairs) (?:\w+ )?(?:try|do|practi[sc]e|solve|build|make|play|work|rebuild|redo|repeat|bake|cook|sail|write|run|apply)"
    r"|ejercicio\w*|practic\w*|demostraci\w+|caso\w*|simulaci\w+|pratique\w*|exercice\w*|demonstration|mises? en situation"
    r"|ubung\w*|uben|praxis|vormachen|nachmachen|fallbeispiel\w*|arbeitseinsatz\w*|esercitazion\w*|esercizi\w*|pratica|pratiche"
    r"|dimostrazion\w*|casi|oefen\w*|praktijk\w*|casus|cwiczeni\w*|cwicz\w*|praktyczn\w*|pokaz\w*|exercicio\w*|demonstrac\w+)"
    r"|in (?:pairs|trios|small groups|groups of|teams of)|en (?:parejas|grupos|binomes?|petits groupes|trios)|in (?:paaren|kleingruppen|tandems)"
    r"|em (?:pares|grupos|duplas)|in coppi\w+|a coppie|in (?:piccoli )?gruppi|in (?:tweetallen|groepjes|duo's|kleine groepen)|w (?:parach|grupach|zespolach)"
    r"|(?:solved|done|worked through|demonstrated|shown|built) live|live (?:demo|coding|session)"
    r"|(?:under|with) (?:the )?(?:supervision|guidance|eye) of|(?:supervised|guided|coached|led|mentored|accompanied) by (?:a|an|the|their|our) (?:\\w+ )?(?:mentor|tutor|trainer|instructor|coach|expert|master|teacher|supervisor|senior|practitioner|colleague|peer|\\w+(?:er|or|ist|ian))s?\\b"
    r"|alongside (?:a|an|the|their) (?:\\w+ )?(?:mentor|tutor|trainer|instructor|coach|expert|master|teacher|supervisor|senior|practitioner|colleague|peer|\\w+(?:er|or|ist|ian))s?\\b|rid(?:es|ing)? along|ride-along|sits? (?:in|along) with"
    r"|angeleitet (?:von|durch)|unter anleitung|begleitet von|sotto la (?:guida|supervisione)|affiancat\w+|onder (?:begeleiding|leiding|toezicht)"
    r"|(?:loopt|lopen) mee|meelopen|pod (?:okiem|kierunkiem|nadzorem)|bajo la (?:supervision|guia)|acompanad\w+ (?:por|de)|sous la (?:supervision|conduite)"
    r"|accompagne\w* par|sob (?:supervisao|orientacao)|debrief\w*|nachbesprech\w*|nabespre\w*|omowienie|retour d'experience"
    r"|then (?:they|learners|participants|students|each|the learner|everyone|you) (?:\w+ )?(?:try|do|practi[sc]e|repeat|solve|apply|rebuild|build|work|make|write|play|run)"
    r"|we (?:rebuild|work through|walk through|practi[sc]e|solve|analy[sz]e|discuss|play out|simulate|reconstruct|take apart|dissect)\b"
    r"|(?:commented|reviewed|marked|corrected|critiqued|checked|annotated|discussed) (?:on )?by (?:a|an|the|their|our) (?:\w+ )?"
    r"(?:tutor|trainer|teacher|instructor|mentor|peer|peers|coach|group|expert|supervisor)"
    r"|faded|fading|scaffold\w*|(?:on|with|using|from|through) (?:real|actual|their own|own|anonymi[sz]ed) (?:\w+ )?(?:cases?|tickets?|incidents?|patients?|data|accounts?|projects?|sites?|clients?|work)"
    r"|(?:casos?|cas|casi|falle?|fallbesprech\w*|gevallen|przypadk\w*) (?:reales|reels|reali|echte\w*|reais|rzeczywist\w*)"
    r"|vormachen|nachmachen|voordoen|nadoen|pratica guidata|esercitazion\w*|oefen\w*|cwiczeni\w*|warsztat\w*|zajecia praktyczne"
    r"|(?:case|group|class|peer) discussions?|discussion of (?:real|each|their)|walk-?arounds?|site visits?|begehung\w*|hospitation\w*|stage pratique)(?![a-z])"
)

#: A line or sentence of the description that speaks of the learners ("Learners: ...", "Zielgruppe:",
#: "aimed at ...", "on vise ..."): what it says of their prior knowledge counts for the audience.
AUDIENCE_IN_DESCRIPTION = (
    r"(?:^|\n)\s*(?:[-*\u2022>#]+\s*|\W{1,3}\s*|q\d+[.)]?\s*)?(?:learners|audience|participants|who(?: for)?|for|target (?:group|audience)"
    r"|publico|destinatarios|quien(?:es)?|para quien|public|participants|zielgruppe|teilnehmende|fur wen|publico-alvo|participantes"
    r"|pubblico|destinatari|partecipanti|per chi|doelgroep|deelnemers|voor wie|odbiorcy|uczestnicy|dla kogo)\b[^:\n]{0,20}:[^\n]*"
    r"|\b(?:aimed at|intended for|designed for|for (?:\w+ ){0,3}who|on vise|s'adresse a|destine a|dirigid[oa] a|destinad[oa] a"
    r"|richtet sich an|fur (?:\w+ ){0,3}die|rivolt[oa] a|pensat[oa] per|bedoeld voor|gericht op|przeznaczon\w* dla|skierowan\w* do)\b[^.\n]*"
)


#: What the learners lack or bring, wherever the description says it ("first-timers, no experience");
#: the sentence around it counts for the audience (found in code: a leading [^.]* here would be slow).
LEARNER_BACKGROUND = (
    r"\b(?:(?:sin|sans|ohne|sem|senza|zonder|bez|without|no|with|con|avec|mit|com|met) (?:[\w-]+ )?(?:prior |previous )?"
    r"(?:experience|experiencia|erfahrung|esperienza|ervaring|doswiadczeni\w*|knowledge|conocimientos?|connaissances?"
    r"|kenntniss\w*|vorkenntniss\w*|conhecimentos?|conoscenz\w+|kennis|wiedz\w*|background)|primeriz\w+|first[- ]timers?)\b"
)

#: The markers of a numbered or lettered list ("1)", "(2)", "3.", "(c)"), counted to tell how many items it has.
ENUMERATOR = r"(?:^|\s)\(?(?P<n>\d{1,2}|[a-l])[.)]\s"

#: "Only SARs, not erasure, not breach reporting": "not" lists what is out only in contrast, after an
#: "only" or beside another "not" ("Not everyone has a laptop" excludes nothing).
EXCLUSION_NOT = r"(?:^|[,;:])\s*not\s+(?P<rest>[^,;.]+)"
EXCLUSION_NOT_CONTRAST = r"\bonly\b|(?:^|[,;:])\s*not\s[^.]*[,;:]\s*not\s"
