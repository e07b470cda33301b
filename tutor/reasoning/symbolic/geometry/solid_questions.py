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
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.geometry import region_differences as regions
from tutor.reasoning.symbolic.geometry import solid_wording as sw
from tutor.reasoning.symbolic.geometry.figure_question_words import one_unit
from tutor.reasoning.symbolic.geometry.figure_wording import spelled_numbers
from tutor.reasoning.symbolic.geometry.measure_equations import told_values
from tutor.reasoning.symbolic.geometry.solid_reading import LETTER, Reading, measure, says
from tutor.reasoning.symbolic.geometry.solids import Solid, area_by_corners, volume_by_slices
from tutor.reasoning.symbolic.geometry.told_formulas import without_told_formula
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words

_QUICK = re.compile(r"\b(?:cylindrical|spherical|conical|hemispherical|cubical|cubes?|spheres?|"
                    r"hemispheres?|cones?|cylinders?|pyramids?|prisms?|circles?|squares?|"
                    r"rectangles?|equilateral|(?:penta|hexa|octa|deca|dodeca)gons?|box|boxes|frustums?)\b")
KINDS = Solid.KINDS
_SOLID = re.compile(r"\b(?:cube|box|sphere|hemisphere|cylinder|cone|frustum|[a-z_]*pyramid)\b")
_QTY = frozenset(sw.QUANTITIES)
_UNITS = frozenset("unit units inch inches foot feet cm centimeter centimeters meter meters m "
                   "mm millimeter millimeters km kilometer kilometers yard yards mile miles ft "
                   "in".split())
_DETS = frozenset("a an another the this that its".split())
_MODS = frozenset("right solid circular smaller larger second first inner outer inscribed "
                  "original new other resulting old given particular certain".split())
_CHANGED = frozenset({"new", "resulting", "original", "old"})
_IGNORED = frozenset("is are was were has have had with having and it which whose each then if , "
                     "respectively "
                     "of".split()) | _UNITS
_ASK = re.compile(r"\b(?:what|find|compute|determine|calculate)\b")
_TOKEN = re.compile(r"@\d+@|[a-z0-9_]+|,")
_UNIT_NAME = re.compile(r"\\(?:mathrm|text|mbox)\s*\{\s*([a-z]+)\s*\}")


