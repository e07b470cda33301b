"""Whether a maths segment's `=` is an equality of numbers as written (`chains.py`): no
congruence, `±`, set, angle, limit or other sign that it means something else, no words
around it that say so, and not asked ("36 + 64 = 110? No: ...")."""

from __future__ import annotations

import re

from tutor.verify.extract.claim import SAID_FALSE, not_equality_prose
from tutor.verify.extract.plusminus import PLUS_MINUS
from tutor.verify.segments import Segment

__all__ = ["ASKED", "NOT_EQUALITY", "comparable_text"]

# Things that make a claim's `=` mean something other than equality of values.
NOT_EQUALITY = re.compile(
    r"\\pmod|\\bmod|\\mod|\\equiv|≡|\bmod\b|remainder|\\pm|\\mp|±|\\cup|\\cap|\\in\b|"
    r"\\subset|\\infty|\\lim|\\sum|\\prod|\\int|\\begin|\\end|\\vec|\\overline|"
    r"\\angle|\\triangle|\\circ|°|\\deg|\\%\s*\\text|base|\\lfloor|\\lceil|\\mid|:",
    re.IGNORECASE,
)
ASKED = re.compile(r"[ \t]*\?")  # "36 + 64 = 110?": asked, not stated
# "5*7 = 36, I mean 35": the segment takes the `I` as a letter of its maths
_TRAILING_I = re.compile(r"[,;]?\s*\bI$")


def comparable_text(text: str, seg: Segment) -> bool:
    """The segment's maths (`text`, the segment's own or a reading of it) is an equality of
    numbers as written; a `±` only matters to the claims it is in (see expand_plus_minus)."""
    return not NOT_EQUALITY.search(PLUS_MINUS.sub("+", text)) \
        and not not_equality_prose(seg.before[-60:] + " " + seg.text + " " + seg.after[:30]) \
        and not SAID_FALSE.match(seg.after) and not ASKED.match(seg.after) \
        and not (_TRAILING_I.search(seg.text) and SAID_FALSE.match(f" I{seg.after}"))
