"""The sandbox's shared core: fault specs, seeded faults through ASGI, lazy time, content, environment."""

from __future__ import annotations

import re

import httpx2
import pytest
from defusedxml.ElementTree import fromstring as defused_fromstring
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from time_fakes import FakeClock, RecordingSleep

from coursewright.errors import InvalidInput
from coursewright.sandbox import app as sandbox_app
from coursewright.sandbox import keys
from coursewright.sandbox.app import sandbox_environment
from coursewright.sandbox.content import capa_problem, defects_for, outline_for, unit_html
from coursewright.sandbox.core import (
    EMULATOR_NAMES,
    FaultMiddleware,
    FaultRule,
    FaultSpec,
    SandboxConfig,
    SandboxConnectionDropped,
    due,
)


def tiny_app() -> Starlette:
    """One counter: POST increments it, GET reads it."""

    async def read(request: Request) -> JSONResponse:
        return JSONResponse({"count": request.app.state.count})

    async def write(request: Request) -> JSONResponse:
        request.app.state.count += 1
        return JSONResponse({"count": request.app.state.count}, status_code=201)

    app = Starlette(routes=[Route("/count", read, methods=["GET"]), Route("/count", write, methods=["POST"])])
    app.state.count = 0
    return app


def client_for(app) -> httpx2.AsyncClient:
    return httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://sandbox")


def faulty(spec: str, **config) -> tuple[Starlette, FaultMiddleware]:
    inner = tiny_app()
    return inner, FaultMiddleware(inner, "iblai", SandboxConfig(faults=FaultSpec.parse(spec), **config))


# --- parsing -------------------------------------------------------------------------------------


def test_parse_reads_emulators_kinds_probabilities_and_parameters():
    spec = FaultSpec.parse("iblai:5xx=0.2@502, 429=0.1@3 ; tutorflow:drop=0.1,slow=0.05@40;*:malformed=0.01")
    assert spec.rules_for("iblai") == (
        FaultRule("iblai", "5xx", 0.2, 502.0),
        FaultRule("iblai", "429", 0.1, 3.0),
        FaultRule("*", "malformed", 0.01),
    )
    assert spec.probability("tutorflow", "slow") == 0.05
    assert spec.probability("learningstudio", "malformed") == 0.01
    assert spec.probability("learningstudio", "drop") == 0.0


def test_parse_accepts_the_content_defect_kinds_without_counting_them_as_transport_faults():
    spec = FaultSpec.parse("learningstudio:defect-empty=1,defect-leak=0.5,defect-problem=1,5xx=1")
    config = SandboxConfig(faults=spec)
    assert config.defect_probability("learningstudio", "defect-leak") == 0.5
    assert [rule.kind for rule in spec.transport_rules("learningstudio")] == ["5xx"]


def test_a_named_clause_overrides_the_wildcard_for_the_same_kind():
    spec = FaultSpec.parse("*:5xx=0.5;iblai:5xx=0.1")
    assert spec.probability("iblai", "5xx") == 0.1
    assert spec.probability("tutorflow", "5xx") == 0.5


def test_empty_spec_means_no_faults_and_text_round_trips():
    assert not FaultSpec.parse("")
    assert not FaultSpec.parse(" ; ")
    spec = FaultSpec.parse("iblai:5xx=0.2,429=0.1@3;tutorflow:drop=0.1")
    assert spec
    assert FaultSpec.parse(spec.text()) == spec


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("5xx=0.2", "names no emulator"),
        ("moodle:5xx=0.2", "'moodle' is not one of"),
        ("iblai:teapot=0.2", "'teapot' is not one of"),
        ("iblai:5xx", "has no '=probability'"),
        ("iblai:5xx=lots", "is not a number"),
        ("iblai:5xx=1.5", "not between 0 and 1"),
        ("iblai:5xx=0.5@404", "from 500 to 599"),
        ("iblai:drop=0.5@3", "takes no '@' parameter"),
        ("iblai:5xx=0.6,drop=0.6", "add up to 1.2"),
    ],
)
def test_parse_refuses_bad_specs_saying_what_is_wrong_and_how_to_write_it(text, complaint):
    with pytest.raises(InvalidInput) as caught:
        FaultSpec.parse(text)
    assert complaint in caught.value.what
    assert "iblai:5xx=0.2" in caught.value.next_step


