"""Typed reader: letters in the entries of vectors, fixed by relations told in words.

"Let $\\mathbf{u} = \\begin{pmatrix} 2 \\\\ s \\end{pmatrix}$ and $\\mathbf{w} = ...$ be vectors
that have the same length and are orthogonal. Enter the ordered pair $(s, r)$", "The set of
vectors $\\{...\\}$ is linearly dependent. Find all possible values of $k$", "Two lines are
perpendicular. One line has direction vector ... the other has direction vector ... Find
$b$".

The relations: orthogonal / perpendicular (the dot product is 0), parallel / linearly
dependent (every largest minor of the vectors' columns is 0), the same length (magnitude,
norm: equal squared lengths). Perpendicular or parallel lines are said of their direction
vectors. A pairwise relation needs exactly two vectors; the vectors of a dependent set are
all the vectors given. The letters are solved for exactly with SymPy; every solution must
fix every letter and be real, and no vector may be zero where a relation is pairwise.

Confirmed independently: at each solution the relations are recomputed in floating point
by other formulas (|a.b| against |a||b| for orthogonal and parallel, the Gram determinant
for a dependent set, square roots of the lengths), and the number of solutions is checked
by a lexicographic Groebner basis, whose last polynomial's distinct real roots (counted by
Sturm sequences) must be the distinct values found of that letter.
"""

from __future__ import annotations

import re
from itertools import combinations

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import COMMON, places
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_NAME = r"(?:\\(?:mathbf|bold|vec|boldsymbol)\s*\{\s*[A-Za-z]\s*\}\s*=\s*)?"
_COLUMN = re.compile(r"\\begin\{([pb])matrix\}([^&]*?)\\end\{\1matrix\}", re.S)
_SET = re.compile(r"^\s*(?:\\left)?\s*\\\{(.*)(?:\\right)?\s*\\\}\s*$", re.S)
_RELATIONS = {
    "orthogonal": re.compile(r"\b(?:orthogonal|perpendicular)\b"),
    "parallel": re.compile(r"\bparallel\b"),
    "dependent": re.compile(r"\blinearly dependent\b"),
    "length": re.compile(r"\b(?:(?:the )?same (?:length|magnitude|norm)|equal (?:in )?"
                         r"(?:length|magnitude|norm)s?)\b"),
}
# "unit vector" is a condition this reader does not read: never skipped as a unit of length
VOCAB = (COMMON - {"unit", "units", "square", "cubic"}) | frozenset(
    "vectors vector let be that are is and orthogonal perpendicular parallel linearly "
    "dependent same equal length lengths magnitude magnitudes norm norms have has to each "
    "other lines line one direction find enter ordered pair triple all possible separated by "
    "commas so such set where real numbers some for with two both which".split())
_ALL = re.compile(r"\ball (?:the )?possible values\b|\bseparated by commas\b")


def _column(src: str) -> list[sp.Expr]:
    """The entries of one column written `\\begin{pmatrix} a \\\\ b \\end{pmatrix}`."""
    m = _COLUMN.fullmatch(src.strip())
    if m is None:
        raise Decline("a vector written as a column")
    # "\\ " reaches here as "\ " (parsing reads "\ " as a space)
    entries = [parse_latex(e) for e in re.split(r"\\{1,2}(?=\s|$)", m.group(2)) if e.strip()]
    if len(entries) not in (2, 3) or any(not isinstance(e, sp.Expr) for e in entries):
        raise Decline("vector entries")
    return entries


def _vectors(src: str) -> list[list[sp.Expr]] | None:
    """The vectors of a piece: one column (perhaps named), a set of columns, or None."""
    body = re.sub(r"^\s*" + _NAME, "", src)
    s = _SET.match(body)
    if s is not None:
        found = _COLUMN.findall(s.group(1))
        rest = _COLUMN.sub("", s.group(1))
        if len(found) < 2 or rest.replace(",", "").strip():
            raise Decline("a set of vectors")
        return [_column(f"\\begin{{{k}matrix}}{e}\\end{{{k}matrix}}") for k, e in found]
    if _COLUMN.fullmatch(body.strip()):
        return [_column(body)]
    return None


