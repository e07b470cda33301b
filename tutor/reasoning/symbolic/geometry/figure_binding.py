"""Each number of a figure question bound to the measure named just before it
(`figure_questions`): the figure named, the numbers in order with their measures, and the
measures left unbound (one of them is the one asked). Pairs told together ("legs 3 and 4",
"radii 3 and 5", "bases 6 and 10") bind to their two measures."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.geometry import figure_measures as fm
from tutor.reasoning.symbolic.geometry.figure_question_words import CONNECT, MEASURES, UNIT_FAMILY
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split, parse_latex

_DEGREES = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*\^\s*\{?\s*\\circ\s*\}?\s*$")


def _value(src: str) -> sp.Basic:
    """A positive number, or an expression in one letter ("3x + 10")."""
    d = _DEGREES.match(src)
    v = sp.Rational(d.group(1)) if d else number(src)
    if v is None:
        e = parse_latex(src)
        if isinstance(e, sp.Expr) and len(e.free_symbols) == 1 and e.is_polynomial() \
                and sp.degree(e, *e.free_symbols) == 1:
            return e
    if v is None or not v.is_positive:
        raise Decline("a positive number for each measure")
    return v


_NAMED_TRIANGLES = frozenset({"right_triangle", "equilateral_triangle", "isosceles_right",
                              "isosceles_triangle"})


def figure(tokens: list[str]) -> tuple[str, str]:
    found = {t for t in tokens if t in fm.FIGURE_WORDS}
    named = found & _NAMED_TRIANGLES
    if len(named) == 1 and "triangle" in found and _refers_back(tokens, named.pop()):
        found.discard("triangle")  # "a right triangle ... the area of the triangle": one figure
    if "sector" in found:  # "a sector of a circle": one figure
        found.discard("circle")
    kinds = {fm.FIGURE_WORDS[t] for t in found}
    if len(kinds) != 1 or len(found) != 1:
        raise Decline("one figure expected")
    word = found.pop()
    return kinds.pop(), word


def circle_measures(tokens: list[str]) -> list[str]:
    """A sector's question: a sentence about its circle alone ("A circle has an area of
    36 pi.") tells the whole circle's area or circumference, not the sector's; a
    circumference said of the sector is not read."""
    out: list[str] = []
    sentence: list[str] = []
    for tok in [*tokens, "."]:
        sentence.append(tok)
        if tok not in (".", "?", "!", ";"):
            continue
        if "circle" in sentence and "sector" not in sentence:
            sentence = ["circle_area" if t == "area" else t for t in sentence]
        elif "circumference" in sentence:
            raise Decline("the circumference of a sector")
        out += sentence
        sentence = []
    return out[:-1]


def _refers_back(tokens: list[str], named: str) -> bool:
    """Every plain "triangle" comes after the named one, right after "the" or "this"."""
    first = tokens.index(named)
    return all(k > first and k and tokens[k - 1] in ("the", "this")
               for k, t in enumerate(tokens) if t == "triangle")


def bind(split: Split, tokens: list[str], quantities: set[str],
         pairs: dict[str, tuple[str, str]]) -> tuple[list, list[str]]:
    """(quantity, value) for each number, in order, and the quantities left unbound. A plural
    in `pairs` ("legs", a rhombus's "diagonals") binds its two numbers to its two measures."""
    bound: list[tuple[str, sp.Basic]] = []
    unbound: list[str] = []
    pending: str | None = None
    subject: str | None = None  # "the area of a circle of radius 6 is 12": the area
    numbered = False  # a number read in this sentence
    for k, tok in enumerate(tokens):
        if tok in (".", "?", "!", ";"):
            subject, numbered = None, False
        if tok.startswith("@"):
            numbered = True
            src = split.maths[int(tok.strip("@"))]
            if src.strip() == "\\pi" and tokens[max(0, k - 2):k] == ["terms", "of"]:
                continue  # "in terms of pi"
            if pending is None and subject in unbound and k and tokens[k - 1] in ("is", "measures"):
                unbound.remove(subject)
                bound.append((subject, _value(src)))
                subject = None
                continue
            if pending is None:
                raise Decline("a number without the measure it gives")
            if pending in pairs:
                one, other = pairs[pending]
                bound.append((one if not any(q == one for q, _ in bound) else other, _value(src)))
                continue
            bound.append((pending, _value(src)))
            pending = None
        elif tok in quantities or tok in pairs:
            if pending is not None and pending not in pairs:
                unbound.append(pending)
                if subject is None and not numbered:  # the sentence's subject
                    subject = pending
            pending = tok
        elif tok in CONNECT or tok in UNIT_FAMILY or tok in (
                "and", "sq_unit", "cu_unit", "units", "degrees", "long"):
            if tok == "and" and pending not in pairs:
                if pending is not None:
                    unbound.append(pending)
                pending = None
        else:
            if tok == "pi" and tokens[max(0, k - 2):k] != ["terms", "of"]:
                raise Decline("pi as a word beside a number")  # "36 times pi": not read
            if tok in MEASURES:  # "the altitude to the hypotenuse": not a measure it has
                raise Decline("a measure this figure is not read with")
            if pending is not None and pending not in pairs:
                unbound.append(pending)
            pending = None
    if pending is not None and pending not in pairs:
        unbound.append(pending)
    if any("angle" in q and v.has(sp.pi) for q, v in bound):
        # "a central angle of pi/3": radians, but the figures' formulas are in degrees
        raise Decline("an angle in radians")
    return bound, unbound


def outer_first(bound: list, together: bool) -> list:
    """Two radii told together ("radii 3 and 5"): the outer one is the larger; told apart, the
    outer one must be the larger (equal radii are no ring)."""
    radii = [v for q, v in bound if q in ("outer_radius", "inner_radius")]
    if len(radii) == 2:
        if any(v.free_symbols for v in radii) or radii[0] == radii[1] or not together and \
                dict(bound)["outer_radius"] < dict(bound)["inner_radius"]:
            raise Decline("two different radii of the ring, the outer one larger, expected")
        rest = [(q, v) for q, v in bound if q not in ("outer_radius", "inner_radius")]
        return [("outer_radius", max(radii)), ("inner_radius", min(radii)), *rest]
    return bound


def trapezoid_words(tokens: list[str]) -> list[str]:
    """A trapezoid's "parallel sides" are its bases; "midsegment" / "midline" its median; "one
    base" and "the other base" its two bases (its measures are the same whichever is which).
    A "base" said otherwise, or legs, would leave the figure unknown: declined."""
    out: list[str] = []
    for tok in tokens:
        if tok == "side" and out and out[-1] == "parallel":
            out[-1] = "bases"
        elif tok in ("midsegment", "midline"):
            out.append("median")
        elif tok == "base" and out and out[-1] == "other":  # "the other base"
            out[-1] = "other_base"
        elif tok == "base" and out and out[-1] == "one":  # "one base is 10": either of the two
            out.append("base")
        elif tok in ("base", "legs", "leg"):
            raise Decline("a trapezoid is told by both bases and its height")
        else:
            out.append(tok)
    return out



__all__ = ["bind", "figure", "outer_first", "trapezoid_words"]
