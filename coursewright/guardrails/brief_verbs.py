"""Action verbs an outcome can be measured by, in English, Spanish, French, German and Portuguese.

The revised Bloom taxonomy's verbs (remember, understand-as-shown, apply, analyse, evaluate,
create) plus the practical verbs workplaces, schools and hobby courses use (greet, strum, set
up, knead, file, triage...). Written folded: lower case, no accents. English verbs are matched
through their inflections (plans, planned, planning); Spanish, French and Portuguese ones as
infinitives and the forms built on them; German ones as infinitives, with separable prefixes
("richten ... ein" finds einrichten).

Verbs that say what the course does rather than what the learner can do (cover, include,
teach, introduce) and verbs of understanding (understand, know, learn, appreciate) are not here:
they do not make an outcome measurable.
"""

from __future__ import annotations

ENGLISH = """
accept access achieve retell recount act adapt add adjust administer advise advocate align allocate alter analyse
analyze annotate answer anticipate apologise apologize apply appraise approve arbitrate argue arrange
articulate ask assemble assess assign assist attach audit author automate back bake balance bandage
bargain benchmark bend bind blend book brainstorm brew budget build calculate calibrate call
calm cancel capture care carry categorise categorize centre center certify change chart chat check
choose chop cite clarify classify clean clear close coach code collaborate collect colour color
combine comfort communicate compare compile complete compose compost compute conduct configure
confirm connect construct consult contact contrast contribute control convert convince cook coordinate
copy correct count craft create critique crochet cross-check cue cultivate customise customize cut
dance debate debug decide decode decorate deduce defend define delegate deliver demonstrate deploy
derive describe design detect determine develop devise diagnose dictate differentiate dig direct
disassemble discuss dispatch dispense display dissect distinguish distribute dive document draft
drain draw dress drill drive dye edit educate elaborate embroider employ encode encrypt engineer
enter escalate establish estimate evacuate evaluate examine execute exercise experiment explain
export express extract fabricate facilitate feed fertilise fertilize file fill film filter finance
find finish fit fix fold follow forecast forge format formulate frame fry gather generalise
generalize generate give glaze grade graft graph greet grill grow guide handle harvest heal hire
hold host hypothesise hypothesize identify illustrate implement import improve improvise infer
inform initiate inject insert inspect install instruct insulate integrate interpret intervene
interview inventory investigate invoice iron issue itemise itemize join judge justify keep knead
knit label laminate lay lead level lift light list load locate lock log maintain make manage
manipulate map mark market master match measure mediate memorise memorize mentor merge migrate mix
mock model moderate modify monitor motivate mount move name narrate navigate negotiate network
nurse observe obtain onboard open operate optimise optimize order organise organize outline
package paint pair paraphrase park parse partition paste patch perform persuade photograph pick pitch
place plan plant play plot plumb point polish post practise practice predict prepare prescribe
present preserve press prevent price prime print prioritise prioritize probe process produce profile
program programme project promote pronounce proofread propose prototype prove provide prune publish
pull purchase push put qualify quantify query question quote raise rank rate read reason rebuild
recall receive recite reckon recognise recognize recommend reconcile record recover recruit
redesign reduce refactor refer reflect reformulate refute register rehearse reject relate release
remove render renew repair replace report represent reproduce request rescue research reserve
reset resolve respond restore restructure retrieve return reuse review revise rewrite ride roast
role-play rotate route run sail sample sanitise sanitize save scale scan schedule score screen
script sculpt search secure segment select sell send sequence serve service set sew shape share
shoot shop show sign simplify simulate sing sketch skim slice solder solve sort speak specify spell
splice split spot spray stabilise stabilize stage state steer stitch store strategise strategize
stretch strum structure style submit summarise summarize supervise support survey sustain swim
synthesise synthesize tag tailor take talk tally tell test throw tidy time track trade train
transcribe transfer transform translate transplant transport treat triage trim troubleshoot tune
turn tutor type undertake update upgrade upload use validate value verify visualise visualize
vote wash water weave weigh weld win wire word wrap write loop email dice hone sharpen index lube pack reverse stack tack gybe jibe moor anchor row paddle
sand glue grind oil tip roll shear catch spot tow winch rig belay tie knot steam pipe ice
"""

