"""Typed reader: a function defined piece by piece (`\\begin{cases}` or an `array`), then a
value, an equation, or the constant that makes it continuous.

"Let f(x) = {2x + 1 if x < 3; 7 - x if x >= 3}. Find f(5)", "What is f(f(f(0)))?",
"If f(x) = 4, find the sum of all possible values of x", "Find a if the graph of y = f(x)
is continuous". Every condition must be an inequality in the function's variable (or
"otherwise"); a value uses the one piece whose condition holds, and is declined when none
or two do. Each value is confirmed by SymPy's own `Piecewise` evaluated at the same point;
each solution of an equation by substituting it back into that `Piecewise`; a continuity
constant by evaluating both pieces on either side of the joint numerically.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic import confirm, handlers, numeric
from tutor.reasoning.symbolic.algebra import clauses, equations
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.algebra.piecewise_definitions import (
    Pieces,
    conditions_text,
    definition,
)
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.typed import FILLER, words

Result = tuple[sp.Basic | str, list[Step]]

_MAX_CALLS = 12
VOCAB = frozenset(
    "let consider define defined by piecewise function as be if find what value values compute "
    "evaluate calculate sum all possible of and solution solutions satisfy satisfies "
    "such that for which where positive difference between two graph continuous means can "
    "drawn without lifting your pencil from paper is the equation how many so inverse".split())


def _evaluate_calls(src: str, f: Pieces, steps: list[Step]) -> str:
    """Replace each call f(number), innermost first, by its value."""
    call = re.compile(rf"(?<![\\a-zA-Z]){f.name}\s*\(")
    for _ in range(_MAX_CALLS):
        inner = None
        for m in call.finditer(src):
            end = handlers.closing_paren(src, m.end() - 1)
            if call.search(src[m.end():end]):
                continue
            arg = parse_latex(src[m.end():end])
            if isinstance(arg, sp.Expr) and not arg.free_symbols:  # a call of the unknown
                inner = (m, end, arg)  # is left for the equation
                break
        if inner is None:
            return src
        m, end, arg = inner
        v = f.value(final_value(arg), steps)
        src = src[:m.start()] + "\\left(" + latex(v) + "\\right)" + src[end + 1:]
    raise Decline("too many calls")


def read_piecewise(split: Split, template: str) -> Result | None:
    template = template.lower()
    if "begin" not in "".join(split.maths) and "cases" not in "".join(split.maths):
        return None
    w = words(template)
    if w - FILLER - VOCAB - {c for c in w if len(c) == 1}:
        return None
    defs = [(i, d) for i, src in enumerate(split.maths) if (d := definition(src)) is not None]
    if len(defs) != 1:
        return None
    i_def, f = defs[0]
    rest = [i for i in range(len(split.maths)) if i != i_def
            and not re.fullmatch(rf"\s*{f.name}\s*\(\s*{f.x}\s*\)\s*", split.maths[i])]
    if "continuous" in w:
        return _continuous(f, rest, split.maths)
    if f.params:
        raise Decline("a constant in the pieces")
    letters = [i for i in rest if clauses.is_letters(split.maths[i])]
    asked = [i for i in rest if i not in letters]
    if len(asked) != 1:
        return None
    query = split.maths[asked[0]]
    steps: list[Step] = []
    if "=" not in query:
        if letters or w & {"sum", "difference", "solution", "solutions", "positive"}:
            return None
        value = final_value(parse_latex(_evaluate_calls(_inverse_calls(query, f, steps), f,
                                                        steps)))
        if not isinstance(value, sp.Expr) or value.free_symbols or not steps:
            raise Decline("not a value")
        return value, steps
    return _equation(f, query, letters, split.maths, w, steps)


def _equation(f: Pieces, query: str, letters: list[int], maths: list[str], w: set[str],
              steps: list[Step]) -> Result:
    sides = query.split("=")
    if len(sides) != 2:
        raise Decline("one equation")
    lhs_src, rhs_src = (_evaluate_calls(s, f, steps) for s in sides)
    call = re.compile(rf"(?<![\\a-zA-Z]){f.name}\s*\(\s*([a-z])\s*\)")
    calls = set(call.findall(lhs_src + " " + rhs_src))
    leftover = call.sub("", lhs_src + " " + rhs_src)
    if len(calls) != 1 or re.search(rf"(?<![\\a-zA-Z]){f.name}\s*\(", leftover):
        raise Decline("one call of the function at the unknown")
    u = sp.Symbol(calls.pop())
    named = {x for i in letters for x in clauses.letters(maths[i])}
    if named and named != {u}:
        raise Decline("the letter asked about is not the equation's")
    y = sp.Symbol("Y_piece")
    lhs, rhs = (parse_latex(call.sub("Y", s)).subs(sp.Symbol("Y"), y) for s in (lhs_src, rhs_src))
    roots = _solutions(f, u, lambda e: sp.Eq(lhs.subs(y, e), rhs.subs(y, e)), steps)
    roots = sorted(set(roots), key=lambda r: float(r))
    if not roots:
        raise Decline("no solution")
    if "sum" in w:
        value = final_value(sp.Add(*roots))
        claim = " + ".join(latex(r) for r in roots) + f" = {latex(value)}"
        return value, steps + [step("add the solutions", "Add every value found.",
                                    f"${claim}$", claim)]
    if "difference" in w:
        if len(roots) != 2 or not {"positive", "difference"} <= w:
            raise Decline("a difference of two solutions")
        value = final_value(roots[1] - roots[0])
        claim = f"{latex(roots[1])} - {latex(roots[0])} = {latex(value)}"
        return value, steps + [step("subtract", "Larger minus smaller.", f"${claim}$", claim)]
    if {"how", "many"} <= w:
        if w & {"positive", "negative", "integer", "integers", "distinct"}:
            raise Decline("a count of some of the solutions")
        claim = ", ".join(latex(r) for r in roots)
        return sp.Integer(len(roots)), steps + [step("count the solutions", "Count every value "
                                                     "found.", f"The solutions are ${claim}$: "
                                                     f"{len(roots)} of them.", "")]
    if w & {"positive"}:
        roots = [r for r in roots if r.is_positive]
    if len(roots) != 1:
        raise Decline("the question expects one value")
    return roots[0], steps


def _solutions(f: Pieces, u: sp.Symbol, equation: Callable[[sp.Expr], sp.Basic],
               steps: list[Step]) -> list[sp.Basic]:
    """The real solutions of `equation(f(u))`, piece by piece: each piece's equation solved
    completely (a piece that cannot be solved declines the whole) and its solutions kept
    where the piece applies, then each put back into SymPy's `Piecewise`."""
    roots: list[sp.Basic] = []
    for e, conds in f.rows:
        eq = equation(e.subs(f.x, u))
        if eq is sp.true:
            raise Decline("a piece that is constant at the asked value")
        if eq is sp.false:
            continue
        try:
            found, more = equations.solve_equation(eq, u, over_reals=True)
        except Decline as exc:
            if not (str(exc).startswith("no real solutions") and _no_real_root(eq, u)):
                raise
            continue
        kept = [r for r in found if all(c.subs(f.x, r) is sp.true for c in conds)]
        if kept:
            steps += more
            claim = ", ".join(f"{latex(u)} = {latex(r)}" for r in kept)
            steps.append(step("keep the solutions in the piece's range",
                              f"This piece applies only where ${conditions_text(conds, f.x)}$.",
                              f"Kept: ${claim}$", ""))
        roots += kept
    whole = equation(f.as_sympy().subs(f.x, u))
    for r in roots:  # each solution back into SymPy's Piecewise
        confirm.check(whole.subs(u, r) is sp.true,
                      "each solution satisfies the equation when substituted")
    return roots


