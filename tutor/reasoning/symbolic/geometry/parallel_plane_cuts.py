"""Typed reader: a cone or a pyramid cut by planes parallel to its base.

"A cone has radius 6 and height 9. A plane parallel to its base cuts it 3 units below the
vertex. What is the volume of the small cone that is cut off?", "A pyramid has volume 54. A
plane parallel to its base cuts it halfway up its height. What is the volume of the small
pyramid?", "A right square pyramid with base edges of length 8 and slant edges of length 10
is cut by a plane parallel to its base and 3 units above its base ...", "A cone is sliced into
three pieces by planes parallel to its base so that all the pieces have the same height. What
is the ratio of the volume of the smallest piece to the volume of the largest piece?"

The piece above a plane at the part k of the height from the apex is a smaller solid similar
to the whole, so it holds k^3 of the volume, and the frustum below holds the rest; n pieces of
equal height hold (j^3 - (j-1)^3) / n^3 of it, the j-th from the apex. The solid is told by
its dimensions (a cone's radius or diameter and height; a square pyramid's base edge and
height or slant edge) or by its volume; with neither only a ratio of pieces may be asked.
Every word is read (an unknown one declines) and every number is used once.

Confirmed independently: each piece's volume is the integral of the area of the cross-section
between its planes (mpmath quadrature at 40 digits), never the cube of the ratio."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_question_words import one_unit_in
from tutor.reasoning.symbolic.geometry.figure_wording import without_unread_drawing
from tutor.reasoning.symbolic.geometry.reading import each_told_once, number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

PI = sp.pi
_N = r"@(\d+)@"
_U = r"(?: (?:units?|inches|inch|feet|foot|centimeters?|cm|meters?|m))?"
_SOLID = re.compile(r"\b(?:a|an|the) (?:(?:solid|right|regular|circular|square) )*(cone|pyramid)"
                    r"\b")
_PARALLEL = re.compile(r"\bplanes? (?:that (?:is|are) )?parallel to (?:its|the) base\b")
_DIMS = [  # (pattern, dimension)
    (rf"\b(?:a |its |the )?radius (?:of |is )?{_N}{_U}", "r"),
    (rf"\b(?:a |its |the )?diameter (?:of |is )?{_N}{_U}", "d"),
    # not a cone's "slant height 5" (the side's length, not the height)
    (rf"\b(?<!at )(?<!slant )(?:a |its |the )?(?<!slant )height (?:of |is )?{_N}{_U}(?! above)"
     rf"|{_N}{_U} (?:tall|high)\b", "h"),
    (rf"\b(?:a |its |the )?base (?:edges?|sides?)(?: of length| length)? (?:of |is )?{_N}{_U}"
     r"(?: each)?", "a"),
    (rf"\b(?:a |its |the )?slant edges?(?: of length| length)? (?:of |is )?{_N}{_U}(?: each)?",
     "l"),
    (rf"\b(?:a |its |the )?volume (?:of |is )?{_N}|\bof volume {_N}|\bwhose volume is {_N}",
     "v"),
]
_CUTS = [  # (pattern, where the one plane is told)
    (rf"{_N}{_U} (?:below|from|down from) (?:the|its) (?:vertex|apex|tip|top)\b", "from_apex"),
    (rf"(?:at a height of )?{_N}{_U} above (?:the|its) base\b", "above_base"),
    (r"\b(?:halfway up(?: its height)?|at half (?:of )?its height|(?:at|through) the midpoint "
     r"of its (?:height|altitude))\b", "half"),
    (rf"\bat {_N} of its height from (?:the|its) (?:vertex|apex|tip)\b", "part_from_apex"),
    (rf"\bat {_N} of its height (?:from|above) (?:the|its) base\b", "part_above_base"),
]
_SLICES = re.compile(rf"\b(?:sliced|cut|divided) into {_N} pieces\b")
_EQUAL = re.compile(r"\b(?:so that )?all (?:of )?(?:the |these )?pieces have the same height\b|"
                    r"\bof (?:equal|the same) height\b")
_TOP = r"(?:small|smaller|little|new|top|upper) (?:cone|pyramid|piece)(?: on top)?"
_PIECE = (rf"(?:{_TOP}|frustum|truncated cone|(?:bottom|lower|remaining) (?:piece|part|solid)|"
          r"piece (?:above|below) the plane|(?:smallest|largest|second-largest|second largest|"
          r"second-smallest|second smallest|top|bottom) piece)")
_ASK_ONE = re.compile(rf"\bvolume(?:, in cubic units,)? of the ({_PIECE})\b")
_ASK_RATIO = re.compile(rf"\bratio of the volume of the ({_PIECE}) to the volume of the "
                        rf"({_PIECE})\b")
_GLUE = FILLER | frozenset(
    "cone pyramid solid right regular circular square radius diameter height base edge edges "
    "side sides slant length each volume plane planes parallel cut cuts sliced divided into by "
    "at from below above down vertex apex tip top bottom upper lower small smaller little new "
    "piece pieces part remaining frustum truncated left off so all same equal halfway up half "
    "midpoint altitude ratio smallest largest second units unit inches inch feet foot cm "
    "centimeters centimeter meters meter m cubic express your answer terms pi common fraction "
    "tall high with whose how many what by this plane's cone's pyramid's".split())


def read_parallel_plane_cut(split: Split, template: str) -> Result | None:
    unread = without_unread_drawing(template)
    if unread is None:
        return None
    template = unread
    if not _PARALLEL.search(template):
        return None
    solids = {m.group(1) for m in _SOLID.finditer(template)}
    if len(solids) != 1:
        return None
    kind = solids.pop()
    if re.search(r"\b(?:sphere|cylinder|cube|prism|box|hemisphere|surface|area|painted|"
                 r"lateral|percent|weight)\b", template):
        raise Decline("only volumes of one cone or pyramid cut parallel to its base are read")
    one_unit_in(template)  # "radius 6 inches ... in cubic feet": unit words are glue here
    leftover = words(template) - _GLUE
    if leftover:
        raise Decline(f"the words {' '.join(sorted(leftover)[:3])} are not read")
    used: list[int] = []
    dims = _dimensions(split, template, used)
    planes = _planes(split, template, dims, used)
    ratio = list(_ASK_RATIO.finditer(template))
    ones = [m for m in _ASK_ONE.finditer(template) if not any(
        r.start() <= m.start() < r.end() for r in ratio)]
    if len(ratio) + len(ones) != 1:
        raise Decline("one volume or one ratio of volumes asked")
    slots = [int(n) for n in re.findall(r"@(\d+)@", template)]
    if sorted(used) != sorted(slots) or len(set(slots)) != len(slots):
        raise Decline("every number told used once")
    if kind == "pyramid" and "a" in dims and not re.search(r"\bsquare pyramid\b", template):
        raise Decline("a base edge fixes the base of a square pyramid only")
    whole = _whole_volume(kind, dims)
    n = len(planes) + 1
    if ratio:
        first, second = (_piece(ratio[0].group(i), n) for i in (1, 2))
        if first == second:
            raise Decline("a ratio of a piece to itself")
        value = sp.nsimplify(_share(planes, first) / _share(planes, second))
        what = f"\\frac{{V_{first}}}{{V_{second}}}"
    else:
        if whole is None:
            raise Decline(f"the {kind}'s volume or dimensions needed for a volume")
        first = _piece(ones[0].group(1), n)
        second = 0
        value = sp.simplify(whole * _share(planes, first))
        what = f"V_{first}"
    _confirm(kind, dims, planes, (first, second), value)
    cuts = ", ".join(latex(k) for k in planes)
    return value, [
        step("similar pieces", f"A plane parallel to the base cuts off a smaller {kind} "
             "similar to the whole, so the part above a plane at the part k of the height from "
             "the apex holds k^3 of the volume.", f"$k = {cuts}$", cuts),
        step("the asked volume", "Piece j from the apex lies between two planes: the "
             "difference of their cubes.", f"${what} = {latex(value)}$", latex(value))]


def _told(split: Split, slot: str, used: list[int]) -> sp.Expr:
    index = int(slot)
    src = split.maths[index]
    v = number(src)
    if v is None and "\\pi" in src:
        v = number(src.replace("\\pi", "\\cdot\\pi"))
    if v is None or not v.is_positive:
        raise Decline("a positive measure expected")
    used.append(index)
    return sp.nsimplify(v, [PI])


def _dimensions(split: Split, template: str, used: list[int]) -> dict[str, sp.Expr]:
    dims, _ = each_told_once(template, _DIMS, lambda slot: _told(split, slot, used),
                             lambda dim: f"the {dim} told twice")
    if "d" in dims:
        if "r" in dims:
            raise Decline("a radius and a diameter both told")
        dims["r"] = dims.pop("d") / 2
    if "l" in dims:  # a right square pyramid's slant edge: l^2 = h^2 + (a / sqrt 2)^2
        if "a" not in dims or "h" in dims:
            raise Decline("a slant edge with the base edge and no height")
        h2 = sp.simplify(dims["l"] ** 2 - dims["a"] ** 2 / 2)
        if not h2.is_positive:
            raise Decline("a slant edge longer than half the base's diagonal")
        dims["h"] = sp.sqrt(h2)
    return dims


def _planes(split: Split, template: str, dims: dict[str, sp.Expr],
            used: list[int]) -> list[sp.Expr]:
    """The planes as parts of the height from the apex, in order."""
    slices = list(_SLICES.finditer(template))
    cuts = [(m, how) for pattern, how in _CUTS for m in re.finditer(pattern, template)]
    if slices:
        if cuts or len(slices) > 1 or not _EQUAL.search(template):
            raise Decline("pieces of equal height, told once")
        n = _told(split, slices[0].group(1), used)
        if not n.is_integer or not 2 <= n <= 20:
            raise Decline("a whole number of pieces")
        return [sp.Rational(j, int(n)) for j in range(1, int(n))]
    if len(cuts) != 1 or re.search(r"\bplanes\b", template):
        raise Decline("one plane, told once where it cuts")
    match, how = cuts[0]
    h = dims.get("h")
    if how == "half":
        return [sp.Rational(1, 2)]
    told = _told(split, match.group(1), used)
    if how in ("from_apex", "above_base"):
        if h is None:
            raise Decline("the height needed to place the plane")
        k = told / h if how == "from_apex" else (h - told) / h
    else:
        k = told if how == "part_from_apex" else 1 - told
    k = sp.nsimplify(sp.simplify(k))
    if not (k.is_positive and (1 - k).is_positive):
        raise Decline("the plane must cut the solid between its apex and base")
    return [k]


def _whole_volume(kind: str, dims: dict[str, sp.Expr]) -> sp.Expr | None:
    if "v" in dims:
        if set(dims) - {"v", "h"}:
            raise Decline("a volume and dimensions both told")
        return dims["v"]
    if kind == "cone" and {"r", "h"} <= set(dims) and not set(dims) - {"r", "h"}:
        return sp.simplify(PI * dims["r"] ** 2 * dims["h"] / 3)
    if kind == "pyramid" and {"a", "h"} <= set(dims) and not set(dims) - {"a", "h", "l"}:
        return sp.simplify(dims["a"] ** 2 * dims["h"] / 3)
    if set(dims) - {"h"}:
        raise Decline(f"the {kind} is not fixed by what is told")
    return None


def _piece(name: str, n: int) -> int:
    """Which piece, counted from the apex (1) to the base (n)."""
    if re.match(r"(?:small|smaller|little|new|top|upper) |piece above|smallest|top piece", name):
        return 1
    if re.match(r"second.smallest", name):
        if n < 3:
            raise Decline("a second smallest piece needs three pieces")
        return 2
    if re.match(r"second.largest", name):
        if n < 3:
            raise Decline("a second largest piece needs three pieces")
        return n - 1
    return n  # the frustum, the bottom, lower, remaining or largest piece


def _share(planes: list[sp.Expr], j: int) -> sp.Expr:
    parts = [sp.Integer(0), *planes, sp.Integer(1)]
    return parts[j] ** 3 - parts[j - 1] ** 3


def _confirm(kind: str, dims: dict[str, sp.Expr], planes: list[sp.Expr],
             pieces: tuple[int, int], value: sp.Expr) -> None:
    """Each piece integrated again as cross-sections between its planes: a cone's discs of
    radius r x / h, a pyramid's squares of edge a x / h, or, told by its volume only, a cone of
    that volume and height 1 (any shape of that volume scales the same way)."""
    with mpmath.workdps(40):
        side = dims.get("r" if kind == "cone" else "a")
        if side is None or "h" not in dims:
            h = mpmath.mpf(1)
            base = mpmath.mpf(sp.N(3 * dims.get("v", sp.Integer(1)), 45))
        else:
            h = mpmath.mpf(sp.N(dims["h"], 45))
            base = mpmath.mpf(sp.N(side ** 2, 45)) * (mpmath.pi if kind == "cone" else 1)
        marks = [mpmath.mpf(0), *(mpmath.mpf(sp.N(k, 45)) * h for k in planes), h]

        def volume(j: int) -> mpmath.mpf:
            return mpmath.quad(lambda x: base * (x / h) ** 2, [marks[j - 1], marks[j]])

        first, second = pieces
        got = volume(first) / volume(second) if second else volume(first)
        want = mpmath.mpf(sp.N(value, 45))
        ok = abs(got - want) < mpmath.mpf(10) ** -28 * max(abs(want), 1)
    confirm.check(bool(ok), "the pieces integrated again as cross-sections between the planes")


__all__ = ["read_parallel_plane_cut"]
