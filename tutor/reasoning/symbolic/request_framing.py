"""The words a student puts round a problem that never change what is asked: a label pasted
from a worksheet ("Question 3:", "Q4)", "Problem 2.", "Exercise 5b:", "#7", "1.") and a
request for help ("pls help:", "quick q:", "can someone explain how to solve ...", "how do I
find ...", "I need the ... if ..."). `unframed` takes them off the front, so the problem
reads as the readers read it; the rest of the text stays as typed.

Only a frame that ends before the problem is taken off: a label needs its number and a
stop (":", ".", ")"), a plea its own stop ("pls help: ..."), and "how do I" a verb of
working after it ("how do I find", never "how do I know"). A number with a stop opens a
label only when a word or a bracket follows it ("1. Find ...", never "1.5 + 2").
"""

from __future__ import annotations

import re

# "Question 3:", "Q4)", "Problem 2.", "Ex. 5b:", "#7", "HW 3 -": a worksheet's label
_LABEL = re.compile(
    r"^\s*(?:(?:question|problem|exercise|task|q|ex|prob|hw|homework)\.?\s*(?:no\.?\s*)?"
    r"#?\s*\d{1,3}[a-z]?\s*(?:[:.)]|\s-)|#\s*\d{1,3}[a-z]?\s*[:.)]?|\d{1,2}[a-z]?[.)])"
    r"\s+(?=[A-Za-z(√∛$\\])", re.I)
# "pls help:", "help!", "quick q:", "hi, quick question -": a plea with its own stop
_PLEA = re.compile(
    r"^\s*(?:(?:hi|hey|hello)[,!]?\s+)?(?:(?:pls|please|plz)\s+)?(?:help(?: me)?(?: pls| please"
    r"| plz)?|quick (?:q|question)|question|stuck on this|i'?m stuck)\s*(?:[:!-]+|\.\.\.)\s*", re.I)
# "can someone explain how to solve", "how do I find", "how would you work out": the verb
_HOW_TO = re.compile(
    r"^\s*(?:(?:can|could) (?:someone|anyone|you) (?:please )?(?:explain |show me |tell me )?"
    r"how (?:to|do (?:you|i|we)|would (?:you|i))|how (?:do|can|would|should) (?:i|you|we)"
    r"|how to)\s+(?=(?:find|solve|calculate|compute|work out|figure out|simplify|factor"
    r"|factori[sz]e|expand|evaluate|convert|differentiate|integrate)\b)", re.I)
# "I need the hypotenuse if ...": the quantity asked
_NEED_THE = re.compile(r"^\s*i (?:need|want) (?=the\b)", re.I)


def unframed(text: str) -> str:
    """The text without its worksheet label or request for help; the text itself when it
    has neither."""
    out = _LABEL.sub("", text, count=1)
    out = _PLEA.sub("", out, count=1)
    out = _LABEL.sub("", out, count=1)  # "pls help: Q3) ..."
    out = _NEED_THE.sub("find ", _HOW_TO.sub("", out, count=1), count=1)
    return out if out.strip() else text


__all__ = ["unframed"]
