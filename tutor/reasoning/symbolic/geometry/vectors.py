"""Vector and matrix expressions: parsed into a small tree, then evaluated twice.

`parse(src, names)` reads one piece of LaTeX made of matrices (`pmatrix`, `bmatrix`,
`vmatrix` = its determinant), rational numbers, named vectors (`\\mathbf{v}`), `+ - \\cdot
\\times`, juxtaposition, `^{n}`, `^{-1}`, `^T`, `\\det`, `\\|v\\|` and `\\text{proj}_w v`.
Nothing is evaluated as text. `evaluate(tree, SYMPY)` computes with SymPy;
`evaluate(tree, PLAIN)` recomputes every entry with plain fractions (`plain_matrices`),
and the reader shows an answer only when the two agree."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import sympy as sp

from tutor.reasoning.symbolic.algebra.matrices import matrices
from tutor.reasoning.symbolic.geometry.matrix_ops import PLAIN, SYMPY, SympyOps
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import parse_latex

Tree = tuple[Any, ...]
NAME = r"\\(?:mathbf|bold|vec|boldsymbol)\s*\{\s*([A-Za-z])\s*\}"
_PROJ = re.compile(r"\\(?:text|operatorname|mathrm)\s*\{\s*proj\s*\}\s*_\s*")
_TOKEN = re.compile(
    r"\s*(?:(?P<mat>M\d+)|(?P<name>N[A-Za-z])|(?P<kw>\\det|\\proj|\\cdot|\\times|\\\||\\lVert|"
    r"\\rVert|\|)|(?P<num>\\frac\s*\{\s*\d+\s*\}\s*\{\s*\d+\s*\}|\d+(?:\.\d+)?)"
    r"|(?P<sym>[-+^(){}]|T|\\top))")
_MAX_POWER = 2100  # years such as 2018 are common exponents; both methods stay fast


@dataclass
class VectorParser:
    tokens: list[str]
    i: int = 0
    in_norm: bool = False

    def peek(self) -> str | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, want: str | None = None) -> str:
        tok = self.peek()
        if tok is None or (want is not None and tok != want):
            raise Decline("a vector expression not understood")
        self.i += 1
        return tok

    def expr(self) -> Tree:
        node = ("neg", self.term()) if self.peek() == "-" and self.take() else self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            node = ("add" if op == "+" else "sub", node, self.term())
        return node

    def starts_factor(self) -> bool:
        tok = self.peek()
        return tok is not None and (tok[0] in "MN(" or tok[0].isdigit() or tok.startswith(
            "\\frac") or tok in ("\\det", "\\proj", "{") or (tok == "\\|" and not self.in_norm))

    def term(self) -> Tree:
        node = self.factor()
        while True:
            if self.peek() in ("\\cdot", "\\times"):
                op = self.take()
                node = ("cdot" if op == "\\cdot" else "times", node, self.factor())
            elif self.starts_factor():
                node = ("juxt", node, self.factor())
            else:
                return node

    def factor(self) -> Tree:
        node = self.primary()
        while self.peek() == "^":
            self.take()
            node = self.exponent(node)
        return node

    def exponent(self, node: Tree) -> Tree:
        braced = self.peek() == "{"
        if braced:
            self.take()
        tok = self.take()
        if tok in ("T", "\\top"):
            out: Tree = ("T", node)
        else:
            sign = -1 if tok == "-" else 1
            if tok == "-":
                tok = self.take()
            if not tok.isdigit():
                raise Decline("an integer power")
            out = ("pow", node, sign * int(tok))
        if braced:
            self.take("}")
        return out

    def primary(self) -> Tree:
        tok = self.take()
        if tok[0] in "MN":
            return ("mat" if tok[0] == "M" else "name", tok[1:])
        if tok[0].isdigit() or tok.startswith("\\frac"):
            return ("num", parse_latex(tok))
        if tok in ("(", "{"):
            node = self.expr()
            self.take(")" if tok == "(" else "}")
            return node
        if tok == "\\det":
            return ("det", self.factor())
        if tok == "\\proj":
            onto = self.primary()
            return ("proj", self.factor(), onto)
        if tok == "\\|" and not self.in_norm:
            self.in_norm = True
            node = self.expr()
            self.take("\\|")
            self.in_norm = False
            return ("norm", node)
        raise Decline("a vector expression not understood")


def parse(src: str) -> Tree:
    """The tree of one piece, as `("piece", tree, its matrices)`."""
    found, rest = matrices(src)
    count = iter(range(len(found)))
    rest = re.sub(r"(?<![A-Za-z\\])M(?![A-Za-z])", lambda _m: f" M{next(count)} ", rest)
    rest = re.sub(NAME, r" N\1 ", rest)
    rest = _PROJ.sub(" \\\\proj ", rest)
    rest = rest.replace("\\lVert", "\\|").replace("\\rVert", "\\|").replace("\\left", "")
    rest = rest.replace("\\right", "")
    tokens, pos = [], 0
    while pos < len(rest.rstrip()):
        m = _TOKEN.match(rest, pos)
        if m is None or m.end() == pos:
            raise Decline(f"a vector expression not understood: {rest[pos:pos + 20]!r}")
        tokens.append(m.group(0).strip())
        pos = m.end()
    tokens = ["\\|" if t == "|" else t for t in tokens]
    for k, (kind, _) in enumerate(found):
        if kind == "vmatrix":  # |a b; c d| is a determinant
            idx = tokens.index(f"M{k}")
            tokens[idx:idx + 1] = ["\\det", f"M{k}"]
    p = VectorParser(tokens)
    tree = p.expr()
    if p.peek() is not None:
        raise Decline("a vector expression not understood")
    return ("piece", tree, [m for _k, m in found])




def _column(ops: SympyOps, v: Any) -> bool:
    return ops.is_mat(v) and ops.shape(v)[1] == 1


def evaluate(tree: Tree, ops: SympyOps, found: list[sp.Matrix], names: dict[str, Tree]) -> Any:
    """The value of a tree: a scalar or a matrix (a column vector is n by 1)."""
    def ev(t: Tree) -> Any:
        return evaluate(t, ops, found, names)

    kind = tree[0]
    if kind == "mat":
        return ops.mat(found[int(tree[1])])
    if kind == "num":
        return ops.num(tree[1])
    if kind == "name":
        if tree[1] not in names:
            raise Decline(f"the vector {tree[1]} is not given")
        return ev(names[tree[1]])
    if kind == "piece":  # a tree from another piece of maths, with that piece's matrices
        return evaluate(tree[1], ops, tree[2], names)
    if kind == "neg":
        v = ev(tree[1])
        return ops.scale(ops.num(sp.Integer(-1)), v) if ops.is_mat(v) else -v
    if kind in ("add", "sub"):
        a, b = ev(tree[1]), ev(tree[2])
        if ops.is_mat(a) != ops.is_mat(b) or (ops.is_mat(a) and ops.shape(a) != ops.shape(b)):
            raise Decline("adding things of different sizes")
        return ops.add(a, b, 1 if kind == "add" else -1)
    if kind in ("cdot", "times", "juxt"):
        a, b = ev(tree[1]), ev(tree[2])
        if not ops.is_mat(a) or not ops.is_mat(b):
            if ops.is_mat(a):
                a, b = b, a
            return ops.scale(a, b) if ops.is_mat(b) else a * b
        if _column(ops, a) and _column(ops, b):
            if kind == "cdot" and ops.shape(a) == ops.shape(b):
                return ops.dot(a, b)
            if kind == "times" and ops.shape(a) == ops.shape(b) == (3, 1):
                return ops.cross(a, b)
            raise Decline("a product of two vectors that is not a dot or cross product")
        if ops.shape(a)[1] != ops.shape(b)[0]:
            raise Decline("matrix sizes do not match")
        return ops.mul(a, b)
    if kind == "pow":
        a, n = ev(tree[1]), tree[2]
        if abs(n) > _MAX_POWER or (ops.is_mat(a) and ops.shape(a)[0] != ops.shape(a)[1]):
            raise Decline("a power of a square matrix")
        if n < 0 and (ops.det(a) == 0 if ops.is_mat(a) else a == 0):
            raise Decline("the matrix is not invertible")
        return ops.power(a, n)
    if kind == "T":
        return ops.transpose(_matrix(ops, ev(tree[1])))
    if kind == "det":
        a = _matrix(ops, ev(tree[1]))
        if ops.shape(a)[0] != ops.shape(a)[1]:
            raise Decline("a determinant of a square matrix")
        return ops.det(a)
    if kind == "trace":
        a = _matrix(ops, ev(tree[1]))
        if ops.shape(a)[0] != ops.shape(a)[1]:
            raise Decline("the trace of a square matrix")
        return ops.trace(a)
    if kind == "norm":
        a = ev(tree[1])
        if not _column(ops, a):
            raise Decline("the length of a vector")
        return ops.norm(a)
    if kind == "proj":
        v, w = ev(tree[1]), ev(tree[2])
        if not (_column(ops, v) and _column(ops, w)) or ops.shape(v) != ops.shape(w):
            raise Decline("a projection of one vector onto another")
        ww = ops.dot(w, w)
        if ww == 0:
            raise Decline("projection onto the zero vector")
        return ops.scale(ops.dot(v, w) / ww, w)
    raise Decline("a vector expression not understood")


def _matrix(ops: SympyOps, v: Any) -> Any:
    if not ops.is_mat(v):
        raise Decline("a matrix expected")
    return v


__all__ = ["NAME", "PLAIN", "SYMPY", "Tree", "evaluate", "parse"]