def _asked(src: str) -> list[sp.Symbol] | None:
    """The letter asked for, or the letters of an ordered pair or triple."""
    m = re.fullmatch(r"\s*\(?\s*([a-z](?:\s*,\s*[a-z]){0,2})\s*\)?\s*", src)
    if m is None:
        return None
    return [sp.Symbol(x.strip()) for x in m.group(1).split(",")]


def _equations(relation: str, vecs: list[sp.Matrix]) -> list[sp.Expr]:
    if relation == "dependent":
        cols = sp.Matrix.hstack(*vecs)
        n, d = cols.cols, cols.rows
        if n > d:
            raise Decline("more vectors than entries: always dependent")
        return [sp.expand(cols.extract(list(r), list(range(n))).det())
                for r in combinations(range(d), n)]
    if len(vecs) != 2:
        raise Decline("a relation between two vectors, with another number of vectors")
    a, b = vecs
    if relation == "orthogonal":
        return [sp.expand(a.dot(b))]
    if relation == "length":
        return [sp.expand(a.dot(a) - b.dot(b))]
    return [sp.expand(a[i] * b[j] - a[j] * b[i]) for i in range(a.rows)
            for j in range(i + 1, a.rows)]


def _holds(relation: str, vecs: list[mpmath.matrix]) -> bool:
    """The relation recomputed in floating point by other formulas."""
    tol = mpmath.mpf(10) ** -20

    def dot(u: mpmath.matrix, v: mpmath.matrix) -> mpmath.mpf:
        return mpmath.fsum(u[i] * v[i] for i in range(u.rows))

    if relation == "dependent":
        gram = mpmath.matrix([[dot(u, v) for v in vecs] for u in vecs])
        scale = mpmath.fprod(dot(u, u) for u in vecs) or mpmath.mpf(1)
        return bool(abs(mpmath.det(gram)) <= tol * scale)
    a, b = vecs
    na, nb = mpmath.sqrt(dot(a, a)), mpmath.sqrt(dot(b, b))
    if relation == "length":
        return bool(abs(na - nb) <= tol * (na + nb + 1))
    if relation == "orthogonal":
        return bool(abs(dot(a, b)) <= tol * (na * nb + 1))
    return bool(abs(abs(dot(a, b)) - na * nb) <= tol * (na * nb + 1))


def _real(v: sp.Expr) -> bool:
    return bool(abs(sp.im(sp.N(v, 40))) < 1e-30)


def _solve(relations: list[str], vecs: list[sp.Matrix], unknowns: list[sp.Symbol]
           ) -> tuple[list[sp.Expr], list[dict[sp.Symbol, sp.Expr]]]:
    eqs = [e for r in relations for e in _equations(r, vecs) if e != 0]
    if not eqs or any(not e.is_polynomial(*unknowns) for e in eqs):
        raise Decline("no condition on the letters")
    found = sp.solve(eqs, unknowns, dict=True)
    sols = []
    for sol in found:
        if set(sol) != set(unknowns) or any(v.free_symbols for v in sol.values()):
            raise Decline("the relations do not fix every letter")
        if all(_real(v) for v in sol.values()):
            sols.append({k: sp.nsimplify(sp.re(v)) if v.is_Float else sp.radsimp(sp.re(v))
                         for k, v in sol.items()})
    pairwise = set(relations) - {"dependent"}
    for sol in sols:
        if pairwise and any(all(sp.simplify(e.subs(sol)) == 0 for e in v) for v in vecs):
            raise Decline("a zero vector at a solution")
    if not sols:
        raise Decline("no real letters meet the relations")
    return eqs, sols


def _count_check(eqs: list[sp.Expr], unknowns: list[sp.Symbol],
                 sols: list[dict[sp.Symbol, sp.Expr]]) -> None:
    basis = sp.groebner(eqs, *unknowns, order="lex")
    if not basis.is_zero_dimensional:
        raise Decline("the relations leave infinitely many solutions")
    last = unknowns[-1]
    tails = [p for p in basis.exprs if p.free_symbols <= {last}]
    if len(tails) != 1:
        raise Decline("no eliminating polynomial")
    roots = sp.Poly(sp.sqf_part(tails[0]), last).count_roots()
    distinct: list[sp.Expr] = []
    for s in sols:
        if not any(sp.simplify(s[last] - d) == 0 for d in distinct):
            distinct.append(s[last])
    confirm.check(roots == len(distinct), "the number of real solutions agrees with a "
                  "Groebner basis and a Sturm count of its last polynomial")


