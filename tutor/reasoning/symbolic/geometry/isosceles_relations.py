"""Relations between the base angle and the vertex angle of an isosceles triangle, read as
equations for `isosceles_stories`: "each base angle is twice the vertex angle", "the vertex
angle is 3 times a base angle", "the vertex angle is 20 degrees more than each base angle"."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex


def _positive(src: str) -> sp.Expr:
    v = number(src)
    if v is None or not v.is_positive:
        raise Decline("a positive number")
    return sp.nsimplify(v)


_TIMES = r"(twice|three times|four times|half|@\d+@ times)"
_BASE_A = r"(?:each |one |a |the |either )?(?:of the )?base angles?"
_VERTEX_A = r"(?:the )?vertex angle"
_RELATIONS = [  # (pattern, base angle B and vertex angle V: the equation, = 0)
    (rf"{_BASE_A} (?:each )?(?:is |are |measures )?(?:each )?{_TIMES} (?:the )?(?:measure of "
     rf"the )?vertex angle", "B-kV"),
    (rf"{_VERTEX_A} (?:is |measures )?{_TIMES} (?:the measure of )?{_BASE_A}", "V-kB"),
    (rf"{_VERTEX_A} (?:is |measures )?@(\d+)@ (?:degrees )?(more|less|greater|smaller) than "
     rf"{_BASE_A}", "V-B"),
    (rf"{_BASE_A} (?:each )?(?:is |are |measures )?@(\d+)@ (?:degrees )?(more|less|greater|"
     rf"smaller) than (?:the )?vertex angle", "B-V"),
]


def angle_relations(text: str, maths: list[str], base: sp.Symbol,
                    eqs: list[tuple[sp.Expr, str]]) -> str:
    """Each relation between the base angle `base` and the vertex angle (180 - 2 base) in the
    text added to `eqs` as (expression = 0, what it says); the text without them."""
    vertex = 180 - 2 * base
    for pattern, how in _RELATIONS:
        for m in re.finditer(r"\b" + pattern + r"\b", text):
            if how in ("B-kV", "V-kB"):
                word = m.group(1)
                piece = re.match(r"@(\d+)@", word)
                k = _positive(maths[int(piece.group(1))]) if piece else {
                    "twice": sp.Integer(2), "three times": sp.Integer(3), "half": sp.Rational(1, 2),
                    "four times": sp.Integer(4)}[word]
                eq = base - k * vertex if how == "B-kV" else vertex - k * base
            else:
                d = _positive(re.sub(r"\^\s*\{?\s*\\circ\s*\}?", "", maths[int(m.group(1))]))
                d = d if m.group(2) in ("more", "greater") else -d
                eq = vertex - base - d if how == "V-B" else base - vertex - d
            eqs.append((eq, f"${latex(sp.Eq(eq.subs(base, sp.Symbol('B')), 0))}$ with the "
                        "vertex angle $180^\\circ - 2B$"))
        text = re.sub(r"\b" + pattern + r"\b", " ", text)
    return text


__all__ = ["angle_relations"]
