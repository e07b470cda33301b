"""Typed reader: the greatest (or least) value of a quantity that a story gives by a
quadratic formula - the greatest height of something thrown, the largest profit or revenue,
the least cost.

"A ball's height in feet $t$ seconds after it is kicked is $h(t) = -16t^2 + 48t + 4$. What is
the greatest height the ball reaches?", "The height (in meters) of a stone is given by
$-5t^2 + 30t + 2$, where $t$ is the time in seconds. How high does the stone go?", "A
company's profit in dollars from selling $x$ items is $P(x) = -2x^2 + 80x - 300$. What is the
maximum profit?".

The extreme value of a quadratic is at its vertex $-b/(2a)$: a greatest value needs $a < 0$,
a least one $a > 0$. The vertex must lie where the story lives: at a time, or a number of
items, that is not negative; anything but a height must peak at a whole number (a count of
items), or the reader declines, since the best whole count may then miss the vertex. A
height must also be above the ground there. Every other number in a height story must be the
starting height or speed the formula shows (`height_times`); a profit story may hold no
other number. Confirmed by the vertex form matching the quadratic and by samples on both
sides of the vertex never beating it (`vertex_questions.confirm_vertex`).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.algebra.expressions import final_value, shown
from tutor.reasoning.symbolic.algebra.height_times import (
    height_formula,
    story_agrees,
    story_sentences,
)
from tutor.reasoning.symbolic.algebra.vertex_questions import confirm_vertex
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_MAX = r"maximum|greatest|highest|largest|max|biggest"
_MIN = r"minimum|least|lowest|smallest|min"
_QUANTITY = r"(?P<q>height|profit|revenue|income|cost)"
_NOUN = (r"(?:toy )?(?:ball|projectile|object|rock|stone|rocket|arrow|package|apple|coin|"
         r"diver|penny|football|baseball|softball|golf ball|company|store|firm|business|"
         r"factory|shop|bakery)")
_THING = r"(?:(?:the|this|a|its) )?" + _NOUN
_OWNER = r"(?:(?:the|its|the " + _NOUN + r"'s) )?"
_ASK = re.compile(
    r"^(?:(?:what is|what will be|find|determine|compute|give) )?" + _OWNER
    + r"(?:(?P<most>" + _MAX + r")|(?P<least>" + _MIN + r")) (?:possible )?" + _QUANTITY
    + r"(?: \((?:in )?[a-z]+\))?"
    r"(?: (?:of|for|reached by|attained by|made by|earned by) " + _THING
    + r"| (?:that |which )?(?:" + _THING + r"|it) (?:can |will )?(?:reaches|reach|attains|"
    r"attain|makes|make|earns|earn|gets to|rises to)| reached)?"
    r"(?:,? in (?:feet|meters|metres|dollars))?\s*[?.]?$")
_HOW_HIGH = re.compile(r"^how high (?:does|will|can|would|did) (?:" + _THING + r"|it) "
                       r"(?:go|get|rise|fly|climb|travel)(?:,? in (?:feet|meters|metres))?"
                       r"\s*[?.]?$")
_UNITS = {"feet": "ft", "foot": "ft", "ft": "ft", "meters": "m", "metres": "m",
          "dollars": "$"}
_NAMED = re.compile(r"^\s*[A-Za-z](?:_\{?\w+\}?)?\s*(?:\(\s*(?P<arg>[a-z])\s*\))?\s*=(?!.*=)")
_VOCAB = frozenset(
    "equation formula expression describes describe gives give given by models model height "
    "in feet foot ft meters metres of ball projectile object rock stone rocket arrow package "
    "apple coin diver penny football baseball softball golf toy thrown throws throw launched "
    "launch tossed shot fired kicked hit upward upwards up straight from at per second "
    "seconds above ground where time after cliff building tower roof top bridge water sea "
    "level platform its initial velocity speed with moving it is the path parabolic travels "
    "follows profit profits revenue income cost costs dollars selling sells sold producing "
    "produces produced making makes made items item units unit widgets number company store "
    "firm business factory shop bakery daily weekly monthly each week day month".split())
_ASK_WORDS = frozenset(
    "what will be find determine compute give possible reached reaches reach attains attain "
    "attained earned earn earns can gets get rises rise to which that how high does go fly "
    "climb would did".split()) | set((_MAX + "|" + _MIN).split("|"))


def read_peak_value(split: Split, template: str) -> Result | None:
    tmpl = template.lower().strip()
    said = story_sentences(tmpl)
    if len(said) < 2:
        return None
    q = _ASK.match(said[-1])
    high = _HOW_HIGH.match(said[-1])
    if q is None and high is None:
        return None
    w = {x.removesuffix("'s") for x in words(tmpl)}
    counted = set(re.findall(r"@\d+@ ([a-z]+)", tmpl))  # "selling $x$ cakes"
    if w - FILLER - _VOCAB - _ASK_WORDS - counted - {c for c in w if len(c) == 1}:
        return None
    quantity = q.group("q") if q else "height"
    most = high is not None or q is not None and q.group("most") is not None
    story = words(" ".join(said[:-1]))
    if quantity not in story:
        raise Decline(f"the formula is said to give the {quantity}")
    asked = {_UNITS[u] for u in words(said[-1]) if u in _UNITS}
    if asked and not asked <= {_UNITS[u] for u in story if u in _UNITS}:
        raise Decline("the unit asked is not the story's")
    formulas = [(i, f) for i, src in enumerate(split.maths)
                if (f := _formula(src)) is not None]
    if len(formulas) != 1:
        raise Decline("one quadratic formula")
    k, (e, t) = formulas[0]
    if sp.degree(e, t) != 2:
        raise Decline("a quadratic formula")
    if quantity == "height":
        story_agrees(split, said[:-1], k, t, final_value(e.subs(t, 0)),
                     final_value(sp.diff(e, t).subs(t, 0)))
    elif any(i != k and parse_latex(src) != t for i, src in enumerate(split.maths)):
        raise Decline("a number in the story beside the formula")
    return _peak(e, t, quantity, most)


def _formula(src: str) -> tuple[sp.Expr, sp.Symbol] | None:
    """`h(t) = ...`, `P = ...` or a bare polynomial of degree 1 or 2 in one letter."""
    named = _NAMED.match(src)
    if named is None:
        return height_formula(src)
    got = height_formula(src[named.end():])
    if got is None or named.group("arg") and named.group("arg") != str(got[1]):
        return None
    return got


def _peak(e: sp.Expr, t: sp.Symbol, quantity: str, most: bool) -> Result:
    p = sp.Poly(e, t)
    a, b = p.coeff_monomial(t**2), p.coeff_monomial(t)
    if (a < 0) != most or quantity == "height" and not most:
        raise Decline(f"this {quantity} has no {'greatest' if most else 'least'} value")
    at = final_value(-b / (2 * a))
    value = final_value(e.subs(t, at))
    if at < 0 or quantity == "height" and not value > 0:
        raise Decline("the vertex is outside the story")
    if quantity != "height" and not at.is_integer:
        raise Decline("a count of items at the vertex that is not whole")
    confirm_vertex(e, t, at, value, "max" if most else "min")
    best = "greatest" if most else "least"
    lead = f"\\left({latex(a)}\\right)" if a < 0 else latex(a)
    worked = f"-\\frac{{{latex(b)}}}{{2 \\cdot {lead}}} = {latex(at)}"
    claim = f"{shown(e, {t: at})} = {latex(value)}"
    return value, [
        step("the vertex", f"The {quantity} is a quadratic in ${latex(t)}$ with its "
             f"{best} value at the vertex of its parabola, ${latex(t)} = -\\frac{{b}}{{2a}}$.",
             f"${latex(t)} = {worked}$", worked),
        step(f"the {best} {quantity}", "Put the vertex into the formula.", f"${claim}$",
             claim)]


__all__ = ["read_peak_value"]
