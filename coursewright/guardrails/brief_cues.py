"""The phrases the brief checklist looks for, in English, Spanish, French, German and Portuguese.

Each is a regular-expression source for folded text (lower case, no accents: see textfold);
the checklist compiles them on first use. Data only: no logic, nothing compiled here.
"""

from __future__ import annotations

_COURSE = r"(?:course|module|programme|program|training|workshop|unit|class|session|series|curso|modulo|cours|formation|kurs|schulung|modul|treinamento|unidade|unidad|atelier|taller|oficina|seminar)"

EXCLUSION = (
    r"\b(?:exclud\w*|out of scope|out-of-scope|outside (?:the |our |this )?(?:scope|course|syllabus|programme|program|training)|(?:is|are|stays?|remains?) out(?=\s*[.;,)]|\s*$)|beyond (?:the |this )?scope"
    r"|not in scope|not (?:part of|included|covered|in scope|on the (?:agenda|syllabus))"
    rf"|not in (?:this|the) {_COURSE}"
    r"|(?:do|does|will|shall|should|must|are|is|we're|we are|i'm|i am|won't|doesn't|don't|isn't|aren't)\s+not\s+"
    r"(?:be\s+)?(?:cover|includ|teach|discuss|go|going|address|touch|do|doing|deal|dealing|get)\w*"
    r"|(?:won't|doesn't|don't|never|will not|shan't)\s+(?:cover|includ|teach|discuss|go|address|touch|do|deal|get)\w*"
    r"|not covering|leav\w* out|left out|leave aside|set aside|omit\w*|skip\w*|we(?:'re| are) skipping"
    r"|(?:no|without) (?:coverage|discussion|treatment) of|nothing (?:on|about)|except"
    r"|(?:is|are) (?:handled|covered|taught|dealt with) (?:elsewhere|separately|in (?:a|another|the) \w+)"
    r"|(?:a |the )?(?:follow-up|separate|later|another|sequel) (?:course|module|unit) (?:covers|handles|deals)"
    r"|out:|what(?:'s| is| are) (?:out|not in|not included)|(?:not|nicht|niet|nie|non|nao|pas)\s*:|not covered|what (?:it|we|this) (?:doesn't|does not|won't|will not)"
    r"|we (?:do not|don't|will not|won't|shall not) (?:cover|include|teach|treat|discuss|address|deal|go|touch|handle|look|explore"
    r"|get|tackle|spend|work on|practi[sc]e)\w*|(?:we|this course|the course) (?:leave|leaves|skip|skips) "
    # Spanish
    r"|excluy\w*|excluid\w*|se excluye\w*|fuera del? (?:alcance|temario|programa|curso)|queda\w* fuera"
    r"|dejamos fuera|dejaremos fuera|no forma\w* parte|no se (?:vera|veran|trata\w*|incluye\w*|cubre\w*|aborda\w*|ve\b)"
    r"|no (?:incluye\w*|cubre\w*|cubrimos|trata\w*|abordamos|abordaremos|aborda|veremos|vamos a|trabajaremos|entra\w*|profundizaremos)"
    # French
    r"|exclu\w*|hors (?:programme|perimetre|sujet|champ|du champ|cadre)|laiss\w+ de cote|mis de cote"
    r"|(?:ne|n') ?(?:couvre|couvrons|couvrira|traite|traitons|traiterons|aborde|abordons|aborderons|verrons|fait|ferons|parle|parlerons|voit|verra)\w* pas"
    r"|(?:ne sont|n'est) pas (?:couverts?|traitee?s?|abordee?s?|inclus\w*|au programme)|pas au programme|ne fait pas partie"
    # German
    r"|ausgeschlossen|ausgeklammert|ausgenommen|nicht (?:behandelt|enthalten|abgedeckt|thema|teil|bestandteil|gegenstand|vorgesehen|berucksichtigt)"
    r"|kein(?:e|en)? (?:bestandteil|thema|teil|gegenstand)|behandeln wir nicht|geht es nicht|aussen vor|ausser acht|lassen wir weg"
    # Portuguese
    r"|exclu\w*|nao (?:inclui\w*|cobre\w*|cobrimos|aborda\w*|vamos|trata\w*|trataremos|entra\w*|faz\w* parte|sera\w* (?:abordad|tratad|vist)\w*)"
    r"|fora do (?:escopo|ambito|programa)|nao abrange\w*|no abarca\w*|fica\w* de fora|deixamos de fora|deixaremos de fora"
    # First person plural under a negation, in the Romance languages: "no tratamos", "não trabalhamos".
    r"|no \w+(?:amos|emos|imos)\b|nao \w+(?:amos|emos|imos)\b|(?:ne|n') ?\w+ons pas|non \w+iamo\b"
    # Italian, Dutch, Polish
    r"|fuori (?:programma|dal programma|ambito|dall'ambito|dal corso)|esclus\w*|non (?:e|sono) (?:trattat|inclus|compres|previst)\w*"
    r"|non (?:tratta|copre|include|comprende|affronta)\w*|restano fuori|lasciamo fuori"
    r"|niet (?:behandeld|inbegrepen|in (?:deze|de) (?:cursus|training)|aan bod|besproken|opgenomen)|valt buiten|vallen buiten"
    r"|buiten (?:beschouwing|de scope|de cursus|de training|de opleiding)|uitgesloten|we (?:behandelen|bespreken) (?:geen|niet)|komt niet aan bod|komen niet aan bod"
    r"|nie (?:obejmuje|omawiamy|uczymy|zajmujemy sie|bedzie (?:omawian|poruszan|uwzgledn)|jest czescia|zawiera)\w*|poza zakresem|wykluczon\w*|pomijamy)(?![a-z])"
)

