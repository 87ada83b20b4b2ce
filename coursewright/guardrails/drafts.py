"""Marks of an unfinished draft that have no slot syntax and no "insert … here" in English.

`slots` finds template slots by their brackets and braces. A draft also leaves marks that
read as words:

- production cues for an asset not yet made: "[AUDIO: two bars, piano]", "(Diagram: the
  four steps)", "[DIAGRAM of the cycle]", "[GRÁFICO: …]" — a media word, then a
  description of what should be there;
- status words where text should be: "[PENDIENTE: tabla …]", "(to be chosen — ask the
  department)", "Temps de cuisson : à compléter.", "Dauer: noch offen", or a line that is
  only "The opening story goes here.";
- instructions to the author in the infinitive: "Hier Foto … einfügen.", "Pegar aquí el
  fragmento…", "Insérer ici la carte…", "Inserir aqui…", "Incollare qui…";
- a bracket naming the *kind* of thing missing: "[case name, year]", "[fuente, año]";
- digit masks beside a number's label or other digits: "extension ####", "0800 ### ###";
- stock Latin filler beyond "lorem ipsum": several words of the Cicero passage and its
  generated variants ("Sed ut perspiciatis unde omnis…", "Pellentesque habitant morbi…").

What a course shows on purpose stays out: a photo credit "(Photo: Imperial War Museum)",
caption cues in capitals "[MUSIC PLAYING]", "[illegible]", "[...]", "[1893]", "[0, 1]",
"[Verse]", "Status: pending", "##### in a narrow column", infinitive steps without "here"
("Text markieren und einfügen"), "Hier können Sie ein Foto einfügen", Latin maxims.
Quoted text is judged by `prose` as quoted (a warning), like every other placeholder.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_MEDIA = (
    r"(?:audio|video|videos|image|img|picture|pic|photo|foto|fotografia|photographie|diagram|diagramm|diagrama"
    r"|diagramme|diagramma|graphic|grafik|grafico|graphique|grafiek|chart|figure|figura|illustration|ilustracion"
    r"|ilustracao|illustrazione|animation|animacion|animacao|animazione|screenshot|screen shot|captura(?: de pantalla"
    r"| de tela)?|capture d'ecran|bildschirmfoto|schermata|infographic|infografia|infographie|infografik|map|mapa"
    r"|carte|karte|mappa|kaart|table|tabla|tabela|tableau|tabelle|tabella|tabel|schema|esquema|schaubild|sound"
    r"|sonido|musica|music|musique|musik|clip|gif|icon|icono|icone|slide|diapositiva|folie|diapositive|voiceover"
    r"|voice-over|narration|b-roll|bild|abbildung|afbeelding|imagen|imagem|immagine|dibujo|dessin|zeichnung|desenho"
    r"|disegno|tekening|skizze|croquis|esboco|video clip|podcast|grabacion|enregistrement|aufnahme|gravacao)"
)
_MEDIA_UPPER = (
    r"(?:AUDIO|VIDEO|IMAGE|IMG|PICTURE|PHOTO|FOTO|DIAGRAM|DIAGRAMM|DIAGRAMA|DIAGRAMME|GRAPHIC|GRAFIK|GRÁFICO|GRAFICO"
    r"|GRAPHIQUE|CHART|FIGURE|FIGURA|ILLUSTRATION|ILUSTRACIÓN|ILUSTRAÇÃO|ANIMATION|ANIMACIÓN|SCREENSHOT|CAPTURA"
    r"|INFOGRAPHIC|INFOGRAFÍA|INFOGRAPHIE|MAP|MAPA|CARTE|KARTE|TABLE|TABLA|TABELA|TABLEAU|TABELLE|SCHEMA|SCHÉMA"
    r"|ESQUEMA|SCHAUBILD|SOUND|SFX|MUSIC|CLIP|GIF|ICON|SLIDE|DIAPOSITIVA|FOLIE|VOICEOVER|VO|NARRATION|B-ROLL|BILD"
    r"|ABBILDUNG|IMAGEN|IMAGEM|IMMAGINE|ÁUDIO|VÍDEO|DIBUJO|DESSIN|ZEICHNUNG|SKIZZE|DESENHO|GRAVAÇÃO|GRABACIÓN)"
)
#: Status words: the text is not written yet (folded).
_STATUS = (
    r"(?:a completer|a remplir|a rediger|a preciser|a fixer|a determiner|a inserer|a ajouter|a fournir"
    r"|por completar|por rellenar|por redactar|por decidir|por determinar|por definir"
    r"|por confirmar|por insertar|por anadir|a completar|a preencher|a escrever|a decidir|a determinar"
    r"|a definir|a confirmar|a inserir|folgt noch|folgt|noch offen|fehlt noch|kommt noch|steht noch aus"
    r"|noch zu erganzen|noch einzufugen|wird erganzt|tbd|tbc|tba|(?:still |yet )?to be (?:chosen|decided|selected"
    r"|written|sourced|supplied|provided|agreed|finali[sz]ed|drafted|filled in|updated|confirmed|added|inserted"
    r"|completed|determined|announced|found|checked)|to come|still to come|da definire"
    r"|da completare|da decidere|da inserire|da confermare|nog te bepalen|nog in te vullen|volgt nog|nog aanvullen)"
)
#: At the start of a bracket, these mark a note to the author ("[PENDIENTE: …]", "(to come)").
_BRACKET_STATUS = (
    rf"(?:pending|pendiente|pendente|in sospeso|in attesa|en attente|ausstehend|{_STATUS}|fixme"
    rf"|missing:|falta:|manque:|fehlt:|ontbreekt)"
)
#: The thing a bracket may name as missing: "[case name, year]" (folded).
_KIND = (
    r"(?:name|names|year|date|number|amount|figure|statistic|stat|percentage|citation|reference|source|title|url"
    r"|link|quote|example|price|value|nombre|ano|fecha|numero|cifra|importe|cantidad|titulo|fuente|cita|referencia"
    r"|ejemplo|enlace|nom|annee|chiffre|montant|titre|exemple|lien|jahr|datum|nummer|zahl|betrag|titel|quelle"
    r"|zitat|beispiel|nome|data|valor|fonte|citacao|exemplo|anno|importo|titolo|citazione|esempio|naam|jaar|bedrag"
    r"|bron|voorbeeld)"
)
#: What a line may say is missing when it ends in "goes here" (folded).
_CONTENT = (
    r"(?:paragraph|text|intro|introduction|summary|conclusion|section|story|quote|example|case study|content|copy"
    r"|definition|explanation|description|caption|transcript|activity|exercise|quiz|question|link|parrafo|texto"
    r"|introduccion|resumen|seccion|historia|cita|ejemplo|contenido|paragraphe|texte|resume|exemple|citation"
    r"|contenu|absatz|einleitung|zusammenfassung|abschnitt|geschichte|zitat|beispiel|inhalt|paragrafo|introducao"
    r"|resumo|secao|exemplo|conteudo|testo|esempio|contenuto|alinea|voorbeeld|inhoud|fragmento|extracto|pasaje"
    r"|extrait|passage|auszug|trecho|excerto|passagem|brano|estratto|fragment|excerpt|discurso|discours|rede)"
)
_HERE = (
    r"(?:goes|go|will go|should go|belongs|comes|to go|va|van|ira|iran|vont|ira|kommt|kommen|vai|vao|fica|ficam"
    r"|vanno|komt|komen) (?:aqui|ici|hier|hierhin|qui|here)"
)
_INFINITIVE_HERE = (
    r"(?:insertar|pegar|anadir|agregar|incluir|poner|colocar|adjuntar|subir|incrustar|inserer|coller|ajouter|mettre"
    r"|placer|integrer|inserir|colar|adicionar|anexar|inserire|incollare|aggiungere|mettere|insert|paste|embed)"
    r" (?:[\w'-]+ ){0,6}?(?:aqui|ici|qui|here)\b(?P<rest>[^.!?\n]{0,80})"
)
_DE_INFINITIVE = (
    r"(?:einfugen|erganzen|einsetzen|einbinden|hinzufugen|nachtragen|platzieren|anfugen|verlinken|eintragen"
    r"|invoegen|toevoegen|plaatsen|aanvullen|plakken)"
)
#: A subject, a modal or another step in the sentence: "Hier können Sie…", "Hier klicken und…" are procedures.
_SUBJECT = (
    r"\b(?:sie|du|ihr|wir|man|ich|kann|konnen|konnt|sollte|sollten|soll|musst|mussen|darf|durfen|je|u|we|jij"
    r"|klicken|tippen|wahlen|auswahlen|drucken|offnen|markieren|kopieren|speichern|klikken|kiezen|openen)\b"
)
#: German and Dutch name the missing thing in a compound: "Schaltplan", "Messwerte", "Beispielrechnung".
_COMPOUND_OBJECT = (
    r"\b(?:\w*(?:plan|bild|foto|tabelle|grafik|skizze|diagramm|schema|liste|abbildung|zeichnung|afbeelding|tabel"
    r"|lijst|werte|daten|beispiel|voorbeeld)|(?:beispiel|voorbeeld|muster)\w+)\b"
)
_NUMBER_LABEL = (
    r"(?:ext|extension|tel|phone|telephone|number|no|nr|room|pin|code|account|line|poste|durchwahl|nummer|telefon"
    r"|ramal|numero|telefono|interno|apartado|zimmer|raum|salle|sala|kamer|toestel|hotline|fax)\.?\s*:?\s*$"
)
#: Words of the stock Latin filler (the Cicero passage and generated variants) that no course
#: language uses as a word of its own: "dolor", "culpa", "nulla", "esse", "quasi" are left out.
_LATIN_FILLER = """
    lorem ipsum amet consectetur adipiscing adipisci elit eiusmod tempor incididunt labore aliqua enim
    minim veniam nostrud exercitation ullamco laboris aliquip commodo consequat duis aute irure
    reprehenderit voluptate velit cillum fugiat pariatur excepteur occaecat cupidatat proident officia
    deserunt mollit laborum perspiciatis omnis iste natus voluptatem accusantium doloremque laudantium
    totam aperiam eaque ipsa quae illo inventore veritatis architecto beatae explicabo ipsam quia
    voluptas aspernatur odit consequuntur magni nesciunt neque quisquam dolorem numquam eius tempora
    incidunt magnam quaerat accusamus iusto dignissimos ducimus blanditiis praesentium voluptatum
    deleniti atque corrupti quos molestias excepturi obcaecati cupiditate similique mollitia facilis
    distinctio tempore soluta nobis eligendi optio cumque nihil impedit placeat facere possimus
    assumenda repellendus temporibus autem quibusdam officiis debitis rerum necessitatibus saepe
    eveniet voluptates repudiandae recusandae itaque earum tenetur delectus reiciendis voluptatibus
    perferendis doloribus asperiores repellat pellentesque vestibulum maecenas curabitur suspendisse
    phasellus aenean nullam vivamus fusce donec quisque etiam praesent proin viverra feugiat ultricies
    sollicitudin lacinia tincidunt facilisis porttitor vulputate pharetra sagittis elementum fringilla
    imperdiet convallis ornare dignissim vehicula condimentum aliquam euismod scelerisque rhoncus
    ullamcorper venenatis molestie accumsan bibendum dapibus lobortis luctus volutpat mattis posuere
    faucibus rutrum sodales hendrerit interdum iaculis laoreet nibh malesuada habitant morbi tristique
    senectus egestas turpis mauris nunc cras lectus risus placerat
