"""Typed reader: two plane figures of different kinds, each told by its measures or tied to
the other by one ("a square and a circle have the same perimeter"), and a measure of one, or
the difference, ratio or sum of a measure of each, asked.

"A square has a diagonal of 6 and a circle has a diameter of 6. By how much is the area of
the circle greater than the area of the square?", "What is the ratio of the area of a circle
of radius 4 to the area of a square of side 4?", "An equilateral triangle and a square have
equal perimeters; the square's side is 6: find the side of the triangle." The figures are one
circle, square, rectangle and equilateral triangle each (two of one kind, or any other word,
decline); each number binds to the measure named just before it, of the figure named after
"of" or else of the figure the clause is about. The dimensions are solved for (positive) and
the asked value must come out as one positive number. Confirmed by building each figure on
coordinates at 40 digits and measuring it there (sides and diagonals as distances, areas by
the shoelace formula, a circle's area and circumference by numerical integration): every
stated measure and relation must hold on those figures, and the answer is computed again
from the measured values."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.geometry.figure_question_words import one_unit
from tutor.reasoning.symbolic.geometry.figure_wording import spelled_numbers, without_unread_drawing
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.geometry.two_figure_measures import (
    NAMES,
    TABLE,
    confirm_measured,
)
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words

_MEASURES = frozenset(m for t in TABLE.values() for m in t) | {"perimeter"}
_UNIT = (r"(?:units?|inches|inch|feet|foot|centimeters?|meters?|cm|m|mm|millimeters?|yards?|"
         r"miles?|km|kilometers?)")
_NORMAL: list[tuple[str, str]] = [
    (r"\bequilateral triangles?\b", "eqtriangle"),
    (r"\b(?:square|cubic) " + _UNIT + r"\b", " "),
    (r"\b" + _UNIT + r"\b", " "),
    (r"(?:,\s*)?\bin\s*(?=[,.?]|$)", " "),  # "..., in square inches,"
    (r"\bside lengths?\b|\blength of (?:a|each|one|its|the) side\b|\bsides\b", "side"),
    (r"\baltitude\b", "height"),
    (r"\b(?:the|a|an|its|one|each|particular|certain|given) \b", " "),
    (r"\b(?:the|a|an|its|one|each|particular|certain|given) \b", " "),
    (r"(?<=side) (?:of )?length\b(?= @)", " "),  # "a side of length 4"
    (r"\bmeasures?\b|\bmeasuring\b|\blong\b|\balso\b|\bexactly\b", " "),
]
_FIGS = r"(?:circle|square|rectangle|eqtriangle)"
_MALT = "(?:" + "|".join(sorted(_MEASURES, key=len, reverse=True)) + ")"
# "an equilateral triangle and a square both have perimeters of 48": one value for each
_BOTH = re.compile(rf"\b({_FIGS}) and ({_FIGS}) (?:both |each )?(?:have|has) ({_MALT})s? (?:of )?"
                   r"(@\d+@)")


def _ref(tag: str) -> str:
    """"M of F", its groups named m<tag> and f<tag>."""
    return rf"(?P<m{tag}>{_MALT}) of (?P<f{tag}>{_FIGS})"


_THAT = rf"(?:that of (?P<h2>{_FIGS})|{_ref('2')})"
_ASKS: list[tuple[str, str]] = [
    (rf"by how (?:much|many) (?:is|are) {_ref('1')} (?:greater|larger|bigger|more) than {_THAT}",
     "excess"),
    (rf"how much (?:greater|larger|bigger|more) is {_ref('1')} than {_THAT}", "excess"),
    (rf"(?:what is )?(?:positive )?difference between {_ref('1')} and {_THAT}", "difference"),
    (rf"(?:what is )?ratio of {_ref('1')} to {_THAT}", "ratio"),
    (rf"(?:what is )?sum of {_ref('1')} and {_THAT}", "sum"),
    (rf"(?:what is|find|compute|how long is) {_ref('1')}", "one"),
]
_SAME = re.compile(rf"(?:have|has) (?:same|equal) (?P<m>{_MALT})s?(?: as (?P<f>{_FIGS}))?")
_EQUAL = re.compile(_ref("1") + r" (?:is equal to|equals|is same as|is) " + _ref("2"))
_INLINE = re.compile(rf"(?P<f>{_FIGS}) (?:of|with) (?P<m>{_MALT}) (?:of )?(?P<v>@\d+@)")
_POSSESSIVE = re.compile(rf"(?P<f>{_FIGS})'s (?P<m>{_MALT})")
_GLUE = frozenset("and has have with whose of is are also drawn".split())
_POINTS_TO = re.compile(r"\[asy\]|\b(?:diagram|shown|figure|below|above|shaded|pictured|"
                        r"picture)\b")
_TOKEN = re.compile(r"@\d+@|[a-z']+|[.?!;,]")


def _value(src: str) -> sp.Basic:
    v = number(src)
    if v is None or not v.is_positive:
        raise Decline("a positive number for each measure")
    return v


def _owner(m: re.Match[str], tag: str) -> tuple[str, str]:
    g = m.groupdict()
    if g.get(f"m{tag}"):
        return g[f"f{tag}"], g[f"m{tag}"]
    if g.get(f"h{tag}"):  # "that of the square": the first measure
        return g[f"h{tag}"], _owner(m, "1")[1]
    raise Decline("a measure of a figure")


def _bind(split: Split, tokens: list[str], kinds: set[str]) -> list[tuple[str, str, sp.Basic]]:
    """(figure, measure, value) for each number in the statements."""
    out: list[tuple[str, str, sp.Basic]] = []
    subject: str | None = None
    pending: list[str | None] | None = None  # [measure, its figure]
    after_of = False
    for tok in tokens:
        if tok in (".", "!", "?", ";"):
            subject, pending, after_of = None, None, False
        elif tok in kinds:
            if pending is not None and after_of and pending[1] is None:
                pending[1] = tok
            else:
                subject = tok
        elif tok in _MEASURES:
            pending, after_of = [tok, None], False
        elif tok.startswith("@"):
            if pending is None:
                raise Decline("a number without the measure it gives")
            fig = pending[1] or subject
            if fig is None:
                raise Decline("a measure without its figure")
            out.append((fig, str(pending[0]), _value(split.maths[int(tok.strip("@"))])))
            pending = None
        elif tok == "of":
            after_of = True
        elif tok == "and" or tok == ",":
            pending = None if tok == "and" else pending
        elif tok not in _GLUE:
            raise Decline(f"the word '{tok}' is not one the two-figure reader knows")
    return out


def read_two_figures(split: Split, template: str) -> Result | None:
    unread = without_unread_drawing(template, _POINTS_TO)
    if unread is None:
        return None
    template = unread
    split, template = spelled_numbers(split, template)
    one_unit(words(template))  # "2 feet" and "6 inches" would need a conversion
    text = template.lower()
    for pattern, repl in _NORMAL:
        text = re.sub(pattern, repl, text)
    text = re.sub(r"\s+", " ", text).strip()
    if "eqtriangle" in text:  # "an equilateral triangle ... the triangle": one figure
        text = re.sub(r"\btriangle(s?)\b", r"eqtriangle\1", text)
    text = _POSSESSIVE.sub(r"\g<m> of \g<f>", text)
    kinds = set(re.findall(r"\b(circle|square|rectangle|eqtriangle)s?\b", text))
    if len(kinds) != 2:
        return None
    if re.search(r"\b(?:circles|squares|rectangles|eqtriangles)\b", text) and not re.search(
            r"\b(?:circle|square|rectangle|eqtriangle) and (?:circle|square|rectangle|"
            r"eqtriangle)\b", text):
        raise Decline("more than one figure of a kind")
    text = re.sub(r"\b(circle|square|rectangle|eqtriangle)s\b", r"\1", text)
    text = _BOTH.sub(r"\1 has \3 \4 . \2 has \3 \4", text)
    text = re.sub(r"\bexpress your answer (?:in terms of (?:pi|@\d+@)|as a common fraction|in "
                  r"simplest radical form)[.?]?\s*$", "", text).strip()
    inline = [(m.group("f"), m.group("m"), _value(split.maths[int(m.group("v").strip("@"))]))
              for m in _INLINE.finditer(text)]
    text = _INLINE.sub(r"\g<f>", text)
    sentences = [s.strip() for s in re.split(r"(?<=[.?!;])\s+", text) if s.strip()]
    if not sentences:
        return None
    question = sentences[-1].rstrip(".?! ")
    asks = [(m, how) for pattern, how in _ASKS
            for m in [re.search(pattern, question)] if m is not None]
    if not asks:
        return None
    m, how = asks[0]
    first = _owner(m, "1")
    second = _owner(m, "2") if how != "one" else None
    rest = question[:m.start()] + " " + question[m.end():]
    statements = " ".join(sentences[:-1]) + " . " + rest
    relations: list[tuple[tuple[str, str], tuple[str, str]]] = []
    for rel in list(_SAME.finditer(statements)):
        relations.append(((sorted(kinds)[0], rel.group("m")), (sorted(kinds)[1], rel.group("m"))))
    statements = _SAME.sub(" ", statements)
    for rel in list(_EQUAL.finditer(statements)):
        relations.append((_owner(rel, "1"), _owner(rel, "2")))
    statements = _EQUAL.sub(" ", statements)
    bound = inline + _bind(split, _TOKEN.findall(statements), kinds)
    wanted = [first] + ([second] if second else [])
    return _solve(how, wanted, bound, relations)


def _formula(fig: str, measure: str) -> sp.Expr:
    if measure not in TABLE[fig]:
        raise Decline(f"a {NAMES[fig]} has no {measure} read here")
    return TABLE[fig][measure]


def _solve(how: str, wanted: list[tuple[str, str]], bound: list[tuple[str, str, sp.Basic]],
           relations: list[tuple[tuple[str, str], tuple[str, str]]]) -> Result:
    if not bound:
        raise Decline("no measure given")
    if any((f, q) in {(b[0], b[1]) for b in bound} for f, q in wanted):
        raise Decline("a measure asked is one of those given")
    eqs = [sp.Eq(_formula(f, q), v) for f, q, v in bound]
    eqs += [sp.Eq(_formula(*a), _formula(*b)) for a, b in relations]
    targets = [_formula(f, q) for f, q in wanted]
    unknowns = sorted(set().union(*(e.free_symbols for e in eqs),
                                  *(t.free_symbols for t in targets)), key=str)
    sols = sp.solve(eqs, unknowns, dict=True)
    sols = [s for s in sols if all(v.is_positive is not False for v in s.values())]
    if not sols or len({tuple(sp.simplify(t.subs(s)) for t in targets) for s in sols}) != 1:
        raise Decline("the measures do not fix the answer")
    sol = sols[0]
    parts = [sp.radsimp(sp.simplify(t.subs(sol))) for t in targets]
    if any(p.free_symbols or not p.is_positive for p in parts):
        raise Decline("the measures do not fix the answer")
    value = _combine(how, parts)
    if not value.is_positive:
        raise Decline("the asked value is not positive")
    confirm_measured(how, wanted, bound, relations, sol, value)
    return value, _steps(how, wanted, eqs, sol, parts, value)


def _combine(how: str, parts: list[sp.Expr]) -> sp.Expr:
    if how == "one":
        return parts[0]
    a, b = parts
    if how == "excess":  # "by how much is A greater than B": B larger is a misreading
        if not (a - b).is_positive:
            raise Decline("the first measure is not the larger")
        return sp.radsimp(a - b)
    if how == "difference":
        return sp.radsimp(sp.Abs(a - b))
    if how == "ratio":
        return sp.radsimp(sp.nsimplify(a / b))
    return sp.radsimp(a + b)


def _steps(how: str, wanted: list[tuple[str, str]], eqs: list[sp.Eq], sol: dict,
           parts: list[sp.Expr], value: sp.Expr) -> list[Step]:
    dims = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in sol.items())
    told = "; ".join(f"${latex(e.lhs)} = {latex(e.rhs)}$" for e in eqs)
    steps = [step("find the dimensions", "Write each given measure with its figure's formula "
                  f"and solve: ${dims}$.", told)]
    for (fig, q), part in zip(wanted, parts, strict=True):
        formula = TABLE[fig][q]
        claim = f"{shown(formula, sol, mul_symbol='dot')} = {latex(part)}"
        steps.append(step(f"the {q} of the {NAMES[fig]}", f"Put the dimensions into "
                          f"${latex(formula)}$.", f"${claim}$", claim))
    if how != "one":
        a, b = (latex(p) for p in parts)
        claim = {"difference": f"\\left|{a} - {b}\\right| = {latex(value)}",
                 "excess": f"{a} - ({b}) = {latex(value)}",
                 "ratio": f"\\frac{{{a}}}{{{b}}} = {latex(value)}",
                 "sum": f"{a} + {b} = {latex(value)}"}[how]
        steps.append(step(f"the {how}", f"Compare the two measures: the {how}.",
                          f"${claim}$", claim))
    return steps


__all__ = ["read_two_figures"]
