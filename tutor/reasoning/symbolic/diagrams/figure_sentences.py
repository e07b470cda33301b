"""The sentences beside a figure: each clause that states something about named points is
read into `figure_statements` facts, and the one question into a `Question`. Whatever
is left must be filler words and names, or the text is not read (Decline)."""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic.diagrams.figure import require
from tutor.reasoning.symbolic.diagrams.figure_statements import (
    Fact,
    Question,
    Relation,
    Statements,
    maths_statement,
    name_of_maths,
    number_of_maths,
)
from tutor.reasoning.symbolic.parsing import Split

_LIST = r"@\d+@(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)@\d+@)*"
_SHAPES = ("triangle|square|rectangle|pentagon|hexagon|quadrilateral|parallelogram|rhombus|"
           "trapezoid|octagon")
_QUALITIES = r"(?:(?:convex|regular|isosceles|equilateral|right|right-angled)\s+)*"
_UNIT = (r"(?:square\s+)?(?:units?|centimeters?|inches|inch|meters?|feet|foot|cm|degrees|"
         r"millimeters?|kilometers?|yards?|km|m)")
_FILLER = frozenset(
    "a an the in and if then that such suppose given let we have has there are is as shown "
    "pictured drawn diagram figure below above following here also with so where two three "
    "units unit cm centimeters inches meters feet".split())
_RESPECTIVELY = r"(\s*,?\s*respectively)?"
_ON = (rf"(?:points?\s+)?({_LIST})\s+(?:is|are|lies|lie)\s+(?:the\s+)?(?:on|midpoints?\s+of)\s+"
       rf"(?:the\s+)?(?:sides?\s+|segments?\s+)?({_LIST}){_RESPECTIVELY}")


def _ids(text: str) -> list[int]:
    return [int(i) for i in re.findall(r"@(\d+)@", text)]


def _is_point(s: str) -> bool:
    named = name_of_maths(s)
    return named is not None and len(named[1]) == 1


def _one(text: str) -> int:
    return int(text.strip("@"))


