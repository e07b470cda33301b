"""The grammar of calculations said in words, shared by the readers of spoken arithmetic
and of word equations: numbers, "plus", "minus", "times", "divided by", "of", "more than",
"less than", "the sum of ... and ...", "the square of", "squared" ...

`Grammar(tokens).read(i, j)` gives every reading of the tokens i..j by value (one reading
kept per value); a token that is a SymPy symbol is an unknown. Each reading (`Node`) holds
its exact value in Python Fractions and the same value in SymPy, computed side by side.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

import sympy as sp

from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra.number_words import Num, Token


@dataclass(frozen=True)
class Node:
    """A reading of words: its exact value, the same value in SymPy, LaTeX and precedence
    (3 a number or power, 2 a product or quotient, 1 a sum or difference)."""

    value: Fraction | None  # None when the reading holds an unknown ("three times B")
    exact: sp.Expr
    tex: str
    prec: int
    leaf: Num | None = None
    of_chain: bool = False
    loose: bool = False  # "2 more than 3 times B": a whole phrase, never an operand again


def _wrap(n: Node, prec: int) -> str:
    return n.tex if n.prec >= prec else f"\\left({n.tex}\\right)"


def _both(f: Callable[[Fraction, Fraction], Fraction], a: Node, b: Node) -> Fraction | None:
    return None if a.value is None or b.value is None else f(a.value, b.value)


def add(a: Node, b: Node) -> Node:
    return Node(_both(lambda x, y: x + y, a, b), a.exact + b.exact, f"{a.tex} + {_wrap(b, 2)}", 1)


def sub(a: Node, b: Node) -> Node:
    return Node(_both(lambda x, y: x - y, a, b), a.exact - b.exact, f"{a.tex} - {_wrap(b, 2)}", 1)


def mul(a: Node, b: Node) -> Node:
    return Node(_both(lambda x, y: x * y, a, b), a.exact * b.exact,
                f"{_wrap(a, 2)} \\times {_wrap(b, 3)}", 2)


def div(a: Node, b: Node) -> Node | None:
    if b.value == 0 or b.value is None and b.exact.free_symbols:
        return None  # nothing is divided by an unknown here
    return Node(_both(lambda x, y: x / y, a, b), a.exact / b.exact,
                f"{_wrap(a, 2)} \\div {_wrap(b, 3)}", 2)


def _of(a: Node, b: Node) -> Node | None:
    """"two-thirds of 9": a fraction, decimal or percent of something (not "3 of 5")."""
    if not (a.of_chain or a.leaf is not None and (a.leaf.percent or a.leaf.value.denominator != 1)):
        return None
    got = mul(a, b)
    return Node(got.value, got.exact, got.tex, 2, of_chain=True)


def _power(a: Node, k: int) -> Node:
    return Node(None if a.value is None else a.value ** k, a.exact ** k,
                f"{_wrap(a, 3)}^{{{k}}}", 3)


def _raised(a: Node, b: Node) -> Node | None:
    """"6 to the power of 2": a whole exponent from -20 to 20. The exponent may be a calculation,
    so "2 to the power of 3 plus 1" reads two ways (9, 16) and is declined; "6 to the power of
    2 divided by 4" reads one way (the exponent 1/2 is not whole)."""
    if b.value is None or b.value.denominator != 1 or abs(b.value) > 20 or "^" in b.tex \
            or b.value < 0 and (a.value is None or a.value == 0) \
            or a.prec == 3 and a.leaf is None \
            or a.leaf is not None and (a.value is not None and a.value < 0 or "^" in a.leaf.tex):
        return None  # a power of a power, or "-2 to the power of 2" (-4 or 4): never read
    k = int(b.value)
    if k >= 0:
        return _power(a, k)
    assert a.value is not None
    base = a.tex if a.leaf is not None else f"\\left({a.tex}\\right)"
    return Node(a.value ** k, a.exact ** k, f"{base}^{{{k}}}", 3)


def _absolute(a: Node) -> Node | None:
    """"the absolute value of -7": of a number only."""
    if a.value is None:
        return None
    return Node(abs(a.value), sp.Abs(a.exact), f"\\left|{a.tex}\\right|", 3)


def _root(a: Node, k: int) -> Node | None:
    """"the square root of 144", "the cube root of 27": of a number. A root that is no
    whole number or fraction (a surd) is a reading too, with no exact value here, so "the
    square root of 4 plus 1" reads two ways (3, √5) however the words are answered."""
    if a.value is None or a.value < 0 and k % 2 == 0:
        return None
    sign = -1 if a.value < 0 else 1
    p, q = abs(a.value).numerator, abs(a.value).denominator
    rp, rq = round(p ** (1 / k)), round(q ** (1 / k))
    exact = sp.root(a.exact, k) if k % 2 == 0 or sign > 0 else -sp.root(-a.exact, k)
    tex = f"\\sqrt{{{a.tex}}}" if k == 2 else f"\\sqrt[{k}]{{{a.tex}}}"
    if rp ** k != p or rq ** k != q:
        return Node(None, exact, tex, 3)
    return Node(sign * Fraction(rp, rq), exact, tex, 3)


