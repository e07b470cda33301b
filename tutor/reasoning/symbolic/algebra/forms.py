"""Algebra shapes: unknown constants from an identity ("can be written in the form")
and operations defined by a formula."""

from __future__ import annotations

import re
from typing import TypeVar

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import expressions
from tutor.reasoning.symbolic.algebra.operations import split_top, unwrapped
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex

Result = tuple[sp.Basic | str, list[Step]]
T = TypeVar("T", bound=sp.Basic)


def _dot(e: sp.Basic, values: dict) -> str:
    """`expressions.shown` with an explicit dot for every product."""
    return expressions.shown(e, values, mul_symbol="dot")


def _parsed(srcs: list[str], kind: type[T], what: str) -> list[T]:
    """Each LaTeX source parsed, all of type `kind`, or Decline("expected `what`")."""
    out = []
    for src in srcs:
        e = parse_latex(src)
        if not isinstance(e, kind):
            raise Decline(f"expected {what}")
        out.append(e)
    return out


def _letters(srcs: list[str]) -> list[sp.Symbol]:
    return _parsed(srcs, sp.Symbol, "a letter")


def _radical_basis(e: sp.Basic) -> dict[sp.Basic, sp.Basic]:
    """Coefficients of 1, sqrt(2), sqrt(3), ... in an expanded numeric expression."""
    out: dict[sp.Basic, sp.Basic] = {}
    for term in sp.Add.make_args(sp.expand(e)):
        coeff, rest = term.as_independent(*[s for s in term.free_symbols], as_Add=False)
        num, surd = coeff.as_coeff_Mul()
        if surd != 1 and not (surd.is_Pow and surd.exp == sp.S.Half and surd.base.is_Integer):
            raise Decline("not a sum of square roots")
        out[surd] = out.get(surd, sp.S.Zero) + num * rest
    return out


def written_in_form(expr_src: str, form_src: str, unknown_srcs: list[str], kind: str,
                    target_src: str) -> Result:
    """"6y^2 - 7y - 20 equals (Py + 4)(Qy - 5) for integers P and Q; find P + Q": match
    coefficients, then evaluate the target."""
    expr, form, target = parse_latex(expr_src), parse_latex(form_src), parse_latex(target_src)
    unknowns = _letters(unknown_srcs)
    if any(isinstance(e, sp.Equality) or not isinstance(e, sp.Expr)
           for e in (expr, form, target)):
        raise Decline("expressions only")
    if expr.free_symbols & set(unknowns) or not target.free_symbols <= set(unknowns):
        raise Decline("the unknowns must be the form's constants")
    if not set(unknowns) <= form.free_symbols:
        raise Decline("every constant must appear in the form")
    if any(p.exp.has(*unknowns) or (not p.exp.is_Integer and p.base.has(*unknowns))
           for p in form.atoms(sp.Pow)):
        raise Decline("a constant inside a root or an exponent")
    xs = sorted(form.free_symbols - set(unknowns), key=str)
    if set(xs) != expr.free_symbols:
        raise Decline("the form and the expression use different variables")
    diff = sp.expand(form - expr)
    if xs:
        if not diff.is_polynomial(*xs):
            raise Decline("not a polynomial identity")
        eqs = sp.Poly(diff, *xs).coeffs()
    else:
        eqs = list(_radical_basis(diff).values())
    sols = sp.solve(eqs, unknowns, dict=True)
    sols = [s for s in sols if set(s) == set(unknowns) and
            all(v.is_number and v.is_real for v in s.values())]
    if kind == "integers":
        sols = [s for s in sols if all(v.is_integer for v in s.values())]
    elif kind == "positive integers":
        sols = [s for s in sols if all(v.is_integer and v > 0 for v in s.values())]
    if len(sols) != 1:
        raise Decline("the constants are not determined")
    sol = sols[0]
    filled = form.subs(sol)
    if sp.simplify(sp.expand(filled - expr)) != 0:
        raise Decline("the identity does not hold")
    confirm.identity(expr, filled, "form with these constants")
    listed = ", ".join(f"{latex(u)} = {latex(sol[u])}" for u in unknowns)
    claim = f"{expr_src} = {expressions.shown(form, sol)}"
    value = sp.nsimplify(target.subs(sol))
    c2 = f"{_dot(target, sol)} = {latex(value)}"
    return value, [
        step("match the coefficients", "Expand the form and compare it term by term "
             "with the expression.", f"With ${listed}$: ${claim}$", claim),
        step("evaluate", "Put the constants into the expression asked for.", f"${c2}$", c2),
    ]


_OPS = r"\\star|\\ast|\\diamond|\\oplus|\\otimes|\\odot|\\bigstar|\\spadesuit|\\heartsuit" \
    r"|\\clubsuit|\\dagger|\\nabla|\\square|\\Diamond|\\boxtimes|\\&|\\#|\*|\\S|\\%|\\\$"
_OP_DEF = re.compile(r"^\s*([a-z])\s*(" + _OPS + r")\s*([a-z])\s*=\s*(.+)$", re.S)


_OPERAND = re.compile(r"^\s*-?\s*(?:\d+(?:\.\d+)?|\\frac\s*\{[^{}]*\}\s*\{[^{}]*\}"
                      r"|\\sqrt\s*\{[^{}]*\})\s*$")


def _strip_parens(s: str) -> str:
    return unwrapped(re.sub(r"\\(?:left|right)(?=[()])", "", s))


def defined_operation(def_src: str, query_src: str) -> Result:
    """"If a * b = 9a + 2b - ab + 5, what is 5 * 1?": substitute into the rule."""
    m = _OP_DEF.match(def_src.strip())
    if not m or m.group(1) == m.group(3):
        raise Decline("not an operation definition")
    a, op, b = sp.Symbol(m.group(1)), m.group(2), sp.Symbol(m.group(3))
    rule = parse_latex(m.group(4))
    if rule.free_symbols - {a, b} or isinstance(rule, sp.Equality):
        raise Decline("the rule has other letters")
    steps: list[Step] = []

    def ev(src: str) -> sp.Basic:
        parts = split_top(_strip_parens(src), op)
        if len(parts) == 1:
            if not _OPERAND.match(parts[0]):
                raise Decline("an operand that is not a single number")
            v = parse_latex(parts[0])
            if v.free_symbols:
                raise Decline("letters in the operands")
            return expressions.final_value(v)
        if len(parts) != 2:
            raise Decline("a chain of operations without brackets")
        x, y = ev(parts[0]), ev(parts[1])
        value = expressions.final_value(rule.subs({a: x, b: y}, simultaneous=True))
        if not value.is_number or value.has(sp.zoo, sp.nan) or not value.is_finite:
            raise Decline("undefined value")
        confirm.substituted(rule, {a: x, b: y}, value,
                            "the rule evaluated numerically at the operands")
        claim = f"{expressions.shown(rule, {a: x, b: y})} = {latex(value)}"
        steps.append(step("apply the definition", f"Replace ${latex(a)}$ by ${latex(x)}$ "
                          f"and ${latex(b)}$ by ${latex(y)}$ in the rule.", f"${claim}$", claim))
        return value

    value = ev(query_src)
    if not steps:
        raise Decline("the question does not use the operation")
    return value, steps


