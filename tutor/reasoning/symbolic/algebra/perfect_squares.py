"""Typed reader: the constant that makes a quadratic the square of a binomial.

"Find $c$ such that $x^2 + 14x + c$ is the square of a binomial", "If $b$ is a constant
such that $4x^2 + 12x + b$ is the square of a binomial, what is $b$?", "For what positive
value of $k$ is $9y^2 - ky + 16$ a perfect square trinomial?", "What value of $a$ makes
$ax^2 + 20x + 25$ a perfect square?". A quadratic $px^2 + qx + r$ in one variable is the
square of a binomial $(sx + t)^2$ (s, t real and nonzero) exactly when $q^2 = 4pr$ with
$p > 0$ and $r > 0$; that equation is solved for the constant (`equations.solve_equation`),
and each answer is confirmed by building the binomial ($s = \\sqrt{p}$, $t$ with the sign
of $q$, $t^2 = r$) and expanding its square back to the quadratic.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import clauses, equations
from tutor.reasoning.symbolic.model import Decline, evaluated, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_SQUARE = re.compile(
    r"(?:the |a )?(?:(?:perfect )?square of (?:a |some )?(?:binomial|linear (?:expression|"
    r"polynomial|binomial))|perfect square(?: trinomial| polynomial| quadratic)?)")
VOCAB = frozenset(
    "square perfect binomial trinomial linear expression polynomial quadratic constant "
    "such so what which for makes make written expressed can be equal equals real number "
    "some how must will would should when where value values turns turn into with it known "
    "becomes become".split()) | \
    clauses.QUALIFIER_WORDS
_VARIABLES = ("x", "y", "t", "z", "n", "u", "v", "w")


def read_perfect_square(split: Split, template: str) -> Result | None:
    if re.search(r"\bnumber of\b", template):
        return None  # a count ("the number of ..."), not the value itself
    w = words(template)
    if not {"square", "binomial"} <= w and not {"perfect", "square"} <= w:
        return None
    if w - FILLER - VOCAB - {c for c in w if len(c) == 1}:
        return None
    said = list(_SQUARE.finditer(template))
    if len(said) != 1:
        return None
    rest = template[:said[0].start()] + " @s@ " + template[said[0].end():]
    rest, qualified = clauses.take_qualifiers(rest, split.maths)
    idx = [int(i) for i in re.findall(r"@(\d+)@", rest)]
    named = {s for i in idx if clauses.is_letters(split.maths[i])
             for s in clauses.letters(split.maths[i])}
    named |= {s for ix, _ in qualified for i in ix for s in clauses.letters(split.maths[i])}
    polys = [i for i in idx if not clauses.is_letters(split.maths[i])]
    if len(polys) != 1 or len(named) != 1:
        return None
    e = evaluated(parse_latex(split.maths[polys[0]]))
    if not isinstance(e, sp.Expr) or isinstance(e, sp.core.relational.Relational):
        return None
    k = next(iter(named))
    others = e.free_symbols - {k}
    if k not in e.free_symbols or len(others) != 1 or str(next(iter(others))) not in _VARIABLES:
        raise Decline("a quadratic in one variable and one unknown constant")
    x = next(iter(others))
    kinds = {kind for _, ks in qualified for kind in ks} - {"real"}
    return _solve(sp.expand(e), x, k, kinds)


def _solve(e: sp.Expr, x: sp.Symbol, k: sp.Symbol, kinds: set[str]) -> Result:
    if not e.is_polynomial(x) or sp.degree(e, x) != 2:
        raise Decline("not a quadratic in the variable")
    p, q, r = sp.Poly(e, x).all_coeffs()
    disc = sp.expand(q**2 - 4 * p * r)
    if not disc.has(k):
        raise Decline("the constant does not change whether it is a square")
    claim = f"({latex(q)})^2 - 4 \\cdot ({latex(p)}) \\cdot ({latex(r)}) = 0"
    steps = [step("a perfect square has a zero discriminant",
                  f"$(s{latex(x)} + t)^2 = s^2{latex(x)}^2 + 2st{latex(x)} + t^2$, so "
                  "$b^2 = 4ac$ for the square of a binomial.",
                  f"The quadratic is ${latex(p)}{latex(x)}^2 + ({latex(q)}){latex(x)} + "
                  f"({latex(r)})$; it is a square of a binomial when ${claim}$.", "")]
    roots, more = equations.solve_equation(sp.Eq(disc, 0), k, over_reals=True)
    steps += more
    test = clauses.Conditions(kinds={k: kinds})
    good = [v for v in roots if test.holds({k: v})
            and sp.sign(p.subs(k, v)) > 0 and sp.sign(r.subs(k, v)) > 0]
    if len(good) != 1:
        raise Decline("the square of a binomial for no value or for several values")
    v = good[0]
    pv, qv, rv = (sp.simplify(c.subs(k, v)) for c in (p, q, r))
    s, t = sp.sqrt(pv), sp.sign(qv) * sp.sqrt(rv)
    binomial = s * x + t
    confirm.check(sp.expand(binomial**2 - e.subs(k, v)) == 0,
                  "the square of the binomial, expanded, is the quadratic")
    square = f"\\left({latex(binomial)}\\right)^2"
    claim = f"{square} = {latex(e.subs(k, v))}"
    steps.append(step("write the square", "Expand the binomial's square to check.",
                      f"With ${latex(k)} = {latex(v)}$: ${claim}$.", claim))
    return v, steps


__all__ = ["VOCAB", "read_perfect_square"]
