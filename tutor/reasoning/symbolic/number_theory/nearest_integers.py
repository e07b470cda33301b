"""The integer with stated properties that is closest to a given number: "What multiple of 13
is closest to 1000?", "Find the perfect square nearest to 300.", "Which prime number is
closest to 150?", "What is the odd multiple of 7 that is closest to 400?".

The properties are read by `integer_conditions` (the words before "closest"); the nearest
one at or below the number and the nearest at or above are each found by `search` (and
confirmed there), and the closer of the two is the answer; two equally close decline. The
answer is confirmed a second way by testing integers outwards from the number, one
distance at a time.
"""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory.integer_conditions import NOUN, VOCAB, read_wanted
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.number_theory.search import search
from tutor.reasoning.symbolic.number_theory.wanted import SPAN, Wanted
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_NEAR = r"(?:is |are )?(?:the )?(?:closest|nearest) (?:to )?@(?P<n>\d+)@"
_FORMS = [
    re.compile(r"(?:what|which) (?P<body>(?:" + NOUN + r").*?),? " + _NEAR),
    re.compile(r"(?:(?:what is|find|determine|name) )?the (?P<body>(?:" + NOUN + r").*?),? "
               r"(?:that |which )?" + _NEAR),
]
_VOCAB = VOCAB | {"closest", "nearest", "what", "which", "find", "determine", "name"}


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:closest|nearest)\b", template) or not words_within(template,
                                                                               _VOCAB):
        return None
    body = template.strip().rstrip(" .?")
    m = next((m for f in _FORMS if (m := f.fullmatch(body))), None)
    if m is None:
        return None
    target = integer(split.maths[int(m.group("n"))])
    text = m.group("body")
    head = re.compile(NOUN).match(text)
    if head is None:
        return None
    found = {}
    for w in read_wanted(split, head, text, given=frozenset({int(m.group("n"))})).readings():
        found[_nearest(w, target)] = w
    if len(found) != 1:
        raise Decline("'between' read with and without its ends gives different answers")
    (answer, below, above), w = next(iter(found.items()))
    _confirm(w, target, answer)
    parts = []
    if below is not None:
        parts.append(f"{target} - {below} = {target - below}")
    if above is not None:
        parts.append(f"{above} - {target} = {above - target}")
    claim = ", \\quad ".join(parts)
    return sp.Integer(answer), [
        step("the nearest on each side", "Find the nearest one at or below the number and the "
             "nearest at or above it.", "Below: " + (f"${below}$" if below is not None else
                                                     "none") + "; above: " +
             (f"${above}$" if above is not None else "none") + ".", ""),
        step("compare the distances", "The closer of the two is the answer.",
             f"${claim}$, so ${answer}$ is the closest." if claim else "", claim)]


def _side(w: Wanted, largest: bool, target: int) -> int | None:
    side = replace(w, largest=largest, conditions=list(w.conditions))
    if largest:
        side.hi = target if side.hi is None else min(side.hi, target)
    else:
        side.lo = target if side.lo is None else max(side.lo, target)
    if side.lo is not None and side.hi is not None and side.lo > side.hi:
        return None
    try:
        return int(search(side)[0])
    except Decline as exc:  # none on this side only when the whole side was searched
        searched = side.lo is not None and side.hi is not None and side.hi - side.lo < SPAN
        if str(exc) in ("the range is empty", "no such integer in a searchable range") and \
                searched:
            return None
        raise


def _nearest(w: Wanted, target: int) -> tuple[int, int | None, int | None]:
    below, above = _side(w, True, target), _side(w, False, target)
    if below is None and above is None:
        raise Decline("no such integer near the number")
    if below is not None and above is not None and target - below == above - target \
            and below != above:
        raise Decline("two are equally close")
    if below is None:
        return int(above), below, above  # type: ignore[arg-type]
    if above is None or target - below < above - target:
        return below, below, above
    return above, below, above


def _confirm(w: Wanted, target: int, answer: int) -> None:
    ok = w.test()

    def inside(n: int) -> bool:
        return (w.lo is None or n >= w.lo) and (w.hi is None or n <= w.hi)

    for d in range(min(SPAN, abs(answer - target)) + 1):
        hits = [n for n in {target - d, target + d} if inside(n) and ok(n)]
        if hits:
            confirm.check(hits == [answer], "testing integers outwards from the number, one "
                          "distance at a time, finds the same one first")
            return
    raise Decline("the nearest one is too far to confirm by testing")


__all__ = ["read"]
