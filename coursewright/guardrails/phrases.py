"""Phrase packs for the prose review: what a model's chatter and an unfinished draft look like.

Every pattern is a regular expression over *folded* text (see `prose.fold`): Unicode NFKC,
case-folded, accents removed, curly quotes made straight, dashes made '-', whitespace
collapsed. So "Here’s", "HERE'S" and "here's" are one pattern, and "Aquí" is "aqui".
Patterns are matched as whole words and phrases: `prose` puts word boundaries around them.

Packs exist for English, Spanish, French, German and Portuguese. A phrase belongs here
only when a course written by a person would not say it in its own voice; phrases a
course may legitimately say ("Here is your checklist", "Feel free to ask your mentor")
are deliberately absent.
"""

from __future__ import annotations

#: Courses, lessons and drafts, the things a model says it is handing over.
_EN_THING = r"(?:lesson|lessons|unit|units|course|module|content|html|draft|lesson plan)"
_EN_MOD = (
    r"(?:(?:revised|updated|complete|full|requested|rewritten|improved|final|draft|short|brief|detailed|new|html"
    r"|corrected|fixed|expanded|shortened|simplified|polished|suggested|proposed|sample|possible|edited)\s+)*"
)
#: What a model calls the thing it hands over, in the five languages (folded).
_THING = (
    r"(?:lesson|lesson plan|unit|module|content|course|draft|leccion|clase|contenido|unidad|curso|lecon|cours"
    r"|contenu|unite|lektion|lerneinheit|einheit|inhalt|kurs|aula|licao|conteudo|unidade|modulo)"
)
#: "A suggestion/proposal/draft of a lesson": the model's framing of its own output.
_OFFER = (
    r"(?:suggestion|proposal|draft|structured|sample|possible|sugerencia|propuesta|borrador|proposition|ebauche"
    r"|vorschlag|entwurf|sugestao|proposta|rascunho)"
)
#: Asking for edits to the content itself: what only the person who ordered it would be offered.
_EDITS = (
    r"(?:adjustments?|changes|modifications|tweaks|revisions|more examples|another version|different version"
    r"|ajustes|cambios|modificaciones|mas ejemplos|ajustements|modifications|changements|plus d'exemples"
    r"|anpassungen|anderungen|weitere beispiele|alteracoes|mudancas|mais exemplos)"
)
#: Openers a model uses before handing something over, per language (folded).
_OPENERS = {
    "en": r"(?:certainly|sure|sure thing|of course|absolutely|okay|alright|no problem|great|happy to help)",
    "es": r"(?:claro|por supuesto|desde luego|perfecto|vale|de acuerdo|con gusto)",
    "fr": r"(?:bien sur|certainement|avec plaisir|absolument|d'accord|tres bien|entendu)",
    "de": r"(?:gerne|gern|naturlich|klar|selbstverstandlich|sicher|okay|alles klar)",
    "pt": r"(?:claro|com certeza|certamente|perfeito|otimo|pois nao|com prazer)",
}
_APOLOGY = (
    r"(?:i apologi[sz]e for (?:the|any|my) (?:confusion|error|mistake|oversight)|sorry for the confusion|my apologies"
    r"|(?:lo siento|disculpa|disculpe|perdon) (?:por )?(?:la|el) (?:confusion|error)|desole pour (?:la|l')(?:confusion|erreur)"
    r"|entschuldig\w* (?:fur )?die verwirrung|desculpe (?:pela|a|o) (?:confusao|erro))"
)

