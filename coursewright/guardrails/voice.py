"""Assistant voice: text speaking as the assistant to whoever asked for the course.

A course speaks to the learner. A model's draft also speaks to its requester, and that
voice has a grammar rather than a phrase list: the first person singular with a verb about
making or adjusting *the content* ("I've kept the reading level…", "J'ai simplifié le
vocabulaire…"), a reference to the request ("as requested", "tal como pediste"), the
model's limits ("my knowledge only extends to…", "I can't look things up online"), and
offers addressed to the requester ("Do you want me to…", "Souhaitez-vous que j'ajoute…").

The first person alone is not chatter: a story ("I walked to the market"), or an
instructor ("I recommend you practise daily", "I've marked the harder exercises") is how
courses are written. What marks the assistant is the first person *plus* a verb about
shaping the text *plus* what it shaped (tone, level, examples, the unit), or a request
made of the requester. Patterns are over folded text (see `prose.fold`).
"""

from __future__ import annotations

#: What a model says it adjusted: the text, its parts, its register.
_EN_NOUN = (
    r"(?:unit|lesson|content|text|glossary|examples?|vocabulary|language|tone|reading level|level|jargon|length"
    r"|sections?|quiz|wording|explanations?|dates|terminology|technical terms|details|material|sentences)"
)
_EN_ADJUST = (
    r"(?:kept|trimmed|simplified|shortened|adapted|tailored|adjusted|condensed|reworded|rewrote|rewritten"
    r"|toned down|limited|avoided|omitted|left out|cut|removed|streamlined|pitched|pared down|dropped)"
)
_EN_MAKE = r"(?:written|wrote|created|drafted|generated|prepared|put together|produced|designed|built|made|added|included)"
_EN_REQUESTER = (
    r"(?:for you|as (?:you )?(?:requested|asked)|you asked|your (?:request|prompt|brief|instructions)"
    r"|below|based on your)"
)

_ES_NOUN = (
    r"(?:tono|nivel|vocabulario|ejemplos?|contenido|leccion|unidad|texto|fechas|lenguaje|glosario|seccion"
    r"|secciones|explicaciones?|terminos|frases|registro|extension)"
)
_FR_NOUN = (
    r"(?:ton|niveau|vocabulaire|exemples?|contenu|lecon|unite|texte|dates|langage|glossaire|sections?"
    r"|phrases|explications?|termes|registre|longueur)"
)
_DE_NOUN = (
    r"(?:beispiele?|sprache|ton|niveau|inhalte?|lektion|einheit|texte?|glossar|fachbegriffe|aufgaben"
    r"|abschnitte?|erklarungen?|satze|wortschatz|lange)"
)
_PT_NOUN = (
    r"(?:tom|nivel|vocabulario|exemplos?|conteudo|aula|licao|texto|linguagem|glossario|secao|secoes|unidade"
    r"|explicac(?:ao|oes)|termos|frases|registro)"
)
#: What a model offers to do next to the content (stems, any person or mood).
_ES_OFFER_VERB = (
    r"(?:anad|agreg|inclu|cre|prepar|escrib|redact|ampli|adapt|gener|convier|desarroll|hag|profundic)\w*"
)
_FR_OFFER_VERB = (
    r"(?:ajout|adapt|develop|complet|cre|prepar|redig|approfondi|transform|rajout|propos|gener|inclu)\w*"
)
_DE_OFFER_VERB = (
    r"(?:erganz|hinzufug|erstell|anpass|erweiter|ausarbeit|umwandel|umschreib|schreib|vorbereit|einfug)\w*"
)
_PT_OFFER_VERB = (
    r"(?:acrescent|adicion|inclu|cri|prepar|escrev|redij|ampli|adapt|ger|transform|desenvolv|aprofund|fac)\w*"
)

