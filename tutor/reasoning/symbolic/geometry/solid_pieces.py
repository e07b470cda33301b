"""Typed reader: the volume of one of several congruent pieces a solid is cut into.

"A sphere is cut into four congruent wedges. The circumference of the sphere is $12\\pi$
inches. What is the volume of one wedge?", "A cylinder with radius 2 and height 9 is sliced
into 3 congruent pieces: what is the volume of each piece?", "A sphere of radius 6 is cut
into two congruent hemispheres ...": congruent pieces have equal volumes that add up to the
whole, so one piece holds the whole solid's volume over their number. Only a volume is read
(the pieces' surface areas gain the cut faces). The cut is taken out of the problem and the
question asked of the whole solid ("the volume of the sphere"), which the other readers
answer and confirm their own way; any other mention of the pieces declines. Confirmed again
here: the count times the piece's volume, at 40 digits, is the whole volume."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.problem_text import without_slot
from tutor.reasoning.symbolic.spelled_maths import number_words

_COUNTS = number_words([*range(2, 11), 12])
_SOLIDS = r"(sphere|ball|cylinder|cone|cube|hemisphere|box|rectangular prism|prism|pyramid)"
_PIECES = {"wedges": "wedge", "pieces": "piece", "parts": "part", "slices": "slice",
           "sections": "section", "halves": "half", "hemispheres": "hemisphere"}
_CUT = re.compile(r"(?:,? which)? (?:is |was |has been |gets |are )?(?:cut|sliced|divided|split|"
                  r"chopped) (?:up )?into (?:(@\d+@|" + "|".join(_COUNTS) + r") )?(congruent |"
                  r"equal |identical )?(" + "|".join(_PIECES) + r")\b")
_SOLID_BEFORE = re.compile(r"\b(?:a|an|the) (?:solid |right |circular |rectangular )*"
                           + _SOLIDS + r"\b")


def read_solid_pieces(split: Split, template: str) -> Result | None:
    if ("volume" not in template and "cubic" not in template) or "[asy]" in template:
        return None
    cuts = list(_CUT.finditer(template))
    if not cuts:
        return None
    if len(cuts) > 1:
        raise Decline("one cut of one solid expected")
    cut = cuts[0]
    pieces = cut.group(3)
    count = _count(split, cut)
    if pieces in ("halves", "hemispheres") and count not in (None, 2):
        raise Decline(f"{pieces} come two to a solid")
    if pieces not in ("halves", "hemispheres") and (count is None or not cut.group(2)):
        raise Decline("a number of congruent pieces expected")
    count = count or 2
    sentence_start = template.rfind(".", 0, cut.start()) + 1
    cut_from = cut.start()
    if template[sentence_start:cut.start()].strip() == "it":  # "... a cylinder. it is cut"
        cut_from = sentence_start
        sentence_start = template.rfind(".", 0, max(sentence_start - 1, 0)) + 1
    solids = list(_SOLID_BEFORE.finditer(template, sentence_start, cut.start()))
    if len(solids) != 1:
        raise Decline("the solid that is cut, named once before the cut")
    solid = solids[0].group(1)
    if pieces == "hemispheres" and solid not in ("sphere", "ball"):
        raise Decline("only a sphere is cut into hemispheres")
    one = _PIECES[pieces]
    asked = re.compile(r"\b(?:(?:the )?volume of|how many cubic [a-z]+ (?:are |is )?(?:there )?in) "
                       r"(?:one|each|a single|any one|one of the|each of the|a) "
                       rf"(?:{one}|{pieces})\b")
    questions = list(asked.finditer(template))
    if len(questions) != 1 or questions[0].start() < cut.end() or re.match(
            r"[^.?!]*\b(?:and|or)\b", template[questions[0].end():]):
        raise Decline(f"the volume of one {one} asked once, after the cut")
    rest = template[:cut_from] + template[cut.end():questions[0].start()] + \
        template[questions[0].end():]
    after_cut = template[cut.end():questions[0].start()] + template[questions[0].end():]
    if re.search(rf"\b(?:{one}|{pieces})\b", rest) or re.search(
            r"\b(?:weight|mass|cost|painted)\b", rest) or re.search(
            r"\b(?:surface|area|lateral)\b", after_cut):  # the whole told by its surface
        raise Decline(f"the {pieces} are told or asked about otherwise")
    whole_template = template[:cut_from] + template[cut.end():questions[0].start()] + \
        ("what is " if questions[0].group(0).startswith("how") else "") + \
        f"the volume of the {solid}" + template[questions[0].end():]
    whole_split = Split(whole_template, list(split.maths))
    if cut.group(1) and cut.group(1).startswith("@"):
        whole_split = without_slot(whole_template, list(split.maths), int(cut.group(1)[1:-1]))
    return _piece(whole_split, count, one, solid)


def _count(split: Split, cut: re.Match[str]) -> int | None:
    said = cut.group(1)
    if said is None:
        return None
    if said in _COUNTS:
        return _COUNTS[said]
    v = number(split.maths[int(said[1:-1])])
    if v is None or not v.is_integer or not v >= 2 or v > 1000:
        raise Decline("a whole number of pieces, at least two")
    return int(v)


def _piece(whole: Split, count: int, one: str, solid: str) -> Result:
    from tutor.reasoning.symbolic.typed import read_typed

    got = read_typed(whole, whole.template)
    if got is None or isinstance(got, str):
        raise Decline(got or f"the volume of the whole {solid} is not read")
    volume, steps = got
    if not isinstance(volume, sp.Expr):  # an answer given as text is never parsed here
        raise Decline(f"the volume of the whole {solid} as a number")
    if not volume.is_positive:
        raise Decline(f"a positive volume of the {solid}")
    value = sp.nsimplify(volume / count) if volume.is_rational else sp.simplify(volume / count)
    with mpmath.workdps(40):
        total = mpmath.mpf(sp.N(value, 45)) * count
        whole_value = mpmath.mpf(sp.N(volume, 45))
        ok = abs(total - whole_value) < mpmath.mpf(10) ** -30 * whole_value
    confirm.check(bool(ok), f"{count} {one}s of that volume make up the whole {solid}")
    claim = f"\\frac{{{latex(volume)}}}{{{count}}} = {latex(value)}"
    return value, [*steps, step(f"one {one}", f"The {count} congruent {one}s share the "
                                f"{solid}'s volume equally.", f"${claim}$", latex(value))]


__all__ = ["read_solid_pieces"]
