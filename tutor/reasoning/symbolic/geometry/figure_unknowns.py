"""A figure whose measures are told in an unknown, and the unknown asked: "A rectangle has
length $x + 5$ and width $x - 1$. If its area is 27, what is $x$?", "The base of a triangle
is $x + 2$ and its height is $2x$; its area is 24. Find $x$.", "A square has side length
$2y + 1$ and area 49. What is $y$?".

`asked_letter` takes the question about the letter off the text (with a sign told of it:
"if $y > 0$", "given that $x$ is positive"), so `figure_questions` binds every other number
to its measure as usual; `letter_value` then keeps the solutions where every told measure
is a positive number (a length, area or angle), and the letter's value must be one.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.model import Decline, implication_step, latex, step
from tutor.reasoning.symbolic.parsing import Split

_ASKED = re.compile(r"(?:^|(?<=[.?!;]) |,? )(?:then )?(?:what is|find|determine|compute|solve for"
                    r"|what must be) (?:the value of )?@(?P<k>\d+)@"
                    r"(?:,? (?:if|given that|where|assuming) (?:@(?P<s>\d+)@|@(?P<p>\d+)@ is "
                    r"positive))?\s*[.?]?\s*$")
_POSITIVE = re.compile(r"\s*([A-Za-z])\s*>\s*0\s*")


_MEASURE = r"(area|perimeter|circumference)"
_UNITS_SAID = r"(?: \(in [a-z ]+\)| in [a-z ]+)?"
# "has area and perimeter of equal value", "its area and perimeter are equal", "its area is
# numerically equal to its perimeter": two measures of the figure with one value
_EQUAL = [re.compile(r",? (?:and )?(?:that )?(?:it )?(?:has|have) (?:an? |the )?" + _MEASURE
                     + r" and (?:an? |the )?" + _MEASURE + r" (?:of|with) (?:equal|the same) "
                     r"(?:numerical )?values?"),
          re.compile(r",? (?:(?:and |such that |so that |where |if )?(?:its|the)|whose) " + _MEASURE
                     + _UNITS_SAID + r" and (?:its |the )?" + _MEASURE + _UNITS_SAID
                     + r" (?:are|have) (?:numerically )?(?:equal|the same|the same value)"
                     r"(?: in value)?"),
          re.compile(r",? (?:(?:and |such that |so that |where |if )?(?:its|the)|whose) " + _MEASURE
                     + _UNITS_SAID + r" (?:is )?(?:numerically )?(?:equal to|equals|the same as)"
                     r" (?:its|the) " + _MEASURE + _UNITS_SAID)]


# "The area and the perimeter of a square of side $s$ are equal.": the figure told inside
_EQUAL_LEAD = re.compile(r"the " + _MEASURE + r" and (?:the )?" + _MEASURE + r" of (an? [^.?]+?)"
                         r" (?:are|have) (?:numerically )?(?:equal|the same)(?: value)?(?=[.,;])")


def equal_measures(template: str) -> tuple[str, tuple[str, str] | None]:
    """The template without a clause saying two measures of the figure are equal, and the
    two measures (None when there is no such clause)."""
    lead = _EQUAL_LEAD.match(template)
    if lead is not None and lead.group(1) != lead.group(2):
        return lead.group(3) + template[lead.end():], (lead.group(1), lead.group(2))
    for pattern in _EQUAL:
        m = pattern.search(template)
        if m is not None and m.group(1) != m.group(2):
            rest = template[:m.start()] + template[m.end():]
            return re.sub(r"\s+([.,?])", r"\1", rest).strip(), (m.group(1), m.group(2))
    return template, None


def asked_letter(split: Split, template: str) -> tuple[str, sp.Symbol | None, bool]:
    """The template without a closing question about one letter, the letter (None when
    the question is about a measure, or is not this kind) and whether the letter is said to
    be positive."""
    m = _ASKED.search(template)
    if m is None:
        return template, None, False
    name = split.maths[int(m.group("k"))].strip()
    if not re.fullmatch(r"[A-Za-z]", name):
        return template, None, False
    positive = False
    if m.group("s"):
        sign = _POSITIVE.fullmatch(split.maths[int(m.group("s"))])
        if sign is None or sign.group(1) != name:  # another condition: not this kind
            return template, None, False
        positive = True
    if m.group("p"):
        if split.maths[int(m.group("p"))].strip() != name:
            return template, None, False
        positive = True
    others = [p for i, p in enumerate(split.maths) if f"@{i}@" not in m.group(0)]
    if not any(re.search(rf"(?<![A-Za-z\\]){name}(?![A-Za-z])", p) for p in others):
        return template, None, False  # the letter is in no measure: another question
    return template[:m.start()].rstrip(" ,") + " .", sp.Symbol(name), positive


def letter_value(letter: sp.Symbol, sols: list[dict], told: list[sp.Basic],
                 positive: bool) -> tuple[sp.Basic, dict]:
    """The one value of the letter over the solutions that make every told measure and
    every dimension a positive number."""
    kept = []
    for sol in sols:
        if letter not in sol or sol[letter].free_symbols:
            continue
        measures = [sp.simplify(v.subs(sol)) for v in told] + [
            v for k, v in sol.items() if k != letter]  # the letter itself may be negative
        if all(v.is_real and v.is_positive for v in measures) and (
                not positive or sol[letter].is_positive):
            kept.append(sol)
    answers = {sp.nsimplify(sol[letter]) for sol in kept}
    if len(answers) != 1:
        raise Decline("the measures do not fix the unknown")
    value = answers.pop()
    return value, next(s for s in kept if sp.nsimplify(s[letter]) == value)


def letter_steps(eqs: list[sp.Eq], letter: sp.Symbol, value: sp.Basic) -> list[Step]:
    """The figure's formulas with the measures in the letter put in, then each checked at
    the letter's value: "(x + 5)(x - 1) = 27", then "(4 + 5) \\cdot (4 - 1) = 27"."""
    told = {e.lhs: e.rhs for e in eqs if e.lhs.is_Symbol}
    formulas = [(e.lhs.subs(told), e.rhs) for e in eqs if not e.lhs.is_Symbol]
    if not formulas:
        raise Decline("no formula of the figure holds the letter")
    a, b = formulas[0]
    checks = [f"{shown(a, {letter: value}, mul_symbol='dot')} = {latex(b)}" for a, b in formulas]
    return [implication_step(f"{latex(sp.factor(a))} = {latex(b)}",
                             f"{latex(sp.expand(a - b))} = 0",
                             "write the measures in the unknown", "Put the measures told in "
                             f"${latex(letter)}$ into the figure's formula and make one side "
                             "zero."),
            step("solve", "Solve, keeping only the value that makes every length positive: "
                 f"${latex(letter)} = {latex(value)}$.", "; ".join(f"${c}$" for c in checks),
                 checks[0])]


__all__ = ["asked_letter", "letter_steps", "letter_value"]
