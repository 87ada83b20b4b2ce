"""A hand-written Common Cartridge shaped like the ones Canvas and Moodle export (CC 1.1
namespaces, pages straight under a module, a text header, deeper nesting, a discussion, an
LTI link, a file, a question bank, a missing file and a path that leads out of the package),
and the QTI items of every CC profile type."""

from __future__ import annotations

NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
LOM = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest"
QTI = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"


def _field(label: str, entry: str) -> str:
    return f"<qtimetadatafield><fieldlabel>{label}</fieldlabel><fieldentry>{entry}</fieldentry></qtimetadatafield>"


def qti_item(ident: str, title: str, profile: str, presentation: str, conditions: str) -> str:
    return (
        f'<item ident="{ident}" title="{title}"><itemmetadata><qtimetadata>'
        f"{_field('cc_profile', profile)}{_field('cc_weighting', '1')}</qtimetadata></itemmetadata>"
        f"<presentation>{presentation}</presentation><resprocessing>"
        '<outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>'
        f"{conditions}</resprocessing></item>"
    )


def _choices(cardinality: str, *labels: tuple[str, str]) -> str:
    body = "".join(
        f'<response_label ident="{i}"><material><mattext texttype="text/plain">{t}</mattext></material></response_label>'
        for i, t in labels
    )
    return f'<response_lid ident="response1" rcardinality="{cardinality}"><render_choice>{body}</render_choice></response_lid>'


def _scored(condition: str) -> str:
    return (
        f'<respcondition continue="No"><conditionvar>{condition}</conditionvar>'
        '<setvar action="Set" varname="SCORE">100</setvar></respcondition>'
    )


_FEEDBACK = (
    '<respcondition continue="Yes"><conditionvar><other/></conditionvar>'
    '<displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>'
)
_BLANK = '<response_str ident="response1" rcardinality="Single"><render_fib><response_label ident="answer1" rshuffle="No"/></render_fib></response_str>'
_HTML_PROMPT = '<material><mattext texttype="text/html">&lt;div&gt;&lt;p&gt;Which knot makes a &lt;strong&gt;fixed&lt;/strong&gt; loop?&lt;/p&gt;&lt;/div&gt;</mattext></material>'


def _plain(text: str) -> str:
    return f'<material><mattext texttype="text/plain">{text}</mattext></material>'


#: One item per CC profile type, as Canvas writes them (feedback conditions, html prompts).
ITEMS = {
    "multiple choice": qti_item(
        "q1",
        "Fixed loop",
        "cc.multiple_choice.v0p1",
        _HTML_PROMPT + _choices("Single", ("c1", "Bowline"), ("c2", "Reef knot"), ("c3", "Clove hitch")),
        _FEEDBACK + _scored('<varequal respident="response1">c1</varequal>'),
    ),
    "multiple response": qti_item(
        "q2",
        "Hitches",
        "cc.multiple_response.v0p1",
        _plain("Which of these are hitches?")
        + _choices("Multiple", ("h1", "Clove hitch"), ("h2", "Bowline"), ("h3", "Round turn")),
        _scored(
            '<and><varequal respident="response1">h1</varequal><not><varequal respident="response1">h2</varequal>'
            '</not><varequal respident="response1">h3</varequal></and>'
        ),
    ),
    "true or false": qti_item(
        "q3",
        "Reef knot",
        "cc.true_false.v0p1",
        _plain("A reef knot joins two ropes of equal size.")
        + _choices("Single", ("t", "True"), ("f", "False")),
        _scored('<varequal respident="response1">t</varequal>'),
    ),
    "fill in the blank": qti_item(
        "q4",
        "Name it",
        "cc.fib.v0p1",
        _plain("The knot at the end of a rope that stops it running out is a ...") + _BLANK,
        _scored(
            '<or><varequal respident="response1" case="No">stopper</varequal>'
            '<varequal respident="response1" case="No">stopper knot</varequal></or>'
        ),
    ),
    "number": qti_item(
        "q5",
        "Turns",
        "cc.fib.v0p1",
        _plain("How many round turns does a round turn and two half hitches start with?") + _BLANK,
        _scored('<varequal respident="response1">1</varequal>'),
    ),
    "essay": qti_item(
        "q6",
        "Your favourite",
        "cc.essay.v0p1",
        _plain("Describe your favourite knot.") + _BLANK,
        "",
    ),
    "pattern match": qti_item(
        "q7",
        "Spelling",
        "cc.pattern_match.v0p1",
        _plain("Spell the knot.") + _BLANK,
        _scored('<varsubstring respident="response1" case="No">bowl</varsubstring>'),
    ),
}


def assessment(title: str, items: list[str]) -> str:
    meta = _field("cc_profile", "cc.exam.v0p1") + _field("qmd_assessmenttype", "Examination")
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<questestinterop xmlns="{QTI}">'
        f'<assessment ident="quiz1" title="{title}"><qtimetadata>{meta}</qtimetadata>'
        f'<section ident="root_section">{"".join(items)}</section></assessment></questestinterop>'
    )


def _page(title: str, body: str) -> str:
    return (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<title>{title}</title>\n'
        f'<meta name="identifier" content="g1">\n</head>\n<body>\n{body}\n</body>\n</html>\n'
    )


def _resource(identifier: str, kind: str, href: str | None, *files: str) -> str:
    link = f' href="{href}"' if href else ""
    listed = "".join(f'<file href="{f}"/>' for f in (files or ((href,) if href else ())))
    return f'<resource identifier="{identifier}" type="{kind}"{link}>{listed}</resource>'


