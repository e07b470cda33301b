"""The kind of a listed sequence when the problem does not name it.

"What is the common ratio of 2, 6, 18, 54?" and "find the common difference of 3, 7, 11,
15" name the kind by the step asked for (a ratio is geometric, a difference arithmetic);
"what is the 10th term of 4, 9, 14, 19, ..." names none, and the kind is read from the
terms when at least four numbers are listed and every neighbouring pair has one common
difference (arithmetic) or one common ratio (geometric), never both. Three terms are too
few to tell (1, 2, 4 continues 8 or 7), and a list that fits neither kind is left alone.
`implied` writes the kind into the template ("the arithmetic sequence @0@") for the
sequence readers; nothing is evaluated beyond the test of the listed terms.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split, parse_latex

_KIND = re.compile(r"(?:arithmetic|geometric) (?:sequence|progression|series)")
_DOTS = re.compile(r"^\s*(?:\\[lc]?dots[bc]?|\.\.\.|…)\s*$")
# the listed terms: one piece "2, 6, 18, 54" or a run of pieces "@0@, @1@, @2@, @3@"
_LIST = re.compile(r"(?:the (?:sequence|progression|list) |(?<=of )|(?<=in ))"
                   r"(@\d+@(?:, ?@\d+@)*)")
MIN_TERMS = 4


def implied(split: Split, template: str) -> str:
    """The template with "the arithmetic (geometric) sequence" written before the one listed
    sequence when its kind is implied; the template as it was otherwise."""
    if _KIND.search(template):
        return template
    found = [(m, terms) for m in _LIST.finditer(template)
             if len(terms := listed_terms(split, m.group(1))) >= 3]
    if len(found) != 1 or any(_DOTS.match(t) for t in found[0][1]):
        return template
    m, terms = found[0]
    numbers = _numbers(terms)
    asks_difference = "common difference" in template
    asks_ratio = "common ratio" in template
    if asks_difference == asks_ratio:  # neither asked (or both): the terms must tell
        if numbers is None or len(numbers) < MIN_TERMS:
            return template
        kinds = [k for k in ("arithmetic", "geometric") if _fits(numbers, k)]
        if len(kinds) != 1:
            return template
        kind = kinds[0]
    else:
        kind = "arithmetic" if asks_difference else "geometric"
    return f"{template[:m.start()]}the {kind} sequence {m.group(1)}{template[m.end():]}"


def listed_terms(split: Split, pieces: str) -> list[str]:
    """The comma-separated terms of the pieces named in `pieces` ("@0@, @1@, @2@" or one
    piece "2, 6, 18, \\cdots"), in order, with the dots that end the list left out."""
    items = [t.strip() for i in re.findall(r"@(\d+)@", pieces)
             for t in split.maths[int(i)].split(",")]
    while items and _DOTS.match(items[-1]):
        items.pop()
    return items


def _numbers(items: list[str]) -> list[sp.Expr] | None:
    out = []
    for t in items:
        try:
            v = parse_latex(t)
        except Decline:
            return None
        if not isinstance(v, sp.Expr) or not v.is_number:
            return None
        out.append(v)
    return out


def _fits(numbers: list[sp.Expr], kind: str) -> bool:
    pairs = list(zip(numbers, numbers[1:], strict=False))
    if kind == "arithmetic":
        steps = {sp.simplify(b - a) for a, b in pairs}
        return len(steps) == 1 and steps != {0}
    if any(a == 0 for a in numbers):
        return False
    ratios = {sp.simplify(b / a) for a, b in pairs}
    return len(ratios) == 1 and ratios != {1}


__all__ = ["MIN_TERMS", "implied", "listed_terms"]
