"""Typed reader: an equation in calls of functions given by formulas, solved for its one
unknown under a condition on it.

"Let $p(x) = x^2 - 3$ and $q(x) = 2x + 1$. If $b < 0$ and $p(q(b)) = 6$, what is $b$?",
"Find the positive value of $t$ for which $f(g(t)) = 10$, where $f(x) = x + 1$ and
$g(x) = t^2$ ...", "Given $h(x) = x^2 + 1$ and $k(x) = x - 2$ with $s > 0$: $h(k(s)) = 5$,
find $s$". Every call is written out with its formula; the equation becomes a polynomial one
(denominators cleared, their zeros excluded), and all its real roots are listed exactly
(SymPy's `real_roots`); the condition ("b < 0", "positive") must leave exactly one. It is
confirmed by putting it into the calls one by one, unevaluated, at 30 digits.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, handlers
from tutor.reasoning.symbolic.algebra import functions
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = frozenset(
    "let given if and be defined by function functions where define for which such that with "
    "what value find determine solve positive negative real number suppose solution "
    "solutions".split())
_CALL = re.compile(r"(?<![\\a-zA-Z])([a-zA-Z])\s*\(")
_SIGNS = {"positive": sp.Gt, "negative": sp.Lt}
# "the positive value of a", "the negative solution", "a is positive"
_SAID_SIGN = re.compile(r"\bthe (positive|negative) (?:real )?(?:value|number|solution)s?\b")
_SIGN_OF = re.compile(r"@\d+@ is (positive|negative)\b")


def read(split: Split, template: str) -> Result | None:
    w = words(re.sub(r"@\d+@", " ", template))
    if not words_within(re.sub(r"@\d+@", " ", template), VOCAB) or not w & {"positive",
                                                                            "negative"} \
            and not any(re.search(r"[<>]|\\[lg]eq?\b", m) for m in split.maths):
        return None
    defs: list[str] = []
    names: set[str] = set()
    rest: list[str] = []
    for src in split.maths:
        d = functions.FUNCTION_DEFINITION.match(src.strip())
        if d and d.group(1) not in names and "=" not in d.group(3):
            defs.append(src)
            names.add(d.group(1))
        else:
            rest.append(src)
    if not defs:
        return None
    queries = [s for s in rest if "=" in s and not re.search(r"[<>]|\\[lg]eq?\b", s)]
    conditions = [s for s in rest if re.search(r"[<>]|\\[lg]eq?\b", s)]
    letters = [s for s in rest if re.fullmatch(r"\s*[a-z]\s*", s)]
    if len(queries) != 1 or len(queries) + len(conditions) + len(letters) != len(rest):
        return None
    query = re.sub(r"\\(?:left|right)(?=[()])", "", queries[0])
    if query.count("=") != 1 or not any(m.group(1) in names for m in _CALL.finditer(query)):
        return None
    table = functions.Table(defs)
    call = re.compile(r"(?<![\\a-zA-Z])([" + "".join(table.f) + r"])\s*\(")
    lhs_src, rhs_src = query.split("=")
    sides = [handlers.formulas_put_in(s, call, table.f) for s in (lhs_src, rhs_src)]
    if not all(isinstance(s, sp.Expr) for s in sides):
        return None
    free = sides[0].free_symbols | sides[1].free_symbols
    if len(free) != 1 or any(sp.Symbol(s.strip()) not in free for s in letters):
        return None
    u = free.pop()
    rels = []
    for src in conditions:
        rel = parse_latex(src)
        if not isinstance(rel, sp.core.relational.Relational) or rel.free_symbols != {u}:
            return None
        rels.append(rel)
    said = set(_SAID_SIGN.findall(template)) | set(_SIGN_OF.findall(template))
    if said != w & set(_SIGNS):
        return None  # "positive" said of something else ("for positive x")
    rels += [_SIGNS[k](u, 0) for k in said]
    return _solve(query, sides, u, rels)


def _solve(query: str, sides: list[sp.Expr], u: sp.Symbol, rels: list[sp.Basic]) -> Result:
    diff = sp.together(sp.expand(sides[0].doit() - sides[1].doit()))
    num, den = sp.fraction(diff)
    if not num.is_polynomial(u) or not den.is_polynomial(u) or not num.has(u):
        raise Decline("an equation that becomes a polynomial one")
    roots = [r for r in sp.real_roots(sp.Poly(num, u)) if den.subs(u, r) != 0]
    roots = list(dict.fromkeys(roots))
    kept = [r for r in roots if all(bool(rel.subs(u, r)) for rel in rels)]
    if len(kept) != 1:
        raise Decline("the condition does not leave one solution")
    value = kept[0]
    with mpmath.workdps(30):
        at = [sp.N(s.subs(u, value), 30) for s in sides]
        confirm.check(all(a.is_real for a in at) and abs(at[0] - at[1]) < 1e-20,
                      "the solution put into the calls one by one (30 digits) makes both sides "
                      "equal")
    shown = ", ".join(f"{latex(u)} = {latex(r)}" for r in roots)
    said = " and ".join(f"${latex(r)}$" for r in rels)
    return value, [
        step("write out the formulas", "Replace each function by its formula.",
             f"${query}$ means ${latex(sp.Eq(sides[0].doit(), sides[1].doit()))}$.", ""),
        step("solve", "Clear denominators and find every real solution.",
             f"${latex(sp.Eq(sp.expand(num), 0))}$: ${shown}$.", ""),
        step("keep what the condition allows", "Only the solutions meeting the condition "
             "stay.", f"With {said}: ${latex(u)} = {latex(value)}$.",
             f"{latex(u)} = {latex(value)}")]


__all__ = ["read"]