class _Reader:
    def __init__(self, split: Split) -> None:
        self.maths = split.maths
        self.out = Statements()
        self.used: set[int] = set()

    def letters(self, i: int, sizes: tuple[int, ...] = (1, 2, 3, 4, 5, 6, 8)) -> str:
        named = name_of_maths(self.maths[i])
        require(named is not None and len(named[1]) in sizes, "a name I cannot read")
        assert named is not None
        self.used.add(i)
        return named[1]

    def number(self, i: int) -> object:
        self.used.add(i)
        return number_of_maths(self.maths[i])

    # ---- clauses: each returns the facts it states
    def _segment(self, i: int) -> bool:
        named = name_of_maths(self.maths[i])
        return named is not None and len(named[1]) == 2

    def on(self, m: re.Match[str]) -> str | None:
        named = _ids(m.group(1))
        start = len(named)
        while start > 0 and _is_point(self.maths[named[start - 1]]):
            start -= 1
        require(start < len(named), "a point I cannot read")
        if start > 0:  # "... an area of $30$ and $E$ is the midpoint of ...": the list starts late
            require(m.group(3) is None, "which point is on which side")
            head = " and ".join(f"@{i}@" for i in named[:start])
            tail = " and ".join(f"@{i}@" for i in named[start:])
            again = re.match(_ON, tail + m.group(0)[m.end(1) - m.start(0):])
            require(again is not None, "a point I cannot read")
            assert again is not None
            return f"{head} ; " + (self.on(again) or " ; ")
        points = [self.letters(i, (1,)) for i in named]
        listed = _ids(m.group(2))
        kept = 0
        while kept < len(listed) and self._segment(listed[kept]):
            kept += 1
        if kept < len(listed):  # "$W$ is on $AC$ and $WV \\parallel AB$": the list ends early
            require(kept > 0 and m.group(3) is None, "a side I cannot read")
            rest = " and ".join(f"@{i}@" for i in listed[kept:])
            self._on(m.group(0), points, [self.letters(i, (2,)) for i in listed[:kept]], False)
            return f" ; and {rest} "
        self._on(m.group(0), points, [self.letters(i, (2,)) for i in listed],
                 m.group(3) is not None)
        return None

    def _on(self, said: str, points: list[str], where: list[str], respectively: bool) -> None:
        kind = "midpoint" if "midpoint" in said else "on"
        if len(where) == 1:
            require(kind == "on" or len(points) == 1, "one midpoint named twice")
            pairs = [(p, where[0]) for p in points]
        else:
            require(respectively and len(points) == len(where), "which point is on which side")
            pairs = list(zip(points, where, strict=True))
        self.out.facts += [Fact(kind, (p, w)) for p, w in pairs]

    def shape(self, m: re.Match[str]) -> str:
        qualities = tuple(m.group(1).split())
        name = self.letters(_one(m.group(3)), (3, 4, 5, 6, 8))
        self.used.discard(_one(m.group(3)))  # the name stays for the clause it begins
        self.out.facts.append(Fact("shape", (m.group(2), name, *qualities)))
        return f" {m.group(3)} "

    def named_is(self, m: re.Match[str]) -> str:
        name = self.letters(_one(m.group(1)), (3, 4, 5, 6, 8))
        self.used.discard(_one(m.group(1)))  # the name stays for a clause that goes on
        qualities = tuple(m.group(2).split())
        require(bool(qualities) or m.group(3) is not None, "a shape I cannot read")
        self.out.facts.append(Fact("shape", (m.group(3) or "triangle", name, *qualities)))
        return f" {m.group(1)} "

    def right_at(self, m: re.Match[str]) -> None:
        name = self.letters(_one(m.group(1)), (3,))
        corner = self.letters(_one(m.group(2)), (1,))
        self.out.facts.append(Fact("shape", ("triangle", name)))
        self.out.facts.append(Fact("right-at", (name, corner)))

    def congruent(self, m: re.Match[str]) -> None:
        a, b = (self.letters(_one(g), (3,)) for g in (m.group(1), m.group(2)))
        self.out.facts += [Fact("shape", ("triangle", a)), Fact("shape", ("triangle", b)),
                           Fact("congruent", (a, b))]

    def angle_words(self, m: re.Match[str]) -> None:
        name = self.letters(_one(m.group(1)), (1, 3))
        value = self.number(_one(m.group(2)))
        t = sp.Symbol("t0", positive=True)
        assert isinstance(value, sp.Expr)
        self.out.relations.append(Relation("angle", t - value, ((t, name),),
                                           f"\\angle {name} = {sp.latex(value)}^\\circ"))

    def side(self, m: re.Match[str]) -> None:
        name = self.letters(_one(m.group(1)), (3, 4, 5, 6, 8))
        value = self.number(_one(m.group(2)))
        assert isinstance(value, sp.Expr)
        self.out.facts.append(Fact("side", (name,), value))

    def outside(self, m: re.Match[str]) -> None:
        points = [self.letters(i, (1,)) for i in _ids(m.group(1))]
        self.out.facts += [Fact("outside", (p, m.group(2))) for p in points]

    def shares(self, m: re.Match[str]) -> None:
        self.out.facts.append(Fact("shared-side", (self.letters(_one(m.group(1)), (2,)),)))

    def meet(self, m: re.Match[str]) -> None:
        self._meet(m.group(1), m.group(2))

    def meets(self, m: re.Match[str]) -> None:
        self._meet(f"{m.group(1)} and {m.group(2)}", m.group(3))

    def _meet(self, lines_text: str, at: str) -> None:
        lines = [self.letters(i, (2,)) for i in _ids(lines_text)]
        require(len(lines) == 2, "which lines meet")
        point = self.letters(_one(at), (1,))
        self.out.facts += [Fact("on-line", (point, line)) for line in lines]

    def cevian(self, m: re.Match[str]) -> None:
        """"altitude $PL$", "the medians $AD$, $BE$ and $CF$ of triangle $ABC$"."""
        kind = "altitude" if m.group(1).startswith("altitude") else "median"
        segments = [self.letters(i, (2,)) for i in _ids(m.group(2))]
        triangle = self.letters(_one(m.group(3)), (3,)) if m.group(3) else ""
        self.out.facts += [Fact(kind, (seg, triangle)) for seg in segments]

    def relation_words(self, m: re.Match[str]) -> None:
        a, b = (self.letters(_one(g), (2,)) for g in (m.group(1), m.group(3)))
        word = m.group(2)
        kind = {"perpendicular": "perpendicular", "parallel": "parallel"}.get(word, "equal")
        if kind != "equal":
            self.out.facts.append(Fact(kind, (a, b)))
            return
        x, y = sp.symbols("s0 s1", positive=True)
        times = {"congruent": sp.Integer(1), "equal": sp.Integer(1), "twice": sp.Integer(2),
                 "three times": sp.Integer(3), "half": sp.Rational(1, 2)}[word]
        shown = f"{a} = {sp.latex(times * sp.Symbol(b))}"
        self.out.relations.append(Relation("length", x - times * y, ((x, a), (y, b)), shown))

    def bisects(self, m: re.Match[str]) -> None:
        ray = self.letters(_one(m.group(1)), (2,))
        angle = self.letters(_one(m.group(2)), (3,))
        self.out.facts.append(Fact("bisects", (ray, angle)))

    def area(self, m: re.Match[str]) -> None:
        name = self.letters(_one(m.group("n")), (3, 4, 5, 6, 8))
        value = self.number(_one(m.group("v")))
        assert isinstance(value, sp.Expr)
        self.out.facts.append(Fact("area", (name,), value))

    def question(self, m: re.Match[str]) -> None:
        require(self.out.question is None, "two questions")
        i = _one(m.group("t"))
        self.used.add(i)
        target = self.maths[i]
        power = 1
        sq = re.fullmatch(r"(.+?)\s*\^\s*\{?\s*2\s*\}?\s*", target)
        if sq:
            target, power = sq.group(1), 2
        named = name_of_maths(target)
        require(named is not None, "a question about something other than a named part")
        assert named is not None
        prefix, letters = named
        word = (m.group("what") or "").replace("degree ", "")
        unit = m.group("unit") or ""
        if prefix == "\\angle" or word == "measure" or "degrees" in unit or m.group("angle"):
            kind = "angle"
        elif word in ("area", "perimeter"):
            kind = word
        else:
            kind = "length"
        sizes = {"angle": (1, 3), "length": (2,), "area": (3, 4, 5, 6, 8),
                 "perimeter": (3, 4, 5, 6, 8)}[kind]
        require(len(letters) in sizes and (power == 1 or kind == "length"),
                "a question I cannot read")
        self.out.question = Question(kind, letters, power)


