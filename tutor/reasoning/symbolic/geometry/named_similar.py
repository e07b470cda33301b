"""Typed reader: two similar polygons named by their vertices, in corresponding order.

"Triangle $PQR$ is similar to triangle $XYZ$. If $PQ = 3$, $QR = 5$ and $XY = 9$, what is
$YZ$?", "$\\triangle ABC \\sim \\triangle DEF$, $AB = 4$, $DE = 10$, and the area of triangle
$ABC$ is 6. Find the area of triangle $DEF$.": the order of the letters says which vertex
goes with which, so the segment joining the i-th and j-th letters of one name corresponds to
the one joining the i-th and j-th letters of the other; every such segment (and each
perimeter) of the second figure is k times the first's, each area k^2 times. The scale factor
comes from one pair of corresponding measures both given; the asked measure from its
counterpart. Every word is read: an unknown one declines. Confirmed by solving every
correspondence equation together (SymPy, all lengths unknown) and getting the same single
value, and by each triangle whose three sides are known being a real triangle."""

from __future__ import annotations

import re
from itertools import combinations

import sympy as sp

from tutor.reasoning.symbolic.geometry.polygon_names import polygon_sides
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.geometry.similarity_equations import (
    Target,
    confirm_by_equations,
    segment_of,
)
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_KINDS = polygon_sides("triangle quadrilateral rectangle trapezoid parallelogram"
                       " pentagon") | {"polygon": 0}
_KIND = r"(?:triangles?|quadrilaterals?|rectangles?|trapezoids?|parallelograms?|pentagons?|" \
        r"polygons?)"
_NAME = re.compile(r"\s*(?:\\(?:triangle|bigtriangleup|Delta)\s*)?([A-Z]{3,5})\s*")
_SIM = re.compile(r"\s*(?:\\(?:triangle|bigtriangleup|Delta)\s*)?([A-Z]{3,5})\s*\\sim\s*"
                  r"(?:\\(?:triangle|bigtriangleup|Delta)\s*)?([A-Z]{3,5})\s*")
_SEG = r"(?:\\overline\s*\{\s*([A-Z]{2})\s*\}|([A-Z]{2}))"
_LENGTH_FACT = re.compile(r"\s*(" + _SEG + r"(?:\s*=\s*" + _SEG + r")*)\s*=\s*([^=]+?)\s*"
                          r"(?:\\(?:text|mbox|mathrm)\s*\{\s*(?:units?|cm|m|in|ft|inches|feet|"
                          r"meters|centimeters)\s*\})?\s*")
_UNITS = r"(?:units?|inches|inch|feet|foot|cm|centimeters?|meters?|m|mm|yards?)"
# words that may stand anywhere around what was read
_FILLER = frozenset("if and the given that also what is find compute determine calculate how "
                    "long in of segment side units unit inches inch feet foot cm centimeters "
                    "centimeter meters meter yards mm m express your answer as a common fraction "
                    "simplest radical form decimal to nearest tenth hundredth length measure "
                    "number we know then suppose let many with".split())
_TOKEN = re.compile(r"@\d+@|[a-z_]+|\d+")


def read_named_similar(split: Split, template: str) -> Result | None:
    maths = split.maths
    if "similar" not in template and not any("\\sim" in m for m in maths):
        return None
    drawn = "[asy]" in template  # a figure: only the words' statements are read
    template = re.sub(r"\[asy\].*?(?:\[/asy\]|$)", " ", template, flags=re.S)
    text, names = _similarity(template, maths, drawn)
    if names is None:
        return None
    first, second = names
    lengths: dict[str, sp.Expr] = {}  # segment letters (sorted) -> value
    whole: dict[tuple[str, int], sp.Expr] = {}  # ("area"|"perimeter", figure) -> value
    asks = list(re.finditer(r"\b(?:what|find|compute|determine|calculate|how)\b", text))
    if not asks:
        raise Decline("no question asked")
    question = text[asks[-1].start():]
    facts = text[:asks[-1].start()]
    facts = _whole_facts(facts, maths, names, whole)
    facts = _worded_lengths(facts, maths, names, lengths)
    for m in re.finditer(r"@(\d+)@", facts):
        i = int(m.group(1))
        got = _LENGTH_FACT.fullmatch(maths[i])
        if got is None:
            raise Decline("a piece that is not a length")
        value = number(got.group(6) if got.group(6) is not None else "")
        segs = re.findall(r"[A-Z]{2}", got.group(1))
        if value is None or not value.is_positive:
            raise Decline("a length that is not a positive number")
        for seg in segs:
            _put(lengths, _key(seg, names), value)
    facts = re.sub(r"@\d+@", " ", facts)
    target = _target(question, maths, names)
    rest = re.sub(r"@\d+@", " ", target[1].replace("asked_", " "))
    leftover = [w for w in _TOKEN.findall(facts + " " + rest) if w not in _FILLER]
    if leftover:
        raise Decline(f"the words {' '.join(leftover[:3])} are not read")
    value, steps = _direct(target[0], first, second, lengths, whole)
    confirm_by_equations(target[0], names, lengths, whole, value)
    return value, steps


