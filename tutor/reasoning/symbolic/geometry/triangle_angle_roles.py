"""Typed reader: the angles of an unnamed triangle told by their roles.

- An exterior angle and its two remote interior angles: "An exterior angle of a triangle
  measures 115 degrees and one of the remote interior angles measures 48 degrees. What is the
  other remote interior angle?", "... one remote interior angle is 15 degrees more than the
  other. What is the larger one?": the exterior angle is the sum of the two remote interior
  angles and the supplement of the interior angle beside it.
- The two acute angles of a right triangle told by a relation: "In a right triangle one acute
  angle is 20 degrees more than the other. What is the larger acute angle?", "One acute angle
  of a right triangle is four times the other": they add up to 90 degrees.

Each role becomes an unknown angle; each clause one linear relation, read by the named-angle
reader's grammar (`angle_relations`); the system must fix every angle, each between 0 and 180
degrees, and is confirmed by putting the angles back into every relation in exact fractions.
A clause it does not read, a named triangle or a second figure declines."""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.geometry.angle_relations import (
    number_token,
    relation_equation,
    solve_angle_system,
)
from tutor.reasoning.symbolic.geometry.figure_wording import spelled_numbers
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_DEGREES = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:\^\s*\{?\s*\\circ\s*\}?)?\s*")
_REMOTE = r"(?:remote|non-?adjacent|opposite|nonadjacent) interior angles?"
# (phrase, role) for each kind of story, longest phrases first
_EXTERIOR = [
    (r"(?:an|the) exterior angle(?: of (?:a|the|this) triangle)?", "E"),
    (r"(?:one of (?:the|its) (?:two )?|one |a )" + _REMOTE + r"(?: of (?:a|the) triangle)?",
     "P"),
    (r"the other (?:one|" + _REMOTE + r"|angle)|the other\b", "Q"),
    (r"the (?:adjacent )?interior angle (?:adjacent to|next to|beside) (?:it|the exterior "
     r"angle)|the adjacent interior angle", "A"),
]
_RIGHT = [
    (r"(?:one (?:of (?:the|its) )?acute angles?|one acute angle)(?: of (?:a|the) right "
     r"triangle)?", "P"),
    (r"the other (?:acute angle|one|angle)|the other\b", "Q"),
]
_ASK = re.compile(r"^(?:what is|find|how many degrees are in|what is the number of degrees in|"
                  r"how large is) (?:the (?:degree )?measure of )?(?:(ang_[A-Z])|the (larger|"
                  r"smaller|largest|smallest) (?:acute |remote interior |" + _REMOTE +
                  r" )?(?:angle|one|of the two))$")
_NAMES = {"E": "exterior", "P": "angle_1", "Q": "angle_2", "A": "interior"}


def read_triangle_angle_roles(split: Split, template: str) -> Result | None:
    if "angle" not in template or re.search(r"\btriangles? @\d+@", template):
        return None
    exterior = "exterior angle" in template and "triangle" in template
    right = re.search(r"\bright triangle\b", template) is not None and "acute angle" in template
    if exterior == right or len(re.findall(r"\btriangles?\b", template)) != 1:
        return None
    # "the two remote interior angles": not a number of the story
    template = re.sub(r"\b(the|its) two (?=(?:remote|non-?adjacent|opposite|nonadjacent) "
                      r"interior|acute)", r"\1 ", template)
    split, template = spelled_numbers(split, template)
    nums: list[Fraction] = []
    text = re.sub(r"@(\d+)@", lambda m: _piece(split.maths[int(m.group(1))], m.group(0), nums),
                  template)
    text = re.sub(r"\b(?:in|for) (?:a|the) right triangle,?|\bof (?:a|the) right triangle\b",
                  " ", text)
    for phrase, role in _EXTERIOR if exterior else _RIGHT:
        text = re.sub(r"\b" + phrase + r"\b", f"ang_{role}", text)
    text = re.sub(r"\b(?:the )?(?:degree )?measure of (?=ang_)", "", text)
    text = re.sub(r"\s+", " ", text)
    roles = "EPQA" if exterior else "PQ"
    ang = {r: sp.Symbol(_NAMES[r], positive=True) for r in roles}
    if exterior:
        eqs = [(ang["E"] - ang["P"] - ang["Q"], "an exterior angle is the sum of the two remote "
                "interior angles"),
               (ang["E"] + ang["A"] - 180, "the exterior angle and the interior angle beside it "
                "add up to 180 degrees")]
    else:
        eqs = [(ang["P"] + ang["Q"] - 90, "the two acute angles of a right triangle add up to "
                "90 degrees")]
    asked: sp.Symbol | str | None = None
    for clause in re.split(r"\s*(?:[.;?]|,? and (?=ang_)|, )\s*", text):
        clause = re.sub(r"^(?:if|also|then|and|so that|such that) ", "", clause.strip())
        clause = re.sub(r",? in degrees$", "", clause).removesuffix(" degrees").strip()
        if not clause:
            continue
        q = _ASK.match(clause)
        if q:
            if asked is not None:
                raise Decline("one angle asked expected")
            asked = ang[q.group(1)[4:]] if q.group(1) else (
                "largest" if q.group(2).startswith("larg") else "smallest")
            continue
        eqs.append(relation_equation(clause, ang, nums))
    if asked is None:
        return None
    if isinstance(asked, str):  # the larger of the two remote or acute angles
        return _extreme(eqs, ang, asked)
    return solve_angle_system(eqs, ang, asked, named="Call each angle by its role")


def _extreme(eqs: list[tuple[sp.Expr, str]], ang: dict, which: str) -> Result:
    """The larger or smaller of the pair P, Q: both must be fixed and differ."""
    value, steps = solve_angle_system(eqs, ang, ang["P"], named="Call each angle by its role")
    sol = sp.solve([e for e, _ in eqs], list(ang.values()), dict=True)[0]
    pair = (sol[ang["P"]], sol[ang["Q"]])
    if pair[0] == pair[1]:
        raise Decline("the two angles are equal: no larger one")
    value = max(pair) if which == "largest" else min(pair)
    shown = latex(value)
    return value, [*steps[:-1], step("read the asked angle", f"The "
                                     f"{'larger' if which == 'largest' else 'smaller'} of the "
                                     "two.", f"${shown}$", shown)]


def _piece(src: str, placeholder: str, nums: list[Fraction]) -> str:
    d = _DEGREES.fullmatch(src)
    if d:
        return number_token(Fraction(d.group(1)), nums)
    v = number(src)
    if v is not None and v.is_Rational:
        return number_token(Fraction(int(v.p), int(v.q)), nums)
    return placeholder


__all__ = ["read_triangle_angle_roles"]
