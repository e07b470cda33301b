"""The maths pieces of a story of points on a line or rays about a vertex, as typed tokens
for `divided_spans`: `pt_P` a point, `seg_AB` a segment (or a ray BA), `ang_ABC` an angle,
`num_i` a positive number, `rat_AB_CD` a quotient of two measures, and `rel_i` a chain of
equal measures written as maths (`AB = BC = CD`, `AC = 2CB`, `\\angle ABD = 35^\\circ`),
each side a sum of multiples of measures and numbers. Plain text keeps names in lower case
("segment ab", "point c", "what is ap"); they are read as names when their letters are the
problem's. A piece that is anything else makes the story not ours (None)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.parsing import Split

Told = list[tuple[sp.Basic, str | None]]  # coefficient times a measure's name, or a constant


def tokens(split: Split, template: str, nums: list[sp.Basic],
            rels: list[list[Told]]) -> str | None:
    """The template with each piece as a typed token: pt_P, seg_AB, ang_ABC, num_i, rat_AB_CD
    for a quotient, rel_i for a chain of equal measures (`AB = 2BC = 12`, kept in `rels`);
    None when a piece is something else."""
    letters = set("".join(re.findall(r"[A-Z]", " ".join(split.maths))))

    def token(m: re.Match[str]) -> str:
        raw = split.maths[int(m.group(1))]
        if "=" in raw:
            rels.append([_side(side) for side in raw.split("=")])
            return f" rel_{len(rels) - 1} "
        src = re.sub(r"\\overline\s*|\\left|\\right|m\s*(?=\\angle)|\{|\}|\s+", "", raw)
        src = re.sub(r"\^\\circ|\\circ|\^\{\\circ\}", "", src)
        frac = re.fullmatch(r"\\[dt]?frac([A-Z]{2,3})([A-Z]{2,3})|([A-Z]{2,3})/([A-Z]{2,3})", src)
        if frac:
            a, b = (frac.group(1), frac.group(2)) if frac.group(1) else (frac.group(3),
                                                                         frac.group(4))
            return f" rat_{a}_{b} "
        if re.fullmatch(r"[a-z]", src):
            return f" var_{src} "
        name = _name(src) or _value(src, nums)
        if name is None:
            raise _NotOurs
        return f" {name} "

    try:
        text = re.sub(r"@(\d+)@", token, template)
    except _NotOurs:
        return None
    # plain text keeps names in lower case: "segment ab", "point c", then "what is ap"
    said = re.compile(r"\b(?:(?:segment|ray) ([a-z]{2})|points? ([a-z]))\b")
    for m in said.finditer(text):  # a name after "segment", "ray", "point": a name for sure
        letters |= set((m.group(1) or m.group(2)).upper())
    text = said.sub(lambda m: m.group(0)[:-2] + f"seg_{m.group(1).upper()}" if m.group(1)
                    else m.group(0)[:-1] + f"pt_{m.group(2).upper()}", text)
    text = re.sub(r"\b(and|between) ([a-z])\b", lambda m: f"{m.group(1)} pt_{m.group(2).upper()}"
                  if m.group(2).upper() in letters else m.group(0), text)
    text = re.sub(r"\b[a-z]{2}\b", lambda m: f"seg_{m.group(0).upper()}" if m.group(0) not in
                  _WORDS and set(m.group(0).upper()) <= letters else m.group(0), text)
    return re.sub(r" +,", ",", text)


# two-letter English words never read as a segment's name
_WORDS = frozenset("am an as at be by do go he if in is it me my no of on or so to up us we"
                   .split())


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


_COEF = r"\d+(?:\.\d+)?|\\[dt]?frac\{\d+\}\{\d+\}|\d+/\d+"
_TERM = re.compile(rf"(?P<sign>[+-]?)(?P<coef>{_COEF})?(?:\\cdot|\\times)?(?:(?P<seg>[A-Z]{{2}})|"
                   rf"\\angle(?P<ang>[A-Z]{{3}})|(?P<unknown>[a-z])(?![a-z]))|"
                   rf"(?P<nsign>[+-]?)(?P<num>{_COEF})")


def _side(src: str) -> Told:
    """One side of a relation: terms `2CB`, `\\frac{1}{3} AB`, `\\angle ABD`, `27`, `35^\\circ`
    and multiples of one-letter unknowns (`3x`, kept as constants holding the symbol), with +
    or - before every term but the first; anything else is not ours."""
    src = re.sub(r"\\overline\s*\{([A-Z]{2})\}|\\overline\s*([A-Z]{2})", lambda m: m.group(1) or
                 m.group(2), src)
    src = re.sub(r"m\s*(?=\\angle)|\\angle\s*\{([A-Z]{3})\}", lambda m: rf"\angle {m.group(1)}"
                 if m.group(1) else "", src)
    src = re.sub(r"\^\s*\{?\s*\\circ\s*\}?|\s+|\\,|\\text\{\s*(?:cm|units?|m)\s*\}", "", src)
    terms: Told = []
    at = 0
    while at < len(src):
        m = _TERM.match(src, at)
        sign = m and (m.group("sign") or m.group("nsign"))
        if m is None or m.end() == at or bool(sign) != bool(terms):
            raise _NotOurs
        coef = m.group("num") or m.group("coef")
        v = number(coef) if coef else sp.Integer(1)
        if v is None or not v.is_positive:
            raise _NotOurs
        v = -v if sign == "-" else v
        if m.group("unknown"):
            terms.append((v * sp.Symbol(m.group("unknown")), None))
        else:
            terms.append((v, m.group("seg") or m.group("ang")))
        at = m.end()
    if not terms:
        raise _NotOurs
    return terms


__all__ = ["Told", "tokens"]
