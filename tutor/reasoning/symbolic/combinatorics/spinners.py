"""Spinners of equal sections numbered 1 to n are n-sided dice: "Two spinners are each divided
into 6 equal sections numbered 1 through 6. Each is spun once." is two six-sided dice rolled,
and "A spinner has 5 equal sections numbered 1 to 5. If it is spun twice, ..." two five-sided
dice. The dice reader (`dice`) then reads the question. Sections numbered other than 1 to n
are left as they are (the dice reader does not read them), and spinners and dice in one
problem decline.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.model import Decline

_SPINNERS = (r" #(?P<k>\d+) (?:fair )?spinners,? (?:are )?each (?:is )?(?:divided into|split into|"
             r"with) #(?P<n>\d+) (?:equal|congruent|equal-sized) (?:sections|sectors|parts|"
             r"regions),? numbered (?:from )?#1 (?:through|to) #(?P<top>\d+)[.,]? (?:each|both|"
             r"all) (?:of them )?(?:is|are) spun(?: once)?\b")
# one spinner spun several times: "A spinner has 5 equal sections numbered 1 to 5. If it is
# spun twice, ..." is two 5-sided dice
_ONE_SPINNER = (r" an? (?:fair )?spinner (?:has|is divided into|is split into|with) #(?P<n>\d+) "
                r"(?:equal|congruent|equal-sized) (?:sections|sectors|parts|regions),? numbered "
                r"(?:from )?#1 (?:through|to) #(?P<top>\d+)[.,]? (?:if )?(?:it|the spinner) is "
                r"spun (?P<k>twice|#\d+ times)\b")


def as_dice(text: str, template: str) -> str:
    """`text` (a `Wording`'s, numbers as `#n`) with spinners told as dice rolled."""
    if (re.search(_SPINNERS, text) or re.search(_ONE_SPINNER, text)) and \
            re.search(r"\b(?:dice|die)\b", template):
        raise Decline("spinners and dice in one problem")
    text = re.sub(_SPINNERS, lambda m: f" #{m['k']} #{m['n']}-sided dice are rolled"
                  if m["n"] == m["top"] else m[0], text)
    return re.sub(_ONE_SPINNER, lambda m: " #{} #{}-sided dice are rolled".format(
        2 if m["k"] == "twice" else m["k"].split()[0][1:], m["n"]) if m["n"] == m["top"]
        else m[0], text)


__all__ = ["as_dice"]
