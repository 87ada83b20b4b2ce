"""Prompt texts: the brief interview, the recommended flow, and the review checklist."""

STEPWISE_FLOW = """\
Create the course "{topic}" step by step with the coursewright tools:

1. Interview the user until the brief has all five fields (scope with exclusions, 3-7 measurable
   outcomes, audience with prior knowledge, language level and weekly hours, pedagogy, format).
   Call check_brief and ask the questions it returns until `ready` is true.
2. create_task with that brief (provider: {provider}). Optionally attach_reference for source files.
3. generate_outline (the platform's, or your own outline). Show it to the user and apply their
   changes with edit_xblock.
4. draft_content, then poll_until_ready(course_id, until="content") — or write each unit yourself
   with edit_xblock(action="update", block_id=<unit>, content=<html>).
5. review_course. Fix every blocking finding with edit_xblock and review again. Show the user the
   warnings.
6. publish. The server asks the user to confirm; if it answers with confirmation_required, show
   the summary to the user word for word and call publish again with the token only after they
   say yes.
Never delete, publish or run the one-shot pipeline without the user's explicit request.
"""

BRIEF_INTERVIEW = """\
Help me write a course brief for "{topic}". Ask me one question at a time until we have:
- Subject and scope: what the course covers and what it explicitly leaves out, by name.
- 3-7 learning outcomes, each an action verb with its object ("build a budget", "compare two loans").
- Audience: prior knowledge, language level, and how much time they can study (hours a week, or
  lessons or evenings a week, and for how many weeks). Check that they can follow the scope.
- Pedagogy: tutorial, project-based, assessment-heavy, case studies...
- Format: number of sections (3-8), length in weeks and hours.
Replace vague words like "beginner" or "comprehensive" with what they mean. Then call check_brief
with the brief and keep asking until it says the brief is ready.
"""

REVIEW_CHECKLIST = """\
Review course {course_id} before publishing:
1. Call review_course. Every blocking finding must be fixed with edit_xblock: empty units,
   problems that cannot be graded, assistant chatter ("Here's the lesson", "As an AI language
   model, I..."), placeholders ("TODO", "[Company Name]", "Lorem ipsum"), unsafe HTML, a length
   far from the brief's, pending drafts.
2. Read the warnings to the user (repeated or duplicate titles, chatter or placeholders the course
   quotes on purpose, a length somewhat off or a study time the brief does not give) and ask which
   to fix.
3. Spot-check content with get_course(include_content=true): facts, level, tone, examples.
4. Call review_course again; publish only when it reports ok and the user agrees.
"""