def _walk(r: Reading, tokens: list[str]) -> list[tuple[str, Solid | None]]:
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
            if i + 1 < len(tokens) and tokens[i + 1].startswith("n_"):  # "the cone n_cup"
                name = tokens[i + 1][2:]
                i += 1
            elif i + 1 < len(tokens) and tokens[i + 1].startswith("@") and re.fullmatch(
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
            if asking and det == "its" and len(_distinct(r)) > 1 and not _owned(tokens, i):
                raise Decline("'its' in the question could mean either solid")
            owner = r.subject if det == "its" or mods & _CHANGED else None
            if owner is not None and mods & _CHANGED:  # "the new volume", "its original height"
                owner = r.twin(owner, bool(mods & {"new", "resulting"}))
            pending = [tok, owner, False]
            det, mods = None, set()
        elif tok == "now" and pending and (pending[1] or r.subject):
            pending[1] = r.twin(pending[1] or r.subject, True)  # type: ignore[arg-type]
        elif tok.startswith("scale_") and asking:
            raise Decline("a change told inside the question")
        elif tok.startswith("scale_") and pending and (pending[1] or r.subject):
            _scale(r, tok, pending[0], pending[1] or r.subject)  # type: ignore[arg-type]
            pending = []
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
            r.eqs.append((measure(owner, pending[0]) - v,
                          f"{says(pending[0], owner)} = {latex(v)}"))
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
        elif tok in _IGNORED or (asking and tok in regions.TOKENS | {"ratio", "percent_up", "to",
                                                                      "value", "that"}):
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
    r.keep_the_rest()
    return unbound


def _owned(tokens: list[str], i: int) -> bool:
    """"the cone its volume" (from "the cone's volume"): `its` names the solid just before."""
    before = tokens[i - 2] if i >= 2 else ""
    return before in KINDS or before.startswith("n_") or (
        before.startswith("@") and i >= 3 and tokens[i - 3] in KINDS)


def _distinct(r: Reading) -> list[Solid]:
    """The solids told apart, a changed solid and what it became counted once."""
    return [s for s in r.solids if all(t is not s for t in r.twins.values())]


def _scale(r: Reading, tok: str, qty: str, solid: Solid) -> None:
    """`scale_x_2` (doubled), `scale_x_p3` (times piece 3), `scale_up_p3` / `scale_down_p3`
    (increased / decreased by piece 3: a percent when it says so), `scale_pctup_p3`."""
    _, how, amount = tok.split("_", 2)
    if qty == "edge" and solid.kind == "box":
        qty = "dimensions"
    if amount in ("2", "3", "4", "half"):
        r.scale(qty, solid, "times", sp.Integer(2) if amount == "2" else sp.Integer(3) if
                amount == "3" else sp.Integer(4) if amount == "4" else sp.Rational(1, 2))
        return
    src = r.maths[int(amount[1:])]
    pct = how.startswith("pct") or src.rstrip().endswith("\\%")
    v = r.value(int(amount[1:]), src.replace("\\%", ""))
    sign = -1 if how.endswith("down") else 1
    if how == "x":
        r.scale(qty, solid, "times", v)
    elif pct:
        r.scale(qty, solid, "times", 1 + sign * v / 100)
    else:
        r.scale(qty, solid, "plus", sign * v)


def read_solids(split: Split, template: str) -> Result | None:
    template = sw.as_box(without_told_formula(split, template))  # a formula stated first
    if not _QUICK.search(template) or "[asy]" in template:
        return None
    split, template = spelled_numbers(split, template)
    one_unit(words(template) | {u for m in split.maths for u in _UNIT_NAME.findall(m)})
    text = regions.rewritten(sw.normal(template, split.maths))
    if "diagram" in text or not _SOLID.search(text) and not re.search(r"\b(?:rel|scale)_", text):
        return None  # one plane figure alone is `figure_questions`' to read
    asks = list(_ASK.finditer(text))
    if not asks:
        return None
    question = text[asks[-1].end():]
    r = Reading(split.maths)
    wanted = _walk(r, _TOKEN.findall(text[:asks[-1].start()] + " ask_here " + question))
    percent = " percent_up " in f" {question} "  # by what percent it increased
    r.region = regions.kind_asked(question)
    target = _target(r, wanted, percent or " ratio " in f" {question} ")
    return _solve(r, 100 * (target - 1) if percent else target, percent)


def _target(r: Reading, wanted: list[tuple[str, Solid | None]], ratio: bool) -> sp.Expr:
    exprs = []
    for qty, owner in wanted:
        if qty.startswith("@"):
            m = LETTER.fullmatch(r.maths[int(qty.strip("@"))])
            if not m or m.group(1) not in r.letters:
                raise Decline("the letter asked is not one given")
            exprs.append(r.letters[m.group(1)])
            continue
        if owner is None:
            if len(r.solids) != 1:
                raise Decline("which solid's measure is asked is not clear")
            owner = r.solids[0]
        if owner.index in r.twins and owner.index not in r.originals:
            raise Decline("the solid has changed: which of the two is asked is not clear")
        if owner is r.faces_of and qty not in ("volume", "surface_area", "diagonal"):
            raise Decline("the faces' areas fix the box only up to the order of its edges")
        r.asked.append((qty, owner))
        exprs.append(measure(owner, qty))
    if r.region is not None:  # the outer figure's measure less the inner one's
        target, r.asked = regions.difference(r.region, r.asked, exprs, r.inner_of)
        return target
    if ratio and len(exprs) == 2:
        return exprs[0] / exprs[1]
    if ratio or len(exprs) != 1:
        raise Decline("one measure (or one ratio of two) asked expected")
    return exprs[0]


def _solve(r: Reading, target: sp.Expr, percent: bool = False) -> Result:
    eqs = [e for e, _ in r.eqs]
    unknowns = sorted(set().union(*(e.free_symbols for e in eqs), target.free_symbols), key=str)
    known, eqs = told_values(eqs)
    rest = [u for u in unknowns if u not in known]
    sols = [known | s for s in sp.solve(eqs, rest, dict=True)] if eqs else [known]
    values = {sp.simplify(target.subs(s)) for s in sols}
    if len(values) != 1:
        raise Decline("the solids' measures do not fix the answer")
    value = values.pop()
    if value.free_symbols or not value.is_positive:
        raise Decline("the solids' measures do not fix the answer")
    _confirm(r, sols[0], target, value, percent)
    return value, _steps(r, sols[0], target, value)


def _confirm(r: Reading, sol: dict, target: sp.Expr, value: sp.Basic, percent: bool) -> None:
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
            if r.region:  # each figure measured apart from its formula
                got = regions.measured_difference(r.asked, full)
            elif r.asked and all(q == "volume" for q, _ in r.asked):
                vols = [volume_by_slices(s, full) for _, s in r.asked]
                got = vols[0] / vols[1] if len(vols) == 2 else vols[0]
                got = 100 * (got - 1) if percent else got
            elif len(r.asked) == 1 and r.asked[0][0] == "area" and not percent and (
                    by_corners := area_by_corners(r.asked[0][1], full)) is not None:
                got = by_corners  # a polygon's area from its corners, not its formula
            want = mpmath.mpf(str(sp.N(value, 40)))
            ok &= abs(got - want) < mpmath.mpf(10) ** -25 * max(1, abs(want))
    confirm.check(ok, "the dimensions found satisfy every statement, and the asked measure "
                      "recomputed (volumes by integrating cross-sections) is the answer")


def _steps(r: Reading, sol: dict, target: sp.Expr, value: sp.Basic) -> list[Step]:
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
    put_in = shown(target, sol, mul_symbol="dot")  # `\pi \cdot 9 \cdot 2^{2}`, not its value
    claim = f"{latex(target)} = {put_in} = {latex(value)}" if put_in != latex(value) \
        else f"{latex(target)} = {latex(value)}"
    steps.append(step("compute the asked measure", "Put the dimensions into its formula.",
                      f"${claim}$", claim))
    return steps


__all__ = ["read_solids"]
