"""Approval records and the course preview, without a server: decided once, spent once, bounded, sanitised."""

from __future__ import annotations

import pytest
from time_fakes import FakeClock

from coursewright.approval.page import approval_page
from coursewright.approval.preview import course_preview
from coursewright.approval.store import MAX_RECORDS, ApprovalStore
from coursewright.model import Block, Course


def _record(store: ApprovalStore):
    return store.create(
        action="publish", target="local:1", stamp="s" * 32, summary="Publish it", origin="http://127.0.0.1:9"
    )


@pytest.mark.anyio
async def test_a_record_is_answered_once_and_spent_once():
    store = ApprovalStore(FakeClock(), ttl_s=60)
    record = _record(store)
    assert not store.decide(record, "not-the-form-value", True) and record.state == "pending"
    assert store.decide(record, record.csrf, True) and record.decided.is_set()
    assert not store.decide(record, record.csrf, False) and record.state == "approved"
    assert store.spend(record) and not store.spend(record)
    assert record.state == "spent"


@pytest.mark.anyio
async def test_an_approval_not_used_before_expiry_cannot_be_spent():
    clock = FakeClock()
    store = ApprovalStore(clock, ttl_s=60)
    record = _record(store)
    assert store.decide(record, record.csrf, True)
    clock.advance(61)
    assert not store.spend(record) and record.state == "expired"


@pytest.mark.anyio
async def test_an_expired_question_takes_no_answer_and_wakes_its_waiter():
    clock = FakeClock()
    store = ApprovalStore(clock, ttl_s=60)
    record = _record(store)
    clock.advance(60)
    assert store.get(record.approval_id).state == "expired" and record.decided.is_set()
    assert not store.decide(record, record.csrf, True)


@pytest.mark.anyio
async def test_ids_are_unguessable_and_only_issued_ids_are_found():
    store = ApprovalStore(FakeClock())
    first, second = _record(store), _record(store)
    assert first.approval_id != second.approval_id and len(first.approval_id) >= 40
    assert first.csrf != first.approval_id
    assert store.get(first.approval_id) is first and store.get(first.approval_id[:-1]) is None


@pytest.mark.anyio
async def test_the_store_stays_bounded_and_evicted_questions_expire():
    store = ApprovalStore(FakeClock())
    records = [_record(store) for _ in range(MAX_RECORDS + 5)]
    assert store.get(records[0].approval_id) is None and records[0].state == "expired"
    assert store.get(records[-1].approval_id) is records[-1]


def _course(html: str) -> Course:
    component = Block(id="c", type="html", display_name="Reading", content=html)
    unit = Block(id="u", type="unit", display_name="First unit", children=[component])
    sub = Block(id="ss", type="subsection", display_name="Basics", children=[unit])
    section = Block(id="s", type="section", display_name="Start", children=[sub])
    root = Block(id="r", type="course", display_name="Course", children=[section])
    return Course(course_id="tutorflow:x", provider="tutorflow", title="T <b>itle</b>", root=root)


@pytest.mark.anyio
async def test_platform_content_is_sanitised_in_the_preview_and_titles_are_escaped():
    course = _course(
        "<p onclick='steal()'>Loops repeat work.</p><script>steal()</script>"
        "<img src=x onerror=steal()><a href='javascript:steal()'>link</a>"
    )
    preview = course_preview(course)
    assert [node.title for node in preview.nodes] == ["Start", "Basics", "First unit", "Reading"]
    store = ApprovalStore(FakeClock())
    record = store.create(
        action="publish",
        target="tutorflow:x",
        stamp="s",
        summary="<i>x</i>",
        origin="http://h",
        preview=preview,
    )
    html, nonce = approval_page(record)
    assert "Loops repeat work." in html
    for danger in ("onclick", "<script>steal", "onerror", "javascript:"):
        assert danger not in html
    assert "T &lt;b&gt;itle&lt;/b&gt;" in html and "&lt;i&gt;x&lt;/i&gt;" in html
    assert f"nonce='{nonce}'" in html and html.count("<style") == 1
