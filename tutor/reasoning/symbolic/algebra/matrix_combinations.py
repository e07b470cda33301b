"""Typed reader: a power (or the inverse) of a given square matrix written as a combination
p A + q I of the matrix and the identity.

"Let $\\mathbf{B} = \\begin{pmatrix} 1 & 2 \\\\ 0 & 3 \\end{pmatrix}$. There are scalars $s$ and
$t$ with $\\mathbf{B}^5 = s \\mathbf{B} + t \\mathbf{I}$. Enter the ordered pair $(s,t)$.",
"Find constants $a$ and $b$ so that $\\mathbf{M}^{-1} = a \\mathbf{M} + b \\mathbf{I}$."

The power is computed exactly (SymPy) and the two scalars solved from its entries, a linear
system that must have exactly one solution (a multiple of I has many: declined). Confirmed in
plain fractions (`plain_matrices`): the power rebuilt by repeated multiplication (the
inverse by row reduction) equals p A + q I entry by entry.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import plain_matrices as pm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_NAME = r"\\(?:mathbf|bold|boldsymbol)\s*\{\s*([A-HJ-Z])\s*\}"
_IDENTITY = r"\\(?:mathbf|bold|boldsymbol)\s*\{\s*I\s*\}"
_GIVEN = re.compile(r"^" + _NAME + r"\s*=\s*\\begin\{([pb])matrix\}(.*)\\end\{\2matrix\}$", re.S)
_EQUATION = re.compile(r"^" + _NAME + r"\s*\^\s*\{?\s*(-?\d+)\s*\}?\s*=\s*(.+)$")
_TERM = re.compile(r"^([a-z])\s*(?:" + _NAME + r"|(" + _IDENTITY + r"))$")
_PAIR = re.compile(r"^\(\s*([a-z])\s*,\s*([a-z])\s*\)$")
VOCAB = frozenset("let then there exist exists are is scalars constants numbers real some "
                  "such that so with find enter ordered pair where and satisfies satisfy for "
                  "suppose as an".split())
_MAX_POWER = 60


def _matrix(body: str) -> sp.Matrix:
    rows = [r for r in re.split(r"\\{1,2}(?=\s|$)", body.strip()) if r.strip()]
    grid = [[parse_latex(c) for c in r.split("&")] for r in rows]
    if len(grid) not in (2, 3) or any(len(r) != len(grid) for r in grid):
        raise Decline("a square matrix of size 2 or 3")
    if not all(isinstance(c, sp.Expr) and c.is_Rational for r in grid for c in r):
        raise Decline("entries that are rational numbers")
    return sp.Matrix(grid)


def _combination(src: str, name: str) -> dict[str, str] | None:
    """{"A": letter, "I": letter} for `p A + q I` (either order), else None."""
    out: dict[str, str] = {}
    for term in (t.strip() for t in src.split("+")):
        m = _TERM.match(term)
        if m is None:
            return None
        key = "I" if m.group(3) else m.group(2)
        if key not in ("I", name) or key in out:
            return None
        out[key] = m.group(1)
    return out if len(out) == 2 and len(set(out.values())) == 2 else None


def read(split: Split, template: str) -> Result | None:
    maths = [m.strip() for m in split.maths]
    if not 2 <= len(maths) <= 6 or not words_within(template, VOCAB):
        return None
    given = [g for g in map(_GIVEN.match, maths) if g]
    equations = [e for e in map(_EQUATION.match, maths) if e]
    if len(given) != 1 or len(equations) != 1:
        return None
    name, power = equations[0].group(1), int(equations[0].group(2))
    if given[0].group(1) != name:
        return None
    letters = _combination(equations[0].group(3), name)
    if letters is None:
        return None
    pairs = [p for p in map(_PAIR.match, maths) if p]
    rest = [m for m in maths if not (_GIVEN.match(m) or _EQUATION.match(m) or _PAIR.match(m))]
    if len(pairs) != 1 or any(r not in letters.values() for r in rest):
        return None
    order = [pairs[0].group(1), pairs[0].group(2)]
    if set(order) != set(letters.values()):
        raise Decline("the ordered pair must name the two scalars")
    if power in (0, 1) or abs(power) > _MAX_POWER:
        raise Decline("a power other than 0 or 1, not too large")
    a = _matrix(given[0].group(3))
    if power < 0 and a.det() == 0:
        raise Decline("the matrix has no inverse")
    target = a ** power
    p, q = sp.symbols("p q")
    size = a.rows
    solved = sp.linsolve(list(p * a + q * sp.eye(size) - target), [p, q])
    if len(solved) != 1:
        raise Decline("no single pair of scalars")
    sol = next(iter(solved))
    if any(s.free_symbols for s in sol):
        raise Decline("the scalars are not determined (the matrix is a multiple of I)")
    value = {letters[name]: sol[0], letters["I"]: sol[1]}
    plain_a = [[Fraction(int(c.p), int(c.q)) for c in a.row(i)] for i in range(size)]
    rebuilt = pm.power(plain_a, power)
    combo = pm.add(pm.scale(Fraction(int(sol[0].p), int(sol[0].q)), plain_a),
                   pm.scale(Fraction(int(sol[1].p), int(sol[1].q)), pm.grid(
                       [[int(i == j) for j in range(size)] for i in range(size)])))
    confirm.check(rebuilt == combo, "the power rebuilt in plain fractions (repeated "
                  "multiplication or row reduction) equals the combination entry by entry")
    answer = sp.Tuple(*(value[v] for v in order))
    shown_power = f"\\mathbf{{{name}}}^{{{power}}}"
    claim = f"{latex(sol[0])} \\mathbf{{{name}}} + {latex(sol[1])} \\mathbf{{I}}"
    return answer, [
        step("compute the power", "Multiply the matrix out (the inverse by "
             "$\\frac{1}{ad - bc}$ times the adjugate)." if power < 0 else
             "Multiply the matrix by itself, square by square.",
             f"${shown_power} = {latex(target)}$", f"{shown_power} = {latex(target)}"),
        step("match the entries", "Each entry of $p\\mathbf{A} + q\\mathbf{I}$ must equal the "
             "same entry of the power: a linear system with one solution.",
             f"${shown_power} = {claim}$", f"{shown_power} = {claim}"),
        step("the pair", "Read off the scalars in the asked order.",
             f"$({order[0]}, {order[1]}) = {latex(answer)}$", latex(answer))]


__all__ = ["read"]
