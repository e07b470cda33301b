"""Typed reader: how many whole units of material, each a solid, are needed to make or fill
another solid, or how many whole units can be made from one.

"A block of modeling clay is a rectangular prism 4 inches by 3 inches by 2 inches. How many
whole blocks are needed to mold a cylinder with radius 3 inches and height 5 inches?", "A cup
is a cylinder with radius 2 and height 6. How many cups of water are needed to fill a
spherical tank of radius 6?", "A clay cylinder has radius 5 and height 8. Each ball is a
sphere of radius 2. How many whole balls can be molded from the cylinder?"

Only volume is counted, so the material must be reshaped (clay, wax, dough, melted down:
some such word must be in the problem) or poured (units "of water", "of sand", ...). Rigid
pieces packed into a container ("how many cubes fill the box") or built up into a shape are
a packing question, and decline. Needed: the ratio of the volumes rounded up; can be made:
rounded down. The unit is told once ("each block is a cube ...", "a cylindrical cup ..."),
the other solid in the question or before it, of another kind; the ratio of their volumes is
asked of the solids reader (`solid_questions`), which reads every word and confirms by
integrating cross-sections. Confirmed again here: each volume asked on its own, their quotient
at 40 digits is the ratio, and n units hold at least (rounded up: n - 1 hold less than) the
other solid's volume."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.solid_questions import read_solids
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_QUICK = re.compile(r"\bhow many\b")
_VERB = r"(?:make|mold|mould|form|fill|create|sculpt|cast|shape|build)"
_DIM = (r"(?:a |an )?(?:radius|diameter|edge|edge length|side|side length|height) (?:of )?@\d+@"
        r"(?: (?:cm|mm|m|inches|inch|feet|foot|units?))?")
# "spheres of radius 1", "cones with radius 2 and height 3": the unit told in the question
_SIZE = rf"(?P<size> (?:of|with) {_DIM}(?:,? and {_DIM})?)?"
_NEED = re.compile(r"\bhow many (?:whole |full |complete |entire )?(?P<units>[a-z]+)"
                   r"(?: of (?P<stuff>[a-z]+))?" + _SIZE +
                   r" (?P<mid>(?:[a-z']+ ){0,7}?)(?P<verb>" + _VERB +
                   r") (?P<target>[^.?!;]+?)\s*[.?!]?\s*$")
_CAN = re.compile(r"\bhow many (?:whole |full |complete |entire )?(?P<units>[a-z]+)"
                  r"(?: of (?P<stuff>[a-z]+))?" + _SIZE +
                  r" can (?:be |you |we |i |he |she |they |one )?"
                  r"(?P<verb>made|make|molded|mold|moulded|mould|formed|form|cast|shaped|shape)"
                  r"(?: down)? (?:from|out of|with) (?P<target>[^.?!;]+?)\s*[.?!]?\s*$")
_MID = frozenset("are is will would be needed required necessary must need needs to have has "
                 "do does did you we i he she they it take takes unwrapped used melted melt "
                 "down poured should one someone use".split())
_RESHAPED = re.compile(r"\b(?:clay|melt|melted|melts|molds?|molded|moulds?|moulded|recast|"
                       r"reshaped?|wax|dough|putty|modeling|modelling)\b")
_MELTED = re.compile(r"(?:,| and)? (?:is|was|gets|are|were) (?:melted|reshaped)(?: down)?\b")
_PART = re.compile(r"\b(?:depth|deep|full|half|halfway|level|top|brim|percent|fraction|part|"
                   r"partly|partially|if|when|after|already)\b|%")
_POURED = frozenset("water sand juice milk oil soil lemonade paint dirt grain rice flour "
                    "concrete liquid soup gravel".split())
_KIND_WORD = {"cube": "cube", "box": "box", "sphere": "sphere", "hemisphere": "hemisphere",
              "cylinder": "cylinder", "cone": "cone", "prism": "prism", "pyramid": "pyramid",
              "cylindrical": "cylinder", "spherical": "sphere", "conical": "cone",
              "cubical": "cube", "hemispherical": "hemisphere"}
_KIND = re.compile(r"\b(" + "|".join(_KIND_WORD) + r")\b")
_SAME_KIND = {"box": "box", "prism": "box", "cube": "cube", "sphere": "sphere",
              "hemisphere": "hemisphere", "cylinder": "cylinder", "cone": "cone",
              "pyramid": "pyramid"}


def _singular(units: str, text: str) -> str | None:
    """The unit counted, as it is told earlier ("blocks": "block"); None when it is not."""
    for cut in (units[:-2], units[:-1]) if units.endswith("es") else (units[:-1],):
        if units.endswith("s") and cut and re.search(rf"\b{cut}\b", text):
            return cut
    return None


def _unit(statements: str, unit: str) -> tuple[str, str]:
    """The statements with the unit told as a plain solid, and the unit's kind word."""
    told = list(re.finditer(rf"\b(?:a|an|each|one|every|the)(?: whole)? {unit}(?: of (?:[a-z]+ )"
                            r"{0,2}?[a-z]+)? (?:is|has the shape of|is shaped like|is in the "
                            r"shape of) (?:a|an) ", statements))
    shaped = list(re.finditer(rf"\b(?:a|an|each|one|the) (cylindrical|spherical|conical|cubical|"
                              rf"hemispherical) {unit}\b", statements))
    if len(told) + len(shaped) != 1:
        raise Decline("the unit must be told as a solid exactly once")
    if told:
        m = told[0]
        statements = statements[:m.start()] + "a " + statements[m.end():]
        kind = _KIND.search(statements, m.start())
        end = re.search(r"[.;!?]|$", statements[m.start():])
        if kind is None or end is None or kind.start() > m.start() + end.start():
            raise Decline("the unit's solid")
        word = _KIND_WORD[kind.group(1)]
    else:
        m = shaped[0]
        word = _KIND_WORD[m.group(1)]
        statements = statements[:m.start()] + f"a {word}" + statements[m.end():]
    if re.search(rf"\b{unit}s?\b", statements):
        raise Decline("the unit is named again")
    return statements, word