#: Two-word verbs whose second word is a particle ("set up a network").
ENGLISH_PHRASAL = """
set_up carry_out fill_in fill_out write_up sign_off hand_over work_out figure_out look_up point_out
sort_out back_up roll_out check_in check_out break_down wind_down warm_up follow_up
"""

SPANISH = """
abrir acompanar entrar ver justificar acceder consultar contar retomar recontar saludar despedir despedirse presentarse pedir comprar
pagar reservar preguntar llamar contestar vender devolver sumar restar multiplicar dividir despejar
graficar trazar dibujar etiquetar nombrar enumerar citar parafrasear debatir argumentar exponer
negociar persuadir liderar coordinar motivar delegar retroalimentar conciliar facturar cobrar
contabilizar declarar auditar hornear amasar freir cocer picar emplatar conservar limpiar
desinfectar vendar inmovilizar reanimar evacuar actualizar adaptar administrar agendar ajustar almacenar analizar anotar aplicar
argumentar armar asesorar asignar atender auditar automatizar ayudar bailar buscar calcular calibrar
calmar cambiar cantar capturar categorizar clasificar cobrar cocinar codificar colaborar comparar
completar componer comprobar comunicar conducir configurar conectar consultar construir contar
contestar contrastar controlar conversar convertir coordinar corregir cortar coser crear criticar
cuidar cultivar debatir decidir decorar defender definir delegar demostrar depurar derivar
desarrollar describir detectar determinar dibujar diferenciar digitalizar dirigir disenar distinguir
distribuir documentar editar ejecutar elaborar elegir emplear encontrar enlazar ensamblar ensayar
entrevistar enviar escalar escoger escribir escuchar especificar estimar estructurar evaluar
examinar explicar exponer exportar expresar extraer fabricar facilitar filtrar firmar formular
fotografiar gestionar grabar graficar guardar guiar hablar hacer hornear identificar ilustrar
implementar importar improvisar indicar inferir informar ingresar inspeccionar instalar integrar
interpretar intervenir investigar jerarquizar juzgar justificar lanzar leer limpiar listar llamar
llenar localizar manejar mantener medir mejorar mezclar modelar modificar montar mostrar motivar
narrar navegar negociar nombrar observar obtener operar optimizar ordenar organizar pagar
parafrasear pintar planear planificar plantar predecir preparar presentar presupuestar prevenir
priorizar probar procesar producir programar pronosticar pronunciar proponer proteger prototipar
publicar realizar recetar recibir recitar recomendar reconocer redactar reducir registrar reparar
reportar representar reproducir resolver responder resumir revisar saludar seleccionar sembrar
senalar simular sintetizar solucionar subir supervisar tocar tomar traducir transformar tratar
ubicar usar utilizar validar vender verificar visualizar votar derivar atender calmar cerrar
manipular interactuar rasguear afinar pedir ordenar regar medir trazar
"""