CHATTER: dict[str, tuple[str, ...]] = {
    "any": (
        rf"(?:here is|here's|below is|hier ist|hier sind|aqui esta|aqui tienes|voici|a continuacion)\s+"
        rf"(?:a|an|ein|eine|einen|uma|um|une|un|una|the|la|le|die|der|a|o)\s+(?:\w+\s+)?{_OFFER}\b[^.!?\n]{{0,30}}?{_THING}",
        rf"\b{_EDITS}\b[^.!?\n]{{0,40}}?\b(?:let me know|feel free|reach out|no dudes|avisame|n'hesitez|"
        r"zogern sie nicht|zogere nicht|sag bescheid|nao hesite|me avise)",
        rf"(?:let me know|feel free to reach out|reach out|no dudes|avisame|n'hesitez pas|zogern sie nicht|"
        rf"sag bescheid|nao hesite|me avise)[^.!?\n]{{0,50}}?\b{_EDITS}\b",
        rf"i hope (?:you (?:find|enjoy|like)|this|these|the) [^.!?\n]{{0,30}}?(?:useful|helpful|{_THING})",
        r"espero que [^.!?\n]{0,40}?(?:util|utiles|sirva|ayude|guste)",
        r"j'espere que [^.!?\n]{0,40}?(?:utile|utiles|aide|aidera|plaira)",
        r"ich hoffe,? [^.!?\n]{0,40}?(?:hilfreich|hilft|nutzlich|gefallt)",
        r"espero que [^.!?\n]{0,40}?(?:util|uteis|ajude|sirva|goste)",
        r"en tant qu'(?:assistant|assistante|ia|intelligence artificielle|modele)\b[^.!?\n]{0,40}?,\s*je",
    ),
    "en": (
        r"as an ai language model",
        r"as an ai(?: assistant| model| chatbot)?\s*,?\s*i",
        r"as a (?:large )?language model\s*,?\s*i",
        r"i(?:'m| am) (?:just |only |simply )?(?:an ai|a (?:large )?language model|an artificial intelligence|an ai assistant|a chatbot)",
        r"as of my (?:last|latest|most recent) (?:knowledge )?(?:update|training|cut-?off)",
        r"my (?:knowledge|training)(?: data)? cut-?off",
        r"knowledge cut-?off date",
        r"my training data",
        r"i (?:cannot|can't|am unable to|don't have the ability to) (?:browse|access the internet|access real-time)",
        r"i don't have (?:access to )?real-time",
        r"(?:great|excellent|fantastic|wonderful|good) question\s*!",
        r"(?:that's|that is|what) a (?:great|excellent|fantastic|wonderful) question",
        r"(?:certainly|sure|absolutely|of course|great)\s*[!,.]\s*here(?:'s| is| are)",
        r"(?:^|\n)\s*(?:certainly|absolutely|sure thing|of course|sure)\s*!",
        rf"{_OPENERS['en']}\s*[!,.]\s*(?:below|the following|let's dive|let me|i'll|i will|i've)",
        r"below (?:you'll|you will) find (?:the|a|an|your) (?:\w+ )?(?:lesson|unit|content|module|course|draft)",
        r"as an ai\b[^.!?\n]{0,40}?,\s*i\b",
        r"i (?:was|am|have been) (?:trained|developed|created|built) by",
        r"i(?:'ve| have) put together (?:a|the|this|your) (?:\w+ )?(?:lesson|unit|course|module)",
        r"i(?:'ll| will) (?:create|write|draft|generate|put together) (?:a|the|this|your) (?:\w+ )?(?:lesson|unit|course|module)",
        _APOLOGY,
        rf"here(?:'s| is| are) (?:the|your|a|an) {_EN_MOD}{_EN_THING}\b(?!\s+(?:plan\b|of the (?:day|week)))",
        r"i hope (?:this|that|it) helps",
        r"hope this helps",
        r"(?:i'm|i am) happy to help",
        r"i(?:'d| would) be (?:happy|glad) to (?:help|assist|create|write|expand|adjust)",
        r"let me know if you(?:'d| would)? (?:like|want) me to",
        r"let me know if you (?:need|want|would like|'d like) any (?:changes|adjustments|modifications|revisions|tweaks)",
        r"would you like me to",
        r"if you(?:'d| would) like,? i can",
        r"i can also (?:create|generate|provide|write|make|draft|expand|add)",
        r"shall i (?:continue|create|generate|write|draft|expand)",
        r"feel free to ask me",
        r"(?:below|the following) is (?:the|a|an|your) (?:requested |revised |updated )?(?:html|lesson|unit content|draft)",
        r"i(?:'ve| have) (?:written|drafted|generated|created|prepared) (?:the|this|a|your) (?:requested )?(?:lesson|unit|content|course|module|html)",
        r"as you requested",
        r"per your request",
        r"in this response",
        r"```\w*",
    ),
    "es": (
        r"¡?(?:claro|por supuesto|desde luego|perfecto)\s*[!.,]*\s*aqui (?:tienes|tiene|esta|estan|va|te dejo)",
        rf"¡?{_OPENERS['es']}\s*[!,.]\s*(?:a continuacion|te presento|te dejo|vamos a|te explico|aqui)",
        r"(?:^|\n)\s*¡\s*(?:claro|por supuesto|desde luego)\s*!",
        r"(?:a continuacion|aqui) (?:te presento|tienes|encontraras) (?:la|el|una|un|tu) (?:\w+ )?(?:leccion|contenido|unidad|clase|modulo)",
        r"(?:he|te he) (?:creado|preparado|redactado|elaborado) (?:la|el|una|un|tu) (?:\w+ )?(?:leccion|contenido|unidad|clase|modulo)",
        r"como (?:una )?ia\b[^.!?\n]{0,40}?,\s*no (?:puedo|tengo)",
        r"aqui (?:tienes|tiene|te dejo) (?:la|el|tu|su|una|un|las|los) (?:\w+ )?(?:leccion|lecciones|contenido|unidad|curso|modulo|borrador|html)",
        r"como (?:un |una )?(?:modelo de (?:lenguaje|ia|inteligencia artificial)|ia|inteligencia artificial|asistente de ia)\s*,",
        r"soy (?:un|una|solo un|solo una) (?:modelo de lenguaje|ia|inteligencia artificial|asistente de ia|asistente virtual)",
        r"¡?(?:excelente|buena|gran|muy buena|fantastica) pregunta\s*!",
        r"espero que (?:esto|esta|eso) (?:te |le |les )?(?:sirva|ayude)",
        r"(?:segun|hasta) mi ultima actualizacion",
        r"mi fecha de corte",
        r"mis datos de entrenamiento",
        r"no dudes en preguntarme",
        r"si (?:quieres|lo deseas|deseas),? (?:tambien )?puedo",
        r"¿?quieres que (?:te )?(?:prepare|cree|genere|escriba|amplie|redacte)",
    ),
    "fr": (
        r"(?:bien sur|certainement|avec plaisir|absolument)\s*[!,.]*\s*voici",
        rf"{_OPENERS['fr']}\s*[!,.]\s*(?:ci-dessous|je vous|je te|allons|voici)",
        r"(?:^|\n)\s*(?:bien sur|avec plaisir|certainement)\s*!",
        r"(?:voici|ci-dessous) (?:une|la|le|votre|ma) (?:proposition|version|ebauche|suggestion) de (?:lecon|cours|contenu|module)",
        r"je vous propose (?:une|la|le|cette) (?:\w+ )?(?:lecon|cours|contenu|module)",
        r"j'ai (?:cree|prepare|redige|elabore) (?:une|la|le|votre|cette) (?:\w+ )?(?:lecon|cours|contenu|module)",
        r"comme (?:demande|vous l'avez demande)",
        r"voici (?:votre|ta|ton) (?:\w+ )?(?:lecon|cours|contenu|module|unite|brouillon)",
        r"voici (?:la|le) (?:lecon|contenu|module|cours) (?:demande|que vous|sur)",
        r"en tant qu(?:e |')(?:modele de langage|ia|intelligence artificielle|assistant(?:e)? (?:virtuel|ia))",
        r"je suis (?:une|un|seulement une|seulement un) (?:ia|intelligence artificielle|modele de langage|assistant virtuel)",
        r"(?:excellente|tres bonne|bonne) question\s*!",
        r"j'espere que (?:cela|ceci|ca) (?:vous |t')?aide",
        r"(?:selon|d'apres) ma derniere mise a jour",
        r"n'hesite[zs]? pas a me (?:demander|poser)",
        r"si vous (?:le )?souhaitez,? je peux",
        r"voulez-vous que je",
    ),
    "de": (
        r"als (?:ki-?sprachmodell|ki-?modell|sprachmodell|ki-assistent)\s*(?:,|\.\.\.|kann|habe|bin|verfuge|muss|darf|mochte|ich)",
        r"als (?:ki|kunstliche intelligenz)\s*(?:,|kann ich|habe ich|bin ich)",
        r"ich bin (?:eine|ein|nur eine|nur ein) (?:ki|sprachmodell|ki-sprachmodell|kunstliche intelligenz|ki-assistent)",
        r"(?:gerne|gern|naturlich|klar|selbstverstandlich|sicher)\s*[!,.]\s*hier (?:ist|sind|kommt)",
        rf"{_OPENERS['de']}\s*[!,.]\s*(?:im folgenden|nachfolgend|ich habe|ich erstelle|lass uns)",
        r"(?:^|\n)\s*(?:gerne|naturlich|selbstverstandlich)\s*!",
        r"(?:gerne|gern) (?:erstelle|schreibe|erklare|gebe) ich (?:dir|ihnen|euch)",
        r"ich habe (?:dir|ihnen|euch) (?:eine|die|deine|ihre) (?:\w+ )?(?:lektion|lerneinheit|einheit|kurs|modul) (?:erstellt|geschrieben|vorbereitet)",
        r"(?:im folgenden|nachfolgend) (?:findest du|finden sie) (?:die|deine|ihre|eine) (?:\w+ )?(?:lektion|lerneinheit|einheit|inhalte?)",
        r"wie gewunscht",
        r"als ki\b[^.!?\n]{0,40}?(?:kann|habe|bin) ich",
        r"hier (?:ist|sind|kommt) (?:deine|ihre|eure|dein|euer) (?:\w+ )?(?:lektion|lerneinheit|einheit|inhalt|kurs|modul|entwurf)",
        r"hier (?:ist|sind|kommt) (?:die|der|das) (?:gewunschte|angeforderte|uberarbeitete) ",
        r"(?:sehr gute|tolle|gute|ausgezeichnete|super) frage\s*!",
        r"ich hoffe,? (?:das|dies) hilft",
        r"(?:stand|seit) meine[sr]? letzten (?:wissens)?(?:aktualisierung|updates?)",
        r"mein(?:em)? wissensstand",
        r"meine trainingsdaten",
        r"frag mich gerne",
        r"wenn (?:du|sie) mochtest,? kann ich",
        r"wenn (?:du|sie) mochten,? kann ich",
        r"soll ich (?:noch|weitere|auch)",
    ),
    "pt": (
        r"(?:claro|com certeza|certamente|perfeito)\s*[!,.]*\s*(?:aqui (?:esta|estao|vai|segue)|segue)",
        rf"{_OPENERS['pt']}\s*[!,.]\s*(?:abaixo|a seguir|vamos|vou|preparei)",
        r"(?:^|\n)\s*(?:claro|com certeza)\s*!",
        r"(?:abaixo|a seguir) (?:esta|estao|segue|seguem|voce encontra) (?:a|o|sua|seu|uma|um) (?:\w+ )?(?:aula|licao|conteudo|unidade|modulo)",
        r"(?:preparei|criei|elaborei|escrevi) (?:a|o|uma|um|sua|seu) (?:\w+ )?(?:aula|licao|conteudo|unidade|modulo)",
        r"conforme (?:solicitado|pedido)",
        r"como (?:uma )?ia\b[^.!?\n]{0,40}?,\s*(?:eu )?nao",
        r"aqui (?:esta|estao) (?:a|o|sua|seu|tua|teu|as|os) (?:\w+ )?(?:licao|licoes|aula|aulas|conteudo|unidade|curso|modulo|rascunho)",
        r"como (?:um |uma )?(?:modelo de linguagem|ia|inteligencia artificial|assistente de ia)\s*,",
        r"sou (?:um|uma|apenas um|apenas uma) (?:modelo de linguagem|ia|inteligencia artificial|assistente virtual|assistente de ia)",
        r"(?:otima|excelente|boa|grande) pergunta\s*!",
        r"espero que (?:isso|isto) (?:te |lhe |os )?ajude",
        r"(?:de acordo com|ate|segundo|conforme) (?:a )?minha ultima atualizacao",
        r"meus dados de treinamento",
        r"fique a vontade para me perguntar",
        r"se (?:quiser|desejar),? (?:eu )?posso",
        r"quer que eu",
    ),
}