def _positive_difference(a: Node, b: Node) -> Node | None:
    if a.value is None or b.value is None:
        return None
    d = sub(a, b) if a.value >= b.value else sub(b, a)
    return Node(d.value, d.exact, f"\\left|{a.tex} - {b.tex}\\right|", 3)


def _percent(n: Node) -> bool:
    return n.leaf is not None and n.leaf.percent


def _scaled(a: Node, p: Node, sign: int) -> Node:
    """"a increased by p percent", "p percent more than a": a times (1 + p), or (1 - p)."""
    assert p.leaf is not None
    factor = 1 + sign * p.leaf.value
    f = Node(factor, sp.Rational(factor.numerator, factor.denominator),
             nw.shown(factor, "decimal") if nw.terminates(factor) else str(factor), 3)
    return mul(a, f)


def _two_ways(n: Node) -> bool:
    """A fraction told as an amount more or less ("two-thirds more than 27", "60 decreased
    by one third") reads two ways: that amount (27 + 2/3), or that part of the number
    (27 times 5/3). A whole number or a decimal reads one way."""
    return n.leaf is not None and n.leaf.value.denominator != 1 and "." not in n.leaf.tex


def _by(sign: int) -> Callable[[Node, Node], Node | None]:
    """"increased by", "decreased by": a percent scales, a number is added or taken away."""
    def read(a: Node, b: Node) -> Node | None:
        if _percent(b):
            return _scaled(a, b, sign)
        if _two_ways(b):
            return None
        return add(a, b) if sign > 0 else sub(a, b)
    return read


def _than(sign: int) -> Callable[[Node, Node], Node | None]:
    """"5 more than b" is b + 5; "20 percent more than b" is b times 1.2; a fraction: no
    reading."""
    def read(a: Node, b: Node) -> Node | None:
        if _percent(a):
            return _loose(_scaled(b, a, sign))
        if _two_ways(a):
            return None
        return _loose(add(b, a) if sign > 0 else sub(b, a))
    return read


def _alike(op: Callable[[Node, Node], Node]) -> Callable[[Node, Node], Node | None]:
    """"plus", "minus": a percent and a plain number added read two ways (50 + 20% is 50.2,
    or 60 on a calculator): no reading."""
    return lambda a, b: None if _percent(a) != _percent(b) else op(a, b)


_Binary = Callable[[Node, Node], Node | None]
_INFIX: dict[tuple[str, ...], _Binary] = {
    ("plus",): _alike(add), ("minus",): _alike(sub), ("times",): mul, ("multiplied", "by"): mul,
    ("divided", "by"): div, ("increased", "by"): _by(1), ("decreased", "by"): _by(-1),
    ("more", "than"): _than(1), ("less", "than"): _than(-1),
    ("added", "to"): _alike(lambda a, b: add(b, a)),
    ("subtracted", "from"): _alike(lambda a, b: sub(b, a)),
    ("of",): _of, ("the", "value", "of"): _of,  # "one-half the value of y"
    ("to", "the", "power", "of"): _raised, ("raised", "to", "the", "power", "of"): _raised,
    ("raised", "to", "the", "power"): _raised, ("raised", "to"): _raised,
}
def _loose(n: Node) -> Node:
    return Node(n.value, n.exact, n.tex, n.prec, loose=True)


_PREFIX2: dict[tuple[str, ...], _Binary] = {
    ("sum", "of"): add, ("product", "of"): mul, ("quotient", "of"): div,
    ("positive", "difference", "between"): _positive_difference,
    ("positive", "difference", "of"): _positive_difference,
}
_LISTABLE = {("sum", "of"): add, ("product", "of"): mul}
_PREFIX1: dict[tuple[str, ...], Callable[[Node], Node | None]] = {
    ("square", "of"): lambda a: _power(a, 2), ("cube", "of"): lambda a: _power(a, 3),
    ("square", "root", "of"): lambda a: _root(a, 2), ("cube", "root", "of"): lambda a: _root(a, 3),
    ("reciprocal", "of"): lambda a: div(Node(Fraction(1), sp.Integer(1), "1", 3), a),
    ("value", "of"): lambda a: a,
    ("absolute", "value", "of"): lambda a: _absolute(a),
    ("twofold",): lambda a: mul(Node(Fraction(2), sp.Integer(2), "2", 3), a),  # "twice"
}
_POSTFIX = {"squared": 2, "cubed": 3}
# "the sum of the squares of 3, 4 and 5": each number squared, then added
_EACH: dict[tuple[str, ...], tuple[_Binary, Callable[[Node], Node | None]]] = {
    ("sum", "of", "the", "squares", "of"): (add, lambda a: _power(a, 2)),
    ("sum", "of", "the", "cubes", "of"): (add, lambda a: _power(a, 3)),
    ("sum", "of", "the", "reciprocals", "of"): (add, _PREFIX1[("reciprocal", "of")]),
}


