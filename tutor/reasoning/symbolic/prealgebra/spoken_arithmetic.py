"""Reader of a calculation said in words: "What is two-fifths divided by 3?", "Find four-thirds
of 9/2.", "Add 2.75 to 13.108 and round to the nearest tenth.", "What is left when 1/6 is
subtracted from 5/8?", "What fraction of 3/4 is 1/8?", "How many one-fifths are in 3?",
"Rounded to 3 decimal places, what is 5/7?", "What is 2.35 expressed as a fraction?".

The words are read by a small grammar (numbers, "plus", "minus", "times", "divided by",
"of", "more than", "less than", "the sum of ... and ...", "squared" ...), every reading
of the sentence is tried, and the problem is answered only when all readings give the same
value: "2 plus 3 times 4" reads two ways (14, 20) and is declined, "one-half of 6 times 8"
gives 24 both ways. Every word must be read by the grammar or a question frame; any other
word ("about", "nearly", "positive") leaves the problem unread.

Each value is computed twice, with Python Fractions and with SymPy's exact rationals,
along the same reading; rounding is done by integer arithmetic and confirmed by `decimal`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra.number_words import Num, Token

_QUICK = re.compile(
    r"\b(?:divided|times|plus|minus|of|sum|product|quotient|difference|added|subtracted|"
    r"increased|decreased|more|less|round|rounded|nearest|fraction|add|subtract|multiply|"
    r"divide|squared|cubed|reciprocal|left|many|simplify|expressed|written)\b")


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


def _add(a: Node, b: Node) -> Node:
    return Node(_both(lambda x, y: x + y, a, b), a.exact + b.exact, f"{a.tex} + {_wrap(b, 2)}", 1)


def _sub(a: Node, b: Node) -> Node:
    return Node(_both(lambda x, y: x - y, a, b), a.exact - b.exact, f"{a.tex} - {_wrap(b, 2)}", 1)


def _mul(a: Node, b: Node) -> Node:
    return Node(_both(lambda x, y: x * y, a, b), a.exact * b.exact,
                f"{_wrap(a, 2)} \\times {_wrap(b, 3)}", 2)


def _div(a: Node, b: Node) -> Node | None:
    if b.value == 0 or b.value is None and b.exact.free_symbols:
        return None  # nothing is divided by an unknown here
    return Node(_both(lambda x, y: x / y, a, b), a.exact / b.exact,
                f"{_wrap(a, 2)} \\div {_wrap(b, 3)}", 2)


def _of(a: Node, b: Node) -> Node | None:
    """"two-thirds of 9": a fraction, decimal or percent of something (not "3 of 5")."""
    if not (a.of_chain or a.leaf is not None and (a.leaf.percent or a.leaf.value.denominator != 1)):
        return None
    got = _mul(a, b)
    return Node(got.value, got.exact, got.tex, 2, of_chain=True)


def _power(a: Node, k: int) -> Node:
    return Node(None if a.value is None else a.value ** k, a.exact ** k,
                f"{_wrap(a, 3)}^{{{k}}}", 3)


def _positive_difference(a: Node, b: Node) -> Node | None:
    if a.value is None or b.value is None:
        return None
    d = _sub(a, b) if a.value >= b.value else _sub(b, a)
    return Node(d.value, d.exact, f"\\left|{a.tex} - {b.tex}\\right|", 3)


_Binary = Callable[[Node, Node], Node | None]
_INFIX: dict[tuple[str, ...], _Binary] = {
    ("plus",): _add, ("minus",): _sub, ("times",): _mul, ("multiplied", "by"): _mul,
    ("divided", "by"): _div, ("increased", "by"): _add, ("decreased", "by"): _sub,
    ("more", "than"): lambda a, b: _loose(_add(b, a)),
    ("less", "than"): lambda a, b: _loose(_sub(b, a)),
    ("added", "to"): lambda a, b: _add(b, a), ("subtracted", "from"): lambda a, b: _sub(b, a),
    ("of",): _of, ("the", "value", "of"): _of,  # "one-half the value of y"
}
def _loose(n: Node) -> Node:
    return Node(n.value, n.exact, n.tex, n.prec, loose=True)


_PREFIX2: dict[tuple[str, ...], _Binary] = {
    ("sum", "of"): _add, ("product", "of"): _mul, ("quotient", "of"): _div,
    ("positive", "difference", "between"): _positive_difference,
    ("positive", "difference", "of"): _positive_difference,
}
_LISTABLE = {("sum", "of"): _add, ("product", "of"): _mul}
_PREFIX1: dict[tuple[str, ...], Callable[[Node], Node | None]] = {
    ("square", "of"): lambda a: _power(a, 2), ("cube", "of"): lambda a: _power(a, 3),
    ("reciprocal", "of"): lambda a: _div(Node(Fraction(1), sp.Integer(1), "1", 3), a),
    ("value", "of"): lambda a: a,
    ("twofold",): lambda a: _mul(Node(Fraction(2), sp.Integer(2), "2", 3), a),  # "twice"
}
_POSTFIX = {"squared": 2, "cubed": 3}


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
        for phrase1, op1 in _PREFIX1.items():
            if self.words(start, phrase1):
                for n in self.read(start + len(phrase1), j).values():
                    put(op1(n))
        if isinstance(last, str) and last in _POSTFIX and j - 1 > i:
            for n in self.read(i, j - 1).values():
                put(_power(n, _POSTFIX[last]))
        for k in range(i + 1, j - 1):
            for phrase, op in _INFIX.items():
                if self.words(k, phrase) and k + len(phrase) < j:
                    for a in self.read(i, k).values():
                        for b in self.read(k + len(phrase), j).values():
                            if not (a.loose or b.loose):
                                put(op(a, b))
        return out

    def _pair(self, i: int, j: int, op: _Binary, listable: bool,
              put: Callable[[Node | None], None]) -> None:
        """"<i..> and <..j>", or a list "a, b, and c" when `listable`."""
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
            readings = [self.read(a, b) for a, b in parts]
            if any(not r for r in readings):
                continue
            for first in _combine(readings, op):
                for b in last.values():
                    put(op(first, b))


def _combine(readings: list[dict[object, Node]], op: _Binary) -> list[Node]:
    got = list(readings[0].values())
    for r in readings[1:]:
        got = [n for a in got for b in r.values() if (n := op(a, b)) is not None]
    return got


E = "E"
_FRAMES: list[tuple[tuple[str, ...], Callable[[Node, Node], Node | None] | None]] = [
    # a value asked for: one E
    *[(tuple(f.split()) + (E,), None) for f in (
        "what is", "what's", "find", "compute", "calculate", "evaluate", "determine",
        "what is the value of", "find the value of", "what number is", "simplify",
        "simplify the fraction", "write", "express", "convert", "what is the result of")],
    ((E, "is", "what"), None), ((E, "equals", "what"), None), ((E, "is", "what", "number"), None),
    (("add", E, "to", E), lambda a, b: _add(b, a)), (("add", E, "and", E), _add),
    (("subtract", E, "from", E), lambda a, b: _sub(b, a)),
    (("multiply", E, "by", E), _mul), (("multiply", E, "and", E), _mul),
    (("divide", E, "by", E), _div),
    *[(tuple(f.split()) + (E, "is", "subtracted", "from", E), lambda a, b: _sub(b, a)) for f in (
        "what is left when", "what is left over when", "what remains when",
        "how much is left when", "what number is left when")],
    (("what", "fraction", "of", E, "is", E), lambda a, b: _div(b, a)),
    ((E, "is", "what", "fraction", "of", E), _div),
    (("how", "many", E, "are", "in", E), lambda a, b: _div(b, a)),
    (("how", "many", E, "are", "there", "in", E), lambda a, b: _div(b, a)),
    ((E, "of", "what", "number", "is", E), lambda a, b: _div(b, a)),
    ((E, "is", E, "of", "what", "number"), lambda a, b: _div(a, b)),
]
_NEEDS_LEAF = {("simplify",), ("simplify", "the", "fraction"), ("write",), ("express",),
               ("convert",)}


def _readings(g: Grammar, n: int, rounding: bool) -> tuple[dict[object, Node], str]:
    out: dict[object, Node] = {}
    said = ""
    frames = list(_FRAMES) + ([((E,), None), (("round", E), None)] if rounding else [])
    for frame, op in frames:
        slots = [k for k, w in enumerate(frame) if w == E]
        if len(frame) - len(slots) > n:
            continue
        for got in match(g, frame, 0, 0, n):
            nodes = [got[k] for k in slots]
            if frame[:slots[0]] in _NEEDS_LEAF and nodes[0].leaf is None:
                continue
            node = nodes[0] if op is None else op(nodes[0], nodes[1])
            if node is not None and node.value is not None and node.value not in out:
                out[node.value] = node
                said = " ".join(w for w in frame if w != E)
    return out, said


def match(g: Grammar, frame: tuple[str, ...], f: int, i: int, n: int) -> list[dict[int, Node]]:
    if f == len(frame):
        return [{}] if i == n else []
    if frame[f] != E:
        return match(g, frame, f + 1, i + 1, n) if i < n and g.toks[i] == frame[f] else []
    out = []
    for j in range(i + 1, n + 1):
        if f + 1 < len(frame) and (j >= n or g.toks[j] != frame[f + 1]):
            continue
        for node in g.read(i, j).values():
            out += [{f: node, **rest} for rest in match(g, frame, f + 1, j, n)]
    return out


def spoken_arithmetic(split: Split, template: str) -> Result | None:
    if not _QUICK.search(template):
        return None
    text, places = nw.take_rounding(split, template)
    text, form = nw.take_form(text)
    toks = nw.tokens(split, text)
    while toks and toks[-1] in {"?", ".", "!", ",", ";"}:
        toks.pop()
    while toks and toks[0] in {":", ",", "."}:
        toks.pop(0)
    if not toks or len(toks) > 40 or any(isinstance(t, str) and t.startswith("@") for t in toks):
        return None
    g = Grammar(list(toks))
    readings, said = _readings(g, len(toks), places is not None or form is not None)
    if not readings:
        return None
    if len(readings) > 1:
        raise Decline("the words read two ways: " + ", ".join(
            f"${n.tex}$" for n in list(readings.values())[:2]))
    node = next(iter(readings.values()))
    return _answer(node, places, form)


def _answer(node: Node, places: int | None, form: str | None) -> Result:
    v = node.value
    assert v is not None
    confirm.check(sp.Rational(v.numerator, v.denominator) == node.exact,
                  "the calculation done again in SymPy's exact rationals")
    value_tex = nw.shown(v, "decimal") if _decimal_question(node) else nw.tex_of(v)
    steps = [] if node.tex == value_tex else [
        step("write the calculation", "Turn the words into symbols, then calculate.",
             f"${node.tex} = {value_tex}$", f"{node.tex} = {value_tex}")]
    if places is not None:
        text, _ = nw.rounded(v, places)
        what = {0: "whole number", -1: "ten", -2: "hundred", -3: "thousand", 1: "tenth",
                2: "hundredth", 3: "thousandth"}.get(places, f"{places} decimal places")
        steps.append(step("round", f"Round to the nearest {what}.",
                          f"${value_tex} \\approx {text}$ to the nearest {what}.", text))
        return text, steps
    answer = nw.shown(v, form) if form else value_tex
    if answer != value_tex:
        steps.append(step("give the answer in the form asked", "Write it in the form asked.",
                          f"${value_tex} = {answer}$", answer))
    return (answer if "." in answer or answer != nw.tex_of(v)
            else sp.Rational(v.numerator, v.denominator)), steps


def _decimal_question(node: Node) -> bool:
    """Decimals in, a terminating decimal out ("0.3 times 0.25" is 0.075, not 3/40)."""
    q = node.value.denominator if node.value is not None else 0
    for p in (2, 5):
        while q % p == 0:
            q //= p
    return q == 1 and "." in node.tex and "\\frac" not in node.tex


__all__ = ["E", "Grammar", "Node", "key", "match", "spoken_arithmetic"]