#: Placeholders, matched on folded text.
PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "any": (
        r"\{\{\s*[^{}\n]{1,60}?\s*\}\}",
        r"\{%[^%\n]{1,60}%\}",
        r"\$\{[a-z_][\w.]{0,40}\}",
        r"\[\s*(?:insert|add|your|company|organi[sz]ation|client|learner|student|employee|manager|instructor|"
        r"trainer|teacher|course|date|time|link|url|name|first name|image|video|placeholder|tbd|todo|logo|"
        r"location|address|phone|email|team|department|product|x{2,}|insertar|anadir|agregar|nombre|empresa|"
        r"fecha|enlace|imagen|inserer|ajouter|nom|entreprise|societe|lien|einfugen|firma|firmenname|"
        r"unternehmen|datum|bild|inserir|adicionar|nome|data|numero|number|adresse|direccion|endereco|telefono|"
        r"telephone|telefone|courriel|correo|e-mail|prenom|vorname|nachname|ansprechpartner|apellido|lieu|lugar|"
        r"ort|horario|heure|uhrzeit|contact|kontakt|contacto|contato)\b[^\]\n]{0,60}\]",
        r"\[[^\]\n]{0,40}(?<!\w)(?:a inserer|a completer|a definir|to insert|to be added|goes here|here|aqui|ici|hier|"
        r"einfugen|erganzen|inserir|insertar|por definir|por completar|tbd|tba|xxx+)(?!\w)[^\]\n]{0,40}\]",
        r"lorem ipsum",
        r"dolor sit amet",
    ),
    "en": (
        r"(?:content|text|lesson|section|unit|page|module|video|material|details|exercises?|quiz)\s+"
        r"(?:is |are |will be )?coming soon",
        r"(?:^|\n)\s*coming soon\b",
        r"[(\[][^)\]\n]{0,30}\b(?:placeholder|marcador de posicion|espace reserve|platzhalter|espaco reservado)\b[^)\]\n]{0,60}[)\]]",
        r"(?:replace|overwrite) this (?:text|paragraph|section|placeholder|copy)",
        r"(?:reemplaza|sustituye|reemplace|sustituya) este (?:texto|parrafo)",
        r"(?:remplacez|remplace) ce (?:texte|paragraphe)",
        r"(?:ersetzen sie|ersetze) diesen (?:text|absatz)|diesen (?:text|absatz) ersetzen",
        r"(?:substitua|substituir) este (?:texto|paragrafo)",
        r"(?<=:)\s*(?:por confirmar|por definir|a confirmar|a definir|a confirmer|to be confirmed|to be announced"
        r"|to be determined|noch offen|steht noch aus|wird noch bekannt gegeben)\s*(?:[.!]|$)",
        r"to be (?:added|completed|filled in|inserted|written up|announced|confirmed|determined)"
        r"(?!\s+(?:by|before|within|in|on|at|for|when|after|from|during|once|each|per|through|using|with)\b)",
        r"(?:^|\n)\s*(?:this is )?(?:placeholder|dummy|filler) (?:text|content|copy)\s*(?:[.!]|$)",
        r"(?:insert|add|paste|put) (?:the |a |an |your |your own |some )?(?:\w+ ){0,2}?(?:content|text|image|diagram|video|"
        r"example|screenshot|link|description|graphic|chart|table|quote|lesson|answer key|story|case study|scenario)s? here",
        r"(?:video|content|text|image|diagram|details|examples?|exercises?|section|quiz|answers?) to (?:come|follow)\s*(?:[.!]|$)",
        r"(?:page|section|lesson|content|unit|module) (?:is |are )?(?:still )?under construction",
    ),
    "es": (
        r"(?:contenido|leccion|seccion|unidad|pagina|modulo|texto|video|material) (?:disponible )?proximamente",
        r"(?:^|\n)\s*proximamente\s*(?:[.!]|$)",
        r"[(\[]\s*(?:por (?:definir|completar|redactar|confirmar)|pendiente)\s*[)\]]",
        r"(?:insertar|anadir|agregar|pegar) (?:aqui )?(?:el |la |un |una )?(?:contenido|texto|imagen|video|enlace|ejemplo)(?: aqui)?",
        r"(?:contenido|seccion|pagina|leccion) en construccion",
        r"pendiente de (?:redactar|completar|escribir)",
        r"(?:^|\n)\s*texto de relleno\s*(?:[.!]|$)",
    ),
    "fr": (
        r"(?:contenu|lecon|section|unite|page|module|texte|video) a venir",
        r"(?:contenu|lecon|section|page|module|texte|video) bientot disponible",
        r"[(\[]\s*a (?:completer|definir|rediger|venir|confirmer)\s*[)\]]",
        r"(?:contenu|texte|section|lecon) a (?:completer|rediger)",
        r"(?:inserer|ajouter|coller) (?:ici )?(?:le |la |une |un )?(?:contenu|texte|image|video|lien|exemple)(?: ici)?",
        r"(?:page|section|lecon|contenu) en (?:construction|cours de redaction)",
    ),
    "de": (
        r"(?:inhalt|inhalte|text|lektion|abschnitt|seite|modul|video|material)\s+folg(?:t|en)"
        r"(?:\s+(?:in kurze|bald|noch|demnachst|spater))?\s*(?:[.!]|$)",
        r"folg(?:t|en) in kurze",
        r"demnachst verfugbar",
        r"wird noch (?:erganzt|nachgereicht|hinzugefugt|geschrieben)",
        r"(?:hier )?(?:inhalt|text|bild|video|link|beispiel) (?:hier )?einfugen",
        r"platzhaltertext",
        r"[(\[]\s*(?:platzhalter|folgt|noch offen|tba|tbd)\s*[)\]]",
        r"(?:seite|abschnitt|lektion|inhalt) (?:ist )?(?:noch )?in (?:arbeit|bearbeitung)",
    ),
    "pt": (
        r"(?:conteudo|licao|aula|secao|unidade|pagina|modulo|texto|video|material) (?:disponivel )?em breve",
        r"(?:^|\n)\s*em breve\s*(?:[.!]|$)",
        r"[(\[]\s*(?:a definir|a completar|em breve|em construcao|pendente)\s*[)\]]",
        r"(?:inserir|adicionar|colar) (?:aqui )?(?:o |a |um |uma )?(?:conteudo|texto|imagem|video|link|exemplo)(?: aqui)?",
        r"(?:conteudo|secao|pagina|licao|aula) em construcao",
        r"(?:^|\n)\s*texto de preenchimento\s*(?:[.!]|$)",
    ),
}

