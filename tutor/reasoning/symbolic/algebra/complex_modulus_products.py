"""Typed reader: moduli of complex numbers multiply - a product told equal to a number with
a real unknown, or the modulus of a product or quotient asked.

"Find the positive value of $t$ for which $zw = t + 3i$, given that $|z| = 3$ and
$|w| = \\sqrt{10}$" (|t + 3i| = |z||w|), "Given |a| = 5 and |b| = 2, find |ab|",
"If $|p| = 4$ and $|q| = \\sqrt{2}$ and $pq = s - 4i$ with $s > 0$, find $s$".

Read only when every letter of the product has its modulus told (|z| = r, r a positive
number), the product is a monomial in those letters (integer powers), and - for an unknown -
the other side is a + bi in one letter told positive or negative. |F(t)|^2 = M^2 is solved for
real t and exactly one root of the told sign is kept; it is confirmed by substituting it
back at 30 digits. A sum of the letters (|a + b|) or a part asked is not read.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words

_I = sp.Symbol("i")
_SIGN_SAID = re.compile(r"\b(positive|negative)(?: real)?(?: values?| numbers?)?(?: of)? "
                        r"@(\d+)@|@(\d+)@ (?:is|be) (?:a |an )?(positive|negative)\b")


def _moduli(parsed: list[sp.Basic]) -> dict[sp.Symbol, sp.Expr]:
    told: dict[sp.Symbol, sp.Expr] = {}
    for e in parsed:
        if isinstance(e, sp.Equality) and isinstance(e.lhs, sp.Abs) and isinstance(
                e.lhs.args[0], sp.Symbol) and e.lhs.args[0] != _I and isinstance(
                e.rhs, sp.Expr) and not e.rhs.free_symbols and e.rhs.is_positive:
            if e.lhs.args[0] in told:
                raise Decline("a modulus told twice")
            told[e.lhs.args[0]] = e.rhs
    return told


def _product_modulus(e: sp.Expr, told: dict[sp.Symbol, sp.Expr]) -> sp.Expr | None:
    """|e| for a monomial e in the told letters, or None."""
    if not e.free_symbols or not e.free_symbols <= set(told):
        return None
    out: sp.Expr = sp.Integer(1)
    for base, power in e.as_powers_dict().items():
        if base not in told or not (power.is_integer and power != 0):
            return None
        out *= told[base] ** power
    return sp.nsimplify(out)


def _unknown(eq: sp.Equality, told: dict[sp.Symbol, sp.Expr], sign: int
             ) -> tuple[sp.Symbol, sp.Expr, sp.Expr, sp.Expr] | None:
    for prod, other in ((eq.lhs, eq.rhs), (eq.rhs, eq.lhs)):
        m = _product_modulus(prod, told) if isinstance(prod, sp.Expr) else None
        if m is None or not isinstance(other, sp.Expr):
            continue
        letters = other.free_symbols - {_I}
        if _I not in other.free_symbols or len(letters) != 1 or letters & set(told):
            return None
        t = next(iter(letters))
        tr = sp.Symbol(t.name, real=True)
        f = sp.expand(other.subs(t, tr).xreplace({_I: sp.I}))
        re_, im = f.as_real_imag()
        if not sp.Poly(re_, tr).degree() <= 1 or not sp.Poly(im, tr).degree() <= 1:
            return None  # a + bi linear in the letter
        roots = [r for r in sp.solve(sp.expand(re_**2 + im**2 - m**2), tr)
                 if r.is_real and sp.sign(r) == sign]
        if len(roots) != 1:
            raise Decline("no single value of the told sign makes the moduli agree")
        return tr, f, m, sp.nsimplify(roots[0])
    return None


def read(split: Split, template: str) -> Result | None:
    spots = list(dict.fromkeys(int(p) for p in re.findall(r"@(\d+)@", template)))
    parsed = [parse_latex(split.maths[p]) for p in spots]
    told = _moduli(parsed)
    if not told:
        return None
    rest = [e for e in parsed if not (isinstance(e, sp.Equality) and isinstance(e.lhs, sp.Abs)
                                      and e.lhs.args[0] in told)]
    if len(rest) == 1 and isinstance(rest[0], sp.Abs) and isinstance(rest[0].args[0], sp.Expr):
        asked = rest[0].args[0]  # "find |ab|"
        m = _product_modulus(asked, told)
        if m is None or not words(template) & {"find", "what", "compute", "evaluate"}:
            return None
        gives = ", ".join(f"|{latex(k)}| = {latex(v)}" for k, v in told.items())
        claim = f"\\left|{latex(asked)}\\right| = {latex(m)}"
        turned = {k: v * sp.exp(sp.I * sp.Rational(7 * n + 3, 5)) for n, (k, v) in
                  enumerate(told.items())}  # numbers of those moduli at unrelated angles
        confirm.check(abs(abs(complex(sp.N(asked.subs(turned), 30))) - float(sp.N(m, 30)))
                      < 1e-12, "numbers with the told moduli give that modulus")
        return m, [step("moduli multiply", "$|zw| = |z||w|$ and $|z/w| = |z|/|w|$.",
                        f"With ${gives}$: ${claim}$", claim)]
    # the sign said of the unknown itself: "the positive value of @3@", "@3@ is negative";
    # a sign word said of anything else is not read
    said = [(m[1] or m[4], m[2] or m[3]) for m in _SIGN_SAID.finditer(template)]
    if len(said) != len(re.findall(r"\b(?:positive|negative)\b", template)):
        return None
    signs = [1 if word == "positive" else -1 for word, _ in said]
    named = [parse_latex(split.maths[int(spot)]) for _, spot in said]
    bounds = [e for e in rest if isinstance(e, (sp.StrictGreaterThan, sp.StrictLessThan))]
    eqs = [e for e in rest if isinstance(e, sp.Equality)]
    letters = [e for e in rest if isinstance(e, sp.Symbol)]
    for b in bounds:  # "s > 0"
        if b.rhs != 0 or not isinstance(b.lhs, sp.Symbol):
            return None
        signs.append(1 if isinstance(b, sp.StrictGreaterThan) else -1)
    if len(eqs) != 1 or len(set(signs)) != 1 or len(rest) != 1 + len(bounds) + len(letters):
        return None
    got = _unknown(eqs[0], told, signs[0])
    if got is None:
        return None
    t, f, m, v = got
    if any(s.name != t.name and s not in told for s in letters) or any(
            b.lhs.name != t.name for b in bounds) or any(
            not isinstance(n, sp.Symbol) or n.name != t.name for n in named):
        return None
    back = complex(sp.N(f.subs(t, v), 30))
    confirm.check(abs(abs(back) - float(sp.N(m, 30))) < 1e-12,
                  "the value found gives the product's modulus when substituted")
    claim = f"\\left|{latex(f)}\\right| = {latex(m)}"
    return v, [step("moduli multiply", "$|zw| = |z||w|$, and $|a + bi| = \\sqrt{a^2 + b^2}$.",
                    f"${claim}$, so ${latex(t)} = {latex(v)}$", claim)]


__all__ = ["read"]