ASSISTANT_VOICE: dict[str, tuple[str, ...]] = {
    "en": (
        # first person shaping the text
        rf"\bi(?:'ve| have|'d| had)? (?:also |deliberately |intentionally |purposely |purposefully |just |"
        rf"went ahead and |tried to |decided to |chose to )*{_EN_ADJUST}\b[^.!?\n]{{0,50}}?\b{_EN_NOUN}\b",
        rf"\bi(?:'ve| have)? (?:also |just |now )?{_EN_MAKE}\b[^.!?\n]{{0,50}}?{_EN_REQUESTER}",
        # the request itself
        r"\bas (?:you )?(?:requested|asked|instructed)\b",
        r"\b(?:like|as) you asked\b",
        r"\b(?:per|following|based on) your (?:request|instructions|prompt|brief)\b",
        # the model's limits
        r"\bmy (?:knowledge|training(?: data)?|information|data)\b[^.!?\n]{0,20}?"
        r"\b(?:extends|goes|runs|covers|ends|stops|is limited|only|cut-?off|until|up to)\b",
        r"\b(?:after|beyond|past|since) my (?:last |latest )?(?:update|training|cut-?off|knowledge)\b",
        r"\bi (?:don't|do not|didn't) have (?:any )?(?:information|data|knowledge|details|access)\b[^.!?\n]{0,30}?"
        r"\b(?:after|since|beyond|past|real-time|internet|the web|online|current)\b",
        r"\bi (?:can't|cannot|can not|couldn't|could not|wasn't able to|am not able to|am unable to|'m unable to"
        r"|'m not able to) (?:browse|search|look|access|check|verify|retrieve|fetch)\b[^.!?\n]{0,30}?"
        r"\b(?:online|internet|web|real-time|real time|live|browse|up-to-date|latest)\b",
        # offers and follow-ups to the requester
        r"\b(?:do|would) you (?:want|like) me to\b",
        r"(?:^|[\n.!?]\s*)(?:want|like) me to\b",
        r"\bshould i (?:also |now |then )?(?:add|include|create|write|make|turn|expand|adapt|shorten|generate"
        r"|prepare|draft|continue|change|rewrite|convert|translate|go on|produce|extend|split)\b",
        r"\bshall i\b",
        r"\blet me know if you(?:'d| would)? (?:like|want|need|prefer)\b",
        r"\bi (?:can|could) (?:also |easily |happily )?(?:add|include|create|write|turn|expand|adapt|shorten"
        r"|generate|prepare|draft|convert|translate|produce|extend|make (?:a|an|this|the))\b[^.!?\n]{0,60}?"
        r"(?:\bif you\b|\?|\bas well\b)",
        r"\bif you(?:'d like| would like| want| prefer| wish|'d prefer),? i (?:can|could|'ll|will)\b",
        r"\bi hope (?:this|these|that|it|the (?:lesson|unit|content|module|course)) (?:helps|is helpful|is useful"
        r"|works|meets|fits)\b",
    ),
    "es": (
        rf"\b(?:he|hemos) (?:\w+mente )?(?:mantenido|simplificado|adaptado|recortado|reducido|evitado|omitido"
        rf"|resumido|ajustado|acortado|suavizado|limitado|eliminado|quitado)\b[^.!?\n]{{0,40}}?\b{_ES_NOUN}\b",
        r"\b(?:tal )?como (?:me )?(?:pediste|pidio|pidieron|solicitaste|solicito|indicaste|me indicaste|querias)\b",
        r"\b(?:segun|siguiendo) (?:tu|su) (?:peticion|solicitud|pedido|indicacion|prompt)\b",
        r"\b(?:mi|mis) (?:conocimientos?|datos de entrenamiento|entrenamiento)\b[^.!?\n]{0,20}?"
        r"\b(?:llega|llegan|alcanza|alcanzan|se limita|se limitan|termina|hasta)\b",
        r"\bno (?:tengo|puedo tener) acceso a (?:internet|la web|informacion (?:actualizada|en tiempo real))",
        r"\bno puedo (?:navegar|buscar en internet|consultar internet|acceder a internet)",
        rf"\b(?:quieres|te gustaria|deseas|prefieres|le gustaria|desea|necesitas) que (?:te |le |les )?{_ES_OFFER_VERB}",
        r"\bsi (?:lo )?(?:necesitas|quieres|deseas|prefieres|te parece|lo ves util),? (?:tambien )?(?:puedo|podria)\b",
        rf"\b(?:puedo|podria) (?:tambien )?{_ES_OFFER_VERB} (?:esta|este|la|el|una|un|mas|otro|otra)\b",
        r"\b(?:avisame|dime|hazme saber) si (?:quieres|necesitas|prefieres|te gustaria)\b",
    ),
    "fr": (
        rf"\bj'ai (?:\w+ment |aussi |egalement )?(?:garde|simplifie|adapte|raccourci|reduit|evite|omis|resume"
        rf"|ajuste|allege|conserve|limite|retire|supprime|coupe)\w*\b[^.!?\n]{{0,40}}?\b{_FR_NOUN}\b",
        r"\bcomme (?:tu (?:me )?l'as |vous (?:me )?l'avez )?demande(?:e|s)?\b",
        r"\b(?:selon|suivant|a) (?:votre|ta) demande\b",
        r"\bmes (?:connaissances|donnees d'entrainement)\b[^.!?\n]{0,20}?\b(?:s'arretent|se limitent|vont jusqu|datent)",
        r"\bje n'ai pas acces (?:a internet|au web|aux informations (?:recentes|en temps reel))",
        r"\bje ne (?:peux|suis) pas (?:en mesure de )?(?:naviguer|consulter internet|acceder a internet|chercher en ligne)",
        rf"\b(?:souhaitez|voulez|veux|souhaites|aimeriez|voudriez|voudrais|aimerais)[- ](?:vous|tu) que j(?:e |')"
        rf"{_FR_OFFER_VERB}",
        r"\bsi (?:vous (?:le )?(?:souhaitez|voulez|preferez)|tu (?:le )?(?:veux|souhaites|preferes)),? je (?:peux|pourrais)\b",
        rf"\bje (?:peux|pourrais) (?:aussi |egalement )?{_FR_OFFER_VERB} (?:cette|ce|la|le|une|un|des|plus|d'autres)\b"
        rf"[^.!?\n]{{0,60}}?(?:\bsi (?:vous|tu)\b|\?)",
        r"\b(?:dites|dis)-moi si (?:vous (?:souhaitez|voulez|preferez)|tu (?:veux|souhaites|preferes))\b",
    ),
    "de": (
        rf"\bich habe\b[^.!?\n]{{0,40}}?\b{_DE_NOUN}\b[^.!?\n]{{0,30}}?\b(?:gehalten|vereinfacht|angepasst|gekurzt"
        rf"|weggelassen|beibehalten|reduziert|zusammengefasst|beschrankt|gestrichen|entfernt|abgespeckt)\b",
        r"\bwie (?:gewunscht|angefragt|erbeten|du (?:es )?(?:wolltest|gewunscht hast|wunschtest)"
        r"|sie (?:es )?(?:wollten|gewunscht haben|wunschten))\b",
        r"\bauf (?:deinen|ihren|euren) wunsch\b",
        r"\bmein (?:wissen|wissensstand|training)\b[^.!?\n]{0,20}?\b(?:reicht|endet|ist begrenzt|geht nur|bis)\b",
        r"\bich habe keinen? (?:zugriff auf (?:das )?internet|internetzugang|zugang zum internet)",
        r"\bich kann (?:leider )?(?:nicht|keine) (?:im internet|online|aktuelle)",
        r"\b(?:mochtest|mochten|willst|wollen|wunschst|wunschen) (?:du|sie|ihr),? dass ich\b",
        rf"\bsoll ich (?:dir |ihnen |euch )?(?:noch |auch |zusatzlich )?(?:\w+ ){{0,4}}?{_DE_OFFER_VERB}\b",
        rf"\bich kann (?:dir |ihnen |euch )?(?:gerne |gern |auch |noch )*(?:\w+ ){{0,4}}?{_DE_OFFER_VERB}\b"
        rf"[^.!?\n]{{0,40}}?(?:\bwenn (?:du|sie|ihr)\b|\?)",
        r"\bwenn (?:du|sie|ihr) (?:mochtest|mochten|willst|wollen|magst|wunschst),? (?:kann|konnte) ich\b",
        r"\b(?:sag|sagen sie) (?:mir )?bescheid,? (?:wenn|falls|ob) (?:du|sie) (?:noch|weitere|mehr|eine|andere)",
    ),
    "pt": (
        rf"\b(?:mantive|simplifiquei|adaptei|reduzi|cortei|evitei|omiti|resumi|ajustei|limitei|encurtei|suavizei"
        rf"|retirei|removi)\b[^.!?\n]{{0,40}}?\b{_PT_NOUN}\b",
        r"\b(?:como|conforme) (?:voce |o senhor |a senhora )?(?:me )?(?:pediu|solicitou|pediram|solicitaram|queria)\b",
        r"\b(?:a seu|ao seu|a teu) pedido\b",
        r"\b(?:meu|meus) (?:conhecimentos?|dados de treinamento|treinamento)\b[^.!?\n]{0,20}?"
        r"\b(?:vai|vao|chega|chegam|se limita|se limitam|termina|ate)\b",
        r"\bnao tenho acesso a (?:internet|web|informacoes (?:atualizadas|em tempo real))",
        r"\bnao (?:consigo|posso) (?:navegar|pesquisar na internet|acessar a internet|consultar a internet)",
        rf"\b(?:quer|gostaria|deseja|prefere|queres|quiser) que eu {_PT_OFFER_VERB}",
        r"\bse (?:voce )?(?:quiser|preferir|desejar|precisar|achar util),? (?:eu )?(?:posso|poderia)\b",
        rf"\b(?:posso|poderia) (?:tambem )?{_PT_OFFER_VERB} (?:esta|este|a|o|uma|um|mais|outra|outro)\b",
        r"\b(?:me avise|me diga|diga-me) se (?:quiser|preferir|precisar|desejar)\b",
    ),
}
