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
from collections.abc import Callable
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra.rectangle_figures import Figure, Reading, value
from tutor.reasoning.symbolic.prealgebra.rectangle_wording import (
    ASKS,
    CHANGING,
    FACTS,
    FILLER,
    MENTION,
    SENT,
    normal,
)
from tutor.reasoning.symbolic.prealgebra.story_words import plural


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
    r = Reading()
    r.unit = next(iter(seen), "unit")
    subject: Figure | None = None
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
    if isinstance(target, tuple):
        return _both_sides(r, target, asked)
    answer, steps = r.story.solve(lambda sol: _picked(target, sol), asked)
    if not isinstance(target, (sp.Max, sp.Min)):
        steps[-1:-1] = _worked(r, target, answer)
    if form is not None and isinstance(answer, sp.Rational):
        got = nw.in_form_asked(Fraction(int(answer.p), int(answer.q)), sp.latex(answer), None,
                               form)
        if got is not None:
            return got[0], steps + got[1]
    return answer, steps


def _both_sides(r: Reading, sides: tuple[sp.Expr, sp.Expr], asked: str) -> Result:
    """Both sides, in the order asked: the length and the width as the story fixes them,
    else (only the two values fixed, either way round) the longer side as the length."""
    first, second = sides
    try:
        return r.story.solve_list([_fixed(first), _fixed(second)], asked)
    except Decline:
        pass
    longer, shorter = sp.Max(first, second), sp.Min(first, second)
    order = [longer, shorter] if str(first).startswith("L_") else [shorter, longer]
    return r.story.solve_list([_fixed(t) for t in order], asked)


def _fixed(target: sp.Expr) -> Callable[[dict[sp.Symbol, sp.Basic]], sp.Expr]:
    """The target as `Story` asks it: a side, or the longer or shorter side in a solution."""
    return lambda sol: _picked(target, sol)


def _picked(target: sp.Expr, sol: dict[sp.Symbol, sp.Basic]) -> sp.Expr:
    """The side a longer/shorter question means in this solution; any other target as is."""
    if not isinstance(target, (sp.Max, sp.Min)):
        return target
    a, b = target.args
    bigger = sp.simplify(a.subs(sol) - b.subs(sol)) >= 0
    return a if bigger == isinstance(target, sp.Max) else b


def _worked(r: Reading, target: sp.Expr, answer: sp.Basic) -> list[Step]:
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


def _mark(r: Reading, s: str, subject: Figure | None) -> tuple[str, Figure | None]:
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


def _fig(r: Reading, token: str | None, subject: Figure | None) -> Figure:
    if token == "Fx":
        raise Decline("which figure is meant is not clear")
    if token:
        return r.figures[int(token[1:])]
    if subject is None:
        raise Decline("a measure of no figure")
    return subject


def _facts(r: Reading, s: str, subject: Figure | None) -> None:
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


def _said(r: Reading, text: str) -> str:
    """A fact's words as a student reads them."""
    text = re.sub(r"F(\d)", lambda m: r.figures[int(m.group(1))].name(), text)
    units = plural(r.unit)
    text = re.sub(r"#([\d/.]+)", r"\1", text).replace("sqU", "square " + units)
    return re.sub(r"\bU\b", units, text)


def _fact(r: Reading, m: re.Match[str], kind: str, subject: Figure | None) -> None:
    g = m.groupdict()
    f = _fig(r, g.get("f"), subject)
    if kind in ("as", "than_is") and subject is not None and f is not subject:
        raise Decline("one figure's side against another's")
    said = _said(r, f"F{f.index}: " + m.group(0).strip())
    if kind == "lw":
        r.state(f.length, value(g["a"]), said)
        r.state(f.width, value(g["b"]), said)
    elif kind == "is":
        r.state(f.measure(g["q"]), value(g["v"]), said)
    elif kind == "one_side":
        r.state(f.measure("length" if g["q"] == "long" else "width"), value(g["v"]), said)
    elif kind == "area":
        r.state(f.measure("area"), value(g["v"]), said)
    elif kind == "same_side":
        q = "length" if g["q"] == "long" else "width"
        b = _fig(r, g["g"], None)
        if b is f:
            raise Decline("a figure compared with itself")
        r.state(f.measure(q), b.measure(q), said)
    elif kind == "fencing":
        r.state(f.measure("perimeter"), value(g["v"]), said + " (its perimeter)")
    elif kind == "as":
        q1 = f.length if g["q1"] == "long" else f.width
        q2 = f.length if g["q2"] == "long" else f.width
        if q1 is q2:
            raise Decline("a side compared with itself")
        r.state(q1, value(g["k"]) * q2, said)
    elif kind == "than_is":
        q1 = f.width if g["dir"] in ("wider", "narrower") else f.length
        q2 = f.length if g["q2"] == "long" else f.width
        sign = 1 if g["dir"] in ("longer", "wider") else -1
        if q1 is q2:
            raise Decline("a side compared with itself")
        r.state(q1, q2 + sign * value(g["n"]), said)
    elif kind == "ratio":
        names = {g.get(k) for k in ("f", "f2", "g", "g2")} - {None, f"F{f.index}"}
        if names or g["q1"] == g["q2"]:
            raise Decline("the ratio of one figure's length to its width")
        r.state(f.measure(g["q1"]) * value(g["b"]), f.measure(g["q2"]) * value(g["a"]), said)
    elif kind == "rel":
        other = _fig(r, g.get("g"), f)
        k = value(g["k"]) if g.get("k") else sp.Integer(1)
        n = value(g["n"]) if g.get("n") else sp.Integer(0)
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


def _question(r: Reading, ask: str, subject: Figure | None) -> tuple[sp.Expr, str]:
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
        if kind == "extreme":  # a rectangle's longer or shorter side
            f = _fig(r, g.get("f") or g.get("f2"), subject)
            pick = sp.Max if g["which"] in ("longer", "longest") else sp.Min
            return pick(f.measure("length"), f.measure("width")), \
                f"the {g['which']} side of {f.name()}"
        if kind == "both":
            f = _fig(r, g.get("f") or g.get("f2"), subject)
            sides = (f.width, f.length) if g["both"].startswith("width") else (f.length, f.width)
            if f.length is f.width:
                raise Decline("both sides of a square")
            said = "sides" if g["both"] == "side" else g["both"]
            return sides, f"the {said} of {f.name()}"  # type: ignore[return-value]
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
