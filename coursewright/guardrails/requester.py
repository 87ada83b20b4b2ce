"""Chatter addressed to whoever ordered the course, not to its learners.

Besides talking about the request (`voice`), a model's draft talks *to the requester* in
three shapes that need no "you asked":

- it presents the page as a version of itself: "Here is a revised version of the unit…",
  "Changes in this draft: …", or a page that opens with a bare reply ("Certainly.", "Of
  course —", "Claro.") before any course text;
- it offers more work, in the first person singular, with something that addresses the
  requester (a condition, "just say the word", "for your team"): "Happy to adapt these
  examples…", "I could put together a version for your staff", "Dímelo y adapto las
  capturas", "erstelle ich Ihnen gern…";
- it leaves a note for the author or a reviewer, or admits doubt about the requester's own
  setting: "Note for the reviewer:", "I wasn't sure whether your team has…", "I couldn't
  verify … before publishing", "não consegui confirmar … vale checar".

A course says none of these to learners in its own voice. A version *of something the
lesson works on* ("a revised version of the paragraph", "this version of Python") is
content; so is a first person telling a story or a tutor addressing the class; scripts and
transcripts a course teaches sit in quotation marks or blockquotes and are only warned
about (see `prose`). Patterns are over folded text (`prose.fold`), English, Spanish, French,
German, Portuguese, and the commonest Italian and Dutch forms.
"""

from __future__ import annotations

