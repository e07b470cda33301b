"""Reader of rectangles and squares told in a story: a garden, a field, a room or a poster,
its sides, fencing and area, how long it is against how wide, and a second figure related to
it. "A rectangular garden is 30 feet long and 12 feet wide. How many feet of fencing go
around it?", "A rectangular lawn is half as wide as it is long and is enclosed by 60 meters
of fencing. What is its area?", "A 40-foot by 10-foot pen is changed to a square using the
same fence. How many square feet larger is the new pen?", "A square has an area of 36. A
rectangle has the same width as the square and its length is triple its width. What is the
area of the rectangle?".

Each figure gets a length and a width (a square one side); a number binds to the measure
said with it (length, width, side, perimeter, fencing, area, "L by W", "L long and W wide");
relations between its sides ("twice as long as it is wide", "the length exceeds three times
the width by 4") and between two figures ("the same perimeter / fence / width as") become
equations. Every word of a sentence must be read by one of these; one length unit only.
Solved and confirmed by `Story` (every statement rechecked in exact fractions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.rectangle_wording import (
    ASKS,
    CHANGING,
    FACTS,
    FILLER,
    MENTION,
    SENT,
    normal,
)
from tutor.reasoning.symbolic.prealgebra.relations import Story


@dataclass
class _Figure:
    index: int
    square: bool
    noun: str | None
    changed: bool = False

    def __post_init__(self) -> None:
        self.length = sp.Symbol(f"L_{self.index + 1}", positive=True)
        self.width = self.length if self.square else sp.Symbol(f"W_{self.index + 1}",
                                                               positive=True)

    def measure(self, q: str) -> sp.Expr:
        if q in ("side", "side length"):
            if not self.square:
                raise Decline("the side of a rectangle: its length or its width")
            return self.length
        return {"length": self.length, "width": self.width,
                "perimeter": 2 * (self.length + self.width),
                "area": self.length * self.width}[q]

    def name(self) -> str:
        kind = "square" if self.square else "rectangle"
        return f"the {kind}" + (f" ({self.noun})" if self.noun else "") + \
            (" after the change" if self.changed else "")


class _Reading:
    def __init__(self) -> None:
        self.figures: list[_Figure] = []
        self.story = Story([], positive=True)
        self.unit = "unit"

    def mention(self, m: re.Match[str], changing: bool) -> _Figure | None:
        """The figure a mention names; None when two could be meant ("the garden" after it
        was changed: only a question about the change reads that)."""
        det, mod = m.group("det"), m.group("mod")
        shape, noun = m.group("shape"), m.group("noun") or m.group("noun2")
        noun = noun.split(" of ")[0] if noun else None
        square = shape == "square" if shape else None
        if det == "its":
            raise Decline("a figure said as 'its'")
        if det is None:
            det = "the" if square is None or any(f.square == square for f in self.figures) \
                else "a"
        if det in ("a", "an"):
            if square is None or mod is not None:
                raise Decline("a figure whose shape is not said")
            if changing and self.figures:
                return self._new(square, noun or self.figures[0].noun, True)
            if any(f.noun == noun and f.square == square for f in self.figures if noun):
                raise Decline("a second figure with the same name")
            return self._new(square, noun, False)
        found = [f for f in self.figures if (square is None or f.square == square)
                 and (noun is None or f.noun == noun)]
        if mod in ("new", "resulting"):
            found = [f for f in found if f.changed]
        elif mod in ("old", "original"):
            found = [f for f in found if not f.changed]
        elif mod is not None:
            raise Decline("a figure named by its place")
        if not found and not self.figures and square is not None:
            return self._new(square, noun, False)
        if len(found) == 2 and mod is None:
            return None
        if len(found) != 1:
            raise Decline("which figure is meant is not clear")
        return found[0]

    def _new(self, square: bool, noun: str | None, changed: bool) -> _Figure:
        if len(self.figures) == 2:
            raise Decline("more than two figures")
        f = _Figure(len(self.figures), square, noun, changed)
        self.figures.append(f)
        self.story.unknowns += [f.length] if square else [f.length, f.width]
        return f

    def state(self, lhs: sp.Expr, rhs: sp.Expr, said: str) -> None:
        self.story.state(lhs, rhs, said)


def _value(token: str) -> sp.Rational:
    v = wording.value(token)
    return sp.Rational(v.numerator, v.denominator)


def rectangle_stories(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:rectangular|rectangle|square)\b", template) or \
            "[asy]" in template:
        return None
    w, places, form = nw.read_story(split, template)
    if "@" in w or places is not None:
        return None
    w, seen = normal(w)
    if len(seen) > 1:
        raise Decline("lengths in more than one unit")
    sentences = [s.strip() for s in SENT.findall(w) if s.strip()]
    if len(sentences) < 2 or not re.search(r"\b(?:what|how|find)\b", sentences[-1]):
        return None
    r = _Reading()
    r.unit = next(iter(seen), "unit")
    subject: _Figure | None = None
    texts = []
    for s in sentences:
        s, subject = _mark(r, s, subject)
        texts.append((s, subject))
    if not r.figures:
        return None
    for s, subj in texts[:-1]:
        _facts(r, s, subj)
    question, subj = texts[-1]
    head = re.match(r"(?P<facts>.*?)(?:, )?(?P<ask>\b(?:what|how|find|by how)\b.*)$", question)
    assert head is not None
    if head.group("facts").strip():
        _facts(r, head.group("facts"), subj)
    target, asked = _question(r, head.group("ask"), subj)
    answer, steps = r.story.solve(lambda _s: target, asked)
    steps[-1:-1] = _worked(r, target, answer)
    if form is not None and isinstance(answer, sp.Rational):
        got = nw.in_form_asked(Fraction(int(answer.p), int(answer.q)), sp.latex(answer), None,
                               form)
        if got is not None:
            return got[0], steps + got[1]
    return answer, steps


def _worked(r: _Reading, target: sp.Expr, answer: sp.Basic) -> list[Step]:
    """The asked measure worked out from the sides found ("25^2 - 40 \\cdot 10 = 225")."""
    if target.is_Symbol:
        return []
    eqs = [sp.Eq(e.lhs, e.rhs) for e, _ in r.story.relations]
    for sol in sp.solve(eqs, r.story.unknowns, dict=True):
        if target.subs(sol) == answer:
            shown = target.xreplace({k: sp.UnevaluatedExpr(v) for k, v in sol.items()})
            claim = f"{latex(shown)} = {latex(answer)}"
            return [step("work out the measure asked", "Put the sides found into its formula "
                         "(perimeter 2(length + width), area length times width).",
                         f"${latex(target)} = {claim}$", claim)]
    return []


def _mark(r: _Reading, s: str, subject: _Figure | None) -> tuple[str, _Figure | None]:
    """The sentence with each figure as `F<i>` (`Fx` when two could be meant), "it" and
    "its" as the sentence's subject (its first figure, else the one before)."""
    out, last, first = "", 0, None
    for m in MENTION.finditer(s):
        f = r.mention(m, bool(CHANGING.search(s[:m.start()])))
        first = first or f
        out += s[last:m.start()] + (f" F{f.index} " if f else " Fx ")
        last = m.end()
    out += s[last:]
    subj = first or subject
    if re.search(r"\bits?\b", out):
        if subj is None:
            raise Decline("'it' before any figure")
        out = re.sub(r"\bits?\b", f"F{subj.index}", out)
    return re.sub(r"\s+([,.?;])", r"\1", re.sub(r"\s+", " ", out)).strip(), subj


