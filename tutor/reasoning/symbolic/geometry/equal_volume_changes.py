"""Typed reader: a cylinder (or cone) whose radius raised by one amount gives the same volume
as its height raised by another; the original height (radius) told, the other asked.

"Increasing either the radius or the height of a cylinder by 3 inches gives the same volume.
The original height is 1 inch. What is the original radius?", "Increasing the radius of a
cylinder by 2 gives the same volume as increasing its height by 5 ...", "Increasing the
radius by 3 units increases the volume by y cubic units. Increasing the height by 3 units also
increases the volume by y cubic units ...", "A cone's volume is the same whether its radius or
its height is increased by 8 ...".

Both solids share the factor π (π/3 for a cone), so h(r + a)² = r²(h + b). For the radius
asked this is -b·r² + 2ah·r + a²h = 0, whose two roots have a negative product: exactly one
positive radius; for the height asked it is linear. Every word must be read: a decrease, a
surface area, a missing original measure or any other statement declines. Confirmed
independently: the two changed solids' volumes are computed again from their formulas at the
answer, numerically to 30 digits, and found equal and larger than the original."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import LENGTH_UNITS, number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_N = r"(?P<n>\d+(?:\.\d+)?|\\frac\{\d+\}\{\d+\})(?!\s*(?:\\?%|percent|times))"
_K = r"(?:a |the )?(?:right )?(?:circular )?(?:cylinder|cone)(?:'s)?"
_UP = r"(?:increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing))"
_BOTH = [re.compile(p) for p in (
    # "increasing either the radius or (increasing) the height of a cylinder by 3"
    rf"(?:either )?{_UP} (?:either )?(?:the |its )?radius(?: of {_K})? or (?:{_UP} )?(?:the |its )?"
    rf"height(?: of {_K})? by {_N}",
    # "its radius or (its) height is increased by 8"
    rf"(?:whether )?(?:the |its )?radius or (?:the |its )?height (?:is )?{_UP} by {_N}",
)]
_ONE = [re.compile(p) for p in (
    rf"(?:{_UP} |whether )?(?:the |its )(?P<m>radius|height)(?: of {_K})?(?: is {_UP})? by {_N}",
    rf"{_UP} (?:the |its )?(?P<m>radius|height)(?: of {_K})? by {_N}",
)]
_SAME = re.compile(
    r"\b(?:gives?|giving|results? in|resulting in|will result in|you get|get|yields?) the same "
    r"volume(?: as)?\b|\bvolume(?: of (?:a |the )?(?:right )?(?:circular )?(?:cylinder|cone))? "
    r"(?:is|stays|remains) (?:the same|unchanged)\b|\bthe same volume\b")
_BY_Y = re.compile(r"\b(?:also )?(?:increases?|raises?) (?:the|its) volume (?:of the (?:cylinder|"
                   r"cone) )?by "
                   r"(?P<y>[a-z])\b(?: cubic (?:units?|inches|feet|meters|centimeters|cm|m|ft|"
                   r"in)\b)?")
_KNOWN = re.compile(
    r"(?:the |its )?original (?P<m>radius|height)(?: of the (?:cylinder|cone))? (?:is |was |= )?"
    rf"{_N}|(?:the |its )(?P<m2>radius|height) is (?P<n2>\d+(?:\.\d+)?) to (?:start|begin with)|"
    r"\b(?:a|the) (?:cylinder|cone) has (?:a )?(?P<m3>radius|height)(?: of)? (?P<n3>\d+(?:\.\d+)?)")
_ASK = re.compile(r"(?:^|[,.;] )(?:then )?(?:what (?:is|was) |find |compute |determine |"
                  r"calculate )(?:the |its )?(?:original )?(?P<m>radius|height)"
                  r"(?: of the (?:cylinder|cone))?(?: in [a-z]+)?\s*\??$")
_GLUE = frozenset("a an the of is its it and or either if you also to by in same volume "
                  "increasing increase increased increases gives give results result will "
                  "whether cubic original right circular cylinder cone start with raising raise "
                  "raises raised unchanged has".split())


def _plain(split: Split, template: str) -> str:
    text = re.sub(r"@(\d+)@", lambda m: f" {split.maths[int(m.group(1))]} ", template)
    text = " ".join(text.replace("$", " ").replace("'s ", " ").lower().split())
    text = re.sub(rf"(\d) (?:square |cubic )?(?:{LENGTH_UNITS})\b", r"\1", text)
    return re.sub(r" (?=[,.;:])", "", text).rstrip(" .")


def read_equal_volume_change(split: Split, template: str) -> Result | None:
    low = template.lower()
    if "radius" not in low or "height" not in low or not re.search(r"\b(?:cylinder|cone)", low):
        return None
    text = _plain(split, template)
    ask = _ASK.search(text)
    if ask is None or not (_SAME.search(text) or len(_BY_Y.findall(text)) == 2):
        return None
    rest = text[:ask.start()] + " "
    kinds = set(re.findall(r"\b(cylinder|cone)s?\b", text))
    if len(kinds) != 1:
        raise Decline("one cylinder or one cone")
    amounts: dict[str, sp.Expr] = {}
    for pattern in _BOTH:
        for m in list(pattern.finditer(rest)):
            for measure in ("radius", "height"):
                _tell(amounts, measure, m.group("n"))
            rest = rest.replace(m.group(0), " ; ", 1)
    for pattern in _ONE:
        for m in list(pattern.finditer(rest)):
            _tell(amounts, m.group("m"), m.group("n"))
            rest = rest.replace(m.group(0), " ; ", 1)
    known = list(_KNOWN.finditer(rest))
    if set(amounts) != {"radius", "height"} or len(known) != 1:
        raise Decline("the radius's and the height's increases and one original measure told")
    told = known[0].group("m") or known[0].group("m2") or known[0].group("m3")
    value = _value(known[0].group("n") or known[0].group("n2") or known[0].group("n3"))
    asked = ask.group("m")
    if told == asked:
        raise Decline("the measure asked is the one told")
    rest = rest.replace(known[0].group(0), " ; ")
    ys = set(_BY_Y.findall(rest))
    if len(ys) > 1:
        raise Decline("two different increases of the volume")
    rest = _BY_Y.sub(" ; ", _SAME.sub(" ; ", rest))
    left = set(re.findall(r"[a-z0-9]+", rest)) - _GLUE
    if left or re.search(r"[%\\]", rest):
        raise Decline(f"words about the solid that are not read: {sorted(left)}")
    return _solve(kinds.pop(), amounts["radius"], amounts["height"], told, value)


def _value(src: str) -> sp.Expr:
    v = number(src)
    if not isinstance(v, sp.Expr) or not v.is_positive:
        raise Decline("a positive length expected")
    return sp.nsimplify(v)


def _tell(amounts: dict[str, sp.Expr], measure: str, src: str) -> None:
    if measure in amounts:
        raise Decline(f"the {measure}'s increase told twice")
    amounts[measure] = _value(src)


def _solve(kind: str, a: sp.Expr, b: sp.Expr, told: str, value: sp.Expr) -> Result:
    r, h = sp.symbols("r h", positive=True)
    equation = sp.Eq(h * (r + a) ** 2, r**2 * (h + b))
    unknown = r if told == "height" else h
    known = {h: value} if told == "height" else {r: value}
    roots = [s for s in sp.solve(equation.subs(known), unknown) if s.is_positive]
    if len(roots) != 1:
        raise Decline("the told measures give no single positive answer")
    answer = sp.nsimplify(sp.radsimp(roots[0]))
    at = {**known, unknown: answer}
    factor = sp.pi if kind == "cylinder" else sp.pi / 3
    with mpmath.workdps(30):
        rr, hh = (mpmath.mpf(sp.N(at[s], 40)) for s in (r, h))
        c = mpmath.mpf(sp.N(factor, 40))
        wide, tall, before = c * (rr + a) ** 2 * hh, c * rr**2 * (hh + b), c * rr**2 * hh
        confirm.check(abs(wide - tall) < mpmath.mpf(10) ** -20 * wide and wide > before,
                      "the two changed solids' volumes computed again are equal and larger")
    formula = "\\pi r^2 h" if kind == "cylinder" else "\\frac{1}{3}\\pi r^2 h"
    steps = [
        step("equal volumes", f"The {kind}'s volume is ${formula}$; the radius raised by "
             f"{latex(a)} and the height raised by {latex(b)} give the same volume, and the "
             "common factor cancels.",
             f"${latex(equation.subs(known))}$"),
        step("positive root", "Only a positive length is a "
             f"{'radius' if unknown == r else 'height'}.",
             f"${latex(unknown)} = {latex(answer)}$", latex(answer)),
    ]
    return answer, steps