def _similarity(template: str, maths: list[str],
                drawn: bool) -> tuple[str, tuple[str, str] | None]:
    """The template with the similarity statement cut out, and the two names in order."""
    found: list[tuple[str, str]] = []

    def cut_piece(m: re.Match[str]) -> str:
        got = _SIM.fullmatch(maths[int(m.group(1))])
        if got is None:
            return m.group(0)
        found.append((got.group(1), got.group(2)))
        return " "

    text = re.sub(r"@(\d+)@", cut_piece, template)

    def name(i: str) -> str | None:
        got = _NAME.fullmatch(maths[int(i)])
        return got.group(1) if got else None

    def cut_words(m: re.Match[str]) -> str:
        a, b = name(m.group("a")), name(m.group("b"))
        if a is None or b is None:
            return m.group(0)
        found.append((a, b))
        return " "

    text = re.sub(r"(?:\b" + _KIND + r" )?@(?P<a>\d+)@ (?:is|was) similar to (?:" + _KIND +
                  r" )?@(?P<b>\d+)@", cut_words, text)
    if not drawn:  # "triangles ABC and DEF are similar": the order is the names'
        text = re.sub(r"\b" + _KIND + r" @(?P<a>\d+)@ and @(?P<b>\d+)@ are similar\b",
                      cut_words, text)
    if not found:
        return text, None
    if len(found) != 1 or "similar" in text or "\\sim" in text:
        raise Decline("one similarity statement expected")
    a, b = found[0]
    if len(a) != len(b) or len(set(a)) != len(a) or len(set(b)) != len(b) or a == b:
        raise Decline("two names of the same number of distinct vertices expected")
    kinds = {_KINDS[k.rstrip("s")] for k in re.findall(_KIND, template)}
    if kinds - {0, len(a)}:
        raise Decline("the figure's kind does not match its number of vertices")
    return text, (a, b)


def _worded_lengths(facts: str, maths: list[str], names: tuple[str, str],
                    lengths: dict[str, sp.Expr]) -> str:
    """'side $AB$ measures $4$ units', 'the length of $DE$ is $6$': each read and cut out."""
    def fact(m: re.Match[str]) -> str:
        seg = re.fullmatch(r"\s*" + _SEG + r"\s*", maths[int(m.group(1))])
        value = number(maths[int(m.group(2))])
        if seg is None or value is None or not value.is_positive:
            return m.group(0)
        _put(lengths, _key(seg.group(1) or seg.group(2), names), value)
        return " "

    return re.sub(r"\b(?:the length of |side |segment )?@(\d+)@ (?:is|measures|has length|has a "
                  r"length of|is equal to) @(\d+)@(?: " + _UNITS + r")?(?: long)?", fact, facts)


def _key(seg: str, names: tuple[str, str]) -> str:
    if not any(seg[0] in n and seg[1] in n for n in names):
        raise Decline(f"the segment {seg} is not one of the two figures'")
    return "".join(sorted(seg))


def _put(lengths: dict[str, sp.Expr], key: str, value: sp.Expr) -> None:
    if key in lengths and sp.simplify(lengths[key] - value) != 0:
        raise Decline("one segment given two lengths")
    lengths[key] = value


def _figure(src: str, names: tuple[str, str]) -> int:
    got = _NAME.fullmatch(src)
    if got is None or got.group(1) not in names:
        raise Decline("an area or perimeter of a figure not named")
    return names.index(got.group(1))


def _whole_facts(facts: str, maths: list[str], names: tuple[str, str],
                 whole: dict[tuple[str, int], sp.Expr]) -> str:
    """'the area of triangle @i@ is @j@ (square units)': each such fact read and cut out."""
    def fact(m: re.Match[str]) -> str:
        which = _figure(maths[int(m.group(2))], names)
        value = number(maths[int(m.group(3))])
        if value is None or not value.is_positive:
            raise Decline("an area or perimeter that is not a positive number")
        whole[(m.group(1), which)] = value
        return " "

    return re.sub(r"\b(?:the )?(area|perimeter) of (?:" + _KIND + r" )?@(\d+)@ (?:is|=|equals) "
                  r"@(\d+)@(?: (?:square )?" + _UNITS + r")?", fact, facts)


