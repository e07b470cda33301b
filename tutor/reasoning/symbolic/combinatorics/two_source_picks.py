"""Reader of one pick from each of two sources, made independently, and an event about the
two results: "Amy picks a number at random from 1 to 6 and Ben picks a number at random from
the set {2, 4, 6, 8}. What is the probability that Ben's number is greater than Amy's?",
"Box A contains 10 tiles numbered 1 through 10 and box B contains 10 tiles numbered 11
through 20. One tile is drawn at random from each box. What is the probability that the sum
of the two numbers is odd?", "Lea rolls a fair die and Max picks an integer from 1 to 10 ...
the tile from box A is less than 5 and the tile from box B is even".

A source is a person picking a number from a stated set or range, a person rolling a die,
or a labelled box of tiles (cards, balls ...) numbered by consecutive integers, one drawn
from each box. The two sources are different people or different boxes, so every pair of
results is equally likely. The event is the sum, product or positive difference of the two
results with a property; one result compared with the other; or a property of each result
(or of one). Every pair is listed and the favourable ones counted; they are counted again
another way: comparisons by counting, for each first result, the second results above,
below or equal to it in the sorted second source; the other events by their complement.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from tutor.reasoning.symbolic.combinatorics.chance import ASK, FAIR, answer
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.number_draws import FROM_NUMBERS, pool_of
from tutor.reasoning.symbolic.combinatorics.wording import GLUE, Wording, quick, said_token
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_PAIRS = 1_000_000
_NAME = r"(?!(?:" + "|".join(sorted(GLUE | {"and", "then", "each"})) + r")\b)(?P<who>[a-z]+)"
_START = r"(?:(?<=^ )|(?<=[.;,] )|(?<= and )|(?<= then ))"
_NUMBER = r"(?:number|integer|whole number)"
# "ann and ben each pick a number at random from 1 to 10": said once for two people
_EACH = re.compile(_START + r"(?P<w1>" + _NAME[:-len(r"(?P<who>[a-z]+)")] + r"[a-z]+) and "
                   r"(?P<w2>" + _NAME[:-len(r"(?P<who>[a-z]+)")] + r"[a-z]+) each "
                   r"(?:independently )?(?P<verb>pick|select|choose|take|draw|roll|throw|toss|"
                   r"spin) (?P<rest>[^.;?]+)")
_PLURAL = {"toss": "tosses", "choose": "chooses"}
_PEOPLE = r"(?:people|persons|friends|students|players|children|kids|siblings|classmates)"
_SOURCE = r"(?:person|friend|student|player|child|kid|sibling|classmate|spinner)"
# "two spinners are spun. the first is divided into 4 equal sections numbered 1 through 4
# and the second into 3 ...": each spinner a source
_TWO_SPUN = (r"(?:(?<=^ )|(?<=[.;] ))#2 (?:fair )?spinners (?:are|were) (?:each )?spun(?: "
             r"once)?(?= ?[.,;])")
_SPINNER = (_START + r"the (?P<who>first|second)(?: spinner)? (?:(?:is|has been) )?(?:(?:divided|"
            r"split) )?into #(?P<n>\d+) (?:equal|congruent|equal-sized) (?:sections|sectors|"
            r"regions|parts),? numbered #(?P<a>\d+) (?:through|to) #(?P<b>\d+)\b")
_PICKS = (_START + _NAME + r" (?:(?:also|then) )?(?:randomly )?(?:picks|selects|chooses|takes|"
          r"draws) (?:an? |#1 )" + _NUMBER + r"(?: at random| randomly)?" + FROM_NUMBERS)
_ROLLS = (_START + _NAME + r" (?:(?:also|then) )?(?:rolls|throws|tosses) (?:an? |#1 )" + FAIR
          + r"(?:#(?P<s>\d+)-sided )?(?:die|dice|number cube)\b(?: once)?")
# "tia picks two different numbers at random from the set {1, 2, 3, 4} and adds them"
_COMBINES = (_START + _NAME + r" (?:(?:also|then) )?(?:randomly )?(?:picks|selects|chooses|takes|"
             r"draws) #2 (?:different|distinct) " + _NUMBER + r"s(?: at random| randomly)?"
             + FROM_NUMBERS + r",? and (?:then )?(?P<op>adds|multiplies) them(?: together)?\b")
# "max spins a spinner with 5 equal sections numbered 1 through 5"
_SPINS = (_START + _NAME + r" (?:(?:also|then) )?spins an? (?:fair )?spinner (?:with|that has|"
          r"divided into) #(?P<n>\d+) (?:equal|congruent|equal-sized) (?:sections|sectors|"
          r"regions|parts),? numbered #(?P<a>\d+) (?:through|to) #(?P<b>\d+)(?: once)?\b")
_ITEMS = r"(?:tiles|cards|balls|marbles|chips|slips(?: of paper)?|blocks|discs|disks)"
_BOX_WORD = r"(?:box|bag|jar|urn|hat|bowl|bin)"
_LABEL = r"(?P<label>[a-z]|@\d+@|#\d+)"
_NUMBERED = r"(?:numbered|labell?ed|marked)(?: with the (?:numbers|integers))? (?:from )?"
_RANGE = r"#(?P<a>\d+) (?:through|to) #(?P<b>\d+)(?:,? inclusive)?"
_BOXES = [  # "box A contains 20 tiles numbered 1 through 20"
    _START + _BOX_WORD + r" " + _LABEL + r" (?:contains|holds|has) (?:#(?P<n>\d+) )?" + _ITEMS
    + r",? " + _NUMBERED + _RANGE,
    # "twenty tiles are numbered 1 through 20 and are placed into box A"
    _START + r"#(?P<n>\d+) (?:other |more )?" + _ITEMS + r" (?:are )?" + _NUMBERED + _RANGE
    + r",? (?:and )?(?:are )?(?:placed|put) (?:in|into) " + _BOX_WORD + r" " + _LABEL
    + r"(?![\w@])"]
_IN = r" are (?:in|put in|placed in|put into|placed into) "
_UNNAMED = (_START + r"(?P<i1>" + _ITEMS + r") " + _NUMBERED + r"#(?P<a1>\d+) (?:to|through) "
            r"#(?P<b1>\d+)" + _IN + r"(?:one|#1|a) " + _BOX_WORD + r",? and (?P<i2>" + _ITEMS
            + r") " + _NUMBERED + r"#(?P<a2>\d+) (?:to|through) #(?P<b2>\d+)" + _IN
            + r"(?:another|a second|the other) " + _BOX_WORD + r"\b")
_ONE = r"(?:an? |#1 )(?:tile|card|ball|marble|chip|slip|block|disc|disk|number)"
_FROM_EACH = (_ONE + r" is (?:randomly )?(?:drawn|selected|chosen|picked|taken)(?: at random| "
              r"randomly)? from each (?:of the (?:#2 )?" + _BOX_WORD + r"(?:es|s)|" + _BOX_WORD
              + r")\b")
_THING = r"(?:number|tile|card|ball|marble|chip|slip|block|disc|disk|integer)"
# a result referred to: "ben's number", "the tile from box a", "the number on the card drawn
# from bag b", "the number lea rolls"
_REF = (r"(?:(?P<{0}p>[a-z]+)(?:'s|(?<=s)') (?:number|integer|roll|result)|the (?:number (?:on|"
        r"of) the )?" + _THING + r" (?:(?:drawn|selected|chosen|picked|taken) )?from " + _BOX_WORD
        + r" (?P<{0}b>[a-z]|@\d+@|#\d+)|the (?:number|integer) (?P<{0}r>[a-z]+) "
        r"(?:rolls|picks|selects|chooses|draws))")
_CMP = {"greater than": "gt", "larger than": "gt", "more than": "gt", "higher than": "gt",
        "bigger than": "gt", "less than": "lt", "smaller than": "lt", "lower than": "lt",
        "equal to": "eq", "the same as": "eq", "greater than or equal to": "ge",
        "at least": "ge", "less than or equal to": "le", "at most": "le"}
_COMPARE = (r" " + _REF.format("x") + r" (?:is )?(?P<rel>" + "|".join(
    sorted(_CMP, key=len, reverse=True)) + r") (?:" + _REF.format("y")
    + r"|(?P<yq>[a-z]+)(?:'s|(?<=s)'))(?= ;|[ .,?]|$)")
STAT = (r" (?:the|their) (?P<stat>sum|product|positive difference)(?: of (?:the|their) (?:#2 )?"
        r"(?:numbers|results|integers|" + _THING + r"s)(?: (?:drawn|chosen|selected|picked|"
        r"rolled|obtained))?)? " + PROPERTY)
_OWN = r" " + _REF.format("x") + r" " + PROPERTY


@dataclass
class Source:
    key: str  # the person's name or the box's label
    pool: list[int]


def two_source_picks(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(
            template, "picks", "selects", "chooses", "rolls", "spins", "each", "draws", "spun"):
        return None
    w = Wording.of(split, template)
    differences_plainly(w)
    # "two friends each pick ...; ... the first friend's number": the first and the second
    w.text = re.sub(_START + r"#2 " + _PEOPLE + r" each ", "first and second each ", w.text)
    w.text = re.sub(r" the (first|second) " + _SOURCE + r"(?='s )", r" \1", w.text)
    w.text = _EACH.sub(_each_said_twice, w.text)
    # "tiles numbered 1 to 20 are in one bag and tiles numbered 21 to 40 are in another bag":
    # the first bag and the second, named as labelled boxes
    w.text = re.sub(_UNNAMED, r"box #1 has \g<i1> numbered #\g<a1> through #\g<b1> and box #2 has "
                    r"\g<i2> numbered #\g<a2> through #\g<b2>", w.text)
    w.text = re.sub(r" the (first|second) " + _BOX_WORD + r"\b",
                    lambda m: " box #1" if m.group(1) == "first" else " box #2", w.text)
    ask = w.take(ASK)
    stat, compare = w.take(STAT), w.take(_COMPARE)
    own = [] if stat or compare else w.take(_OWN)
    combines, spins = w.take(_COMBINES), w.take(_SPINS)
    spinners = w.take(_SPINNER)
    if spinners and len(w.take(_TWO_SPUN)) != 1:
        return None
    picks, rolls = w.take(_PICKS), w.take(_ROLLS)
    boxes = [m for p in _BOXES for m in w.take(p)]
    each = w.take(_FROM_EACH)
    if len(ask) != 1 or len(stat) + len(compare) + bool(own) != 1 or len(own) > 2:
        return None
    if not w.only_glue(frozenset({"and", "then", "also", "other", "inclusive",
                                  "independently"})):
        return None
    if boxes and (picks or rolls or combines or spins or spinners or len(each) != 1) \
            or not boxes and each:
        raise Decline("boxes drawn from, and people picking, mixed")
    sources = [_box(w, m) for m in boxes] + [Source(m.group("who"), pool_of(w, m))
                                             for m in picks]
    sources += [Source(m.group("who"), list(range(1, int(m.group("s") or 6) + 1)))
                for m in rolls]
    sources += [Source(m.group("who"), _combined(pool_of(w, m), m.group("op")))
                for m in combines]
    sources += [Source(m.group("who"), _numbered(m)) for m in spins + spinners]
    if len(sources) != 2 or sources[0].key == sources[1].key:
        return None
    first, second = sources
    if len(first.pool) * len(second.pool) > _PAIRS:
        raise Decline("more pairs than I can list")
    if stat:
        return statistic(first, second, stat[0])
    if compare:
        return _compared(w, first, second, compare[0])
    return _each(w, first, second, own)


def differences_plainly(w: Wording) -> None:
    """"the difference between", "their numbers differ by 2", "they pick the same number":
    said as the positive difference of the numbers."""
    w.text = re.sub(r" the (?:positive )?difference between ", " the positive difference of ",
                    w.text)
    w.text = re.sub(r" (?:(?:their|the) (?:#2 )?(?:numbers|results)|they) differ by ",
                    " the positive difference of their numbers is ", w.text)
    w.text = re.sub(r" (?:they (?:pick|choose|select|get|draw)|the #2 " + _THING + r"s (?:show|"
                    r"have|bear)) the same number(?= ;|[ .,?]|$)",
                    " the positive difference of their numbers is #0", w.text)


def _each_said_twice(m: re.Match[str]) -> str:
    verb = _PLURAL.get(m.group("verb"), m.group("verb") + "s")
    return f"{m.group('w1')} {verb} {m.group('rest')} and {m.group('w2')} {verb} {m.group('rest')}"


def _box(w: Wording, m: re.Match[str]) -> Source:
    return Source(_label(w, m.group("label")), _numbered(m))


def _numbered(m: re.Match[str]) -> list[int]:
    """The numbers on n tiles (sections ...) numbered a through b."""
    a, b = int(m.group("a")), int(m.group("b"))
    n = int(m.group("n")) if m.group("n") else b - a + 1  # "tiles numbered 5 through 24"
    if b - a + 1 != n or n < 2:
        raise Decline("the count of tiles does not match their numbers")
    return list(range(a, b + 1))


def _combined(pool: list[int], op: str) -> list[int]:
    """The results of two different numbers of the pool added or multiplied: one result for
    each of the equally likely pairs (repeated when two pairs give the same)."""
    if len(pool) > 200:
        raise Decline("a modest set")
    return [x + y if op == "adds" else x * y for x, y in combinations(pool, 2)]


def _label(w: Wording, token: str) -> str:
    """A box's label as a plain key: "a", "@3@" holding "A", "#2"."""
    return said_token(w, token, r"[A-Za-z]|\d+", "a box named by maths I cannot read")


