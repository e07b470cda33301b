"""Typed reader: solids told in words, with relations between them.

"A cube with edge length 4 has the same volume as a square-based pyramid with base edge 8
and height $h$. What is $h$?", "A sphere is inscribed in a cube of edge 10; a second cube is
inscribed in the sphere. What is the volume of the inner cube?", "What is the ratio of the
volume of the sphere to the volume of the cube?": each solid named ("a cone", "the cone",
"cube A") gets its own dimensions; each number binds to the measure named just before it
(of the solid named after "of", else the solid being described); relations give equations;
the asked measure, ratio or letter must come out as one positive number. Every word is read:
an unknown one declines. Confirmed by putting the dimensions back into every statement at 40
digits and, for volumes, by integrating the solid's cross-sections (`solids`)."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import solid_wording as sw
from tutor.reasoning.symbolic.geometry.figure_questions import one_unit
from tutor.reasoning.symbolic.geometry.figure_wording import spelled_numbers
from tutor.reasoning.symbolic.geometry.solids import (
    Solid,
    inscribed,
    measures,
    volume_by_slices,
)
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words

_QUICK = re.compile(r"\b(?:cubes?|spheres?|hemispheres?|cones?|cylinders?|pyramids?|prisms?|"
                    r"box|boxes)\b")
KINDS = frozenset("cube box sphere hemisphere cylinder cone pyramid".split())
_QTY = frozenset(sw.QUANTITIES)
_UNITS = frozenset("unit units inch inches foot feet cm centimeter centimeters meter meters m "
                   "mm millimeter millimeters km kilometer kilometers yard yards mile miles ft "
                   "in".split())
_DETS = frozenset("a an another the this that its".split())
_MODS = frozenset("right solid circular smaller larger second first inner outer inscribed "
                  "original new other".split())
_IGNORED = frozenset("is are has have with having and it which whose each then if units , "
                     "respectively "
                     "of".split()) | _UNITS
_ASK = re.compile(r"\b(?:what|find|compute|determine|calculate)\b")
_TOKEN = re.compile(r"@\d+@|[a-z0-9_]+|,")
# a unit written in the maths ("24 \\hspace{1mm} \\mathrm{cm}^2"): the words check it
_UNIT_TEX = re.compile(r"\\hspace\s*\{[^{}]*\}|\\[,;! ]|\\(?:mathrm|text|mbox)\s*\{\s*(?:units?|"
                       r"cm|m|mm|km|in|ft|inches|feet|meters)\s*\}(?:\^\s*\{?\s*[23]\s*\}?)?")
_UNIT_NAME = re.compile(r"\\(?:mathrm|text|mbox)\s*\{\s*([a-z]+)\s*\}")
_LETTER = re.compile(r"\s*([a-df-hj-z])\s*")


class _Reading:
    def __init__(self, maths: list[str]) -> None:
        self.maths = maths
        self.solids: list[Solid] = []
        self.relations: list[tuple[str, str, Solid]] = []  # (kind, factor, left) pending
        self.eqs: list[tuple[sp.Expr, str]] = []  # (expr = 0, what it says)
        self.letters: dict[str, sp.Symbol] = {}
        self.subject: Solid | None = None
        self.inner_of: dict[int, int] = {}  # index of inner solid -> outer
        self.asked: list[tuple[str, Solid]] = []
        self.faces_of: Solid | None = None

    def values(self, piece: int) -> list[sp.Expr]:
        """The numbers of a piece that lists them ("6, 8"), or its one value."""
        parts = self.maths[piece].split(",")
        return [self.value(piece, p) for p in parts] if len(parts) > 1 else [self.value(piece)]

    def value(self, piece: int, part: str | None = None) -> sp.Expr:
        src = _UNIT_TEX.sub("", self.maths[piece] if part is None else part)
        m = _LETTER.fullmatch(src)
        if m:
            return self.letters.setdefault(m.group(1), sp.Symbol(m.group(1), positive=True))
        v = parse_latex(src)
        if not isinstance(v, sp.Expr):
            raise Decline("a number for each measure")
        subs = {}
        for sym in v.free_symbols:
            name = str(sym)
            if len(name) != 1 or name in "ei":
                raise Decline("a number for each measure")
            subs[sym] = self.letters.setdefault(name, sp.Symbol(name, positive=True))
        v = v.xreplace(subs)
        if not v.free_symbols and not v.is_positive:
            raise Decline("a positive number for each measure")
        return v

    def mention(self, kind: str, det: str | None, mods: set[str], name: str) -> Solid:
        same = [s for s in self.solids if s.kind == kind and (not name or s.name == name)]
        if det in ("a", "an", "another") or not same:
            solid = Solid(kind, len(self.solids) + 1, name)
            self.solids.append(solid)
            return solid
        if len(same) == 1:
            return same[0]
        if mods & {"inscribed", "inner"}:
            pick = [s for s in same if s.index in self.inner_of]
        elif "outer" in mods:
            pick = [s for s in same if s.index in self.inner_of.values()]
        elif mods & {"first", "original"}:
            pick = same[:1]
        elif mods & {"second", "new"} and len(same) == 2:
            pick = same[1:]
        else:
            pick = []
        if len(pick) != 1:
            raise Decline("which solid is meant is not clear")
        return pick[0]

    def three_faces(self, box: Solid | None, areas: list[sp.Expr]) -> None:
        """Three faces meeting at a corner: their areas are lw, lh and wh, in some order (only
        measures symmetric in l, w, h may then be asked)."""
        if box is None or box.kind != "box":
            raise Decline("three face areas of a rectangular box expected")
        ln, w, h = box.dims["l"], box.dims["w"], box.dims["h"]
        for face, area in zip((ln * w, ln * h, w * h), areas, strict=True):
            self.eqs.append((face - area, f"\\text{{area of a face}} = {latex(area)}"))
        self.faces_of = box

    def relate(self, rel: str, factor: str, left: Solid, right: Solid) -> None:
        if left is right:
            raise Decline("a solid related to itself")
        if rel in ("in", "about"):
            inner, outer = (left, right) if rel == "in" else (right, left)
            eqs = inscribed(inner, outer)
            if eqs is None or inner.index in self.inner_of:
                raise Decline(f"a {inner.kind} inscribed in a {outer.kind} is not fixed")
            self.inner_of[inner.index] = outer.index
            self.eqs += [(e, f"the {inner.kind} is inscribed in the {outer.kind}") for e in eqs]
            return
        qty = "volume" if rel == "recast" else rel
        k = {"1": sp.Integer(1), "2": sp.Integer(2), "3": sp.Integer(3),
             "half": sp.Rational(1, 2)}.get(factor)
        if k is None:
            k = self.value(int(factor[1:]))
        ql, qr = _measure(left, qty), _measure(right, qty)
        self.eqs.append((ql - k * qr, f"{_says(qty, left)} = {latex(k)} \\cdot "
                                      f"{_says(qty, right)}"))


def _measure(solid: Solid, qty: str) -> sp.Expr:
    table = measures(solid)
    if qty == "total_area" and solid.kind != "hemisphere":
        qty = "surface_area"
    if qty == "curved_area" and solid.kind in ("cone", "cylinder"):
        qty = "lateral_area"
    if qty not in table:
        raise Decline(f"the {qty.replace('_', ' ')} of a {solid.kind} is not one measure")
    return table[qty]


def _says(qty: str, solid: Solid) -> str:
    return f"\\text{{{qty.replace('_', ' ')} of {solid.kind} {solid.name or solid.index}}}"


def _walk(r: _Reading, tokens: list[str]) -> list[tuple[str, Solid | None]]:
    """Read the tokens: solids, measures with their values, relations; after `ask_here` the
    measures left without a value (the asked ones), in order."""
    det: str | None = None
    mods: set[str] = set()
    pending: list = []  # [qty, owner, after_of]
    rel: tuple[str, str, Solid] | None = None
    unbound: list[tuple[str, Solid | None]] = []
    last, asking = "", False
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in KINDS:
            name = ""
            if i + 1 < len(tokens) and tokens[i + 1].startswith("@") and re.fullmatch(
                    r"\s*[A-Z]\s*", r.maths[int(tokens[i + 1].strip("@"))]):
                name = r.maths[int(tokens[i + 1].strip("@"))].strip()
                i += 1
            solid = r.mention(tok, det, mods, name)
            if pending and pending[2] and pending[1] is None:
                pending[1] = solid
            r.subject = solid
            if rel is not None:  # "... as the cylinder and a height of 4": still the left one
                r.relate(rel[0], rel[1], rel[2], solid)
                if det not in ("a", "an", "another") and not name:
                    r.subject = rel[2]
                rel = None
            det, mods = None, set()
        elif tok == "ask_here":
            if pending or unbound or rel is not None:
                raise Decline("a measure without its value")
            asking = True
        elif asking and tok == "that" and last and not pending:  # "to that of the cylinder"
            pending = [last, None, False]
        elif tok in _DETS:
            det = tok
            if tok == "its" and pending:
                pending[1] = r.subject
        elif tok in _MODS:
            mods.add(tok)
        elif tok in _QTY:
            if pending:
                unbound.append((pending[0], pending[1]))
            pending = [tok, r.subject if det == "its" else None, False]
            det = None
        elif tok == "of" and pending:
            pending[2] = True
        elif tok == "face_areas":
            if pending:
                unbound.append((pending[0], pending[1]))
            pending = [tok, None, False, []]
        elif tok.startswith("@") and pending and pending[0] == "face_areas":
            pending[3] += r.values(int(tok.strip("@")))
            if len(pending[3]) > 3:
                raise Decline("three face areas expected")
            if len(pending[3]) == 3:
                r.three_faces(pending[1] or r.subject, pending[3])
                pending = []
        elif tok.startswith("@") and pending and r.subject is not None:
            owner = pending[1] or r.subject
            v = r.value(int(tok.strip("@")))
            r.eqs.append((_measure(owner, pending[0]) - v,
                          f"{_says(pending[0], owner)} = {latex(v)}"))
            pending = []
        elif tok.startswith("@") and asking:
            unbound.append((tok, None))
        elif tok.startswith("@"):
            raise Decline("a number without the measure it gives")
        elif tok.startswith("rel_"):
            if r.subject is None or rel is not None:
                raise Decline("a relation without its two solids")
            kind, _, rest = tok[4:].partition("_")
            rel = (rest or kind, kind if rest else "1", r.subject)
            if kind == "same":
                rel = (rest, "1", r.subject)
            if pending:
                unbound.append((pending[0], pending[1]))
            pending = []
        elif tok in _IGNORED or (asking and tok in ("ratio", "to", "value", "that")):
            if asking and tok == "to" and pending:
                unbound.append((pending[0], pending[1]))
                last, pending = pending[0], []
        else:
            raise Decline(f"the word '{tok}' is not one the solids reader knows")
        i += 1
    if rel is not None or not asking:
        raise Decline("a relation without its second solid")
    if pending:
        unbound.append((pending[0], pending[1]))
    return unbound


def read_solids(split: Split, template: str) -> Result | None:
    if not _QUICK.search(template) or "[asy]" in template:
        return None
    split, template = spelled_numbers(split, template)
    one_unit(words(template) | {u for m in split.maths for u in _UNIT_NAME.findall(m)})
    text = sw.normal(template, split.maths)
    if "diagram" in text:
        return None
    asks = list(_ASK.finditer(text))
    if not asks:
        return None
    question = text[asks[-1].end():]
    r = _Reading(split.maths)
    wanted = _walk(r, _TOKEN.findall(text[:asks[-1].start()] + " ask_here " + question))
    return _solve(r, _target(r, wanted, " ratio " in f" {question} "))


def _target(r: _Reading, wanted: list[tuple[str, Solid | None]], ratio: bool) -> sp.Expr:
    exprs = []
    for qty, owner in wanted:
        if qty.startswith("@"):
            m = _LETTER.fullmatch(r.maths[int(qty.strip("@"))])
            if not m or m.group(1) not in r.letters:
                raise Decline("the letter asked is not one given")
            exprs.append(r.letters[m.group(1)])
            continue
        if owner is None:
            if len(r.solids) != 1:
                raise Decline("which solid's measure is asked is not clear")
            owner = r.solids[0]
        if owner is r.faces_of and qty not in ("volume", "surface_area", "diagonal"):
            raise Decline("the faces' areas fix the box only up to the order of its edges")
        r.asked.append((qty, owner))
        exprs.append(_measure(owner, qty))
    if ratio and len(exprs) == 2:
        return exprs[0] / exprs[1]
    if ratio or len(exprs) != 1:
        raise Decline("one measure (or one ratio of two) asked expected")
    return exprs[0]


def _solve(r: _Reading, target: sp.Expr) -> Result:
    eqs = [e for e, _ in r.eqs]
    unknowns = sorted(set().union(*(e.free_symbols for e in eqs), target.free_symbols), key=str)
    sols = sp.solve(eqs, unknowns, dict=True) if eqs else [{}]
    values = {sp.simplify(target.subs(s)) for s in sols}
    if len(values) != 1:
        raise Decline("the solids' measures do not fix the answer")
    value = values.pop()
    if value.free_symbols or not value.is_positive:
        raise Decline("the solids' measures do not fix the answer")
    _confirm(r, sols[0], target, value)
    return value, _steps(r, sols[0], target, value)


def _confirm(r: _Reading, sol: dict, target: sp.Expr, value: sp.Basic) -> None:
    """Twice, with any dimension the words leave free set to two different values: every
    statement holds at 40 digits, and the asked value (volumes by slices) is the answer."""
    free = sorted(set().union(*(e.free_symbols for e, _ in r.eqs), target.free_symbols)
                  - set(sol), key=str)
    ok = True
    with mpmath.workdps(40):
        for trial in (sp.Rational(7, 3), sp.Rational(11, 5)):
            point = {f: trial * (k + 1) for k, f in enumerate(free)}
            full = point | {k: v.subs(point) for k, v in sol.items()}
            ok &= all(abs(sp.N(e.subs(full), 40)) < 1e-30 for e, _ in r.eqs)
            got = mpmath.mpf(str(sp.N(target.subs(full), 40)))
            if r.asked and all(q == "volume" for q, _ in r.asked):
                vols = [volume_by_slices(s, full) for _, s in r.asked]
                got = vols[0] / vols[1] if len(vols) == 2 else vols[0]
            want = mpmath.mpf(str(sp.N(value, 40)))
            ok &= abs(got - want) < mpmath.mpf(10) ** -25 * max(1, abs(want))
    confirm.check(ok, "the dimensions found satisfy every statement, and the asked measure "
                      "recomputed (volumes by integrating cross-sections) is the answer")


def _steps(r: _Reading, sol: dict, target: sp.Expr, value: sp.Basic) -> list[Step]:
    steps: list[Step] = []
    facts = "; ".join(f"${what}$, so ${latex(e)} = 0$" for e, what in r.eqs)
    if r.eqs:
        steps.append(step("write each fact as an equation", "Give each solid its dimensions "
                          "and write every stated measure and relation with its formula.",
                          facts))
    if sol:
        dims = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in sol.items())
        steps.append(step("solve for the dimensions", "Solve the equations together.",
                          f"${dims}$", dims))
    claim = f"{latex(target)} = {latex(target.subs(sol))} = {latex(value)}"
    steps.append(step("compute the asked measure", "Put the dimensions into its formula.",
                      f"${claim}$", claim))
    return steps


__all__ = ["read_solids"]
