"""Typed reader: the distance from an endpoint of an ellipse's major axis to an endpoint
of its minor axis, the ellipse given by its equation.

"For the ellipse $4(x + 2)^2 + y^2 = 16$, let $P$ be an endpoint of the major axis and $Q$
an endpoint of the minor axis. Find $PQ$", "Find the distance between an endpoint of the
major axis and an endpoint of the minor axis of the ellipse $x^2 + 9y^2 = 36$".

Completing the squares gives the centre and the semi-axes a > b (`conics.read`); the
distance is sqrt(a^2 + b^2) whichever endpoints are taken. Confirmed on coordinates: the
four endpoints satisfy the original equation exactly, and the distance of each of the four
pairs, computed from the coordinates, is the same number.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import conics
from tutor.reasoning.symbolic.geometry.conics import X, Y
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("consider for in take the ellipse let be one of endpoints endpoint an its "
                  "major minor axis and find compute determine what distance length between "
                  "segment".split())
_END = r"(?:one of the endpoints|an endpoint|one endpoint) of (?:its|the) (?P<{}>major|minor) axis"
_NAMED = re.compile(
    r"^(?:consider|for|in|take) the ellipse (?P<e>@\d+@)[.,]? let (?P<p>@\d+@) be "
    + _END.format("a1") + r",? and (?:let )?(?P<q>@\d+@) (?:be )?" + _END.format("a2")
    + r"[.,]? (?:find|compute|determine|what is) (?:the (?:distance|length) )?"
    r"(?:of segment )?(?P<t>@\d+@)\W*$")
_WORDED = re.compile(
    r"^(?:find|compute|determine|what is) the distance between " + _END.format("a1")
    + r" and " + _END.format("a2") + r" of the ellipse (?P<e>@\d+@)\W*$")


def read(split: Split, template: str) -> Result | None:
    t = template.strip()
    m = _NAMED.match(t) or _WORDED.match(t)
    if m is None or not words_within(t, VOCAB) or {m.group("a1"), m.group("a2")} != {
            "major", "minor"}:
        return None
    if "t" in m.groupdict():
        p, q = (split.maths[int(m.group(g)[1:-1])].strip() for g in ("p", "q"))
        asked = re.sub(r"\s|\\overline|[{}]", "", split.maths[int(m.group("t")[1:-1])])
        if not re.fullmatch(r"[A-Z]", p) or not re.fullmatch(r"[A-Z]", q) or p == q \
                or asked not in (p + q, q + p):
            raise Decline("the distance between the two points named")
    eq = parse_latex(split.maths[int(m.group("e")[1:-1])])
    cn = conics.read(eq)
    if cn.kind != "ellipse" or cn.rx == cn.ry:
        raise Decline("an ellipse that is not a circle")
    a, b = cn.a, cn.b
    value = sp.sqrt(sp.nsimplify(a**2 + b**2))
    major = cn.along_axis(a)
    minor = [sp.Tuple(cn.h + b, cn.k), sp.Tuple(cn.h - b, cn.k)] if not cn.major_along_x() \
        else [sp.Tuple(cn.h, cn.k + b), sp.Tuple(cn.h, cn.k - b)]
    f = sp.expand(eq.lhs - eq.rhs)
    confirm.check(all(sp.simplify(f.subs({X: pt[0], Y: pt[1]})) == 0 for pt in major + minor),
                  "the four endpoints satisfy the ellipse's equation exactly")
    for u in major:
        for v in minor:
            confirm.value(sp.sqrt((u[0] - v[0])**2 + (u[1] - v[1])**2), value,
                          "the distance computed from the endpoints' coordinates")
    ends = f"{latex(major[0])}, {latex(minor[0])}"
    claim = f"\\sqrt{{{latex(a**2)} + {latex(b**2)}}} = {latex(value)}"
    return value, [
        *cn.steps,
        step("endpoints", "The major axis ends a from the centre, the minor axis b.",
             f"Endpoints such as ${ends}$ (semi-axes ${latex(a)}$ and ${latex(b)}$).", ends),
        step("distance", "The two half-axes are perpendicular legs of a right triangle.",
             f"${claim}$", claim)]


__all__ = ["read"]