#: A short sentence that starts with "No ..." lists what is left out ("No VBA, no macros.").
EXCLUSION_NO = r"(?:^|[,;:])\s*(?:(?:no|kein\w*|pas de|sin|sem|nada de|ni)\b|pas d')\s*(?P<rest>[^,;.]+)"
#: ...unless it is about the learner ("No prior experience needed").
NOT_AN_EXCLUSION = (
    r"\b(?:prior|previous|experience|knowledge|background|required|needed|necessary|prerequisites?|experiencia"
    r"|conocimientos?|requisitos?|necesari\w*|connaissances?|prerequis|requis|necessaire|vorkenntnisse|erfahrung"
    r"|erforderlich|notig|conhecimentos?|necessari\w*|pre-requisitos?)\b"
)

#: An exclusion that only points at what is not relevant ("anything not relevant to new managers").
EXCLUSION_CATCHALL = (
    r"\b(?:anything|everything|whatever|all|any|other|todo|nada|lo que|tout|rien|ce qui|alles|nichts|was|tudo|o que"
    r"|tutto|niente|cio che|alles|niets|wat|wszystko|nic|co)\b[^.;]{0,25}\b(?:not|n't|irrelevant|unrelated|unnecessary|no|ne|nicht"
    r"|nao|non|niet|nie|else|beyond|outside|fuera|hors|ausserhalb|fora|fuori|buiten|poza)\b"
)

#: Days and holidays: an exception in the timetable ("every day except Saturday"), not in the scope.
TIMETABLE_WORDS = """
monday tuesday wednesday thursday friday saturday sunday weekend weekends holidays lunes martes miercoles
jueves viernes sabado domingo festivos lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag
mittwoch donnerstag freitag samstag sonntag feiertage segunda terca quarta quinta sexta feriados lunedi
martedi mercoledi giovedi venerdi sabato domenica festivi maandag dinsdag woensdag donderdag vrijdag
zaterdag zondag feestdagen poniedzialek wtorek sroda czwartek piatek sobota niedziela swieta
mondays tuesdays wednesdays thursdays fridays saturdays sundays
"""

#: Words that name nothing when they are all an exclusion says ("Exclude irrelevant material").
VAGUE_EXCLUDED = """
irrelevant unnecessary unrelated extraneous non-essential nonessential off-topic superfluous material
materials content contents topics topic stuff things thing anything everything else other others
extra details detail information rest fluff filler relevant related unneeded redundant unimportant
necessary needed beyond scope course module areas area subjects subject aspects bits parts part
advanced more complex complicated basics basic theory deep dives
irrelevante irrelevantes innecesario innecesarios innecesaria innecesarias contenido contenidos temas
tema cosas todo nada otros otras resto relacionado relacionados material materiales necesario
pertinent pertinents pertinente pertinentes inutile inutiles superflu superflus contenu contenus
sujets sujet hors-sujet tout autres autre reste choses
irrelevant irrelevante irrelevanten unnotig unnotige unnotigen uberflussig uberflussige themen thema
inhalte inhalt alles andere anderes sonstige sonstiges rest dinge
irrelevantes desnecessario desnecessarios desnecessaria desnecessarias conteudo conteudos temas
assuntos assunto outros outras coisas tudo restante
argomenti argomento resto altro altri tutto onderwerpen rest overige alles tematy temat reszta inne wszystko
"""

#: A scope that leaves the content open ("whatever matters most on the day", "in all its aspects"):
#: an exclusion beside it does not make it a scope.
SCOPE_OPEN = (
    r"\b(?:whatever|wherever|in all (?:its|their) (?:facets|aspects|forms)|all (?:aspects|facets) of|a broad (?:journey|tour|overview)"
    r"|an open (?:exploration|journey)|(?:shaped|driven|decided|led) by (?:whatever|what(?:ever)? the (?:group|participants|learners))"
    r"|as (?:topics|questions|things) come up|depending on the (?:group|day|mood)|lo que (?:surja|salga|interese)"
    r"|todo lo relacionado con|tout ce qui (?:touche|concerne)|au gre (?:des|du)|was (?:gerade )?anliegt|je nach (?:gruppe|interesse)"
    r"|alles rund um|tudo o que (?:surgir|interessar)|tutto cio che|quello che (?:emerge|interessa)|wat er (?:speelt|opkomt)"
    r"|cokolwiek|wszystko,? co)\b"
)