def _no_real_root(eq: sp.Basic, u: sp.Symbol) -> bool:
    """A polynomial equation whose polynomial has no real root (Sturm's count)."""
    num = sp.numer(sp.together(eq.lhs - eq.rhs))
    return bool(num.is_polynomial(u)) and sp.Poly(num, u).count_roots() == 0


def _inverse_calls(src: str, f: Pieces, steps: list[Step]) -> str:
    """Replace each f^{-1}(number) by the one input that f sends to the number."""
    call = re.compile(rf"(?<![\\a-zA-Z]){f.name}\s*\^\s*\{{\s*-\s*1\s*\}}\s*\(")
    while (m := call.search(src)) is not None:
        end = handlers.closing_paren(src, m.end() - 1)
        v = final_value(parse_latex(src[m.end():end]))
        if not isinstance(v, sp.Expr) or v.free_symbols:
            raise Decline("an inverse at a letter")
        u = sp.Dummy("u")
        roots = _solutions(f, u, lambda e: sp.Eq(e, v), [])  # noqa: B023 (used at once)
        if len(roots) != 1:
            raise Decline("the inverse value is not one input")
        claim = f"{f.name}({latex(roots[0])}) = {latex(v)}"
        steps.append(step("solve for the input", f"${f.name}^{{-1}}({latex(v)})$ is the one input "
                          f"that ${f.name}$ sends to ${latex(v)}$.", f"${claim}$", claim))
        src = src[:m.start()] + "\\left(" + latex(roots[0]) + "\\right)" + src[end + 1:]
    return src


