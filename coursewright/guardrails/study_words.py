"""The words learner time is written with: number words and session words, per language (folded).

Data only, for study_time: "three", "tres", "drei"...; a session word with the hours one such
session usually lasts when the brief gives no length (0: a session of unknown length).
"""

from __future__ import annotations

NUMBER_WORDS: dict[str, float] = {
    # English
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "eighteen": 18, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45,
    "fifty": 50, "sixty": 60, "ninety": 90, "half": 0.5, "couple": 2, "dozen": 12,
    # Spanish
    "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "doce": 12, "quince": 15, "dieciseis": 16,
    "veinte": 20, "treinta": 30, "cuarenta": 40, "media": 0.5,
    # French
    "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "douze": 12, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "demi": 0.5,
    "demie": 0.5,
    # German
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
    "funf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwolf": 12,
    "funfzehn": 15, "sechzehn": 16, "zwanzig": 20, "dreissig": 30, "dreißig": 30, "vierzig": 40, "halbe": 0.5,
    # Portuguese
    "um": 1, "uma": 1, "dois": 2, "quatro": 4, "onze": 11, "doze": 12, "quinze": 15, "duas": 2, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "dezesseis": 16,
    "vinte": 20, "trinta": 30, "quarenta": 40, "meia": 0.5,
    # Italian
    "due": 2, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "dieci": 10, "dodici": 12,
    "quindici": 15, "venti": 20, "trenta": 30, "mezza": 0.5, "mezz'ora": 0.5, "tre": 3, "undici": 11,
    "quattordici": 14, "sedici": 16, "diciotto": 18, "quaranta": 40, "cinquanta": 50,
    # Dutch
    "een": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10,
    "twaalf": 12, "vijftien": 15, "twintig": 20, "dertig": 30, "elf": 11, "veertien": 14, "zestien": 16,
    "achttien": 18, "veertig": 40, "vijftig": 50,
    # Polish
    "jeden": 1, "jedna": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "piec": 5, "szesc": 6,
    "siedem": 7, "osiem": 8, "dziewiec": 9, "dziesiec": 10, "dwanascie": 12, "pol": 0.5,
}  # fmt: skip

#: A session word and the hours one such session usually lasts when the brief gives no length;
#: 0 means "a session of unknown length" (it counts sessions, not time).
SESSIONS: dict[str, float] = {
    "lesson": 0, "lessons": 0, "class": 0, "classes": 0, "session": 0, "sessions": 0,
    "period": 0, "periods": 0, "lecture": 0, "lectures": 0, "meeting": 0, "meetings": 0,
    "workshop": 3, "workshops": 3, "evening": 2, "evenings": 2, "morning": 3, "mornings": 3,
    "afternoon": 3, "afternoons": 3, "lunch_break": 0.75, "lunch_breaks": 0.75,
    "lunch_hour": 0.75, "lunch_hours": 0.75, "lunchtime": 0.75, "lunchtimes": 0.75,
    "half-day": 3.5, "half-days": 3.5, "half_day": 3.5, "half_days": 3.5, "full_day": 7,
    "full_days": 7, "day": 7, "days": 7,
    "leccion": 0, "lecciones": 0, "clase": 0, "clases": 0, "sesion": 0, "sesiones": 0, "tarde": 2,
    "tardes": 2, "manana": 3, "mananas": 3, "noche": 2, "noches": 2, "jornada": 7, "jornadas": 7,
    "taller": 3, "talleres": 3, "hora_de_almuerzo": 0.75,
    "lecon": 0, "lecons": 0, "cours": 0, "seance": 0, "seances": 0, "soir": 2, "soirs": 2,
    "soiree": 2, "soirees": 2, "matin": 3, "matins": 3, "matinee": 3, "matinees": 3,
    "apres-midi": 3, "apres-midis": 3, "pause_dejeuner": 0.75, "pauses_dejeuner": 0.75,
    "pause_de_midi": 0.75, "pauses_de_midi": 0.75, "demi-journee": 3.5, "demi-journees": 3.5,
    "journee": 7, "journees": 7, "atelier": 3, "ateliers": 3,
    "lektion": 0, "lektionen": 0, "einheit": 0, "einheiten": 0, "sitzung": 0, "sitzungen": 0,
    "termin": 0, "termine": 0, "abend": 2, "abende": 2, "abenden": 2, "vormittag": 3,
    "vormittage": 3, "nachmittag": 3, "nachmittage": 3, "mittagspause": 0.75,
    "mittagspausen": 0.75, "doppelstunde": 1.5, "doppelstunden": 1.5, "stunde": 0, "stunden": 0, "kurstag": 7, "kurstage": 7,
    "aula": 0, "aulas": 0, "sessao": 0, "sessoes": 0, "tempo": 0, "tempos": 0, "encontro": 0,
    "encontros": 0, "noite": 2, "noites": 2, "manha": 3, "manhas": 3, "oficina": 3, "oficinas": 3,
    "hora_de_almoco": 0.75, "intervalo_de_almoco": 0.75,
    "lezione": 0, "lezioni": 0, "sessione": 0, "sessioni": 0, "incontro": 0, "incontri": 0, "serata": 2, "serate": 2,
    "giornata": 7, "giornate": 7,
    "les": 0, "lessen": 0, "sessie": 0, "sessies": 0, "bijeenkomst": 0, "bijeenkomsten": 0, "avond": 2, "avonden": 2,
    "lekcja": 0, "lekcje": 0, "zajecia": 0, "spotkanie": 0, "spotkania": 0, "sesja": 0, "sesje": 0, "wieczor": 2,
    # A weekday given over to the course ("one Saturday a week"): its length is not said.
    "saturday": 0, "saturdays": 0, "sunday": 0, "sundays": 0, "sabado": 0, "sabados": 0, "samedi": 0, "samedis": 0,
    "samstag": 0, "samstage": 0, "sonntag": 0, "sabato": 0, "zaterdag": 0, "zaterdagen": 0, "sobota": 0, "soboty": 0,
}  # fmt: skip