def _target(question: str, maths: list[str], names: tuple[str, str]) -> tuple[Target, str]:
    ratio = re.search(r"\bratio of the (area|perimeter) of (?:" + _KIND + r" )?@(\d+)@ to the "
                      r"\1 of (?:" + _KIND + r" )?@(\d+)@", question)
    if ratio:
        a, b = (_figure(maths[int(ratio.group(i))], names) for i in (2, 3))
        if a == b:
            raise Decline("a ratio of a figure to itself")
        return ("ratio", ratio.group(1), str(a), str(b)), question.replace(ratio.group(0),
                                                                          "asked_")
    whole = re.search(r"\b(area|perimeter) of (?:" + _KIND + r" )?@(\d+)@", question)
    if whole:
        which = _figure(maths[int(whole.group(2))], names)
        return (whole.group(1), str(which)), question.replace(whole.group(0), "asked_")
    pieces = re.findall(r"@(\d+)@", question)
    if len(pieces) != 1:
        raise Decline("one asked length expected")
    got = re.fullmatch(r"\s*" + _SEG + r"\s*(?:=\s*\?\s*)?", maths[int(pieces[0])])
    if got is None:
        raise Decline("the asked piece is not a segment")
    return ("seg", _key(got.group(1) or got.group(2), names)), question


def _positions(key: str, name: str) -> tuple[int, int] | None:
    if key[0] in name and key[1] in name:
        i, j = sorted((name.index(key[0]), name.index(key[1])))
        return i, j
    return None


def _direct(target: Target, first: str, second: str, lengths: dict[str, sp.Expr],
            whole: dict[tuple[str, int], sp.Expr]) -> Result:
    """k = (second's measure) / (first's), from one pair both given; the answer from the
    asked measure's counterpart."""
    k: sp.Expr | None = None
    how = told = ""
    for pos in combinations(range(len(first)), 2):
        a, b = segment_of(first, pos), segment_of(second, pos)
        ka, kb = "".join(sorted(a)), "".join(sorted(b))
        if ka in lengths and kb in lengths and ka != kb:
            k = sp.nsimplify(lengths[kb] / lengths[ka])
            how = f"\\frac{{{latex(lengths[kb])}}}{{{latex(lengths[ka])}}} = {latex(k)}"
            told = f"k = \\frac{{{b}}}{{{a}}} = "
            break
    if k is None and ("perimeter", 0) in whole and ("perimeter", 1) in whole:
        k = sp.nsimplify(whole[("perimeter", 1)] / whole[("perimeter", 0)])
        how = f"\\frac{{{latex(whole[('perimeter', 1)])}}}" \
              f"{{{latex(whole[('perimeter', 0)])}}} = {latex(k)}"
        told = "k = "
    if k is None and ("area", 0) in whole and ("area", 1) in whole:
        k = sp.sqrt(sp.nsimplify(whole[("area", 1)] / whole[("area", 0)]))
        how = f"\\sqrt{{\\frac{{{latex(whole[('area', 1)])}}}" \
              f"{{{latex(whole[('area', 0)])}}}}} = {latex(k)}"
        told = "k = "
    if k is None:
        raise Decline("no pair of corresponding measures is given")
    names = (first, second)
    steps: list[Step] = [
        step("match the vertices", "In a similarity the letters correspond in order, so each "
             "length of the second figure is $k$ times the matching one of the first, and "
             "each area $k^2$ times.", f"${first} \\sim {second}$: " + ", ".join(
                 f"${segment_of(first, p)} \\leftrightarrow {segment_of(second, p)}$"
                 for p in combinations(range(len(first)), 2) if len(first) == 3 or p[1] -
                 p[0] in (1, len(first) - 1))),
        step("find the scale factor", "Divide a pair of corresponding measures.", f"${told}{how}$",
             how)]
    if target[0] == "ratio":
        power = 2 if target[1] == "area" else 1
        value = sp.nsimplify(k ** power if target[2] == "1" else k ** -power)
        claim = f"{latex(k)}^{{{power if target[2] == '1' else -power}}} = {latex(value)}"
    elif target[0] in ("area", "perimeter"):
        which = int(target[1])
        if (target[0], 1 - which) not in whole:
            raise Decline("the counterpart of the asked measure is not given")
        other = whole[(target[0], 1 - which)]
        power = (2 if target[0] == "area" else 1) * (1 if which == 1 else -1)
        value = sp.nsimplify(other * k ** power)
        claim = f"{latex(other)} \\cdot {latex(k)}^{{{power}}} = {latex(value)}"
    else:
        value, claim, told = _length(target[1], names, lengths, k)
    told = f"{told} = " if target[0] == "seg" else ""
    steps.append(step("scale the matching measure", "Multiply (or divide) the given "
                      "counterpart by the scale factor.", f"${told}{claim}$", claim))
    if not value.is_positive:
        raise Decline("the asked measure is not positive")
    return value, steps


def _length(key: str, names: tuple[str, str], lengths: dict[str, sp.Expr],
            k: sp.Expr) -> tuple[sp.Expr, str, str]:
    for which in (0, 1):
        pos = _positions(key, names[which])
        if pos is None:
            continue
        other = "".join(sorted(segment_of(names[1 - which], pos)))
        if other in lengths and other != key:
            factor = k if which == 1 else 1 / k
            value = sp.nsimplify(lengths[other] * factor)
            seg = segment_of(names[which], pos)
            claim = f"{latex(lengths[other])} \\cdot {latex(factor)} = {latex(value)}"
            return value, claim, seg
    raise Decline("the counterpart of the asked length is not given")


__all__ = ["read_named_similar"]