def key(n: Node) -> object:
    """What two readings must share to be the same: the value, or the expression."""
    return n.value if n.value is not None else sp.srepr(sp.cancel(sp.together(n.exact)))


class Grammar:
    """Every reading of a span of tokens, by value (one reading kept per value). A token that
    is a SymPy symbol is an unknown."""

    def __init__(self, toks: list[Token | sp.Symbol]) -> None:
        self.toks = toks
        self.read = lru_cache(maxsize=None)(self._read)

    def words(self, i: int, phrase: tuple[str, ...]) -> bool:
        return tuple(self.toks[i:i + len(phrase)]) == phrase

    def _read(self, i: int, j: int) -> dict[object, Node]:
        out: dict[object, Node] = {}

        def put(n: Node | None) -> None:
            if n is not None and key(n) not in out:
                out[key(n)] = n

        t = self.toks
        if j - i == 1 and isinstance(t[i], sp.Symbol):
            put(Node(None, t[i], sp.latex(t[i]), 3))
            return out
        if j - i == 1 and isinstance(t[i], Num):
            leaf = t[i]
            assert isinstance(leaf, Num)
            put(Node(leaf.value, sp.Rational(leaf.value.numerator, leaf.value.denominator),
                     leaf.tex, 3 if leaf.value >= 0 else 1, leaf))
            return out
        first, last = t[i], t[j - 1]
        if j - i == 3 and t[i + 1] == "and" and isinstance(first, Num) \
                and isinstance(last, Num):  # "one and one-half"
            whole, part = first.value, last.value
            if whole.denominator == 1 and whole > 0 and 0 < part < 1 and not last.percent:
                v = whole + part
                put(Node(v, sp.Rational(v.numerator, v.denominator),
                         f"{whole}{nw.tex_of(part)}", 3, Num(v, f"{whole}{nw.tex_of(part)}")))
        start = i + 1 if t[i] == "the" else i
        for phrase, op in _PREFIX2.items():
            if self.words(start, phrase):
                self._pair(start + len(phrase), j, op, phrase in _LISTABLE, put)
        for phrase, (op, each) in _EACH.items():
            if self.words(start, phrase):
                self._pair(start + len(phrase), j, op, True, put, each)
        for phrase1, op1 in _PREFIX1.items():
            if self.words(start, phrase1) and not (phrase1[-2:] == ("root", "of") and any(
                    self.words(k, ("the", w, "root", "of")) for k in range(start, j)
                    for w in ("square", "cube"))):  # "... of 64 plus the cube root of 27":
                # a second root said with "the" is a term of its own, never inside the first
                for n in self.read(start + len(phrase1), j).values():
                    put(op1(n))
        if isinstance(last, str) and last in _POSTFIX and j - 1 > i:
            for n in self.read(i, j - 1).values():
                if n.leaf is not None and n.leaf.value < 0 and not n.leaf.tex.startswith("("):
                    continue  # "-3 squared": 9 to some, -9 to others (as -3^2 reads)
                if not (n.leaf is None and n.prec == 3 and n.tex.endswith("}") and "^{" in n.tex):
                    put(_power(n, _POSTFIX[last]))  # never a power of a power: 2^3 squared
        for k in range(i + 1, j - 1):
            for phrase, op in _INFIX.items():
                if self.words(k, phrase) and k + len(phrase) < j:
                    for a in self.read(i, k).values():
                        for b in self.read(k + len(phrase), j).values():
                            if not (a.loose or b.loose):
                                put(op(a, b))
        return out

    def _pair(self, i: int, j: int, op: _Binary, listable: bool,
              put: Callable[[Node | None], None],
              each: Callable[[Node], Node | None] | None = None) -> None:
        """"<i..> and <..j>", or a list "a, b, and c" when `listable` (`each` done to every
        part first)."""
        for k in range(i + 1, j - 1):
            if self.toks[k] != "and":
                continue
            head, last = self.toks[i:k], self.read(k + 1, j)
            commas = [i + n for n, tok in enumerate(head) if tok == ","]
            if commas and not listable:
                continue
            bounds = [i, *[c + 1 for c in commas], k]
            parts = [(bounds[n], (commas + [k])[n]) for n in range(len(bounds) - 1)]
            if commas and parts[-1][0] == k:  # "a, b, and c": the serial comma
                parts = parts[:-1]
            readings = [self.read(a, b) for a, b in parts] + [last]
            if each is not None:
                readings = [{key(m): m for n in r.values() if (m := each(n)) is not None}
                            for r in readings]
            if any(not r for r in readings):
                continue
            for first in _combine(readings[:-1], op):
                for b in readings[-1].values():
                    put(op(first, b))


def _combine(readings: list[dict[object, Node]], op: _Binary) -> list[Node]:
    got = list(readings[0].values())
    for r in readings[1:]:
        got = [n for a in got for b in r.values() if (n := op(a, b)) is not None]
    return got


__all__ = ["Grammar", "Node", "add", "div", "key", "mul", "sub"]
