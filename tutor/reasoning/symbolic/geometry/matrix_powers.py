"""Typed reader: a power of a square matrix whose entries are exact numbers (radicals
included), and the smallest power that is the identity.

"Compute $\\begin{pmatrix} \\sqrt{3} & -1 \\\\ 1 & \\sqrt{3} \\end{pmatrix}^6$", "Let
$\\mathbf{A} = ...$. Compute $\\mathbf{A}^{10}$", "Find the smallest positive integer $n$
such that $\\begin{pmatrix} ... \\end{pmatrix}^n = \\mathbf{I}$".

The power is computed exactly with SymPy by repeated squaring, every entry simplified;
the smallest n by multiplying exact powers in turn up to 400. Confirmed independently:
a power against the same power taken in 40-digit floating point one factor at a time
(mpmath); the smallest n by the eigenvalues (mpmath's `eig`): M^n = I makes M
diagonalisable with eigenvalues that are roots of unity, and the least n is the least
common multiple of their orders.
"""

from __future__ import annotations

import math
import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.vector_questions import tex
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_BOLD = r"\\(?:mathbf|bold|boldsymbol)\s*\{\s*([A-Z])\s*\}"
_MATRIX = r"\\begin\{([pb])matrix\}(.*?)\\end\{\2matrix\}"
_DEFINED = re.compile(r"\s*" + _BOLD + r"\s*=\s*" + _MATRIX + r"\s*", re.S)
_POWER = re.compile(r"\s*(?:" + _BOLD + r"|" + _MATRIX + r")\s*\^\s*(?:\{\s*(\d+|n)\s*\}|(\d|n))"
                    r"\s*(=\s*\\mathbf\s*\{\s*I\s*\}\s*)?", re.S)
VOCAB = frozenset("compute find let calculate smallest least positive integer such that for "
                  "which where".split())
_LIMIT = 400


def _matrix(body: str) -> sp.Matrix:
    rows = [r for r in re.split(r"\\{1,2}(?=\s)", body) if r.strip()]
    grid = [[parse_latex(x) for x in r.split("&")] for r in rows]
    if len(grid) not in (2, 3) or any(len(r) != len(grid) for r in grid):
        raise Decline("a square matrix of size 2 or 3")
    if any(not isinstance(x, sp.Expr) or x.free_symbols or not x.is_real
           for r in grid for x in r):
        raise Decline("matrix entries that are real numbers")
    return sp.Matrix(grid)


def _mp(m: sp.Matrix) -> mpmath.matrix:
    return mpmath.matrix([[mpmath.mpf(str(sp.N(m[i, j], 45))) for j in range(m.cols)]
                          for i in range(m.rows)])


def read_matrix_power(split: Split, template: str) -> Result | None:
    if not words_within(template, VOCAB) or "matrix}" not in " ".join(split.maths):
        return None
    order = list(dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", template)))
    named: dict[str, sp.Matrix] = {}
    asked = None
    for i in order:
        d = _DEFINED.fullmatch(split.maths[i])
        if d:
            named[d.group(1)] = _matrix(d.group(3))
            continue
        p = _POWER.fullmatch(split.maths[i])
        if p:
            if asked is not None:
                return None
            asked = p
        elif split.maths[i].strip() != "n":
            return None
    if asked is None:
        return None
    name, _kind, body, braced, bare, identity = asked.groups()
    if name and name not in named:
        return None
    m = named[name] if name else _matrix(body)
    power = braced or bare
    if identity:
        if power != "n" or not re.search(r"(?:smallest|least) positive integer @\d+@ (?:such that|"
                                         r"for which)", template):
            return None
        return _least_identity(m)
    if power == "n" or identity or not re.fullmatch(r"(?:compute|find|calculate)(?: @\d+@)?"
                                                    r"(?: (?:compute|find|calculate))? @\d+@\W*",
                                                    re.sub(r"let @\d+@\W*", "", template).strip()):
        return None
    if all(x.is_Rational for x in m):
        return None  # rational entries: read by the vector reader
    return _power(m, int(power))


def _power(m: sp.Matrix, k: int) -> Result:
    if k < 2 or k > 60:
        raise Decline("a power between 2 and 60")
    value = (m ** k).applyfunc(lambda x: sp.radsimp(sp.simplify(x)))
    with mpmath.workdps(40):
        a, out = _mp(m), mpmath.eye(m.rows)
        for _ in range(k):
            out = out * a
        want = _mp(value)
        confirm.check(mpmath.mnorm(out - want, 1) < mpmath.mpf(10) ** -25 * (
            1 + mpmath.mnorm(want, 1)), "the power taken one factor at a time in 40-digit "
            "floating point agrees")
    claim = f"{tex(m)}^{{{k}}} = {tex(value)}"
    return tex(value), [step("multiply out the power", "Square repeatedly and multiply; simplify "
                        "each entry.", f"${claim}$", claim)]


def _least_identity(m: sp.Matrix) -> Result:
    """The least n with M^n = I: found from the eigenvalues (each a root of unity, n the least
    common multiple of their orders, at 40 digits), then M^n = I checked exactly (for a
    rotation matrix by its angle: n times it is a whole number of turns)."""
    if not all(x.is_algebraic for x in m):
        raise Decline("entries that are not algebraic numbers")
    eye = sp.eye(m.rows)
    with mpmath.workdps(40):
        values, _vectors = mpmath.eig(_mp(m))
        orders = []
        for lam in values:
            found = next((q for q in range(1, _LIMIT + 1)
                          if abs(mpmath.power(lam, q) - 1) < mpmath.mpf(10) ** -25), None)
            if found is None:
                raise Decline("an eigenvalue that is not a root of unity")
            orders.append(found)
    n = math.lcm(*orders)
    if n > _LIMIT:
        raise Decline("no power up to 400 is the identity")
    turn = _rotation_turn(m)
    if turn is not None:
        confirm.check((n * turn).is_integer, f"{n} times the rotation's angle is a whole "
                      "number of turns")
        shown = f"{tex(m)}^{{{n}}} = {tex(eye)}"
        return sp.Integer(n), [step("rotate n times", "The matrix rotates by "
                                    f"${latex(2 * sp.pi * turn)}$; a whole number of turns "
                                    "first comes after the number of steps below, and the "
                                    "eigenvalues' orders as roots of unity agree.",
                                    f"${shown}$", shown)]
    power = (m ** n).applyfunc(lambda x: sp.radsimp(sp.simplify(x)))
    if power != eye:  # eigenvalues that are roots of unity, but a Jordan block
        raise Decline("no power of the matrix is the identity")
    confirm.check(True, f"the power {n}, multiplied out exactly, is the identity")
    shown = f"{tex(m)}^{{{n}}} = {tex(eye)}"
    return sp.Integer(n), [step("take powers", "The eigenvalues are roots of unity; the least "
                                "common multiple of their orders is the first power that is "
                                "the identity.", f"${shown}$", shown)]


def _rotation_turn(m: sp.Matrix) -> sp.Rational | None:
    """theta / (2 pi) for a matrix written [[cos t, -sin t], [sin t, cos t]] with t a
    rational multiple of pi; None for any other matrix."""
    if m.shape != (2, 2) or not (isinstance(m[0, 0], sp.cos) and isinstance(m[1, 0], sp.sin)):
        return None
    t = m[0, 0].args[0]
    if m[1, 0].args[0] != t or m[1, 1] != m[0, 0] or m[0, 1] != -m[1, 0]:
        return None
    turn = sp.nsimplify(t / (2 * sp.pi))
    return turn if turn.is_Rational else None


__all__ = ["VOCAB", "read_matrix_power"]
