"""Typed reader: two similar figures of any shape, or one figure with every dimension scaled.

"Two similar triangles have areas in the ratio 4:25. The altitude of the smaller one is 6.
How long is the corresponding altitude of the larger one?", "Two similar cones have volumes of
8 and 27; the radius of the smaller is 4: find the radius of the larger.", "A 3-liter jug has
all of its dimensions doubled. How many liters does the new jug hold?": the larger figure is
the smaller one scaled by k > 1, so each length is k times, each area k^2 times and each
volume k^3 times the smaller's. Only measures of one kind (a side, a height, an area ...) are
compared with themselves; a measure known for one figure only, or a shape's own geometry (the
legs from the hypotenuse), declines. Confirmed by recomputing the answer from the scale factor
found a second way (from the asked measure's own ratio, in exact fractions)."""

from __future__ import annotations

import re
from fractions import Fraction

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_question_words import one_unit_in
from tutor.reasoning.symbolic.geometry.figure_wording import spelled_numbers
from tutor.reasoning.symbolic.geometry.reading import EXACT_FORM, number
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

# each measure and its degree: lengths scale by k, areas by k^2, volumes by k^3
DEGREE = {"side": 1, "height": 1, "perimeter": 1, "hypotenuse": 1, "leg": 1, "base": 1,
          "radius": 1, "diameter": 1, "circumference": 1, "edge": 1, "width": 1, "length": 1,
          "median": 1, "diagonal": 1, "shortest_side": 1, "longest_side": 1, "area": 2,
          "surface_area": 2, "volume": 3}
_Q = r"(" + "|".join(sorted(DEGREE, key=len, reverse=True)) + r")"
_FIGURES = (r"(?:triangles?|rectangles?|squares?|polygons?|pentagons?|hexagons?|octagons?|"
            r"quadrilaterals?|trapezoids?|parallelograms?|figures?|shapes?|solids?|cones?|"
            r"cylinders?|pyramids?|prisms?|boxes|box|cubes?|spheres?|containers?|jugs?|jars?|"
            r"tanks?|ones?)")
_U = (r"(?:square |cubic )?(?:units?|inches|inch|feet|foot|centimeters?|meters?|cm|m|mm|"
      r"yards?|miles?|liters?|gallons?|quarts?|pints?|cups?|ounces?)")
_REWRITES: list[tuple[str, str]] = [
    (EXACT_FORM + r"[.?!]?", " "),
    (r",? in " + _U + r",?", " "),
    (r"\bsurface area\b", "surface_area"),
    # "a similarity ratio of 2:3", "a scale factor of 3:5": the ratio of their sides
    (r"\b(?:(?:a|the|their) )?(?:similarity ratio|ratio of similarity|scale factor)\b",
     "sides"),
    (r"\baltitudes\b|\bheights\b", "heights_plural"),
    (r"\baltitude\b", "height"),
    (r"\b(shortest|longest) sides?\b", r"\1_side"),
    (r"\b(sides|edges|legs|bases|radii|diameters|perimeters|areas|volumes|hypotenuses|medians|"
     r"diagonals|widths|lengths|circumferences)\b",
     r"\1_plural"),
    (r"\bcorresponding\b", ""),
    # "sides of length 3 and 5": the two sides' lengths
    (r"\b(sides|edges|legs|bases|heights)_plural (?:of |with )?(?:lengths?|measuring)\b",
     r"\1_plural"),
    # the figures ("the small one", "the big cone": the smaller, the larger)
    (r"\bthe small(?= " + _FIGURES + r"\b)", "the smaller"),
    (r"\bthe big(?= " + _FIGURES + r"\b)", "the larger"),
    (r"\b(?:the )?(smaller|larger|first|second|bigger|new|original)(?: " + _FIGURES + r")?\b",
     r"fig_\1"),
    (r"@(\d+)@ ?: ?@(\d+)@|@(\d+)@ to @(\d+)@", r"ratio_\1\3_\2\4"),
    # "an 8-gallon jug", "a two-liter bottle": its volume
    (r"\b(?:a|an) @(\d+)@ ?-? ?(?:liter|gallon|quart|pint|cup|ounce) (?:[a-z]+)\b",
     r"fig_original with volume @\1@"),
    (r"\b(?:has |had |with )?(?:all|each|every) (?:of )?(?:its |the )?dimensions? "
     r"(?:is |are |was |were )?(doubled|tripled|quadrupled|halved)\b", r"scaled_\1"),
    (r"\bhow (?:many|much) [a-z]* ?(?:does|do|will|can|would) fig_new hold\b",
     "what is the volume of fig_new"),
    (r"\bhow long is\b", "what is"),
]
_PLURAL = {"sides": "side", "edges": "edge", "legs": "leg", "bases": "base", "radii": "radius",
           "diameters": "diameter", "perimeters": "perimeter", "areas": "area",
           "volumes": "volume", "hypotenuses": "hypotenuse", "medians": "median",
           "diagonals": "diagonal", "widths": "width", "lengths": "length",
           "circumferences": "circumference", "heights": "height"}