def read_solid_units_needed(split: Split, template: str) -> Result | None:
    text = re.sub(r"\s+", " ", template.lower()).strip()
    if not _QUICK.search(text):
        return None
    m = _CAN.search(text) or _NEED.search(text)
    if m is None or not _KIND.search(text):
        return None
    rounding = "up" if m.re is _NEED else "down"
    if rounding == "up" and not set(m.group("mid").split()) <= _MID | {"to"}:
        return None
    if rounding == "up" and not m.group("mid").endswith("to "):
        return None
    unit = _singular(m.group("units"), text[:m.start()])
    inline = m.group("size")
    if inline or unit is None:  # "how many spheres of radius 1": told in the question
        unit = m.group("units")[:-1] if m.group("units")[:-1] in _SAME_KIND else None
    if unit is None:
        return None
    verb = m.group("verb")
    stuff = m.group("stuff")
    if verb == "fill":
        if stuff not in _POURED and not m.group("units").endswith("fuls"):
            raise Decline("filling a solid with solid pieces is a packing question, not one of "
                          "volume")
    elif stuff is not None and not _RESHAPED.fullmatch(stuff) or not _RESHAPED.search(text) \
            or verb == "build":
        raise Decline("only material reshaped (clay, wax, melted down) keeps its volume")
    # "a cube of clay is melted (down)": the reshaping, read above
    statements = _MELTED.sub("", text[:m.start()])
    if inline:
        if re.search(rf"\b{unit}s?\b", statements):
            raise Decline("the unit is named again")
        statements, unit_word = f"{statements} a {unit}{inline}.", unit
    elif unit in _SAME_KIND and len(re.findall(rf"\b{unit}s?\b", statements)) == 1 and \
            re.search(rf"\b(?:a|an) {unit}\b", statements):
        unit_word = unit  # "a cone has radius 3 and height 4. how many cones of water ..."
    else:
        statements, unit_word = _unit(statements, unit)
    target = m.group("target").strip()
    if _PART.search(target):
        raise Decline("a part of the solid is filled or made: not read here")
    kinds = _KIND.findall(target)
    named = re.fullmatch(r"(?:the|this|that) (?:[a-z]+ )?(" + "|".join(_KIND_WORD) + ")", target)
    if named and _KIND.findall(statements).count(named.group(1)) == 1:
        target_word = _KIND_WORD[named.group(1)]  # "from the cylinder": told before
    elif kinds:
        target_word = _KIND_WORD[kinds[0]]
        if re.match(r"(?:the|it|this|that)\b", target):
            raise Decline("which solid is meant")
        if not re.match(r"(?:a|an)\b", target):
            target = "a " + target
        statements = f"{statements} {target}."
    else:
        if not re.fullmatch(r"(?:the [a-z]+|it)", target):
            raise Decline("the solid made or filled is not told")
        others = [k for k in _KIND.findall(statements) if _KIND_WORD[k] != unit_word]
        if len({_KIND_WORD[k] for k in others}) != 1:
            raise Decline("which solid is made or filled")
        target_word = _KIND_WORD[others[0]]
    if _SAME_KIND[target_word] == _SAME_KIND[unit_word]:
        raise Decline("two solids of one kind")
    if set(re.findall(r"@\d+@", text)) != set(re.findall(r"@\d+@", statements)):
        raise Decline("a number is not read")
    return _count(split, statements, target_word, unit_word, rounding)


