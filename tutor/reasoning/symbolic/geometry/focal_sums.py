"""Typed reader: an ellipse or hyperbola told by its foci and the sum (or difference) of the
distances from its points to them.

"Let $F_1 = (1, 2)$ and $F_2 = (7, 2)$. Then the set of points $P$ such that
$PF_1 + PF_2 = 10$ form an ellipse. Its equation can be written as ... Find $h + k + a + b$",
"... such that $|PF_1 - PF_2| = 6$ forms a hyperbola", "An ellipse has foci $(2, 1)$ and
$(2, 7)$, and the sum of the distances from any point on it to the foci is 10. Find the
length of its minor axis."

The sum (difference) is 2a; the curve is then built as for foci and a point
(`conic_foci.conic_by_axis`) and the asked part read the same way. Confirmed independently:
the foci of the equation found are the given ones, 2a is the given sum, and points worked
out round the curve have the focal property (`conics.confirm_on_curve`).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import conics
from tutor.reasoning.symbolic.geometry.conic_foci import (
    ASK,
    FOCI,
    FORM,
    VOCAB,
    asked_value,
    conic_by_axis,
)
from tutor.reasoning.symbolic.geometry.conic_questions import take_stated_form
from tutor.reasoning.symbolic.geometry.reading import as_point
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_SAID = re.compile(r",? ?(?:and )?(?:the )?(?P<op>sum|difference) of (?:the |its )?distances "
                   r"(?:from (?:any|each|every) point (?:on|of) (?:it|the (?:ellipse|hyperbola)) "
                   r"to (?:the|its) (?:two )?foci )?is (?:always )?@(?P<d>\d+)@")
_NAMED = re.compile(r"(?:let |suppose )?@(?P<a>\d+)@,? and @(?P<b>\d+)@[.,]?")
_SET = re.compile(r"(?:then )?the set of (?:all )?points @(?P<p>\d+)@ such that @(?P<rel>\d+)@ "
                  r"forms? an? (?P<kind>ellipse|hyperbola)")
_NAME_IS = re.compile(r"^\s*([A-Z](?:_\s*\{?\s*\w\s*\}?)?)\s*=\s*(\(.+\))\s*$")
MORE = frozenset("let suppose then set all points such that form forms sum difference "
                 "distances from any each every on to always two whose".split())


def _bare(s: str) -> str:
    return re.sub(r"\\left|\\right|[\s_{}]", "", s)


def read(split: Split, template: str) -> Result | None:
    template = re.sub(r"\s+", " ", template.lower())
    if not words_within(template, VOCAB | MORE):
        return None
    ask, said, named = ASK.search(template), _SAID.search(template), _SET.search(template)
    if ask is None or (said is None) == (named is None):
        return None
    matched: tuple[re.Match[str], ...]
    if said:
        foci = FOCI.search(template)
        kinds = {"ellipse", "hyperbola"} & set(re.findall(r"[a-z]+", template))
        if foci is None or len(kinds) != 1:
            return None
        matched = (foci, said, ask)
        f1, f2 = (as_point(split.maths[int(foci.group(g))]) for g in ("f1", "f2"))
        kind, op = kinds.pop(), "+" if said.group("op") == "sum" else "-"
        d = parse_latex(split.maths[int(said.group("d"))])
    else:
        lets = _NAMED.search(template[:named.start()]) if named else None
        if lets is None or named is None:
            return None
        matched = (lets, named, ask)
        kind, f1, f2, op, d = _named(split, lets, named)
    form_m, all_read = take_stated_form(template, matched, FORM)
    if not all_read:
        return None
    if f1 is None or f2 is None or len(f1) != 2 or len(f2) != 2:
        raise Decline("two foci in the plane")
    if op != ("+" if kind == "ellipse" else "-"):
        raise Decline("an ellipse adds the distances; a hyperbola takes their difference")
    if not (isinstance(d, sp.Expr) and d.is_number and d.is_positive):
        raise Decline("a positive sum or difference of distances")
    g1, g2 = sp.Tuple(*f1), sp.Tuple(*f2)
    cn = conic_by_axis(kind, g1, g2, d / 2)
    value = asked_value(cn, split, ask, form_m)
    confirm.check({tuple(q) for q in cn.along_axis(cn.c)} == {tuple(g1), tuple(g2)}
                  and sp.simplify(2 * cn.a - d) == 0,
                  "the curve found has the given foci and 2a equal to the given distance")
    conics.confirm_on_curve(cn, foci=True)
    shown = value if isinstance(value, str) else latex(value)
    return value, [
        step("find a, b and c", "The distances to the foci " + (
            "add up to 2a and b^2 = a^2 - c^2" if kind == "ellipse" else
            "differ by 2a and b^2 = c^2 - a^2") + "; the foci are 2c apart.",
            f"$a = {latex(cn.a)}$, $c = {latex(cn.c)}$, $b = {latex(cn.b)}$", ""),
        step("write the equation", "Centre at the midpoint of the foci, the axis along the "
             "line through them.", f"${conics.standard_form(cn)}$, so the answer is "
             f"${shown}$", "")]


def _named(split: Split, lets: re.Match[str], named: re.Match[str]
           ) -> tuple[str, tuple | None, tuple | None, str, sp.Basic]:
    """Two foci named by letters, and the relation on the distances to them."""
    found = [_NAME_IS.match(split.maths[int(lets.group(g))]) for g in ("a", "b")]
    if not all(found):
        raise Decline("two foci named by letters")
    names = [_bare(m.group(1)) for m in found if m]
    points = [as_point(m.group(2)) for m in found if m]
    p = _bare(split.maths[int(named.group("p"))])
    src = split.maths[int(named.group("rel"))]
    rel = _bare(src)
    if not re.fullmatch(r"[A-Z]", p) or p in names or names[0] == names[1]:
        raise Decline("a point named apart from the foci")
    one, two = (re.escape(p + n) for n in names)
    m = re.fullmatch(rf"(\|?)(?:{one}(?P<o1>[+-]){two}|{two}(?P<o2>[+-]){one})(\|?)=(?P<d>.+)",
                     rel)
    if m is None or m.group(1) != m.group(4) or (m.group("o1") or m.group("o2")) == "+" \
            and m.group(1):
        raise Decline("the sum or difference of the distances to the foci")
    op = m.group("o1") or m.group("o2")
    return named.group("kind"), points[0], points[1], op, parse_latex(src.rsplit("=", 1)[1])


__all__ = ["read"]