def _which(w: Wording, m: re.Match[str], x: str, sources: list[Source]) -> int:
    """The index of the source a reference (`_REF` groups named with prefix x) means."""
    said = m.group(x + "p") or m.group(x + "r") or m.groupdict().get(x + "q")
    key = said if said else _label(w, m.group(x + "b"))
    found = [k for k, s in enumerate(sources) if s.key == key]
    if len(found) != 1:
        raise Decline("a result of a source the problem does not have")
    return found[0]


def statistic(first: Source, second: Source, m: re.Match[str]) -> Result:
    test, words = predicate(m)
    what = m.group("stat")
    value: Callable[[int, int], int] = {"sum": lambda x, y: x + y,
                                         "product": lambda x, y: x * y,
                                         "positive difference": lambda x, y: abs(x - y)}[what]
    pairs = [(x, y) for x in first.pool for y in second.pool]
    good = sum(1 for x, y in pairs if test(value(x, y)))
    failing = sum(1 for x, y in reversed(pairs) if not test(value(x, y)))
    return _answer(first, second, good, len(pairs) - failing, "the complement",
                   f"the {what} being {words}")


def _compared(w: Wording, first: Source, second: Source, m: re.Match[str]) -> Result:
    sources = [first, second]
    i, j = _which(w, m, "x", sources), _which(w, m, "y", sources)
    if i == j:
        raise Decline("a result compared with itself")
    rel = _CMP[m.group("rel")]
    left, right = sources[i], sources[j]
    tests: dict[str, Callable[[int, int], bool]] = {
        "gt": lambda x, y: x > y, "lt": lambda x, y: x < y, "eq": lambda x, y: x == y,
        "ge": lambda x, y: x >= y, "le": lambda x, y: x <= y}
    good = sum(1 for x in left.pool for y in right.pool if tests[rel](x, y))
    ranked = sorted(right.pool)
    below = {"gt": lambda x: bisect_left(ranked, x), "ge": lambda x: bisect_right(ranked, x),
             "lt": lambda x: len(ranked) - bisect_right(ranked, x),
             "le": lambda x: len(ranked) - bisect_left(ranked, x),
             "eq": lambda x: bisect_right(ranked, x) - bisect_left(ranked, x)}[rel]
    again = sum(below(x) for x in left.pool)
    return _answer(first, second, good, again,
                   "for each result, the other's results above or below it, by bisection",
                   f"{_named(left)}'s result {m.group('rel')} {_named(right)}'s")


