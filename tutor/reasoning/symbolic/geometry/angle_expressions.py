"""Typed reader: two angles written as expressions in one letter and related by what they are.

"Two supplementary angles measure $(2x + 20)^\\circ$ and $(3x - 40)^\\circ$. What is $x$?",
"Two parallel lines are cut by a transversal. Two alternate interior angles measure
$(3x + 10)^\\circ$ and $(5x - 30)^\\circ$. What is the measure of each angle?", "Two vertical
angles measure ... What is the value of $x$?". Supplementary angles, a linear pair and
same-side (consecutive) interior angles add up to 180 degrees, complementary angles to 90;
vertical, alternate interior, alternate exterior, corresponding and congruent angles are
equal. The equation is linear in the letter; both angles must come out between 0 and 180
degrees. Asked: the letter, the measure of each (equal) angle, or the larger / smaller one.
Confirmed by putting the letter back into both expressions and the relation in exact
fractions."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_SUM = {"supplementary": 180, "complementary": 90, "linear pair": 180,
        "same-side interior": 180, "same side interior": 180, "consecutive interior": 180,
        "co-interior": 180}
_EQUAL = ("vertical", "alternate interior", "alternate exterior", "corresponding", "congruent",
          "vertically opposite")
_KIND = r"(" + "|".join(sorted([*_SUM, *_EQUAL], key=len, reverse=True)) + r")"
_PAIR = re.compile(r"\b(?:two |a pair of |the )?" + _KIND + r" angles (?:measure|have measures|"
                   r"are|have measures of|measure respectively) @(\d+)@(?: degrees)? and "
                   r"@(\d+)@(?: degrees)?")
PARALLEL_LINES = re.compile(r"\b(?:two )?parallel lines (?:are )?(?:cut|crossed|intersected) by a "
                    r"transversal\b|\blines @\d+@ and @\d+@ are parallel\b")
_ASK = re.compile(r"\b(?:what is|find) (?:the value of @(\d+)@|@(\d+)@|the measure of (each|"
                  r"the larger|the smaller|either) angle|the (larger|smaller) angle)(?![a-z])")
_GLUE = FILLER | frozenset("degrees in of the angle angles".split())
_DEG = re.compile(r"\^\s*\{?\s*\\circ\s*\}?")


# "two angles form a linear pair. one measures (2x + 20) degrees and the other (3x + 10)"
_ONE_OTHER = re.compile(r"\btwo angles (?:form|are) (?:a )?" + _KIND + r"(?: angles)?[.,;]? "
                        r"(?:and )?(?:one|the first) (?:of them )?(?:measures|is|has measure) "
                        r"(@\d+@)(?: degrees)?,? and the (?:other|second)(?: measures| is| one)? "
                        r"(@\d+@)(?: degrees)?")


def read_angle_expressions(split: Split, template: str) -> Result | None:
    template = _ONE_OTHER.sub(r"two \1 angles measure \2 and \3", template)
    pair = _PAIR.search(template)
    ask = _ASK.search(template)
    if pair is None or ask is None:
        return None
    kind = pair.group(1)
    rest = template.replace(pair.group(0), " ").replace(ask.group(0), " ")
    lines = PARALLEL_LINES.search(rest)
    if lines:
        rest = rest.replace(lines.group(0), " ")
    elif kind in ("alternate interior", "alternate exterior", "corresponding",
                  "same-side interior", "same side interior", "consecutive interior",
                  "co-interior"):
        raise Decline("angles made by a transversal are related only when the lines are "
                      "parallel")
    left = words(rest) - _GLUE
    if left or re.search(r"@\d+@", rest):
        raise Decline(f"words the angle reader does not read: {sorted(left)[:3]}")
    first, second = (_angle(split.maths[int(pair.group(k))]) for k in (2, 3))
    letters = first.free_symbols | second.free_symbols
    if len(letters) != 1:
        raise Decline("two angles in one letter")
    t = letters.pop()
    eq = sp.Eq(first + second, _SUM[kind]) if kind in _SUM else sp.Eq(first, second)
    sols = sp.solve(eq, t)
    if len(sols) != 1 or not sols[0].is_Rational:
        raise Decline("the relation fixes the letter")
    v = sols[0]
    a, b = first.subs(t, v), second.subs(t, v)
    if not all(0 < m < 180 for m in (a, b)):
        raise Decline("each angle between 0 and 180 degrees")
    confirm.check(eq.subs(t, v) is sp.true and (a + b == _SUM[kind] if kind in _SUM else a == b),
                  "the letter put back gives angles in the stated relation")
    if ask.group(1) or ask.group(2):
        asked = split.maths[int(ask.group(1) or ask.group(2))].strip()
        if asked != str(t):
            raise Decline("the letter of the angles is asked")
        value = v
    elif (ask.group(3) or "") in ("each", "either"):
        if a != b:
            raise Decline("each angle asked, but the two differ")
        value = a
    else:
        which = ask.group(3) or ask.group(4)
        if a == b:
            raise Decline("the two angles are equal: no larger one")
        value = max(a, b) if "larger" in which else min(a, b)
    relation = f"{latex(first)} + {latex(second)} = {_SUM[kind]}" if kind in _SUM else \
        f"{latex(first)} = {latex(second)}"
    return value, [
        step("write the relation", f"{kind.capitalize()} angles "
             f"{'add up to ' + str(_SUM[kind]) + ' degrees' if kind in _SUM else 'are equal'}.",
             f"${relation}$", relation),
        step("solve for the letter", "A linear equation.", f"${latex(t)} = {latex(v)}$; the "
             f"angles are ${latex(a)}$ and ${latex(b)}$", f"{latex(t)} = {latex(v)}"),
        step("the asked value", "Read it off.", f"${latex(value)}$", latex(value))]


def _angle(src: str) -> sp.Expr:
    e = parse_latex(_DEG.sub("", src).strip())
    if not isinstance(e, sp.Expr) or len(e.free_symbols) > 1 or not e.is_polynomial() or (
            e.free_symbols and sp.degree(e, *e.free_symbols) > 1):
        raise Decline("an angle written as a linear expression in one letter")
    return sp.expand(e)


__all__ = ["PARALLEL_LINES", "read_angle_expressions"]
