"""Reader of named coins flipped together (a penny, a nickel, a dime, a quarter, a half-dollar,
a dollar coin), each fair and each landing heads or tails: "We flip a penny, a nickel and a
dime at the same time. What is the probability that at least 10 cents worth of coins come up
heads?", "... that the penny and the dime both come up the same?", "... that the nickel and
the quarter both come up tails?", "What is the expected value of the amount of the coins
which come up heads, in cents?".

Every one of the 2^n outcomes is listed and the favourable ones counted. The counts are
found again another way: an amount of cents by the coefficients of the product of
(1 + x^v) over the coins' values v; events about named coins by the 2^(n - k) outcomes of
the coins not named; the expected amount by linearity (half of each coin's value).
"""

from __future__ import annotations

import re
from itertools import product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.events import CMP
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.rounding_requests import round_answer

_CENTS = {"penny": 1, "nickel": 5, "dime": 10, "quarter": 25, "half-dollar": 50,
          "half dollar": 50, "dollar coin": 100, "silver dollar": 100}
_COIN = r"(?:" + "|".join(sorted(_CENTS, key=len, reverse=True)) + r")"
_ONE = r"(?:an? |the |#1 )?" + _COIN
_LIST = _ONE + r"(?:(?:,|, and| and) " + _ONE + r")+"
_SETUP = [r"(?::|,)? (?P<coins>" + _LIST + r")(?:,? (?:are|is|were) (?:all )?(?:simultaneously "
          r")?(?:flipped|tossed))?(?=[ .,;?])",
          r" #(?P<n>\d+) (?:fair )?coins(?= ?[:;,.]| (?:are|at|simultaneously))"]
_SIDE = r"(?P<side>heads|tails)"
_UP = r"(?:comes?|lands?|turns?) (?:up )?"
_EVENTS = [
    # "at least 15 cents worth of coins come up heads"
    r" (?P<cmp>at least|at most|more than|less than|fewer than|exactly) #(?P<cents>\d+) "
    r"cents(?: worth)? of (?:the )?coins " + _UP + _SIDE + r"\b",
    # "the penny and the dime both come up the same", "... both come up heads"
    r" the (?P<c1>" + _COIN + r") and (?:the )?(?P<c2>" + _COIN + r") (?:both )?" + _UP
    + r"(?:" + _SIDE + r"|(?:the )?(?P<same>same)(?: side)?|(?P<differ>different)(?: sides)?)"
    r"(?= ?[.;,?])",
    # "the quarter comes up heads"
    r" the (?P<c1>" + _COIN + r") " + _UP + _SIDE + r"(?= ?[.;,?])"]
_MEAN = (r" (?:what is |find |compute )?the expected (?:value|amount|total)(?: of the (?:total )?"
         r"(?:amount|value|money))?(?:,? in cents,?)? of (?:the )?coins (?:which|that) "
         + _UP + r"heads(?:,? in cents)?\b")
_CENTS_FORM = (r"(?:^|(?<=[.?])) express your answer in cents(?P<tenth>,? rounded to the "
               r"nearest tenth of a cent)?\b")
_GLUE = frozenset("we you i suppose flip flips flipped toss tosses tossed simultaneously at "
                  "same time all coins are is".split())


def named_coins(split: Split, template: str) -> Result | None:
    if not quick(template, "penny", "nickel", "dime", "quarter", "dollar") or not quick(
            template, "flip", "toss"):
        return None
    w = Wording.of(split, template)
    ask, mean = w.take(ASK), w.take(_MEAN)
    form = w.take(_CENTS_FORM)
    events = [m for p in _EVENTS for m in w.take(p)]
    setup = [m for p in _SETUP for m in w.take(p)]
    lists = [m for m in setup if m.groupdict().get("coins")]
    if len(lists) != 1 or len(setup) > 2 or not w.only_glue(_GLUE):
        return None
    coins = re.findall(_COIN, lists[0].group("coins"))
    told = [int(m.group("n")) for m in setup if m.groupdict().get("n")]
    if len(set(coins)) != len(coins) or told and told[0] != len(coins):
        raise Decline("each coin named once, as many as were counted")
    if mean and not ask and not events and len(mean) == 1:
        return _expected(coins, bool(form and form[0].group("tenth")))
    if len(ask) != 1 or len(events) != 1 or mean or form:
        return None
    return _chance(coins, events[0])


def _chance(coins: list[str], e: re.Match[str]) -> Result:
    n, values = len(coins), [_CENTS[c] for c in coins]
    outcomes = list(product((True, False), repeat=n))  # True: heads
    g = e.groupdict()
    heads = g.get("side") != "tails"
    if g.get("cents"):
        t, cmp = int(g["cents"]), CMP[g["cmp"]]

        def test(o: tuple[bool, ...]) -> bool:
            return cmp(sum(v for v, h in zip(values, o, strict=True) if h == heads), t)
        good = sum(1 for o in outcomes if test(o))
        poly = sp.Poly(sp.prod([1 + sp.Symbol("x") ** v for v in values]), sp.Symbol("x"))
        again = sum(int(c) for (k,), c in poly.terms() if cmp(k, t))
        what = f"{g['cmp']} {t} cents of coins showing {g['side']}"
        how = "the coefficients of the product of (1 + x^v) over the coins' values"
    else:
        named = [coins.index(c) if c in coins else -1 for c in (g["c1"], g.get("c2")) if c]
        if -1 in named or len(set(named)) != len(named):
            raise Decline("a coin that was not flipped, or one named twice")

        def test(o: tuple[bool, ...]) -> bool:
            shown = [o[i] for i in named]
            if g.get("same"):
                return len(set(shown)) == 1
            if g.get("differ"):
                return len(set(shown)) == 2
            return all(s == heads for s in shown)
        good = sum(1 for o in outcomes if test(o))
        ways = 2 if g.get("same") or g.get("differ") else 1  # all heads or all tails; HT or TH
        again = ways * 2 ** (n - len(named))
        what = " and ".join(f"the {coins[i]}" for i in named) + " " + (
            "the same" if g.get("same") else "different" if g.get("differ") else g["side"])
        how = "the outcomes of the coins not named"
    return answer(good, len(outcomes), what, again, how,
                  f"Of the {len(outcomes)} equally likely outcomes, {good} have {what}.",
                  f"2^{{{n}}}")


def _expected(coins: list[str], tenth: bool) -> Result:
    values = [_CENTS[c] for c in coins]
    outcomes = list(product((0, 1), repeat=len(values)))
    listed = sp.Rational(sum(sum(v * h for v, h in zip(values, o, strict=True))
                             for o in outcomes), len(outcomes))
    mean = sp.Rational(sum(values), 2)
    confirm.check(listed == mean, f"the mean over all {len(outcomes)} outcomes is {listed}")
    claim = "\\frac{" + " + ".join(map(str, values)) + "}{2} = " + latex(mean)
    steps = [step("expected value", "Each coin adds its value with chance 1/2 (linearity).",
                  f"${claim}$ cents", claim)]
    if tenth:
        return round_answer(mean, steps, 1)
    return mean, steps

__all__ = ["named_coins"]