def test_config_refuses_a_negative_time_scale():
    with pytest.raises(InvalidInput):
        SandboxConfig(time_scale=-1)


# --- seeded reproducibility ------------------------------------------------------------------------


def draws(spec: str, seed: int, emulator: str = "iblai", count: int = 200) -> list[str | None]:
    config = SandboxConfig(seed=seed, faults=FaultSpec.parse(spec))
    middleware = FaultMiddleware(tiny_app(), emulator, config)
    return [rule.kind if rule else None for rule in (middleware.draw() for _ in range(count))]


def test_the_same_seed_gives_the_same_faults_in_the_same_order():
    spec = "*:5xx=0.2,429=0.2,drop=0.1"
    assert draws(spec, seed=7) == draws(spec, seed=7)
    assert draws(spec, seed=7) != draws(spec, seed=8)
    assert draws(spec, seed=7, emulator="iblai") != draws(spec, seed=7, emulator="tutorflow")


def test_draw_frequencies_follow_the_probabilities():
    kinds = draws("iblai:5xx=0.25,429=0.25", seed=1, count=4000)
    assert 800 < kinds.count("5xx") < 1200
    assert 800 < kinds.count("429") < 1200
    assert 1700 < kinds.count(None) < 2300


# --- each fault kind through ASGI ----------------------------------------------------------------


@pytest.mark.anyio
async def test_no_faults_passes_requests_through():
    inner = tiny_app()
    async with client_for(FaultMiddleware(inner, "iblai", SandboxConfig())) as client:
        assert (await client.post("/count")).json() == {"count": 1}
        assert (await client.get("/count")).json() == {"count": 1}


@pytest.mark.anyio
async def test_5xx_answers_the_chosen_status_with_a_json_error_and_skips_the_handler():
    inner, app = faulty("iblai:5xx=1@502")
    async with client_for(app) as client:
        response = await client.post("/count")
    assert response.status_code == 502
    assert "failed on purpose" in response.json()["detail"]
    assert inner.state.count == 0


@pytest.mark.anyio
async def test_429_carries_retry_after():
    inner, app = faulty("iblai:429=1@7")
    async with client_for(app) as client:
        response = await client.post("/count")
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"
    assert "detail" in response.json()
    assert inner.state.count == 0


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("emulator", "status", "shape"),
    [
        ("iblai", 500, lambda body: body["detail"]),
        (
            "tutorflow",
            500,
            lambda body: (
                body["error"]["code"] == "platform_internal_error" and body["error"]["status"] == 500
            ),
        ),
        ("tutorflow", 429, lambda body: body["error"]["code"] == "platform_rate_limit_exceeded"),
        ("learningstudio", 500, lambda body: body["code"] == "INTERNAL_ERROR" and body["message"]),
        ("learningstudio", 429, lambda body: body["code"] == "RATE_LIMIT_EXCEEDED" and body["message"]),
    ],
)
async def test_injected_errors_use_each_platforms_error_body_shape(emulator, status, shape):
    kind = "429=1" if status == 429 else "5xx=1@500"
    config = SandboxConfig(faults=FaultSpec.parse(f"{emulator}:{kind}"))
    async with client_for(FaultMiddleware(tiny_app(), emulator, config)) as client:
        response = await client.get("/count")
    assert response.status_code == status
    assert shape(response.json())


@pytest.mark.anyio
async def test_slow_awaits_the_configured_delay_then_serves():
    sleep = RecordingSleep()
    inner, app = faulty("iblai:slow=1@12", sleep=sleep, time_scale=0)
    async with client_for(app) as client:
        response = await client.post("/count")
    assert sleep.delays == [12.0]  # not scaled: it must outlast the client's timeout
    assert response.status_code == 201
    assert inner.state.count == 1


@pytest.mark.anyio
async def test_slow_can_surface_as_a_client_timeout_through_an_injected_sleep():
    async def time_out(seconds: float) -> None:
        raise httpx2.ReadTimeout("timed out waiting for the sandbox")

    inner, app = faulty("iblai:slow=1", sleep=time_out)
    async with client_for(app) as client:
        with pytest.raises(httpx2.TimeoutException):
            await client.post("/count")
    assert inner.state.count == 0