def _fig(r: _Reading, token: str | None, subject: _Figure | None) -> _Figure:
    if token == "Fx":
        raise Decline("which figure is meant is not clear")
    if token:
        return r.figures[int(token[1:])]
    if subject is None:
        raise Decline("a measure of no figure")
    return subject


def _facts(r: _Reading, s: str, subject: _Figure | None) -> None:
    """Read every fact of a sentence; a fact that names no figure is of the nearest figure
    before it (else the sentence's subject). Any word left unread declines."""
    rest = s
    for pattern, kind in FACTS:
        while (m := pattern.search(rest)) is not None:
            before = re.findall(r"F(\d)", s[:m.start()])
            near = r.figures[int(before[-1])] if before else subject
            _fact(r, m, kind, near)
            rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    left = set(re.findall(r"[a-z#][\w/.]*|[,;.]|Fx", rest)) - FILLER
    if left:
        raise Decline(f"words the rectangle reader does not read: {sorted(left)[:4]}")


def _said(r: _Reading, text: str) -> str:
    """A fact's words as a student reads them."""
    text = re.sub(r"F(\d)", lambda m: r.figures[int(m.group(1))].name(), text)
    plural = {"foot": "feet", "inch": "inches"}.get(r.unit, r.unit + "s")
    text = re.sub(r"#([\d/.]+)", r"\1", text).replace("sqU", "square " + plural)
    return re.sub(r"\bU\b", plural, text)