def _each(w: Wording, first: Source, second: Source, own: list[re.Match[str]]) -> Result:
    sources = [first, second]
    tests: list[Callable[[int], bool]] = [lambda v: True, lambda v: True]
    said: list[str] = []
    for m in own:
        k = _which(w, m, "x", sources)
        test, words = predicate(m)
        if said and k == _which(w, own[0], "x", sources):
            raise Decline("two conditions on one result")
        tests[k] = test
        said.append(f"{_named(sources[k])}'s result {words}")
    good = sum(1 for x in first.pool for y in second.pool if tests[0](x) and tests[1](y))
    product = sum(map(tests[0], first.pool)) * sum(map(tests[1], second.pool))
    return _answer(first, second, good, product, "independent results: the product of the "
                   "counts that pass on each side", " and ".join(said))


def _named(s: Source) -> str:
    return s.key.upper() if len(s.key) == 1 else s.key.capitalize()


def _answer(first: Source, second: Source, good: int, again: int, how: str,
            what: str) -> Result:
    total = len(first.pool) * len(second.pool)
    return answer(good, total, what, again, how,
                  f"Of the {total} equally likely pairs of results, {good} have {what}.",
                  f"{len(first.pool)} \\cdot {len(second.pool)}")


__all__ = ["STAT", "Source", "differences_plainly", "statistic", "two_source_picks"]
