"""Gaps without slot syntax (number gaps, editorial queries, instructions after their object, test filler,
x-masked digits, stand-in images, angle brackets written as text) and what a course shows in those shapes."""

import pytest

from coursewright.guardrails.gaps import stand_in_image, taught_slot
from coursewright.guardrails.prose import prose_hits


def kinds(html: str, topic: str = "") -> set[tuple[str, bool]]:
    return {(h.kind, h.quoted) for h in prose_hits(html, topic=topic)}


@pytest.mark.parametrize(
    "text",
    [
        "The ban covered TK days a year.",
        "Fees rise to $TK from April.",
        "Unemployment stood at TBC per cent.",
        "The mill employed over 400 children [which year?].",
        "La ley se aprobó en 1932 [¿fecha?].",
        "Le taux était de 12 % [source ?].",
        "Der Wert stammt aus dem Jahr 2019 [prüfen].",
        "Membership grew quickly [needs citation].",
        "Foto vom Versuchsaufbau noch ergänzen.",
        "Diagramm der Messwerte hier einfügen.",
        "Een schema van de stappen hier invoegen.",
        "asdf qwer",
        "test test",
        "xxxx",
        "Call the helpdesk on 01632 xxx xxx.",
        "Tel.: xxxx xxxxxx",
        "Llame al 91 xxx xx xx.",
        "Download the form from &lt;shared drive link&gt;.",
    ],
)
def test_a_gap_without_slot_syntax_is_a_placeholder(text):
    assert ("placeholder", False) in kinds(f"<h3>Unit</h3><p>{text}</p>")


@pytest.mark.parametrize(
    "text",
    [
        "Type TK where a fact is missing; a TK left in a story means it is not finished.",
        "Die TK übernimmt die Kosten.",
        "He wrote &quot;recieve&quot; [sic] twice.",
        "3 + [?] = 10",
        "Which are flammable? [check all that apply]",
        "Test your answer by substitution.",
        "Test 1",
        "Love from Gran xxx",
        "In Roman numerals xx is 20.",
        "A 2 x 3 grid; a screen of 1920x1080 pixels.",
        "Use the &lt;input disabled&gt; element for read-only fields.",
        "Put the merge field [First Name] after Dear.",
        "The placeholder {customer_name} is filled in by the tool.",
        "Sie können hier ein Foto einfügen.",
        "Text markieren, kopieren und hier einfügen.",
    ],
)
def test_the_same_shapes_taught_or_meant_are_not_placeholders(text):
    assert ("placeholder", False) not in kinds(f"<h3>Unit</h3><p>{text}</p>")


def test_a_typing_course_drills_the_home_row():
    assert ("placeholder", False) not in kinds("<p>asdf jkl asdf jkl</p>", topic="Touch typing\nThe home row")
    assert ("placeholder", False) in kinds("<p>asdf jkl asdf jkl</p>", topic="Pivot tables")


@pytest.mark.parametrize(
    ("src", "alt"),
    [
        ("https://via.placeholder.com/640x360", "Chart"),
        ("https://placehold.co/600x400", ""),
        ("/static/dummy-photo.jpg", "Our team"),
        ("/img/600x400.png", "Sales"),
        ("/static/chart.png", "chart placeholder"),
        ("/static/image_here.png", ""),
    ],
)
def test_a_stand_in_image_is_named(src, alt):
    assert stand_in_image(src, alt)
    assert ("placeholder", False) in kinds(f'<p>The chart below.</p><img src="{src}" alt="{alt}">')


@pytest.mark.parametrize(
    ("src", "alt"),
    [
        ("/static/sales-by-region-1200x800.png", "Sales by region"),
        ("/static/placement-test.png", "Placement test results"),
        ("/static/todos-los-meses.png", "Ventas de todos los meses"),
        ("/static/crash-test-dummy.jpg", "A crash-test dummy after a side impact"),
        ("/static/dummy-load-resistor.png", "A dummy load on the bench"),
    ],
)
def test_a_real_image_is_not_a_stand_in(src, alt):
    assert stand_in_image(src, alt) is None


def test_a_stand_in_image_in_a_unit_on_wireframes_is_the_subject():
    page = '<p>Grey boxes mark images to come.</p><img src="/static/placeholder-600x400.png" alt="placeholder">'
    assert ("placeholder", False) not in kinds(page, topic="Wireframes")


def test_a_figure_caption_beside_its_image_is_not_an_asset_cue():
    caption = "<p>(Figure: sales by region)</p>"
    assert ("placeholder", False) not in kinds('<img src="/static/sales.png" alt="Sales">' + caption)
    assert ("placeholder", False) in kinds(caption)


def test_a_slot_is_taught_only_in_a_sentence_that_names_slots():
    text = "Type the merge field [First Name]. Then ask [Manager Name] to check it."
    first, second = text.index("[First"), text.index("[Manager")
    assert taught_slot(text, first, first + 12)
    assert not taught_slot(text, second, second + 14)
