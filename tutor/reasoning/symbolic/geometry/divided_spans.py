"""Typed reader: a segment or an angle cut into equal parts by named points or rays.

"Points P and Q trisect segment AB and AB = 27: what is AQ?", "M is the midpoint of XY and
N is the midpoint of MY; if XN = 12, find XY", "Rays BP and BQ trisect angle ABC, which
measures 81 degrees: the measure of angle PBQ?", "BD bisects angle ABC and BE bisects
angle DBC: the ratio of angle EBC to angle ABD?".

Both are one-dimensional: the points of a segment lie on one line, the rays of an angle
turn about one vertex, so each named point (ray) is a fixed blend of the two ends of the
first span cut: `X = A + c_X (B - A)`. A span cut into n equal parts by k = n - 1 points
puts them at 1/n, 2/n, ... from the end named first (they are taken in the order named, as
"P and Q trisect AB" means A, P, Q, B). Every measure named is then |c_X - c_Y| times the
whole; one told value fixes the whole (several must agree), a ratio needs none. Every word
must be read ("diagram", "shown" and any other word decline), all angles must share one
vertex and the whole angle must stay under 180 degrees.

Confirmed on coordinates: the points are placed in the plane (the rays drawn as unit
vectors), every equal-parts fact and every told value is measured there, and the asked
measure is measured too (distances; angles by arccos of dot products)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_PARTS = {"bisect": 2, "trisect": 3, "quadrisect": 4, "two": 2, "three": 3, "four": 4,
          "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_SEG = r"seg_([A-Z]{2})"
_ANG = r"ang_([A-Z]{3})"
_PTS = r"((?:pt|seg)_[A-Z]+(?:(?:,| ,)? (?:and )?(?:pt|seg)_[A-Z]+)*)"
# after "is bisected by": the fewest names that end the clause ("by EG, and EH bisects ...")
_PTS_LAST = (r"((?:pt|seg)_[A-Z]+(?:(?:,| ,)? (?:and )?(?:pt|seg)_[A-Z]+)*?)(?= ?(?:[.;?,]|$|"
             r" if\b| and (?!(?:pt|seg)_)))")
_WHOLE = rf"(?:{_SEG}|{_ANG})"
_CUT = r"(bisects?|trisects?|quadrisects?)"
_N = r"(two|three|four|five|six|seven|eight|nine|ten|num_\d+)"
_FACTS = [
    (rf"(?:the )?(?:segment |line segment |angle )?{_WHOLE} is (bisected|trisected|quadrisected)"
     rf" (?:by|at) (?:the )?(?:points? |rays? |segments? )?{_PTS_LAST}", "passive"),
    (rf"(?:the )?(?:points? |rays? |segments? |lines? )?{_PTS} {_CUT} (?:the )?(?:segment |line "
     rf"segment |angle )?{_WHOLE}", "cut"),
    (rf"(?:the )?(?:points? |rays? |segments? |lines? )?{_PTS} (?:divides?|cuts?|splits?) (?:the "
     rf")?(?:segment |line segment |angle )?{_WHOLE} into {_N} (?:equal|congruent) (?:parts|"
     rf"pieces|segments|angles|lengths)", "into"),
    (rf"(?:the )?(?:point )?pt_([A-Z]) is the midpoint of (?:the )?(?:segment |line segment )?"
     rf"{_SEG}", "midpoint"),
    (rf"(?:the )?midpoint of (?:the )?(?:segment |line segment )?{_SEG} is (?:the )?(?:point )?"
     rf"pt_([A-Z])", "midpoint_of"),
    (rf"(?:the )?(?:ray |segment |line )?{_SEG} is the (?:angle )?bisector of (?:the )?"
     rf"(?:angle )?{_ANG}", "bisector"),
    (rf"(?:the )?(?:length of (?:the )?)?(?:segment |line segment )?{_SEG} (?:is|=|equals|"
     rf"measures|has length) (num_\d+)", "length"),
    (rf"(?:the )?(?:degree )?(?:measure of )?(?:the )?(?:angle )?{_ANG},? (?:which )?(?:is|=|"
     rf"equals|measures|has measure) (num_\d+)", "angle"),
]
_ASK = (r"(?:what is|find|compute|determine|how long is|what is the number of degrees in|how "
        r"many degrees are in) (?:the )?(?:length of |degree measure of |measure of |size of )?"
        r"(?:the )?(?:segment |line segment |angle )?(?:{0})")
_ASKS = [
    (_ASK.format(rf"{_SEG}|{_ANG}"), "one"),
    (r"(?:what is|find|compute|determine) the ratio of (?:the )?(?:length of |measure of )?(?:the "
     rf")?(?:segment |angle )?(?:{_SEG}|{_ANG}) to (?:the )?(?:length of |measure of )?(?:the )?"
     rf"(?:segment |angle )?(?:{_SEG}|{_ANG})", "ratio"),
    (r"(?:what is|find|compute|determine) rat_([A-Z]+)_([A-Z]+)", "ratio"),
]
_GLUE = frozenset("a an the and of in is if then let given that so such what find suppose "
                  "points point rays ray segment segments line angle angles also with where "
                  "which units unit cm centimeters meters inches feet degrees".split())
_TAILS = (r",? (?:in degrees|in units|in centimeters|in inches)\b|,? expressed as a common "
          r"fraction|\.? ?express your answer as a (?:common fraction|fraction in simplest form)"
          r"\.?")


@dataclass
class _Cut:
    ends: tuple[str, str]
    inner: list[str]


@dataclass
class _Story:
    angles: bool
    vertex: str = ""
    cuts: list[_Cut] = field(default_factory=list)
    told: list[tuple[tuple[str, str], sp.Basic]] = field(default_factory=list)


def read_divided_spans(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:bisect|trisect|quadrisect|midpoint|equal parts|congruent parts|"
                     r"bisector|equal angles)", template):
        return None
    nums: list[sp.Basic] = []
    text = _tokens(split, template, nums)
    if text is None:
        return None
    text = re.sub(r"\s+", " ", re.sub(_TAILS, " ", text))
    angles = "ang_" in text
    asks = [(m, how) for pattern, how in _ASKS for m in re.finditer(pattern, text)]
    if len(asks) != 1:
        return None
    ask, how = asks[0]
    text = text[:ask.start()] + " ; " + text[ask.end():]
    story = _Story(angles=angles)
    kept: list[str] = []
    for pattern, kind in _FACTS:
        for m in list(re.finditer(pattern, text)):
            # a cut keeps its whole's name for a value told after it ("..., which measures 81")
            whole = re.findall(r"(?:seg|ang)_[A-Z]+$", m.group(0)) if kind == "cut" else []
            text = text.replace(m.group(0), " ; " + " ".join(whole), 1)
            kept += whole
            _fact(story, kind, m, nums)
    for name in kept:  # each kept name not read by a value is the cut's own
        text = re.sub(rf"\b{name}\b", " ", text, count=1)
    if re.search(r"(?:pt|seg|ang|num|rat)_", text) or set(re.findall(r"[a-z]+", text)) - _GLUE:
        return None
    if not story.cuts:
        return None
    groups = [g for g in ask.groups() if g]
    asked = [_pair(story, g) for g in groups]
    return _solve(story, asked, how)


def _tokens(split: Split, template: str, nums: list[sp.Basic]) -> str | None:
    """The template with each piece as a typed token: pt_P, seg_AB, ang_ABC, num_i (a value
    told as `AB = 27` becomes `seg_AB = num_i`); None when a piece is something else."""
    letters = set("".join(re.findall(r"[A-Z]", " ".join(split.maths))))

    def token(m: re.Match[str]) -> str:
        src = re.sub(r"\\overline\s*|\\left|\\right|m\s*(?=\\angle)|\{|\}|\s+", "",
                     split.maths[int(m.group(1))])
        src = re.sub(r"\^\\circ|\\circ|\^\{\\circ\}", "", src)
        sides = src.split("=")
        if len(sides) == 2:
            left, right = _name(sides[0]), _value(sides[1], nums)
            if left is None or right is None:
                raise _NotOurs
            return f" {left} = {right} "
        frac = re.fullmatch(r"\\[dt]?frac([A-Z]{2,3})([A-Z]{2,3})|([A-Z]{2,3})/([A-Z]{2,3})", src)
        if frac:
            a, b = (frac.group(1), frac.group(2)) if frac.group(1) else (frac.group(3),
                                                                         frac.group(4))
            return f" rat_{a}_{b} "
        name = _name(src) or _value(src, nums)
        if name is None:
            raise _NotOurs
        return f" {name} "

    try:
        text = re.sub(r"@(\d+)@", token, template)
    except _NotOurs:
        return None
    # plain text keeps names in lower case: "segment ab", "point c", then "what is ap"
    named = re.compile(r"\b(segment|ray|line|point|points|and) ([a-z]{1,2})\b(?! (?:is|are) )")
    for m in named.finditer(text):
        if len(m.group(2)) == 2 or m.group(1) in ("point", "points"):
            letters |= set(m.group(2).upper())
    text = named.sub(lambda m: f"{m.group(1)} {'seg' if len(m.group(2)) == 2 else 'pt'}_"
                     f"{m.group(2).upper()}" if set(m.group(2).upper()) <= letters and (
                         len(m.group(2)) == 2 or m.group(1) in ("point", "points", "and"))
                     else m.group(0), text)
    text = re.sub(r"\b[a-z]{2}\b", lambda m: f"seg_{m.group(0).upper()}" if m.group(0) not in
                  ("an", "as", "at", "be", "by", "if", "in", "is", "it", "of", "so", "to")
                  and set(m.group(0).upper()) <= letters else m.group(0), text)
    return re.sub(r" +,", ",", text)


class _NotOurs(Exception):
    pass


def _name(src: str) -> str | None:
    if re.fullmatch(r"[A-Z]", src):
        return f"pt_{src}"
    if re.fullmatch(r"[A-Z]{2}", src):
        return f"seg_{src}"
    m = re.fullmatch(r"\\angle([A-Z]{3})", src)
    return f"ang_{m.group(1)}" if m else None


def _value(src: str, nums: list[sp.Basic]) -> str | None:
    v = number(src)
    if v is None or not v.is_positive:
        return None
    nums.append(v)
    return f"num_{len(nums) - 1}"


def _rays(story: _Story, names: list[str]) -> list[str]:
    """Each named ray or point as one letter (a ray BP at vertex B is P)."""
    out = []
    for n in names:
        if story.angles:
            if len(n) != 2 or n.count(story.vertex) != 1 or not story.vertex:
                raise Decline("a ray from the angle's vertex")
            out.append(n.replace(story.vertex, ""))
        elif len(n) != 1:
            raise Decline("a point dividing the segment")
        else:
            out.append(n)
    return out


def _ends(story: _Story, seg: str | None, ang: str | None) -> tuple[str, str]:
    if (ang is not None) != story.angles:
        raise Decline("segments and angles together")
    if ang is None:
        assert seg is not None
        return seg[0], seg[1]
    if story.vertex and story.vertex != ang[1]:
        raise Decline("angles at different vertices")
    story.vertex = ang[1]
    return ang[0], ang[2]


def _fact(story: _Story, kind: str, m: re.Match[str], nums: list[sp.Basic]) -> None:
    if kind in ("cut", "passive", "into"):
        # groups: cut (points 1, word 2, whole 3|4); passive (whole 1|2, word 3, points 4);
        # into (points 1, whole 2|3, count 4)
        at = {"cut": (1, 2, 3, 4), "passive": (4, 3, 1, 2), "into": (1, 4, 2, 3)}[kind]
        pts, word, seg, ang = (m.group(i) for i in at)
        ends = _ends(story, seg, ang)
        names = re.findall(r"(?:pt|seg)_([A-Z]+)", pts)
        word = word.removesuffix("s").removesuffix("ed")
        count = _PARTS.get(word) if not word.startswith("num_") else nums[int(word[4:])]
        if count is None or not (sp.sympify(count).is_integer and 2 <= count <= 20):
            raise Decline("a whole number of equal parts")
        parts = int(count)
        inner = _rays(story, names)
        if len(inner) != int(parts) - 1:
            raise Decline(f"{len(inner)} points cannot cut into {parts} equal parts")
        story.cuts.append(_Cut(ends, inner))
    elif kind in ("midpoint", "midpoint_of"):
        point, line = (m.group(1), m.group(2)) if kind == "midpoint" else \
            (m.group(2), m.group(1))
        story.cuts.append(_Cut(_ends(story, line, None), [point]))
    elif kind == "bisector":
        ends = _ends(story, None, m.group(2))
        story.cuts.append(_Cut(ends, _rays(story, [m.group(1)])))
    else:
        pair = _pair(story, m.group(1))
        story.told.append((pair, nums[int(m.group(2)[4:])]))


def _pair(story: _Story, name: str) -> tuple[str, str]:
    if len(name) == 3:
        if not story.angles:
            raise Decline("an angle asked of segments")
        return _ends(story, None, name)
    if story.angles:
        raise Decline("a length asked of angles")
    return name[0], name[1]


def _blends(story: _Story) -> dict[str, sp.Rational]:
    """Each letter's place c on the line from the first cut's first end (0) to its second (1)."""
    inner = [p for c in story.cuts for p in c.inner]
    if len(set(inner)) != len(inner):
        raise Decline("a point placed twice")
    free = {e for c in story.cuts for e in c.ends} - set(inner)
    if len(free) != 2:
        raise Decline("the points do not lie on one span")
    first = next(c for c in story.cuts if set(c.ends) <= free)
    place: dict[str, sp.Rational] = {first.ends[0]: sp.Integer(0), first.ends[1]: sp.Integer(1)}
    todo = list(story.cuts)
    while todo:
        ready = [c for c in todo if all(e in place for e in c.ends)]
        if not ready:
            raise Decline("the cuts do not follow from one another")
        for c in ready:
            a, b = place[c.ends[0]], place[c.ends[1]]
            n = len(c.inner) + 1
            for i, p in enumerate(c.inner, 1):
                place[p] = a + sp.Rational(i, n) * (b - a)
            todo.remove(c)
    return place


def _solve(story: _Story, asked: list[tuple[str, str]], how: str) -> Result:
    place = _blends(story)
    for pair in [*asked, *(p for p, _ in story.told)]:
        if any(x not in place for x in pair) or pair[0] == pair[1]:
            raise Decline("a measure of points the text does not place")
    share = {pair: abs(place[pair[0]] - place[pair[1]]) for pair in [*asked, *(
        p for p, _ in story.told)]}
    wholes = {sp.nsimplify(v / share[p]) for p, v in story.told}
    if len(wholes) > 1 or any(share[p] == 0 for p in share):
        raise Decline("the measures told disagree")
    whole = wholes.pop() if wholes else None
    if story.angles and whole is not None and not whole < 180:
        raise Decline("an angle of 180 degrees or more")
    if how == "ratio":
        answer = sp.nsimplify(share[asked[0]] / share[asked[1]])
    elif whole is None:
        raise Decline("no measure told")
    else:
        answer = sp.nsimplify(share[asked[0]] * whole)
    _confirm(story, place, whole, asked, how, answer)
    return answer, _steps(story, place, whole, asked, how, answer)


def _confirm(story: _Story, place: dict[str, sp.Rational], whole: sp.Basic | None,
             asked: list[tuple[str, str]], how: str, answer: sp.Basic) -> None:
    """Place the figure in the plane and measure every fact and the asked measure there."""
    with mpmath.workdps(30):
        size = _mp(whole) if whole is not None else mpmath.mpf(60)
        turn, start = mpmath.mpf("0.37"), mpmath.matrix([mpmath.mpf("1.3"), mpmath.mpf("-0.7")])
        if story.angles:
            spots = {k: mpmath.matrix([mpmath.cos(turn + mpmath.radians(size) * _mp(c)),
                                       mpmath.sin(turn + mpmath.radians(size) * _mp(c))])
                     for k, c in place.items()}
        else:
            step_v = mpmath.matrix([mpmath.cos(turn), mpmath.sin(turn)]) * size
            spots = {k: start + step_v * _mp(c) for k, c in place.items()}

        def measure(x: str, y: str) -> mpmath.mpf:
            u, v = spots[x], spots[y]
            if story.angles:
                dot = max(-1, min(1, u[0] * v[0] + u[1] * v[1]))
                return mpmath.degrees(mpmath.acos(dot))
            return mpmath.norm(u - v)

        for c in story.cuts:
            chain = [c.ends[0], *c.inner, c.ends[1]]
            pieces = [measure(a, b) for a, b in zip(chain, chain[1:], strict=False)]
            ok = all(mpmath.almosteq(p, pieces[0], 1e-20) for p in pieces) and \
                mpmath.almosteq(sum(pieces), measure(*c.ends), 1e-20)
            confirm.check(ok, f"the {len(pieces)} parts of {''.join(c.ends)} measured equal on "
                              "coordinates")
        for pair, v in story.told:
            confirm.check(mpmath.almosteq(measure(*pair), _mp(v), 1e-20),
                          "each measure told, measured on coordinates")
        got = measure(*asked[0]) / measure(*asked[1]) if how == "ratio" else measure(*asked[0])
        confirm.number(got, answer, "the measure taken on coordinates")


def _mp(v: sp.Basic) -> mpmath.mpf:
    return mpmath.mpf(str(sp.N(v, 40)))


def _show(story: _Story, pair: tuple[str, str]) -> str:
    return rf"\angle {pair[0]}{story.vertex}{pair[1]}" if story.angles else f"{pair[0]}{pair[1]}"


def _steps(story: _Story, place: dict[str, sp.Rational], whole: sp.Basic | None,
           asked: list[tuple[str, str]], how: str, answer: sp.Basic) -> list[Step]:
    ends = [k for k, c in place.items() if c in (0, 1)]
    base = _show(story, (min(ends, key=lambda k: place[k]), max(ends, key=lambda k: place[k])))
    cuts = "; ".join(f"{' and '.join(c.inner)} cut ${_show(story, c.ends)}$ into "
                     f"{len(c.inner) + 1} equal parts" for c in story.cuts)
    where = ", ".join(f"{k}: {latex(c)}" for k, c in sorted(place.items(), key=lambda kv: kv[1]))
    steps = [step("place the points", f"Measure every {'ray' if story.angles else 'point'} "
                  f"from the first end of ${base}$, as a share of it, in the order named.",
                  f"{cuts}. Shares of ${base}$: {where}.")]
    if whole is not None:
        steps.append(step("use the measure told", "A told measure is its share of the whole.",
                          f"${base} = {latex(whole)}$", f"{base} = {latex(whole)}"))
    shown = f"\\frac{{{_show(story, asked[0])}}}{{{_show(story, asked[1])}}}" if how == "ratio" \
        else _show(story, asked[0])
    steps.append(step("find the measure asked", "Its share of the whole, times the whole.",
                      f"${shown} = {latex(answer)}$", f"{shown} = {latex(answer)}"))
    return steps


__all__ = ["read_divided_spans"]
