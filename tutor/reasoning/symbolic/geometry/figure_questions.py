"""Typed reader: short word problems about one plane or solid figure.

"A circle has a circumference of $12\\pi$. What is its area?", "The volume of a cube is
64 cubic inches; find its surface area.", "Each interior angle of a regular polygon
measures 150 degrees. How many sides does it have?": one figure (`figure_measures`), each
number bound to the quantity named just before it, and one quantity left unbound: the one
asked. The dimensions are solved for (positive; a polygon's side count a whole number at
least 3) and the asked measure must come out as one number. A second figure, a diagram,
a number with no quantity before it or any other word declines. Confirmed by putting the
dimensions back into every stated measure numerically."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.geometry import figure_measures as fm
from tutor.reasoning.symbolic.geometry import figure_wording as fw
from tutor.reasoning.symbolic.geometry.reading import COMMON, number
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_UNIT = (r"(?:units?|inches|inch|feet|foot|centimeters?|meters?|cm|m|miles?|yards?|"
         r"millimeters?|mm|kilometers?|km)")
_ONE_INTERIOR = (r"\b(?:the )?(?:degree )?(?:measures? of )?(?:each|an|one|the) interior angle "
                 r"((?:of (?:a|the) (?:regular )?polygon )?)")
_ONE_EXTERIOR = (r"(?:the )?(?:measure of )?(?:each|an|one|the|its) exterior angle\b")
_NORMAL: list[tuple[str, str]] = [
    (r"\[asy\].*?\[/asy\]", " diagram "),
    (r"\bsquare " + _UNIT + r"\b", "sq_unit"),
    (r"\bcubic " + _UNIT + r"\b", "cu_unit"),
    (r"\blateral (?:surface )?area\b", "lateral_area"),  # before "surface area"
    (r"\bsurface area\b", "surface_area"),
    (r"\bslant height\b", "slant_height"),
    (r"\b(?:space|interior|main) diagonal\b", "diagonal"),
    (r"\bcentral angle\b", "central_angle"),
    (r"\barc length\b|\blength of (?:the |its |an )?arc\b", "arc_length"),
    (r"\bsum of (?:the )?(?:degree )?(?:measures of (?:the )?)?(?:its )?interior angles\b",
     "interior_sum"),
    (r"\bsum of (?:the )?(?:degree )?(?:measures of (?:the )?)?(?:its )?exterior angles\b",
     "exterior_sum"),
    # "each interior angle is 5 times (140 degrees more than) each exterior angle"
    (_ONE_INTERIOR + r"is (@\d+@) times (?:as large as )?" + _ONE_EXTERIOR,
     r"the interior_over_exterior \1is \2"),
    (_ONE_INTERIOR + r"is (@\d+@)(?: degrees)? (?:more|larger|greater) than " + _ONE_EXTERIOR,
     r"the interior_minus_exterior \1is \2"),
    (r"\b(?:degree )?(?:measures? of (?:each|an|one|the) )?interior angles?\b", "interior_angle"),
    (r"\b(?:degree )?(?:measures? of (?:each|an|one|the) )?exterior angles?\b", "exterior_angle"),
    (r"\bnumber of sides\b", "sides"),
    (r"\bnumber of diagonals\b", "diagonals"),
    (r"\bisosceles right triangle\b", "isosceles_right"),
    (r"\bequilateral triangle\b", "equilateral_triangle"),
    (r"\bright triangle\b", "right_triangle"),
    (r"\brectangular (?:box|prism|solid)\b", "box"),
    (r"\b(?:side|edge) lengths?\b|\blength of (?:a|each|one|its) (?:side|edge)\b", "side"),
    (r"\b(?:the )?other leg\b", "other_leg"),
    (r"\bleg lengths\b", "legs"),
    (r"\b(?:the )?other diagonal\b", "other_diagonal"),
    (r"\b(?:altitude|height) (?:drawn )?(?:to|on) (?:the |its )?hypotenuse\b",
     "altitude_to_hypotenuse"),
    (r"\bradius of (?:the |a )?circle (?:that is )?inscribed in\b|\bradius of (?:the |its )?"
     r"(?:inscribed circle|incircle)\b", "inradius"),
    (r"\bradius of (?:the |a )?circle (?:that is )?circumscribed (?:about|around)\b|"
     r"\bradius of (?:the |its )?(?:circumscribed circle|circumcircle)\b", "circumradius"),
    (r"\b(outer|inner) radius\b", r"\1_radius"),
    (r"\baltitude\b", "height"),
    (r"\blength of (?:the |its |a |an |each )?(?=(?:diagonal|hypotenuse|side|edge|leg|other_leg|"
     r"slant_height|radius|diameter|height)\b)", ""),
]
VOCAB = COMMON | frozenset(fm.FIGURE_WORDS) | frozenset(
    "radius diameter circumference area perimeter side sides edge edges length width height "
    "diagonal diagonals volume surface lateral slant interior exterior angle angles sum "
    "measures measure measuring degree degrees number regular convex right triangle "
    "rectangular box prism solid leg legs other hypotenuse each its how many what units "
    "cubic square has is of are does do equal equals one find inches whose it total "
    "circular equilateral isosceles sector central arc base bases space interior when "
    "lengths having long rhombus altitude m km ft yd yard yards trapezoid parallelogram kite "
    "parallel midsegment midline median semicircle inscribed circumscribed incircle circumcircle "
    "inradius circumradius drawn about around times more than greater larger annulus ring "
    "region between concentric circles radii outer inner".split())
_CONNECT = frozenset(
    "of is the a an its has with measures measure measuring equal equals to that whose are "
    "each it total circular right have".split()) | frozenset(fm.FIGURE_WORDS) | {
        "regular", "convex"}
_QUICK = re.compile(r"\b(?:" + "|".join([*fm.FIGURE_WORDS, *fw.ROUND_THINGS]) +
                    r"|circular|round|rectangular|sided|gon|sides|concentric)\b")
# "the sum of the lengths of its edges" is not one edge (`solid_questions` reads it)
_EDGE_SUM = re.compile(r"\b(?:sum|total) of (?:the )?lengths\b|\b(?:total|combined) length\b|"
                       r"\b(?:total|combined) (?:edge|side) lengths?\b|"
                       r"\b(?:sum|total) of (?:all )?(?:of )?(?:the |its )?(?:edges|sides)\b")
# every measure some figure has: one the figure at hand lacks is never skipped over
_MEASURES = frozenset(q for table in fm.FIGURES.values() for q in table) | {
    "median", "medians", "inradius", "circumradius", "bisector", "altitudes", "heights"}
_TOKEN = re.compile(r"@\d+@|[a-z_]+(?:-[a-z]+)*|[.?!;]")
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


_NAMED_TRIANGLES = frozenset({"right_triangle", "equilateral_triangle", "isosceles_right"})


def _figure(tokens: list[str]) -> tuple[str, str]:
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


def _refers_back(tokens: list[str], named: str) -> bool:
    """Every plain "triangle" comes after the named one, right after "the" or "this"."""
    first = tokens.index(named)
    return all(k > first and k and tokens[k - 1] in ("the", "this")
               for k, t in enumerate(tokens) if t == "triangle")


def _bind(split: Split, tokens: list[str], quantities: set[str],
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
            if pending is None and subject in unbound and k and tokens[k - 1] == "is":
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
        elif tok in _CONNECT or tok in _UNIT_FAMILY or tok in (
                "and", "sq_unit", "cu_unit", "units", "degrees", "long"):
            if tok == "and" and pending not in pairs:
                if pending is not None:
                    unbound.append(pending)
                pending = None
        else:
            if tok in _MEASURES:  # "the altitude to the hypotenuse": not a measure it has
                raise Decline("a measure this figure is not read with")
            if pending is not None and pending not in pairs:
                unbound.append(pending)
            pending = None
    if pending is not None and pending not in pairs:
        unbound.append(pending)
    return bound, unbound


def _outer_first(bound: list, together: bool) -> list:
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


def _trapezoid_words(tokens: list[str]) -> list[str]:
    """A trapezoid's "parallel sides" are its bases; "midsegment" / "midline" its median. One
    "base" alone, or legs, would leave the figure unknown: declined."""
    out: list[str] = []
    for tok in tokens:
        if tok == "side" and out and out[-1] == "parallel":
            out[-1] = "bases"
        elif tok in ("midsegment", "midline"):
            out.append("median")
        elif tok in ("base", "legs", "leg"):
            raise Decline("a trapezoid is told by both bases and its height")
        else:
            out.append(tok)
    return out


def _shown(e: sp.Expr, values: dict) -> str:
    """The formula with the numbers put in, a dot in every product and brackets only
    where needed: "\\pi \\cdot 6^{2}"."""
    return shown(e, values, mul_symbol="dot")


_UNIT_FAMILY = {"inch": "in", "inches": "in", "feet": "ft", "foot": "ft", "cm": "cm",
                "centimeter": "cm", "centimeters": "cm", "meter": "m", "meters": "m",
                "m": "m", "miles": "mi", "mile": "mi", "yards": "yd", "yard": "yd",
                "mm": "mm", "millimeter": "mm", "millimeters": "mm", "km": "km",
                "kilometer": "km", "kilometers": "km", "ft": "ft", "mi": "mi"}


def one_unit(w: set[str]) -> None:
    """A measure given in one unit and asked in another would need a conversion."""
    if len({_UNIT_FAMILY[u] for u in w if u in _UNIT_FAMILY}) > 1:
        raise Decline("more than one unit of length")


def read_figure(split: Split, template: str) -> Result | None:
    if not _QUICK.search(template) or _EDGE_SUM.search(template):
        return None
    template = re.sub(r"\b(?:the|its) two (legs|diagonals|bases)\b", r"the \1", template)
    template = re.sub(r"\b(?:(?:the|a) )?(?:region|ring) between (?:the )?two concentric "
                      r"circles\b", "the annulus", template)  # a ring
    split, template = fw.spelled_numbers(split, template)  # ("two" there is no value)
    template = fw.degree_arcs(split.maths, template)
    one_unit(words(template))  # before the wording drops units ("80 m long and 50 ft wide")
    template = fw.normal(template)
    w = words(template)
    if not w & set(fm.FIGURE_WORDS) or "diagram" in w or "[asy]" in template:
        return None
    if not words_within(template, VOCAB):
        return None
    one_unit(w)
    text = template
    for pattern, repl in _NORMAL:
        text = re.sub(pattern, repl, text)
    tokens = _TOKEN.findall(text)
    if {"times", "more", "than", "greater", "larger"} & set(tokens):
        raise Decline("a relation between two measures that is not read")
    kind, word = _figure(tokens)
    if word == "triangle" and {"base", "height"} & set(tokens) and not w & {"regular"}:
        kind = "triangle_base"  # "a triangle with base 10 and height 4"
    table = dict(fm.FIGURES[kind])
    if kind == "rectangle":  # "a rectangle with sides 5 and 12": its length and width
        tokens = ["sides_pair" if t == "sides" else t for t in tokens]
    if kind != "polygon":
        tokens = ["side" if t == "sides" else "edge" if t == "edges" else t for t in tokens]
    if word in fm.POLYGON_SIDES and "regular" in w:  # its area, from its side
        table["area"] = fm.REGULAR_AREA
    if kind in fm.NO_LENGTH:  # "legs of length 3 and 4": a word between a measure and numbers
        table.pop("length", None)
        tokens = [t for t in tokens if t not in ("length", "lengths")]
    pairs = {"legs": ("leg", "other_leg")}
    if kind in ("square", "rectangle"):  # its two diagonals are equal
        tokens = ["diagonal" if t == "diagonals" else t for t in tokens]
    if kind == "rectangle":
        pairs["sides_pair"] = ("length", "width")
    if kind == "annulus":  # "radii 3 and 5": the larger is the outer circle's
        pairs["radii"] = ("outer_radius", "inner_radius")
    if kind in ("rhombus", "kite"):
        pairs["diagonals"] = ("diagonal", "other_diagonal")
    if kind == "trapezoid":  # "bases 6 and 10", "parallel sides of 6 and 10"
        pairs = {"bases": ("base", "other_base")}
        tokens = _trapezoid_words(tokens)
    bound, unbound = _bind(split, tokens, set(table), pairs)
    if kind == "annulus":
        bound = _outer_first(bound, "radii" in tokens)
    asked = set(unbound)
    if len(asked) != 1 or not (bound or word in fm.POLYGON_SIDES):
        raise Decline("one measure asked and at least one given expected")
    target = asked.pop()
    if any(q == target for q, _ in bound):
        raise Decline("the measure asked is one of those given")
    regular = "regular" in w or word in ("square", "cube")
    if kind == "polygon" and (target in fm.NEEDS_REGULAR or any(
            q in fm.NEEDS_REGULAR for q, _ in bound)) and not regular:
        raise Decline("the measure of one angle or side needs a regular polygon")
    eqs = [sp.Eq(table[q], v) for q, v in bound]
    if len(set().union(*(v.free_symbols for _q, v in bound))) > 1:
        raise Decline("more than one unknown letter")
    if word in fm.POLYGON_SIDES:
        eqs.append(sp.Eq(fm.n, fm.POLYGON_SIDES[word]))
    unknowns = sorted(set().union(*(e.free_symbols for e in eqs)) | table[target].free_symbols,
                      key=str)
    sols = sp.solve(eqs, unknowns, dict=True)
    if kind == "polygon":
        sols = [s for s in sols if s.get(fm.n, 3).is_integer and s.get(fm.n, 3) >= 3]
    answers = {sp.nsimplify(sp.simplify(table[target].subs(s))) for s in sols}
    if len(answers) != 1:
        raise Decline("the measures do not fix the answer")
    value = answers.pop()
    if value.free_symbols or not value.is_positive:
        raise Decline("the measures do not fix the answer")
    sol = next(s for s in sols if sp.nsimplify(sp.simplify(table[target].subs(s))) == value)
    if fm.t in sol and not 0 < sol[fm.t] <= 360 or target == "central_angle" and value > 360:
        raise Decline("a central angle is at most a full turn")
    _confirm(eqs, sol, table[target], value, fm.identities(kind, table))
    return value, _steps(eqs, sol, table[target], target, value)


def _confirm(eqs: list[sp.Eq], sol: dict, formula: sp.Expr, value: sp.Basic,
             facts: list[sp.Expr]) -> None:
    point = {k: sp.N(v, 30) for k, v in sol.items()}

    def near(x: sp.Basic, y: sp.Basic) -> bool:
        xv, yv = sp.N(x.subs(point), 30), sp.N(y.subs(point), 30)
        return bool(xv.is_number and yv.is_number and abs(xv - yv) < 1e-20 * max(1, abs(yv)))

    ok = all(near(e.lhs, e.rhs) for e in eqs) and near(formula, value)
    confirm.check(ok, "the dimensions found give every stated measure when substituted")
    if facts:
        confirm.check(all(near(f, sp.Integer(0)) for f in facts), "the circle radii and "
                      "altitudes agree with the area and sides by a second route")


def _steps(eqs: list[sp.Eq], sol: dict, formula: sp.Expr, target: str,
           value: sp.Basic) -> list[Step]:
    steps: list[Step] = []
    dims = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in sol.items())
    # A measure given directly (`r = 3`) needs no solving: showing it as `(3) = 3` says nothing.
    checks = [f"{_shown(e.lhs, sol)} = {latex(e.rhs)}" for e in eqs
              if e.lhs.free_symbols and not e.lhs.is_Symbol]
    if checks:
        steps.append(step("find the dimensions", "Write each given measure with the figure's "
                          f"formula and solve: ${dims}$.", "; ".join(f"${c}$" for c in checks),
                          checks[0]))
    if target == "exterior_sum":  # the same for every convex polygon
        sides = next((v for k, v in sol.items() if str(k) == "n"), None)
        claim = "" if sides is None else \
            f"180 \\cdot {latex(sides)} - 180 \\cdot ({latex(sides)} - 2) = {latex(value)}"
        return [step("pair each exterior angle with its interior one", "At each corner the "
                     "two add to 180°; take away the interior angles' sum.",
                     f"${claim}$" if claim else
                     f"The exterior angles add up to ${latex(value)}^\\circ$.", claim)]
    claim = f"{_shown(formula, sol)} = {latex(value)}"
    steps.append(step(f"compute the {target.replace('_', ' ')}", "Put the dimensions into "
                      f"the formula ${latex(formula)}$.", f"${claim}$", claim))
    return steps


__all__ = ["VOCAB", "one_unit", "read_figure"]
