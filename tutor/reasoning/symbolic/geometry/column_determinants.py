"""Typed reader: the determinant of a matrix whose columns (or rows) are combinations of the
columns of one with a known determinant.

"Let $D$ be the determinant of the matrix whose column vectors are $\\mathbf{u},$
$\\mathbf{v},$ and $\\mathbf{w}.$  Find the determinant of the matrix whose column vectors are
$\\mathbf{u} - \\mathbf{v},$ $\\mathbf{v} - \\mathbf{w},$ and $\\mathbf{w} + \\mathbf{u},$ in terms
of $D.$", "The determinant of the matrix with columns $\\mathbf{a}$, $\\mathbf{b}$,
$\\mathbf{c}$ is 4. What is the determinant of the matrix with columns $2\\mathbf{a}$, ...?"

The new columns are linear combinations of the old: new = old times C, so the determinant is
det C times the old one (a product of determinants). Each new column must be a sum of
rational multiples of the old ones.

Confirmed on actual matrices: the old columns are made two concrete integer matrices, the
new columns built from them and both determinants taken by cofactors in plain fractions;
their ratio must be det C both times.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.vectors import NAME
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("let be the determinant of matrix whose with column columns row rows vectors "
                  "are and find what is compute in terms".split())
_LIST = r"@(\d+)@,? (?:and )?@(\d+)@(?:,? (?:and )?@(\d+)@)?"
_OLD = re.compile(r"(?:let @(?P<name>\d+)@ be )?the determinant of the matrix (?:whose|with) "
                  r"(?P<kind>column|row)s?(?: vectors)? (?:are )?" + _LIST +
                  r"(?: is @(?P<value>\d+)@)?")
_NEW = re.compile(r"(?:find|what is|compute) the determinant of the matrix (?:whose|with) "
                  r"(?P<kind>column|row)s?(?: vectors)? (?:are )?" + _LIST +
                  r"(?:,? in terms of @(?P<name>\d+)@)?")
_SAMPLES = [[[2, 1, 0], [1, 3, 1], [0, 1, 4]], [[1, -2, 3], [4, 0, 1], [-1, 5, 2]]]


def _det(m: list[list[Fraction]]) -> Fraction:
    if len(m) == 1:
        return m[0][0]
    return sum((Fraction((-1) ** j) * m[0][j] * _det([r[:j] + r[j + 1:] for r in m[1:]])
                for j in range(len(m))), Fraction(0))


def _combination(src: str, names: list[str]) -> list[sp.Rational]:
    """The coefficients of the old vectors in one new one."""
    greek = dict(zip(names, ("alpha", "beta", "gamma"), strict=False))
    letters = {n: sp.Symbol(g) for n, g in greek.items()}
    if re.search(r"\\(?:alpha|beta|gamma)", src):
        raise Decline("Greek letters beside the columns")
    text = re.sub(NAME, lambda m: f" \\{greek[m.group(1)]} " if m.group(1) in names else " ? ",
                  src)
    if "?" in text:
        raise Decline("a vector that is not one of the columns")
    v = parse_latex(text.strip().rstrip(".,"))
    if not isinstance(v, sp.Expr) or not v.free_symbols <= set(letters.values()):
        raise Decline("a combination of the columns")
    poly = sp.Poly(sp.expand(v), *letters.values())
    if poly.total_degree() != 1 or poly.coeff_monomial(1) != 0:
        raise Decline("a linear combination of the columns")
    coeffs = [poly.coeff_monomial(letters[n]) for n in names]
    if not all(c.is_Rational for c in coeffs):
        raise Decline("rational multiples of the columns")
    return coeffs


def read_column_determinant(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template.lower())
    old, new = _OLD.search(body), _NEW.search(body)
    if old is None or new is None or not words_within(body, VOCAB):
        return None
    if old.group("kind") != new.group("kind"):
        raise Decline("columns and rows mixed")
    piece = [split.maths[int(i)].strip().rstrip(".,") if i else None for i in old.groups()[2:5]]
    names = [m.group(1) for p in piece if p and (m := re.fullmatch(NAME, p))]
    if len(names) != sum(p is not None for p in piece) or len(set(names)) != len(names):
        raise Decline("the old columns named one letter each")
    news = [split.maths[int(i)] for i in new.groups()[1:4] if i]
    if len(news) != len(names):
        raise Decline("as many new columns as old")
    table = sp.Matrix([_combination(src, names) for src in news]).T  # column j: new vector j
    if old.group("value"):
        told = parse_latex(split.maths[int(old.group("value"))])
        if old.group("name") or new.group("name") or not (isinstance(told, sp.Expr)
                                                         and told.is_Rational):
            raise Decline("the old determinant a number")
        known: sp.Expr = told
    else:
        label = old.group("name") and split.maths[int(old.group("name"))].strip()
        asked = new.group("name") and split.maths[int(new.group("name"))].strip().rstrip(".")
        if not label or not re.fullmatch(r"[A-Za-z]", label) or asked != label:
            raise Decline("the answer in terms of the old determinant's name")
        known = sp.Symbol(label)
    factor = table.det()
    answer = sp.expand(factor * known)
    n = len(names)
    ok = True
    for sample in _SAMPLES:
        old_cols = [[Fraction(sample[r][c]) for r in range(n)] for c in range(n)]
        new_cols = [[sum((Fraction(int(table[k, j].p), int(table[k, j].q)) * old_cols[k][r]
                          for k in range(n)), Fraction(0)) for r in range(n)] for j in range(n)]
        old_det = _det([list(r) for r in zip(*old_cols, strict=True)])
        ok &= old_det != 0 and _det([list(r) for r in zip(*new_cols, strict=True)]) == (
            old_det * Fraction(int(factor.p), int(factor.q)))
    confirm.check(ok, "built from two concrete matrices, the new determinant is "
                  f"${latex(factor)}$ times the old in plain fractions")
    return answer, [step("write the new columns through the old", "New = old times the "
                         "matrix of coefficients, so the determinants multiply.",
                         f"$\\det C = {latex(factor)}$, so the determinant is "
                         f"${latex(answer)}$", "")]


__all__ = ["VOCAB", "read_column_determinant"]
