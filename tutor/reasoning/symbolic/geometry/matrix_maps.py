"""Typed reader: the matrix that does the same thing to every matrix or vector of letters.

"Find the matrix $\\mathbf{M}$ such that $\\mathbf{M} \\begin{pmatrix} a & b \\\\ c & d
\\end{pmatrix} = \\begin{pmatrix} 3a & 3b \\\\ c & d \\end{pmatrix}$", "Find the $3 \\times 3$
matrix $\\mathbf{M}$ such that $\\mathbf{M} \\begin{pmatrix} x \\\\ y \\\\ z \\end{pmatrix} =
\\begin{pmatrix} y \\\\ z \\\\ x + y + z \\end{pmatrix}$ for all real numbers $x,$ $y,$ and
$z$", "Find the matrix $\\mathbf{M}$ that swaps the columns of a matrix.  In other words,
... If no such matrix $\\mathbf{M}$ exists, then enter the zero matrix."

The letters stand for every number, so the entries of M are constants: M is written with
unknown entries, multiplied out, and the coefficient of each letter (and the constant
term) matched in every entry: a linear system in M's entries (SymPy's `linsolve`), whose
solution must be unique. When it has none, the answer is the zero matrix only if the
problem says so. A sentence describing the map before "In other words," restates the
equation after it and is not read.

Confirmed by sampling instead of matching: the letters are set to fixed rationals, and M
times the matrix must equal the other side there, in plain fractions; with no solution,
the equations those samples give must already be inconsistent.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import plain_matrices as pm
from tutor.reasoning.symbolic.geometry.matrix_expressions import ENV, NAMED, cells
from tutor.reasoning.symbolic.geometry.vector_questions import tex
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("matrix such that so for which satisfying all real numbers values vectors "
                  "and".split())
_RESTATED = re.compile(r"(find the (?:@\d+@ )?matrix @\d+@) (?:that|which) [^@]*?\. "
                       r"in other words,? (@\d+@)")
_NONE = re.compile(r",? if no such matrix @\d+@ exists,? (?:then )?enter the zero matrix\.?$")
_SIZE = re.compile(r"\s*(\d)\s*\\times\s*(\d)\s*")
_SAMPLES = [(3, 7, -2, 5, 11, -4, 6, 1, -9), (-5, 2, 9, -1, 4, 8, -3, 10, 7),
            (1, -6, 4, 12, -7, 3, 2, -8, 5), (8, 3, -11, 6, 2, -5, 9, 4, -1)]


def _literal(src: str) -> sp.Matrix:
    m = ENV.fullmatch(src.strip())
    if m is None:
        raise Decline("a written-out matrix")
    rows = cells(m.group(2))
    if not all(c.is_polynomial() for r in rows for c in r):
        raise Decline("entries that are polynomials in letters")
    return sp.Matrix(rows)


def _equation(src: str, name: str) -> tuple[bool, sp.Matrix, sp.Matrix]:
    """(M on the left, the matrix it meets, the other side) from `M X = Y` or `X M = Y`."""
    left, right = src.split("=")
    left = re.sub(r"\\left|\\right|\\cdot", " ", left).strip()
    named = re.search(NAMED, left)
    if named is None or named.group(1) != name:
        raise Decline("the unknown matrix on the left")
    before, after = left[:named.start()].strip(), left[named.end():].strip()
    if bool(before) == bool(after):
        raise Decline("the unknown matrix times one written matrix")
    return not before, _literal(before or after), _literal(right)


def read_matrix_map(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template).strip()
    if not body.startswith("find the") or "matrix" not in body:
        return None
    body = _RESTATED.sub(r"\1 such that \2", body)
    zero_ok = _NONE.search(body) is not None
    body = _NONE.sub("", body).rstrip(" .")
    if not words_within(body, VOCAB):
        return None
    order = [int(g) for g in re.findall(r"@(\d+)@", body)]
    pieces = [split.maths[i].strip().rstrip(".,") for i in order]
    names = [m.group(1) for p in pieces if (m := re.fullmatch(NAMED, p))]
    eqs = [p for p in pieces if p.count("=") == 1 and "matrix}" in p]
    sizes = [m for p in pieces if (m := _SIZE.fullmatch(p))]
    letters = {sp.Symbol(p) for p in pieces if re.fullmatch(r"[a-z]", p)}
    if len(set(names)) != 1 or len(eqs) != 1 or len(pieces) != len(names) + 1 + len(
            sizes) + len(letters) or len(sizes) > 1:
        return None
    name = names[0]
    m_left, given, image = _equation(eqs[0], name)
    free = sorted(given.free_symbols | image.free_symbols, key=str)
    if not free or not image.free_symbols <= given.free_symbols or (
            letters and letters != set(free)):
        raise Decline("the letters of the written matrix stand for every number")
    if m_left:
        shape = (image.rows, given.rows)
        fits = given.cols == image.cols
    else:
        shape = (given.cols, image.cols)
        fits = given.rows == image.rows
    if not fits or (sizes and (int(sizes[0].group(1)), int(sizes[0].group(2))) != shape):
        raise Decline("sizes that fit")
    entries = sp.symbols(f"m0:{shape[0] * shape[1]}")
    unknown = sp.Matrix(shape[0], shape[1], entries)
    diff = (unknown * given if m_left else given * unknown) - image
    conditions = [c for e in diff for c in sp.Poly(sp.expand(e), *free).coeffs()]
    sols = sp.linsolve(conditions, entries)
    if sols == sp.EmptySet:
        if not zero_ok:
            raise Decline("no such matrix, and the problem does not say what to enter")
        _confirm_none(m_left, given, image, entries, shape, free)
        answer = sp.zeros(*shape)
        return tex(answer), [step("match coefficients", "Write the matrix with unknown "
                                  "entries, multiply, and match the coefficient of each "
                                  "letter in every entry.", "The equations have no "
                                  "solution: no matrix does this, so enter the zero matrix.",
                                  "")]
    (values,) = sols
    if any(v.free_symbols for v in values):
        raise Decline("more than one matrix does this")
    answer = sp.Matrix(shape[0], shape[1], list(values))
    _confirm_found(m_left, given, image, answer, free)
    shown = tex(answer)
    product = f"{shown} {tex(given)}" if m_left else f"{tex(given)} {shown}"
    return shown, [
        step("match coefficients", "Write the matrix with unknown entries, multiply, and "
             "match the coefficient of each letter in every entry.",
             f"$\\mathbf{{{name}}} = {shown}$", ""),
        step("check", "Multiply back.", f"${product} = {tex(image)}$",
             f"{latex(name)} = {shown}")]


def _plain(m: sp.Matrix, point: dict) -> pm.Grid:
    out = [[Fraction(0)] * m.cols for _ in range(m.rows)]
    for i in range(m.rows):
        for j in range(m.cols):
            v = sp.Rational(m[i, j].subs(point))
            out[i][j] = Fraction(int(v.p), int(v.q))
    return out


def _points(free: list[sp.Symbol]) -> list[dict]:
    return [dict(zip(free, s, strict=False)) for s in _SAMPLES]


def _confirm_found(m_left: bool, given: sp.Matrix, image: sp.Matrix, answer: sp.Matrix,
                   free: list[sp.Symbol]) -> None:
    ok = True
    for point in _points(free):
        a, g = _plain(answer, {}), _plain(given, point)
        ok &= (pm.mul(a, g) if m_left else pm.mul(g, a)) == _plain(image, point)
    confirm.check(ok, "the matrix times the written one, at sample values of the letters, "
                  "gives the other side in plain fractions")


def _confirm_none(m_left: bool, given: sp.Matrix, image: sp.Matrix, entries: tuple,
                  shape: tuple[int, int], free: list[sp.Symbol]) -> None:
    unknown = sp.Matrix(shape[0], shape[1], entries)
    sampled = []
    for point in _points(free):
        g, y = given.subs(point), image.subs(point)
        sampled += list((unknown * g if m_left else g * unknown) - y)
    confirm.check(sp.linsolve(sampled, entries) == sp.EmptySet,
                  "already at sample values of the letters no matrix fits")


__all__ = ["VOCAB", "read_matrix_map"]
