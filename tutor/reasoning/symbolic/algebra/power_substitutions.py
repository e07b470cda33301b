"""Exponential and logarithmic conditions turned into polynomial ones by exact rewrites:
"$4^p = 32^{q - 1}$ and $27^q = 9^{p + 2}$: find $pq$" (both sides powers of one base:
compare exponents), "$5^a + 2^b = 9$ and $5^{a + 1} - 2^{b + 2} = 13$: find $5^a$" (each
unknown only in exponents of one base: u = 5^a > 0), "$\\log_2(mn^2) = 5$ and
$\\log_2(m^2 n) = 4$: find $\\log_2(mn)$" (each unknown only in logarithms of monomials to
one base: u = log_2 m).

Every rewrite is checked numerically at sample points (40 digits): the new expression,
with the new unknown put back, equals the old one. The polynomial system is then solved
and confirmed by `system_values.target_value`.
"""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.clauses import Conditions
from tutor.reasoning.symbolic.model import Decline, Step, latex, step

_SAMPLES = [sp.Rational(3, 7), sp.Rational(5, 4), sp.Rational(9, 5)]


def _root(b: sp.Basic) -> tuple[int, sp.Rational] | None:
    """b = p^k with p the least integer base (b a positive rational, not 1)."""
    if not (b.is_Rational and b > 0 and b != 1):
        return None
    n = b.p if b.q == 1 else b.q if b.p == 1 else None
    if n is None:
        return None
    found = sp.perfect_power(n)
    p, k = (found if found else (n, 1))
    return int(p), sp.Rational(k if b.q == 1 else -k)


def _exponent_of(side: sp.Basic, p: int) -> sp.Basic | None:
    """L with side = p^L, for a product of powers of p (else None)."""
    total = sp.S.Zero
    for f in sp.Mul.make_args(side):
        base, e = (f.base, f.exp) if isinstance(f, sp.Pow) else (f, sp.S.One)
        got = _root(base)
        if got is None or got[0] != p:
            return None
        total += got[1] * e
    return sp.expand(total)


def _same_base(eq: sp.Equality, unknowns: list[sp.Symbol]) -> sp.Equality | None:
    """`c p^E = d p^F` as `log_p(c) + E = log_p(d) + F`."""
    bases = {int(_root(a.base)[0]) for a in eq.atoms(sp.Pow)  # type: ignore[index]
             if a.exp.free_symbols & set(unknowns) and _root(a.base) is not None}
    if len(bases) != 1:
        return None
    (p,) = bases
    left, right = _exponent_of(eq.lhs, p), _exponent_of(eq.rhs, p)
    if left is None or right is None:
        return None
    _check(lambda pt: sp.Integer(p) ** left.subs(pt) - eq.lhs.subs(pt), unknowns, {},
           "comparing exponents of the same base")
    _check(lambda pt: sp.Integer(p) ** right.subs(pt) - eq.rhs.subs(pt), unknowns, {},
           "comparing exponents of the same base")
    return sp.Eq(left, right)


def _check(diff: Callable[[dict], sp.Basic], unknowns: list[sp.Symbol], back: dict,
           what: str) -> None:
    """The rewrite is exact at sample points (`back`: new unknowns in terms of old)."""
    for k in range(len(_SAMPLES)):
        pt = {x: _SAMPLES[(k + j) % len(_SAMPLES)] for j, x in enumerate(unknowns)}
        pt.update({u: v.subs(pt) for u, v in back.items()})
        got = sp.N(diff(pt), 45)
        confirm.check(got.is_number and abs(got) < sp.Float("1e-35"), what)