_TOKEN = re.compile(r"@\d+@|[a-z0-9_]+|[.?!]")
_IGNORED = frozenset("a an the of is are was were has have had with its their two and if what "
                     "find how many much in ratio respectively that whose one it each square "
                     "cubic units unit inches inch feet foot cm centimeters centimeter meters "
                     "meter m mm yards yard".split())
_SCALED = {"doubled": Fraction(2), "tripled": Fraction(3), "quadrupled": Fraction(4),
           "halved": Fraction(1, 2)}


def read_similar(split: Split, template: str) -> Result | None:
    if not re.search(r"\bsimilar\b|\bdimensions? (?:is |are |was |were )?(?:doubled|tripled|"
                     r"quadrupled|halved)\b", template):
        return None
    one_unit_in(template)  # "... square cm ... in square mm": convert
    split, template = spelled_numbers(split, template)
    maths = split.maths
    text = re.sub(r"@(\d+)@ (?=(?:similar )?" + _FIGURES + r"\b)",  # "two similar cones"
                  lambda m: "" if maths[int(m.group(1))].strip() == "2" else m.group(0), template)
    for pattern, repl in _REWRITES:
        text = re.sub(pattern, repl, text)
    text = re.sub(r"\b(similar|scaled_[a-z]+) " + _FIGURES + r"\b", r"\1", text)
    text = re.sub(r"\b" + _FIGURES + r" (?:are|is) similar\b", "similar", text)
    pairs = {"fig_smaller", "fig_larger", "fig_bigger"} | {"fig_first", "fig_second"} | {
        "fig_original", "fig_new"}
    figs = set(re.findall(r"\bfig_[a-z]+", text)) & pairs
    if not figs or len({f.split("_")[1] in ("smaller", "larger", "bigger") for f in figs}) > 1:
        raise Decline("the two similar figures are not told apart")
    return _solve(split, text.replace("fig_bigger", "fig_larger"))


def _solve(split: Split, text: str) -> Result:
    small = "fig_original" if "fig_original" in text or "fig_new" in text else \
        "fig_first" if "fig_first" in text or "fig_second" in text else "fig_smaller"
    known: dict[tuple[str, str], Fraction] = {}  # (measure, figure) -> value
    pis: dict[str, bool] = {}  # measure -> its values are told as multiples of pi
    ratios: dict[str, Fraction] = {}  # measure -> larger / smaller
    factor: Fraction | None = None
    asked: list[tuple[str, str | None]] = []
    pending: list = []  # [measure, figure, plural]
    seen_ask, subject, last = False, None, ""
    for tok in _TOKEN.findall(text):
        if tok.startswith("fig_") and last in ("and", "or") and pending and pending[1] not in (
                None, tok):  # "the area of the larger and the smaller": two figures asked
            raise Decline("one measure of two figures")
        last = tok
        if tok in (".", "?", "!"):
            subject = None
        if tok in ("what", "find") or tok == "how":
            seen_ask = True
        plural = tok.endswith("_plural")
        name = _PLURAL.get(tok.removesuffix("_plural"), tok.removesuffix("_plural"))
        if name in DEGREE:
            if pending and seen_ask:
                asked.append((pending[0], pending[1]))
            elif pending and not pending[2]:
                raise Decline("a measure without its value")
            pending = [name, None, plural]
        elif tok.startswith("fig_"):
            if pending and pending[1] is None:
                pending[1] = tok
            subject = tok
        elif tok.startswith("ratio_"):
            a, b = (_value(split, int(i)) for i in tok[6:].split("_"))
            if not pending or not pending[2] or a == b:
                raise Decline("a ratio without the measures it compares")
            ratios[pending[0]] = max(a, b) / min(a, b) if small == "fig_smaller" else b / a
            pending = []
        elif tok.startswith("scaled_"):
            factor = _SCALED[tok[7:]]
        elif tok.startswith("@") and ":" in split.maths[int(tok.strip("@"))]:  # "1:4"
            a, b = (_fraction(p) for p in split.maths[int(tok.strip("@"))].split(":"))
            if not pending or not pending[2] or a == b:
                raise Decline("a ratio without the measures it compares")
            ratios[pending[0]] = max(a, b) / min(a, b) if small == "fig_smaller" else b / a
            pending = []
        elif tok.startswith("@"):
            if not pending:
                raise Decline("a number without the measure it gives")
            v = _measure_value(split.maths[int(tok.strip("@"))], pending[0], pis)
            if pending[2]:  # "areas of 6 and 150": one each
                pending.append(v)
                if len(pending) == 5:
                    a, b = pending[3], pending[4]
                    if a == b:
                        raise Decline("equal measures do not tell the figures apart")
                    ratios[pending[0]] = max(a, b) / min(a, b) if small == "fig_smaller" else b / a
                    known[(pending[0], small)] = min(a, b) if small == "fig_smaller" else a
                    pending = []
                continue
            pending[1] = pending[1] or subject
            if pending[1] is None:
                raise Decline("which figure's measure is given is not clear")
            known[(pending[0], pending[1])] = v
            pending = []
        elif tok not in _IGNORED and tok not in ("similar", ".", "?", "!"):
            raise Decline(f"the word '{tok}' is not one the similar-figures reader knows")
    if pending and seen_ask:
        asked.append((pending[0], pending[1]))
    return _answer(known, ratios, factor, asked, small, pis)