FRENCH = """
accueillir acheter entrer acceder consulter justifier raconter presenter saluer commander payer reserver demander repondre telephoner
additionner soustraire multiplier diviser resoudre tracer dessiner etiqueter nommer enumerer citer
debattre negocier persuader animer motiver deleguer facturer encaisser comptabiliser declarer
petrir cuire faconner tourer detremper laminer conserver nettoyer desinfecter panser evacuer
situer dater localiser reperer ordonner classer relier annoter activer adapter administrer afficher ajuster analyser animer annoter appliquer
argumenter arranger assembler attribuer auditer automatiser budgetiser calculer calibrer
cartographier chanter chiffrer choisir citer classer classifier coder collaborer comparer completer
composer compter concevoir conduire configurer confronter conseiller construire consulter contester
controler convaincre convertir coordonner corriger coudre couper creer critiquer cuisiner cultiver
danser debattre deboguer decider decrire deduire definir deleguer demontrer deployer dessiner
detecter determiner developper diagnostiquer differencier diriger discuter distinguer distribuer
documenter ecrire ecouter editer effectuer elaborer emettre employer encadrer enregistrer enseigner
entretenir envoyer equilibrer estimer etablir etiqueter evaluer examiner executer expliquer
exploiter exporter exprimer extraire fabriquer facturer filtrer formuler gerer graver guider
hierarchiser identifier illustrer implementer importer imprimer improviser informer inspecter
installer integrer interpreter interroger intervenir inventer justifier lancer lire localiser
manipuler mener mesurer mettre modeliser modifier monter montrer negocier nettoyer nommer noter
observer obtenir operer optimiser ordonner organiser ouvrir paraphraser parler peindre persuader
photographier piloter planifier planter pratiquer predire preparer presenter prevenir prioriser
proceder produire programmer projeter prononcer proposer prototyper prouver publier raconter
realiser recevoir rechercher reconnaitre recommander rediger reduire referencer reformuler regler
remplir reparer repartir repondre reporter representer reproduire resoudre resumer retrouver
reviser saluer sauvegarder schematiser securiser selectionner signaler simuler soigner souder
structurer suivre superviser synthetiser tester tracer traduire traiter transformer trier utiliser
valider vendre verifier visualiser annuler fusionner resoudre gratter accorder jouer signaler
poser trouver remplir declarer choisir classer calculer tenir rapprocher
"""

GERMAN = """
abgleichen ablegen abrechnen absetzen absichern abstimmen adaptieren analysieren anbieten anleiten
anlegen anmelden anpassen anschlagen anschliessen anwenden argumentieren aufbauen aufnehmen
aufzeichnen ausfullen ausfuhren auswahlen auswerten automatisieren backen bauen beantworten
bearbeiten bedienen begleiten begrunden begrussen behandeln beheben beraten berechnen berichten
beschreiben beschriften besprechen bestimmen beurteilen bewerten bilanzieren buchen darstellen
debuggen definieren demonstrieren diagnostizieren diskutieren dokumentieren durchfuhren einordnen
einrichten einschatzen einsetzen eintragen empfehlen entscheiden entwerfen entwickeln erarbeiten
erfassen erheben erkennen erklaren erlautern ermitteln erstellen erzahlen evaluieren exportieren
fahren filtern formulieren fotografieren fuhren gestalten gliedern greifen grussen handhaben
herstellen identifizieren implementieren importieren installieren integrieren interpretieren
kalkulieren klassifizieren kochen kodieren kommunizieren konfigurieren konstruieren kontrollieren
korrigieren lackieren laden leiten lesen losen malen messen moderieren montieren nahen nennen
nutzen optimieren ordnen organisieren planen pflegen prasentieren priorisieren programmieren
protokollieren prufen rechnen recherchieren reparieren schatzen schneiden schreiben schweissen
sichern singen skizzieren sortieren spielen sprechen starten steuern strukturieren testen
trainieren ubersetzen uberprufen uberwachen unterscheiden untersuchen validieren verbinden
vergleichen verhandeln verkaufen verwalten verwenden visualisieren vorbereiten vorstellen
wahlen warten wechseln zeichnen zeigen zubereiten zuordnen zusammenfassen hosten setzen deployen
fuhren aufsetzen reagieren melden zahlen schildern abrufen bereitstellen fragen geben nehmen stellen
machen halten sagen kaufen einkaufen bezahlen telefonieren antworten benennen neutralisieren bestellen
aufgeben vorstellen begrussen verabschieden buchstabieren notieren markieren verfassen formulieren
entwerfen zerlegen reinigen desinfizieren verbinden verlegen anschliessen austauschen ersetzen messen
mischen ruhren braten schneiden wiegen dosieren lagern verpacken liefern versenden empfangen
kassieren beraten verkaufen reklamieren beschweren schlichten deeskalieren trosten pflegen lagern
mobilisieren heben tragen umlagern verbinden spritzen injizieren dokumentieren ubergeben abschliessen
offnen schliessen speichern drucken suchen finden loschen kopieren einfugen hochladen herunterladen
heften fertigen dichten heben graben stellen legen binden kleben falzen pressen mauern
einloggen anmelden abmelden verschlusseln entschlusseln signieren abrechnen buchen verbuchen
fakturieren mahnen budgetieren kalkulieren prognostizieren rekonstruieren ableiten beweisen
widerlegen herleiten zitieren belegen argumentieren debattieren verteidigen gliedern ubersetzen
singen tanzen spielen zeichnen malen modellieren fotografieren filmen schweissen loten bohren fraesen
drehen feilen montieren demontieren warten inspizieren kalibrieren programmieren skripten deployen
"""

