"""Spinners of equal sections numbered 1 to n are n-sided dice: "Two spinners are each divided
into 6 equal sections numbered 1 through 6. Each is spun once." is two six-sided dice rolled,
and "A spinner has 5 equal sections numbered 1 to 5. If it is spun twice, ..." two five-sided
dice; so are "a spinner with four equal sections labeled 1, 2, 3, 4 is spun twice" (the labels
listed, 1 to n in order) and "A spinner has 5 congruent sectors numbered 1 through 5. Jane
and her brother each spin it once." (two people, one spin each), or "... If you spin it
twice, ...". The dice reader (`dice`)
then reads the question. Sections numbered other than 1 to n are left as they are (the dice
reader does not read them), and spinners and dice in one problem decline.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.model import Decline

_SECTIONS = r"(?:equal|congruent|equal-sized) (?:sections|sectors|parts|regions)"
# the labels: "numbered 1 through 6", "labeled 1, 2, 3, 4" (checked to run from 1 to n)
_LABELS = (r",? (?:numbered|labeled|labelled|marked) (?:from )?(?:#1 (?:through|to) #(?P<top>\d+)"
           r"|(?P<list>#1(?:,? (?:and )?#\d+)+))")
_SPINNERS = (r" #(?P<k>\d+) (?:fair )?spinners,? (?:are )?each (?:is )?(?:divided into|split into|"
             r"with) #(?P<n>\d+) " + _SECTIONS + _LABELS + r"[.,]? (?:each|both|all) (?:of them )?"
             r"(?:is|are) spun(?: once)?\b")
# one spinner spun several times: "A spinner has 5 equal sections numbered 1 to 5. If it is
# spun twice, ..." is two 5-sided dice; "... is spun 3 times"; "X and Y each spin it once"
_ONE_SPINNER = (r" an? (?:fair )?spinner (?:has|is divided into|is split into|with) #(?P<n>\d+) "
                + _SECTIONS + _LABELS + r"(?:(?:[.,]? (?:if )?(?:it|the spinner) is|(?: that)? is)"
                r" spun|[.,]? (?:if )?(?:you|we|i|he|she|they) spins? (?:it|the spinner))"
                r" (?P<k>twice|#\d+ times)\b")
_EACH_SPIN = (r" an? (?:fair )?spinner (?:has|is divided into|is split into|with) #(?P<n>\d+) "
              + _SECTIONS + _LABELS + r"[.,]? (?P<who>[a-z]+ and (?:his |her |their )?[a-z]+) "
              r"each spin (?:it|the spinner) once\b")

# "Lena and her sister each spin a spinner numbered 1 through 5 once": the sections told by
# their labels alone
_EACH_SPIN_ONE = (r" (?P<who>[a-z]+ and (?:his |her |their )?[a-z]+) each spin an? (?:fair )?"
                  r"spinner(?: with #(?P<n>\d+) " + _SECTIONS + r")?" + _LABELS + r" once\b")


def _top(m: re.Match[str]) -> int | None:
    """The highest label when the labels run 1, 2, ..., top in order; else None."""
    if m["top"]:
        return int(m["top"])
    labels = [int(x) for x in re.findall(r"#(\d+)", m["list"])]
    return labels[-1] if labels == list(range(1, len(labels) + 1)) else None


def _dice(k: str | int, m: re.Match[str]) -> str:
    n = m["n"] or _top(m)
    return f" #{k} #{n}-sided dice are rolled" if n is not None and int(n) == _top(m) else m[0]


def as_dice(text: str, template: str) -> str:
    """`text` (a `Wording`'s, numbers as `#n`) with spinners told as dice rolled."""
    if any(re.search(p, text) for p in (_SPINNERS, _ONE_SPINNER, _EACH_SPIN, _EACH_SPIN_ONE)) and \
            re.search(r"\b(?:dice|die)\b", template):
        raise Decline("spinners and dice in one problem")
    text = re.sub(_SPINNERS, lambda m: _dice(m["k"], m), text)
    text = re.sub(_EACH_SPIN, lambda m: _dice(2, m), text)
    text = re.sub(_EACH_SPIN_ONE, lambda m: _dice(2, m), text)
    return re.sub(_ONE_SPINNER, lambda m: _dice(2 if m["k"] == "twice" else m["k"].split()[0][1:],
                                                m), text)


__all__ = ["as_dice"]
