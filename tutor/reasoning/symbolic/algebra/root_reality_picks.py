r"""Typed reader: one value picked from the values of a letter for which a quadratic's roots
are real, real and distinct, or not real: the largest or smallest integer, the least
positive integer, how many integers, the sum of the integers, or the largest or smallest
value.

"What is the largest integer value of $c$ for which $x^2 + 4x + c = 0$ has two distinct real
roots?", "Find the smallest integer $k$ such that $3x^2 - 5x + k$ has no real solutions",
"How many integer values of $b$ make $x^2 + bx + 9 = 0$ have no real roots?", "For how many
positive integers $c$ does ... have two distinct real roots?", "What is the greatest value of
$k$ such that $x^2 - 2x + k$ has real roots?". The set of values comes from the discriminant
as in `root_reality` (whose confirmation it also passes). A pick the set does not have
declines: no largest integer when the values go on without end, no largest value when the
end is open, no count or sum of infinitely many integers; "two real roots" (distinct or
not?) declines as there.

A domain of all real numbers is read the same way: "the greatest integer $b$ for which
$\frac{x^3 + 1}{x^2 + bx + 8}$ has a domain of all real numbers", "for what values of $c$ is
the domain of $f(x) = 1/(x^2 + cx + 9)$ all real numbers", "... defined for every real $x$":
a polynomial without the letter over a quadratic with the letter in it is defined everywhere
exactly when the denominator has no real roots. Any other expression (a root, the letter in
the numerator) declines.

So is a quadratic inequality that holds for every x ("$x^2 + bx + 5 > 0$ for all real $x$":
opening upward, no real roots; with $\ge$, none apart) or for some x ("the inequality
$x^2 - 8x + c < 0$ has real solutions": two distinct real roots; with $\le$, any); one that
never holds for every x, or holds for some x whatever the letter, declines.

Confirmed independently: the roots are found numerically (mpmath, 40 digits) at the value
picked and at its neighbours; for a count or a sum, at every integer from a few below the
set's lowest end to a few above its highest, and the integers found that way must be the
ones counted or summed.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import root_reality
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_ROOTS = r"(?:roots?|solutions?|zeros?)"
_CONDITION = re.compile(r"\b(?:has|have) (?P<kind>" + "|".join(k for k, _ in root_reality.KINDS)
                        + r") " + _ROOTS + r"\b")
_TWO = re.compile(r"@(\d+)@(?= (?:distinct|different|real|non|imaginary))")
# "the domain of @1@ is all real numbers", "@1@ has a domain of all real numbers", "@1@ is
# defined for all real numbers @2@": the denominator is never zero
_DOMAIN = re.compile(r"\bdomain (?:of @\d+@ )?(?:is |of |be )?all real numbers\b|"
                     r"\bdefined for (?:all|every) real (?:numbers?|values?|@\d+@)")
# "@1@ for all real numbers @2@", "@1@ is true for every real x", "the inequality @1@ has
# real solutions": a quadratic inequality, true everywhere or somewhere
_EVERYWHERE = re.compile(r"(?:is true |holds )?for (?:all|every) real (?:numbers? |values? )?"
                         r"(?:of )?@\d+@")
_SOMEWHERE = re.compile(r"\b(?:has|have) (?:a |some )?real solutions?(?: for @\d+@)?")
_NAMED = re.compile(r"^\s*[a-zA-Z]\s*\(\s*([a-z])\s*\)\s*=\s*(.+)$")
_MOST = {"largest", "greatest", "biggest", "maximum"}
_LEAST = {"smallest", "least", "minimum"}
VOCAB = frozenset(
    "what is whats find determine compute the largest greatest biggest maximum smallest least "
    "minimum possible integer integers integral value values of for which such that so make "
    "makes does do have has there are how many sum all positive negative real roots root "
    "solutions solution zeros zero two distinct different no nonreal non imaginary at one "
    "equation quadratic polynomial expression domain defined every numbers number function "
    "x a express your answer in interval notation true holds inequality some for".split())
_CAP = 100_000


def read(split: Split, template: str) -> Result | None:
    maths = list(split.maths)
    tmpl = _TWO.sub(lambda m: "two" if maths[int(m.group(1))].strip() == "2" else m.group(0),
                    template.strip().lower())
    cond = (_CONDITION.search(tmpl) or _DOMAIN.search(tmpl) or _EVERYWHERE.search(tmpl)
            or _SOMEWHERE.search(tmpl))
    said = words(tmpl)
    pick = _pick(tmpl.replace(cond.group(0), " ") if cond else tmpl)
    if cond is None or pick is None or not words_within(tmpl, VOCAB):
        return None
    pieces = [int(i) for i in re.findall(r"@(\d+)@", tmpl)]
    letters = [i for i in pieces if re.fullmatch(r"\s*[a-z]\s*", maths[i])]
    if not letters or len(pieces) - len(letters) != 1:
        return None
    letter = parse_latex(maths[letters[0]])
    assert isinstance(letter, sp.Symbol)
    quad = next(i for i in pieces if i not in letters)
    if cond.re is _DOMAIN:
        sign, (x, coeffs) = "<", _denominator(maths[quad], letter)
        unknowns = {x}
    elif re.search(r"[<>≤≥]|\\[lg]eq?\b", maths[quad]):  # an inequality, not an equation
        if cond.re is not _EVERYWHERE and not _SOMEWHERE.search(tmpl):
            raise Decline("an inequality with a condition on its roots")
        sign, (x, coeffs) = _inequality(maths[quad], letter, cond.re is _EVERYWHERE)
        unknowns = {x}
    else:
        kind = cond.group("kind")
        if re.search(r"\btwo real\b", kind) and "distinct" not in kind:
            raise Decline("two real roots: distinct or not is not said")
        sign = next(s for k, s in root_reality.KINDS if re.fullmatch(k, kind))
        x, coeffs = root_reality.quadratic(maths[quad], letter)
        unknowns = set()
    if {parse_latex(maths[i]) for i in letters[1:]} - unknowns:
        return None
    values, steps = root_reality.values_of(x, coeffs, letter, sign)
    if "positive" in said:
        values = values.intersect(sp.Interval.open(0, sp.oo))
    if "negative" in said:
        values = values.intersect(sp.Interval.open(-sp.oo, 0))
    whole = bool(said & {"integer", "integers", "integral"})
    answer, shown = _picked(values, pick, whole, letter)
    _confirm(coeffs, letter, sign, said, values, pick, whole, answer)
    steps.append(step("pick the value asked", "Read the value asked off the set of values.",
                      shown, ""))
    return answer, steps


def _denominator(src: str, letter: sp.Symbol) -> tuple[sp.Symbol, list[sp.Expr]]:
    """The unknown and the coefficients of the quadratic denominator of a fraction whose
    numerator is a polynomial without the letter ("f(x) = (x^3 + 1)/(x^2 + bx + 8)")."""
    named = _NAMED.match(src)  # "f(x) = ...": the function's formula
    e = parse_latex(named.group(2) if named else src)
    if not isinstance(e, sp.Expr):
        return _declined_domain()
    num, den = sp.fraction(e)
    if letter in num.free_symbols or not den.has(letter) or len(den.free_symbols) != 2:
        return _declined_domain()
    x = next(s for s in den.free_symbols if s != letter)
    if named and named.group(1) != str(x):
        return _declined_domain()
    if not num.is_polynomial(x) or num == 0 or num.free_symbols - {x}:
        return _declined_domain()
    return root_reality.quadratic(den, letter)


def _inequality(src: str, letter: sp.Symbol,
                everywhere: bool) -> tuple[str, tuple[sp.Symbol, list[sp.Expr]]]:
    """The kind of roots a quadratic inequality Q > 0 (>=, <, <=) needs to hold for every x
    (no real roots, or none apart) or for some x (two distinct real roots, or any real)."""
    e = parse_latex(src)
    if not isinstance(e, sp.core.relational.Relational) or isinstance(
            e, sp.Equality | sp.Unequality):
        raise Decline("a quadratic inequality")
    op = {">": ">", ">=": ">=", "<": "<", "<=": "<="}[e.rel_op]
    x, coeffs = root_reality.quadratic(e.lhs - e.rhs, letter)
    up = coeffs[0] > 0  # the parabola opens upward
    if everywhere and up == (op in (">", ">=")):  # the sign it keeps far out
        return ("<" if op in (">", "<") else "<="), (x, coeffs)
    if not everywhere and up == (op in ("<", "<=")):  # the sign it has only near the vertex
        return (">" if op in (">", "<") else ">="), (x, coeffs)
    raise Decline("the inequality never holds for every x, or holds for some x whatever the "
                  "letter")


def _declined_domain() -> tuple[sp.Symbol, list[sp.Expr]]:
    raise Decline("a domain read only for a polynomial over a quadratic with the letter in it")


def _pick(tmpl: str) -> str | None:
    """What is asked of the set (the condition taken out): 'set', 'max', 'min', 'count' or
    'sum'."""
    said = words(tmpl)
    if re.search(r"\b(?:for|find) (?:what|which|all) (?:possible )?(?:positive |negative )?"
                 r"(?:real )?values of @\d+@", tmpl):
        return "set"
    if re.search(r"\bhow many\b", tmpl):
        return "count"
    if re.search(r"\bthe sum of all\b", tmpl):
        return "sum"
    most, least = bool(said & _MOST), bool(said & _LEAST)
    if most == least:
        return None
    return "max" if most else "min"


def _picked(values: sp.Set, pick: str, whole: bool,
            letter: sp.Symbol) -> tuple[sp.Basic, str]:
    """The value asked, and the sentence that says how it was read off the set."""
    name, where = latex(letter), latex(values)
    if pick == "set":
        return values, f"${name} \\in {where}$."
    if pick in ("count", "sum"):
        if not whole:
            raise Decline("a count or sum of values that need not be integers")
        listed = _integers(values)
        total = sp.Integer(len(listed)) if pick == "count" else sp.Integer(sum(listed))
        return total, (f"The integers in ${where}$ are ${', '.join(map(str, listed))}$: "
                       f"{'there are' if pick == 'count' else 'their sum is'} ${total}$.")
    end = values.sup if pick == "max" else values.inf
    if values.is_empty or not end.is_finite:
        raise Decline(f"no {'largest' if pick == 'max' else 'smallest'} value: the values "
                      "go on without end")
    if not whole:
        if not values.contains(end):
            raise Decline(f"no {'largest' if pick == 'max' else 'smallest'} value: the values "
                          f"come as close as you like to {end} but never reach it")
        return end, f"${name} \\in {where}$: the {'largest' if pick == 'max' else 'smallest'} " \
                    f"value is ${latex(end)}$."
    start = sp.floor(end) if pick == "max" else sp.ceiling(end)
    for k in range(_CAP):
        n = start - k if pick == "max" else start + k
        if values.contains(n) == sp.true:
            return sp.Integer(n), (f"${name} \\in {where}$: the "
                                   f"{'largest' if pick == 'max' else 'smallest'} integer in it "
                                   f"is ${n}$.")
    raise Decline("no integer among the values")


def _integers(values: sp.Set) -> list[int]:
    lo, hi = values.inf, values.sup
    if values.is_empty or not (lo.is_finite and hi.is_finite):
        raise Decline("infinitely many integers among the values")
    first, last = int(sp.ceiling(lo)), int(sp.floor(hi))
    if last - first > _CAP:
        raise Decline("too many integers to list")
    return [n for n in range(first, last + 1) if values.contains(n) == sp.true]


def _kind_at(coeffs: list[sp.Expr], letter: sp.Symbol, t: sp.Expr, sign: str) -> bool:
    """Whether the roots found numerically at letter = t are of the kind asked."""
    with mpmath.workdps(40):
        values = [mpmath.mpf(str(sp.N(k.subs(letter, t), 45))) for k in coeffs]
        roots = mpmath.polyroots(values, maxsteps=200, extraprec=60)
        real = [r for r in roots if abs(mpmath.im(r)) < mpmath.mpf(10) ** -15]
        apart = len(real) == 2 and abs(real[0] - real[1]) > mpmath.mpf(10) ** -12
    return {">": apart, ">=": len(real) == 2, "<": not real, "<=": not apart}[sign]


def _confirm(coeffs: list[sp.Expr], letter: sp.Symbol, sign: str, said: set[str],
             values: sp.Set, pick: str, whole: bool, answer: sp.Expr) -> None:
    """The pick checked against root kinds found numerically, integer by integer."""
    def inside(t: sp.Expr) -> bool:  # the kind asked, found numerically, and the sign said
        return ("positive" not in said or t > 0) and ("negative" not in said or t < 0) \
            and _kind_at(coeffs, letter, t, sign)

    if pick == "set":
        return  # root_reality's confirmation of the set
    if pick in ("count", "sum"):
        lo, hi = int(sp.floor(values.inf)) - 3, int(sp.ceiling(values.sup)) + 3
        found = [n for n in range(lo, hi + 1) if inside(sp.Integer(n))]
        far = [sp.Integer(lo - 10**6), sp.Integer(hi + 10**6)]
        total = len(found) if pick == "count" else sum(found)
        confirm.check(total == answer and not any(inside(t) for t in far),
                      "the integers at which the roots found numerically are of the kind "
                      "asked are the ones counted")
        return
    out = 1 if pick == "max" else -1
    beyond = answer + out if whole else answer + out * sp.Rational(1, 10**6)
    confirm.check(inside(answer) and not inside(beyond),
                  f"at {latex(letter)} = {latex(answer)} the roots found numerically are of "
                  f"the kind asked, and just beyond it they are not")