def _value(split: Split, i: int) -> Fraction:
    return _fraction(split.maths[i])


def _measure_value(src: str, measure: str, pis: dict[str, bool]) -> Fraction:
    """A measure's value, a positive rational or one times pi ("32\\pi"); every value of one
    measure alike, so pi cancels from their ratio and multiplies the answer."""
    v = number(src)
    has_pi = v is not None and v.has(sp.pi)
    if has_pi:
        v = sp.nsimplify(v / sp.pi)
    if pis.setdefault(measure, has_pi) != has_pi:
        raise Decline("one measure told with pi for one figure and without for the other")
    return _fraction(str(v) if v is not None else src) if has_pi else _fraction(src)


def _fraction(src: str) -> Fraction:
    v = number(src)
    if v is None or not v.is_Rational or not v.is_positive:
        raise Decline("a positive number for each measure")
    return Fraction(int(v.p), int(v.q))


def _answer(known: dict, ratios: dict, factor: Fraction | None, asked: list, small: str,
            pis: dict[str, bool]) -> Result:
    large = {"fig_smaller": "fig_larger", "fig_first": "fig_second",
             "fig_original": "fig_new"}[small]
    for (m, fig), v in known.items():  # a measure known for both figures gives a ratio too
        other = known.get((m, large if fig == small else small))
        if fig == small and other is not None:
            ratios.setdefault(m, other / v)
    scales = {sp.Rational(r.numerator, r.denominator) ** sp.Rational(1, DEGREE[m])
              for m, r in ratios.items()} | ({sp.Rational(factor.numerator,
                                                         factor.denominator)} if factor else set())
    if len(scales) != 1:
        raise Decline("the figures' ratios do not give one scale factor")
    k = scales.pop()
    if len(asked) != 1 or asked[0][1] not in (small, large):
        raise Decline("one measure of one of the figures asked expected")
    m, fig = asked[0]
    base_fig = small if fig == large else large
    if (m, base_fig) not in known or (m, fig) in known:
        raise Decline("the asked measure is not known for the other figure")
    b = known[(m, base_fig)]
    unit = sp.pi if pis.get(m) else sp.Integer(1)
    base = sp.Rational(b.numerator, b.denominator) * unit
    value = sp.radsimp(base * k ** DEGREE[m] if fig == large else base / k ** DEGREE[m])
    # again, in 40-digit decimals: one given ratio raised to (asked degree / its degree)
    given, r = next(iter(ratios.items())) if ratios else ("", factor)
    if r is None:
        raise Decline("no ratio of the figures")
    with mpmath.workdps(40):
        own = mpmath.mpf(r.numerator) / r.denominator
        power = mpmath.mpf(DEGREE[m]) / (DEGREE[given] if given else 1)
        again = mpmath.mpf(b.numerator) / b.denominator * own ** (power if fig == large
                                                                   else -power)
        again *= mpmath.pi if pis.get(m) else 1
        ok = abs(again - mpmath.mpf(str(sp.N(value, 45)))) < mpmath.mpf(10) ** -30 * again
    confirm.check(ok, "the answer recomputed in decimals from a given ratio of the figures")
    return value, _steps(m, k, base, value, fig == large)


def _steps(m: str, kk: sp.Expr, b: sp.Expr, answer: sp.Expr, up: bool) -> list[Step]:
    d = DEGREE[m]
    power = f"k^{{{d}}}" if d > 1 else "k"
    claim = (f"{latex(b)} \\cdot {latex(kk ** d)} = {latex(answer)}" if up else
             f"\\frac{{{latex(b)}}}{{{latex(kk ** d)}}} = {latex(answer)}")
    return [step("find the scale factor", "Similar figures: every length of the larger is k "
                 "times the smaller's, every area k^2 times and every volume k^3 times.",
                 f"The scale factor is $k = {latex(kk)}$.", f"k = {latex(kk)}"),
            step(f"scale the {m.replace('_', ' ')}", f"A {m.replace('_', ' ')} scales by "
                 f"${power}$.", f"${claim}$", claim)]


__all__ = ["DEGREE", "read_similar"]