PORTUGUESE = """
transferir encaminhar
acompanhar adaptar entrar ver acessar justificar contar recontar cumprimentar despedir apresentar pedir comprar pagar reservar
perguntar telefonar responder vender devolver somar subtrair multiplicar dividir tracar desenhar
etiquetar nomear enumerar citar debater argumentar negociar persuadir liderar coordenar motivar
delegar faturar cobrar contabilizar declarar assar amassar fritar cozer picar conservar limpar
desinfetar enfaixar evacuar situar datar registar observar identificar escalar abrir resolver
revisar administrar agendar ajustar analisar anotar aplicar argumentar armazenar
atender atualizar auditar automatizar avaliar calcular cantar categorizar classificar codificar
colaborar comparar compor comunicar conduzir configurar conectar construir consultar contar
controlar conversar converter coordenar corrigir cortar costurar cozinhar criar criticar cuidar
cultivar debater decidir defender definir delegar demonstrar depurar descrever desenhar
desenvolver detectar determinar diagnosticar diferenciar dirigir discutir distinguir distribuir
documentar editar elaborar empregar encontrar ensaiar entrevistar enviar escolher escrever
especificar estimar estruturar executar explicar exportar expressar extrair fabricar fazer filtrar
formular fotografar gerar gerenciar gerir gravar identificar ilustrar implementar importar
improvisar informar inspecionar instalar integrar interpretar investigar justificar lancar ler
limpar listar localizar manusear medir melhorar misturar modelar modificar montar mostrar negociar
nomear observar obter operar organizar orientar otimizar parafrasear pedir pintar planejar
planear plantar praticar preparar prever priorizar programar projetar pronunciar propor prototipar
publicar realizar receber reconhecer recomendar redigir reduzir registrar registar relatar
reparar representar reproduzir resolver responder resumir revisar saudar selecionar semear
simular sintetizar solucionar supervisionar tocar traduzir transformar tratar usar utilizar
validar vender verificar visualizar localizar elaborar cumprimentar atender calcular escrever
"""

ITALIAN = """
analizzare applicare calcolare confrontare costruire creare descrivere disegnare distinguere eseguire
identificare interpretare misurare montare organizzare pianificare preparare presentare progettare
redigere registrare riconoscere risolvere scegliere scrivere spiegare stimare tracciare utilizzare usare
valutare verificare vincere giocare tenere piazzare convertire compilare gestire condurre guidare
installare configurare riparare pulire cucinare impastare cuocere tagliare leggere parlare rispondere
salutare ordinare prenotare chiedere vendere comprare pagare contare elencare classificare collegare
"""

DUTCH = """
analyseren toepassen berekenen vergelijken bouwen maken beschrijven ontwerpen onderscheiden uitvoeren
herkennen interpreteren meten monteren organiseren plannen voorbereiden presenteren schrijven uitleggen
schatten gebruiken beoordelen controleren voeren leiden opstellen herformuleren bemiddelen invullen
installeren configureren repareren schoonmaken koken bakken snijden lezen spreken antwoorden begroeten
bestellen reserveren vragen verkopen kopen betalen tellen noemen indelen verbinden oplossen kiezen
registreren rapporteren melden documenteren toetsen testen tekenen signaleren verwijzen afsluiten
snoeien scheiden slijpen classificeren indienen bewaken inspecteren vervangen afstellen zagen schilderen noteren bedienen
"""

