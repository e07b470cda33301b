"""Typed reader: one isosceles triangle told in words, unnamed; its angles, sides, perimeter,
area or height to the base.

"In an isosceles triangle one of the base angles is 35 degrees: how large is the vertex
angle?", "An isosceles triangle has an angle of 110 degrees; what is its smallest angle?",
"Two sides of an isosceles triangle are 5 cm and 12 cm: find its perimeter.", "The perimeter
of an isosceles triangle is 40 and its base is 10: how long is each of the equal sides?". The
triangle is its legs L, its base b and its base angle B (the vertex angle is 180 - 2B). An
angle told without saying which is the vertex angle only when it is 90 degrees or more (a base
angle is acute); two different sides told without saying which is the base give the third side
only when one choice breaks the triangle inequality. Every word is read: an unknown one
declines. Confirmed by building the triangle in coordinates (base on the x-axis, apex above its
midpoint) and measuring every stated fact and the asked value there at 30 digits."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_question_words import one_unit_in
from tutor.reasoning.symbolic.geometry.isosceles_relations import angle_relations
from tutor.reasoning.symbolic.geometry.reading import EXACT_FORM, number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_DEG = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:\^\s*\{?\s*\\circ\s*\}?)?\s*")
L, BASE, ANGLE = sp.symbols("L b B", positive=True)  # legs, base, base angle (degrees)
VERTEX = 180 - 2 * ANGLE
_N = r"@(\d+)@(?: degrees)?"
_IS = r"(?:is|measures|measure|has a measure of|is equal to|of|=|measuring|equals)"
_UNIT = r"(?: (?:units?|cm|centimeters|inches|feet|meters|m|mm|yards))?"
_EQUAL = r"(?:equal|congruent)"
# (pattern, what it gives): "base" -> B, "vertex" -> 180 - 2B, "angle" -> either,
# "legs" -> L, "base_side" -> b, "two_sides" -> a pair, "perimeter", "area"
_FACTS: list[tuple[str, str]] = [
    (r"(?:one of (?:the|its) |each |a |one |either |the |its |both )?base angles? (?:each )?"
     r"(?:(?:are|measure) (?:each |both )?|" + _IS + r" )" + _N + r"(?: each)?", "base"),
    (r"(?:one of the |an |each )?angles? opposite (?:an|one of the|the|each) " + _EQUAL +
     r" sides? (?:is |measures )" + _N, "base"),
    (r"(?:the |its )?(?:vertex angle|angle (?:between|formed by) (?:the|its) (?:two )?" + _EQUAL +
     r" sides|angle opposite (?:the|its) base) " + _IS + r" " + _N, "vertex"),
    (r"(?:has |with )?(?:one|an) (?:of (?:its|the) )?angles? " + _IS + r" " + _N, "angle"),
    (r"(?:has |with )?(?:two )?(?:" + _EQUAL + r" sides|legs) (?:each )?(?:of length |are |measure"
     r" |measuring |of )(?:each )?@(\d+)@" + _UNIT + r"(?: long)?(?: each)?", "legs"),
    # "two sides of length 10 and a base of 12": one length for the two sides, the equal ones
    (r"(?:has |with )?two sides (?:each )?(?:of length |measuring |of )@(\d+)@" + _UNIT +
     r"(?: long)?(?: each)?(?! and @)(?= and (?:a|the|its) base\b)", "legs"),
    (r"(?:each of (?:the|its) (?:two )?" + _EQUAL + r" sides|each leg) (?:is|measures|has length) "
     r"@(\d+)@" + _UNIT + r"(?: long)?", "legs"),
    (r"(?:has |with )?(?:a |the |its )?base (?:of length |is |measures |of |has length )"
     r"@(\d+)@" + _UNIT + r"(?: long)?", "base_side"),
    (r"(?:has )?two (?:of its )?sides (?:are |of length |measure |measuring |have lengths |of "
     r"lengths? |with lengths )@(\d+)@" + _UNIT + r" and @(\d+)@" + _UNIT + r"(?: long)?",
     "two_sides"),
    (r"(?:the |its |a )?perimeter (?:is |of |measures |equals )@(\d+)@" + _UNIT, "perimeter"),
]
_ASKED: list[tuple[str, str]] = [
    (r"(?:the )?(?:measure of )?(?:the |its )?(?:vertex angle|angle (?:between|formed by) the "
     r"(?:two )?" + _EQUAL + r" sides|angle opposite the base)", "vertex"),
    (r"(?:the )?(?:measure of )?(?:each of )?(?:one of )?(?:the |its |each |a )?base angles?",
     "base"),
    (r"(?:the )?(?:measure of )?(?:one of )?(?:the |its |the triangle's )?(largest|smallest) "
     r"angles?",
     "extreme"),
    (r"(?:the |its )?perimeter", "perimeter"),
    (r"(?:the |its )?area", "area"),
    (r"(?:the |its )?(?:length of )?(?:the |its )?third side", "third"),
    (r"(?:the )?(?:length of )?(?:each of )?(?:the |its )?(?:two )?(?:" + _EQUAL + r" sides|legs)"
     r"|(?:the )?(?:length of )?each (?:leg|of the " + _EQUAL + r" sides|" + _EQUAL + r" side)",
     "legs"),
    (r"(?:the )?(?:length of )?(?:the |its )?(?:altitude|height) (?:to|drawn to|on) the base",
     "height"),
    (r"(?:the )?(?:length of )?(?:the |its )?base", "base_side"),
]
_FILLER = frozenset("in an a the isosceles triangle triangle's what is are of measure degrees how "
                    "many number if and has its it units unit cm centimeters inches feet meters m "
                    "mm yards long length square find determine compute calculate".split())
_TOKEN = re.compile(r"@\d+@|[a-z']+|\d+")


def read_isosceles_story(split: Split, template: str) -> Result | None:
    if "isosceles triangle" not in template:
        return None
    one_unit_in(template)  # sides in inches, area in square feet
    text = re.sub(r"\[asy\].*?(?:\[/asy\]|$)", " ", template, flags=re.S)
    text = re.sub(EXACT_FORM + r"[.?]?|,? in (?:square )?(?:degrees|units|cm|"
                  r"centimeters|inches|feet|meters)\b", " ", text)
    if len(re.findall(r"\btriangles?\b(?!')", text)) != text.count("isosceles triangle") or \
            text.count("isosceles triangle") != 1:
        return None
    text = re.sub(r"\b(?:(?:in|of|for) )?(?:an|the|this) isosceles triangle\b,?", " ", text)
    text = re.sub(r"\s+", " ", text)
    asks = list(re.finditer(r"\b(?:what|find|determine|compute|calculate|how)\b", text))
    if not asks:
        return None
    facts, question = text[:asks[-1].start()], text[asks[-1].start():]
    maths = split.maths
    eqs: list[tuple[sp.Expr, str]] = []
    pairs: list[tuple[sp.Expr, sp.Expr]] = []
    facts = angle_relations(facts, maths, ANGLE, eqs)
    for pattern, what in _FACTS:
        def read(m: re.Match[str], w: str = what) -> str:
            return _fact(m, w, maths, eqs, pairs)
        facts = re.sub(r"\b" + pattern + r"(?![a-z])", read, facts)
    asked: list[str] = []
    for pattern, what in _ASKED:
        if not asked and re.search(r"\b" + pattern + r"\b", question):
            extreme = re.search(r"(largest|smallest) angle", question)
            asked.append(extreme.group(1) if what == "extreme" and extreme else what)
            question = re.sub(r"\b" + pattern + r"\b", " ", question, count=1)
    leftover = [w for w in _TOKEN.findall(facts + " " + question) if w not in _FILLER]
    if leftover or not asked:
        raise Decline(f"the words {' '.join(leftover[:3])} are not read")
    return _solve(eqs, pairs, asked[0])


def _degrees(src: str) -> sp.Expr:
    m = _DEG.fullmatch(src)
    if m is None:
        raise Decline("an angle that is not a number of degrees")
    return sp.nsimplify(m.group(1))


def _length(src: str) -> sp.Expr:
    v = number(src)
    if v is None or not v.is_positive:
        raise Decline("a length that is not a positive number")
    return sp.nsimplify(v)


def _fact(m: re.Match[str], what: str, maths: list[str], eqs: list[tuple[sp.Expr, str]],
          pairs: list[tuple[sp.Expr, sp.Expr]]) -> str:
    piece = maths[int(m.group(1))]
    if what in ("base", "vertex", "angle"):
        v = _degrees(piece)
        if not 0 < v < 180:
            raise Decline("an angle of a triangle is between 0 and 180 degrees")
        if what == "angle" and v < 90:
            raise Decline("an acute angle may be the vertex angle or a base angle")
        vertex = what != "base"
        half = f"\\frac{{180 - {latex(v)}}}{{2}} = {latex((180 - v) / 2)}"
        eqs.append((VERTEX - v, f"the vertex angle is ${latex(v)}^\\circ$, so each base angle "
                    f"is ${half}$") if vertex else
                   (ANGLE - v, f"a base angle is ${latex(v)}^\\circ$"))
    elif what == "legs":
        v = _length(piece)
        eqs.append((L - v, f"each equal side is ${latex(v)}$"))
    elif what == "base_side":
        v = _length(piece)
        eqs.append((BASE - v, f"the base is ${latex(v)}$"))
    elif what == "perimeter":
        v = _length(piece)
        eqs.append((2 * L + BASE - v, f"the perimeter $2L + b$ is ${latex(v)}$"))
    else:
        pairs.append((_length(piece), _length(maths[int(m.group(2))])))
    return " "


def _value(what: str) -> sp.Expr:
    height = sp.sqrt(L ** 2 - BASE ** 2 / 4)
    return {"vertex": VERTEX, "base": ANGLE, "largest": sp.Max(VERTEX, ANGLE),
            "smallest": sp.Min(VERTEX, ANGLE), "perimeter": 2 * L + BASE,
            "area": BASE * height / 2, "legs": L, "base_side": BASE, "height": height,
            "third": BASE}[what]


def _solve(eqs: list[tuple[sp.Expr, str]], pairs: list[tuple[sp.Expr, sp.Expr]],
           asked: str) -> Result:
    if len(pairs) > 1 or pairs and eqs:
        raise Decline("two pairs of sides, or sides told twice")
    if pairs:  # the equal sides are one of the two lengths: the other is the base
        a, c = pairs[0]
        if a == c:
            raise Decline("two equal sides do not say the base")
        fits = [(leg, base) for leg, base in ((a, c), (c, a)) if 2 * leg > base]
        if len(fits) != 1:
            raise Decline("either length may be the base")
        leg, base = fits[0]
        eqs = [(L - leg, f"of the sides ${latex(a)}$ and ${latex(c)}$ the equal ones are "
                f"${latex(leg)}$, since two sides of ${latex(base)}$ would break the triangle "
                f"inequality "
                f"(${latex(base)} + {latex(base)} \\le {latex(leg)}$)"), (BASE - base, "")]
        if asked == "third":
            asked = "legs"
    elif asked == "third":
        raise Decline("a third side needs two sides told")
    target = _value(asked)
    unknowns = sorted(target.free_symbols | set().union(*(e.free_symbols for e, _ in eqs)),
                      key=str)
    sols = sp.solve([e for e, _ in eqs], unknowns, dict=True)
    values = {sp.simplify(target.subs(s)) for s in sols}
    if len(values) != 1:
        raise Decline("the facts do not fix the asked measure")
    value = values.pop()
    if value.free_symbols or not value.is_positive:
        raise Decline("the facts do not fix the asked measure")
    sol = sols[0]
    if ANGLE in sol and not 0 < sol[ANGLE] < 90 or L in sol and BASE in sol and \
            not 2 * sol[L] > sol[BASE]:
        raise Decline("no isosceles triangle has these measures")
    _confirm(eqs, sol, asked, value)
    told = "; ".join(what for _, what in eqs if what)
    formula = {"vertex": "180^\\circ - 2B", "base": "B", "largest": "\\max(180^\\circ - 2B, B)",
               "smallest": "\\min(180^\\circ - 2B, B)", "perimeter": "2L + b",
               "area": "\\frac{1}{2} b \\sqrt{L^2 - \\frac{b^2}{4}}", "legs": "L",
               "base_side": "b", "height": "\\sqrt{L^2 - \\frac{b^2}{4}}"}[asked]
    found = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in sol.items())
    claim = f"{_worked(asked, sol)} = {latex(value)}"
    return value, [
        step("name the parts", "An isosceles triangle has two equal sides $L$ (the legs), a "
             "base $b$, two equal base angles $B$ and a vertex angle $180^\\circ - 2B$.",
             f"The facts: {told}."),
        step("solve for the parts", "Write each fact as an equation and solve.", f"${found}$",
             found),
        step("compute the asked measure", f"It is ${formula}$.", f"${claim}$", claim)]


def _worked(asked: str, sol: dict) -> str:
    """The asked formula with the parts put in, unevaluated."""
    b, leg, angle = (latex(sol[s]) if s in sol else "" for s in (BASE, L, ANGLE))
    root = f"\\sqrt{{{leg}^2 - \\frac{{{b}^2}}{{4}}}}"
    return {"vertex": f"180 - 2 \\cdot {angle}", "base": angle,
            "largest": f"\\max(180 - 2 \\cdot {angle}, {angle})",
            "smallest": f"\\min(180 - 2 \\cdot {angle}, {angle})",
            "perimeter": f"2 \\cdot {leg} + {b}",
            "area": f"\\frac{{1}}{{2}} \\cdot {b} \\cdot {root}",
            "legs": leg, "base_side": b, "height": root}[asked]


def _confirm(eqs: list[tuple[sp.Expr, str]], sol: dict, asked: str, value: sp.Expr) -> None:
    """Base from (-b/2, 0) to (b/2, 0), apex (0, h): sides by distances, angles by acos, at
    30 digits; any part the facts leave free is given two sizes."""
    ok = True
    with mpmath.workdps(30):
        for size in (mpmath.mpf(3), mpmath.mpf(7)):
            base_angle = mpmath.mpf(str(sp.N(sol[ANGLE], 30))) if ANGLE in sol else None
            if base_angle is None and L in sol and BASE in sol:
                ratio = mpmath.mpf(str(sp.N(sol[BASE] / (2 * sol[L]), 30)))
                base_angle = mpmath.degrees(mpmath.acos(ratio))
            if base_angle is None:
                base_angle = mpmath.mpf(50)
            b = mpmath.mpf(str(sp.N(sol[BASE], 30))) if BASE in sol else None
            leg = mpmath.mpf(str(sp.N(sol[L], 30))) if L in sol else None
            if b is None:
                b = 2 * (leg or size) * mpmath.cos(mpmath.radians(base_angle))
            h = b / 2 * mpmath.tan(mpmath.radians(base_angle))
            left, right, apex = (-b / 2, 0), (b / 2, 0), (mpmath.mpf(0), h)
            side = mpmath.hypot(apex[0] - left[0], apex[1])
            at_base = mpmath.degrees(mpmath.atan2(apex[1], apex[0] - left[0]))
            dx = [(p[0] - apex[0], p[1] - apex[1]) for p in (left, right)]
            at_apex = mpmath.degrees(mpmath.acos((dx[0][0] * dx[1][0] + dx[0][1] * dx[1][1]) /
                                                 (side * side)))
            measured = {L: side, BASE: b, ANGLE: at_base}
            ok &= mpmath.almosteq(side, mpmath.hypot(right[0] - apex[0], apex[1]), 1e-20)
            for e, _ in eqs:
                got = e.subs({s: sp.Float(str(measured[s]), 30) for s in e.free_symbols})
                ok &= abs(float(got)) < 1e-15
            area = b * h / 2
            got = {"vertex": at_apex, "base": at_base, "largest": max(at_apex, at_base),
                   "smallest": min(at_apex, at_base), "perimeter": 2 * side + b, "area": area,
                   "legs": side, "base_side": b, "height": h}[asked]
            ok &= mpmath.almosteq(got, mpmath.mpf(str(sp.N(value, 30))), 1e-20)
    confirm.check(bool(ok), "the triangle built in coordinates has every stated measure and "
                            "the asked one")


__all__ = ["read_isosceles_story"]
