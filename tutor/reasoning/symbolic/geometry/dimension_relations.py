"""Typed reader: one dimension of a figure told as a multiple or a percent of another of its
dimensions, the other told as a number ("a cone with a diameter of 8 and a height that is 75%
of the diameter", "a cylinder whose height is three times its radius of 4", "a rectangle 12
long with a width half its length").

The relation is worked out first (0.75 * 8 = 6) and the problem is read again with that
number in place of the relation, by the one-solid and one-figure readers (`solid_questions`,
`figure_questions`), which solve and confirm it their own way. Exactly one relation, of two
measures of the one figure the text names, the second told as a number exactly once and the
first not told; anything else is left to other readers. The worked-out value is checked by
dividing back in exact fractions."""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_questions import read_figure
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.geometry.solid_questions import read_solids
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.problem_text import without_slot
from tutor.reasoning.symbolic.spelled_maths import CARDINALS

_MEAS = r"(radius|diameter|height|length|width|side|edge|slant height|altitude)"
_FACTOR = (r"(?P<factor>twice|double|half|one half|one third|one fourth|one quarter|"
           r"(?P<times>@\d+@|[a-z]+) times|@(?P<num>\d+)@ ?/ ?@(?P<den>\d+)@ of|"
           r"@(?P<pct>\d+)@(?: ?percent)?(?: of)?|equal to|"
           r"the same as)")
_REL = re.compile(
    r"(?P<first>(?:a|an|the|its|with a|with an) )?(?:base )?" + _MEAS.replace("(", "(?P<m1>", 1) +
    r"(?: that| which)?(?: is| was| will be)?(?: equal to(?= @\d+@))? " + _FACTOR +
    r"(?: of)?(?: the| its| his| her| their)? (?:base )?" + _MEAS.replace("(", "(?P<m2>", 1) +
    r"\b")
_FIGURES = re.compile(r"\b(cubes?|box(?:es)?|spheres?|hemispheres?|cylinders?|cones?|"
                      r"pyramids?|prisms?|circles?|squares?|rectangles?|triangles?|"
                      r"trapezoids?|parallelograms?|rhombus|sectors?|conical|cylindrical|"
                      r"spherical|hemispherical|cubical)\b")
# "a conical pile": the adjective names the figure as its noun would
_SHAPED = {"conical": "cone", "cylindrical": "cylinder", "spherical": "sphere",
           "hemispherical": "hemisphere", "cubical": "cube"}
_WORDS = {"twice": Fraction(2), "double": Fraction(2), "half": Fraction(1, 2),
          "one half": Fraction(1, 2), "one third": Fraction(1, 3),
          "one fourth": Fraction(1, 4), "one quarter": Fraction(1, 4),
          "equal to": Fraction(1), "the same as": Fraction(1)}


def _factor(m: re.Match[str], maths: list[str]) -> Fraction | None:
    word = m.group("factor")
    if word in _WORDS:
        return _WORDS[word]
    if m.group("times"):
        t = m.group("times")
        if t.startswith("@"):
            v = number(maths[int(t.strip("@"))])
            return Fraction(str(v)) if v is not None and v.is_Rational and v > 0 else None
        return Fraction(CARDINALS[t]) if t in CARDINALS and CARDINALS[t] > 1 else None
    if m.group("num"):  # "2/3 of its radius" split into two numbers
        p, q = (number(maths[int(m.group(g))]) for g in ("num", "den"))
        if p is None or q is None or not p.is_Integer or not q.is_Integer or p <= 0 or q <= 0:
            return None
        return Fraction(int(p), int(q))
    src = maths[int(m.group("pct"))]
    p = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*\\?%\s*", src)
    if p is None and "percent" not in m.group(0):  # "3/4 of the diameter": a fraction of it
        v = number(src)
        if v is None or not v.is_Rational or v.is_integer or not v.is_positive or not \
                re.search(r"@\d+@ of\b", m.group(0)):
            return None
        return Fraction(int(v.p), int(v.q))
    value = Fraction(p.group(1)) if p else Fraction(src.strip()) \
        if re.fullmatch(r"\s*\d+(?:\.\d+)?\s*", src) else None
    return value / 100 if value else None


def read_dimension_relation(split: Split, template: str) -> Result | None:
    text = template.lower()
    rels = list(_REL.finditer(text))
    if len(rels) != 1:
        return None
    m = rels[0]
    m1, m2 = m.group("m1"), m.group("m2")
    figures = {_SHAPED.get(f, f) for f in _FIGURES.findall(text)}
    if re.match(r" of\b", text[m.end():]) or len(figures) != 1:
        return None  # "twice the radius of the cylinder": a measure of another figure
    factor = _factor(m, split.maths)
    if m1 == m2 or factor is None or factor <= 0:
        return None
    rest = text[:m.start()] + " " + text[m.end():]
    told = {q: re.findall(rf"\b{q}(?: of (?:the|a|an|its) [a-z]+)?(?: of| is| =| measuring| "
                          rf"measures)? @(\d+)@", rest)
            for q in (m1, m2)}
    if told[m1] or len(told[m2]) != 1:
        return None
    value = number(split.maths[int(told[m2][0])])
    if value is None or not value.is_Rational or not value.is_positive:
        return None
    f = sp.Rational(factor.numerator, factor.denominator)
    new_v = value * f
    confirm.check(Fraction(str(new_v)) / factor == Fraction(str(value)),
                  "dividing back gives the number told")
    maths = [*split.maths, latex(new_v)]
    rewritten = text[:m.start()] + f"{m.group('first') or ''}{m1} of @{len(maths) - 1}@" + \
        text[m.end():]
    again_split = Split(rewritten, maths)
    slots = [m.group(g) for g in ("pct", "num", "den") if m.group(g)] + [
        t.strip("@") for t in [m.group("times") or ""] if t.startswith("@")]
    for slot in sorted((int(k) for k in slots), reverse=True):  # its numbers are used up
        again_split = without_slot(again_split.template, list(again_split.maths), slot)
    rewritten = again_split.template
    for reader in (read_solids, read_figure):
        try:
            got = reader(again_split, rewritten)
        except Decline:
            continue
        if got is not None:
            answer, steps = got
            said = f"{latex(f)} \\cdot {latex(value)} = {latex(new_v)}"
            first = step(f"the {m1} from the {m2}", f"The {m1} is ${latex(f)}$ times the {m2}.",
                         f"${said}$", said)
            return answer, [first, *steps]
    return None


__all__ = ["read_dimension_relation"]
