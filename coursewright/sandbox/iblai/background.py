"""The emulated ibl.ai backend's background work, applied lazily: `advance` (called before every
request is handled) runs whatever the clock says has become due, stamped with its due time — the
one-shot pipeline's phases (queued, course, outline, drafting, publish) and drafting jobs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coursewright.sandbox.iblai.blocks import BlockRefused
from coursewright.sandbox.iblai.records import (
    FAILED,
    IN_PROGRESS,
    RUNNING,
    SUCCESS,
    CourseRecord,
    DraftJob,
    PipelineRun,
    StepFailed,
    TaskRecord,
)

if TYPE_CHECKING:
    from coursewright.sandbox.iblai.state import IblaiEmulator

# Realistic durations in seconds (multiplied by time_scale).
QUEUE_SECONDS = 3.0
CREATE_COURSE_SECONDS = 2.0
OUTLINE_SECONDS = 5.0
DRAFT_SECONDS_PER_UNIT = 6.0  # ~16 units: about a minute and a half
PUBLISH_SECONDS = 3.0


def advance(emulator: IblaiEmulator) -> None:
    """Apply everything that has become due by the clock, each piece stamped with its due time."""
    for task in list(emulator.tasks.values()):
        if task.status in RUNNING and task.run is not None:
            _advance_run(emulator, task, task.run)
    for job in list(emulator.jobs):
        _advance_job(emulator, job)
        if job.finished:
            emulator.jobs.remove(job)
            task = emulator.tasks.get(job.task_id) if job.task_id is not None else None
            if task is not None:
                end = job.started + emulator.config.scaled(DRAFT_SECONDS_PER_UNIT * len(job.units))
                emulator.log(task, end, f"Content drafting finished for {len(job.units)} units.")


def _advance_job(emulator: IblaiEmulator, job: DraftJob, finish: bool = False) -> None:
    """Draft the job's units that are due; `finish` drafts the rest (the job's time is up)."""
    course = emulator.courses.get(job.course_id)
    if course is None:
        job.done = len(job.units)
        return
    total = DRAFT_SECONDS_PER_UNIT * len(job.units)
    due = len(job.units) if finish else emulator.config.items_done(job.started, len(job.units), total)
    per_unit = emulator.config.scaled(DRAFT_SECONDS_PER_UNIT)
    while job.done < due:
        locator = job.units[job.done]
        job.done += 1
        unit = course.tree.blocks.get(locator)
        # A unit deleted, or given content by hand, since the job started is left alone.
        # (Strict: every unit queued is re-drafted.)
        if unit is not None and unit.block_type == "unit" and (emulator.config.strict or not unit.children):
            emulator.draft_unit(course, unit, job.started + per_unit * job.done)


def _phase_seconds(task: TaskRecord, run: PipelineRun) -> float:
    if run.phase == "queued":
        return QUEUE_SECONDS
    if run.phase == "course":
        return CREATE_COURSE_SECONDS
    if run.phase == "outline":
        return OUTLINE_SECONDS
    if run.phase == "publish":
        return PUBLISH_SECONDS if task.publish_course else 0.0
    return DRAFT_SECONDS_PER_UNIT * len(run.job.units) if run.job else 0.0


def _advance_run(emulator: IblaiEmulator, task: TaskRecord, run: PipelineRun) -> None:
    while task.status in RUNNING and task.run is run:
        if run.phase == "drafting" and run.job is not None:
            _advance_job(emulator, run.job)
        if not emulator.config.is_due(run.phase_started, _phase_seconds(task, run)):
            return
        end = emulator.config.due_at(run.phase_started, _phase_seconds(task, run))
        try:
            if run.fail_phase == run.phase:
                raise StepFailed(f"The {run.phase} step failed: the worker reported an error.")
            _finish_phase(emulator, task, run, end)
        except (StepFailed, BlockRefused) as exc:
            task.status = FAILED
            task.run = None
            emulator.log(task, end, f"ERROR: {exc.detail} Start the task again to retry.")
            return


def _finish_phase(emulator: IblaiEmulator, task: TaskRecord, run: PipelineRun, end: float) -> None:
    """Apply the effect of the phase that just ended and move on to the next one."""
    if run.phase == "queued":
        task.status = IN_PROGRESS
        emulator.log(task, end, "Worker picked up the task.")
        run.phase = "course"
    elif run.phase == "course":
        emulator.create_course_for_task(task, end)
        run.phase = "outline"
    elif run.phase == "outline":
        course = _pipeline_course(emulator, task)
        if course.tree.of_type("section"):
            emulator.log(task, end, "The course already has an outline; keeping it.")
        else:
            emulator.outline_course(task, end)
        units = [unit.locator for unit in course.tree.of_type("unit") if not unit.children]
        run.job = DraftJob(course.id, end, units, task.id)
        emulator.log(task, end, f"Content drafting started for {len(units)} units.")
        run.phase = "drafting"
    elif run.phase == "drafting":
        if run.job is not None:
            _advance_job(emulator, run.job, finish=True)
        emulator.log(task, end, "Content drafting finished.")
        run.phase = "publish"
    else:
        if task.publish_course:
            emulator.publish(_pipeline_course(emulator, task), end)
        task.status = SUCCESS
        task.run = None
        emulator.log(task, end, "Course creation completed.")
        return
    run.phase_started = end


def _pipeline_course(emulator: IblaiEmulator, task: TaskRecord) -> CourseRecord:
    course = emulator.course_of_task(task.id)
    if course is None:
        raise StepFailed("The course record was deleted while the pipeline was running.")
    return course