def _exponential(e: sp.Basic, x: sp.Symbol, u: sp.Symbol, p: int) -> sp.Basic:
    """Each p^(k(mx + c)) in e as p^(kc) u^(km) (km an integer)."""
    def swap(a: sp.Basic) -> sp.Basic:
        if not (isinstance(a, sp.Pow) and x in a.exp.free_symbols):
            return a
        got = _root(a.base)
        poly = sp.Poly(a.exp, x) if a.exp.is_polynomial(x) else None
        if got is None or got[0] != p or poly is None or poly.degree() != 1:
            raise Decline("an exponent that is not linear in one unknown")
        m, c = got[1] * poly.nth(1), got[1] * poly.nth(0)
        if not (m.is_integer and c.is_Rational):
            raise Decline("an exponent that is not a whole multiple")
        return sp.Integer(p) ** c * u ** m
    return e.replace(lambda a: isinstance(a, sp.Pow) and x in a.exp.free_symbols, swap)


def _logarithm(e: sp.Basic, x: sp.Symbol, u: sp.Symbol, base: sp.Basic) -> sp.Basic:
    """Each log_B(c x^k y^j ...) in e as log_B(c) + k u + (the other letters)."""
    def swap(a: sp.Basic) -> sp.Basic:
        b = a.args[1] if len(a.args) == 2 else sp.E
        if b != base:
            raise Decline("logarithms to different bases")
        c, rest = sp.Mul(*[f for f in sp.Mul.make_args(a.args[0]) if f.is_number]), \
            [f for f in sp.Mul.make_args(a.args[0]) if not f.is_number]
        r = sp.nsimplify(sp.log(c) / sp.log(base))
        if not (r.is_Rational and c > 0 and sp.Integer(1) * base ** r == c):
            raise Decline("a logarithm of a number that is not a power of its base")
        out = r
        for f in rest:
            fb, fe = (f.base, f.exp) if isinstance(f, sp.Pow) else (f, sp.S.One)
            if not fe.is_integer:
                raise Decline("a logarithm of a power that is not whole")
            out += fe * (u if fb == x else sp.log(fb, base, evaluate=False))
        return out
    return e.replace(lambda a: isinstance(a, sp.log) and x in a.free_symbols, swap)


def _kind(eqs: list[sp.Basic], x: sp.Symbol) -> tuple[str, sp.Basic] | None:
    """'exp' with its base p, or 'log' with its base B, if x appears only there."""
    exps = [a for e in eqs for a in e.atoms(sp.Pow) if x in a.exp.free_symbols]
    logs = [a for e in eqs for a in e.atoms(sp.log) if x in a.free_symbols]
    if exps and not logs:
        roots = {_root(a.base) for a in exps}
        bases = {r[0] for r in roots if r is not None}
        if None in roots or len(bases) != 1:
            return None
        return "exp", sp.Integer(bases.pop())
    if logs and not exps:
        bases = {a.args[1] if len(a.args) == 2 else sp.E for a in logs}
        return ("log", bases.pop()) if len(bases) == 1 else None
    return None


def _only_positive(eqs: list[sp.Equality], replaced: set[sp.Symbol]) -> bool:
    """Every logarithm is defined only when each replaced unknown is positive: each
    unknown has an odd power alone in some logarithm's argument (c > 0)."""
    logs = [a for e in eqs for a in e.atoms(sp.log)]
    for x in replaced:
        if not any(set(a.args[0].free_symbols) == {x} and sp.Poly(a.args[0], x).is_monomial
                   and sp.Poly(a.args[0], x).degree() % 2 == 1
                   and sp.Poly(a.args[0], x).LC() > 0 for a in logs):
            return False
    return True


def _log_bound(rel: sp.Basic, backs: dict[sp.Symbol, sp.Basic]) -> sp.Basic:
    """`x < c` as `u < log_B(c)` (c a positive power of B), for u = log_B(x)."""
    for u, back in backs.items():
        (x,) = back.free_symbols
        if not isinstance(back, sp.Mul) or not isinstance(rel, (sp.StrictLessThan, sp.LessThan,
                                                                sp.StrictGreaterThan,
                                                                sp.GreaterThan)):
            continue
        if rel.lhs == x and rel.rhs.is_Rational and rel.rhs > 0:
            r = sp.nsimplify(back.subs(x, rel.rhs))
            if r.is_Rational and sp.N(back.subs(x, rel.rhs) - r, 40) == 0:
                return rel.func(u, r)
    raise Decline("an inequality that is not a bound on one unknown")