#: Placeholders that are only placeholders in capitals ("todo" is Spanish and Portuguese for "all").
#: TBD, TBC, TBA and TODO are judged by where they stand (`slots`): "Open, Blocked, TBD or Done" is a list.
UPPERCASE_PLACEHOLDERS: tuple[str, ...] = ("FIXME", "XXX")
#: Template slots and number blanks, matched on text with its case kept (see `prose.straighten`).
CASED_PLACEHOLDERS: tuple[str, ...] = (
    r"<<\s*[A-Za-z_][\w ]{0,30}>>",
    r"%[A-Z][A-Z0-9_]{2,}%",
    r"\{[A-Z][A-Z0-9_]{2,}\}",
    r"\[[A-Z][A-Z0-9 _/-]{2,30}\]",
    r"X{2,}(?=\s*%)",
    r"[$€£]\s*X{2,}",
    r"XX(?:[.,:/-]XX)+",
    r"(?<![A-Za-z])X{3,}(?![A-Za-z])",
    r"\[(?:X|N|#|\.\.\.)\]",
    r"(?<!\w)N\.\s?N\.(?!\w)",
    r"(?:^|\s)\?{2,}(?:[/.:-]\?{2,})*",
)

#: Placeholder codes whose presence is fine when the unit is *about* them (a lesson on Cicero,
#: on typesetting, on page mock-ups).
LOREM_PATTERNS: tuple[str, ...] = (r"lorem ipsum", r"dolor sit amet")
LOREM_TOPICS: tuple[str, ...] = (
    r"cicero",
    r"de finibus",
    r"placeholder text",
    r"filler text",
    r"dummy text",
    r"typesett",
    r"typograph",
    r"mock-?ups?",
    r"wireframes?",
    r"lorem ipsum (?:is|was|comes|text)",
    r"texto de relleno",
    r"texte de remplissage",
    r"faux texte",
    r"blindtext",
    r"fulltext",
    r"platzhaltertext",
    r"texto de preenchimento",
    r"texto ficticio",
)