#: The page itself, as a model names what it hands over (folded).
_DOC = {
    # not drafts, sections, slides or worksheets: a writing or teaching course revises those as its subject
    "en": r"(?:unit|lesson|module|course|page|content|training|materials|chapter)",
    "es": r"(?:unidad|leccion|modulo|curso|pagina|contenido|material|ficha|capitulo|clase|tema)",
    "fr": r"(?:lecon|module|cours|contenu|unite|fiche|page|chapitre|support|seance|sequence)",
    "de": r"(?:lektion|lerneinheit|einheit|modul[s]?|kurs(?:es)?|inhalte?|seite|kapitel[s]?|unterlagen?|schulung)",
    "pt": r"(?:aula|licao|unidade|modulo|curso|conteudo|pagina|capitulo|material|apostila)",
    "it": r"(?:lezione|unita|modulo|corso|contenuto|pagina|capitolo|materiale|dispensa|scheda)",
    "nl": r"(?:les|module|cursus|inhoud|eenheid|hoofdstuk|pagina|materiaal)",
}
#: The requester's own setting: whose team, school or licence the writer is unsure about.
_ORG = {
    "en": r"(?:team|teams|organi[sz]ation|company|site|school|learners|staff|licen[cs]e|trust|hospital|department|firm"
    r"|class|students|employees|trainees|setup|system|policy|intranet|lms|ward|clinic|office|branch|store|plant"
    r"|warehouse|college|university)",
    "es": r"(?:equipo|empresa|organizacion|centro|colegio|escuela|clase|alumnos|alumnas|estudiantes|plantilla"
    r"|departamento|licencia|oficina|sucursal|hospital|institucion)",
    "fr": r"(?:equipe|entreprise|organisation|etablissement|ecole|classe|apprenants|eleves|stagiaires|service|licence"
    r"|societe|agence|cabinet|hopital)",
    "de": r"(?:team|firma|unternehmen|schule|klasse|schuler\w*|abteilung|lizenz|betrieb|werk|standort|einrichtung"
    r"|praxis|klinik|organisation|telefonanlage)",
    "pt": r"(?:equipe|equipa|empresa|organizacao|escola|turma|alunos|time|departamento|licenca|loja|filial|hospital"
    r"|instituicao)",
}
#: What a writer offers to do to the content (English verbs, base form).
_EN_WORK = (
    r"(?:adapt|adjust|tailor|rewrite|revise|rework|redo|change|convert|turn|produce|create|write|draft|prepare"
    r"|translate|shorten|simplify|expand|extend|swap|add|include|locali[sz]e|put together|build|develop|update"
    r"|make|split|trim)"
)
_EN_EDIT = (
    r"(?:adapt|adjust|change|update|swap|fix|correct|rewrite|redo|rework|tailor|convert|replace|add|amend|revise"
    r"|edit|shorten|expand|simplify|translate)"
)
#: Words that turn an offer towards the requester (English).
_EN_TO_REQUESTER = (
    rf"(?:\bjust (?:say|tell|ask|let)\b|\bsay the word\b|\blet me know\b|\bif (?:you|that|it|this|needed|useful"
    rf"|helpful|required|preferred)\b|\bfor your (?:own )?{_ORG['en']}\b|\?)"
)
_ES_FIRST = (
    r"(?:preparo|hago|escribo|redacto|adapto|ajusto|anado|agrego|amplio|traduzco|convierto|cambio|reescribo|elaboro"
    r"|actualizo|corrijo|modifico|rehago|preparare|hare|escribire|redactare|adaptare|ajustare|anadire|agregare"
    r"|ampliare|traducire|cambiare|actualizare|corregire|modificare)"
)
#: Said to the requester whatever follows ("for your students", "tell me").
_ES_TO_REQUESTER = (
    rf"(?:\bpara (?:tus|tu|su|sus|vuestro|vuestra|vuestros|vuestras) {_ORG['es']}\b"
    rf"|\b(?:avisame|dime|dimelo|indicamelo|me dices)\b)"
)
#: A condition that turns to the requester only when what is offered is content ("si quieres, te preparo un café" is not).
_ES_IF = (
    r"(?:\bsi (?:te|le|os|les) (?:viene bien|parece|sirve|interesa|resulta util|hace falta)\b|\bsi (?:quieres|lo necesitas"
    r"|necesitas|lo prefieres|prefieres|deseas|lo deseas)\b)"
)
_ES_CONTENT = (
    r"(?:ejercicios?|ejemplos?|fichas?|hojas?|version|actividad(?:es)?|tablas?|resumen|presentacion|unidad|leccion"
    r"|capturas|preguntas|cuestionario|glosario|material|texto|diapositivas|esquema|infografia|examen|prueba|fuentes)"
)
_FR_FIRST = (
    r"(?:adapte|modifie|change|corrige|ajoute|remplace|refais|reecris|ajuste|complete|prepare|redige|traduis"
    r"|adapterai|modifierai|changerai|corrigerai|ajouterai|remplacerai|referai|reecrirai|ajusterai|completerai"
    r"|preparerai|redigerai|traduirai)"
)
_FR_TO_REQUESTER = (
    rf"(?:\bsi (?:vous|tu) (?:le )?(?:souhaitez|voulez|preferez|veux|souhaites|preferes|le jugez utile)\b"
    rf"|\bsi (?:cela|ca) (?:vous |t')?(?:convient|interesse|aide|sert|est utile)\b"
    rf"|\bpour (?:votre|vos|ton|ta|tes) (?:groupe|{_ORG['fr']})\b|\b(?:dites|dis)-moi\b|\bfai(?:tes|s)-moi signe\b)"
)
_DE_VERB = (
    r"(?:erstell|schreib|mach|pass|erganz|formulier|bereit|liefer|schick|ander|kurz|bau|ubersetz|arbeit|fug|stell"
    r"|ersetz|aktualisier|tausch)\w*"
)
_PT_FIRST = (
    r"(?:troco|mudo|ajusto|adapto|corrijo|altero|refaco|acrescento|incluo|preparo|atualizo|reescrevo|traduzo|crio"
    r"|vou (?:trocar|mudar|ajustar|adaptar|corrigir|alterar|refazer|acrescentar|incluir|preparar|atualizar))"
)
_PT_WORK = r"(?:adaptar|ajustar|criar|preparar|acrescentar|incluir|refazer|reescrever|traduzir|ampliar|montar|elaborar)"

#: Where a change log is the writer's: the page's opening (after a heading and a short reply at most).
#: Later on, "What changed in this draft:" is how a writing course discusses a learner's drafts.
_OPENING = r"\A(?:[^\n.!?]{0,60}\n)?(?:[^\n.!?]{0,25}[.!:-]\s+)?"