@pytest.mark.anyio
async def test_drop_is_a_transport_error_and_changes_nothing():
    inner, app = faulty("iblai:drop=1")
    async with client_for(app) as client:
        with pytest.raises(httpx2.TransportError) as caught:
            await client.post("/count")
    assert isinstance(caught.value, SandboxConnectionDropped)
    assert caught.value.kind == "drop"
    assert inner.state.count == 0


@pytest.mark.anyio
async def test_malformed_answers_200_with_a_body_that_is_not_json():
    inner, app = faulty("iblai:malformed=1")
    async with client_for(app) as client:
        response = await client.get("/count")
    assert response.status_code == 200
    with pytest.raises(ValueError):
        response.json()


@pytest.mark.anyio
async def test_lost_applies_the_write_then_drops_the_response():
    inner, app = faulty("iblai:lost=1")
    async with client_for(app) as client:
        with pytest.raises(httpx2.RemoteProtocolError):
            await client.post("/count")
    assert inner.state.count == 1


@pytest.mark.anyio
async def test_faults_only_hit_the_emulator_they_name():
    inner = tiny_app()
    app = FaultMiddleware(inner, "tutorflow", SandboxConfig(faults=FaultSpec.parse("iblai:5xx=1")))
    async with client_for(app) as client:
        assert (await client.post("/count")).status_code == 201


@pytest.mark.anyio
async def test_nested_middlewares_apply_faults_once():
    config = SandboxConfig(faults=FaultSpec.parse("iblai:5xx=0.5"))
    inner = tiny_app()
    double = FaultMiddleware(FaultMiddleware(inner, "iblai", config), "iblai", config)
    single = FaultMiddleware(tiny_app(), "iblai", config)
    async with client_for(double) as nested, client_for(single) as plain:
        nested_codes = [(await nested.post("/count")).status_code for _ in range(20)]
        plain_codes = [(await plain.post("/count")).status_code for _ in range(20)]
    assert nested_codes == plain_codes
    assert nested_codes.count(201) == inner.state.count


@pytest.mark.anyio
async def test_installed_as_starlette_middleware_drop_still_reaches_the_client():
    config = SandboxConfig(faults=FaultSpec.parse("iblai:drop=1"))
    app = tiny_app()
    wrapped = Starlette(
        routes=app.routes, middleware=[Middleware(FaultMiddleware, emulator_name="iblai", config=config)]
    )
    wrapped.state.count = 0
    async with client_for(wrapped) as client:
        with pytest.raises(SandboxConnectionDropped):
            await client.post("/count")
    assert wrapped.state.count == 0


# --- lazy time -------------------------------------------------------------------------------------


def test_due_work_follows_the_fake_clock_and_the_time_scale():
    clock = FakeClock()
    config = SandboxConfig(time_scale=0.5, clock=clock)
    start = clock()
    assert not due(start, 10, config)
    assert config.remaining(start, 10) == 5.0
    clock.advance(4.9)
    assert not due(start, 10, config)
    clock.advance(0.1)
    assert due(start, 10, config)
    assert config.remaining(start, 10) == 0.0
    assert config.progress(start, 10) == 1.0


def test_instant_time_scale_makes_everything_due_at_once():
    clock = FakeClock()
    config = SandboxConfig(time_scale=0, clock=clock)
    assert due(clock(), 120, config)
    assert config.items_done(clock(), 15, 120) == 15
    assert config.progress(clock(), 120) == 1.0


def test_items_done_fills_sequential_items_as_the_clock_advances():
    clock = FakeClock()
    config = SandboxConfig(time_scale=1, clock=clock)
    start = clock()
    assert config.items_done(start, 15, 90) == 0
    clock.advance(6)
    assert config.items_done(start, 15, 90) == 1
    clock.advance(30)
    assert config.items_done(start, 15, 90) == 6
    assert config.progress(start, 90) == pytest.approx(0.4)
    clock.advance(1000)
    assert config.items_done(start, 15, 90) == 15


def test_random_streams_are_seeded_and_independent_by_purpose():
    config = SandboxConfig(seed=3)
    assert (
        config.random_for("iblai", "content").random()
        == SandboxConfig(seed=3).random_for("iblai", "content").random()
    )
    assert config.random_for("iblai", "content").random() != config.random_for("iblai", "faults").random()


# --- generated content -----------------------------------------------------------------------------


