"""Reader of a bag whose count of one kind is unknown, found from a told chance: "A bag has 12
marbles, some blue and the rest green. Two marbles are drawn at random and the probability
that both are blue is 1/11. How many blue marbles are in the bag?", "a drawer has 6 black
socks and n white socks. the chance of pulling out a black sock at random is 3/5. what is n".

The stock is either a known whole with an unknown part ("12 marbles, some blue and the rest
green": 1 to 11 blue) or a known kind beside an unknown one ("5 red marbles and some blue
marbles", "... and $k$ orange tokens": at least one). One item is drawn, or two together
(without replacement); the chance is that it is (both are) of one named kind. Every possible
count is tried: the answer is the one count whose chance is the told one (none or several:
declined). The found count is confirmed by listing the labelled items and every draw of them
and counting the draws of that kind. A draw put back, a third kind or any other condition
leaves words unread and declines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction
from itertools import combinations
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.trial_wording import chance
from tutor.reasoning.symbolic.combinatorics.urn_wording import CONTAINER, singular_kind
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_ITEMS = r"(?P<noun>(?!(?:some|are|the|and|of)\b)[a-z]{3,}s)"
_HAS = r"(?:has|contains|holds|with|of)"
BOX = r" (?:a|an|the|one) (?:[a-z]+ )?" + CONTAINER + r"\b"
UNKNOWN = r"(?:some|(?P<letter>@\d+@|[nkmx]))"
_STOCK = [
    # a known whole, some of one kind and the rest of another
    BOX + r" " + _HAS + r" #(?P<all>\d+) " + _ITEMS + r",? (?:and )?(?:has )?some (?:of them )?"
    r"(?:are |of which are )?(?P<a>[a-z]+)(?: ones)? and the (?:rest|others|other ones) "
    r"(?:of which )?(?:are )?(?P<b>[a-z]+)\b",
    r" there are #(?P<all>\d+) " + _ITEMS + r" in" + BOX + r",? and some (?:of them )?are "
    r"(?P<a>[a-z]+)\b",
    # a known count of one kind beside an unknown count of another
    BOX + r" " + _HAS + r" #(?P<known>\d+) (?P<a>[a-z]+) " + _ITEMS + r" and " + UNKNOWN
    + r" (?P<b>[a-z]+) (?P<noun2>[a-z]+s)\b",
]
_NOUN_AGAIN = r" (?:token|item|ball|marble|chip|sock|counter|sweet|bead|card|coin|tile|one)s?"
_DRAW = [
    r"(?:(?:when|if) )?(?:you |i |we )?\b(?:draw|pick|grab|take|choose|select)s? "
    r"(?P<two>#2|#1|a|an)(?: of them)?(?: out)?(?: at random)?",
    r"(?:(?:when|if) )?(?P<two>#2|#1|a|an)(?:" + _NOUN_AGAIN + r"| " + _ITEMS + r")? (?:are|is) "
    r"(?:randomly )?(?:drawn|picked|taken out|taken|chosen|selected|pulled out)(?: at random)?"
    r"(?: (?P<how>without replacement|at the same time|together|at once))?",
]
_P = r"(?:#(?P<pn>\d+) / #(?P<pd>\d+)|@(?P<p>\d+)@)"
_CHANCE = [
    r"(?:if )?the (?:probability|chance) (?:that )?(?P<both>both(?: [a-z]+s)?|they|the two(?:"
    + _NOUN_AGAIN + r")?) (?:are|will be) (?:both )?(?P<k>[a-z]+) is " + _P,
    r"(?:if )?the (?:probability|chance) (?:that )?(?:it|the (?:[a-z]+)) is (?:an? )?(?P<k>[a-z]+)"
    r"(?:" + _NOUN_AGAIN + r")? is " + _P,
    r"(?:if )?the (?:probability|chance) of (?:randomly )?(?P<of>drawing|picking|pulling out|"
    r"getting|choosing) (?:a|an) (?P<k>[a-z]+) [a-z]+(?: at random)? is " + _P,
]
_ASK = [
    r"how many (?P<ak>[a-z]+)(?: [a-z]+s)?(?: (?:are|is) (?:there )?(?:in(?: the| this| that)? "
    r"[a-z]+)?| are there)?(?= ?[?.]? $)",
    # "how many balls in the bag are red"
    r"how many [a-z]+s (?:in (?:the|this|that) [a-z]+ )?are (?P<ak2>[a-z]+)(?= ?[?.]? $)",
    r"(?:what is|find|determine) (?P<aq>@\d+@|[nkmx])(?= ?[?.]? $)",
]


def unknown_stock(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(template, "some", "how many",
                                                                   "what is", "find"):
        return None
    w = Wording.of(split, template)
    stocks = [m for p in _STOCK for m in w.take(p)]
    draws = [m for p in _DRAW for m in w.take(p)]
    told = [m for p in _CHANCE for m in w.take(p)]
    asks = [m for p in _ASK for m in w.take(p)]
    if len(told) == 1 and told[0].groupdict().get("of") and not draws:
        draws = told  # "the chance of drawing a black sock": one drawn
    if len(stocks) != 1 or len(draws) != 1 or len(told) != 1 or len(asks) != 1:
        return None
    s, d, t, q = stocks[0], draws[0], told[0], asks[0]
    w.take(r" (?:randomly|at random|without replacement|at the same time)\b")
    if not w.only_glue({"the", "in", "bag", "box", "are", "there"}):
        return None
    pair = d.groupdict().get("two") == "#2"
    if pair != bool(t.groupdict().get("both")):
        raise Decline("the draw and the chance speak of different numbers of items")
    a, b = singular_kind(s.group("a")), singular_kind(s.groupdict().get("b") or "rest")
    kind = singular_kind(t.group("k"))
    if kind not in (a, b) or a == b:
        raise Decline("a chance of a kind the bag does not have")
    p = chance(t, w.maths)
    whole = s.groupdict().get("all")
    size = 2 if pair else 1
    found = _counts(int(whole) if whole else None, s.groupdict().get("known"), kind == a, size, p)
    if len(found) != 1:
        raise Decline("no one count of the items gives that chance")
    na, nb = found[0]
    answer = _asked(q, s, w, a, b, na, nb)
    good = na if kind == a else nb
    _confirm(na + nb, good, size, p)
    total = na + nb
    other = "others" if b == "rest" else b
    shown = sp.latex(sp.Rational(p.numerator, p.denominator))
    if pair:
        claim = f"\\frac{{\\binom{{{good}}}{{2}}}}{{\\binom{{{total}}}{{2}}}} = {shown}"
    else:
        claim = f"\\frac{{{good}}}{{{total}}} = {shown}"
    return sp.Integer(answer), [
        step("try every count", f"With {na} {a} and {nb} {other}, the chance of drawing "
             f"{'two' if pair else 'one'} {kind} is the told one, and no other count gives it.",
             f"${claim}$", claim)]


MOST_TRIED = 10_000  # counts tried for an unknown number of items; beyond it: declined


def the_one_count(fits: Callable[[int], bool], why: str) -> int:
    """The one count from 1 to `MOST_TRIED` that `fits`; none or several decline with `why`."""
    found = [n for n in range(1, MOST_TRIED + 1) if fits(n)]
    if len(found) != 1:
        raise Decline(why)
    return found[0]


def _counts(whole: int | None, known: str | None, of_a: bool, size: int,
            p: Fraction) -> list[tuple[int, int]]:
    """Every (a, b) stock the wording allows whose chance of `size` items of the named kind
    is `p`."""
    if whole is not None:
        if not 2 <= whole <= MOST_TRIED:
            raise Decline("too many items to try")
        stocks = [(x, whole - x) for x in range(1, whole)]
    else:
        if known is None:
            raise Decline("no count of the items")
        stocks = [(int(known), y) for y in range(1, MOST_TRIED + 1)]
    out = []
    for na, nb in stocks:
        good = na if of_a else nb
        if na + nb >= size and Fraction(comb(good, size), comb(na + nb, size)) == p:
            out.append((na, nb))
    return out


def _asked(q: re.Match[str], s: re.Match[str], w: Wording, a: str, b: str, na: int,
           nb: int) -> int:
    if q.groupdict().get("ak") or q.groupdict().get("ak2"):
        ask = singular_kind(q.groupdict().get("ak") or q.group("ak2"))
        if ask == a:
            return na
        if ask == b:
            return nb
        raise Decline("a count of a kind the bag does not have")
    letter = s.groupdict().get("letter")
    said = q.group("aq")
    if letter is None or letter_of(w, letter) != letter_of(w, said):
        raise Decline("the letter asked for is not the unknown count")
    return nb


def letter_of(w: Wording, token: str) -> str:
    """The one letter a token (`@k@` or a bare word) names; Decline for anything else."""
    m = re.fullmatch(r"@(\d+)@", token)
    src = w.maths[int(m.group(1))].strip() if m else token
    if not re.fullmatch(r"[A-Za-z]", src):
        raise Decline("an unknown count named by one letter")
    return src


def _confirm(total: int, good: int, size: int, p: Fraction) -> None:
    """List the labelled items (the first `good` of the named kind) and every draw."""
    if total > 60:
        confirm.check(Fraction(comb(good, size), comb(total, size)) == p,
                      "the count gives the told chance")
        return
    draws = list(combinations(range(total), size))
    hits = sum(all(i < good for i in d) for d in draws)
    confirm.check(Fraction(hits, len(draws)) == p,
                  "listing every draw of the labelled items gives the told chance")


__all__ = ["BOX", "MOST_TRIED", "UNKNOWN", "letter_of", "the_one_count", "unknown_stock"]
