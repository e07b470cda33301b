"""Questions about a segment's midpoint: the other endpoint from a midpoint and one end,
and an expression in the letters of a point the text names as the midpoint ("Find x + y,
where (x, y) is the midpoint of ..."). Shared with `point_questions`: the sum or product of
a point's coordinates, and the clause that asks."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import coordinates
from tutor.reasoning.symbolic.geometry.reading import as_tuple
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words

Point = tuple[sp.Basic, ...]


def pt(p: Point) -> str:
    return "\\left(" + ", ".join(latex(c) for c in p) + "\\right)"


def combine(p: Point, w: set[str]) -> Result | None:
    """The sum or product of a point's coordinates when asked, else None."""
    if w & {"x", "y"}:  # "the x-coordinate(s)": one coordinate, or other points' ones
        raise Decline("a single coordinate asked")
    if "coordinates" not in w or not w & {"sum", "product"}:
        return None
    if "sum" in w and "product" in w:
        raise Decline("both a sum and a product asked")
    op, v = ("+", sp.Add(*p)) if "sum" in w else ("\\cdot", sp.Mul(*p))
    claim = f" {op} ".join(f"\\left({latex(c)}\\right)" for c in p) + f" = {latex(v)}"
    return v, [step(f"{'add' if op == '+' else 'multiply'} the coordinates",
                    "Combine the coordinates the question asks about.", f"${claim}$", claim)]


def midpoint_place(template: str, labels: set[int]) -> int | None:
    """Which piece the text calls the midpoint ("the midpoint ... is @2@", "@2@ is the
    midpoint"), or None when it says none or more than one. `labels`: the pieces that only
    name ("the midpoint of @0@ and @1@ is @2@" not when @0@ is a segment's name)."""
    found = set()
    for pattern in (r"midpoint(?: of [^.@]*?)? (?:is|is at|is located at) @(\d+)@",
                    r"midpoint of @\d+@ (?:is|is at|is located at) @(\d+)@",  # of CD is K
                    r"(?:has|with) (?:a |the )?midpoint (?:at )?@(\d+)@",
                    r"@(\d+)@ is the midpoint"):
        found |= {int(g) for g in re.findall(pattern, template)}
    found |= {int(g) for g in re.findall(r"\blet @(\d+)@ be the midpoint", template)}
    for m in re.finditer(r"midpoint of [^.@]*@(\d+)@ (?:and|to) @(\d+)@ is @(\d+)@", template):
        if not {int(m.group(1)), int(m.group(2))} & labels:
            found.add(int(m.group(3)))
    return found.pop() if len(found) == 1 else None


# a midpoint the text tells ("@2@ is the midpoint", "the midpoint of @0@ is @1@", "has
# midpoint @1@"), not one it asks for
TOLD_MIDPOINT = re.compile(r"@\d+@ is (?:the |a )?midpoint\b|\bmidpoint\b[^.?;]*? is (?:at )?@\d+@"
                            r"|\b(?:has|with) (?:a |the )?midpoint\b")


# a closing request for the answer's form ("Express your answer as an ordered pair.")
_FORM_REQUEST = re.compile(r"\(?(?:express|give|write|enter|leave|state) (?:your|the) answer\b")


def asked(template: str) -> str:
    """The clause that asks: the last sentence (closing requests for the answer's form set
    aside), from its last question word on."""
    sentences = re.split(r"(?<=[.?!;])\s+", template.strip())
    while len(sentences) > 1 and _FORM_REQUEST.match(sentences[-1]):
        sentences.pop()
    last = sentences[-1]
    found = list(re.finditer(r"\b(?:what|which|find|compute|determine|calculate|give|state"
                             r"|where)\b", last))
    asked = last[found[-1].start():] if found else last
    return re.split(r"\b(?:if|given|when|so that|such that)\b", asked)[0]


