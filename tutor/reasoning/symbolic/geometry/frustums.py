"""Typed reader: a frustum (truncated cone or truncated square pyramid) told in words.

"A truncated cone has base radii 6 and 3 and height 4. What is its volume?", "A frustum of a
right circular cone has a lower base radius of 5 cm, an upper base radius of 2 cm and a slant
height of 5 cm; find its lateral surface area.", "A frustum of a square pyramid has base edges
10 and 4 and height 4. Find its volume."

Told: the two bases (radii, diameters, or base edges of a square pyramid), each once, and the
height (altitude) or the slant height. Asked: the volume, the lateral surface area, the total
surface area (both bases included), the slant height or the height. "The surface area" alone
declines naming both readings (with or without the bases). Equal bases are a cylinder or a
prism, not a frustum: declined.

Found by the closed formulas V = h(A + B + sqrt(AB))/3 and lateral area = pi (R + r) s (half
the perimeters times s for the pyramid). Confirmed independently by mpmath quadrature at 40
digits: the volume as stacked cross-sections, the lateral area as a surface of revolution (or
four trapezoidal faces integrated strip by strip).
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_wording import without_unread_drawing
from tutor.reasoning.symbolic.geometry.reading import (
    EXACT_FORM,
    each_told_once,
    number,
    unit_pieces_as_words,
    without_length_units,
)
from tutor.reasoning.symbolic.model import WHICH_MEANT, Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_N = r"@(\d+)@"
_IS = r"(?:of |is |measuring |equal to |= )?"
_CONE = re.compile(r"\b(?:truncated (?:right )?(?:circular )?cone|frustum of an? (?:right )?"
                   r"(?:circular )?cone|(?:conical|cone) frustum)\b")
_PYRAMID = re.compile(r"\b(?:truncated (?:right )?square pyramid|frustum of an? (?:right )?"
                      r"square pyramid|square(?:-based)? pyramid frustum)\b")
_BIG = r"(?:lower|larger|large|bigger|bottom)"
_SMALL = r"(?:upper|smaller|small|top)"
_BASE_WORD = {"radius": r"radius", "diameter": r"diameter", "edge": r"(?:edge|side)(?: length)?"}
_PLURAL = {"radius": r"radii", "diameter": r"diameters", "edge": r"(?:edges|sides)"}


def _told_patterns(kind: str) -> list[tuple[str, str]]:
    """(pattern, which base) for one kind of base measure: "radius", "diameter" or "edge"."""
    one, many = _BASE_WORD[kind], _PLURAL[kind]
    return [
        (rf"\b(?:an? |its |the )?{_BIG} base {one} {_IS}{_N}", "big"),
        (rf"\b(?:an? |its |the )?{_SMALL} base {one} {_IS}{_N}", "small"),
        (rf"\b(?:the )?{one} of (?:its |the )?{_BIG} base (?:is |of )?{_N}", "big"),
        (rf"\b(?:the )?{one} of (?:its |the )?{_SMALL} base (?:is |of )?{_N}", "small"),
        (rf"\b(?:horizontal )?(?:bases|ends|faces) (?:with|of) {many} {_N},? and {_N}", "two"),
        (rf"\b(?:its |the )?base {many} (?:are |of )?{_N},? and {_N}", "two"),
        (rf"\b(?:its |the )?{many} of (?:its |the )?(?:two )?bases (?:are )?{_N},? and {_N}",
         "two"),
    ]


# "the height of the frustum is 4": the solid named (or cut out as ";") after the measure
_OF_IT = r"(?:of (?:the |this |its )?\s*(?:;|frustum|solid)\s*)?"
_HEIGHT = [
    (rf"\b(?:an? |its |the )?slant height {_OF_IT}{_IS}{_N}",
     "s"),
    (rf"\b(?:an? |its |the )?(?<!slant )(?:height|altitude) {_OF_IT}"
     rf"{_IS}{_N}|\b{_N} (?:tall|high)\b", "h"),
]
_ASKS = [
    (r"\b(?:what is |find |compute )?(?:the |its )?lateral (?:surface )?area\b", "lateral"),
    (r"\b(?:what is |find |compute )?(?:the |its )?total surface area\b", "total"),
    (r"\b(?:what is |find |compute )?(?:the |its )?surface area\b", "surface"),
    (r"\b(?:what is |find |compute )?(?:the |its )?volume\b|\bhow many cubic (?:units|cm|inches|"
     r"feet|meters) (?:are )?in (?:the |its )?volume\b", "volume"),
    (r"\b(?:what is |find |compute )?(?:the |its )?slant height\b|\bhow long is (?:the |its )?"
     r"slant height\b", "s"),
    (r"\b(?:what is |find |compute )?(?:the |its )?(?<!slant )(?:height|altitude)\b|"
     r"\bhow (?:tall|high) is (?:it|the frustum)\b", "h"),
]
_GLUE = FILLER | frozenset(
    "truncated frustum right circular cone conical square square-based pyramid solid has with "
    "and horizontal bases base how many what find compute is of this it cubic units unit "
    "express your answer terms pi in simplest radical form".split())


def read_frustum(split: Split, template: str) -> Result | None:
    unread = without_unread_drawing(template)
    if unread is None:
        return None
    low = unit_pieces_as_words(unread, split.maths).lower()
    cone, pyramid = _CONE.search(low), _PYRAMID.search(low)
    if not cone and not pyramid:
        return None
    if cone and pyramid:
        raise Decline("one frustum, a cone's or a square pyramid's, is read")
    text, units = without_length_units(re.sub(EXACT_FORM, " ", low))
    if len(units - {"unit"}) > 1:
        raise Decline("one unit of length throughout")
    text = (_CONE if cone else _PYRAMID).sub(" ; ", text)
    asked = _asked(text)
    if asked is None:
        return None
    what, text = asked
    used: list[int] = []
    kinds = ("edge",) if pyramid else ("radius", "diameter")
    big, small, text = _bases(split, text, kinds, used)
    height, text = each_told_once(
        text, _HEIGHT, lambda slot: _value(split, slot, used),
        lambda name: f"the {'slant height' if name == 's' else 'height'} told once")
    if words(text) - _GLUE or re.search(r"@\d+@", text):
        return None
    if sorted(used) != sorted(int(k) for k in re.findall(_N, low)):
        raise Decline("every number told used once")
    if big is None or small is None:
        raise Decline("both bases of the frustum told")
    if len(height) != 1 or what in height:
        raise Decline("the height or the slant height told, the other asked or used")
    if what == "surface":
        raise Decline(f"{WHICH_MEANT}'the surface area' of a frustum may mean the lateral "
                      "surface alone or the lateral surface with both bases. Ask for the "
                      "lateral or the total surface area and solve again.")
    return _solve(what, big, small, height, pyramid=bool(pyramid))


def _asked(text: str) -> tuple[str, str] | None:
    """(what is asked, the text without it): the first thing asked in the last sentence (in
    "Find the height of a frustum with slant height 5" the height is asked, not the slant)."""
    sentences = re.split(r"(?<=[.?!])\s+", text.strip())
    last = sentences[-1]
    found = [(m.start(), k, m, what) for k, (pattern, what) in enumerate(_ASKS)
             if (m := re.search(pattern, last))]
    if not found:
        return None
    _, _, m, what = min(found, key=lambda f: (f[0], f[1]))
    rest = " ".join(sentences[:-1]) + " " + last[:m.start()] + " ; " + last[m.end():]
    return what, rest


def _bases(split: Split, text: str, kinds: tuple[str, ...], used: list[int]
           ) -> tuple[sp.Expr | None, sp.Expr | None, str]:
    told: dict[str, sp.Expr] = {}
    for kind in kinds:
        scale = sp.Rational(1, 2) if kind == "diameter" else sp.Integer(1)
        for pattern, which in _told_patterns(kind):
            for m in list(re.finditer(pattern, text)):
                values = [_value(split, g, used) * scale for g in m.groups() if g is not None]
                if which == "two":
                    if values[0] == values[1]:
                        raise Decline("two different bases (equal ones make a cylinder or prism)")
                    pairs = {"big": max(values), "small": min(values)}  # type: ignore[type-var]
                else:
                    pairs = {which: values[0]}
                for name, value in pairs.items():
                    if name in told:
                        raise Decline(f"the {name}ger base told once")
                    told[name] = value
            text = re.sub(pattern, " ; ", text)
    big, small = told.get("big"), told.get("small")
    if big is not None and small is not None and not big > small:
        raise Decline("the larger base larger than the smaller one")
    return big, small, text


def _value(split: Split, slot: str | None, used: list[int]) -> sp.Expr:
    if slot is None:
        raise Decline("a number expected")
    v = number(split.maths[int(slot)])
    if v is None or not v.is_positive:
        raise Decline("a positive length expected")
    used.append(int(slot))
    return sp.nsimplify(v)


def _solve(what: str, big: sp.Expr, small: sp.Expr, height: dict[str, sp.Expr], *,
           pyramid: bool) -> Result:
    gap = (big - small) / (2 if pyramid else 1)  # how far a slant edge leans out, across
    if "h" in height:
        h = height["h"]
        s = sp.sqrt(h**2 + gap**2)
    else:
        s = height["s"]
        if not s > gap:
            raise Decline("a slant height longer than the bases' difference")
        h = sp.sqrt(s**2 - gap**2)
    h, s = sp.nsimplify(sp.radsimp(h)), sp.nsimplify(sp.radsimp(s))
    area = (lambda x: x**2) if pyramid else (lambda x: sp.pi * x**2)
    lower, upper = area(big), area(small)
    perimeter_sum = 4 * (big + small) if pyramid else 2 * sp.pi * (big + small)
    lateral = sp.simplify(perimeter_sum * s / 2)
    values = {"h": h, "s": s, "lateral": lateral, "total": sp.simplify(lateral + lower + upper),
              "volume": sp.simplify(h * (lower + upper + sp.sqrt(lower * upper)) / 3)}
    value = values[what]
    _confirm(big, small, h, values, pyramid=pyramid)
    shape = "square pyramid" if pyramid else "cone"
    size = "base edges" if pyramid else "base radii"
    steps = [step("the frustum's height and slant height", "Across, a slant edge leans out by "
                  f"{'half ' if pyramid else ''}the difference of the {size}; the height, that "
                  "lean and the slant height make a right triangle.",
                  f"$h = {latex(h)}$, $s = {latex(s)}$", latex(s if what != "h" else h))]
    if what == "volume":
        steps.append(step("the volume", "A frustum of bases A and B and height h has volume "
                          "$\\frac{h}{3}(A + B + \\sqrt{AB})$ (the whole " + shape +
                          " less the small one cut off).",
                          f"$\\frac{{{latex(h)}}}{{3}}({latex(lower)} + {latex(upper)} + "
                          f"\\sqrt{{{latex(lower * upper)}}}) = {latex(value)}$", latex(value)))
    elif what in ("lateral", "total"):
        steps.append(step("the lateral surface", "The lateral surface is half the sum of the "
                          "bases' perimeters times the slant height.",
                          f"$\\frac{{1}}{{2}}({latex(perimeter_sum)}) \\cdot {latex(s)} = "
                          f"{latex(lateral)}$", latex(lateral)))
        if what == "total":
            steps.append(step("the total surface", "The lateral surface and both bases.",
                              f"${latex(lateral)} + {latex(lower)} + {latex(upper)} = "
                              f"{latex(value)}$", latex(value)))
    return value, steps


def _confirm(big: sp.Expr, small: sp.Expr, h: sp.Expr, values: dict[str, sp.Expr], *,
             pyramid: bool) -> None:
    """Volume and lateral area integrated again along the height (mpmath, 40 digits)."""
    with mpmath.workdps(40):
        b, t, H = (mpmath.mpf(sp.N(x, 45)) for x in (big, small, h))

        def size(z: mpmath.mpf) -> mpmath.mpf:  # the radius (or edge) at height z
            return b + (t - b) * z / H
        lean = (t - b) / H / (2 if pyramid else 1)
        if pyramid:
            volume = mpmath.quad(lambda z: size(z) ** 2, [0, H])
            lateral = 4 * mpmath.quad(lambda z: size(z) * mpmath.sqrt(1 + lean**2), [0, H])
        else:
            volume = mpmath.quad(lambda z: mpmath.pi * size(z) ** 2, [0, H])
            lateral = mpmath.quad(lambda z: 2 * mpmath.pi * size(z) * mpmath.sqrt(1 + lean**2),
                                  [0, H])
        slant = mpmath.sqrt(H**2 + (H * lean) ** 2)
        bases = (b**2 + t**2) if pyramid else mpmath.pi * (b**2 + t**2)
        again = {"volume": volume, "lateral": lateral, "total": lateral + bases, "s": slant,
                 "h": H}
        ok = all(abs(again[k] - mpmath.mpf(sp.N(v, 45))) < mpmath.mpf(10) ** -25
                 for k, v in values.items())
    confirm.check(bool(ok), "the frustum's volume and lateral surface integrated along its height")


__all__ = ["read_frustum"]
