"""Reader of a figure's dimensions changed by percents, and its area or volume asked: "The
length of a rectangle is increased by 20% and its width is decreased by 10%. By what percent
does the area change?", "The base of a triangle is increased by 30% and its height by 10%.
By what percent does its area increase?", "The length of a rectangle is increased by 25%,
but the width is decreased to keep the area unchanged. By what percent was the width
decreased?", "Each of the length, width and height of a box is increased by 10% ...".

The area (volume) is the product of the dimensions named, so each change multiplies it by
1 + p/100 or 1 - p/100; a dimension changed "to keep the area unchanged" is the factor that
brings the product back to 1. The figure must be one whose area or volume is a product of
the named dimensions (a rectangle or parallelogram: length or base and width or height; a
triangle: base and height; a box: length, width and height). Every percent told must be one
change read, and every word of the problem one this reader knows. Confirmed on actual
numbers: a figure with dimensions 7, 11 (and 13) is changed dimension by dimension, its
measure computed before and after in exact fractions.
"""

from __future__ import annotations

import re
from fractions import Fraction
from math import prod

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.percent_requests import terminating
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording

_FIGURES = {"rectangle": ({"length", "width"}, "area"),
            "parallelogram": ({"base", "height"}, "area"),
            "triangle": ({"base", "height"}, "area"),
            "box": ({"length", "width", "height"}, "volume"),
            "rectangular box": ({"length", "width", "height"}, "volume"),
            "rectangular prism": ({"length", "width", "height"}, "volume")}
_DIM = r"(?P<dim>length|width|height|base)"
_P = r"(?P<p>#[\d/.]*\d) percent"
_DIR = (r"(?P<dir>increased|decreased|raised|reduced|lengthened|shortened|"
        r"increases|decreases)")
_CHANGE = re.compile(rf"\b(?:the|its) {_DIM}(?: of (?:the|a|an) (?P<fig>[a-z]+(?: [a-z]+)?))? "
                     rf"(?:is |was |has been )?{_DIR} by {_P}")
_SAME_DIR = re.compile(rf"\b(?:and )?(?:the|its) {_DIM} by {_P}")  # "... and its height by 10%"
_KEEP = re.compile(rf"\b(?:the|its) {_DIM} (?:is |was )?(?P<dir>increased|decreased) (?:so as )?"
                   r"(?:to keep|so that) the (?P<m>area|volume) (?:is |remains |stays )?"
                   r"(?:unchanged|the same)")
_ASK = re.compile(r"\bby what percent (?:does|did|will|would|is|was) (?:the|its) "
                  r"(?P<what>area|volume|width|length|height|base)(?: of the [a-z]+(?: [a-z]+)?)? "
                  r"(?:change|increase|decrease|(?:be )?(?:increased|decreased))\b"
                  r"|\bby what percent (?:was|is) (?:the|its) (?P<what2>width|length|height|base)"
                  r" (?:decreased|increased|reduced)\b")
_VOCAB = frozenset(
    "the of a an its is was has been increased decreased raised reduced lengthened shortened "
    "increases decreases by percent and but so as to keep that area volume unchanged same "
    "remains stays what does did will would change increase decrease be length width height "
    "base rectangle parallelogram triangle box rectangular prism if must should are each "
    "all".split())


# "by what percent must the width be increased to keep the area the same?" says the change
# and the question at once
_ASK_KEEP = re.compile(rf"\bby what percent (?:must|should|would|will) (?:the|its) {_DIM} be "
                       r"(?P<dir>increased|decreased) (?P<keep>(?:so as )?(?:to keep|so that) "
                       r"the (?:area|volume) (?:is |remains |stays )?(?:unchanged|the same))")
# "the length, width and height of a box are each increased by 10%"
_EACH = re.compile(r"\bthe (?P<dims>(?:length|width|height|base)(?:,? (?:and )?(?:length|width|"
                   rf"height|base))+)(?P<of> of (?:a|an|the) [a-z]+(?: [a-z]+)?)? are "
                   rf"(?:each |all )?{_DIR} by {_P}")


def _plain(text: str) -> str:
    keep = _ASK_KEEP.search(text)
    if keep is not None:
        text = (text[:keep.start()] + f"the {keep.group('dim')} is {keep.group('dir')} "
                f"{keep.group('keep')}. by what percent was the {keep.group('dim')} "
                f"{keep.group('dir')}" + text[keep.end():])
    each = _EACH.search(text)
    if each is not None:
        dims = re.findall(r"length|width|height|base", each.group("dims"))
        by = f"by {each.group('p')} percent"
        told = " and the ".join(f"{d} {by}" for d in dims[1:])
        text = (text[:each.start()] + f"the {dims[0]}{each.group('of') or ''} is "
                f"{each.group('dir')} {by} and the {told}" + text[each.end():])
    return text