def endpoint(split: Split, template: str, pts: dict[int, Point], others: list[int],
              labels: set[int]) -> Result:
    """The other endpoint B = 2M - A from the midpoint M and one endpoint A."""
    if "midpoint" in asked(template):
        raise Decline("the midpoint is told and asked")
    mid = midpoint_place(template, labels)
    if mid not in pts or len(pts) != 2:
        raise Decline("which point is the midpoint is not clear")
    m = pts[mid]
    a = next(p for i, p in pts.items() if i != mid)
    if len(a) != len(m):
        raise Decline("points of different dimension")
    b = tuple(2 * mc - ac for mc, ac in zip(m, a, strict=True))
    confirm.check(all(sp.Rational(1, 2) * (ac + bc) == mc for ac, bc, mc in zip(a, b, m,
                                                                               strict=True)),
                  "the midpoint of the given endpoint and the answer is the given midpoint")
    parts = ", ".join(f"2 \\cdot {latex(mc)} - \\left({latex(ac)}\\right)"
                      for mc, ac in zip(m, a, strict=True))
    claim = f"B = \\left({parts}\\right) = {pt(b)}"
    steps: list[Step] = [step("undo the averaging", "Each coordinate of the midpoint is the "
                              "average of the endpoints', so the other endpoint is 2M - A.",
                              f"${claim}$", claim)]
    named = _in_named_letters(split, others, b, steps)
    if named is not None:
        return named
    got = combine(b, words(template))
    if got is not None:
        return got[0], steps + got[1]
    return sp.Tuple(*b), steps


def _in_named_letters(split: Split, others: list[int], found: Point,
                      steps: list[Step]) -> Result | None:
    """An expression in the letters of a point written `(x, y)` that the found point is:
    "... is (a, b). What is a + b?"; None when no other maths is asked."""
    unknown = [as_tuple(parse_latex(split.maths[i])) for i in others]
    named = {}
    for u in unknown:
        if isinstance(u, sp.Tuple) and len(u) == len(found) and all(isinstance(c, sp.Symbol)
                                                                    for c in u):
            if len(set(u)) != len(u):
                raise Decline("a point named with one letter twice")
            named.update(dict(zip(u, found, strict=True)))
    for u in unknown:
        if isinstance(u, sp.Tuple):
            continue
        if not isinstance(u, sp.Expr) or not u.free_symbols or u.free_symbols - set(named):
            raise Decline("an unknown the question does not define")
        v = sp.simplify(u.subs(named))
        claim = f"{latex(u)} = {latex(v)}"
        return v, steps + [step("evaluate", "Put in the coordinates found.", f"${claim}$",
                                claim)]
    return None


def confirmed_midpoint(p: Point, q: Point) -> tuple[sp.Basic, list[Step]]:
    """The midpoint and its step, confirmed by distances: equally far from both ends, half
    the segment away."""
    mid, steps = coordinates.midpoint(p, q)
    confirm.check(dist2(p, mid) == dist2(q, mid) and 4 * dist2(p, mid) == dist2(p, q),
                  "the point is equally far from both endpoints, half the segment away")
    return mid, steps


def named_midpoint(split: Split, pts: dict[int, Point], others: list[int],
                    at: int) -> Result:
    """"Find x + y, where (x, y) is the midpoint of the segment joining P and Q"."""
    if len(pts) != 2 or len(others) != 2:
        raise Decline("two endpoints, the midpoint's letters and one expression")
    p, q = pts.values()
    if len(p) != len(q):
        raise Decline("points of different dimension")
    mid, steps = confirmed_midpoint(p, q)
    got = _in_named_letters(split, [at] + [i for i in others if i != at], tuple(mid), steps)
    if got is None:
        raise Decline("no expression in the midpoint's letters is asked")
    return got


def dist2(p: Point, q: Point) -> sp.Basic:
    return sp.expand(sum((a - b) ** 2 for a, b in zip(p, q, strict=True)))


__all__ = ["Point", "TOLD_MIDPOINT", "asked", "combine", "confirmed_midpoint", "dist2", "endpoint",
           "midpoint_place", "named_midpoint"]
