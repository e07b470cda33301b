"""Typed reader: an unknown matrix, or unknown entries, fixed by matrix equations.

"Find the matrix $\\mathbf{M}$ such that $\\mathbf{M} \\begin{pmatrix} 1 & 2 \\\\ 3 & 4
\\end{pmatrix} = \\begin{pmatrix} ... \\end{pmatrix}$", "Find the $2 \\times 2$ matrix
$\\mathbf{M}$ with $\\mathbf{M} \\begin{pmatrix} 1 \\\\ 0 \\end{pmatrix} = ...$ and
$\\mathbf{M} \\begin{pmatrix} 0 \\\\ 2 \\end{pmatrix} = ...$" (the images of vectors),
"... $\\mathbf{A} \\mathbf{M} = \\mathbf{I}$", and letters inside given matrices: "The
matrices ... and ... are inverses. Enter the ordered pair $(a, b)$", "The matrix ... is its
own inverse. Enter the ordered pair $(c, d)$".

Each equation is a product of two factors equal to a matrix (or the identity). The entries
of the unknowns are solved for with SymPy; the solution must be unique and rational. It is
confirmed by multiplying the given matrices again in plain fractions (`plain_matrices`)."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any, TypeAlias

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import plain_matrices as pm
from tutor.reasoning.symbolic.geometry.reading import COMMON
from tutor.reasoning.symbolic.geometry.vector_line_pieces import signed
from tutor.reasoning.symbolic.geometry.vector_questions import tex
from tutor.reasoning.symbolic.geometry.vectors import NAME
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = COMMON | frozenset(
    "matrix matrices such that satisfies satisfy satisfying for which where with and let be "
    "inverses inverse own each other real numbers constants some exist there".split())
_ENV = re.compile(r"\\begin\{([pb]matrix)\}(.*?)\\end\{\1\}", re.S)
_SIZE = re.compile(r"\s*(\d)\s*\\times\s*(\d)\s*")
_PAIR = re.compile(r"\s*\(\s*([a-z])\s*(?:,\s*([a-z])\s*)(?:,\s*([a-z])\s*)?(?:,\s*([a-z])\s*)?"
                   r"\)\s*")
Factor: TypeAlias = Any  # a SymPy matrix, the unknown's name, or "I"


def _grid(body: str) -> sp.Matrix:
    rows = [r.strip() for r in re.split(r"\\{1,2}(?=\s|$)", body.strip()) if r.strip()]
    grid = [[parse_latex(c) for c in r.split("&")] for r in rows]
    if not grid or len({len(r) for r in grid}) != 1 or len(grid) > 3 or len(grid[0]) > 3:
        raise Decline("a rectangular matrix of at most 3 by 3")
    for c in (c for r in grid for c in r):
        if not isinstance(c, sp.Expr) or not (c.is_Rational or (c.is_Symbol and len(str(c)) == 1)):
            raise Decline("entries that are rational numbers or single letters")
    return sp.Matrix(grid)


def _side(src: str) -> list[Factor]:
    """A product of factors: matrices, named matrices (\\mathbf{M}), the identity."""
    found = [_grid(m.group(2)) for m in _ENV.finditer(src)]
    rest = _ENV.sub(" @ ", src)
    rest = re.sub(NAME, lambda m: f" {m.group(1)} ", rest)
    tokens = re.findall(r"@|[A-Za-z]|\S", rest.replace("\\left", "").replace("\\right", ""))
    out: list[Factor] = []
    mats = iter(found)
    for t in tokens:
        if t == "@":
            out.append(next(mats))
        elif re.fullmatch(r"[A-Z]", t):
            out.append(t)
        else:
            raise Decline("a product of matrices")
    return out


def _equation(src: str) -> tuple[list[Factor], list[Factor]]:
    if src.count("=") != 1:
        raise Decline("one equation of matrices")
    left, right = src.split("=")
    return _side(left), _side(right)


def _value(factors: list[Factor], known: dict[str, sp.Matrix], size: int | None) -> sp.Matrix:
    mats: list[sp.Matrix | None] = []
    for f in factors:
        if isinstance(f, str) and f == "I":
            mats.append(None)
        elif isinstance(f, str):
            if f not in known:
                raise Decline("a matrix named but not given")
            mats.append(known[f])
        else:
            mats.append(f)
    if all(m is None for m in mats):
        if size is None:
            raise Decline("the size of the identity")
        return sp.eye(size)
    n = next(m for m in mats if m is not None)
    result = None
    for m in mats:
        m = sp.eye(n.rows if result is None else result.cols) if m is None else m
        if result is not None and result.cols != m.rows:
            raise Decline("matrices whose sizes do not match")
        result = m if result is None else result * m
    assert result is not None
    return result


def _frac(m: sp.Matrix) -> pm.Grid:
    return [[Fraction(int(c.p), int(c.q)) for c in m.row(i)] for i in range(m.rows)]


def read_matrix_unknowns(split: Split, template: str) -> Result | None:
    w = words(template)
    if not w & {"matrix", "matrices"} or not words_within(template, VOCAB) or not any(
            "matrix}" in m for m in split.maths):
        return None
    unknown: str | None = None
    size: tuple[int, int] | None = None
    pair: list[sp.Symbol] | None = None
    eqs: list[tuple[list[Factor], list[Factor]]] = []
    given: list[sp.Matrix] = []
    bare: set[sp.Symbol] = set()
    for i in dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", template)):
        src = split.maths[i]
        name = re.fullmatch(r"\s*" + NAME + r"\s*", src)
        if name:
            unknown = unknown or name.group(1)
            continue
        if m := _SIZE.fullmatch(src):
            size = (int(m.group(1)), int(m.group(2)))
            continue
        if m := _PAIR.fullmatch(src):
            pair = [sp.Symbol(g) for g in m.groups() if g]
            continue
        if re.fullmatch(r"\s*[a-z]\s*", src):
            bare.add(sp.Symbol(src.strip()))
            continue
        if "=" in src:
            eqs.append(_equation(src))
        elif env := _ENV.fullmatch(src.strip().rstrip(".,")):
            given.append(_grid(env.group(2)))
        else:
            raise Decline("a piece that is not a matrix equation")
    if given and not eqs:
        eqs = _inverse_equations(w, template, given)
    if not eqs:
        raise Decline("no matrix equation")
    letters = set().union(*(f.free_symbols for e in eqs for s in e for f in s
                            if isinstance(f, sp.MatrixBase)))
    if unknown is not None and not letters and pair is None:
        return _solve_matrix(unknown, size, eqs)
    if unknown is None and letters and pair is not None and set(pair) == letters >= bare:
        return _solve_letters(pair, eqs)
    raise Decline("an unknown matrix, or letters in the matrices with an ordered pair asked")


def _inverse_equations(w: set[str], template: str, given: list[sp.Matrix]
                       ) -> list[tuple[list[Factor], list[Factor]]]:
    if len(given) == 2 and re.search(r"@\d+@ and @\d+@ are inverses", template):
        return [([given[0], given[1]], ["I"]), ([given[1], given[0]], ["I"])]
    if len(given) == 1 and re.search(r"is its own inverse", template):
        return [([given[0], given[0]], ["I"])]
    raise Decline("matrices given without an equation")


def _solve_matrix(name: str, size: tuple[int, int] | None,
                  eqs: list[tuple[list[Factor], list[Factor]]]) -> Result:
    shapes = set()
    for left, right in eqs:
        if len(left) != 2 or left.count(name) != 1 or len(right) != 1 or name in right:
            raise Decline("equations of the form M A = B or A M = B")
        other = left[1] if left[0] == name else left[0]
        r = right[0]
        if not isinstance(other, sp.MatrixBase):
            raise Decline("a given matrix beside the unknown")
        if left[0] == name:
            shapes.add((r.rows if isinstance(r, sp.MatrixBase) else other.cols, other.rows))
        else:
            shapes.add((other.cols, r.cols if isinstance(r, sp.MatrixBase) else other.rows))
    if len(shapes) != 1 or (size is not None and size not in shapes):
        raise Decline("the size of the unknown matrix")
    rows, cols = shapes.pop()
    entries = sp.symbols(f"m0:{rows * cols}")
    m = sp.Matrix(rows, cols, entries)
    conditions = []
    for left, right in eqs:
        product = _value([m if f == name else f for f in left], {}, None)
        target = _value(right, {}, product.rows)
        if product.shape != target.shape:
            raise Decline("matrices whose sizes do not match")
        conditions += list(product - target)
    sols = sp.linsolve(conditions, entries)
    if len(sols) != 1 or any(v.free_symbols or not v.is_Rational for v in next(iter(sols))):
        raise Decline("the equations do not fix the matrix")
    answer = sp.Matrix(rows, cols, list(next(iter(sols))))
    ok = True
    for left, right in eqs:
        factors = [_frac(answer) if f == name else _frac(f) for f in left]  # type: ignore[arg-type]
        got = pm.mul(factors[0], factors[1])
        want = _frac(right[0]) if isinstance(right[0], sp.MatrixBase) else [
            [Fraction(int(i == j)) for j in range(len(got[0]))] for i in range(len(got))]
        ok &= got == want
    confirm.check(ok, "multiplying back with plain fractions gives every equation")
    shown = tex(answer)
    return shown, [step("solve for the entries", "Write the unknown matrix with letters, "
                        "multiply out and match entries: a system of linear equations.",
                        f"$\\mathbf{{{name}}} = {shown}$", ""),
                   step("check by multiplying", "Put the matrix back into each equation.",
                        "Every equation holds.", "")]


def _solve_letters(pair: list[sp.Symbol], eqs: list[tuple[list[Factor], list[Factor]]]
                   ) -> Result:
    conditions = []
    for left, right in eqs:
        product = _value(left, {}, None)
        target = _value(right, {}, product.rows)
        if product.shape != target.shape:
            raise Decline("matrices whose sizes do not match")
        conditions += [c for c in (product - target) if c != 0]
    sols = sp.solve(conditions, pair, dict=True)
    if len(sols) != 1 or set(sols[0]) != set(pair) or not all(
            sols[0][s].is_Rational for s in pair):
        raise Decline("the letters are not fixed to one rational value each")
    values = sols[0]
    ok = True
    for left, right in eqs:
        grids = [_frac(f.subs(values)) for f in left if isinstance(f, sp.MatrixBase)]
        got = pm.mul(grids[0], grids[1])
        ok &= got == [[Fraction(int(i == j)) for j in range(len(got[0]))]
                      for i in range(len(got))] if right == ["I"] else got == _frac(
            right[0].subs(values))
    confirm.check(ok, "multiplying the matrices with these values in plain fractions gives "
                  "every equation")
    shown = "\\left( " + ", ".join(signed(values[s]) for s in pair) + " \\right)"
    return shown, [step("multiply and match entries", "Multiply the matrices and set each "
                        "entry equal to the other side's.", ", ".join(
                            f"${latex(s)} = {latex(values[s])}$" for s in pair), "")]


__all__ = ["VOCAB", "read_matrix_unknowns"]
