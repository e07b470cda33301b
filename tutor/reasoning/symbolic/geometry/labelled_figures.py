"""Typed reader: two figures of one kind told apart by their letters, and the ratio of a
measure of each asked. "Square $A$ has side 36 cm and square $B$ has side 42 cm. What is the
ratio of the area of square $A$ to the area of square $B$?", "Circle P has radius $r$ and
circle Q has radius $3r$: find the ratio of the circumference of P to that of Q", "... the
ratio of the area of the smaller square to the area of the larger square".

Each figure (a circle, square or equilateral triangle) is fixed by one measure told as a
number or in one letter (taken positive). The ratio must come out as one number,
free of the letter. Confirmed independently: each figure is built on coordinates at 40
digits (`two_figures.measured`: sides as distances, areas by the shoelace formula, a
circle's by numerical integration) at two values of the letter, and the ratio of the
measured values must equal the answer.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.two_figure_measures import TABLE, measured
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_KINDS = r"(circle|square|eqtriangle)"
_UNIT = (r"(?:square |cubic )?(?:units?|inches|inch|feet|foot|centimeters?|meters?|cm|m|mm|"
         r"yards?|miles?|km)\b")
_NORMAL: list[tuple[str, str]] = [
    (r"\bside lengths?\b|\bsides\b|\bedge lengths?\b|\bedges?\b", "side"),
    (r"\b(?:each |all )?(?:measuring|measures?|of length|long|equal to)\b", " "),
    (r"\b" + _UNIT, " "),
    (r"\b(?:the|a|an|its|each|of)\b", " "),
]
_MEASURE = r"(radius|diameter|circumference|side|perimeter|area|diagonal|height)"
_GLUE = frozenset("has have with is and whose".split())
_ASK = re.compile(r"(?:what is |find |compute |determine )?ratio " + _MEASURE + r" (\S+) to (?:"
                  + _MEASURE + r" (\S+)|that (\S+))")
_FORM = re.compile(r"[,.]? ?express (?:your )?answer as (?:a )?common fraction[.]?$")


def _labelled(split: Split, text: str) -> tuple[str, dict[str, str]]:
    """The text with each "square $A$" written as one token "fig_a", and each token's kind."""
    kinds: dict[str, str] = {}

    def name(m: re.Match[str]) -> str:
        label = m.group(2)
        if label.startswith("@"):
            label = split.maths[int(label[1:-1])].strip()
            if not re.fullmatch(r"[A-Z]", label):
                raise Decline("a figure's label is one capital letter")
        token = f"fig_{label.lower()}"
        if kinds.setdefault(token, m.group(1)) != m.group(1):
            raise Decline("one label for two figures")
        return token

    return re.sub(r"\b" + _KINDS + r" (@\d+@|[a-z])(?![\w@])", name, text), kinds


def read_labelled_figures(split: Split, template: str) -> Result | None:
    if "ratio" not in template or re.search(r"\[asy\]|\b(?:diagram|shown|figure|below|above|"
                                            r"shaded|pictured)\b", template):
        return None
    text = re.sub(r"\bequilateral triangle\b", "eqtriangle", _FORM.sub("", template.strip()))
    text, kinds = _labelled(split, text)  # before "a" is dropped as an article
    for pattern, repl in _NORMAL:
        text = re.sub(pattern, repl, text)
    text = re.sub(r"\s+", " ", text).strip()
    if len(kinds) != 2 or len(set(kinds.values())) != 1:
        return None
    kind = next(iter(kinds.values()))
    text = re.sub(r"\b(smaller|larger|bigger) " + _KINDS + r"\b", r"\1_fig", text)
    parts = re.split(r"[.?;:]|,? and (?=(?:\w+ )?fig_)|, (?=(?:\w+ )?fig_)", text)
    sentences = [s.strip() for s in parts if s.strip()]
    read = [(s, _ASK.fullmatch(s)) for s in sentences]
    asked = [m for _s, m in read if m is not None]
    if len(asked) != 1:
        return None
    told = {}
    for s in (s for s, m in read if m is None):
        figs = re.findall(r"fig_[a-z]", s)
        measures = re.findall(r"\b" + _MEASURE + r"\b", s)
        values = re.findall(r"@(\d+)@", s)
        rest = set(re.sub(r"fig_[a-z]|@\d+@|\b" + _MEASURE + r"\b", " ", s).split())
        if len(figs) != 1 or len(measures) != 1 or len(values) != 1 or rest - _GLUE:
            raise Decline("each figure told by one measure")
        if measures[0] not in TABLE[kind] or figs[0] in told:
            raise Decline("one measure of each figure")
        told[figs[0]] = (measures[0], _value(split.maths[int(values[0])]))
    m = asked[0]
    first, second = m.group(2), m.group(4) or m.group(5)
    m1, m2 = m.group(1), m.group(3) or m.group(1)
    if set(told) != set(kinds) or len({first, second}) != 2 or not {first, second} <= set(
            kinds) | set(_BY_SIZE):
        raise Decline("the ratio of the two figures told")
    if m1 not in TABLE[kind] or m2 not in TABLE[kind]:
        raise Decline(f"a {kind} has no {m1} or {m2} read here")
    return _answer(kind, told, (first, m1), (second, m2))