def read_vector_conditions(split: Split, template: str) -> Result | None:
    if not words_within(template, VOCAB):
        return None
    relations = [r for r, rx in _RELATIONS.items() if rx.search(template)]
    if not relations:
        return None
    vecs_src: list[list[sp.Expr]] = []
    asked: list[sp.Symbol] | None = None
    letters: set[sp.Symbol] = set()
    order = list(dict.fromkeys(places(template)))
    for i in order:  # the vectors; the letters named, the last of them asked for
        got = _vectors(split.maths[i])
        if got is not None:
            vecs_src += got
            continue
        named = _asked(split.maths[i])
        if named is None:
            return None
        letters |= set(asked or ())
        asked = named
    if asked is None or len(vecs_src) < 2 or len({len(v) for v in vecs_src}) != 1:
        return None
    free = set().union(*(e.free_symbols for v in vecs_src for e in v))
    if not free or len(free) > 3 or not set(asked) <= free or not letters <= free:
        raise Decline("the letters asked are the letters of the vectors")
    unknowns = sorted((sp.Symbol(s.name, real=True) for s in free), key=lambda s: s.name)
    to_real = {s: sp.Symbol(s.name, real=True) for s in free}
    vecs = [sp.Matrix([e.xreplace(to_real) for e in v]) for v in vecs_src]
    asked_r = [to_real[a] for a in asked]
    eqs, sols = _solve(relations, vecs, unknowns)
    with mpmath.workdps(40):
        for sol in sols:
            num = [mpmath.matrix([mpmath.mpf(str(sp.N(e.subs(sol), 45))) for e in v])
                   for v in vecs]
            confirm.check(all(_holds(r, num) for r in relations),
                          "the relations hold at each solution, recomputed in floating point")
    _count_check(eqs, unknowns, sols)
    answers: list[tuple[sp.Expr, ...]] = []
    for sol in sols:
        t = tuple(sol[a] for a in asked_r)
        if not any(all(sp.simplify(x - y) == 0 for x, y in zip(t, u, strict=True))
                   for u in answers):
            answers.append(t)
    if len(answers) > 1 and (len(asked) > 1 or not _ALL.search(template)):
        raise Decline("the relations leave more than one answer")
    return _result(relations, vecs, eqs, sols, asked_r, answers)


_SAY = {"orthogonal": "Orthogonal (perpendicular) vectors have dot product 0.",
        "parallel": "Parallel vectors have proportional entries: every 2 by 2 cross "
                    "difference is 0.",
        "dependent": "Dependent vectors make every largest determinant of their columns 0.",
        "length": "Vectors of one length have equal sums of squared entries."}


def _result(relations: list[str], vecs: list[sp.Matrix], eqs: list[sp.Expr],
            sols: list[dict[sp.Symbol, sp.Expr]], asked: list[sp.Symbol],
            answers: list[tuple[sp.Expr, ...]]) -> Result:
    steps: list[Step] = []
    claims = ", ".join(f"{latex(e)} = 0" for e in eqs)
    steps.append(step("write the relations as equations",
                      " ".join(_SAY[r] for r in relations), f"${claims}$"))
    shown = " or ".join(", ".join(f"{latex(k)} = {latex(v)}" for k, v in s.items())
                        for s in sols)
    steps.append(step("solve", "Solve the equations together; keep real solutions.",
                      f"${shown}$", shown if len(sols) == 1 else ""))
    if len(asked) > 1:
        answer: sp.Basic | str = "(" + ", ".join(latex(v) for v in answers[0]) + ")"
    elif len(answers) == 1:
        answer = answers[0][0]
    else:
        answer = ", ".join(latex(v) for v in sorted((a[0] for a in answers),
                                                     key=lambda x: float(sp.N(x))))
    return answer, steps


__all__ = ["VOCAB", "read_vector_conditions"]