#: Polish infinitives, folded (-ac, -ec, -ic, -yc).
POLISH = """
analizowac stosowac obliczac obliczyc porownywac porownac budowac zbudowac tworzyc stworzyc opisywac opisac
projektowac rozrozniac wykonywac wykonac rozpoznawac rozpoznac interpretowac mierzyc zmierzyc montowac
organizowac planowac zaplanowac przygotowac przygotowywac prezentowac pisac napisac wyjasniac wyjasnic
szacowac uzywac oceniac ocenic sprawdzac sprawdzic prowadzic poprowadzic sporzadzic wypelnic wypelniac
instalowac konfigurowac naprawiac naprawic gotowac piec kroic czytac mowic odpowiadac witac zamawiac
rezerwowac pytac sprzedawac kupowac placic liczyc wymieniac klasyfikowac laczyc rozwiazywac rozwiazac
wybierac wybrac rejestrowac raportowac zglaszac dokumentowac testowac rysowac udzielac udzielic
nabic zrobic robic mowic uzupelnic ustawic wymienic przeprowadzic zmienic wlaczyc wylaczyc obsluzyc
"""

#: German and Dutch prefixes that stay on the verb ("verdichten", "herformuleren").
INSEPARABLE_PREFIXES = (
    "be",
    "ver",
    "er",
    "zer",
    "ent",
    "emp",
    "ge",
    "miss",
    "her",
    "ont",
    "over",
    "onder",
    "door",
    "op",
    "uit",
    "in",
    "mee",
    "af",
    "toe",
    "weg",
)

#: Verbs of understanding and exposure: an outcome built on them is not measurable.
UNMEASURABLE = """
understand know learn appreciate grasp explore familiarise familiarize discover
comprender entender conocer aprender saber descubrir explorar familiarizarse
comprendre connaitre apprendre savoir decouvrir explorer familiariser
verstehen kennen lernen wissen entdecken erkunden kennenlernen begreifen bewusstsein
compreender conhecer aprender saber descobrir explorar familiarizar entender
capire comprendere conoscere imparare sapere scoprire esplorare familiarizzare apprezzare
begrijpen kennen leren weten ontdekken verkennen waarderen
rozumiec zrozumiec znac poznac poznawac uczyc dowiedziec odkrywac
valorar apreciar sensibilizar valoriser apprecier sensibiliser valorizar apreciar sensibilizzare
"""

#: Forms of those verbs that a stem cannot reach ("que comprendan", "conozcan", "qu'ils connaissent").
UNMEASURABLE_FORMS = """
conozcan conozca conocen sepan sepa saben entiendan entienda
connaissent connaisse sachent sache comprennent comprenne apprennent
conhecam conheca saibam saiba compreendam entendam
conoscano conosca sappiano sappia capiscano capisca comprendano
"""

#: Polish future endings and the infinitive they come from ("napisze" -> "napisac", "zaplanuje" -> "zaplanowac").
POLISH_FUTURE = (("ze", "ac"), ("uje", "owac"))
#: Spanish and Portuguese subjunctive plurals and their infinitives ("identifiquen" -> "identificar").
SUBJUNCTIVE = (
    ("quen", "car"), ("guen", "gar"), ("cen", "zar"), ("en", "ar"), ("an", "er"), ("an", "ir"), ("em", "ar"),
    ("am", "er"), ("am", "ir"),
)  # fmt: skip
#: Romance person endings and infinitive endings: "comprendan", "valoren", "apprezzino" reach their verb.
PERSON_ENDINGS = ("an", "en", "ent", "am", "em", "ino", "ano", "ono", "a", "e")
INFINITIVE_ENDINGS = ("ar", "er", "ir", "re", "are", "ere", "arse", "iser", "izar", "izzare")

#: Prefixes a German verb sheds in a main clause ("richten ... ein", "nehmen ... auf").
GERMAN_PREFIXES = (
    "ein",
    "auf",
    "an",
    "aus",
    "ab",
    "durch",
    "vor",
    "nach",
    "zu",
    "mit",
    "um",
    "dar",
    "her",
    "fest",
    "zuruck",
)