REQUESTER_VOICE: dict[str, tuple[str, ...]] = {
    # ---- the page presented as a version of itself ----
    "version": (
        rf"\b(?:here(?:'s| is)|below is|below you'll find|you'll find below|the following is|attached is|please find"
        rf"(?: below| attached)?) (?:a|an|the|my|your) (?:[\w-]+ ){{0,3}}?(?:version|revision|rewrite|redraft|iteration"
        rf"|edit|pass) of (?:the|this|your|my|our) (?:[\w-]+ ){{0,3}}?{_DOC['en']}\b",
        _OPENING
        + r"(?:changes|edits|revisions|updates|what(?:'s| has)? changed|what's new) (?:made )?(?:in|to|from|since) "
        r"(?:this|the|my) (?:previous |last |earlier |original |first |new |latest )?(?:version|draft|revision"
        r"|iteration)\b(?!\s+of\b)",
        r"\bin this (?:version|draft|revision),? i(?:'ve| have)?\b",
        rf"\b(?:aqui (?:tienes|tiene|va|esta)|a continuacion (?:tienes|te dejo|va|encontraras)|te dejo|le dejo|te paso"
        rf"|esta es|he aqui) (?:una|la|tu|su) (?:nueva |segunda )?(?:version|revision) (?:\w+ ){{0,2}}?de (?:la |el |tu |su "
        rf"|esta |este )?(?:\w+ ){{0,2}}?{_DOC['es']}\b",
        _OPENING
        + r"(?:cambios|novedades) (?:en|de|respecto a) (?:esta|la anterior) (?:version|revision)\b(?!\s+del?\b)",
        rf"\b(?:voici|ci-dessous|vous trouverez ci-dessous|je vous envoie|je vous propose|je te propose) (?:une|la|ma|votre"
        rf"|ta) (?:nouvelle |deuxieme |seconde )?(?:version|revision|mouture) (?:\w+ ){{0,2}}?(?:de |du |des |d')(?:la |le "
        rf"|l'|votre |ce |cette )?(?:\w+ ){{0,2}}?{_DOC['fr']}\b",
        _OPENING
        + r"(?:modifications|changements|nouveautes) (?:apportees )?(?:dans|a|de) cette (?:version|mouture|revision)\b"
        r"(?!\s+d)",
        rf"\bhier (?:ist|kommt|sind|findest du|finden sie) (?:eine|die|deine|ihre) (?:\w+ ){{0,2}}?(?:version|fassung"
        rf"|uberarbeitung) (?:\w+ ){{0,2}}?(?:der|des|deiner|ihrer|dieser|von) (?:\w+ ){{0,2}}?{_DOC['de']}\b",
        _OPENING
        + r"(?:anderungen|neuerungen) (?:in|an|gegenuber) (?:dieser|der (?:vorigen|letzten|vorherigen|ersten)) "
        r"(?:version|fassung)\b(?!\s+(?:von|der|des)\b)",
        rf"\b(?:segue|seguem|aqui esta|abaixo esta|abaixo segue|envio|te envio|lhe envio|esta e) (?:uma|a|sua|tua) "
        rf"(?:nova )?(?:versao|revisao) (?:\w+ ){{0,2}}?(?:da|do|de) (?:sua |seu |tua |teu |esta |este )?(?:\w+ ){{0,2}}?"
        rf"{_DOC['pt']}\b",
        _OPENING
        + r"(?:mudancas|alteracoes|novidades) (?:feitas )?(?:nesta|em relacao a) (?:versao|revisao)\b(?!\s+d[aeo]\b)",
        rf"\becco (?:una|la|la tua|la sua) (?:nuova )?(?:versione|revisione) (?:\w+ ){{0,2}}?(?:della|del|dello|dell'|di) ?"
        rf"(?:\w+ ){{0,2}}?{_DOC['it']}\b",
        _OPENING + r"modifiche (?:apportate )?(?:in|a) questa versione\b(?!\s+d)",
        rf"\bhier is (?:een|de|je|uw) (?:\w+ ){{0,2}}?(?:versie|herziening) van (?:de|het|je|jouw|uw|deze|dit) "
        rf"(?:\w+ ){{0,2}}?{_DOC['nl']}\b",
        _OPENING + r"wijzigingen in deze versie\b(?!\s+van)",
    ),
    # ---- offers of more work to the requester ----
    "offer": (
        rf"\bi(?:'m| am|'d be| would be|'ll be| will be) (?:more than |really |very )?(?:happy|glad) to (?:also )?{_EN_WORK}\b",
        rf"(?:^|[.!?(-]\s*)(?:more than |really |very )?(?:happy|glad) to (?:also )?{_EN_WORK}\b",
        rf"\bi (?:can|could) (?:also |easily |happily |gladly |quickly )?{_EN_WORK}\b[^.!?\n]{{0,80}}?{_EN_TO_REQUESTER}",
        rf"\bi(?:'ll| will) (?:happily |gladly )?{_EN_EDIT}\b[^.!?\n]{{0,60}}?\bif (?:you|your|that|it|this)\b",
        rf"\b(?:let me know|tell me|just say|give me a shout|drop me a line)\b[^.!?\n]{{0,80}}?\b(?:and|so) i(?:'ll| will"
        rf"| can| could) (?:\w+ )?{_EN_EDIT}\b",
        rf"\b(?:con gusto|encantad[oa] de|gustosamente|con mucho gusto) (?:te |le |les |os )?(?:lo |la |los |las )?"
        rf"(?:{_ES_FIRST}|prepar\w*|hacer|escribir|redactar|adaptar|ajustar|anadir|agregar|ampliar|traducir)\b"
        rf"[^.!?\n]{{0,80}}?(?:{_ES_TO_REQUESTER}|{_ES_IF})",
        rf"{_ES_TO_REQUESTER}[^.!?\n]{{0,80}}?\b(?:con gusto |encantad[oa] )?(?:te |le |les |os )?(?:lo |la |los |las )?"
        rf"{_ES_FIRST}\b",
        rf"{_ES_IF}[^.!?\n]{{0,60}}?\b(?:con gusto |encantad[oa] )?(?:te |le |les |os )?(?:lo |la |los |las )?"
        rf"{_ES_FIRST}\b[^.!?\n]{{0,40}}?\b{_ES_CONTENT}\b",
        rf"\bje (?:peux |pourrais |vous |te |l'|le |la |les )*(?:volontiers |aussi |egalement )*(?:{_FR_FIRST}|adapter"
        rf"|modifier|ajouter|preparer|rediger|traduire|completer|creer|developper)\b[^.!?\n]{{0,80}}?{_FR_TO_REQUESTER}",
        rf"\b(?:dites|dis)-moi\b[^.!?\n]{{0,80}}?\bet je (?:vous |te |l'|le |la |les )?{_FR_FIRST}\b",
        rf"\b(?:falls|wenn|sollten?|sofern)\b[^.!?\n]{{0,80}}?\b(?:sie|du|ihr|ihnen|dir|euch|ihre?[mnrs]?|deine?[mnrs]?)\b"
        rf"[^.!?\n]{{0,80}}?,\s*{_DE_VERB} ich (?:ihnen |dir |euch )?(?:\w+ ){{0,4}}?(?:gern|gerne)\b",
        rf"\b(?:bei bedarf|auf wunsch),? {_DE_VERB} ich (?:ihnen |dir |euch )?(?:\w+ ){{0,4}}?(?:gern|gerne)?\b",
        rf"\bich {_DE_VERB} (?:ihnen|dir|euch) (?:\w+ ){{0,4}}?(?:gern|gerne)\b",
        rf"\b(?:sag|sagen sie|gib|geben sie) (?:mir )?(?:kurz )?bescheid\b[^.!?\n]{{0,80}}?,? (?:dann |und )?{_DE_VERB} ich\b",
        rf"\b(?:fico|estou|ficamos) a (?:sua )?disposicao para {_PT_WORK}\b",
        rf"\b(?:me avise|me diga|me fala|me conta|avise-me|diga-me)\b[^.!?\n]{{0,80}}?\b(?:que|e) (?:eu )?{_PT_FIRST}\b",
        r"\bse (?:vuoi|preferisci|ti serve|le serve|desideri|volete|vi serve),? (?:ti |le |vi )?(?:posso|potrei)\b",
        r"\b(?:vuoi|vorresti|preferisci|volete|desidera) che (?:ti |le |vi )?(?:prepari|aggiunga|scriva|crei|adatti"
        r"|modifichi|traduca|ampli)\b",
        r"\bfammi sapere\b[^.!?\n]{0,80}?\be (?:lo |la |li |le )?(?:cambio|modifico|adatto|aggiorno|correggo|sistemo"
        r"|aggiungo)\b",
        r"\bcome (?:richiesto|mi hai chiesto|mi ha chiesto|da (?:tua|sua) richiesta)\b",
        r"\blaat (?:me|het me) (?:even )?weten\b[^.!?\n]{0,80}?\b(?:dan|en) (?:pas|voeg|schrijf|maak|verander|wijzig"
        r"|vertaal)\w* ik\b",
        r"\bals (?:je|u) (?:wilt|wil),? (?:kan|zou) ik\b",
        r"\bwil(?:t)? (?:je|u) dat ik\b",
        r"\bzoals (?:je|u) (?:vroeg|vroegen|had gevraagd|hebt gevraagd|heeft gevraagd)\b",
    ),
    # ---- notes to the author or reviewer; doubt about the requester's own setting ----
    "note": (
        r"\b(?:note|nb|n\.b\.|heads-up|reminder|comment) (?:for|to) (?:the reviewers?|whoever (?:reviews|checks|edits"
        r"|approves)|the editor|the author|the client|the sme|the subject[- ]matter expert|the requester)\b",
        r"\b(?:note|nb|heads-up|reminder) (?:for|to) you\s*[:-][^.!?\n]{0,40}?\bi\b",
        rf"\bi(?: wasn't| was not|'m not| am not)(?: entirely| quite| totally)? (?:sure|certain|clear)\b[^.!?\n]{{0,20}}?"
        rf"\b(?:whether|if|which|what|how|about)\b[^.!?\n]{{0,60}}?\byour (?:own )?{_ORG['en']}\b",
        rf"\bi (?:couldn't|could not|wasn't able to|was unable to|didn't|did not|haven't|have not|can't|cannot) "
        rf"(?:confirm|verify|check|find|double-check|establish|determine)\b[^.!?\n]{{0,100}}?(?:\b(?:before|prior to) "
        rf"(?:publishing|publication|release|going live|launch|this goes live|you publish)\b|\b(?:please|worth|you may"
        rf" want to|you might want to|best to) (?:check|confirm|verify|double-check)\b|\byour {_ORG['en']}\b)",
        r"\b(?:nota|observacion|aviso|comentario) (?:para|al|a la) (?:ti|usted|el revisor|la revisora|quien (?:revise|lo"
        r" revise|vaya a revisar|edite)|el autor|la autora|el editor|la editora)\b",
        rf"\bno (?:se|estoy segur[oa]|tengo claro|he podido (?:confirmar|verificar|comprobar)|pude (?:confirmar|verificar"
        rf"|comprobar)|consegui (?:confirmar|verificar)|logre (?:confirmar|verificar))\b[^.!?\n]{{0,100}}?(?:\b(?:tu|su"
        rf"|vuestro|vuestra|vuestros|vuestras) {_ORG['es']}\b|\bantes de publicar\b|\b(?:conviene|convendria|habria que"
        rf"|vale la pena) (?:comprobar|verificar|revisar|confirmar)\b)",
        r"\b(?:note|remarque|nb|n\.b\.) (?:pour|a|a l'attention de) (?:vous|toi|la personne qui (?:relit|relira|relise"
        r"|valide|validera)|le relecteur|la relectrice|les relecteurs|l'auteur|l'autrice|le redacteur|la redactrice"
        r"|qui relira|celui qui relira|celle qui relira)\b",
        rf"\bje (?:ne suis pas (?:sur|sure|certain|certaine)|ne sais pas|n'ai pas pu (?:verifier|confirmer)|n'ai pas reussi"
        rf" a (?:verifier|confirmer))\b[^.!?\n]{{0,100}}?(?:\b(?:votre|vos|ton|ta|tes) {_ORG['fr']}\b|\bavant (?:de )?"
        rf"(?:publier|la publication|la diffusion|la mise en ligne)\b|\b(?:a verifier|a confirmer|merci de verifier"
        rf"|pensez a verifier|il faudrait verifier)\b)",
        r"\b(?:hinweis|anmerkung|notiz) (?:fur|an) (?:die redaktion|den lektor|die lektorin|den prufer|die pruferin"
        r"|die prufenden|die person,? die (?:das|dies|den text) (?:pruft|liest|freigibt)|wer (?:das|dies) pruft"
        r"|den autor|die autorin)\b",
        rf"\bich (?:bin mir nicht sicher|war mir nicht sicher|weiss nicht|wusste nicht|konnte (?:das |dies |es )?nicht "
        rf"(?:prufen|verifizieren|bestatigen|klaren|herausfinden))\b[^.!?\n]{{0,100}}?(?:\b(?:ihr|ihre|ihrem|ihrer|ihren"
        rf"|dein|deine|deinem|deiner|euer|eure) {_ORG['de']}\b|\bvor (?:dem|der) (?:veroffentlichen|veroffentlichung"
        rf"|freigabe)\b|\bbitte (?:noch )?(?:prufen|kontrollieren|bestatigen|checken)\b)",
        r"\b(?:observacao|obs|nota|aviso|lembrete) (?:para|ao|a) (?:voce|quem (?:for revisar|revisar|vai revisar|for"
        r" editar|editar)|o revisor|a revisora|o autor|a autora|o editor|a editora)\b",
        rf"\bnao (?:sei|tenho certeza|consegui (?:confirmar|verificar|checar|conferir)|pude (?:confirmar|verificar|checar"
        rf"|conferir)|foi possivel (?:confirmar|verificar))\b[^.!?\n]{{0,100}}?(?:\b(?:sua|seu|suas|seus|tua|teu|vossa"
        rf"|vosso) {_ORG['pt']}\b|\bantes de publicar\b|\bvale (?:a pena )?(?:checar|conferir|verificar|confirmar)\b"
        rf"|\b(?:convem|e bom|e melhor|seria bom) (?:checar|conferir|verificar|confirmar)\b)",
        r"\bnota per (?:chi (?:revisiona|rivede|rivedra|revisionera)|il revisore|la revisora|l'autore|l'autrice)\b",
        r"\bnon (?:so|sono sicur[oa]|sono riuscit[oa] a (?:verificare|confermare)|ho potuto (?:verificare|confermare))\b"
        r"[^.!?\n]{0,100}?(?:\b(?:il tuo|la tua|i tuoi|le tue|il suo|la sua|vostr\w+) (?:team|azienda|scuola|classe"
        r"|studenti|ufficio|reparto|licenza)\b|\bprima di pubblicare\b)",
        r"\bik (?:weet niet|ben niet zeker|kon niet (?:controleren|nagaan|bevestigen))\b[^.!?\n]{0,100}?(?:\b(?:jullie"
        r"|je|jouw|uw) (?:team|bedrijf|school|klas|organisatie|afdeling|licentie)\b|\bvoor (?:publicatie|het publiceren)\b)",
    ),
}

#: A page that opens with a bare reply, before any course text (matched at the start of the page only);
#: not when its line goes on to ask a question ("Sure. What time suits you?" opens a dialogue).
OPENING_REPLY = (
    r"\A\s*(?:certainly|absolutely|sure thing|sure|of course|no problem|happy to help|gladly|claro(?: que si)?"
    r"|por supuesto|desde luego|con gusto|bien sur|certainement|avec plaisir|absolument|entendu|gerne|gern|naturlich"
    r"|selbstverstandlich|klar|com certeza|com prazer|pois nao|certamente|certo|volentieri|natuurlijk|zeker|graag"
    r"|uiteraard)\s*(?:[.!:]|-(?=\s))(?![^\n]*\?)"
)