def _fact(r: _Reading, m: re.Match[str], kind: str, subject: _Figure | None) -> None:
    g = m.groupdict()
    f = _fig(r, g.get("f"), subject)
    if kind in ("as", "than_is") and subject is not None and f is not subject:
        raise Decline("one figure's side against another's")
    said = _said(r, f"F{f.index}: " + m.group(0).strip())
    if kind == "lw":
        r.state(f.length, _value(g["a"]), said)
        r.state(f.width, _value(g["b"]), said)
    elif kind == "is":
        r.state(f.measure(g["q"]), _value(g["v"]), said)
    elif kind == "one_side":
        r.state(f.measure("length" if g["q"] == "long" else "width"), _value(g["v"]), said)
    elif kind == "area":
        r.state(f.measure("area"), _value(g["v"]), said)
    elif kind == "same_side":
        q = "length" if g["q"] == "long" else "width"
        b = _fig(r, g["g"], None)
        if b is f:
            raise Decline("a figure compared with itself")
        r.state(f.measure(q), b.measure(q), said)
    elif kind == "fencing":
        r.state(f.measure("perimeter"), _value(g["v"]), said + " (its perimeter)")
    elif kind == "as":
        q1 = f.length if g["q1"] == "long" else f.width
        q2 = f.length if g["q2"] == "long" else f.width
        if q1 is q2:
            raise Decline("a side compared with itself")
        r.state(q1, _value(g["k"]) * q2, said)
    elif kind == "than_is":
        q1 = f.width if g["dir"] in ("wider", "narrower") else f.length
        q2 = f.length if g["q2"] == "long" else f.width
        sign = 1 if g["dir"] in ("longer", "wider") else -1
        if q1 is q2:
            raise Decline("a side compared with itself")
        r.state(q1, q2 + sign * _value(g["n"]), said)
    elif kind == "rel":
        other = _fig(r, g.get("g"), f)
        k = _value(g["k"]) if g.get("k") else sp.Integer(1)
        n = _value(g["n"]) if g.get("n") else sp.Integer(0)
        if g.get("verb") == "equals" and g.get("n"):
            raise Decline("'equals ... by'")
        if g.get("verb") == "exceeds" and not g.get("n"):
            raise Decline("'exceeds' without by how much")
        sign = -1 if g.get("dir") in ("less", "shorter") else 1
        lhs, rhs = f.measure(g["q1"]), k * other.measure(g["q2"]) + sign * n
        if lhs == rhs or (k == 1 and n == 0 and other is f):
            raise Decline("a side compared with itself")
        r.state(lhs, rhs, said)
    elif kind == "measures":
        if g.get("g") and g.get("g2"):
            raise Decline("two figures for one measure")
        other = _fig(r, g.get("g") or g.get("g2"), f)
        lhs, rhs = f.measure(g["q1"]), other.measure(g["q2"])
        if lhs == rhs:
            raise Decline("a measure compared with itself")
        r.state(lhs, rhs, said)
    elif kind == "change":
        if not _fig(r, g.get("g"), None).changed:
            raise Decline("a change into a figure that is not the new one")
    elif kind in ("same", "both_same", "same_fence"):
        if kind == "same_fence":
            if len(r.figures) != 2:
                raise Decline("the same fencing, but one figure")
            a, b, q = r.figures[0], r.figures[1], "perimeter"
        else:
            a, b = f, _fig(r, g["g"], None)
            q = "perimeter" if g["q"] == "fencing" else g["q"]
        if a is b:
            raise Decline("a figure compared with itself")
        r.state(a.measure(q), b.measure(q), _said(r, f"F{a.index} and F{b.index}: the same {q}"))


def _question(r: _Reading, ask: str, subject: _Figure | None) -> tuple[sp.Expr, str]:
    ask = re.sub(r",? in (?:U|sqU)(?=,|$)", "", ask.rstrip(" ?.")).replace(",", "")
    ask = re.sub(r"\blength of (?:a|each|one) side\b", "side", ask)
    for pattern, kind in ASKS:
        m = pattern.fullmatch(ask)
        if m is None:
            continue
        g = m.groupdict()
        if kind in ("one", "fence", "long", "side"):
            if g.get("f") is None and len(r.figures) != 1 and kind != "fence":
                raise Decline("which figure's measure is asked is not clear")
            f = _fig(r, g.get("f"), subject)
            q = {"fence": "perimeter", "side": "side",
                 "long": "length" if g.get("q2") == "long" else "width"}.get(kind, g.get("q") or "")
            return f.measure(q), f"the {q} of {f.name()}"
        if kind == "diff":
            a, b = r.figures[int(g["f"][1:])], r.figures[int(g["g"][1:])]
        else:  # "by how many square feet does this enlarge the garden": new less old
            new = [f for f in r.figures if f.changed]
            old = [f for f in r.figures if not f.changed]
            if len(new) != 1 or len(old) != 1 or g["g"] not in ("Fx", f"F{old[0].index}"):
                raise Decline("the change is not clear")
            a, b = new[0], old[0]
        if a is b:
            raise Decline("a figure compared with itself")
        if g["dir"] in ("smaller", "less", "reduce", "shrink"):
            a, b = b, a
        return a.measure("area") - b.measure("area"), \
            f"how much larger the area of {a.name()} is than that of {b.name()}"
    raise Decline("a question about the rectangle that is not read")


__all__ = ["rectangle_stories"]
