"""Reader of how many pieces (or servings) of one size a whole makes: "A rope is 15 m long. It
is cut into pieces 0.75 m long. How many pieces?", "How many pieces 8 inches long can be cut
from a 6-foot board?", "How many 1/4 cup servings are in 3 cups?".

The whole and the piece are each a measure with a unit of one kind (`units.factor`, exact;
"m" is a meter here, beside a length); the count is the whole over the piece. It must come out
a whole number, or the question must ask for whole pieces ("how many whole pieces", "how many
full servings"), when the count is the whole part; anything else declines (a piece left over
is no piece). Confirmed by adding the piece up count times (and once more, past the whole).
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.wording import NUM

_U = r"(?P<{}>[a-z]+)"
# a word before the thing may name what it is made of or is for ("a steel pipe"), never a
# measure across it or a shape ("a 6-foot wide board": 6 feet is not its length)
_ACROSS = r"(?!(?:wide|broad|deep|thick|square|round|circular|rectangular|flat)\b)"
_THING = _ACROSS + r"(?:[a-z]+ )?(?:rope|ribbon|string|wire|board|pipe|rod|cable|log|plank|"\
         r"strip|cloth|fabric|tape|hose|chain|bar|stick|roll|piece of [a-z]+)"
_PIECE = r"(?:pieces|lengths|sections|strips|parts|bits)"
_WHOLE_IS = (rf"(?:an?|the) (?P<thing>{_THING}) is (?P<t>{NUM}) {_U.format('tu')} long"
             rf"|(?:an?|the) (?P<t2>{NUM}) -?{_U.format('tu2')} (?P<thing2>{_THING})")
_CUT = (rf"(?:it|the (?:{_THING})) is cut into (?:equal )?{_PIECE}(?: that are)?(?: each)?"
        rf"(?: of length)? (?P<l>{NUM}) {_U.format('lu')}(?: long)?")
_CUT_WITH = (rf"(?:{_WHOLE_IS}) is cut into (?:equal )?{_PIECE}(?: that are)?(?: each)?"
             rf"(?: of length)? (?P<l>{NUM}) {_U.format('lu')}(?: long)?")
_ASK = (rf"how many (?P<whole>whole |full |complete )?{_PIECE}(?: (?:are there|does (?:it|he|she|"
        rf"they) get|(?:are|were|can be) (?:made|cut)))?")
_FORMS = [re.compile(p) for p in (
    rf"(?:{_WHOLE_IS})\. {_CUT}\. {_ASK}",
    rf"{_CUT_WITH}\. {_ASK}",
    rf"how many (?P<whole>whole |full |complete )?{_PIECE} (?P<l>{NUM}) {_U.format('lu')} long "
    rf"can (?:be cut|you cut|be made) (?:from|out of) (?:an?|the) (?P<t2>{NUM}) -?"
    rf"{_U.format('tu2')} (?P<thing2>{_THING})",
    rf"how many (?P<l>{NUM}) -?{_U.format('lu')} (?P<whole>)(?:servings|portions|helpings|"
    rf"scoops|glasses|bottles|pieces) (?:are (?:there )?in|can be (?:made|poured|served|filled) "
    rf"(?:from|with)) (?P<t>{NUM}) {_U.format('tu')}(?: of [a-z]+)?",
)]


def pieces_of_a_length(split: Split, template: str) -> Result | None:
    if "how many" not in template:
        return None
    text = wording.of(split, template).text.strip().rstrip("?. ").strip()
    m = next((m for p in _FORMS if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    whole_u = units.unit(g.get("tu") or g["tu2"])
    piece_u = units.unit(g["lu"])
    if whole_u is None or piece_u is None:
        return None
    per = units.factor(whole_u, piece_u)  # pieces' units in one unit of the whole
    if per is None:
        raise Decline("the whole and the piece measured in units of one kind")
    told = wording.value(g.get("t") or g["t2"])
    total = told * per
    piece = wording.value(g["l"])
    if piece <= 0 or total <= 0:
        raise Decline("positive measures")
    count = total / piece
    whole_asked = bool(g.get("whole", "").strip())
    if count.denominator != 1 and not whole_asked:
        raise Decline("the pieces do not use the whole exactly: whole pieces, or a part?")
    n = math.floor(count)
    confirm.check(n * piece <= total < (n + 1) * piece,
                  f"{n} pieces fit in the whole and {n + 1} do not")
    return sp.Integer(n), _steps(told, total, piece, count, n, whole_u, piece_u, per)


def _steps(told: Fraction, total: Fraction, piece: Fraction, count: Fraction, n: int,
           whole_u: str, piece_u: str, per: Fraction) -> list:
    tex = nw.tex_of
    out = []
    if per != 1:
        claim = f"{tex(told)} \\cdot {tex(per)} = {tex(total)}"
        out.append(step("one unit", f"Write the whole in the piece's unit: one {whole_u} is "
                        f"{tex(per)} {piece_u}s.", f"${claim}$", claim))
    claim = f"{tex(total)} \\div {tex(piece)} = {tex(count)}"
    out.append(step("divide", "The number of pieces is the whole divided by one piece.",
                    f"${claim}$", claim))
    if count.denominator != 1:
        out.append(step("whole pieces", "Only whole pieces count: take the whole part.",
                        f"$\\lfloor {tex(count)} \\rfloor = {n}$",
                        f"\\lfloor {tex(count)} \\rfloor = {n}"))
    return out


__all__ = ["pieces_of_a_length"]
