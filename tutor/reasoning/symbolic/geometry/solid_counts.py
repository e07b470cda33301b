"""Typed reader: the total volume (surface area) of several identical solids.

"What is the total volume in cubic feet of three boxes if each box is a cube with edge length
4 feet?", "Find the total volume of 5 cubes, each with an edge of 2 inches.": the question
about one solid is read by the solids reader (`solid_questions`), and the total is the count
times that measure. Confirmed by adding the one solid's measure count times, one by one."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.solid_questions import read_solids
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import number_words

_COUNTS = number_words([*range(2, 11), 12])
_SOLIDS = r"(boxes|cubes|spheres|cylinders|cones)"
_ONE = {"boxes": "box", "cubes": "cube", "spheres": "sphere", "cylinders": "cylinder",
        "cones": "cone"}
_COUNT = r"(@\d+@|" + "|".join(_COUNTS) + r")"
# "of 3 boxes if each box is a cube with", "of 5 cubes, each with", "of 4 spheres, each of
# which has": the count, then one solid told
_MANY = re.compile(r"\bof " + _COUNT + r" (?:identical |congruent )?" + _SOLIDS +
                   r",? (?:if |where |and )?each (?:(?:box|cube|sphere|cylinder|cone|one) )?"
                   r"(?:is (?P<kind>a|an) |(?P<with>with|of which has|has) )")
_ANY_SOLID = re.compile(r"\b(?:box|boxes|cubes?|spheres?|hemispheres?|cylinders?|cones?|"
                        r"pyramids?|prisms?|solids?)\b")
_TOTAL = re.compile(r"\b(?:the )?(?:total|combined) (volume|surface area)\b")


def read_solid_counts(split: Split, template: str) -> Result | None:
    total = _TOTAL.findall(template)
    many = list(_MANY.finditer(template))
    if not total or not many:
        return None
    if len(total) != 1 or len(many) != 1:
        raise Decline("one total of one set of solids expected")
    m = many[0]
    rest = re.sub(r"^\s*" + _ANY_SOLID.pattern, "", template[m.end():]) if m.group("kind") else \
        template[m.end():]  # "each box is a cube with ...": that cube is the one solid
    if _ANY_SOLID.search(template[:m.start()] + " " + rest):
        raise Decline("another solid is named besides the identical ones")
    src = m.group(1)
    if src in _COUNTS:
        count = sp.Integer(_COUNTS[src])
    else:
        text = split.maths[int(src.strip("@"))].strip()
        if not re.fullmatch(r"\d+", text):
            raise Decline("a whole number of solids")
        count = sp.Integer(int(text))
    if count < 2:
        raise Decline("more than one solid")
    one = f"of {m.group('kind')} " if m.group("kind") else \
        f"of a {_ONE[m.group(2)]} {'with' if m.group('with') == 'with' else 'that has'} "
    single = template[:m.start()] + one + template[m.end():]
    single = _TOTAL.sub(lambda t: f"the {t.group(1)}", single)
    got = read_solids(split, single)
    if got is None:
        raise Decline("the one solid is not read")
    value, steps = got
    if not isinstance(value, sp.Expr) or value.free_symbols or not value.is_positive:
        raise Decline("a positive measure of one solid")
    result = count * value
    added = sp.Integer(0)
    for _ in range(int(count)):
        added += value
    confirm.check(sp.simplify(added - result) == 0, "adding one solid's measure count times "
                  "gives the same total")
    claim = f"{latex(count)} \\cdot {latex(value)} = {latex(result)}"
    return result, [*steps, step("count the solids", f"There are {latex(count)} identical "
                                 "solids, each with this measure.", f"${claim}$", claim)]


__all__ = ["read_solid_counts"]
