"""What a problem gives the step checker before any step: the equation a "Solve ..."
problem asks about (when there is exactly one), the problem's equations, and the
expression it asks to evaluate. Plain text work, as `extract_claims` is."""

from __future__ import annotations

import re

from tutor.verify.claims import extract_claims
from tutor.verify.context import Context, is_equation
from tutor.verify.target_expressions import target_expression

__all__ = ["problem_context"]

_SOLVE_TASK = re.compile(
    r"\bsolve\b|\bfind (?:all )?(?:the )?(?:values?|solutions?|roots?) of\b|\bfor what value"
    r"|\b(?:find|what (?:is|are)|give|list) (?:all )?(?:the )?(?:real |integer |possible )?"
    r"(?:solutions?|roots?|zeros?) of\b"
    # "find x if 3x + 2 = 11", "find all real x such that x^2 = 9"
    r"|\bfind (?:all )?(?:(?:the )?(?:real|integer|positive|negative|possible) )?(?:values? of )?"
    r"\$?[a-z]\$? (?:if|when|such that|so that|for which|that satisf(?:y|ies)|satisfying)\b",
    re.IGNORECASE)
_ROUNDING_ASKED = re.compile(r"\bround(?:ed|ing)?\b|\bnearest\b|\bdecimal\s+places?\b|"
                             r"\bd\.\s?p\.|\bsignificant\s+(?:figures|digits)\b",
                             re.IGNORECASE)
_SOLVING_WORDS = {"and", "find", "the", "system", "of", "equations", "simultaneous", "for",
                  "values", "value", "work", "out", "what", "are", "is"}


def problem_context(problem: str) -> Context:
    """The equation a "Solve ..." problem asks about, when there is exactly one."""
    equations = [c for c in extract_claims(problem) if is_equation(c)]
    target = None
    solve = bool(_SOLVE_TASK.search(problem)) or _only_equations(problem)
    if len(equations) == 1 and solve:
        target = (equations[0].lhs, equations[0].rhs)
    return Context(target_equation=target, previous=tuple((c.lhs, c.rhs) for c in equations),
                   target_expression=target_expression(problem), solve_task=solve,
                   rounding_asked=bool(_ROUNDING_ASKED.search(problem)))


def _only_equations(problem: str) -> bool:
    """`x + y = 10, x - y = 2`: nothing but equations (and words asking to solve them)."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]{2,}", problem)}
    return "=" in problem and len(problem) <= 200 and words <= _SOLVING_WORDS \
        and not re.search(r"[^\w\s=+\-*/^().,:;]", problem)
