"""Reader of orders in a row with a condition on the ends: different people or things, in
one group or two, and both ends taken by one group, or one named person at an end (or at
neither end).

Phrasings reached: "In how many ways can 4 different science books and 3 different art
books be arranged on a shelf if a science book must be at each end?", "In how many ways
can 6 people stand in a line if Ann must stand at one of the ends?", "How many ways are
there for 5 boys and 4 girls to stand in a row if girls must stand at both ends?", "...
if Raj cannot stand at either end?".
Counted by filling the ends first (s(s - 1)(n - 2)!, 2(n - 1)!, (n - 2)(n - 1)!) and
confirmed by listing every order (at most 8 people or things) or by counting the orders
of the ends and the middle separately.
"""

from __future__ import annotations

import re
from itertools import permutations
from math import factorial

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.arrangements import ASK, PEOPLE, THINGS
from tutor.reasoning.symbolic.combinatorics.wording import GLUE, Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_NOUN = f"(?:{PEOPLE}|{THINGS})"
_SINGULAR = {"men": "man", "women": "woman", "children": "child", "people": "person"}
_ONE_OR_MORE = "(?:" + "|".join(sorted({*f"{PEOPLE}|{THINGS}".split("|"), *(
    _SINGULAR.get(p, p[:-1]) for p in f"{PEOPLE}|{THINGS}".split("|"))}, key=len,
    reverse=True)) + ")"
_KIND = r"(?:(?P<d{0}>different|distinct) )?(?:(?P<adj{0}>[a-z]+) )?(?P<noun{0}>" + _NOUN + r")"
_WHO = (r" #(?P<a>\d+) " + _KIND.format(1) + r"(?: and #(?P<b>\d+) " + _KIND.format(2)
        + r")?\b")
_ON = (r"(?:on (?:a|the|my|his|her|our|their) (?:shelf|bookshelf|bench)|in a (?:single )?"
       r"(?:row|line)(?: of #\d+ (?:chairs|seats|places))?|in line)")
_ROW = (r" (?:be |to be )?(?:arranged|arrange|placed|place|put|lined up|line up|seated|sit|"
        r"stand|stood)(?: " + _ON + r")?\b| " + _ON + r"\b")
_AT = r"(?:(?:must |has to |have to |should |will )?(?:be|stand|sit|go|is|are)(?: placed)? )"
_IF = r"(?:(?:if|so that|such that|where) )?"
_NAME = r"(?P<name>(?!(?:not|no|cannot|never|must|can|may)\b)[a-z]+)"
_AN_END = r"(?:either end|an end|(?:one|#1) end|(?:one|#1) of the (?:#2 )?ends|the ends)\b"
# one given place: "Ann must be first in line", "Bo stands at the back of the line", "... in
# the middle" (a middle place only in a row of odd length)
_SPOT = (r"(?:(?P<spot>first|last)(?: in (?:the )?(?:line|row))?|(?:at|in) the (?P<spot2>front|"
         r"back|head|left end|right end|far left|far right|middle|centre|center|end(?= of))"
         r"(?: of the (?:line|row))?)\b")
_ENDS = [
    (r" (?:(?:if|so that|such that|where) )?(?:(?:i|we|you|they) (?:require|want|insist) )?"
     r"(?:that )?there (?:to be|must be|should be|is|be) (?:an? )?(?P<g>(?:[a-z]+ )?"
     + _ONE_OR_MORE + r") (?:at|on) (?:each|both) ends?\b", "both"),
    # both ends from one group: "a science book must be at each end", "girls at both ends"
    (r" (?:(?:if|so that|such that|where|with) )?(?:an? |the )?(?P<g>(?:[a-z]+ )?" + _ONE_OR_MORE
     + r") " + _AT + r"?(?:at|on) (?:each|both) ends?\b", "both"),
    (r" (?:(?:if|so that|such that|where) )?the (?:#2 )?(?:ends|end (?:seats|places|positions|"
     r"spots)) (?:are|must be) (?:both )?(?:taken by |occupied by )?(?P<g>(?:[a-z]+ )?"
     + _ONE_OR_MORE + r")\b", "both"),
    # one named person at neither end, or at an end (the negations first)
    (r" " + _IF + _NAME + r" (?:cannot|can not|must not|may not|does not want to|refuses to|"
     r"will not|is not allowed to) (?:be |stand |sit )?(?:at|on) " + _AN_END, "neither"),
    (r" " + _IF + _NAME + r" (?:must not be|is not|cannot be|can not be) (?:at|on) " + _AN_END,
     "neither"),
    (r" " + _IF + _NAME + r" " + _AT + r"(?:at|on) " + _AN_END, "one"),
    (r" " + _IF + _NAME + r" " + _AT + _SPOT, "fixed")]
_VERBS = frozenset("sit sits seat seated stand standing line lined up arrange arranged place "
                   "placed put be can if they all for to there is i we have my our".split())


def _plural(word: str) -> str:
    if word in _SINGULAR:
        return word
    return {v: k for k, v in _SINGULAR.items()}.get(word, word if word.endswith("s") else
                                                     word + "s")


