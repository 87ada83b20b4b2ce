"""The public tool contract (DESIGN §3), declared as data in the order of the workflow."""

from coursewright.tools.admin import (
    cancel_task,
    delete_course,
    editor_link,
    get_task,
    list_courses,
    student_progress,
)
from coursewright.tools.brief import attach_reference, check_brief, create_task
from coursewright.tools.common import ToolSpec
from coursewright.tools.course import draft_content, generate_outline, get_course
from coursewright.tools.edit import edit_xblock
from coursewright.tools.export import export_course
from coursewright.tools.importing import import_course
from coursewright.tools.publish import publish, review_course, run_pipeline
from coursewright.tools.wait import poll_until_ready

# open_world: the tool may reach a remote course platform (every provider-backed tool can).
TOOLS: tuple[ToolSpec, ...] = (
    ToolSpec(
        check_brief,
        "Check a course brief",
        read_only=True,
        destructive=False,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        create_task,
        "Create a course task",
        read_only=False,
        destructive=False,
        idempotent=False,
        open_world=True,
    ),
    ToolSpec(
        attach_reference,
        "Attach a reference file",
        read_only=False,
        destructive=False,
        idempotent=False,
        open_world=True,
    ),
    ToolSpec(
        generate_outline,
        "Generate the course outline",
        read_only=False,
        destructive=False,
        idempotent=False,
        open_world=True,
    ),
    ToolSpec(
        get_course, "Show a course", read_only=True, destructive=False, idempotent=True, open_world=True
    ),
    ToolSpec(
        edit_xblock,
        "Edit the course structure",
        read_only=False,
        destructive=True,
        idempotent=False,
        open_world=True,
    ),
    ToolSpec(
        draft_content,
        "Draft unit content",
        read_only=False,
        destructive=False,
        idempotent=False,
        open_world=True,
    ),
    ToolSpec(
        poll_until_ready,
        "Wait for background work",
        read_only=True,
        destructive=False,
        idempotent=True,
        open_world=True,
    ),
    ToolSpec(
        review_course, "Review a course", read_only=True, destructive=False, idempotent=True, open_world=True
    ),
    ToolSpec(
        publish, "Publish a course", read_only=False, destructive=True, idempotent=True, open_world=True
    ),
    ToolSpec(
        run_pipeline,
        "Run the one-shot pipeline",
        read_only=False,
        destructive=False,
        idempotent=False,
        open_world=True,
    ),
    # Writes a file on this machine (so not read-only), but only reads the platform.
    ToolSpec(
        export_course, "Export a course", read_only=False, destructive=False, idempotent=True, open_world=True
    ),
    ToolSpec(get_task, "Show a task", read_only=True, destructive=False, idempotent=True, open_world=True),
    ToolSpec(
        list_courses, "List courses", read_only=True, destructive=False, idempotent=True, open_world=True
    ),
    ToolSpec(
        cancel_task, "Cancel a task", read_only=False, destructive=True, idempotent=True, open_world=True
    ),
    ToolSpec(
        delete_course, "Delete a course", read_only=False, destructive=True, idempotent=True, open_world=True
    ),
    ToolSpec(
        student_progress,
        "Show a learner's progress",
        read_only=True,
        destructive=False,
        idempotent=True,
        open_world=True,
    ),
    # Mints a new edit token each time, so neither read-only nor idempotent.
    ToolSpec(
        editor_link,
        "Get a web editor link",
        read_only=False,
        destructive=False,
        idempotent=False,
        open_world=True,
    ),
    # Each call makes a new course from files on this machine.
    ToolSpec(
        import_course,
        "Import a course",
        read_only=False,
        destructive=False,
        idempotent=False,
        open_world=False,
    ),
)
