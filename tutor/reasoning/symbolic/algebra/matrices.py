"""Numeric matrices: determinants and products, entry by entry; polar to rectangular."""

from __future__ import annotations

import itertools
import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex

Result = tuple[sp.Basic | str, list[Step]]
_ENV = re.compile(r"\\begin\{([pvb]matrix)\}(.*?)\\end\{\1\}", re.S)


def grid(body: str) -> list[list[sp.Basic]]:
    """The parsed entries of a matrix body ("a & b \\\\ c & d"), row by row."""
    rows = [r.strip() for r in re.split(r"\\{1,2}(?=\s|$)", body.strip()) if r.strip()]
    return [[parse_latex(c) for c in r.split("&")] for r in rows]


def _entries(body: str) -> sp.Matrix:
    cells = grid(body)
    if not cells or len({len(r) for r in cells}) != 1 or len(cells) > 4 or len(cells[0]) > 4:
        raise Decline("a rectangular matrix of at most 4 by 4")
    if any(not c.is_Rational for r in cells for c in r):
        raise Decline("rational entries only")
    return sp.Matrix(cells)


def matrices(src: str) -> tuple[list[tuple[str, sp.Matrix]], str]:
    """The matrices written in `src` and what is left between them (operators)."""
    found, rest, last = [], "", 0
    for m in _ENV.finditer(src):
        rest += src[last:m.start()] + " M "
        found.append((m.group(1), _entries(m.group(2))))
        last = m.end()
    return found, (rest + src[last:]).strip()


def _tex(mat: sp.Matrix) -> str:
    rows = " \\\\ ".join(" & ".join(latex(c) for c in mat.row(i)) for i in range(mat.rows))
    return f"\\begin{{pmatrix}} {rows} \\end{{pmatrix}}"


def _det_claim(mat: sp.Matrix) -> str:
    if mat.rows == 2:
        a, b, c, d = mat
        return (f"\\left({latex(a)}\\right) \\left({latex(d)}\\right) - \\left({latex(b)}\\right)"
                f" \\left({latex(c)}\\right) = {latex(mat.det())}")
    terms = []
    for j in range(mat.cols):
        minor = mat.minor_submatrix(0, j).det()
        sign = "+" if j % 2 == 0 else "-"
        terms.append(f"{sign} \\left({latex(mat[0, j])}\\right) \\left({latex(minor)}\\right)")
    return " ".join(terms).lstrip("+ ") + f" = {latex(mat.det())}"


def determinant(src: str) -> Result:
    """det of one square matrix, written |...| (vmatrix) or \\det(pmatrix)."""
    found, rest = matrices(src)
    if len(found) != 1:
        raise Decline("one matrix")
    kind, mat = found[0]
    ok = (kind == "vmatrix" and rest == "M") or (
        kind in ("pmatrix", "bmatrix") and re.fullmatch(r"\\det\s*(?:\(\s*M\s*\)|M)", rest))
    if not ok or mat.rows != mat.cols or mat.rows not in (2, 3):
        raise Decline("a 2 by 2 or 3 by 3 determinant")
    claim = _det_claim(mat)
    hint = ("ad - bc for a 2 by 2 matrix." if mat.rows == 2 else
            "Expand along the first row, alternating signs.")
    value = mat.det()
    confirm.number(_leibniz(mat), value, "the sum over all permutations, in floating point")
    return value, [step("expand the determinant", hint, f"${claim}$", claim)]


def _leibniz(mat: sp.Matrix) -> mpmath.mpc | None:
    """The determinant as the signed sum over permutations, evaluated with mpmath."""
    n = mat.rows
    entries = [[numeric.to_mp(mat[i, j]) for j in range(n)] for i in range(n)]
    if any(v is None for row in entries for v in row):
        return None
    total = mpmath.mpc(0)
    for perm in itertools.permutations(range(n)):
        sign = (-1) ** sum(perm[i] > perm[j] for i in range(n) for j in range(i + 1, n))
        total += sign * mpmath.fprod(entries[i][perm[i]] for i in range(n))
    return total


def product(src: str) -> Result:
    """The product of two numeric matrices written side by side."""
    found, rest = matrices(src)
    if len(found) != 2 or any(k != "pmatrix" for k, _ in found) or not re.fullmatch(
            r"M\s*(?:\\cdot|\\times)?\s*M", rest):
        raise Decline("a product of two matrices")
    a, b = found[0][1], found[1][1]
    if a.cols != b.rows:
        raise Decline("sizes do not match")
    out = a * b
    claims = []
    for i in range(out.rows):
        for j in range(out.cols):
            terms = " + ".join(f"\\left({latex(a[i, k])}\\right) \\left({latex(b[k, j])}\\right)"
                               for k in range(a.cols))
            claims.append(f"{terms} = {latex(out[i, j])}")
    return _tex(out), [step("multiply rows by columns", "Entry (i, j) is row i of the first "
                            "matrix times column j of the second.",
                            "; ".join(f"${c}$" for c in claims), claims[0])]


def polar_to_rect(src: str) -> Result:
    p = parse_latex(src)
    if isinstance(p, sp.Interval):
        p = sp.Tuple(p.start, p.end)
    if not isinstance(p, sp.Tuple) or len(p) != 2 or p.free_symbols:
        raise Decline("a point (r, theta)")
    r, t = sp.simplify(p[0]), sp.simplify(p[1])
    x, y = sp.nsimplify(r * sp.cos(t)), sp.nsimplify(r * sp.sin(t))
    if not (x.is_real and y.is_real) or sp.cos(t).has(sp.cos) or sp.sin(t).has(sp.sin):
        raise Decline("not an exact angle")
    rr, tt = numeric.to_mp(r), numeric.to_mp(t)
    if rr is not None and tt is not None:
        confirm.number(rr * mpmath.cos(tt), x, "r cos θ in floating point")
        confirm.number(rr * mpmath.sin(tt), y, "r sin θ in floating point")
    c1 = f"{latex(r)} \\cos\\left({latex(t)}\\right) = {latex(x)}"
    c2 = f"{latex(r)} \\sin\\left({latex(t)}\\right) = {latex(y)}"
    return sp.Tuple(x, y), [step("use x = r cos θ and y = r sin θ", "Project the point onto "
                                 "the axes.", f"${c1}$ and ${c2}$", c1)]
