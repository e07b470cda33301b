"""Typed reader: the line or plane that a given projection or reflection matrix is for.

"The matrix for projecting onto a certain line $\\ell,$ which passes through the origin, is
given by $M$. Find the direction vector of line $\\ell$", "The matrix for reflecting over a
certain line ...", "the matrix for projecting onto a plane $P$ through the origin is $M$;
find the normal vector of plane $P$", "the matrix for reflecting through a plane ...";
answered as integers with gcd 1 and a positive first entry (the form such problems state).

A projection onto the line along d is d d^T / (d . d), so any nonzero column of it (of
(R + I) / 2 for a reflection R) is along d; a projection onto the plane with normal n is
I - n n^T / (n . n), so a nonzero column of I - P (of (I - R) / 2) is along n.
Confirmed by building the map again from the integer vector found and comparing it with
the given matrix entry by entry in plain fractions; any other matrix declines.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from functools import reduce

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.matrices import matrices
from tutor.reasoning.symbolic.geometry.reading import COMMON
from tutor.reasoning.symbolic.geometry.vector_questions import tex
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = COMMON | frozenset(
    "matrix for projecting onto reflecting over through across certain line plane which "
    "projection reflection "
    "passes origin given by direction normal vector of enter your answer form where integers "
    "and are".split())
_ASKED = re.compile(r"find (?:the|a) (direction|normal) vector of (?:the )?(line|plane) @\d+@")
# "enter your answer in the form (a, b, c) column, where a, b, and c are integers, a > 0,
# and gcd(|a|,|b|,|c|) = 1"
_FORM = re.compile(r"enter your answer in the form @(\d+)@,? where (?:@\d+@,? )+(?:and )?@\d+@ "
                   r"are integers,? @(\d+)@,? and @(\d+)@\.?")


_STRETCH = re.compile(r"\\renewcommand\s*\{\\arraystretch\}\s*\{[\d.]+\}")  # typesetting only


def _column_form(src: str, size: int) -> bool:
    letters = re.findall(r"[a-z]", re.sub(r"\\(?:begin|end)\{[pb]matrix\}", "", src))
    return letters == list("abc"[:size])


def _integers(v: list[sp.Rational]) -> list[int]:
    """v scaled to integers with gcd 1 and its first entry positive."""
    lcm = reduce(lambda a, b: a * b // math.gcd(a, b), (int(c.q) for c in v), 1)
    ints = [int(c * lcm) for c in v]
    g = reduce(math.gcd, (abs(c) for c in ints))
    ints = [c // g for c in ints]
    if ints[0] == 0:
        raise Decline("the first entry is 0: the form asks for a positive first entry")
    return ints if ints[0] > 0 else [-c for c in ints]


def _rebuilt(v: list[int], line: bool, reflect: bool) -> list[list[Fraction]]:
    """The map for the integer vector v in plain fractions."""
    size, norm = len(v), sum(c * c for c in v)
    outer = [[Fraction(v[i] * v[j], norm) for j in range(size)] for i in range(size)]
    one = [[Fraction(int(i == j)) for j in range(size)] for i in range(size)]
    if line:
        return [[2 * outer[i][j] - one[i][j] if reflect else outer[i][j]
                 for j in range(size)] for i in range(size)]
    k = 2 if reflect else 1
    return [[one[i][j] - k * outer[i][j] for j in range(size)] for i in range(size)]


def read_matrix_axis(split: Split, template: str) -> Result | None:
    w = words(template)
    asked = _ASKED.search(template)
    if asked is None or "matrix" not in w or not words_within(template, VOCAB):
        return None
    reflect = bool(w & {"reflecting", "reflection"})
    if reflect == bool(w & {"projecting", "projection"}):
        return None
    line = asked.group(2) == "line"
    if (asked.group(1) == "direction") != line:
        raise Decline("a direction vector of a line or a normal vector of a plane")
    given = [_STRETCH.sub("", m) for m in split.maths if "matrix}" in m and "&" in m]
    if len(given) != 1:
        return None
    found, rest = matrices(given[0])
    if len(found) != 1 or rest.strip() != "M":
        raise Decline("one matrix")
    mat = found[0][1]
    size = mat.shape[0]
    if mat.shape != (size, size) or size not in (2, 3) or not all(
            isinstance(c, sp.Rational) for c in mat):
        raise Decline("a square matrix of rational numbers")
    form = _FORM.search(template)
    if form is None or not _column_form(split.maths[int(form.group(1))], size):
        raise Decline("the answer form with integer entries must be stated")
    one = sp.eye(size)
    along = (mat + one) / 2 if line and reflect else mat if line else (
        (one - mat) / 2 if reflect else one - mat)
    columns = [list(along[:, j]) for j in range(size) if any(along[:, j])]
    if not columns:
        raise Decline("the map is not a projection or reflection for one line or plane")
    v = _integers(columns[0])
    rebuilt = _rebuilt(v, line, reflect)
    confirm.check(all(rebuilt[i][j] == Fraction(int(mat[i, j].p), int(mat[i, j].q))
                      for i in range(size) for j in range(size)),
                  "the map built again from the vector is the given matrix (plain fractions)")
    answer = sp.Matrix(v)
    kind = ("(R + I)/2" if reflect else "the matrix") if line else (
        "(I - R)/2" if reflect else "I - P")
    what = "direction of the line" if line else "normal of the plane"
    return tex(answer), [
        step("a column along the vector", f"Every column of {kind} is a multiple of the "
             f"{what}.", f"${tex(sp.Matrix(columns[0]))}$", ""),
        step("scale to integers", "Clear denominators and common factors; make the first "
             "entry positive.", f"${tex(answer)}$", tex(answer))]


__all__ = ["VOCAB", "read_matrix_axis"]
