"""Typed reader: short word problems about one plane or solid figure.

"A circle has a circumference of $12\\pi$. What is its area?", "The volume of a cube is
64 cubic inches; find its surface area.", "Each interior angle of a regular polygon
measures 150 degrees. How many sides does it have?": one figure (`figure_measures`), each
number bound to the quantity named just before it, and one quantity left unbound: the one
asked. The dimensions are solved for (positive; a polygon's side count a whole number at
least 3) and the asked measure must come out as one number. A second figure, a diagram,
a number with no quantity before it or any other word declines. Confirmed by putting the
dimensions back into every stated measure numerically."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.geometry import figure_measures as fm
from tutor.reasoning.symbolic.geometry import figure_wording as fw
from tutor.reasoning.symbolic.geometry.figure_binding import (
    bind,
    circle_measures,
    figure,
    outer_first,
    trapezoid_words,
)
from tutor.reasoning.symbolic.geometry.figure_question_words import (
    EDGE_SUM,
    NORMAL,
    QUICK,
    TOKEN,
    VOCAB,
    one_unit,
)
from tutor.reasoning.symbolic.geometry.figure_unknowns import (
    asked_letter,
    equal_measures,
    letter_steps,
    letter_value,
)
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within


def _shown(e: sp.Expr, values: dict) -> str:
    """The formula with the numbers put in, a dot in every product and brackets only
    where needed: "\\pi \\cdot 6^{2}"."""
    return shown(e, values, mul_symbol="dot")


def _right_triangle_sides(template: str) -> str:
    """"find the hypotenuse if the legs are 8 and 15": only a right triangle has them; "the
    missing side" of a right triangle is the other leg when the hypotenuse and a leg are told,
    the hypotenuse when both legs are."""
    if not QUICK.search(template) and {"hypotenuse", "legs"} <= words(template):
        template = re.sub(r"\bhypotenuse\b", "hypotenuse of a right triangle", template, count=1)
    if not re.search(r"\bright triangle\b", template):
        return template
    hypotenuse = re.search(r"\bhypotenuse (?:of (?:a|the) right triangle )?(?:is|of|=|measures) @",
                           template) and re.search(r"\bleg\b", template)
    legs = re.search(r"\blegs (?:are|of|measure) @\d+@ and @", template)
    told = "other leg" if hypotenuse else "hypotenuse" if legs else None
    if told is None:
        return template
    return re.sub(r"\b(?:missing|third|unknown|remaining) side\b", told, template)


def read_figure(split: Split, template: str) -> Result | None:
    template = _right_triangle_sides(template)
    if not QUICK.search(template) or EDGE_SUM.search(template):
        return None
    template = re.sub(r"\b(?:the|its) two (legs|diagonals|bases)\b", r"the \1", template)
    # "the altitude ... if the corresponding base is 30": a triangle's base and its altitude
    template = re.sub(r"\bcorresponding (?=base\b|altitude\b|height\b)", "", template)
    template = re.sub(r"\b(?:(?:the|a) )?(?:region|ring) between (?:the )?two concentric "
                      r"circles\b", "the annulus", template)  # a ring
    split, template = fw.spelled_numbers(split, template)  # ("two" there is no value)
    template = fw.degree_arcs(split.maths, template)
    one_unit(words(template))  # before the wording drops units ("80 m long and 50 ft wide")
    template = fw.normal(template)
    template, equal = equal_measures(template)  # "its area and perimeter are equal"
    template, letter, positive = asked_letter(split, template)  # "... what is $x$?"
    w = words(template)
    if not w & set(fm.FIGURE_WORDS) or "diagram" in w or "[asy]" in template:
        return None
    if not words_within(template, VOCAB):
        return None
    one_unit(w)
    text = template
    for pattern, repl in NORMAL:
        text = re.sub(pattern, repl, text)
    tokens = TOKEN.findall(text)
    if {"times", "more", "than", "greater", "larger"} & set(tokens):
        raise Decline("a relation between two measures that is not read")
    if {"inscribed_angle", "central_angle"} <= set(tokens):  # on one arc? not said
        raise Decline("whether the inscribed and the central angle stand on one arc")
    kind, word = figure(tokens)
    if re.search(r"\bspace diagonals?\b", template) and kind not in ("cube", "box"):
        raise Decline("a space diagonal of a figure that is no solid")  # a hexagon's?
    if word == "triangle" and {"base", "height"} & set(tokens) and not w & {"regular"}:
        kind = "triangle_base"  # "a triangle with base 10 and height 4"
    table = dict(fm.FIGURES[kind])
    if kind == "sector":  # "A circle has an area of 36 pi": the circle's, not the sector's
        tokens = circle_measures(tokens)
    if kind == "rectangle":  # "a rectangle with sides 5 and 12": its length and width
        tokens = ["sides_pair" if t == "sides" else t for t in tokens]
    if kind != "polygon":
        tokens = ["side" if t == "sides" else "edge" if t == "edges" else t for t in tokens]
    if word in fm.POLYGON_SIDES and "regular" in w:  # its area and circles, from its side
        table |= fm.REGULAR_MEASURES
    one_side = kind == "rectangle" and "side" in tokens
    if one_side:  # "one side is 6": either side, so only what is the same for both is asked
        if {"length", "width"} & set(tokens) or tokens.count("side") > 1:
            raise Decline("which side of the rectangle is told is not clear")
        tokens = ["length" if t == "side" else t for t in tokens]
    if kind in fm.NO_LENGTH:  # "legs of length 3 and 4": a word between a measure and numbers
        table.pop("length", None)
        tokens = [t for t in tokens if t not in ("length", "lengths")]
    pairs = {"legs": ("leg", "other_leg")}
    if kind == "isosceles_triangle":  # its two legs are one length; only the base's altitude
        pairs = {}
        tokens = ["leg" if t == "legs" else t for t in tokens]
        if re.search(r"\b(?:altitude|height)s? (?:drawn |dropped )?(?:to|on|onto|from|upon) "
                     r"(?!(?:the|its) base\b)", template):
            raise Decline("an altitude of an isosceles triangle other than the base's")
    if kind in ("square", "rectangle"):  # its two diagonals are equal
        tokens = ["diagonal" if t == "diagonals" else t for t in tokens]
    if kind == "rectangle":
        pairs["sides_pair"] = ("length", "width")
    if kind == "annulus":  # "radii 3 and 5": the larger is the outer circle's
        pairs["radii"] = ("outer_radius", "inner_radius")
    if kind in ("rhombus", "kite"):
        pairs["diagonals"] = ("diagonal", "other_diagonal")
    if kind == "trapezoid":  # "bases 6 and 10", "parallel sides of 6 and 10"
        pairs = {"bases": ("base", "other_base")}
        tokens = trapezoid_words(tokens)
    bound, unbound = bind(split, tokens, set(table), pairs)
    if kind == "annulus":
        bound = outer_first(bound, "radii" in tokens)
    if equal and not {equal[0], equal[1]} <= set(table):
        raise Decline("equal measures the figure does not have")
    same = [sp.Eq(table[equal[0]], table[equal[1]])] if equal else []
    if letter is not None:
        return _letter_asked(kind, table, bound, unbound, letter, positive, same)
    asked = set(unbound)
    if len(asked) != 1 or not (bound or same or word in fm.POLYGON_SIDES):
        raise Decline("one measure asked and at least one given expected")
    target = asked.pop()
    if one_side and sp.simplify(table[target] - table[target].subs(
            {fm.ln: fm.w, fm.w: fm.ln}, simultaneous=True)) != 0:
        raise Decline("the asked measure depends on which side of the rectangle is told")
    if any(q == target for q, _ in bound):
        raise Decline("the measure asked is one of those given")
    regular = "regular" in w or word in ("square", "cube")
    if kind == "polygon" and (target in fm.NEEDS_REGULAR or any(
            q in fm.NEEDS_REGULAR for q, _ in bound)) and not regular:
        raise Decline("the measure of one angle or side needs a regular polygon")
    eqs = [sp.Eq(table[q], v) for q, v in bound] + same
    if len(set().union(*(v.free_symbols for _q, v in bound))) > 1:
        raise Decline("more than one unknown letter")
    if word in fm.POLYGON_SIDES:
        eqs.append(sp.Eq(fm.n, fm.POLYGON_SIDES[word]))
    unknowns = sorted(set().union(*(e.free_symbols for e in eqs)) | table[target].free_symbols,
                      key=str)
    sols = sp.solve(eqs, unknowns, dict=True)
    if same:  # a figure's dimensions are positive (s^2 = 4s also holds at s = 0)
        sols = [s for s in sols if all(v.is_positive for v in s.values())]
    if kind == "polygon":
        sols = [s for s in sols if s.get(fm.n, 3).is_integer and s.get(fm.n, 3) >= 3]
    answers = {sp.nsimplify(sp.simplify(table[target].subs(s))) for s in sols}
    if len(answers) != 1:
        raise Decline("the measures do not fix the answer")
    value = answers.pop()
    if value.free_symbols or not value.is_positive:
        raise Decline("the measures do not fix the answer")
    sol = next(s for s in sols if sp.nsimplify(sp.simplify(table[target].subs(s))) == value)
    if fm.t in sol and not 0 < sol[fm.t] <= 360 or target == "central_angle" and value > 360:
        raise Decline("a central angle is at most a full turn")
    _confirm(eqs, sol, table[target], value, fm.identities(kind, table))
    return value, _steps(eqs, sol, table[target], target, value)


def _letter_asked(kind: str, table: dict, bound: list, unbound: list[str], letter: sp.Symbol,
                  positive: bool, same: list[sp.Eq]) -> Result:
    """Every number bound to a measure, some told in the letter: solve for the letter."""
    told = [v for _q, v in bound]
    if unbound or not any(letter in v.free_symbols for v in told) or any(
            v.free_symbols - {letter} for v in told):
        raise Decline("every measure told, in the one letter asked")
    eqs = [sp.Eq(table[q], v) for q, v in bound] + same
    unknowns = sorted(set().union(*(e.free_symbols for e in eqs)), key=str)
    value, sol = letter_value(letter, sp.solve(eqs, unknowns, dict=True), told, positive)
    _confirm(eqs, sol, letter, value, fm.identities(kind, table))
    return value, letter_steps(eqs, letter, value)


def _confirm(eqs: list[sp.Eq], sol: dict, formula: sp.Expr, value: sp.Basic,
             facts: list[sp.Expr]) -> None:
    point = {k: sp.N(v, 30) for k, v in sol.items()}

    def near(x: sp.Basic, y: sp.Basic) -> bool:
        xv, yv = sp.N(x.subs(point), 30), sp.N(y.subs(point), 30)
        return bool(xv.is_number and yv.is_number and abs(xv - yv) < 1e-20 * max(1, abs(yv)))

    ok = all(near(e.lhs, e.rhs) for e in eqs) and near(formula, value)
    confirm.check(ok, "the dimensions found give every stated measure when substituted")
    facts = [f for f in facts if f.free_symbols <= set(point)]  # not in a dimension left free
    if facts:
        confirm.check(all(near(f, sp.Integer(0)) for f in facts), "the circle radii and "
                      "altitudes agree with the area and sides by a second route")


def _steps(eqs: list[sp.Eq], sol: dict, formula: sp.Expr, target: str,
           value: sp.Basic) -> list[Step]:
    steps: list[Step] = []
    dims = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in sol.items())
    # A measure given directly (`r = 3`) needs no solving: showing it as `(3) = 3` says nothing.
    checks = [f"{_shown(e.lhs, sol)} = {latex(e.rhs)}" for e in eqs
              if e.lhs.free_symbols and not e.lhs.is_Symbol]
    if checks:
        steps.append(step("find the dimensions", "Write each given measure with the figure's "
                          f"formula and solve: ${dims}$.", "; ".join(f"${c}$" for c in checks),
                          checks[0]))
    if target == "exterior_sum":  # the same for every convex polygon
        sides = next((v for k, v in sol.items() if str(k) == "n"), None)
        claim = "" if sides is None else \
            f"180 \\cdot {latex(sides)} - 180 \\cdot ({latex(sides)} - 2) = {latex(value)}"
        return [step("pair each exterior angle with its interior one", "At each corner the "
                     "two add to 180°; take away the interior angles' sum.",
                     f"${claim}$" if claim else
                     f"The exterior angles add up to ${latex(value)}^\\circ$.", claim)]
    claim = f"{_shown(formula, sol)} = {latex(value)}"
    steps.append(step(f"compute the {target.replace('_', ' ')}", "Put the dimensions into "
                      f"the formula ${latex(formula)}$.", f"${claim}$", claim))
    return steps


__all__ = ["read_figure"]
