"""Expressions in named vectors (`\\mathbf{a}`, `\\mathbf{0}`): `+ - \\cdot`, numbers
(whole, fractions, square roots) times vectors, lengths `\\|v\\|` and their squares, read
into a small tree without evaluating text. `value` evaluates a tree with given `Ops`:
symbolically (`gram_ops`: a vector is its coefficients on the named vectors and a dot
product a sum of entries of their Gram matrix) or on coordinates (`coordinate_ops`, 40
digits), so a reader can compute a quantity twice in independent ways."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import mpmath
import sympy as sp

from tutor.reasoning.symbolic.geometry import vectors
from tutor.reasoning.symbolic.geometry.vectors import NAME
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import parse_latex

Tree = tuple[Any, ...]

_TOKEN = re.compile(r"\s*(?P<name>N[A-Za-z]|Z)|\s*(?P<op>\\cdot|\\times|\\\||[-+()^{}]|=)|"
                    r"\s*(?P<num>\\sqrt\s*\{\s*\d+\s*\}|\\sqrt\s*\d|\\frac\s*\{\s*\d+\s*\}\s*"
                    r"\{\s*\d+\s*\}|\\frac\s*\d\s*\d|\d+(?:\.\d+)?)")


class _Parser(vectors.VectorParser):
    """The matrix parser's sums and token handling; its own products, powers and atoms."""

    def term(self) -> Tree:
        node = self.power()
        while True:
            tok = self.peek()
            if tok in ("\\cdot", "\\times"):
                self.take()
                node = ("dot" if tok == "\\cdot" else "cross", node, self.power())
            elif tok is not None and (tok[0] in "N(" or tok[0] not in "-+)=^}\\" or (
                    tok == "\\|" and not self.in_norm) or tok.startswith("\\sqrt")
                    or tok.startswith("\\frac")):
                node = ("scale", node, self.power())
            else:
                return node

    def power(self) -> Tree:
        node = self.primary()
        if self.peek() == "^":
            self.take()
            braced = self.peek() == "{" and self.take()
            if self.take() != "2" or (braced and self.take() != "}"):
                raise Decline("only squares of lengths")
            node = ("square", node)
        return node

    def primary(self) -> Tree:
        tok = self.take()
        if tok[0] == "N":
            return ("name", tok[1:])
        if tok == "Z":
            return ("zero",)
        if tok in ("(", "{"):
            node = self.expr()
            self.take(")" if tok == "(" else "}")
            return node
        if tok == "\\|" and not self.in_norm:
            self.in_norm = True
            node = self.expr()
            self.take("\\|")
            self.in_norm = False
            return ("norm", node)
        if tok[0].isdigit() or tok.startswith(("\\sqrt", "\\frac")):
            value = parse_latex(tok)
            if not (isinstance(value, sp.Expr) and value.is_number and value.is_real):
                raise Decline("a number")
            return ("num", value)
        raise Decline("a vector expression not understood")


def parse(src: str) -> Tree:
    text = re.sub(r"\\(?:mathbf|vec|boldsymbol|bold)\s*\{\s*0\s*\}", " Z ", src)
    text = re.sub(NAME, r" N\1 ", text)
    text = re.sub(r"\\(?:mathbf|vec|boldsymbol|bold)\s+([A-Za-z])(?![A-Za-z])", r" N\1 ", text)
    text = re.sub(r"\\left|\\right|\\,|\\!", " ", text).replace("\\lVert", "\\|")
    text = text.replace("\\rVert", "\\|").replace("\\dfrac", "\\frac").strip().rstrip(".,;")
    if "|" in text.replace("\\|", ""):
        raise Decline("a single bar")
    tokens, pos = [], 0
    while pos < len(text.rstrip()):
        m = _TOKEN.match(text, pos)
        if m is None:
            raise Decline(f"a vector expression not understood: {text[pos:pos + 20]!r}")
        tokens.append(m.group(0).strip())
        pos = m.end()
    sides: list[list[str]] = [[]] if tokens else []
    for t in tokens:
        if t == "=":
            sides.append([])
        else:
            sides[-1].append(t)
    trees = []
    for side in sides:
        p = _Parser(side)
        trees.append(p.expr())
        if p.peek() is not None:
            raise Decline("a vector expression not understood")
    return ("eq", *trees) if len(trees) > 1 else trees[0]


@dataclass
class Ops:
    """How vectors and numbers combine: symbolically (a vector is its coefficients on the
    named vectors, a dot product a sum of Gram entries) or on coordinates."""
    dot: Callable[[Any, Any], Any]
    add: Callable[[Any, Any], Any]
    scale: Callable[[Any, Any], Any]
    name: Callable[[str], Any]
    is_vector: Callable[[Any], bool]
    sqrt: Callable[[Any], Any]
    zero: Any
    cross_norm2: Callable[[Any, Any], Any]  # |u x v|^2