def row_ends(split: Split, template: str) -> Result | None:
    if not quick(template, " end", "first", "last", "front", "back", "middle", "cent", "head",
                 "far ") or not quick(template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    ends = [(kind, m) for p, kind in _ENDS for m in w.take(p)]
    ask = w.take(ASK)
    row = w.take(_ROW)  # first: "a row of 7 chairs" is the row, not what is arranged
    who = w.take(_WHO)
    if len(ends) != 1 or len(ask) != 1 or len(who) != 1 or not row or \
            not w.only_glue(_VERBS | {"different", "distinct"}):
        return None
    m = who[0]
    groups: dict[str, int] = {}
    for i, count in (("1", m.group("a")), ("2", m.group("b"))):
        if not count:
            continue
        noun, adj = m.group("noun" + i), m.group("adj" + i)
        if noun not in PEOPLE.split("|") and not m.group("d" + i) and not m.group("d1"):
            raise Decline("things that may be identical")
        name = f"{adj} {noun}" if adj and adj not in ("different", "distinct") else noun
        if name in groups:
            raise Decline("one group named twice")
        groups[name] = int(count)
    n = sum(groups.values())
    if any(int(c) != n for r in row for c in re.findall(r"#(\d+) (?:chairs|seats|places)",
                                                         r.group(0))):
        raise Decline("a row with more (or fewer) seats than people")
    kind, e = ends[0]
    if not 3 <= n <= 12:
        raise Decline("a row of 3 to 12")
    if kind == "both":
        said = e.group("g").split()
        noun = _plural(said[-1])
        key = f"{said[0]} {noun}" if len(said) == 2 else noun
        found = [g for g in groups if g == key]
        if len(found) != 1 or len(groups) < 2:
            raise Decline("the group at the ends is not one of the groups")
        s = groups[found[0]]
        if s < 2:
            raise Decline("fewer than two to fill both ends")
        return _both_ends(n, s, found[0])
    name = e.group("name")
    if name in GLUE | _VERBS | set(PEOPLE.split("|")) | set(THINGS.split("|")) | {
            "not", "no", "who", "each", "every", "one", "someone", "nobody", "it"}:
        raise Decline("a condition I cannot read")
    if not set(groups) <= set(PEOPLE.split("|")) or len(groups) != 1:
        raise Decline("a named person among people of one group")
    if kind == "fixed":
        middle = (e.group("spot2") or "") in ("middle", "centre", "center")
        if middle and n % 2 == 0:
            raise Decline("a row of even length has no middle place")
        return _given_place(n, name, (n // 2) if middle else 0)
    return _one_person(n, name, kind == "one")


def _both_ends(n: int, s: int, group: str) -> Result:
    v = s * (s - 1) * factorial(n - 2)
    if n <= 8:
        got = sum(1 for o in permutations(range(n)) if o[0] < s and o[-1] < s)
        how = f"orders with one of the {group} at each end (listing every order)"
    else:  # the ends as an ordered pair from the group, the middle any order
        got = len([(a, b) for a in range(s) for b in range(s) if a != b]) * factorial(n - 2)
        how = f"orders with one of the {group} at each end (pairs of ends listed)"
    confirm.count(v, lambda: got, how)
    claim = f"{s} \\cdot {s - 1} \\cdot {n - 2}! = {v}"
    return sp.Integer(v), [step("fill the ends first", f"Choose which of the {s} {group} "
                                f"stands at the left end, then which of the other {s - 1} at "
                                f"the right end; the other {n - 2} fill the middle in any "
                                "order.", f"${claim}$", claim)]


def _one_person(n: int, name: str, at_end: bool) -> Result:
    v = 2 * factorial(n - 1) if at_end else (n - 2) * factorial(n - 1)
    if n <= 8:
        got = sum(1 for o in permutations(range(n)) if (o.index(0) in (0, n - 1)) == at_end)
        how = "orders (listing every order)"
    else:
        got = factorial(n) - (2 * factorial(n - 1) if not at_end else
                              (n - 2) * factorial(n - 1))
        how = "orders (all orders minus the others)"
    confirm.count(v, lambda: got, how)
    if at_end:
        claim = f"2 \\cdot {n - 1}! = {v}"
        hint = f"{name.title()} takes one of the 2 ends; the other {n - 1} fill the rest."
    else:
        claim = f"{n - 2} \\cdot {n - 1}! = {v}"
        hint = (f"{name.title()} takes one of the {n - 2} places that are not ends; the other "
                f"{n - 1} fill the rest.")
    return sp.Integer(v), [step("place the named person first", hint, f"${claim}$", claim)]


def _given_place(n: int, name: str, at: int) -> Result:
    """One named person in one given place (the first, the last, the middle): the others
    fill the rest. `at` is that place counted from one end (the count is the same from
    either end)."""
    v = factorial(n - 1)
    if n <= 8:
        got = sum(1 for o in permutations(range(n)) if o[at] == 0)
        how = "orders (listing every order)"
    else:  # each of the n people is in that place in the same number of orders
        got = factorial(n) // n
        how = "orders (each person's share of the place)"
    confirm.count(v, lambda: got, how)
    claim = f"{n - 1}! = {v}"
    return sp.Integer(v), [step("place the named person first", f"{name.title()}'s place is "
                                f"fixed; the other {n - 1} fill the rest in any order.",
                                f"${claim}$", claim)]


__all__ = ["row_ends"]
