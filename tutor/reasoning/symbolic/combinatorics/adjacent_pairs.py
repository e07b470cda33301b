"""Reader of the expected number of neighbouring pairs in a random row or circle of things of
two kinds: "4 boys and 6 girls line up in a row at random. What is the expected number of
places in the row where a boy and a girl stand next to each other?", "The 20 cards of a
small deck, 10 red and 10 black, are dealt out in a circle. What is the expected number of
pairs of adjacent cards which are both black?", "Let S be the number of places ... What is
the expected value of S?".

With a things of one kind and b of the other, n = a + b, every order equally likely: a row
has n - 1 neighbouring places and a circle n. Each place holds two given different spots,
so it is mixed with chance 2ab / (n(n - 1)) and holds two of the a kind with chance
a(a - 1) / (n(n - 1)); by linearity the expected count is that chance times the number of
places. Confirmed without linearity: every order of the two kinds is walked through once
(counted by the last kind placed, and the first for a circle) and the neighbouring pairs
are totalled over all orders, then divided by the number of orders.

A standard deck reads as 26 red and 26 black cards, or 13 of the suit asked against the 39
others. A question about runs of three, about people (not places), or an order that is not
random is another question, left unread and declined.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.urn_wording import singular_kind
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_PEOPLE = r"(?:boys|girls|men|women)"
_COLOUR = r"(?:red|blue|green|yellow|white|black|purple|orange|pink)"
_SUIT = r"(?:hearts|diamonds|clubs|spades)"
_NOUN = r"(?:beads|marbles|cards|balls|chips|tiles|counters|blocks|cubes|coins|flags)"
_COMPOSITIONS = [  # the stock with its total first
    r" (?:an? (?:pile|stack|deck|set|bag|box) of #(?P<t>\d+) (?P<n>" + _NOUN + r"),? (?:has|"
    r"holds|contains|with)|the #(?P<t2>\d+) (?P<n2>" + _NOUN + r") of an? (?:small )?(?:deck|"
    r"pile|stack|set),) #(?P<a>\d+) (?P<x>" + _COLOUR + "|" + _SUIT + r") and #(?P<b>\d+) "
    r"(?P<y>" + _COLOUR + "|" + _SUIT + r")(?: (?P<n3>" + _NOUN + r"))?\b,?",
    r" #(?P<a>\d+) (?P<x>" + _PEOPLE + r") and #(?P<b>\d+) (?P<y>" + _PEOPLE + r")\b",
    r" #(?P<a>\d+) (?P<x>" + _COLOUR + r")(?: (?P<n1>" + _NOUN + r"))? and #(?P<b>\d+) (?P<y>"
    + _COLOUR + r") (?P<n>" + _NOUN + r")\b"]
_STANDARD = (r" (?:the cards of )?(?:an?|the) (?:standard|regular|ordinary|normal) (?:#52-card "
             r"deck(?: of cards)?|deck of #52 cards|deck of cards|deck)\b")
_ROW = (r" (?:in|into) an? (?P<random>random )?(?:row|line|straight line)(?: of #(?P<seats>\d+) "
        r"(?:chairs|seats|places))?\b")
_CIRCLE = (r" (?:in an? (?P<random>random )?circle|(?:a)?round an? (?:circle|round table|"
           r"circular table)|at an? (?:round|circular) table)\b")
_RANDOM = r",? (?:at random|in (?:a )?random order|randomly)\b"
_SHUFFLED = r" (?:is|are) shuffled(?: and)?\b"
_EXPECT = [r" (?:what is |find |compute )?the (?:expected|average|mean) number of\b",
           r" let @(?P<s>\d+)@ be the number of\b"]
_OF_LETTER = (r" (?:what is |find |compute )?the (?:expected|average|mean) value of "
              r"@(?P<t>\d+)@")
_BE = r"(?:are )?(?:stand|standing|sit|sitting|are|be|lie|lying)"
_PLACES = r" (?:places|spots|positions|pairs|times)(?: in the (?:row|line|circle))?"
_PAIRS_OF = (r" (?:pairs of (?:adjacent|neighbou?ring) (?P<n>[a-z]+)|(?:adjacent|neighbou?ring) "
             r"pairs(?: of (?P<n2>[a-z]+))?)")
_MIXED = [_PLACES + r" where an? (?P<x>[a-z]+) and an? (?P<y>[a-z]+) " + _BE
          + r" next to each other\b",
          _PLACES + r" where an? (?P<x>[a-z]+) (?:is|stands|sits) next to an? (?P<y>[a-z]+)\b",
          r" pairs of (?:neighbou?rs|adjacent people) (?:who|that) are an? (?P<x>[a-z]+) and an? "
          r"(?P<y>[a-z]+)\b",
          _PAIRS_OF + r" (?:which|that) (?:have|are|are of) different colours\b"]
_SAME = [_PAIRS_OF + r" (?:which|that) are both (?P<k>[a-z]+)\b",
         r" pairs of (?:adjacent|neighbou?ring) (?:seats|places|positions|spots) (?:occupied by|"
         r"with|holding) #2 (?P<k>[a-z]+)\b"]
_GLUE = {"line", "up", "lines", "stand", "sit", "are", "is", "put", "placed", "laid", "out",
         "dealt", "arranged", "lined", "seated", "and", "the", "suppose", "that", "whats",
         "let", "be", "they", "them", "of", "then"}
_MOST = 2000


def adjacent_pairs(split: Split, template: str) -> Result | None:
    if not quick(template, "expected", "average", "mean") or not quick(
            template, "next to", "adjacent", "neighbo"):
        return None
    w = Wording.of(split, template)
    found = [m for p in _COMPOSITIONS for m in w.take(p)]
    standard = w.take(_STANDARD)
    rows, circles = w.take(_ROW), w.take(_CIRCLE)
    randoms, shuffled = w.take(_RANDOM), w.take(_SHUFFLED)
    expect = [m for p in _EXPECT for m in w.take(p)]
    mixed = [m for p in _MIXED for m in w.take(p)]
    same = [m for p in _SAME for m in w.take(p)]
    letter = w.take(_OF_LETTER)
    if len(found) + len(standard) != 1 or len(rows) + len(circles) != 1 or len(expect) != 1 \
            or len(mixed) + len(same) != 1:
        return None
    s = expect[0].groupdict().get("s")
    if (s is None) != (not letter) or len(letter) > 1 or s is not None and w.maths[int(
            s)].strip() != w.maths[int(letter[0].group("t"))].strip():
        return None
    nouns = _nouns(found, standard)
    if not w.only_glue(_GLUE | nouns):
        return None
    # dealing a deck of cards deals it in a random order
    dealt = "cards" in nouns and any(t.startswith("dealt") for t in re.findall(r"[a-z]+", w.text))
    said_random = randoms or shuffled or dealt or any(m.group("random") for m in rows + circles)
    if not said_random:
        raise Decline("an order said to be random")
    asked = mixed[0] if mixed else same[0]
    pair_noun = asked.groupdict().get("n") or asked.groupdict().get("n2")
    if pair_noun and pair_noun not in nouns | {"people", "places", "positions", "seats"}:
        raise Decline("the pairs asked about are of the things arranged")
    counts = _counts(found, standard, asked)
    circle = bool(circles)
    if rows and rows[0].group("seats") and int(rows[0].group("seats")) != sum(counts.values()):
        raise Decline("as many seats as people")
    kinds = list(counts)
    a, b = counts[kinds[0]], counts[kinds[1]]
    n = a + b
    if a < 1 or b < 1 or n < 3 or n > _MOST:
        raise Decline("two kinds, each present, in a modest row or circle")
    places = n if circle else n - 1
    if mixed:
        value = Fraction(places * 2 * a * b, n * (n - 1))
        what = "holds one of each kind"
    else:
        k = counts[singular_kind(asked.group("k"))]
        value = Fraction(places * k * (k - 1), n * (n - 1))
        what = f"holds two {asked.group('k')}"
    keep = 0 if mixed else kinds.index(singular_kind(asked.group("k")))
    confirm.check(_by_every_order(a, b, circle, mixed=bool(mixed), kind=keep) == value,
                  "totalling the neighbouring pairs over every order of the two kinds")
    answer = sp.Rational(value.numerator, value.denominator)
    shape = "circle" if circle else "row"
    top = f"2 \\cdot {a} \\cdot {b}" if mixed else f"{k} \\cdot {k - 1}"
    claim = f"{places} \\cdot \\frac{{{top}}}{{{n} \\cdot {n - 1}}} = {latex(answer)}"
    return answer, [step("linearity of expectation", f"A {shape} of {n} has {places} "
                         f"neighbouring places; each {what} with the same chance, and the "
                         "expected count is that chance times the number of places.",
                         f"${claim}$", claim)]


def _nouns(found: list[re.Match[str]], standard: list[re.Match[str]]) -> set[str]:
    """The words naming the things themselves ("cards", "beads"), read as glue."""
    if standard:
        return {"cards", "card"}
    g = found[0].groupdict()
    said = {x for x in (g.get("n"), g.get("n1"), g.get("n2"), g.get("n3")) if x}
    if len(said) > 1:
        raise Decline("things of one noun")
    return said | {singular_kind(x) for x in said}


def _counts(found: list[re.Match[str]], standard: list[re.Match[str]],
            asked: re.Match[str]) -> dict[str, int]:
    """The two kinds and their counts; a standard deck split by the kind asked about."""
    g = asked.groupdict()
    if standard:
        k = g.get("k")
        pair = {g.get("x"), g.get("y")}
        if k in ("red", "black") or k is None and ("colours" in asked.group(0) or pair == {
                "red", "black"}):
            return {"red": 26, "black": 26}
        if k is not None and re.fullmatch(_SUIT, k):
            return {singular_kind(k): 13, "other": 39}
        raise Decline("a kind of card a standard deck has")
    m = found[0]
    x, y = singular_kind(m.group("x")), singular_kind(m.group("y"))
    if x == y:
        raise Decline("two different kinds")
    counts = {x: int(m.group("a")), y: int(m.group("b"))}
    total = m.groupdict().get("t") or m.groupdict().get("t2")
    if total and int(total) != sum(counts.values()):
        raise Decline("the kinds' counts add up to the number of things")
    if "x" in g and {singular_kind(g["x"]), singular_kind(g["y"])} != set(counts):
        raise Decline("the two kinds asked about are the two arranged")
    if g.get("k") is not None and singular_kind(g["k"]) not in counts:
        raise Decline("the kind asked about is one arranged")
    colour_words = "colours" in asked.group(0)
    if colour_words and not re.fullmatch(_COLOUR, m.group("x")):
        raise Decline("different colours of things told by colour")
    return counts


def _by_every_order(a: int, b: int, circle: bool, *, mixed: bool, kind: int) -> Fraction:
    """The mean number of neighbouring pairs (mixed, or both of `kind`) over every order of a
    things of kind 0 and b of kind 1, walking through the orders one place at a time: for
    each (used of each kind, first kind, last kind) the number of orders so far and their
    total of pairs."""
    def counted(p: int, q: int) -> bool:
        return p != q if mixed else p == q == kind

    table: dict[tuple[int, int, int, int], tuple[int, int]] = {
        (1, 0, 0, 0): (1, 0), (0, 1, 1, 1): (1, 0)}
    for _ in range(a + b - 1):
        grown: dict[tuple[int, int, int, int], tuple[int, int]] = {}
        for (i, j, first, last), (orders, total) in table.items():
            for nxt, (ni, nj) in ((0, (i + 1, j)), (1, (i, j + 1))):
                if ni > a or nj > b:
                    continue
                key = (ni, nj, first, nxt)
                o, t = grown.get(key, (0, 0))
                grown[key] = (o + orders, t + total + orders * counted(last, nxt))
        table = grown
    orders = sum(o for o, _ in table.values())
    total = sum(t + (o * counted(last, first) if circle else 0)
                for (_, _, first, last), (o, t) in table.items())
    return Fraction(total, orders)


__all__ = ["adjacent_pairs"]
