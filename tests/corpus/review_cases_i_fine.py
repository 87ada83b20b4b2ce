"""Held-back I, tricky but fine: pages whose subject legitimately uses the surface of chatter or a placeholder.

Here: quoted assistant replies in a prompting course, a chatbot's scripted greeting, a waiter's lines
in a drama script, service role-plays, TK taught in a style guide, an editor's note on a correction,
TBD in a decision log, editorial ellipses in quotations. Merge fields, form hints, bracketed parties,
Latin maxims, #####, N/A, globs and blanks to fill in are in review_cases_i_fine_fields.py. Every
course here must pass.
"""

from __future__ import annotations

from corpus.review_bases_i import i_fine, p
from corpus.review_model import html

FINE_I = [
    # --- assistants and chatbots as the subject
    i_fine(
        "fine_delete_the_opener_before_pasting",
        "library_ai",
        html(
            "Editing an assistant's reply",
            "<h3>Editing an assistant's reply</h3>"
            + p(
                "Assistants wrap their answers in conversation. A typical reply to a request for a reading-list "
                "blurb starts like this:"
            )
            + "<blockquote>“Certainly! Here's a friendly blurb for your display: …”</blockquote>"
            + p(
                "and ends with “Let me know if you'd like a shorter version!”. Neither sentence belongs on a "
                "poster. Delete the opener and the closing offer, then read what is left as if a colleague "
                "had written it."
            ),
        ),
    ),
    i_fine(
        "fine_refusal_wording_in_transcript",
        "library_ai",
        html(
            "When the assistant says no",
            "<h3>When the assistant says no</h3>"
            + p(
                "Ask an assistant for a patron's borrowing history and it may answer: <q>As an AI language "
                "model, I don't have access to your library's records.</q> That is true, and useful: it tells "
                "you the tool is not connected to the catalogue. Never paste patron records into it to "
                "\u201cgive it access\u201d."
            ),
        ),
    ),
    i_fine(
        "fine_writing_the_chatbots_greeting",
        "library_ai",
        html(
            "Our chatbot's first message",
            "<h3>Our chatbot's first message</h3>"
            + p(
                "The help chatbot on the library website opens every conversation with the same line, which "
                "we wrote together last year:"
            )
            + "<blockquote>Hi, I'm Page, the library's help bot. I can renew books, find opening hours and "
            "book a computer. What would you like to do?</blockquote>"
            + p(
                "Notice what it does: a name, three things it can do, and one question. Write a first "
                "message for the children's library in the same pattern."
            ),
        ),
    ),
    # --- dialogue and role-play
    i_fine(
        "fine_drama_cafe_scene_script",
        "drama",
        html(
            "Scripting a scene",
            "<h3>Scripting a scene</h3>"
            + p("This extract comes from last year's devised piece. Read it aloud in threes.")
            + p(
                "<strong>WAITER:</strong> Sure, here you go! One hot chocolate, extra cream.<br>"
                "<strong>MAYA:</strong> I ordered tea.<br>"
                "<strong>WAITER:</strong> Oh — sorry about the mix-up. Let me know if there's anything else I "
                "can get you.<br><strong>MAYA</strong> (to the audience): There is. I want my brother back."
            )
            + p(
                "The waiter's cheerful lines make Maya's last line land harder. Where could you use the same "
                "contrast in your own scene?"
            ),
        ),
    ),
    i_fine(
        "fine_hotel_complaint_roleplay",
        "pl_hotel",
        html(
            "Reklamacja: scenka",
            "<h3>Reklamacja: scenka</h3>"
            + p(
                "<strong>Gość:</strong> W pokoju jest zimno, a kaloryfer nie działa.<br>"
                "<strong>Recepcjonistka:</strong> Bardzo przepraszam za kłopot. Oczywiście, już wysyłam "
                "konserwatora. Czy mogę w czymś jeszcze pomóc?"
            )
            + p(
                "Zwróć uwagę na trzy kroki: przeprosiny, konkretne działanie, pytanie na koniec. Odegrajcie "
                "scenkę w parach, a potem zamieńcie się rolami."
            ),
        ),
    ),
    i_fine(
        "fine_pharmacy_useful_phrases",
        "pt_farmacia",
        html(
            "Frases que ajudam",
            "<h3>Frases que ajudam</h3>"
            + p("Algumas frases deixam o atendimento mais leve. Treine em voz alta:")
            + "<ul><li>“Desculpe pela espera!”</li><li>“Posso ajudar em mais alguma coisa?”</li>"
            "<li>“Vou chamar o farmacêutico para confirmar, só um momento.”</li></ul>"
            + p("Evite prometer o que não depende de você, como “o remédio chega amanhã com certeza”."),
        ),
    ),
    i_fine(
        "fine_de_service_closing_lines",
        "de_kunden",
        html(
            "Den Abschluss üben",
            "<h3>Den Abschluss üben</h3>"
            + p("Hören Sie, wie unsere Kollegin das Gespräch beendet:")
            + "<blockquote>„Sehr gern! Ich schicke Ihnen die Unterlagen noch heute. Gibt es sonst noch etwas, "
            "womit ich Ihnen helfen kann?“</blockquote>"
            + p(
                "Zusage, Zeitpunkt, offene Frage: Formulieren Sie für die drei Fälle auf dem Arbeitsblatt einen "
                "eigenen Abschluss nach diesem Muster."
            ),
        ),
    ),
    # --- markers that are the subject: TK, editor's notes, TBD, ellipses
    i_fine(
        "fine_tk_in_the_style_guide",
        "magazine",
        html(
            "Marking missing facts",
            "<h3>Marking missing facts</h3>"
            + p(
                "Writers type TK (“to come”) where a fact is still missing: “The bridge cost TK million.” The "
                "letters are rare in English words, so a search finds every one."
            )
            + p(
                "Before a feature goes to layout, search the file for TK. Any that remain go back to the writer; "
                "no page leaves the desk with TK on it."
            ),
        ),
    ),
    i_fine(
        "fine_editors_note_on_a_correction",
        "magazine",
        html(
            "Writing a correction",
            "<h3>Writing a correction</h3>"
            + p("Online, a correction goes at the foot of the article, in italics and dated:")
            + "<blockquote><em>Editor's note: This article was updated on 3 May to correct the spelling of Dr "
            "Okafor's name.</em></blockquote>"
            + p("Say what was wrong, not how it happened, and never quietly change the text without a note."),
        ),
    ),
    i_fine(
        "fine_tbd_in_the_decision_log",
        "sv_projekt",
        html(
            "Öppna beslut",
            "<h3>Öppna beslut</h3>"
            + p(
                "I många projektplaner markeras beslut som ännu inte är fattade med TBD (engelska <em>to be "
                "decided</em>). Det är bra att de syns, men varje TBD behöver en ägare och ett datum."
            )
            + "<table><tr><th>Beslut</th><th>Status</th><th>Ägare</th></tr>"
            "<tr><td>Leverantör av nytt intranät</td><td>TBD</td><td>IT-chefen, senast 15 april</td></tr></table>"
            + p("Gå igenom din egen plan: vilka öppna beslut saknar ägare?"),
        ),
    ),
    i_fine(
        "fine_ellipsis_and_sic_in_quotation",
        "it_rinascimento",
        html(
            "Le parole di Vasari",
            "<h3>Le parole di Vasari</h3>"
            + p(
                "Nelle <em>Vite</em> Vasari scrive che Brunelleschi era «piccolo di persona […] ma d'ingegno "
                "tanto elevato». Le parentesi quadre con i puntini indicano che abbiamo tolto alcune parole "
                "dalla citazione."
            )
            + p(
                "Nei tuoi commenti usa lo stesso segno, e scrivi [sic] dopo un errore che compare così "
                "nell'originale."
            ),
        ),
    ),
]