def _ask(split: Split, statements: str, question: str) -> tuple[sp.Expr, list[Step]]:
    got = read_solids(split, f"{statements} {question}")
    if got is None:
        raise Decline("the solids are not read")
    value, steps = got
    if not isinstance(value, sp.Expr) or value.free_symbols or not value.is_positive:
        raise Decline("a positive volume")
    return value, steps


def _count(split: Split, statements: str, big: str, small: str, rounding: str) -> Result:
    ratio, steps = _ask(split, statements, f"what is the ratio of the volume of the {big} to "
                        f"the volume of the {small}?")
    whole, _ = _ask(split, statements, f"what is the volume of the {big}?")
    part, _ = _ask(split, statements, f"what is the volume of the {small}?")
    count = sp.ceiling(ratio) if rounding == "up" else sp.floor(ratio)
    if not count.is_Integer or count < 1:
        raise Decline("not even one whole unit")
    with mpmath.workdps(40):
        w, p, r = (mpmath.mpf(str(sp.N(v, 45))) for v in (whole, part, ratio))
        near_whole = abs(r - mpmath.nint(r)) < mpmath.mpf(10) ** -20
        if near_whole and not ratio.is_Integer:
            raise Decline("the ratio is too close to a whole number to round safely")
        n = mpmath.mpf(int(count))
        ok = abs(w / p - r) < mpmath.mpf(10) ** -30 * r
        if rounding == "up":
            ok = ok and n * p >= w * (1 - mpmath.mpf(10) ** -35) and (n - 1) * p < w
        else:
            ok = ok and n * p <= w * (1 + mpmath.mpf(10) ** -35) and (n + 1) * p > w
    confirm.check(ok, "each volume found on its own gives the same ratio, and the count of "
                      "units covers it as rounded")
    how = "up: a part of a unit is still one more unit" if rounding == "up" else \
        "down: only whole units count"
    fn = "\\left\\lceil" if rounding == "up" else "\\left\\lfloor"
    close = "\\right\\rceil" if rounding == "up" else "\\right\\rfloor"
    claim = f"{fn} {latex(ratio)} {close} = {latex(count)}"
    return count, [*steps, step(f"round {rounding}", f"Round the ratio of the volumes {how}.",
                                f"${claim}$", claim)]


__all__ = ["read_solid_units_needed"]