_CLAUSES: list[tuple[str, Callable[[_Reader, re.Match[str]], str | None]]] = [
    (rf"\b(?:the\s+|a\s+|an\s+)?({_QUALITIES})({_SHAPES})\s+(@\d+@)", _Reader.shape),
    (_ON, _Reader.on),
    (r"(?:two\s+)?congruent\s+triangles\s+(@\d+@)\s+and\s+(@\d+@)", _Reader.congruent),
    (r"(@\d+@)\s+is\s+right-angled\s+at\s+(@\d+@)", _Reader.right_at),
    (rf"(@\d+@)\s+is\s+(?:an?\s+)?({_QUALITIES})({_SHAPES})?(?=\s*(?:[,.;]|with|and|$))",
     _Reader.named_is),
    (r"(?:the\s+measure\s+of\s+)?angle\s+(@\d+@)\s+(?:is|measures)\s+(@\d+@)\s+degrees",
     _Reader.angle_words),
    (r"(?:(?:the\s+)?(?:lines?|segments?|diagonals|medians|altitudes)\s+)?(@\d+@\s+and\s+@\d+@)"
     r"\s+(?:intersect|meet)\s+at\s+(?:the\s+)?(?:point\s+)?(@\d+@)", _Reader.meet),
    (r"(?:(?:the\s+)?(?:line|segment)\s+)?(@\d+@)\s+(?:intersects|meets)\s+"
     r"(?:(?:the\s+)?(?:line|segment|altitude|median)\s+)?(@\d+@)\s+at\s+(?:the\s+)?(?:point\s+)?"
     r"(@\d+@)", _Reader.meets),
    (rf"(?:the\s+)?(altitudes?|medians?)\s+({_LIST})(?:\s+of\s+(?:triangle\s+)?(@\d+@))?",
     _Reader.cevian),
    (r"(?:segment\s+|side\s+)?(@\d+@)\s+is\s+(perpendicular|parallel|congruent|equal|twice|"
     r"three\s+times|half)\s+(?:to\s+|the\s+length\s+of\s+|as\s+long\s+as\s+)?(?:segment\s+|side\s+)?"
     r"(@\d+@)", _Reader.relation_words),
    (r"(?:segment\s+|ray\s+)?(@\d+@)\s+bisects\s+(?:angle\s+)?(@\d+@)", _Reader.bisects),
    (r"(?:the\s+)?area\s+of\s+(?:\w+\s+)?(?P<n>@\d+@)\s+is\s+(?P<v>@\d+@)", _Reader.area),
    (r"(?P<n>@\d+@)\s+(?:is\s+a\s+\w+\s+)?(?:with|has)\s+an\s+area\s+of\s+(?P<v>@\d+@)",
     _Reader.area),
    (r"(@\d+@)\s+has\s+(?:a\s+)?side\s+length\s+(?:of\s+)?(@\d+@)", _Reader.side),
    (rf"(?:points?\s+)?({_LIST})\s+(?:is|are|lies|lie)\s+(?:exterior|outside)\s+(?:to|of)\s+the\s+({_SHAPES})",
     _Reader.outside),
    (r"shares?\s+(?:a\s+)?(?:common\s+)?side\s+(@\d+@)\s+with", _Reader.shares),
    (rf"(?:what\s+is|find|compute|determine|calculate)\s+(?:the\s+)?(?:number\s+of\s+"
     rf"(?P<unit>{_UNIT})\s+in\s+)?(?:the\s+)?(?:(?P<what>(?:degree\s+)?measure|length|area|"
     rf"perimeter)\s*(?:,\s*in\s+{_UNIT}\s*,)?\s+of\s+)?(?:the\s+)?(?:(?P<angle>angle)\s+|"
     rf"(?:segment|side)\s+|{_QUALITIES}(?:{_SHAPES})\s+)?(?P<t>@\d+@)(?:\s*,\s*in\s+{_UNIT})?",
     _Reader.question),
]


