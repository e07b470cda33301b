"""Events about one outcome of a small experiment, read from a clause: what the conditional
reader (`given_conditions`) tests on every outcome of dice, coins or cards.

An outcome is a tuple, one entry per die, flip or card in order. A clause is read whole
(`re.fullmatch`); any word it does not know leaves it unread (None). A clause that reads
two ways ("one of them is a six": exactly one, or at least one) gives both readings.

Phrasings: dice "the first die shows a 4", "the sum is at least 9", "at least one of them
shows a six", "neither die shows a 1", "both dice show even numbers", "the two rolls are
different", "the first roll is larger than the second"; coins "the first toss is tails",
"at least one is heads", "exactly 2 heads", "all three are heads"; cards "the first card is
a heart", "both are red", "it is a face card", "at least one is an ace".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from tutor.reasoning.symbolic.combinatorics.cards import KIND_TESTS, PLURAL_OF
from tutor.reasoning.symbolic.combinatorics.events import ONE_PROPERTY, PROPERTY, predicate

Outcome = tuple[Any, ...]
Reading = tuple[Callable[[Outcome], bool], str]
ItemTest = tuple[Callable[[Any], bool], str]

_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "1st": 0, "2nd": 1,
             "3rd": 2, "4th": 3, "5th": 4}
_ORD = r"(?P<pos>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)"
_VERB = (r"(?:is|are|was|were|will be|shows?|showed|will show|lands? on|landed on|comes? up"
         r"(?: as)?|came up|turns? up|is rolled|gives?)")
_ITEM = (r"(?:die|dice|roll|rolls|throw|toss|tosses|flip|flips|coin|coins|card|cards|number|"
         r"numbers|integer|one|ones)")
# how many of the items: "at least one of them", "both dice", "neither card", "all #3"
_HOW_MANY = (r"(?P<q>at least (?:one|#\d+)|at most (?:one|#\d+)|exactly (?:one|#\d+)|both|"
             r"all(?: #\d+)?|neither|none|no|one|#1|each|every one)(?: of (?:them|the (?:#\d+ )?"
             + _ITEM + r"))?(?: " + _ITEM + r")?")
_CMP2 = {"greater than": "gt", "larger than": "gt", "bigger than": "gt", "higher than": "gt",
         "more than": "gt", "less than": "lt", "smaller than": "lt", "lower than": "lt",
         "equal to": "eq", "the same as": "eq"}


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;")
    text = re.sub(r"^(?:that |of |getting |obtaining |rolling |drawing |flipping )", "", text)
    return re.sub(r"\b(?:also|then) ", "", text)


def _count_test(q: str, k: int) -> list[tuple[Callable[[int], bool], str]] | None:
    """The tests on how many items have the property, one per reading of the quantifier,
    each with its words."""
    q = q.replace("one", "#1")
    m = re.fullmatch(r"(at least|at most|exactly) #(\d+)", q)
    if m:
        j = int(m.group(2))
        return [({"at least": lambda h: h >= j, "at most": lambda h: h <= j,
                  "exactly": lambda h: h == j}[m.group(1)], f"{m.group(1)} {j} of them")]
    if q in ("both", "all", "each", "every #1") or re.fullmatch(r"all #\d+", q):
        if q == "both" and k != 2 or q.startswith("all #") and int(q[5:]) != k:
            return None
        return [(lambda h: h == k, "all of them")]
    if q in ("neither", "none", "no"):
        if q == "neither" and k != 2:
            return None
        return [(lambda h: h == 0, "none of them")]
    if q == "#1":  # "one of them is a six": exactly one, or at least one
        return [(lambda h: h == 1, "exactly one of them"),
                (lambda h: h >= 1, "at least one of them")]
    return None


def _quantified(text: str, k: int, item: Callable[[str], ItemTest | None]) -> list[Reading]:
    """"at least one of them is X", "both are X", "neither shows X"."""
    m = re.fullmatch(_HOW_MANY + r" " + _VERB + r" (?P<what>.+)", text) or re.fullmatch(
        r"(?P<q>at least one|at least #1|no|exactly one|exactly #1|#1) (?P<what>#\d+|[a-z ]+?) "
        r"(?:is (?:rolled|drawn|dealt|shown|flipped|tossed)|appears|comes up|shows up|turns up)",
        text)
    if not m or k < 2:
        return []
    one = item(m.group("what"))
    counts = _count_test(m.group("q"), k)
    if one is None or counts is None:
        return []
    test, words = one

    def how_many(c: Callable[[int], bool]) -> Callable[[Outcome], bool]:
        return lambda o: c(sum(1 for x in o if test(x)))
    return [(how_many(c), f"{label}: {words}") for c, label in counts]


def _placed(text: str, k: int, item: Callable[[str], ItemTest | None]) -> list[Reading]:
    """"the first die shows a 4", "the second card is a heart"."""
    m = re.fullmatch(r"(?:the )?" + _ORD + r"(?: " + _ITEM + r")? " + _VERB + r" (?P<what>.+)",
                     text)
    if not m or _ORDINALS[m.group("pos")] >= k:
        return []
    one = item(m.group("what"))
    if one is None:
        return []
    i, (test, words) = _ORDINALS[m.group("pos")], one
    return [(lambda o: test(o[i]), f"the {m.group('pos')} is {words}")]


def _lone(text: str, k: int, item: Callable[[str], ItemTest | None]) -> list[Reading]:
    """One die or card: "it is even", "the number rolled is a 6", "the card is a king"."""
    m = re.fullmatch(r"(?:it|the (?:chosen |selected )?(?:die|card|coin|roll|number|integer|"
                     r"one|result|outcome|top face)(?: "
                     r"(?:rolled|drawn|shown|chosen|selected|picked|dealt))?) " + _VERB
                     + r" (?P<what>.+)", text)
    if not m or k != 1:
        return []
    one = item(m.group("what"))
    if one is None:
        return []
    test, words = one
    return [(lambda o: test(o[0]), words)]


def _face(what: str, sides: int) -> ItemTest | None:
    """What one die shows: "a 4", "an even number", "greater than 3", "prime"."""
    what = re.sub(r"\b(?:an? )(?=#\d)", "", what)
    what = re.sub(r"\b(even|odd|prime) numbers\b", r"\1", what)
    m = re.fullmatch(ONE_PROPERTY, what) or re.fullmatch(PROPERTY, what)
    if not m:
        return None
    test, words = predicate(m)
    return test, words


def _same(text: str, k: int) -> list[Reading]:
    m = re.fullmatch(r"(?:(?:all|both|all #\d+) )?(?:(?:of )?the )?(?:#\d+ )?(?:dice|rolls|numbers"
                     r"|throws|results|faces)?(?: rolled| shown)? ?(?:are|show|were|land on|come "
                     r"up) (?:all )?(?P<kind>different|distinct|the same|equal|different numbers|"
                     r"distinct numbers|the same number)|(?:a )?(?P<dbl>doubles?)", text)
    if not m or k < 2 or (m.group("dbl") or text.startswith("both")) and k != 2 or any(
            int(n) != k for n in re.findall(r"#(\d+)", text)):
        return []
    if m.group("dbl") or not m.group("kind").startswith(("different", "distinct")):
        return [(lambda o: len(set(o)) == 1, "all the same")]
    return [(lambda o: len(set(o)) == len(o), "all different")]


def _compared(text: str, k: int) -> list[Reading]:
    """"the first roll is larger than the second"."""
    m = re.fullmatch(r"(?:the )?" + _ORD + r"(?: " + _ITEM + r")? (?:is |was )?(?P<cmp>"
                     + "|".join(_CMP2) + r") the (?P<other>first|second|third|fourth|fifth)"
                     r"(?: " + _ITEM + r")?", text)
    if not m:
        return []
    i, j = _ORDINALS[m.group("pos")], _ORDINALS[m.group("other")]
    if i == j or max(i, j) >= k:
        return []
    how = _CMP2[m.group("cmp")]
    tests = {"gt": lambda o: o[i] > o[j], "lt": lambda o: o[i] < o[j], "eq": lambda o: o[i] == o[j]}
    return [(tests[how], f"the {m.group('pos')} {m.group('cmp')} the {m.group('other')}")]


def _statistic(text: str) -> list[Reading]:
    text = re.sub(r"^(?:a|the) (sum|product) of (#\d+)$", r"the \1 is \2", text)
    m = re.fullmatch(r"(?:the |their )?(?P<stat>sum|product|total)(?: of (?:the |their )?(?:#\d+ )?"
                     r"(?:numbers|dice|rolls|results|values|faces)(?: rolled| shown| obtained)?)?"
                     r" (?:will )?(?P<p>.+)", text)
    if not m:
        return []
    p = re.sub(r"^(?:is |will be |equals? )?an? (?=#\d)", "is ", m.group("p"))
    found = re.fullmatch(PROPERTY, p)
    if not found:
        return []
    test, words = predicate(found)
    add = m.group("stat") != "product"

    def stat(o: Outcome) -> int:
        v = 0 if add else 1
        for x in o:
            v = v + x if add else v * x
        return int(v)
    return [(lambda o: test(stat(o)), f"the {m.group('stat')} is {words}")]


def dice_event(text: str, k: int, sides: int) -> list[Reading]:
    """The readings of a clause about k dice of `sides` faces (none when it is not read)."""
    text = _clean(text)

    def item(what: str) -> ItemTest | None:
        return _face(what, sides)
    for reader in (_statistic(text), _same(text, k), _compared(text, k),
                   _placed(text, k, item), _quantified(text, k, item), _lone(text, k, item)):
        if reader:
            return reader
    return []


def _side(what: str) -> ItemTest | None:
    m = re.fullmatch(r"(?:on )?(heads|tails|a head|a tail)(?: up)?", what)
    if not m:
        return None
    side = "H" if m.group(1).endswith(("heads", "head")) else "T"
    return (lambda x: x == side), "heads" if side == "H" else "tails"


def coin_event(text: str, n: int) -> list[Reading]:
    """The readings of a clause about n flips: "at least one is heads", "exactly 2 heads"."""
    text = _clean(text)
    m = re.fullmatch(r"(?:(?P<cmp>exactly|at least|at most|more than|fewer than) )?(?:#(?P<j>\d+)"
                     r"|(?P<no>no)|(?P<all>all)) (?P<side>heads?|tails?)", text)
    if m:
        side = "H" if m.group("side").startswith("head") else "T"
        cmp, j = m.group("cmp") or "exactly", int(m.group("j") or 0)
        if m.group("no") or m.group("all"):
            if m.group("cmp"):
                return []
            j = 0 if m.group("no") else n
        if j > n:
            return []
        tests = {"exactly": lambda h: h == j, "at least": lambda h: h >= j,
                 "at most": lambda h: h <= j, "more than": lambda h: h > j,
                 "fewer than": lambda h: h < j}
        count = tests[cmp]
        return [(lambda o: count(o.count(side)), f"{cmp} {j} {m.group('side')}")]
    more = re.fullmatch(r"(?P<m>more|fewer) (?P<a>heads|tails) than (?P<b>heads|tails)", text)
    if more and more.group("a") != more.group("b"):
        a = "H" if more.group("a") == "heads" else "T"
        b = "T" if a == "H" else "H"
        if more.group("m") == "more":
            return [(lambda o: o.count(a) > o.count(b), text)]
        return [(lambda o: o.count(a) < o.count(b), text)]
    for reader in (_placed(text, n, _side), _quantified(text, n, _side), _lone(text, n, _side)):
        if reader:
            return reader
    return []


def _card(what: str) -> ItemTest | None:
    """What one card is: "a heart", "an ace", "a face card", "red", "a black card"."""
    what = re.sub(r"^(?:an? )", "", what.strip())
    kind = PLURAL_OF.get(what) or (what if what in KIND_TESTS else None)
    return None if kind is None else (KIND_TESTS[kind], kind)


def card_event(text: str, m: int) -> list[Reading]:
    """The readings of a clause about m cards dealt in order."""
    return drawn_event(text, m, _card, {"suit": lambda c: c[1], "colour": lambda c: c[1] < 2,
                                        "rank": lambda c: c[0]})


def number_event(text: str) -> list[Reading]:
    """The readings of a clause about one number chosen: "it is even"."""
    return _lone(_clean(text), 1, lambda what: _face(what, 0))


def drawn_event(text: str, m: int, item: Callable[[str], ItemTest | None],
                parts: dict[str, Callable[[Any], object]]) -> list[Reading]:
    """The readings of a clause about m things drawn in order (cards, marbles): each thing's
    kind, or all of them sharing one of `parts` ("the same suit", "the same colour")."""
    text = _clean(text)
    if m >= 2:
        said = re.match(r"(?:they|the (?:#(\d+) )?(?:cards|ones)) (?:are|were) ", text)
        if said and said.group(1) and int(said.group(1)) != m:
            return []
        text = "all are " + text[said.end():] if said else text
        same = re.fullmatch(r"(?:both|all|all #\d+)(?: ones)? (?:are )?(?:of |have )?the same "
                            r"(suit|colour|rank)", text)
        if same and same.group(1) in parts and not any(
                int(n) != m for n in re.findall(r"#(\d+)", text)):
            part = parts[same.group(1)]
            return [(lambda o: len({part(c) for c in o}) == 1, f"the same {same.group(1)}")]
    for reader in (_placed(text, m, item), _quantified(text, m, item), _lone(text, m, item)):
        if reader:
            return reader
    return []


__all__ = ["ItemTest", "Outcome", "Reading", "card_event", "coin_event", "dice_event",
           "drawn_event", "number_event"]
