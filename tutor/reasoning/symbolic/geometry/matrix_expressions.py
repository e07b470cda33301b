"""Reading sums of products of matrices, for `matrix_relations`.

A side such as `k \\mathbf{A}^2 - #0#^{-1} \\mathbf{B}^T + \\mathbf{I}` (written-out
matrices already replaced by `#i#`) is a sum of terms, each a scalar (a number or an
expression in letters) times a product of matrices: written out, named and defined, the
identity `\\mathbf{I}` or the zero matrix `\\mathbf{0}`, each with powers, `^{-1}` (adjugate
over determinant, the determinant kept in `nonzero`) or `^T`. Anything else declines."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import parse_latex

ENV = re.compile(r"\\begin\{([pb]matrix)\}(.*?)\\end\{\1\}", re.S)
NAMED = r"\\(?:mathbf|bold|boldsymbol)\s*\{\s*([A-Z0])\s*\}"
POST = r"\^\s*(?:\{\s*-\s*1\s*\}|\{\s*(?:T|\\top)\s*\}|T|\\top|\{\s*\d\s*\}|\d)"
FACTOR = re.compile(r"(?:#(\d+)#|" + NAMED + r")((?:\s*" + POST + r")*)")
DEFINED = re.compile(r"\s*" + NAMED + r"\s*=\s*#(\d+)#\s*")


def cells(body: str, most: int = 3) -> list[list[sp.Basic]]:
    """The entries of a written-out matrix's body, row by row: a rectangle of at most
    `most` by `most`, each entry a number or an expression in one-letter names."""
    rows = [r for r in re.split(r"\\{1,2}(?=\s|$)", body.strip()) if r.strip()]
    out = [[parse_latex(c) for c in r.split("&")] for r in rows]
    if not out or len({len(r) for r in out}) != 1 or len(out) > most or len(out[0]) > most:
        raise Decline(f"a matrix of at most {most} by {most}")
    for c in (c for r in out for c in r):
        if not isinstance(c, sp.Expr) or not c.is_rational_function() or any(
                len(str(s)) != 1 for s in c.free_symbols):
            raise Decline("entries that are numbers or expressions in letters")
    return out


def grid(body: str) -> sp.Matrix:
    """A written-out square matrix (at most 3 by 3) of numbers and expressions in letters."""
    rows = cells(body)
    if len(rows) != len(rows[0]):
        raise Decline("a square matrix")
    return sp.Matrix(rows)


def top_terms(src: str) -> list[tuple[int, str]]:
    """The terms of a side, split at + and - outside brackets, with their signs."""
    out: list[tuple[int, str]] = []
    depth, sign, start = 0, 1, 0
    for i, ch in enumerate(src):
        depth += (ch in "{(") - (ch in "})")
        if ch not in "+-" or depth != 0:
            continue
        if src[start:i].strip():
            out.append((sign, src[start:i]))
            sign = -1 if ch == "-" else 1
        elif not out and start == 0:
            sign = -1 if ch == "-" else 1
        else:
            raise Decline("two signs in a row")
        start = i + 1
    out.append((sign, src[start:]))
    return out


class MatrixReader:
    def __init__(self, literals: list[sp.Matrix], defined: dict[str, sp.Matrix]) -> None:
        self.literals = literals
        self.defined = defined
        sizes = {m.rows for m in literals}
        if len(sizes) != 1:
            raise Decline("matrices of one size")
        self.n = sizes.pop()
        self.nonzero: list[sp.Expr] = []

    def _power(self, m: sp.Matrix, post: str) -> sp.Matrix:
        for p in re.findall(POST, post):
            body = re.sub(r"[\s^{}]", "", p)
            if body == "-1":
                det = sp.factor(m.det())
                if det == 0:
                    raise Decline("the inverse of a singular matrix")
                self.nonzero.append(det)
                m = m.adjugate() / det
            elif body in ("T", "\\top"):
                m = m.T
            else:
                m = m ** int(body)
        return m

    def side(self, src: str) -> sp.Matrix:
        if src.strip() == "0":
            return sp.zeros(self.n)
        total = sp.zeros(self.n)
        for sign, term in top_terms(src):
            factors = list(FACTOR.finditer(term))
            if not factors:
                raise Decline("a term without a matrix")
            gaps = [term[a.end():b.start()] for a, b in zip(factors, factors[1:], strict=False)]
            if term[factors[-1].end():].strip() or any(g.strip() not in ("", "\\cdot")
                                                       for g in gaps):
                raise Decline("a product of matrices")
            head = term[:factors[0].start()].strip()
            scalar = parse_latex(head) if head else sp.S.One
            if not isinstance(scalar, sp.Expr) or not scalar.is_rational_function():
                raise Decline("a scalar that is a number or a letter")
            product = sp.eye(self.n)
            for f in factors:
                product = product * self._power(self._base(f), f.group(3))
            total += sign * scalar * product
        return total

    def _base(self, f: re.Match[str]) -> sp.Matrix:
        if f.group(1) is not None:
            return self.literals[int(f.group(1))]
        name = f.group(2)
        if name in self.defined:
            return self.defined[name]
        if name in ("I", "0"):
            return sp.eye(self.n) if name == "I" else sp.zeros(self.n)
        raise Decline("a matrix named but not given")


def inverse_side(src: str) -> str | None:
    """X when a side is exactly one matrix to the power -1 (X^{-1})."""
    m = FACTOR.fullmatch(src.strip())
    if m and re.fullmatch(r"\s*\^\s*\{\s*-\s*1\s*\}\s*", m.group(3)):
        return src.strip()[:m.start(3) - m.start()]
    return None


def relation(reader: MatrixReader, src: str) -> sp.Matrix:
    """Left minus right of one relation; `X^{-1} = R` as `X R - I`."""
    left, right = src.split("=")
    for one, other in ((left, right), (right, left)):
        base = inverse_side(one)
        if base is not None and "^{-1}" not in re.sub(r"\s", "", other):
            return reader.side(base) * reader.side(other) - sp.eye(reader.n)
    return reader.side(left) - reader.side(right)


def holds_directly(literals: list[sp.Matrix], defined: dict[str, sp.Matrix], relations: list[str],
            sol: dict) -> bool:
    """The relations as written, at a solution, inverses computed directly."""
    lits = [m.subs(sol) for m in literals]
    named = {k: m.subs(sol) for k, m in defined.items()}
    reader = MatrixReader(lits, named)
    for src in relations:
        left, right = src.split("=")
        if sp.simplify((reader.side(left) - reader.side(right)).subs(sol)) != sp.zeros(reader.n):
            return False
    return True


__all__ = ["DEFINED", "ENV", "MatrixReader", "cells", "grid", "holds_directly", "relation"]