def _difference(old: sp.Basic, new: sp.Basic) -> Callable[[dict], sp.Basic]:
    return lambda pt: old.subs(pt) - new.subs(pt)


def backs_of(backs: dict[sp.Symbol, sp.Basic]) -> set[sp.Symbol]:
    """The old unknowns the new ones replace."""
    return set().union(*(v.free_symbols for v in backs.values())) if backs else set()


def polynomial_form(conds: Conditions, eqs: list[sp.Equality], unknowns: list[sp.Symbol],
                    target: sp.Basic) -> tuple[Conditions, list[sp.Equality], sp.Basic, Step]:
    """The conditions and target over polynomial unknowns, with the step that says how."""
    compared = [_same_base(e, unknowns) for e in eqs]
    eqs = [e if c is None else c for e, c in zip(eqs, compared, strict=True)]
    new_conds = Conditions([], [], {})
    said: list[str] = []
    backs: dict[sp.Symbol, sp.Basic] = {}
    exprs = [e.lhs - e.rhs for e in eqs] + [target]
    for x in unknowns:
        if all(e.is_polynomial(x) for e in exprs):
            continue
        kind = _kind(exprs, x)
        if kind is None:
            raise Decline("an unknown both inside and outside exponents or logarithms")
        u = sp.Symbol(f"u_{{{x.name}}}")
        if conds.kinds.get(x, set()) - {"positive"} and kind[0] == "log" or \
                conds.kinds.get(x) and kind[0] == "exp":
            raise Decline("a qualifier on an unknown in exponents")
        if kind[0] == "exp":
            exprs = [_exponential(e, x, u, int(kind[1])) for e in exprs]
            new_conds.kinds[u] = {"positive"}
            said.append(f"{latex(u)} = {latex(sp.Pow(kind[1], x, evaluate=False))}")
            backs[u] = kind[1] ** x
        else:
            exprs = [_logarithm(e, x, u, kind[1]) for e in exprs]
            said.append(f"{latex(u)} = {latex(sp.log(x, kind[1], evaluate=False))}")
            backs[u] = sp.log(x) / sp.log(kind[1])
        if any(x in e.free_symbols for e in exprs):
            raise Decline("an unknown left outside exponents or logarithms")
    replaced = backs_of(backs)
    said_of = [r for r in conds.inequalities if r.free_symbols & replaced]
    if (said_of or any(conds.kinds.get(x) for x in replaced)) \
            and not _only_positive(eqs + [sp.Eq(target, 0)], replaced):
        raise Decline("conditions on unknowns that may also be negative")
    inequalities = [r for r in conds.inequalities if r not in said_of] + [
        _log_bound(r, backs) for r in said_of]
    for x, kinds in conds.kinds.items():
        if x not in backs_of(backs):
            new_conds.kinds[x] = set(kinds)
    new_conds.inequalities = inequalities
    *new, new_target = exprs
    polynomial_eqs = [sp.Eq(sp.expand(e), 0) for e in new]
    for old, e in zip(eqs, polynomial_eqs, strict=True):
        _check(_difference(old.lhs - old.rhs, e.lhs), unknowns, backs,
               "the rewritten equations equal the given ones at sample values")
    _check(lambda pt: target.subs(pt) - new_target.subs(pt), unknowns, backs,
           "the rewritten expression equals the one asked for at sample values")
    shown = "$, $".join(f"{latex(e.lhs)} = 0" for e in polynomial_eqs)
    text = (f"Put ${'$, $'.join(said)}$: " if said else "Compare the exponents of the same "
            "base: ") + f"${shown}$."
    bounds = [r for r in inequalities if r.free_symbols & set(backs)]
    if bounds:
        text += f" The condition becomes ${'$, $'.join(latex(r) for r in bounds)}$."
    return new_conds, polynomial_eqs, new_target, step(
        "rewrite as polynomial equations", "Powers of one base are equal exactly when their "
        "exponents are; a logarithm of a product is the sum of the logarithms.", text, shown)


__all__ = ["polynomial_form"]
