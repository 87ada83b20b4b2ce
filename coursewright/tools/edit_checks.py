"""What edit_xblock checks before any remote call: the arguments an action needs, content, block ids."""

from coursewright.errors import InvalidInput


def require(value: object, name: str, action: str, hint: str) -> None:
    if value is None or value == "" or value == []:
        raise InvalidInput(f"edit_xblock action={action} needs {name}.", hint)


def clean_content(block_type: str, content: str | None) -> tuple[str | None, list[str]]:
    """HTML is sanitised to the course allow-list; problem XML must be gradable capa, and the HTML
    inside it is sanitised with the same allow-list."""
    if content is None:
        return None, []
    # Imported here: the capa checks and the sanitiser are not needed to start the server.
    from coursewright.capa import looks_like_problem, problem_issues
    from coursewright.guardrails.sanitize import sanitize_html, sanitize_problem

    if block_type == "problem" or (block_type == "unit" and looks_like_problem(content)):
        issues = problem_issues(content)
        if issues:
            raise InvalidInput(
                "The problem XML cannot be graded: " + " ".join(issues),
                "Fix what is named and send the <problem> again (one response element, its input, a correct answer).",
            )
        cleaned = sanitize_problem(content)
        return cleaned.html, list(cleaned.removed)
    if block_type in ("html", "unit"):
        result = sanitize_html(content)
        return result.html, list(result.removed)
    if block_type == "video":
        return content, []
    raise InvalidInput(
        f"A {block_type} holds no content of its own.",
        "Send content to a unit or to one of its html, problem or video components.",
    )