def capa_issues(xml: str) -> list[str]:
    """coursewright's own problem checks when present, else the structural minimum."""
    try:
        from coursewright.capa import problem_issues
    except ImportError:
        problem_issues = None
    if problem_issues is not None:
        return problem_issues(xml)
    root = defused_fromstring(xml)
    correct = [c for c in root.iter("choice") if c.get("correct") == "true"]
    return [] if root.tag == "problem" and len(correct) == 1 else ["not one correct choice"]


def test_outline_is_deterministic_and_shaped_as_asked():
    subject = "Photosynthesis for high school biology. Six weeks, two hours a week."
    outline = outline_for(5, subject, sections=3, subsections=2, units=3)
    assert outline == outline_for(5, subject, sections=3, subsections=2, units=3)
    assert outline != outline_for(6, subject, sections=3, subsections=2, units=3)
    assert outline.course_title == "Photosynthesis for High School Biology"
    assert len(outline.sections) == 3
    assert all(len(section.subsections) == 2 for section in outline.sections)
    assert len(outline.unit_titles()) == 18
    assert all("Photosynthesis" in section.title for section in outline.sections)


def test_outline_titles_are_distinct_among_siblings_even_past_the_title_pools():
    outline = outline_for(1, "Rust ownership", sections=14, subsections=11, units=13)
    assert len({section.title for section in outline.sections}) == 14
    for section in outline.sections:
        assert len({sub.title for sub in section.subsections}) == 11
        assert section.subsections[0].title != section.title
        for sub in section.subsections:
            assert len(set(sub.units)) == 13


def test_unit_html_is_deterministic_with_headings_and_paragraphs():
    html = unit_html(2, "Intro to Statistics", "Key Vocabulary")
    assert html == unit_html(2, "Intro to Statistics", "Key Vocabulary")
    assert html != unit_html(2, "Intro to Statistics", "Overview")
    assert html.startswith("<h2>Key Vocabulary</h2>")
    assert html.count("<p>") >= 2 and "<h3>" in html and "<li>" in html
    assert "as an ai" not in html.lower()
    assert unit_html(2, "A <b> course", "R&D").startswith("<h2>R&amp;D</h2>")


def test_unit_html_defects_are_an_empty_page_and_leaked_chatter():
    empty = unit_html(2, "Intro to Statistics", "Overview", empty=True)
    assert not re.sub(r"<[^>]*>", "", empty).strip()
    leaked = unit_html(2, "Intro to Statistics", "Overview", leak=True)
    assert "as an ai language model" in leaked.lower()


def test_capa_problem_is_a_gradable_single_select_with_one_correct_choice():
    for seed in range(20):
        xml = capa_problem(seed, "Standard Deviation & Spread")
        assert xml == capa_problem(seed, "Standard Deviation & Spread")
        root = defused_fromstring(xml)
        assert root.tag == "problem"
        group = root.find("multiplechoiceresponse/choicegroup")
        assert group is not None and group.get("type") == "MultipleChoice"
        assert [c.get("correct") for c in group].count("true") == 1
        assert len(group) == 4
        assert capa_issues(xml) == []


def test_malformed_capa_problem_has_no_correct_choice_and_fails_the_checks():
    xml = capa_problem(3, "Regression", malformed=True)
    assert defused_fromstring(xml).tag == "problem"
    assert capa_issues(xml) != []


def test_defects_follow_the_fault_spec_per_unit_and_reproducibly():
    none = SandboxConfig(seed=1)
    assert defects_for(none, "iblai", "unit-1") == frozenset()
    every = SandboxConfig(
        seed=1, faults=FaultSpec.parse("iblai:defect-empty=1,defect-leak=1,defect-problem=1")
    )
    assert defects_for(every, "iblai", "unit-1") == {"defect-empty", "defect-leak", "defect-problem"}
    assert defects_for(every, "tutorflow", "unit-1") == frozenset()
    half = SandboxConfig(seed=1, faults=FaultSpec.parse("*:defect-leak=0.5"))
    picks = [defects_for(half, "iblai", f"unit-{n}") for n in range(200)]
    assert picks == [defects_for(half, "iblai", f"unit-{n}") for n in range(200)]
    assert 60 < sum("defect-leak" in p for p in picks) < 140


# --- the combined app and its environment ------------------------------------------------------------