INCLUSION = (
    r"\b(?:cover\w*|includ\w*|focus\w*|topics?|teach\w*|introduc\w*|walk\w* through|deals? with|about|on"
    r"|scope|contents?|temas?|contenidos?|contenu|themes?|inhalte?|themen|conteudos?|sobre|sur|uber)\b"
)

OUTCOME_CUE = (
    r"\b(?:by the end|at the end|after (?:the|this|completing|finishing)|on completion|upon completion|when (?:they|you) finish"
    r"|able to|outcomes?\b|objectives?\b|goals?\s*:|aims?\s*:|competenc\w+\s*:|what you(?:'ll| will) (?:learn|get|walk away|be able)"
    r"|you(?:'ll| will| can| should)\s|walk away (?:with|able)"
    r"|al (?:final|finalizar|terminar|acabar)|despues del? (?:curso|taller|modulo)|objetivos?\b|resultados de aprendizaje"
    r"|lo que (?:vas|van|vais) a (?:lograr|aprender|conseguir)|que (?:sepan|puedan)\b|seran capaces de|sera capaz de|podran|sabran|capaces de|capaz de"
    r"|a la fin|a l'issue|apres (?:le|la|ce|cette) (?:cours|formation|module|atelier)|objectifs?\b|competences? visees"
    r"|seront capables? de|sera capable de|pourront|sauront|doi\w* pouvoir|a la sortie|qu'ils (?:sachent|puissent)"
    r"|am ende|nach (?:dem|der|diesem|dieser|abschluss)|lernziele?\b|ziele?\s*:|kompetenzen\s*:|sind in der lage|konnen (?:die|sie)\b"
    r"|ao final|ao fim|no final|apos o (?:curso|modulo|treinamento)|serao capazes de|sera capaz de|poderao|saberao"
    r"|que (?:saibam|possam)\b|dass sie"
    r"|alla fine|al termine|dopo il corso|obiettivi\b|risultati (?:di apprendimento|attesi)|sara in grado di|saranno in grado di|sapra\b|sapranno"
    r"|na afloop|aan het (?:eind|einde)|na de (?:cursus|training)|leerdoelen|doelen\s*:|is in staat|zijn in staat|kunnen (?:de|ze)\b"
    r"|po (?:kursie|szkoleniu|zakonczeniu)|na koniec|cele\s*:|efekty(?: (?:uczenia|ksztalcenia))?\s*:|efekty (?:uczenia|ksztalcenia)|potrafi\w*|bedzie umial\w*|bedzie potrafil\w*)"
)


#: "<subject> will/can/should <verb>": the subject decides whether it is the learner speaking.
MODAL = (
    r"\b(?P<subject>[\w'-]+)\s+(?:will|can|should|must|shall|need to|are able to|are going to|'ll"
    r"|podran|pueden|deben|van a|pourront|peuvent|doivent|vont|konnen|sollen|werden|poderao|podem|devem|vao"
    r"|sabe|saben|sabra|consigue|consiguen|logran|sait|savent|saura|conseguem|consegue|conseguirao|sabem|sabera|sapra"
    r"|sapranno|sa|sanno|potra|potranno|riesce a|riescono a|devono(?: saper)?|dovranno(?: saper)?|kan|kunnen|zal|zullen|potrafi|potrafia|umie|umieja)[\s:]+"
)
MODAL_WORDS = """
will can should must shall need needs able 'll you'll they'll going podran pueden deben sabran seran
capaces capaz pourront peuvent doivent doit pouvoir sauront seront capables capable konnen sollen
werden poderao podem devem saberao serao vao van vont sepan puedan sachent puissent saibam possam
sabe saben sabra consigue consiguen logran sait savent saura conseguem consegue conseguirao sabem sabera
sapra sapranno sa sanno potra potranno riesce riescono devono dovranno saper grado kan kunnen zal zullen staat potrafi potrafia umie umieja
"""
#: "<learners> <verb>" in the present tense: "Students analyse...", "Os alunos elaboram...".
LEARNER_ACTS = (
    r"\b(?:learners?|students?|participants?|trainees?|attendees|apprentices|pupils|delegates|interns|graduates"
    r"|estudiantes|alumnos|alumnas|alumnado|participantes|apprenants|stagiaires|etudiants|eleves"
    r"|teilnehmenden|teilnehmende|lernenden|schuler\w*|auszubildenden|alunos|formandos"
    r"|partecipanti|corsisti|studenti|allievi|deelnemers|cursisten|leerlingen|studenten|uczestnicy|kursanci|studenci)\s+(?P<verb>[a-z]+)\b"
)
#: Outcomes about awareness are not measurable, whatever the verb ("develop an awareness of").
AWARENESS = r"\b(?:aware|awareness|appreciation|bewusstsein|sensibilis\w+|sensibiliz\w+|conciencia|consciencia|conscience|prise de conscience)\b"

NON_LEARNER_SUBJECTS = """
course module programme program training workshop unit class lesson section session this it which that
we i instructor trainer teacher tutor facilitator platform video videos each every there they've
curso modulo taller clase leccion seccion este esta esto nosotros profesor docente formador
cours formation atelier lecon section ce cette cela nous formateur enseignant on
kurs modul schulung einheit lektion abschnitt dies diese dieser wir trainer dozent lehrer lehrkraft es man
treinamento oficina aula secao isto este esta nos professor instrutor formador
"""

