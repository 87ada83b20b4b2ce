"""The values a capa problem's answers may take: what capa's calculator can evaluate, what is
a placeholder rather than an answer, and which `$name` values the problem's
`loncapa/python` script defines (capa substitutes them before grading)."""

from __future__ import annotations

import ast
import re
import textwrap
from collections.abc import Iterable

#: capa's calculator: the functions and constants a staff answer may use.
CALC_FUNCTIONS = frozenset(
    {
        "sin", "cos", "tan", "sec", "csc", "cot", "sqrt", "log10", "log2", "ln", "exp", "arccos",
        "arcsin", "arctan", "arcsec", "arccsc", "arccot", "abs", "fact", "factorial", "sinh",
        "cosh", "tanh", "sech", "csch", "coth", "arcsinh", "arccosh", "arctanh", "arcsech",
        "arccsch", "arccoth",
    }
)  # fmt: skip
CALC_CONSTANTS = frozenset({"i", "j", "e", "pi"})
_PLACEHOLDER = re.compile(
    r"^\s*(?:todo|tbd|tba|fixme|xxx+|placeholder|lorem ipsum|answer here|your answer|insert\b.*\bhere|"
    r"correct answer|(?:the )?answer|[?._\-…]+|\{\{.*\}\}|\[[^\]]*(?:answer|todo|insert|fill)[^\]]*\]|"
    r"<[^>]*(?:answer|todo)[^>]*>)\s*(?:[:\-–—].*)?$",
    re.IGNORECASE,
)
_VARIABLE = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_TOKEN = re.compile(
    r"\s*(?:(?P<number>(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?%?)|(?P<name>[A-Za-z][A-Za-z0-9_]*'*)"
    r"|(?P<op>\|\||[-+*/^(),]))"
)


class Script:
    """The problem's `loncapa/python` code: whether it parses, and the names it defines."""

    def __init__(self, sources: Iterable[str]) -> None:
        self.code = "\n".join(textwrap.dedent(s) for s in sources if s and s.strip())
        self.error: str | None = None
        self.names: set[str] = set()
        if not self.code:
            return
        try:
            tree = ast.parse(self.code)
        except SyntaxError as exc:
            self.error = f"The loncapa/python script is not valid Python 3 (line {exc.lineno}): {exc.msg}."
            return
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                self.names.add(node.id)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                self.names.add(node.name)
            elif isinstance(node, ast.Import | ast.ImportFrom):
                self.names.update((a.asname or a.name).split(".")[0] for a in node.names)
            elif isinstance(node, ast.Global):
                self.names.update(node.names)

    def unbound(self, text: str | None) -> list[str]:
        """The `$name` values in a text that the script does not define."""
        return [name for name in _VARIABLE.findall(text or "") if name not in self.names]


def is_placeholder(text: str | None) -> bool:
    return bool(_PLACEHOLDER.match(text or ""))


def calc_issue(expression: str, variables: Iterable[str] = ()) -> str | None:
    """Why capa's calculator could not evaluate `expression` with these variables; None when it can."""
    allowed = {v.lower() for v in variables} | CALC_CONSTANTS
    tokens: list[tuple[str, str]] = []
    position, text = 0, expression.strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match or match.end() == position:
            return f"it has a character capa's calculator does not read ({text[position]!r})"
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind)))
        position = match.end()
    if not tokens:
        return "it is empty"
    index = 0

    def atom() -> str | None:
        nonlocal index
        while index < len(tokens) and tokens[index][1] in "+-":
            index += 1  # a sign, as capa's numbers and sums allow
        if index >= len(tokens):
            return "it ends where a number was expected"
        kind, value = tokens[index]
        index += 1
        if kind == "number":
            return None
        if kind == "name":
            if index < len(tokens) and tokens[index][1] == "(":
                if value.lower() not in CALC_FUNCTIONS:
                    return f"{value}() is not one of capa's functions"
                index += 1
                return group()
            return None if value.lower().rstrip("'") in allowed else f"{value!r} is not a known value"
        if value == "(":
            return group()
        return f"{value!r} stands where a number was expected"

    def group() -> str | None:
        nonlocal index
        problem = expression_()
        if problem:
            return problem
        if index >= len(tokens) or tokens[index][1] != ")":
            return "a parenthesis is not closed"
        index += 1
        return None

    def expression_() -> str | None:
        nonlocal index
        problem = atom()
        while not problem and index < len(tokens) and tokens[index][1] in ("+", "-", "*", "/", "^", "||"):
            index += 1
            problem = atom()
        return problem

    problem = expression_()
    if not problem and index < len(tokens):
        problem = f"{tokens[index][1]!r} is out of place"
    return problem
