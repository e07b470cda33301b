"""Reader of an amount as a fraction or percent of one unit: "What fraction of an hour is 45
minutes?", "Express 20 minutes as a fraction of an hour.", "What percent of a dollar is 35
cents?", "What fraction of a foot is 4 inches?".

The amount n of unit b and the unit a are of one kind (`units.factor`: exact definitions
only); the answer is n / factor(a, b), as a fraction or times 100 as a percent. Solved and
confirmed by `Story` (the answer times one unit, in the small unit, gives the amount back in
exact fractions).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.wording import NUM

X = sp.Symbol("x")
_AS = r"(?P<as>fraction|percent|percentage)"
_FORMS = [
    re.compile(rf"what {_AS} of (?:a|an|one) (?P<a>[a-z]+) is (?P<n>{NUM}) (?P<b>[a-z]+)"),
    re.compile(rf"(?:what is |express |write )(?P<n>{NUM}) (?P<b>[a-z]+) as a {_AS} of "
               rf"(?:a|an|one) (?P<a>[a-z]+)"),
    re.compile(rf"(?P<n>{NUM}) (?P<b>[a-z]+) is what {_AS} of (?:a|an|one) (?P<a>[a-z]+)"),
]


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:fraction|percent|percentage)\b", template):
        return None
    w = wording.of(split, template)
    body = re.sub(r"\s+", " ", w.text).strip().rstrip(" ?.")
    m = next((m for p in _FORMS if (m := p.fullmatch(body))), None)
    if m is None:
        return None
    big, small = units.unit(m.group("a")), units.unit(m.group("b"))
    if big is None or small is None:
        return None
    per = units.factor(big, small)
    if per is None:
        raise Decline("units of different kinds")
    n = wording.value(m.group("n"))
    percent = m.group("as") != "fraction"
    story = Story([X])
    scale = sp.Integer(100) if percent else sp.Integer(1)
    story.state(X / scale * sp.Rational(per.numerator, per.denominator),
                sp.Rational(n.numerator, n.denominator),
                f"{'x percent' if percent else 'x'} of one {big} is {n} {small}s")
    return story.solve(lambda sol: X, f"the {'percent' if percent else 'fraction'} of one {big}")


__all__ = ["read"]