PRIOR_KNOWLEDGE = (
    r"\b(?:no (?:prior |previous |formal )?(?:[\w-]+ )?(?:knowledge|experience|background|coding|programming|training)"
    r"|(?:prior|previous|some|basic|working|solid|little|limited) (?:[\w-]+ )?(?:knowledge|experience|familiarity|exposure)"
    r"|familiar with|fluen\w+|assum\w+|knows?\b|experience[d]? (?:with|in)|background|years? of|comfortable with"
    r"|(?:have|has) (?:taken|completed|used|passed|finished|studied|worked|covered|done)"
    r"|who (?:can|have|know|use|already|own|write|read|speak|work|run|bake|cook|manage|lead|covered|did|passed|finished|completed|took|studied)"
    r"|(?:have|has|had) never \w+|never (?:\w+ )?(?:coded|programmed|used|studied|taken|worked|managed|cooked|done)|with no \w+"
    r"|without (?:any )?\w+|(?:\d+\+?|one|two|three|a) years?\b|graduates?|registered|certified|licensed|qualified"
    r"|high[- ]school|undergraduate|first[- ]year|second[- ]year|junior|senior|professionals?|practitioners?"
    r"|new to|proficien\w+|literate|can already|already|none trained|promoted from|year \d+|completed"
    r"|with (?:a |an )?(?:[\w-]+ )?(?:gcses?|a-levels?|degree|diploma|bachelor\w*|master\w*|certificate|qualification|card|licen[cs]e|ticket|permit|certification)"
    r"|(?:can't|cannot|can not|don't|do not) (?:yet )?(?:read|write|speak|sign|code|drive|swim|fly|play|use)\b|by ear\b"
    r"|(?:gcse|a-level|o-level)s?\b|\w+-level (?:maths|math|english|science)"
    r"|(?:zonder|senza|bez) [\w-]+|geen [\w-]*(?:kennis|ervaring|opleiding|achtergrond)|met (?:enige |wat )?[\w-]*(?:kennis|ervaring)"
    # Spanish
    r"|sin (?:experiencia|conocimientos?|formacion|nociones)|con (?:experiencia|conocimientos?|nociones|formacion)"
    r"|(?:^|[,;] )(?:manejan|saben|conocen|usan|dominan|entienden)\b|que ya|que (?:han|saben|conocen|usan|dominan)\b|ya (?:saben|conocen|usan|terminaron|han|dominan|trabajan)|nunca (?:han|ha)|experiencia (?:previa|en|con|de)"
    r"|conocimientos (?:previos|basicos|de)|secundaria|bachillerato|universitari\w+|graduad\w+|titulad\w+|recien (?:contratad|egresad|graduad)\w*"
    # French
    r"|sans (?:experience|connaissances?|formation|notions)|ayant (?:suivi|deja|une|des|un|etudie)|deja|n'ont jamais|n'a jamais"
    r"|qui (?:ont|savent|connaissent|maitrisent|utilisent|pratiquent)\b|aucune? (?:connaissance|experience|formation|notion|pratique)"
    r"|titulaires? d(?:'| )|habitue\w* (?:a|aux)\b|bases? (?:de|en) (?!datos|dados|donnees)"
    r"|notions de|connaissances (?:de|en|prealables|de base)|experience (?:de|en|avec|prealable)|maitris\w+|bac\b|licence|diplome\w*|l[123]\b|m[12]\b"
    # German
    r"|ohne (?:[\w-]+ ){0,2}?[\w-]*(?:kenntnisse|erfahrung|schein|ausbildung|vorwissen|nachweis|schulung)|sicher im umgang"
    r"|(?:^|[,;] )(?:kennen|beherrschen|nutzen|konnen)\b|mit [\w-]*(?:kenntnissen|erfahrung|ausbildung)"
    r"|[\w-]*grundkenntnisse\w*|vorkenntnisse\w*|bereits|schon|noch nie|abgeschlossen\w*|berufserfahrung"
    r"|die (?:kennen|konnen|haben|wissen|beherrschen|nutzen)\b"
    # Portuguese
    r"|sem (?:experiencia|conhecimentos?|formacao|nocoes)|com (?:experiencia|conhecimentos?|formacao)|que ja|ja (?:sabem|conhecem|usam|estudaram|fizeram|concluiram|trabalham)"
    r"|nunca (?:usaram|programaram|fizeram|estudaram|trabalharam)|conhecimentos? (?:previos?|basicos?|de)|experiencia (?:previa|com|em)"
    r"|ensino (?:medio|fundamental|superior)|formad\w+|ultimo (?:ano|semestre)|que (?:usam|sabem|conhecem|estudaram|fizeram)"
    # What they are not, and time in a role: "non-technical", "6 months in the job", "first-timers".
    r"|non-?(?:technical|specialists?|engineers?|programmers?|developers?|experts?|clinical|native)|lay ?(?:people|persons?|readers?)"
    r"|with (?:an? )?[abc][12](?:\+)? \w+|(?:\d+|one|two|three|six|twelve|a few|several) (?:months?|years?) (?:in|on|of|as|into)\b"
    r"|in (?:the|their) (?:job|role|post|trade)|on the job|newly (?:qualified|hired|promoted|appointed)|promoted (?:in|from|to|within)"
    r"|first[- ]time(?:rs|\s\w+)|primeriz\w+|novatos|premiere fois|erstmals|pela primeira vez|per la prima volta|voor het eerst"
    r"|im beruf|berufsjahr\w*|meses en el (?:puesto|trabajo)|mois (?:dans le|en) poste|meses (?:no|na) (?:cargo|funcao)"
    # Italian, Dutch, Polish
    r"|senza (?:\w+ )?(?:esperienza|conoscenz\w+|formazione|basi)|con (?:esperienza|conoscenz\w+|formazione|basi)|che (?:gia|hanno|sanno|conoscono|usano)"
    r"|gia (?:\w+ )?(?:usato|fatto|seguito|lavorato)|non hanno mai|esperienza (?:di|in|con|previa)|conoscenze (?:di|di base|previe)|diplomat\w+|laureat\w+"
    r"|zonder (?:\w+ )?(?:ervaring|kennis|achtergrond|vooropleiding)|met (?:\w+ )?(?:ervaring|kennis|achtergrond)|die (?:al|hebben|kennen|gebruiken|werken)"
    r"|al (?:\w+ )?(?:jaar|jaren|ervaring|gevolgd|gedaan)|nog nooit|(?:voor)?kennis van|gediplomeerd\w*|afgestudeerd\w*"
    r"|bez (?:\w+ )?(?:doswiadczeni\w*|wiedzy|przygotowania)|z (?:\w+ )?(?:doswiadczeni\w*|wiedza)|ktorzy (?:juz|znaja|maja|potrafia|uzywaja)"
    r"|juz (?:\w+ )?(?:znaja|umieja|pracuja|uzywaja)|nigdy nie|znajomosc\w*|absolwen\w*)\b"
)


