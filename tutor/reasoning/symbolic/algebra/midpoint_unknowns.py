"""Typed reader: a segment's midpoint told, with letters among the coordinates of its ends
(or of the midpoint), and an expression in the letters asked. "The midpoint of the segment
from $(a, 4)$ to $(6, b)$ is $(3, 7)$. What is $a + b$?", "The points $(2x, 5)$ and
$(4, y - 1)$ have midpoint $(1, 3)$. Find $xy$."

Each coordinate gives one equation: the two ends' coordinates add up to twice the
midpoint's. The equations are linear in the letters here (a coordinate such as $x^2$ is
not read) and must fix every letter the question uses. Confirmed by putting the letters
back and averaging the ends again (`coordinates.midpoint`) to get the midpoint told.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.geometry import coordinates
from tutor.reasoning.symbolic.geometry.midpoint_questions import midpoint_place
from tutor.reasoning.symbolic.geometry.reading import as_tuple
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_VOCAB = frozenset(
    "the midpoint of segment line from to joining connecting with endpoints points point and is "
    "at what find compute determine value has have a an if ends end its".split())
_ASK = re.compile(r"(?:^|[.?!] )(?:what is|find|compute|determine|then what is) (?:the value of )?"
                  r"@(\d+)@[.?]?$")


def read(split: Split, template: str) -> Result | None:
    if "midpoint" not in template or not words_within(template, _VOCAB):
        return None
    ask = _ASK.search(template)
    if ask is None:
        return None
    asked_slot = int(ask.group(1))
    told = template[:ask.start()]
    slots = [int(g) for g in re.findall(r"@(\d+)@", told)]
    if len(slots) != 3 or len(set(slots)) != 3:
        return None
    points = {i: _point(split.maths[i]) for i in slots}
    if any(p is None for p in points.values()):
        return None
    mid = midpoint_place(re.sub(r"\bhave (?=(?:a |the )?midpoint\b)", "has ", told), set())
    if mid not in points:
        return None
    letters = set().union(*(sp.Tuple(*p).free_symbols for p in points.values() if p))
    target = parse_latex(split.maths[asked_slot])
    if not letters or not isinstance(target, sp.Expr) or not target.free_symbols or \
            not target.free_symbols <= letters:
        return None
    m = points[mid]
    ends = [points[i] for i in slots if i != mid]
    assert m is not None and all(e is not None for e in ends)
    p, q = ends[0], ends[1]
    assert p is not None and q is not None
    if not len(p) == len(q) == len(m):
        raise Decline("points of one dimension")
    gaps = [sp.expand(a + b - 2 * c) for a, b, c in zip(p, q, m, strict=True)]
    if any(not g.free_symbols and g != 0 for g in gaps):
        raise Decline("a coordinate without letters that does not fit the midpoint")
    gaps = [g for g in gaps if g.free_symbols]
    unknowns = sorted(letters, key=str)
    if any(not sp.Poly(g, *unknowns).is_linear for g in gaps):
        raise Decline("coordinates linear in the letters")
    solved = sp.solve(gaps, unknowns, dict=True)
    if len(solved) != 1 or not target.free_symbols <= set(solved[0]) or any(
            v.free_symbols for v in solved[0].values()):
        raise Decline("the letters the question uses are not fixed by the midpoint")
    values = solved[0]
    back_p, back_q = (tuple(c.subs(values) for c in e) for e in (p, q))
    again, _ = coordinates.midpoint(back_p, back_q)
    confirm.check(tuple(again) == tuple(c.subs(values) for c in m),
                  "with the letters put back, the midpoint of the ends is the one told")
    answer = sp.nsimplify(target.subs(values))
    lines = [f"{latex(a)} + {latex(b)} = 2 \\cdot {latex(c)}" if (a + b - 2 * c).free_symbols
             else "" for a, b, c in zip(p, q, m, strict=True)]
    lines = [line for line in lines if line]
    found = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in sorted(values.items(), key=str))
    claim = f"{latex(target)} = {shown(target, values, mul_symbol='dot')} = {latex(answer)}"
    return answer, [
        step("each coordinate", "The ends' coordinates add up to twice the midpoint's.",
             "$" + "$, $".join(lines) + "$", "; ".join(lines)),
        step("solve", "Solve for the letters.", f"${found}$", found),
        step("the value asked", "Put the letters in.", f"${claim}$", claim)]


def _point(src: str) -> tuple[sp.Expr, ...] | None:
    if not src.strip().startswith("("):
        return None
    v = as_tuple(parse_latex(src))
    if not isinstance(v, sp.Tuple) or len(v) not in (2, 3) or not all(
            isinstance(c, sp.Expr) for c in v):
        return None
    return tuple(v)


__all__ = ["read"]
