"""Typed reader: how many diagonals a prism or a pyramid has (a cube, a box, a tetrahedron).

"How many space diagonals does a cube have?", "How many face diagonals does a hexagonal prism
have?", "What is the number of interior diagonals of a pentagonal prism?", and a diagonal the
words define: "A segment which joins two vertices not joined by an edge is called a diagonal.
How many diagonals does an octagonal prism have?". A space diagonal joins two corners on no
common face; a face diagonal joins two corners of one face that are not joined by its edge.
"Diagonals" of a solid with no word saying which reads two ways (on the faces too, or only
through the inside): declines naming both.

A prism on an n-gon: face diagonals n(n - 3) + 2n (two n-gons, n rectangles), space
diagonals n(n - 3), and C(2n, 2) - 3n pairs of corners not joined by an edge; a pyramid:
n(n - 3)/2 on its base, none through the inside. Confirmed by building the solid as lists
(`polyhedron_parts.solid_faces`) and sorting every pair of corners: an edge, on one face, or
on none. Facts the words tell about the solid ("A cube has eight vertices and twelve edges")
must be its own."""

from __future__ import annotations

import re
from itertools import combinations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.polyhedron_parts import BASES, NAMED_SOLIDS, solid_faces
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_KIND = r"(?:(?P<which>space|interior|internal|face) )?diagonals"
_SOLID = (r"(?:a|an|the) (?:right )?(?:regular )?(?:(?P<base>" + "|".join(BASES) +
          r") (?P<kind>prism|pyramid)|(?P<named>" + "|".join(NAMED_SOLIDS) + r"))")
_ASKS = [re.compile(p) for p in (
    rf"how many {_KIND} does {_SOLID} have",
    rf"{_SOLID} has how many {_KIND}",
    rf"(?:what is |find )?the (?:total )?number of {_KIND} (?:of|on|in) {_SOLID}",
)]
# a definition: "a segment (such as x) which joins two vertices not joined by an edge is
# called a diagonal", "... that do not lie on a common face is called a space diagonal"
_DEFINED = re.compile(
    r"(?:a|any) (?:line )?segment,?(?: such as @\d+@,?)? (?:which|that) (?:joins|connects) two "
    r"(?:vertices|corners)(?: that are)? (?P<not>not joined by an edge|not connected by an edge|"
    r"that are not joined by an edge|that do not lie on (?:a|the same|a common) face|not on the "
    r"same face|that are not on the same face),? is called an? (?:space )?diagonal")
_EXAMPLE = re.compile(r"(?:segment )?@\d+@ is (?:also )?an?(?: other)? (?:space )?diagonal")
_NUMBERS = {"four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10, "twelve": 12,
            "eighteen": 18}
_TOLD = re.compile(r"(?P<count>@\d+@|" + "|".join(_NUMBERS) + r") (?P<part>vertices|edges|faces)"
                   r"(?: \((?:corners|sides)\))?")


def read_polyhedron_diagonals(split: Split, template: str) -> Result | None:
    if "diagonal" not in template:
        return None
    text = re.sub(r"\[asy\].*?\[/asy\]", " ", template, flags=re.S).lower()
    sentences = [s.strip(" ,.?") for s in re.split(r"(?<=[.?])\s+", " ".join(text.split()))]
    sentences = [s for s in sentences if s]
    if not sentences:
        return None
    m = next((m for p in _ASKS if (m := p.fullmatch(sentences[-1]))), None)
    if m is None:
        return None
    n, kind = NAMED_SOLIDS[m.group("named")] if m.group("named") else (
        BASES[m.group("base")], m.group("kind"))
    counts = _sorted_pairs(n, kind)
    said: str | None = m.group("which")
    which = {"interior": "space", "internal": "space"}.get(said, said) if said else None
    for sentence in sentences[:-1]:
        which = _context(split, sentence, which, m, counts)
    if which is None:
        raise Decline("diagonals of a solid read two ways: those on its faces too, or only "
                      "those through its inside (space diagonals)")
    return _answer(n, kind, which, counts)


def _context(split: Split, sentence: str, which: str | None, asked: re.Match[str],
             counts: dict[str, int]) -> str | None:
    """One sentence before the question: a definition of "diagonal", an example of one, or
    facts about the same solid (checked); anything else is not read."""
    defined = _DEFINED.fullmatch(sentence)
    if defined is not None:
        meant = "joined" if "edge" in defined.group("not") else "space"
        return meant if which is None else which  # "space diagonals" asked: those
    if _EXAMPLE.fullmatch(sentence):
        return which
    solid = asked.group("named") or f"{asked.group('base')} {asked.group('kind')}"
    said = re.fullmatch(rf"(?:a|an|the) {solid} has (?P<facts>.+)", sentence)
    if said is None:
        raise Decline("a sentence about the solid that is not read")
    facts = _TOLD.findall(said.group("facts"))
    rest = _TOLD.sub(" ", said.group("facts"))
    if not facts or re.sub(r"\b(?:and)\b|,", " ", rest).strip():
        raise Decline("a sentence about the solid that is not read")
    for count, part in facts:
        value = _NUMBERS.get(count) or number(split.maths[int(count.strip("@"))])
        if value != counts[part]:
            raise Decline(f"the solid told has another number of {part}")
    return which


def _sorted_pairs(n: int, kind: str) -> dict[str, int]:
    """Every pair of the solid's corners sorted: joined by an edge, on one face (a face
    diagonal), or on no common face (a space diagonal)."""
    corners, faces = solid_faces(n, kind)
    edges = {frozenset((a, b)) for f in faces for a, b in zip(f, f[1:] + f[:1], strict=True)}
    out = {"vertices": len(corners), "edges": len(edges), "faces": len(faces), "face": 0,
           "space": 0, "joined": 0}
    for a, b in combinations(corners, 2):
        if frozenset((a, b)) in edges:
            continue
        out["joined"] += 1
        out["face" if any(a in f and b in f for f in faces) else "space"] += 1
    return out


def _answer(n: int, kind: str, which: str, counts: dict[str, int]) -> Result:
    v = 2 * n if kind == "prism" else n + 1
    e = 3 * n if kind == "prism" else 2 * n
    face = n * (n - 3) + 2 * n if kind == "prism" else n * (n - 3) // 2
    pairs = v * (v - 1) // 2 - e
    value = {"face": face, "space": pairs - face, "joined": pairs}[which]
    confirm.check(counts[which] == value, "sorting every pair of corners of the solid built as "
                  "lists (an edge, on one face, on none) gives the same number")
    on_faces = (f"2 \\cdot {n * (n - 3) // 2} + {n} \\cdot 2 = {face}" if kind == "prism" else
                f"\\frac{{{n} \\cdot {n - 3}}}{{2}} = {face}")
    claim = {"face": on_faces, "joined": f"\\binom{{{v}}}{{2}} - {e} = {pairs}",
             "space": f"\\binom{{{v}}}{{2}} - {e} - {face} = {pairs - face}"}[which]
    told = {"face": "diagonals on its faces", "space": "diagonals through its inside",
            "joined": "segments joining two corners not joined by an edge"}[which]
    return sp.Integer(value), [
        step("count the corners and edges", f"The {kind} on a {n}-gon has {v} vertices and "
             f"{e} edges; its faces hold {face} diagonals.", f"$V = {v}$, $E = {e}$", ""),
        step(f"the {told}", "Pairs of corners, less the edges" + (
            " and the diagonals on the faces." if which == "space" else "."),
             f"${claim}$", claim)]


__all__ = ["read_polyhedron_diagonals"]