#: "who <verb>": the learners' present practice ("who cook daily", "que cocinan", "die ... kochen").
WHO_DO = r"\b(?:who|que|qui|che|die|ktorzy|ktore)\s+(?:already\s+|ya\s+|deja\s+|gia\s+|al\s+)?(?P<verb>[a-z]{3,})\b"

LANGUAGE = (
    r"\b(?:english|spanish|french|german|portuguese|italian|dutch|arabic|hindi|mandarin|chinese|japanese|korean"
    r"|swahili|polish|turkish|language|jargon|plain[- ]language|plain words|cefr|[abc][012](?![\d])|non-native"
    r"|native speakers?|second language|reading (?:level|age)|grade[- ]\d+ reading|esl|bilingual|simple words|vocabulary"
    r"|technical terms?|espanol|castellano|ingles|frances|aleman|portugues|lenguaje|idioma|lengua|vocabulario"
    r"|francais|anglais|allemand|langage|langue|vocabulaire|fle|deutsch|englisch|sprache|fachbegriffe|zweitsprache"
    r"|sprachniveau|linguagem|lingua|jargao|tecnicismos|muttersprach\w*|natif|nativ[oa]|native (?:level|language|speakers?)|nivel nativo"
    r"|italiano|madrelingua|inglese|tedesco|linguaggio semplice|nederlands|nederlandse|engels|duits|moedertaal|taalniveau|eenvoudig taalgebruik"
    r"|polski|polsku|polskim|angielski|jezyk\w*|ojczyst\w*|prosty jezyk)\b"
)

