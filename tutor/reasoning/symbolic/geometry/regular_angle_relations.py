"""Typed reader: a regular polygon whose interior angle is told through its exterior angle.

"A regular polygon has an interior angle that is 4 times its exterior angle. How many sides
does it have?", "Each interior angle of a regular polygon is 140 degrees more than each
exterior angle", "The exterior angle of a regular polygon is one fifth of its interior angle",
"The ratio of an interior angle to an exterior angle of a regular polygon is 7:2". An interior
and an exterior angle at one vertex add up to 180 degrees, and the n exterior angles of a
regular polygon to 360, so n = 360 / E must be a whole number at least 3. Asked: the number of
sides, an interior or exterior angle, or the sum of the interior angles. Confirmed by building
the polygon's angles from n: (n - 2) 180 / n and 360 / n must satisfy the stated relation."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_I, _E = sp.symbols("I E", positive=True)
_OF = r"(?: of (?:a|the|this) regular polygon)?"
_FRACTIONS = {"half": sp.Rational(1, 2), "one half": sp.Rational(1, 2), "one third":
              sp.Rational(1, 3), "a third": sp.Rational(1, 3), "one fourth": sp.Rational(1, 4),
              "a quarter": sp.Rational(1, 4), "one quarter": sp.Rational(1, 4),
              "one fifth": sp.Rational(1, 5), "a fifth": sp.Rational(1, 5), "one sixth":
              sp.Rational(1, 6), "twice": sp.Integer(2), "three times": sp.Integer(3),
              "four times": sp.Integer(4), "five times": sp.Integer(5)}
_K = r"(?P<k>" + "|".join(sorted(_FRACTIONS, key=len, reverse=True)) + r"|@\d+@ times)"
_RELATIONS = [
    re.compile(r"^(?P<a>INT|EXT) (?:that )?(?:is|measures) " + _K + r"(?: as large as| the "
               r"(?:measure|size) of| of)? (?P<b>INT|EXT)$"),
    re.compile(r"^(?P<a>INT|EXT) (?:that )?(?:is|measures) @(?P<n>\d+)@(?: degrees)? "
               r"(?P<dir>more|greater|larger|less|smaller) than (?P<b>INT|EXT)$"),
    re.compile(r"^the ratio of (?P<a>INT|EXT) to (?P<b>INT|EXT) is @(?P<r>\d+)@$"),
]
_ASK = re.compile(r"^(?:how many sides does (?:it|the polygon|this polygon) have|what is the "
                  r"number of sides(?: of the polygon)?|what is the (?:measure of )?(?P<one>INT|"
                  r"EXT)|what is the sum of (?:the measures of )?(?:its|the) interior angles"
                  r"(?: of the polygon)?)$")


def read_regular_angle_relation(split: Split, template: str) -> Result | None:
    if "regular polygon" not in template or "exterior" not in template or \
            "interior" not in template:
        return None
    text = re.sub(r"\b(?:each|an|the|its|one) interior angle(?!s)" + _OF, "INT", template)
    text = re.sub(r"\b(?:each|an|the|its|one) exterior angle(?!s)" + _OF, "EXT", text)
    text = re.sub(r"\ba regular polygon has INT\b", "INT", text)
    text = re.sub(r"\s+", " ", text)
    eqs, asked = [_I + _E - 180], None
    for clause in re.split(r"\s*[.?;]\s*", text):
        clause = re.sub(r",? in degrees$", "", clause.strip())
        if not clause:
            continue
        if (q := _ASK.match(clause)) is not None:
            if asked is not None:
                raise Decline("one thing asked")
            asked = q.group("one") or ("sum" if "sum" in clause else "sides")
            continue
        eqs.append(_relation(split, clause))
    if asked is None or len(eqs) != 2:
        return None
    sol = sp.solve(eqs, [_I, _E], dict=True)
    if len(sol) != 1 or not all(v.is_positive for v in sol[0].values()):
        raise Decline("the relation does not fix the angles")
    e = sol[0][_E]
    n = 360 / e
    if not (n.is_Integer and n >= 3):
        raise Decline("no regular polygon has that exterior angle")
    interior, exterior = sp.Rational((n - 2) * 180, n), sp.Rational(360, n)
    confirm.check(sp.simplify(eqs[1].subs({_I: interior, _E: exterior})) == 0,
                  "the angles of the regular polygon with that many sides satisfy the relation")
    value = {"sides": n, "sum": 180 * (n - 2), "INT": interior, "EXT": exterior}[asked]
    return value, [
        step("interior and exterior angles", "At each vertex they add up to 180 degrees.",
             f"$I + E = 180$, ${latex(eqs[1])} = 0$: $E = {latex(e)}$", latex(e)),
        step("count the sides", "The exterior angles of a polygon add up to 360 degrees.",
             f"$n = 360 / {latex(e)} = {latex(n)}$", latex(n)),
        step("the asked value", "Read it off.", f"${latex(value)}$", latex(value))]


def _relation(split: Split, clause: str) -> sp.Expr:
    sym = {"INT": _I, "EXT": _E}
    for k, pattern in enumerate(_RELATIONS):
        m = pattern.match(clause)
        if m is None:
            continue
        a, b = sym[m.group("a")], sym[m.group("b")]
        if a == b:
            raise Decline("an angle compared with itself")
        if k == 0:
            word = m.group("k")
            factor = _FRACTIONS.get(word) or number(split.maths[int(word.split("@")[1])])
            if factor is None or not factor.is_positive:
                raise Decline("a positive factor")
            return a - factor * b
        if k == 1:
            v = number(split.maths[int(m.group("n"))])
            if v is None:
                raise Decline("a number of degrees")
            return a - b - (v if m.group("dir") in ("more", "greater", "larger") else -v)
        parts = [number(t) for t in split.maths[int(m.group("r"))].split(":")]
        if len(parts) != 2 or any(t is None or not t.is_positive for t in parts):
            raise Decline("a ratio of two positive numbers")
        return a * parts[1] - b * parts[0]  # type: ignore[operator]
    left = words(clause) - FILLER
    raise Decline(f"a clause the regular polygon reader does not read: {sorted(left)[:3]}")


__all__ = ["read_regular_angle_relation"]
