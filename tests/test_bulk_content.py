"""A whole local course handed over in one generate_outline call: every unit's content checked as
edit_xblock checks it, refusals reported per unit, and brief to published in a handful of calls."""

import pytest
from mcp_helpers import MODES, all_blocks, call, connect, example, fail
from test_course_size import SIXTEEN_UNITS

MCQ = (
    "<problem><multiplechoiceresponse><label>Which function joins two sheets?</label>"
    '<choicegroup type="MultipleChoice"><choice correct="false">SUM</choice>'
    '<choice correct="true">XLOOKUP</choice></choicegroup></multiplechoiceresponse></problem>'
)


def page(topic: str, step: int) -> str:
    return (
        f"<h3>{topic}, step {step}</h3><p>Open the weekly export and practise {topic.lower()} on the sample "
        "sheet: follow the worked example, then repeat it on your own team's data.</p>"
    )


def sixteen_units() -> list[dict]:
    return [
        {
            "title": f"Week {s + 1}: {topic}",
            "subsections": [
                {
                    "title": f"{topic} in practice",
                    "units": [
                        {"title": f"{topic}, step {u + 1}", "content": page(topic, u + 1)} for u in range(3)
                    ]
                    + [{"title": f"{topic} check", "kind": "problem", "content": MCQ}],
                }
            ],
        }
        for s, topic in enumerate(("Imports", "Lookups", "Pivot tables", "Charts"))
    ]


class Counting:
    """Every tool call the agent makes, counted."""

    def __init__(self, client):
        self.client, self.calls = client, 0

    async def __call__(self, tool, **arguments):
        self.calls += 1
        return await call(self.client, tool, **arguments)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("answer", ["yes", None])
async def test_a_sixteen_unit_local_course_goes_from_brief_to_published_in_at_most_eight_calls(mode, answer):
    async with connect(mode, answer=answer) as (client, _):
        run = Counting(client)
        assert (await run("check_brief", **SIXTEEN_UNITS))["ready"]
        task = await run("create_task", **SIXTEEN_UNITS, provider="local")
        made = await run("generate_outline", task_id=task["task_id"], outline=sixteen_units())
        review = await run("review_course", course_id=made["course_id"])
        published = await run("publish", course_id=made["course_id"])
        if answer is None:  # a client without elicitation comes back with the token the user saw
            token = published["confirmation_required"]["token"]
            published = await run("publish", course_id=made["course_id"], confirmation_token=token)
        course = await call(client, "get_course", course_id=made["course_id"], include_content=True)
    assert made["written"] == 16 and made["refused"] == [] and made["counts"]["unit"] == 16
    assert review["ok"], review["blocking"]
    assert published["published"] and run.calls <= 8
    components = [b for b in all_blocks(course["root"]) if b["type"] in ("html", "problem")]
    assert len(components) == 16 and sum(b["type"] == "problem" for b in components) == 4


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_each_units_content_is_checked_and_a_refusal_names_the_unit_and_spares_the_others(mode):
    outline = sixteen_units()
    units = outline[0]["subsections"][0]["units"]
    units[0]["content"] = '<p onclick="steal()">Imports</p><script>alert(1)</script><p>Open the export.</p>'
    units[3]["content"] = "<problem><p>No answer to choose.</p></problem>"
    async with connect(mode) as (client, _):
        task = await call(client, "create_task", **SIXTEEN_UNITS, provider="local")
        made = await call(client, "generate_outline", task_id=task["task_id"], outline=outline)
        course = await call(client, "get_course", course_id=made["course_id"], include_content=True)
    assert made["written"] == 15
    (refused,) = made["refused"]
    first_subsection = course["root"]["children"][0]["children"][0]
    assert refused["unit_id"] == first_subsection["children"][3]["id"] and refused["title"] == "Imports check"
    assert "cannot be graded" in refused["reason"] and "edit_xblock" in made["next_step"]
    assert first_subsection["children"][3]["children"] == []  # created, left empty
    stored = first_subsection["children"][0]["children"][0]["content"]
    assert "script" not in stored and "onclick" not in stored and "Open the export" in stored
    assert made["sanitized"] and "Imports, step 1" in made["sanitized"][0]


@pytest.mark.anyio
async def test_a_platform_that_takes_no_content_in_the_outline_says_so_before_anything_is_made(tmp_path):
    from sandbox_server import sandboxed

    server, emulators = sandboxed(tmp_path)
    async with connect(server=server) as (client, _):
        task = await call(client, "create_task", **example()["brief"], provider="iblai")
        text = await fail(client, "generate_outline", task_id=task["task_id"], outline=sixteen_units())
    assert "takes no unit content" in text and "edit_xblock" in text
    assert not emulators["iblai"].state.emulator.courses