PEDAGOGY = (
    r"\b(?:tutorials?|project[- ]based|projects?|mini-projects?|capstone|hands-on|exercises?|labs?|case[- ]stud(?:y|ies)"
    r"|case-based|worked examples?|assessment[- ]heavy|assessments?|quiz(?:zes)?|graded|exam[- ]prep|practice (?:problems|questions|tests?)"
    r"|simulations?|role[- ]?plays?|problem[- ]based|inquiry[- ]based|flipped|lectures?|lecture[- ]based|discussions?"
    r"|scenario[- ]based|scenarios|drills?|coding challenges?|peer[- ](?:review|feedback)\w*|reflections?|journals?|workshops?"
    r"|demonstrations?|demos?|walkthroughs?|step[- ]by[- ]step|checklists?|assignments?|homework|portfolio|theory|videos?"
    r"|(?:bake|cook|code|follow|play|sing)-along|worksheets?|problem sets?|seminars?|e-learning|pair programming"
    r"|code reviews?|stand-ups?|mentor\w*|check-ins?|shared reading|guided reading|drama|group work|pair work"
    r"|field trips?|experiments?|scenario questions?|scenarios?|screenshots|guides?"
    r"|critiques?|guided (?:practice|tours?|walks?|sessions?)|apprenticeship|simulators?|check ?rides?"
    r"|supervised (?:[\w-]+ ){0,2}?(?:flights?|practice|sessions?|drives?|dives?|shifts?|placements?|visits?|work)"
    r"|field (?:days?|work|exercises?|flights?|sessions?)"
    r"|practice sessions?|sparring|rehears\w+|worked examples?|walk-?throughs?|case discussions?|forays?"
    r"|proyectos?|practicas|ejercicios?|talleres?|casos? (?:practicos?|de estudio)|juegos? de rol|simulacion\w*"
    r"|cuestionarios?|examen\w*|evaluacion\w*|tutoriales?|clases? (?:practicas|teoricas|magistrales)|laboratorios?"
    r"|retroalimentacion|aprendizaje basado|aula invertida|debates?|diario|portafolio|metodologia|lecturas?"
    r"|projets?|exercices?|travaux pratiques|tp|td|ateliers?|etudes? de cas|jeux? de role|mises? en situation"
    r"|examens?|evaluations?|tutoriels?|cours magistra\w+|classe inversee|binome|pedagogi\w+"
    r"|\w*projekt\w*|ubung\w*|workshops?|fallstudien?|durchgerechnet\w* beispiel\w*|rechenbeispiel\w*|rollenspiel\w*|simulation\w*|prufung\w*|vortrag\w*"
    r"|vorlesung\w*|seminar\w*|praxis\w*|theorie|vormachen|gruppenarbeit|lernvideos?|abschlussquiz|hausaufgaben"
    r"|\w*experimente?n?|\w*protokoll\w*|abschlusstest|klassenarbeit|klausur\w*|fallbeispiel\w*"
    r"|projetos?|exercicios?|praticas?|aulas? (?:praticas|teoricas|expositivas)|oficinas?|estudos? de caso"
    r"|dramatizac\w+|simulac\w+|questionarios?|provas?|avaliac\w+|tutoriais?|trabalhos? (?:de|em) grupo|seminarios?"
    r"|esercizi\w*|progett\w*|casi di studio|studi di caso|gioc\w+ di ruolo|simulazion\w*|lezion\w+ (?:frontal\w*|pratic\w*)"
    r"|laboratori\w*|dimostrazion\w*|verific\w+|prove pratiche|lavoro di gruppo|tutoria\w*"
    r"|opdracht\w*|rollenspel\w*|casus\w*|praktijkopdracht\w*|werkcollege\w*|hoorcollege\w*|demonstratie\w*|toets\w*|groepswerk"
    r"|projekt\w*|studi\w+ przypadk\w*|odgrywanie r\w+|symulacj\w*|wyklad\w*|prezentacj\w*|quiz\w*|test\w*|praca w grupach)\b"
)


PEDAGOGY_VAGUE = (
    r"\b(?:practical|interactive|engaging|applied|fun|immersive|experiential|learner[- ]cent(?:red|ered)"
    r"|practico|practica|interactivo|dinamico|ludico|pratique|interactif|ludique|praktisch\w*|interaktiv\w*"
    r"|pratico|interativo|dinamico|pratica|interattiv\w*|coinvolgent\w*|praktijkgericht|interactief|boeiend|praktyczn\w*|interaktywn\w*"
    r"|variety|varied|motivat\w*|lively|hands-on feel)\b"
)

LENGTH = (
    r"\b(?:weeks?|wks?|months?|days?|hours?|hrs?|minutes?|mins?|sessions?|lessons?|modules?|sections?|chapters?"
    r"|units?|classes|meetings|sprints?|weekends?|evenings?|workshops?|parts?|blocks?|semanas?|meses|dias?|horas?"
    r"|sesiones|sessoes|lecciones|clases|modulos|unidades|partes|semaines?|mois|jours?|heures?|seances?|lecons?"
    r"|parties|blocs?|chapitres?|wochen|monate?|tage|stunden?|sitzungen|lektionen|module|einheiten|termine|abende"
    r"|kapitel|teile|aulas|encontros|tempos|tardes|noches|mananas|soirees|avonden|serate|wieczory|moduli|ore|lezioni|incontri|sezioni|settimane|giorni|giornate|mesi|parti|unita"
    r"|onderdelen|lessen|bijeenkomsten|weken|dagen|uur|uren|maanden|delen|sessies|blokken|moduly|modulow|zajec|zajecia"
    r"|spotkan|spotkania|godzin|godziny|tygodni|tygodnie|dni|miesiecy|lekcji|czesci|sesji|bloki|blokow)\b"
)
LENGTH_WORDS = (
    r"\b(?:semester|term|trimestre|quarter|half[- ]day|full[- ]day|weekend|bootcamp|one[- ]day|week-long|semestre"
    r"|halbjahr|intensive|intensivo|intensif)\b"
)