def value(t: Tree, ops: Ops) -> Any:
    kind = t[0]
    if kind == "name":
        return ops.name(t[1])
    if kind == "num":
        return t[1]
    if kind == "zero":
        return ops.zero
    if kind in ("add", "sub"):
        a, b = value(t[1], ops), value(t[2], ops)
        if ops.is_vector(a) != ops.is_vector(b):
            raise Decline("a vector added to a number")
        if kind == "sub":
            b = ops.scale(-1, b)
        return ops.add(a, b)
    if kind == "neg":
        return ops.scale(-1, value(t[1], ops))
    if kind == "scale":
        a, b = value(t[1], ops), value(t[2], ops)
        if ops.is_vector(a) and ops.is_vector(b):
            raise Decline("two vectors written side by side")
        return ops.scale(b, a) if ops.is_vector(a) else ops.scale(a, b)
    if kind == "dot":
        a, b = value(t[1], ops), value(t[2], ops)
        if not (ops.is_vector(a) and ops.is_vector(b)):
            raise Decline("a dot product of two vectors")
        return ops.dot(a, b)
    if kind == "norm" and t[1][0] == "cross":  # |u x v|, the only use of a cross product
        u, v = value(t[1][1], ops), value(t[1][2], ops)
        if not (ops.is_vector(u) and ops.is_vector(v)):
            raise Decline("a cross product of two vectors")
        return ops.sqrt(ops.cross_norm2(u, v))
    if kind == "norm":
        v = value(t[1], ops)
        if not ops.is_vector(v):
            raise Decline("the length of a vector")
        return ops.sqrt(ops.dot(v, v))
    if kind == "square":
        v = value(t[1], ops)
        return ops.dot(v, v) if ops.is_vector(v) else v * v
    raise Decline("a vector expression not understood")


def gram_ops(names: list[str]) -> tuple[Ops, dict[tuple[str, str], sp.Symbol]]:
    g = {(a, b): sp.Symbol(f"g_{a}{b}") for i, a in enumerate(names) for b in names[i:]}

    def dot(u: dict[str, sp.Expr], v: dict[str, sp.Expr]) -> sp.Expr:
        return sp.expand(sum((cu * cv * g[(a, b) if names.index(a) <= names.index(b) else (b, a)]
                              for a, cu in u.items() for b, cv in v.items()), sp.S.Zero))

    def add(u: Any, v: Any) -> Any:
        if isinstance(u, dict):
            return {k: u.get(k, 0) + v.get(k, 0) for k in {*u, *v}}
        return u + v

    def scale(c: Any, v: Any) -> Any:
        return {k: c * x for k, x in v.items()} if isinstance(v, dict) else c * v

    def cross_norm2(u: Any, v: Any) -> Any:  # Lagrange's identity
        return sp.expand(dot(u, u) * dot(v, v) - dot(u, v) ** 2)

    return Ops(dot, add, scale, lambda n: {n: sp.S.One}, lambda v: isinstance(v, dict),
               sp.sqrt, {}, cross_norm2), g


def coordinate_ops(coords: dict[str, list[mpmath.mpf]]) -> Ops:
    def add(u: Any, v: Any) -> Any:
        return [a + b for a, b in zip(u, v, strict=True)] if isinstance(u, list) else u + v

    def scale(c: Any, v: Any) -> Any:
        c = mpmath.mpf(sp.N(c, 40)) if isinstance(c, sp.Basic) else c
        return [c * x for x in v] if isinstance(v, list) else c * (
            mpmath.mpf(sp.N(v, 40)) if isinstance(v, sp.Basic) else v)

    def cross_norm2(u: list[Any], v: list[Any]) -> Any:  # the cross product in space
        if len(u) > 3:
            raise Decline("a cross product of vectors in space")
        a, b = [*u, *[0] * (3 - len(u))], [*v, *[0] * (3 - len(v))]
        w = [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
        return mpmath.fsum(x * x for x in w)

    return Ops(lambda u, v: mpmath.fsum(a * b for a, b in zip(u, v, strict=True)), add, scale,
               lambda n: coords[n], lambda v: isinstance(v, list), mpmath.sqrt,
               [mpmath.mpf(0)] * len(next(iter(coords.values()))), cross_norm2)


def number(v: Any) -> Any:
    return mpmath.mpf(sp.N(v, 40)) if isinstance(v, sp.Basic) else v


__all__ = ["Ops", "Tree", "coordinate_ops", "gram_ops", "number", "parse", "value"]