def read_sentences(split: Split, template: str) -> Statements:
    """The statements and the question of the words beside a figure."""
    reader = _Reader(split)
    text = re.sub(r"\(\s*not\s+pictured\s*\)|\bsee\s+the\s+figure\s+below\b", " ", template)
    for pattern, handle in _CLAUSES:
        def consume(m: re.Match[str], handle: Callable[[_Reader, re.Match[str]], str | None]
                    = handle) -> str:
            return handle(reader, m) or " ; "
        text = re.sub(pattern, consume, text)
    for i, s in enumerate(split.maths):
        if i in reader.used:
            continue
        if maths_statement(s, reader.out):
            continue
        named = name_of_maths(s)
        # a name outside every clause read only names a part ("in $\\triangle ABC$, ..."); a
        # lone point ("$P$ ...") may carry a statement this reader did not read
        require(named is not None and len(named[1]) >= 2, "maths beside the figure I cannot read")
        assert named is not None
        if named[0] in ("\\triangle", "\\Delta"):
            reader.out.facts.append(Fact("shape", ("triangle", named[1])))
    leftover = set(re.findall(r"[a-z][a-z'-]*", re.sub(r"@\d+@", " ", text)))
    require(not (leftover - _FILLER), "words beside the figure I cannot read: "
            + ", ".join(sorted(leftover - _FILLER)))
    require(reader.out.question is not None, "no question about the figure")
    return reader.out


__all__ = ["read_sentences"]