#: Level words: they say how far along the learners are without saying what they know. Unexplained,
#: they fail the brief ("beginner" -> "assumes high-school algebra, no coding"). "An expert" is a
#: person to ask, not a level, so "expert" counts only in the plural or as "expert level".
LEVEL_TERMS = (
    r"\b(?:beginners?|novices?|intermediate|advanced|experts|expert[- ]level|for experts?|all levels"
    r"|principiantes?|avanzad[oa]s?|nivel (?:intermedio|avanzado|basico)|expertos|todos los niveles"
    r"|debutants?|avance[es]?|niveau (?:intermediaire|avance|debutant)|tous niveaux|confirmes"
    r"|anfanger\w*|einsteiger\w*|fortgeschritten\w*|mittelstufe|grundstufe|oberstufe|alle niveaus"
    r"|iniciantes?|avancad[oa]s?|nivel intermediario|especialistas|todos os niveis"
    r"|principianti|avanzat[oi]|livello (?:intermedio|avanzato|base)|esperti|tutti i livelli"
    r"|gevorderden|gevorderd|halfgevorderden|beginnend(?:e|en)?|alle niveaus"
    r"|poczatkuj\w*|zaawansowan\w*|sredniozaawansowan\w*|eksperci|wszystkie poziomy)\b"
)
#: Other adjectives with no measurable meaning: asked about, but the fields decide readiness.
VAGUE_TERMS = (
    r"\b(?:comprehensive|thorough|in-depth|in depth|engaging"
    r"|fun|interesting|exciting|modern|complete|high[- ]quality|world[- ]class|everything|deep dive"
    r"|cutting[- ]edge|best practices|complet[oa]|exhaustiv[oa]"
    r"|dinamic[oa]|divertid[oa]|modern[oa]|mejores practicas|exhaustif"
    r"|dynamique|bonnes pratiques|umfassend\w*|spannend\w*"
    r"|melhores praticas|de qualidade|completo|approfondito|divertente|uitgebreid|leuk|kompleksow\w*)\b"
)
#: What measures a level: prior knowledge in so many words, never a study time or a language level.
LEVEL_MEASURED = (
    r"\b(?:assum\w*|i\.e\.|e\.g\.|meaning|means|defined as|such as|namely|no (?:prior|previous|formal)"
    r"|(?:no|without|with|some|basic) [\w-]+ (?:experience|knowledge|background|training)|who (?:have|know|can|already|use|work)"
    r"|familiar|never|knows?|knowledge of|experience (?:with|in|of)|years? (?:of|in|on)|already|elo|rated"
    r"|sin|sans|ohne|sem|senza|zonder|bez|ya|deja|bereits|schon|gia|juz|nunca|jamais|noch nie|nooit|nigdy"
    r"|que (?:ya|saben|conocen|han)|qui (?:ont|savent|connaissent)|die (?:kennen|konnen|haben)|che (?:sanno|conoscono|hanno)"
    r"|conocimientos|connaissances|kenntnisse|conhecimentos?|conoscenze|kennis|wiedz\w*"
    r"|experiencia|erfahrung|esperienza|ervaring|doswiadczeni\w*|significa|signifie|bedeutet|betekent|oznacza)\b"
    r"|(?<![\w.,])\d+(?:[.,]\d+)?(?!\d|[.,]\d|\s*(?:-|to)\s*\d)(?!\s*-?\s*(?:h\b|hrs?\b|hours?|min|minutes?|weeks?|days?|x\b|times|horas?|heures?|stunden?|semanas?|semaines?"
    r"|wochen|ore\b|uur|godzin\w*|tygodni\w*|settiman\w*|weken|[abc][12]\b|%))"
)
MEASURED = (
    r"\d|\b(?:assum\w*|i\.e\.|e\.g\.|meaning|means|defined as|such as|namely|no (?:prior|previous|coding|programming"
    r"|experience|background)|who (?:have|know|can|already)|familiar|never|knows?|know(?:ledge)?|experience|years?"
    r"|hours?|weeks?|minutes?|level|sin|sans|ohne|sem|ya|deja|bereits|ja|nunca|jamais|nie|horas|heures|stunden"
    r"|semanas|semaines|wochen|anos|ans|jahre|nivel|niveau|conocimientos|connaissances|kenntnisse|conhecimentos?"
    r"|experiencia|erfahrung|que|qui|die)\b"
)

DEPTH = (
    r"\b(?:graduate[- ]level|postgraduate|phd|doctoral|proofs?|formal (?:reasoning|logic|methods|verification)"
    r"|theorems?|legal|law|jurisprudence|medic(?:al|ine)|clinical|pharmaco\w*|cross[- ]referenc\w*"
    r"|research[- ]level|rigorous|measure theory|quantum)\b"
)
INTRO = r"\b(?:introduct\w*|intro|first course|no prior|basics|fundamentals|getting started|101|introduccion|initiation|einfuhrung|introducao)\b"
REFERENCE = (
    r"\b(?:textbook|syllabus|curriculum|standards?|style guide|certification|accredit\w*|handbook|manual|policy"
    r"|policies|regulation|temario|programa oficial|manuel|referentiel|lehrplan|handbuch|apostila|ementa)\b"
)