_BY_SIZE = {"smaller_fig": False, "bigger_fig": True, "larger_fig": True}


def _value(src: str) -> sp.Expr:
    v = parse_latex(src)
    if not isinstance(v, sp.Expr) or len(v.free_symbols) > 1 or not v.is_polynomial(
            *v.free_symbols):
        raise Decline("a length that is a number or a polynomial in one letter")
    return v


def _answer(kind: str, told: dict, first: tuple[str, str], second: tuple[str, str]) -> Result:
    dim = next(iter(TABLE[kind]["side" if kind != "circle" else "radius"].free_symbols))
    letters = set().union(*(v.free_symbols for _m, v in told.values()))
    if len(letters) > 1:
        raise Decline("one letter in the measures")
    positive = {x: sp.Symbol(str(x), positive=True) for x in letters}  # a length is positive
    told = {fig: (m, v.subs(positive)) for fig, (m, v) in told.items()}
    size: dict[str, sp.Expr] = {}
    for fig, (measure, value) in told.items():
        got = sp.solve(sp.Eq(TABLE[kind][measure], value), dim)
        if len(got) != 1:
            raise Decline("one size for each figure")
        size[fig] = got[0]
    if first[0] in _BY_SIZE or second[0] in _BY_SIZE:  # "the smaller square"
        one, other = sorted(size)
        quotient = sp.simplify(size[one] / size[other])
        if quotient.free_symbols or quotient == 1:
            raise Decline("which figure is the smaller depends on the letter")
        larger, smaller = (one, other) if quotient > 1 else (other, one)

        def named(f: str) -> str:
            return f if f not in _BY_SIZE else larger if _BY_SIZE[f] else smaller
        first, second = (named(first[0]), first[1]), (named(second[0]), second[1])
        if first[0] == second[0]:
            raise Decline("the ratio of the two figures told")
    a = sp.simplify(TABLE[kind][first[1]].subs(dim, size[first[0]]))
    b = sp.simplify(TABLE[kind][second[1]].subs(dim, size[second[0]]))
    value = sp.nsimplify(sp.simplify(a / b))
    if value.free_symbols or not value.is_positive:
        raise Decline("a ratio that depends on the letter")
    _confirm(kind, told, size, first, second, value)
    put = [(sp.latex(TABLE[kind][m].subs(dim, sp.UnevaluatedExpr(size[fig])), mul_symbol="dot"),
            latex(v)) for (fig, m), v in ((first, a), (second, b))]
    said = [f"{lhs} = {rhs}" if lhs != rhs else rhs for lhs, rhs in put]
    steps = [step("measure each", f"The {first[1]} of the first figure, then the {second[1]} "
                  f"of the second, from the measure told of each.",
                  f"${said[0]}$ and ${said[1]}$", "; ".join(x for x in said if "=" in x))]
    claim = f"\\frac{{{latex(a)}}}{{{latex(b)}}} = {latex(value)}"
    steps.append(step("divide", "Divide the first by the second.", f"${claim}$",
                      claim if not letters else ""))
    return value, steps


def _confirm(kind: str, told: dict, size: dict, first: tuple[str, str],
             second: tuple[str, str], value: sp.Expr) -> None:
    """Both figures built on coordinates at 40 digits, at two values of the letter: each
    must show the measure told of it, and the measured ratio must be the answer."""
    key = {"circle": "r", "square": "s", "eqtriangle": "t"}[kind]
    with mpmath.workdps(40):
        for at in (sp.Rational(7, 3), sp.Rational(13, 5)):
            built = {}
            for fig, (measure, length) in told.items():
                put = {x: at for x in length.free_symbols | size[fig].free_symbols}
                dims = {key: mpmath.mpf(sp.N(size[fig].subs(put), 50))}
                built[fig] = measured(kind, dims)
                target = mpmath.mpf(sp.N(length.subs(put), 50))
                confirm.check(abs(built[fig][measure] - target) < mpmath.mpf(10) ** -30 * max(
                    1, abs(target)), "each figure built on coordinates shows the measure told")
            got = built[first[0]][first[1]] / built[second[0]][second[1]]
            ok = abs(got - mpmath.mpf(sp.N(value, 50))) < mpmath.mpf(10) ** -30
            confirm.check(ok, "the two figures built on coordinates and measured give the same "
                          "ratio")


__all__ = ["read_labelled_figures"]