def read(split: Split, template: str) -> Result | None:
    if "percent" not in template and "%" not in "".join(split.maths):
        return None
    text = _plain(re.sub(r"\s+", " ", wording.of(split, template).text).strip().rstrip(" .?"))
    if set(re.findall(r"[a-z]+", text)) - _VOCAB or "@" in text:
        return None
    figs = [f for f in sorted(_FIGURES, key=len, reverse=True)
            if re.search(rf"\b(?:a|the|an) {f}\b", text)]
    if not figs:
        return None
    dims, measure = _FIGURES[figs[0]]
    ask = _ASK.search(text)
    if ask is None:
        return None
    changes: dict[str, Fraction] = {}
    last_up: bool | None = None
    for m in sorted([*_CHANGE.finditer(text), *_SAME_DIR.finditer(text)], key=lambda m: m.start()):
        if any(o.start() <= m.start() < o.end() for o in _CHANGE.finditer(text)) and \
                "dir" not in m.groupdict():
            continue  # the "its width by 10%" inside a change already read
        up = last_up if "dir" not in m.groupdict() else m.group("dir") in (
            "increased", "raised", "lengthened", "increases")
        if up is None or m.group("dim") in changes:
            return None
        last_up = up
        p = wording.value(m.group("p")) / 100
        changes[m.group("dim")] = 1 + p if up else 1 - p
    if len(changes) != len(re.findall(r"\bpercent\b", text)) - 1:
        return None  # every percent told is a change read
    if not set(changes) <= dims or any(f <= 0 for f in changes.values()):
        raise Decline("dimensions the figure's measure is not the product of")
    keep = _KEEP.search(text)
    asked = ask.group("what") or ask.group("what2")
    if keep is not None:
        return _kept(changes, keep, asked, dims, measure)
    if asked != measure or not changes:
        return None
    factor = prod(changes.values(), start=Fraction(1))
    _confirm(changes, dims, factor)
    change = (factor - 1) * 100
    said = ask.group(0)
    if "increase" in said and change < 0 or "decrease" in said and change > 0:
        raise Decline("the measure changes the other way")
    answer = change if "change" in said else abs(change)
    claim = " \\times ".join(nw.tex_of(f) for f in changes.values()) + f" = {nw.tex_of(factor)}"
    return _shown(answer), [
        step(f"multiply the {measure}'s factors", f"The {measure} is the product of the "
             "dimensions, so each change multiplies it.", f"${claim}$", claim),
        step("write the change as a percent", "Compare the factor with 1.",
             f"${_against_one(factor)}$, so ${nw.tex_of(answer)}\\%$", nw.tex_of(answer))]


def _against_one(factor: Fraction) -> str:
    """"f - 1 = d" above 1, "1 - f = d" below it: the size of the change."""
    if factor >= 1:
        return f"{nw.tex_of(factor)} - 1 = {nw.tex_of(factor - 1)}"
    return f"1 - {nw.tex_of(factor)} = {nw.tex_of(1 - factor)}"


def _kept(changes: dict[str, Fraction], keep: re.Match[str], asked: str, dims: set[str],
          measure: str) -> Result:
    dim = keep.group("dim")
    if keep.group("m") != measure or dim != asked or dim in changes or dim not in dims or \
            len(changes) != len(dims) - 1:
        raise Decline("which dimension keeps the measure")
    others = prod(changes.values(), start=Fraction(1))
    factor = 1 / others
    changes = {**changes, dim: factor}
    _confirm(changes, dims, Fraction(1))
    down = keep.group("dir") == "decreased"
    if down != (factor < 1):
        raise Decline("the dimension changes the other way")
    answer = abs(factor - 1) * 100
    claim = f"\\frac{{1}}{{{nw.tex_of(others)}}} = {nw.tex_of(factor)}"
    return _shown(answer), [
        step(f"keep the {measure}", f"The {measure} is unchanged, so the {dim} is multiplied by "
             "the reciprocal of the other changes.", f"${claim}$", claim),
        step("write the change as a percent", "Compare the factor with 1.",
             f"${_against_one(factor)}$, so ${nw.tex_of(answer)}\\%$", nw.tex_of(answer))]


def _shown(percent: Fraction) -> sp.Basic | str:
    """A percent as a decimal when it ends (33.1), else as a fraction."""
    written = terminating(percent)
    return written if written is not None else sp.Rational(percent.numerator,
                                                             percent.denominator)


def _confirm(changes: dict[str, Fraction], dims: set[str], factor: Fraction) -> None:
    sizes = dict(zip(sorted(dims), (Fraction(7), Fraction(11), Fraction(13)), strict=False))
    before = prod(sizes.values(), start=Fraction(1))
    after = prod((sizes[d] * changes.get(d, Fraction(1)) for d in sizes), start=Fraction(1))
    confirm.check(after == before * factor, "a figure of sizes 7, 11 (and 13) changed "
                  "dimension by dimension")


__all__ = ["read"]