def test_sandbox_environment_lines_point_at_each_mount_with_the_fake_keys():
    lines = dict(sandbox_environment("http://127.0.0.1:8765/"))
    assert list(lines) == [
        "IBLAI_BASE_URL",
        "IBLAI_ORG",
        "IBLAI_USER_ID",
        "IBLAI_API_KEY",
        "TUTORFLOW_BASE_URL",
        "TUTORFLOW_API_KEY",
        "LEARNINGSTUDIO_BASE_URL",
        "LEARNINGSTUDIO_API_KEY",
        "COURSEWRIGHT_LLM_BASE_URL",
        "COURSEWRIGHT_LLM_MODEL",
    ]
    assert lines["IBLAI_BASE_URL"] == "http://127.0.0.1:8765/iblai"
    assert lines["COURSEWRIGHT_LLM_BASE_URL"] == "http://127.0.0.1:8765/llm/v1"
    assert lines["TUTORFLOW_BASE_URL"] == "http://127.0.0.1:8765/tutorflow"
    assert lines["LEARNINGSTUDIO_BASE_URL"] == "http://127.0.0.1:8765/learningstudio"
    assert lines["IBLAI_ORG"] == keys.IBLAI_ORG and lines["IBLAI_USER_ID"] == keys.IBLAI_USER_ID
    assert re.fullmatch(r"[0-9a-f]{64}", lines["IBLAI_API_KEY"])
    assert lines["TUTORFLOW_API_KEY"].startswith("tf_platform_")
    assert lines["LEARNINGSTUDIO_API_KEY"].startswith("ls_")


EMULATORS = ("iblai", "tutorflow", "learningstudio")


def without_emulator_modules(monkeypatch, missing_name=None):
    """Make the emulator modules look absent (or missing one of their own dependencies)."""
    real_import = sandbox_app.importlib.import_module

    def fake_import(name, package=None):
        parts = name.split(".")
        if parts[:2] == ["coursewright", "sandbox"] and len(parts) > 2 and parts[2] in EMULATORS:
            raise ModuleNotFoundError(f"No module named {name!r}", name=missing_name or name)
        return real_import(name, package)

    monkeypatch.setattr(sandbox_app.importlib, "import_module", fake_import)


@pytest.mark.anyio
async def test_absent_emulators_answer_503_not_available_yet(monkeypatch):
    without_emulator_modules(monkeypatch)
    app = sandbox_app.build_sandbox_app()
    assert app.state.available == ()
    async with client_for(app) as client:
        index = (await client.get("/")).json()
        response = await client.post("/tutorflow/v1/platform/courses", json={})
    assert index["emulators"] == {name: "emulator not available yet" for name in EMULATOR_NAMES}
    assert response.status_code == 503
    assert response.json() == {"detail": "emulator not available yet"}


def test_an_emulator_missing_its_own_dependency_is_not_mistaken_for_an_absent_one(monkeypatch):
    without_emulator_modules(monkeypatch, missing_name="some_dependency")
    with pytest.raises(ModuleNotFoundError):
        sandbox_app.build_sandbox_app()


@pytest.mark.anyio
async def test_every_mount_applies_its_emulators_faults():
    config = SandboxConfig(faults=FaultSpec.parse("*:5xx=1@502;learningstudio:429=1@4,5xx=0"))
    app = sandbox_app.build_sandbox_app(config)
    async with client_for(app) as client:
        iblai = await client.get(f"/iblai/api/ai-mentor/orgs/{keys.IBLAI_ORG}/users/{keys.IBLAI_USER_ID}/")
        tutorflow = await client.get("/tutorflow/v1/platform/courses")
        learningstudio = await client.get("/learningstudio/api/v1/courses")
        index = await client.get("/")
    assert (iblai.status_code, tutorflow.status_code) == (502, 502)
    assert learningstudio.status_code == 429 and learningstudio.headers["retry-after"] == "4"
    assert index.status_code == 200
    assert set(app.state.emulators) == set(EMULATOR_NAMES)


def test_the_local_generators_stand_in_takes_faults_by_its_own_name():
    spec = FaultSpec.parse("llm:5xx=0.3,defect-leak=1")
    assert [rule.kind for rule in spec.transport_rules("llm")] == ["5xx"]
    assert spec.transport_rules("iblai") == ()
