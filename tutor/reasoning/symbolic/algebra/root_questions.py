"""Typed reader: a question about the real solutions of one equation, read word by word.

The asked quantity is found wherever it is said, in any clause order: "What is the larger
root of $E$?", "Of the two roots of $E$, which is larger?", "$E$ has two solutions; find the
smaller one.", "The roots of $E$ multiply to what number?", "Add up the solutions of $E$.",
"What values of $x$ make $P$ equal to zero?". What can be asked: the solutions themselves,
their sum or product, the larger (largest) or smaller (smallest) one, the positive or
negative one(s). Every other word must be one that only joins the equation to the question
(`VOCAB`); an unknown word ("difference", "squares", "integer", "how many") leaves the
problem to another reader. A comparative ("larger", "smaller") or "two" needs exactly two
distinct real solutions; a sum or product of "roots" with a repeated root is declined (it
may count twice). The solutions come from `equations.solve_equation` (each confirmed by
substitution, their number by Sturm sequences for a polynomial); the combined value asked
for is recomputed in floating point from the solutions' numerical values.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.algebra import clauses, equations
from tutor.reasoning.symbolic.algebra.expressions import final_value, in_order, sign_claims
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

# what may be asked, each with the words that say it
_ASKS = {
    "sum": frozenset("sum total add added adding".split()),
    "product": frozenset("product multiply multiplied multiplying".split()),
    "max": frozenset("larger greater bigger higher largest greatest biggest highest "
                     "maximum".split()),
    "min": frozenset("smaller lesser lower smallest least lowest minimum".split()),
}
_COMPARATIVES = frozenset("larger greater bigger higher smaller lesser lower".split())
_KINDS = {"positive": "positive", "negative": "negative"}
_NOUNS = frozenset("root roots solution solutions zero zeros value values answer answers "
                   "number numbers one ones".split())
_JOIN = frozenset(
    "among all every equation quadratic polynomial both two possible distinct real which "
    "what's these their them satisfy satisfies satisfying solve solves solving make makes true "
    "hold holds such where at when you get we up by with can could would will together there "
    "here out obtain".split())
VOCAB = frozenset().union(*_ASKS.values(), _KINDS, _NOUNS, _JOIN, FILLER, {"equal", "zero"})
# "the absolute value equation": what kind of equation it is, not a question about it
_KIND_OF_EQUATION = re.compile(r"\b(?:absolute[- ]value|linear|quadratic|radical|rational) "
                               r"equation\b")
# an expression (not an equation) set to zero in words
_TO_ZERO = re.compile(r"@(\d+)@ (?:is |be |become |becomes )?(?:equal to|equals?) (?:zero|0)\b")


def read_root_question(split: Split, template: str) -> Result | None:
    template = _KIND_OF_EQUATION.sub("equation", template)
    if "distance" in template:
        template, maths = clauses.said_relations(template, split.maths)
        split = Split(template, maths)
    w = words(template)
    letters = {c for c in w if len(c) == 1 and c != "a"}
    if w - VOCAB - letters:
        return None
    if not w & (_NOUNS | {"zero", "equal", "solve", "solving"} | set().union(*_ASKS.values())):
        if not (w & {"which", "what"} and re.search(r"(?:which|what) @\d+@", template)):
            return None  # "For which $x$ is ...?" asks for the solutions too
    if re.search(r"\bnumber of\b|\bhow\b", template):
        return None  # a count, not the solutions
    asks = {kind for kind, said in _ASKS.items() if w & said}
    if len(asks) > 1:
        raise Decline("two things asked about the solutions at once")
    eq, x = _equation(split.maths, template, letters, bool(w & {"root", "roots", "zeros"}))
    if eq is None or x is None:
        return None
    kinds = {_KINDS[k] for k in w & set(_KINDS)}
    if len(kinds) > 1:
        raise Decline("positive and negative both said")
    return _answer(eq, x, next(iter(asks), None), kinds, w)


def _equation(maths: list[str], template: str, letters: set[str], roots_of: bool
              ) -> tuple[sp.Equality | None, sp.Symbol | None]:
    """The one equation in one unknown the question is about (and its unknown); with
    `roots_of`, a polynomial written alone stands for the polynomial equal to zero."""
    zeroed = {int(i) for i in _TO_ZERO.findall(template)}
    pieces = [int(i) for i in dict.fromkeys(re.findall(r"@(\d+)@", template))]
    named = {s for i in pieces if clauses.is_letters(maths[i]) for s in clauses.letters(maths[i])}
    named |= {sp.Symbol(c) for c in letters}
    found: list[sp.Equality] = []
    for i in pieces:
        if clauses.is_letters(maths[i]):
            continue
        e = parse_latex(maths[i])
        if isinstance(e, sp.Expr) and not isinstance(e, sp.core.relational.Relational) and (
                i in zeroed or roots_of and len(e.free_symbols) == 1 and e.is_polynomial()):
            e = sp.Eq(e, 0)
        if not isinstance(e, sp.Equality):
            return None, None
        found.append(e)
    if len(found) != 1:
        return None, None
    eq = found[0]
    if len(eq.free_symbols) != 1:
        raise Decline("an equation in one unknown")
    x = next(iter(eq.free_symbols))
    if named - {x}:
        raise Decline("a letter asked about that is not the equation's unknown")
    return eq, x


def _answer(eq: sp.Equality, x: sp.Symbol, ask: str | None, kinds: set[str],
            w: set[str]) -> Result:
    if ask in ("sum", "product") and w & {"root", "roots", "zero", "zeros"} and not (
            kinds or w & {"real", "solution", "solutions", "value", "values"}):
        poly = _polynomial(eq, x)
        if poly is not None and sp.Poly(poly, x).count_roots() == 0:
            # no real root: "the roots" can only be the complex ones (with some real ones,
            # "the roots" might mean the real ones only, so that is declined below)
            if "two" in w and sp.degree(poly, x) != 2:
                raise Decline("two roots are spoken of, the polynomial has another number")
            return _vieta(poly, x, ask)
    roots, steps = equations.solve_equation(eq, x)
    if not all(r.is_real for r in roots):
        raise Decline("solutions that are not real")
    roots = sorted(dict.fromkeys(roots), key=lambda r: float(r))
    if ("two" in w or w & _COMPARATIVES) and len(roots) != 2:
        raise Decline("two solutions are spoken of, the equation has another number")
    if ask in ("sum", "product", None) and w & {"root", "roots", "zero", "zeros"}:
        num = sp.numer(sp.together(eq.lhs - eq.rhs))
        if not num.is_polynomial(x) or sp.degree(sp.gcd(num, sp.diff(num, x)), x) > 0:
            raise Decline("a repeated root may be counted twice among the roots")
    kept = roots
    if kinds:
        test = clauses.Conditions(kinds={x: kinds})
        kept = [r for r in roots if test.holds({x: r})]
        listed = ", ".join(latex(r) for r in kept) or "none"
        signs = sign_claims(roots) if kinds <= {"positive", "negative"} else ""
        steps.append(step(f"keep the {' '.join(kinds)} solutions", "Only solutions of that "
                          "kind are asked for.", f"Of ${', '.join(latex(r) for r in roots)}$, "
                          f"the {' '.join(kinds)} ones: ${listed}$"
                          + (f", as ${signs}$." if signs else "."), signs))
        if not kept:
            raise Decline("no solution of the kind asked for")
    approx = []
    for r in kept:
        got = numeric.to_mp(sp.N(r, numeric.DPS + 10))
        if got is None:
            raise Decline("a solution that cannot be evaluated")
        approx.append(mpmath.mpf(mpmath.re(got)))
    if ask is None:
        if len(kept) != 1 and not (w & {"roots", "solutions", "values", "zeros", "answers",
                                        "numbers", "ones", "solve", "solving", "which"}):
            raise Decline("one value is asked for and there are several")
        return ", ".join(latex(r) for r in kept), steps
    if ask in ("max", "min"):
        if len(kept) < 2 and not kinds:
            raise Decline("a largest or smallest of one solution")
        value = kept[-1] if ask == "max" else kept[0]
        check = max(approx) if ask == "max" else min(approx)
        word = "largest" if ask == "max" else "smallest"
        chain = in_order(kept)
        steps.append(step(f"take the {word}", "Compare the solutions.",
                          f"Of ${', '.join(latex(r) for r in kept)}$ the {word} is "
                          f"${latex(value)}$" + (f", since ${chain}$." if chain else "."), chain))
    else:
        total = sp.Add(*kept) if ask == "sum" else sp.Mul(*kept)
        value = final_value(sp.expand(total))
        check = mpmath.fsum(approx) if ask == "sum" else mpmath.fprod(approx)
        op = " + " if ask == "sum" else " \\cdot "
        claim = op.join(f"\\left({latex(r)}\\right)" for r in kept) + f" = {latex(value)}"
        steps.append(step(f"combine: {ask}", "Combine the solutions as asked.", f"${claim}$",
                          claim))
    confirm.number(check, value, "the solutions' numerical values combined")
    return value, steps


def _polynomial(eq: sp.Equality, x: sp.Symbol) -> sp.Expr | None:
    """The polynomial whose roots the equation's are, when it is one with rational
    coefficients and no denominator in the unknown."""
    num, den = sp.fraction(sp.together(eq.lhs - eq.rhs))
    if den.free_symbols or not num.is_polynomial(x):
        return None
    poly = sp.Poly(sp.expand(num), x)
    if poly.degree() < 1 or not all(c.is_Rational for c in poly.all_coeffs()):
        return None
    return poly.as_expr()


def _vieta(expr: sp.Expr, x: sp.Symbol, ask: str) -> Result:
    """The sum or product of all roots, complex ones included, from the coefficients."""
    poly = sp.Poly(expr, x)
    if sp.degree(sp.gcd(poly, poly.diff(x)), x) > 0:
        raise Decline("a repeated root may be counted twice in a sum or product of roots")
    c = poly.all_coeffs()
    n = poly.degree()
    if ask == "sum":
        value = -c[1] / c[0]
        claim = f"-\\frac{{{latex(c[1])}}}{{{latex(c[0])}}} = {latex(value)}"
        rule = "the sum of the roots is minus the second coefficient over the first"
    else:
        value = (-1) ** n * c[-1] / c[0]
        claim = f"(-1)^{{{n}}} \\cdot \\frac{{{latex(c[-1])}}}{{{latex(c[0])}}} = {latex(value)}"
        rule = "the product of the roots is the constant term over the leading one, signed"
    found = mpmath.polyroots([mpmath.mpf(sp.Rational(v).p) / sp.Rational(v).q for v in c],
                             maxsteps=200, extraprec=200)
    check = mpmath.fsum(found) if ask == "sum" else mpmath.fprod(found)
    confirm.number(check, value, "the roots found numerically (complex ones too) combined")
    return value, [step("use Vieta's formulas", f"For ${latex(poly.as_expr())} = 0$, {rule}.",
                        f"${claim}$", claim)]


__all__ = ["VOCAB", "read_root_question"]