def _item(identifier: str, title: str, ref: str | None = None, inner: str = "") -> str:
    link = f' identifierref="{ref}"' if ref else ""
    return f'<item identifier="{identifier}"{link}><title>{title}</title>{inner}</item>'


_OUTLINE = (
    _item("syllabus", "Syllabus", "r_syllabus")
    + _item(
        "week1",
        "Week 1: Basic knots",
        inner=_item("w1_welcome", "Welcome aboard", "r_welcome")
        + _item("w1_video", "Watch the bowline", "r_video")
        + _item("w1_header", "Practice")
        + _item("w1_quiz", "Knot quiz", "r_quiz")
        + _item("w1_forum", "Introduce yourself", "r_forum")
        + _item("w1_tool", "Publisher tool", "r_lti")
        + _item("w1_pdf", "Knot chart (PDF)", "r_pdf"),
    )
    + _item(
        "week2",
        "Week 2: Ropes",
        inner=_item(
            "w2_ropes",
            "Rope care",
            inner=_item(
                "w2_types",
                "Rope types",
                inner=_item("w2_laid", "Laid rope", "r_laid")
                + _item("w2_more", "Going further", inner=_item("w2_braided", "Braided rope", "r_braided"))
                + _item("w2_reference", "Knot reference", "r_reference"),
            )
            + _item("w2_coiling", "Coiling", "r_coiling")
            + _item("w2_lost", "Lost page", "r_missing")
            + _item("w2_escape", "Escaping page", "r_escape"),
        ),
    )
)

MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f'<manifest identifier="canvas_export" xmlns="{NS}" xmlns:lomimscc="{LOM}">'
    "<metadata><schema>IMS Common Cartridge</schema><schemaversion>1.1.0</schemaversion>"
    "<lomimscc:lom><lomimscc:general><lomimscc:title><lomimscc:string>Knots at Sea</lomimscc:string>"
    "</lomimscc:title><lomimscc:language>fr</lomimscc:language></lomimscc:general></lomimscc:lom></metadata>"
    '<organizations><organization identifier="org_1" structure="rooted-hierarchy">'
    f'<item identifier="LearningModules">{_OUTLINE}</item></organization></organizations>'
    "<resources>"
    + _resource("r_syllabus", "webcontent", "wiki_content/syllabus.html")
    + _resource("r_welcome", "webcontent", "wiki_content/welcome.html")
    + _resource("r_video", "imswl_xmlv1p1", None, "r_video.xml")
    + _resource("r_reference", "imswl_xmlv1p1", None, "r_reference.xml")
    + _resource("r_quiz", "imsqti_xmlv1p2/imscc_xmlv1p1/assessment", None, "r_quiz/assessment_qti.xml")
    + _resource("r_forum", "imsdt_xmlv1p1", None, "r_forum.xml")
    + _resource("r_lti", "imsbasiclti_xmlv1p0", None, "r_lti.xml")
    + _resource("r_pdf", "webcontent", "web_resources/knots.pdf")
    + _resource("r_laid", "webcontent", "wiki_content/laid.html")
    + _resource("r_braided", "webcontent", "wiki_content/braided.html")
    + '<resource identifier="r_coiling" type="webcontent" xml:base="wiki_content/ropes/" href="coiling.html">'
    '<file href="coiling.html"/></resource>'
    + _resource("r_missing", "webcontent", "wiki_content/gone.html")
    + _resource("r_escape", "webcontent", "../outside.html")
    + _resource("r_bank", "imsqti_xmlv1p2/imscc_xmlv1p1/question-bank", None, "banks/bank1.xml")
    + _resource("r_logo", "webcontent", "web_resources/logo.png")
    + "</resources></manifest>"
)

CANVAS_FILES: dict[str, str | bytes] = {
    "imsmanifest.xml": MANIFEST,
    "wiki_content/syllabus.html": _page("Syllabus", "<p>Two weeks of knots.</p>"),
    "wiki_content/welcome.html": _page(
        "Welcome aboard",
        '<h2>Welcome</h2><p>Bring a rope.</p><img src="$IMS-CC-FILEBASE$/logo.png" alt="logo">'
        "<script>alert('x')</script>",
    ),
    "wiki_content/laid.html": _page("Laid rope", "<p>Three strands twisted together.</p>"),
    "wiki_content/braided.html": _page("Braided rope", "<p>A braided sheath over a core.</p>"),
    "wiki_content/ropes/coiling.html": _page("Coiling", "<p>Coil clockwise.</p>"),
    "r_video.xml": (
        '<?xml version="1.0" encoding="UTF-8"?>\n<webLink xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1">'
        '<title>Watch the bowline</title><url href="https://youtu.be/dQw4w9WgXcQ" target="_blank"/></webLink>'
    ),
    "r_reference.xml": (
        '<?xml version="1.0" encoding="UTF-8"?>\n<webLink xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1">'
        '<title>Knot reference</title><url href="https://example.org/knots?a=1&amp;b=2"/></webLink>'
    ),
    "r_quiz/assessment_qti.xml": assessment("Knot quiz", list(ITEMS.values())),
    "r_forum.xml": (
        '<topic xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1"><title>Introduce yourself</title>'
        '<text texttype="text/html">Say hello.</text></topic>'
    ),
    "r_lti.xml": (
        '<cartridge_basiclti_link xmlns="http://www.imsglobal.org/xsd/imslticc_v1p0"><title>Publisher tool</title>'
        "</cartridge_basiclti_link>"
    ),
    "web_resources/knots.pdf": b"%PDF-1.4 fake",
    "web_resources/logo.png": b"\x89PNG fake",
    "banks/bank1.xml": assessment("Bank", [ITEMS["true or false"]]),
    "course_settings/canvas_export.txt": "Q2FudmFz",
}
