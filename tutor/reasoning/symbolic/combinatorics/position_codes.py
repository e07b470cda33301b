"""Reader of codes (combinations, passwords, PINs) that are sequences of k numbers or digits
from a stated range, with a condition on some places: "A locker combination is a sequence of
three numbers, each from 1 to 40, inclusive. The first number is even, the second number is
odd, and the third number is a multiple of 5. How many combinations are possible?", "A bike
lock code is a sequence of 4 digits. The first digit is odd and the last digit is even. How
many codes are possible?".

A number may come again in a sequence (nothing says otherwise; any word about repeats is
left unread, so the problem is declined). The count is the product over the places of the
values allowed there; it is confirmed by listing every sequence (at most 300,000) and
testing each place's condition.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import product
from math import prod

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 300_000
_NOUN = (r"(?:(?:tele)?phone numbers?|zip codes?|area codes?|pin (?:numbers?|codes?)|codes?|"
         r"combinations?|passwords?|passcodes?|pins?|sequences?)")
_RANGE = (r"(?:,? each (?:in the range |chosen |taken )?(?:from #(?P<a>\d+) (?:to|through) "
          r"#(?P<b>\d+)|between #(?P<a2>\d+) and #(?P<b2>\d+))(?P<inc>,? inclusive)?)?")
_SETUP = (r" (?:(?:a|an|the|each|every) (?:[a-z]+ ){0,2}?" + _NOUN + r"|it) (?:is|consists of|"
          r"is made up of) (?:a sequence of |a list of )?#(?P<k>\d+) (?P<what>digits|numbers|"
          r"integers|whole numbers)" + _RANGE + r"(?=[ .,;?])")
_PLACES = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
           "last": -1, "middle": 0}
_PLACE = (r"(?:^|(?<=[.,;] )|(?<= and )|(?<= that )|(?<= if )) ?(?:and )?the (?P<place>"
          + "|".join(_PLACES) + r") (?:number|digit|one|integer)? ?" + PROPERTY)
_ASK = (r" how many (?:different |possible |distinct )?" + _NOUN + r"(?: are (?:possible|there)|"
        r" (?:could|can) there be| (?:are|could be|can be) (?:formed|made)| (?:could|can|might) "
        r"(?:possibly )?be (?:hers|his|theirs|[a-z]+'s))?(?=[ ?.])")
# the code's length said with the question: "how many 7-digit phone numbers are possible"
_DIGIT_ASK = (r" how many (?:different |possible |distinct )?#(?P<k>\d+)-digit " + _NOUN
              + r" (?:are (?:possible|there)|(?:could|can) there be|(?:are|could be|can be) "
              r"(?:formed|made))(?=[ ?.,])")
# "cannot be 0 or 1" is neither; "must be 0 or 1" is one of them (read by `PROPERTY`)
_MODALS: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    (r" (?:cannot|can not|may not|must not|is not allowed to) be (#\d+(?:,? (?:or )?#\d+)+)(?!\w)",
     lambda m: " is neither " + re.sub(r",? (?:or )?", " nor ", m.group(1))),
    (r" (?:cannot|can not|may not|must not|is not allowed to) be\b", " is not"),
    (r" (?:must|has to) be\b", " is")]
# "nora has forgotten her bike lock code": whose code it is changes nothing
_FORGOT = (r"(?:^|(?<=[.;] )) ?[a-z]+ (?:has |had )?(?:forgotten|forgot) (?:her|his|their|my|the) "
           r"(?:[a-z]+ ){0,2}?" + _NOUN + r"(?=[ .,;])")
_GLUE = frozenset("knows know told also possibly could".split())


def position_codes(split: Split, template: str) -> Result | None:
    if not quick(template, "code", "combination", "password", "pin", "sequence", "phone") or \
            not quick(template, "first", "second", "last", "middle", "-digit"):
        return None
    w = Wording.of(split, template)
    for pattern, repl in _MODALS:
        w.text = re.sub(pattern, repl, w.text)
    w.take(_FORGOT)
    w.take_subject("knows|has|forgot|forgets")
    digit_ask = w.take(_DIGIT_ASK)
    setup, ask = w.take(_SETUP), w.take(_ASK)
    places = w.take(_PLACE)
    if digit_ask:  # the length is said with the question, and every place holds a digit
        if setup or ask or len(digit_ask) != 1 or not w.only_glue(_GLUE | {"if"}):
            return None
        g: dict[str, str | None] = {"k": digit_ask[0].group("k"), "a": None, "a2": None,
                                    "what": "digits"}
    elif len(setup) != 1 or len(ask) != 1 or not places or not w.only_glue(_GLUE):
        return None
    else:
        g = setup[0].groupdict()
    k = int(g["k"] or 0)
    if g["a2"] and not g["inc"]:
        raise Decline("'between' may or may not include its ends")
    if g["a"] or g["a2"]:
        lo, hi = int(g["a"] or g["a2"] or 0), int(g["b"] or g["b2"] or 0)
    elif g["what"] == "digits":
        lo, hi = 0, 9
    else:
        raise Decline("numbers from an unstated range")
    if g["what"] == "digits" and not 0 <= lo <= hi <= 9 or not 2 <= k <= 8 or hi < lo:
        raise Decline("digits from 0 to 9, a modest sequence")
    pool = list(range(lo, hi + 1))
    tests = {}
    for m in places:
        where = _PLACES[m.group("place")]
        if where == 0 and k % 2 == 0:
            raise Decline("no middle place in an even sequence")
        where = k if where == -1 else (k + 1) // 2 if where == 0 else where
        if where > k or where in tests:
            raise Decline("a place the sequence does not have, or one said twice")
        tests[where] = predicate(m)
    allowed = [sum(1 for v in pool if tests[i][0](v)) if i in tests else len(pool)
               for i in range(1, k + 1)]
    count = prod(allowed)
    listed = _listed(pool, k, tests)
    confirm.count(count, lambda: listed, "sequences (listing every one)")
    said = "; ".join(f"place {i}: {allowed[i - 1]} ({tests[i][1] if i in tests else 'any'})"
                     for i in range(1, k + 1))
    claim = " \\cdot ".join(map(str, allowed)) + f" = {count}"
    return sp.Integer(count), [step("count place by place", f"Values from {lo} to {hi} allowed "
                                    f"in each place: {said}. Multiply.", f"${claim}$", claim)]


def _listed(pool: list[int], k: int, tests: dict) -> int:
    """The sequences listed one by one; when there are too many, those of the places with a
    condition are listed and each is followed by any values in the free places."""
    said = sorted(tests)
    if len(pool) ** len(said) > _LIST:
        raise Decline("more sequences than I can list")
    if len(pool) ** k <= _LIST:
        return sum(1 for s in product(pool, repeat=k) if all(
            tests[i][0](s[i - 1]) for i in tests))
    told = sum(1 for s in product(pool, repeat=len(said)) if all(
        tests[i][0](v) for i, v in zip(said, s, strict=True)))
    return told * len(pool) ** (k - len(said))


__all__ = ["position_codes"]