#: An audience that starts from nothing...
NOVICE = (
    r"\b(?:(?:absolute|complete|total|true) (?:beginners?|novices?)|never (?:used|programmed|coded|written|touched|seen|studied)"
    r"|no (?:prior |previous )?(?:experience|knowledge|background) (?:of|in|with) (?:any|computers?|programming|coding|maths?|mathematics)"
    r"|no (?:maths?|mathematics|programming|coding|computer) (?:at all|whatsoever|beyond \w+ school)|(?:beyond|past) primary school"
    r"|nunca (?:han|ha) (?:programado|usado|estudiado)|sin ningun\w* (?:experiencia|conocimiento)|principiantes absolutos"
    r"|debutants? complets?|sans aucune? (?:experience|connaissance|notion)|n'ont jamais (?:programme|utilise|code)"
    r"|absolute anfanger\w*|ohne jegliche \w+|ohne (?:jede|irgendwelche) \w+|noch nie (?:programmiert|gerechnet)"
    r"|nunca (?:programaram|usaram|estudaram)|sem nenhum\w* (?:experiencia|conhecimento)|iniciantes absolutos)\b"
)
#: ...and a scope that only specialists can follow.
EXPERT = (
    r"\b(?:internals|kernel|compilers?|compiladores?|compilateurs?|compiler\w*|bytecode|garbage collect\w*|memory management"
    r"|slab allocator|formal (?:proofs?|verification|semantics)|proofs?|theorems?|measure[- ]theor\w*|lebesgue|sigma-algebras?"
    r"|martingales?|graduate[- ]level|research[- ]level|phd|doctoral|security proofs?|sicherheitsbeweis\w*|beweis\w*"
    r"|random[- ]oracle|elliptic curves?|elliptische\w*|lattice-based|gitter\w*|stochastic calculus|quantum field"
    r"|category theory|assembly language|distributed consensus|paxos|raft consensus|jit|lr\(1\)|parsers?"
    r"|demostraciones|teoremas?|preuves?|theoremes?|demonstracoes|teoremas?|microarchitecture|cpython)\b"
)

STOPWORDS = """
a an the to of in on at for by with from into onto over under as and or nor but than then so
be is are was were been being am will can could should would must may might shall do does did
able learner learners student students participant participants trainee trainees
you your yours they them their we our us he she his her its
i my me who whom which what when where why how that this these those there here also too very
all any each every some more most much many few own same such only just well safely correctly
confidently independently properly quickly clearly effectively accurately basic simple by end
not no yes if about up out off via per using their need needs you'll we'll they'll i'll let's
teilnehmende teilnehmenden teilnehmer lernende lernenden schuler studierende mitarbeitende
mitarbeitenden participantes alumnos alumnas alumnado estudiantes apprenants apprenant stagiaires
etudiants eleves alunos estudantes colaboradores doit doivent pouvoir peut peuvent devra devront
participant participante chacun chaque ils elles final end fin ende fim
el la los las un una unos unas de del al y e o u en con por para sin sobre como que lo se su
sus le les es son ser sera seran podran capaces capaz cada mas muy
le la les un une des de du d l et ou en avec par pour sans sur dans que qui se sa son ses leur
leurs est sont etre sera seront pourront capables capable chaque plus tres au aux
der die das den dem des ein eine einen einem einer und oder in im mit von zu zum zur fur auf an
am bei nach aus sich sie ihr ihre ihren es ist sind sein kann konnen sollen werden wird jede
jeden jeder mehr sehr nicht auch
o a os as um uma uns umas de do da dos das e ou em no na nos nas com por para sem sobre como que
se seu sua seus suas ser serao poderao capazes capaz cada mais muito
il lo gli un uno una di da del della dello dei degli delle al alla ai agli alle nel nella nei con su per tra fra
che non si come anche piu ogni suo sua loro sapra saranno partecipante partecipanti
de het een van in op te met voor aan bij en of dat die niet ook meer zeer elk elke hun zijn kan kunnen deelnemer
i w z na do o od dla po przez oraz lub ze nie sie jak tez bardzo kazdy jego ich potrafi uczestnik uczestnicy
"""

#: Articles, possessives and counts that follow a verb to its object ("hone a knife", "afila el cuchillo").
DETERMINERS = """
a an the their your his her its one two three four five six ten every each this these that those
un una el la los las unos unas su sus une le les des leur leurs ce cette ces il lo gli uno suo sua
um uma o os as seu sua seus suas een het hun zijn haar jeden jedna dwa dwie trzy
ein eine einen einem einer die den das der dem des ihre ihren seinen seine zwei drei
"""

#: Pronouns that stand for an object already named ("score it", "report one").
PRONOUN_OBJECTS = "it them one this these those ihn es sie sich lo la los las le les se"

LIST_SPLIT = r"[,;:|\n\u2022]|\s(?:and|or|nor|as well as|plus|then|y|e|o|u|ni|et|ou|und|oder|sowie)\s|\s[-*]\s|\s\(?\d{1,2}[.)]\s|\s\([a-h]\)\s"
BULLET = r"^\s*(?:[-*\u2022\u25aa\u25cf\u2013]|\d+[.)]|[a-z][.)])\s+(?P<item>.+)$"

# How briefs are laid out (headings, activities, the learners named in the description): their own module.
from coursewright.guardrails.brief_layout import (  # noqa: E402, F401
    ACTIVITY,
    AUDIENCE_IN_DESCRIPTION,
    ENUMERATOR,
    EXCLUSION_NOT,
    EXCLUSION_NOT_CONTRAST,
    LEARNER_BACKGROUND,
    METHOD_HEADING,
    METHOD_UNDECIDED,
    OTHER_HEADING,
)