def _continuous(f: Pieces, rest: list[int], maths: list[str]) -> Result:
    if len(f.rows) != 2 or len(f.params) != 1:
        raise Decline("continuity of two pieces with one constant")
    a = next(iter(f.params))
    asked = [i for i in rest if clauses.is_letters(maths[i])]
    if any(set(clauses.letters(maths[i])) != {a} for i in asked) or not asked:
        others = [i for i in rest if i not in asked]
        if not all(re.fullmatch(r"\s*y\s*=\s*" + f.name + r"\s*\(\s*" + str(f.x) + r"\s*\)\s*",
                                maths[i]) for i in others):
            raise Decline("the constant asked about")
    joints = set()
    for _, conds in f.rows:
        for c in conds:
            if isinstance(c, sp.core.relational.Relational) and c.lhs == f.x and c.rhs.is_number:
                joints.add(c.rhs)
            elif isinstance(c, sp.core.relational.Relational) and c.rhs == f.x \
                    and c.lhs.is_number:
                joints.add(c.lhs)
            else:
                raise Decline("conditions that are not one inequality each")
    if len(joints) != 1:
        raise Decline("one joint")
    b = joints.pop()
    (e1, c1), (e2, c2) = f.rows
    left, right = (-1, 1) if c1[0].subs(f.x, b - 1) is sp.true else (1, -1)
    if c2[0].subs(f.x, b + right) is not sp.true or c1[0].subs(f.x, b + right) is sp.true:
        raise Decline("the pieces do not lie on either side of the joint")
    eq = sp.Eq(e1.subs(f.x, b), e2.subs(f.x, b))
    roots, steps = equations.solve_equation(eq, a)
    if len(roots) != 1:
        raise Decline("one value of the constant")
    r = roots[0]
    h = sp.Rational(1, 10**12)
    near = [numeric.to_mp(sp.Piecewise(*[(e.subs(a, r), sp.And(*c)) for e, c in f.rows])
                          .subs(f.x, b + s * h)) for s in (left, right)]
    confirm.check(near[0] is not None and near[1] is not None
                  and abs(near[0] - near[1]) < 1e-9,
                  "on either side of the joint the two pieces give nearly the same value")
    claim = f"{latex(e1.subs(f.x, b))} = {latex(e2.subs(f.x, b))}"
    return r, [step("join the pieces", f"Continuity at ${latex(f.x)} = {latex(b)}$: both "
                    "pieces must give the same value there.", f"${claim}$", ""), *steps]


__all__ = ["read_piecewise"]