"""
#: Distinct filler words in one line that make it filler rather than a quoted maxim.
LATIN_FILLER_WORDS = 3


def _plain(text: str) -> str:
    """Accents removed, case kept: media words in any language, with their capitals."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    media_upper = _MEDIA.upper().replace("(?:", "(?:SFX|VO|", 1)
    folded = {
        "bracket_status": rf"[\[(]\s*{_BRACKET_STATUS}(?!\w)[^\])\n]{{0,150}}[\])]",
        "bracket_still": rf"[\[(][^\])\n]{{0,80}}\b{_STATUS}\b[^\])\n]{{0,80}}[\])]",
        "colon_status": rf"(?<=:)\s*(?:still |yet |noch |encore |aun |ainda )?{_STATUS}\s*(?:[.!;)]|$)",
        "goes_here": rf"[\[(][^\])\n]{{0,100}}\b{_HERE}\b[^\])\n]{{0,40}}[\])]"
        rf"|^[^\n]{{0,80}}?\b{_CONTENT}s?\b[^\n]{{0,60}}?\b{_HERE}\s*[.!]?\s*$",
        "media_to_insert": rf"\b{_MEDIA}s? (?:a inserer|a ajouter|a fournir|por insertar|por anadir|a inserir"
        rf"|a adicionar|da inserire|noch einzufugen)\b",
        # at most five words, no digits: "[case name, year]", not "[2023]" nor "[x for x in names if x]"
        "kind": rf"(?<![\w\]])\[(?!\s*(?:the|la|le|el|der|die|das|sic|lo|il|de|het)\b)\s*(?:[a-z][a-z' ,/-]{{0,40}}?\b)?"
        rf"{_KIND}s?\b[^\]\n\d]{{0,40}}\](?!\()",
    }
    compiled = {name: re.compile(source, re.MULTILINE) for name, source in folded.items()}
    # on plain text (case kept): a media word, then a description that is not a credit or a caption cue
    compiled["cue_upper"] = re.compile(
        rf"[\[(]\s*{media_upper}(?: \d+)?(?:\s*[:=-]\s*|\s+(?=\S*[a-z]))[^\])\n]{{2,200}}[\])]"
    )
    compiled["cue"] = re.compile(rf"[\[(]\s*(?i:{_MEDIA})(?: \d+)?\s*[:=-]\s*(?=[a-z])[^\])\n]{{2,200}}[\])]")
    compiled["cue_of"] = re.compile(
        rf"\[\s*(?i:(?:an? |the |un |una |une |ein |eine |um |uma )?{_MEDIA}\s+(?:of|showing|illustrating|depicting"
        rf"|que muestra|mostrando|montrant|zeigt|zum|zur|von|mit|del|de la|du|des|da|do|della|dello|van))\b[^\]\n]{{2,150}}\]"
    )
    compiled["infinitive_here"] = re.compile(rf"(?:^|[.!?(:]\s*){_INFINITIVE_HERE}", re.MULTILINE)
    compiled["de_instruction"] = re.compile(
        rf"(?:^|(?<=[.!?(]))\s*(?P<s>(?:hier|an dieser stelle)\b[^.!?\n]{{0,80}}?\b{_DE_INFINITIVE})\s*(?:[.!)]|$)",
        re.MULTILINE,
    )
    # "Tabelle mit den Messwerten hier ergänzen.": the thing first, then where and the infinitive
    compiled["de_instruction_mid"] = re.compile(
        rf"(?:^|(?<=[.!?(]))\s*(?P<s>[^.!?\n]{{0,80}}?\b(?:hier|an dieser stelle|noch|nog|hierbij)\b[^.!?\n]{{0,40}}?"
        rf"\b{_DE_INFINITIVE})\s*(?:[.!)]|$)",
        re.MULTILINE,
    )
    compiled["mask"] = re.compile(r"(?<![#\w&])#{3,}(?![#\w])")
    compiled["object"] = re.compile(
        rf"\b(?:{_MEDIA}|{_CONTENT}|plan|plano|planta|grundriss|lageplan|lien|enlace|ligacao|collegamento)s?\b"
    )
    return compiled


def _mask(plain: str) -> str | None:
    """'####' where a number should be: after a number's label, or beside digits or another mask."""
    for match in _patterns()["mask"].finditer(plain):
        before = plain[max(0, match.start() - 16) : match.start()].lower()
        beside = re.search(r"\d[\s./-]?$", plain[: match.start()]) or re.match(
            r"[\s./-]?[\d#]", plain[match.end() :]
        )
        if re.search(_NUMBER_LABEL, before) or beside:
            return match.group(0)
    return None


@cache
def _filler_words() -> frozenset[str]:
    return frozenset(_LATIN_FILLER.split())


def _latin_filler(folded: str) -> str | None:
    for line in folded.splitlines():
        words = re.findall(r"[a-z]+", line)
        filler = _filler_words()
        if len({w for w in words if w in filler}) >= LATIN_FILLER_WORDS:
            first = next(i for i, w in enumerate(words) if w in filler)
            return " ".join(words[first : first + 6])
    return None


def draft_mark(cased: str, folded: str, *, filler_is_topic: bool = False, shows: bool = False) -> str | None:
    """The first mark of an unfinished draft (`cased`: straightened text; `folded`: the same folded).

    `shows`: the page shows an image, a video or a table, so '(Figure: sales by region)' is its caption.
    """
    p = _patterns()
    plain = _plain(cased)
    for name in ("cue_upper", "cue_of") if shows else ("cue_upper", "cue", "cue_of"):
        if match := p[name].search(plain):
            return match.group(0)[:80]
    for name in ("bracket_status", "bracket_still", "colon_status", "goes_here", "media_to_insert"):
        if match := p[name].search(folded):
            return match.group(0).strip()[:80]
    for match in p["kind"].finditer(folded):
        if len(match.group(0).split()) <= 5:
            return match.group(0)
    for match in p["infinitive_here"].finditer(folded):
        if p["object"].search(match.group(0)):
            return match.group(0).strip(" .!?(:")[:80]
    for match in p["de_instruction"].finditer(folded):
        if not re.search(_SUBJECT, match.group("s")):
            return match.group("s")[:80]
    for match in p["de_instruction_mid"].finditer(folded):
        thing = p["object"].search(match.group("s")) or re.search(_COMPOUND_OBJECT, match.group("s"))
        if thing and not re.search(_SUBJECT, match.group("s")):
            return match.group("s")[:80]
    if mask := _mask(plain):
        return mask
    return None if filler_is_topic else _latin_filler(folded)
