"""The words beside a figure read as statements about its named points: lengths and
angles in maths ("$AC = 6$", "$\\angle BED = 90^\\circ$", "$\\sin A = \\frac23$",
"$AB \\parallel CD$"), points on sides and midpoints ("Points $D$ and $E$ are on
$\\overline{AB}$ and $\\overline{BC}$, respectively"), named shapes ("square $ABCD$",
"the convex pentagon $ABCDE$", "triangle $PQR$ is right-angled at $P$"), and one question
about a length, an angle, an area or a perimeter.

Every word must be one this reader knows and every number must belong to a statement read:
what is not read makes the whole text unread (Decline), so no given is ever skipped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sympy as sp

from tutor.reasoning.symbolic.diagrams.figure import require
from tutor.reasoning.symbolic.parsing import parse_latex


@dataclass(frozen=True)
class Relation:
    """expr = 0, where each symbol stands for a length ("AB") or an angle in degrees
    ("ABC", "A"), as `names` says."""

    kind: str  # "length" or "angle"
    expr: sp.Expr
    names: tuple[tuple[sp.Symbol, str], ...]
    shown: str


@dataclass(frozen=True)
class Fact:
    """A statement in words: kind is "on", "midpoint", "parallel", "perpendicular",
    "shape", "congruent", "outside", "right-at", "trig"."""

    kind: str
    args: tuple[str, ...]
    value: sp.Expr | None = None

    def described(self) -> str:
        """The statement in words and maths, as a step shows it checked on the figure."""
        a = self.args
        if self.kind in ("on", "midpoint"):
            where = "on" if self.kind == "on" else "the midpoint of"
            return f"${a[0]}$ is {where} $\\overline{{{a[1]}}}$"
        if self.kind in ("parallel", "perpendicular"):
            sign = "\\parallel" if self.kind == "parallel" else "\\perp"
            return f"$\\overline{{{a[0]}}} {sign} \\overline{{{a[1]}}}$"
        if self.kind == "shape":
            return f"${a[1]}$ is a{'n' if (a[2:] or a[:1])[0][0] in 'aeiou' else ''} " \
                   f"{' '.join((*a[2:], a[0]))}"
        if self.kind == "right-at":
            return f"${a[0]}$ has a right angle at ${a[1]}$"
        if self.kind == "congruent":
            return f"$\\triangle {a[0]} \\cong \\triangle {a[1]}$"
        if self.kind == "on-line":
            return f"${a[0]}$ is on line ${a[1]}$"
        if self.kind in ("altitude", "median"):
            return f"${a[0]}$ is a{'n' if self.kind == 'altitude' else ''} {self.kind}"
        if self.kind == "bisects":
            return f"${a[0]}$ bisects $\\angle {a[1]}$"
        if self.kind == "outside":
            return f"${a[0]}$ is outside the {a[1]}"
        return f"$\\overline{{{a[0]}}}$ is a side of both shapes"


@dataclass(frozen=True)
class Question:
    kind: str  # "length", "angle", "area", "perimeter"
    target: str
    power: int = 1


@dataclass
class Statements:
    relations: list[Relation] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    question: Question | None = None


_NAME = re.compile(r"\s*(?:m\s*)?(\\triangle|\\Delta|\\overline|\\angle|\\square)?\s*\{?\s*"
                   r"([A-Z]{1,8})\s*\}?\s*")
_SEG = re.compile(r"(?:\\overline\s*\{\s*([A-Z]{2})\s*\}|(?<![A-Za-z\\])([A-Z]{2})(?![A-Za-z]))")
_DEG = re.compile(r"\s*(.+?)\s*\^\s*\{?\s*\\circ\s*\}?\s*")
_ANGLE = re.compile(r"\s*(?:m\s*)?\\angle\s*\{?\s*([A-Z]{1,3})\s*\}?\s*")
_TRIG = re.compile(r"\s*\\(sin|cos|tan)\s*\{?\s*(?:\\angle\s*)?([A-Z]{1,3})\s*\}?\s*")
_NUMBER = re.compile(r"\s*(?:\d|\.\d|\\frac|\\dfrac|\\tfrac|\\sqrt)[\d.\s{}\\a-z]*")
def name_of_maths(s: str) -> tuple[str, str] | None:
    """("\\triangle", "ABC") for "\\triangle ABC", ("", "D") for "D"; None for other maths."""
    m = _NAME.fullmatch(s)
    return (m.group(1) or "", m.group(2)) if m else None


def number_of_maths(s: str) -> sp.Expr:
    require(bool(_NUMBER.fullmatch(s)) and not re.search(r"[A-Z]", s), "a number I cannot read")
    value = parse_latex(s)
    require(not value.free_symbols and value.is_positive is True, "a number I cannot read")
    return value


def _length_relation(s: str) -> list[Relation]:
    """"AB = AC = 2", "AT/DT = 3", "CD = 2x + 4" (declined: a letter not a length)."""
    found: dict[str, sp.Symbol] = {}

    def put(m: re.Match[str]) -> str:
        seg = m.group(1) or m.group(2)
        key = "".join(sorted(seg))
        if key not in found:
            found[key] = sp.Symbol(f"s{len(found)}", positive=True)
        return f" {chr(ord('a') + list(found).index(key))} "

    plain = _SEG.sub(put, s)
    require(not re.search(r"[A-Z]", plain), "a length relation I cannot read")
    letters = set(re.findall(r"(?<!\\)\b[a-z]\b", re.sub(r"\\[a-z]+", " ", plain)))
    require(len(letters) == len(found), "a letter that is not a length")
    parts = [p for p in plain.split("=")]
    require(len(parts) >= 2 and all(p.strip() for p in parts), "a relation I cannot read")
    values = []
    for p in parts:
        e = parse_latex(p)
        e = e.subs({sp.Symbol(chr(ord("a") + i)): sym for i, sym in enumerate(found.values())})
        require(e.free_symbols <= set(found.values()), "a letter that is not a length")
        values.append(e)
    names = tuple((sym, key) for key, sym in found.items())
    require(bool(names), "a relation with no length")
    return [Relation("length", a - b, names, s) for a, b in zip(values, values[1:], strict=False)]


def _angle_relation(s: str) -> list[Relation]:
    """"\\angle A = \\angle B = 120^\\circ", "m\\angle C = 40^{\\circ}"."""
    found: dict[str, sp.Symbol] = {}
    values: list[sp.Expr] = []
    for part in s.split("="):
        a = _ANGLE.fullmatch(part)
        if a:
            found.setdefault(a.group(1), sp.Symbol(f"t{len(found)}", positive=True))
            values.append(found[a.group(1)])
            continue
        d = _DEG.fullmatch(part)
        values.append(number_of_maths(d.group(1) if d else part))
    require(len(values) >= 2 and bool(found), "an angle relation I cannot read")
    names = tuple((sym, key) for key, sym in found.items())
    return [Relation("angle", a - b, names, s) for a, b in zip(values, values[1:], strict=False)]


def maths_statement(s: str, out: Statements) -> bool:
    """Read one maths segment as statements; False when it is not a relation."""
    if re.search(r"\\parallel|\\perp|\|\|", s):
        kind = "perpendicular" if "\\perp" in s else "parallel"
        segs = [m.group(1) or m.group(2) for m in _SEG.finditer(s)]
        rest = _SEG.sub(" ", s)
        require(len(segs) >= 2 and not re.sub(r"\\parallel|\\perp|\|\||\s", "", rest),
                "a parallel or perpendicular statement I cannot read")
        require(kind == "parallel" or len(segs) == 2, "a perpendicular chain")
        out.facts += [Fact(kind, (a, b)) for a, b in zip(segs, segs[1:], strict=False)]
        return True
    if "=" not in s:
        return False
    trig = re.match(r"\s*\\(sin|cos|tan)", s)
    if trig:
        left, _, right = s.partition("=")
        t = _TRIG.fullmatch(left)
        require(t is not None and "=" not in right, "a trigonometric statement I cannot read")
        assert t is not None
        out.facts.append(Fact("trig", (t.group(1), t.group(2)), number_of_maths(right)))
        return True
    if "\\angle" in s or "\\circ" in s:
        out.relations += _angle_relation(s)
        return True
    out.relations += _length_relation(s)
    return True


__all__ = ["Fact", "Question", "Relation", "Statements", "maths_statement", "name_of_maths",
           "number_of_maths"]
