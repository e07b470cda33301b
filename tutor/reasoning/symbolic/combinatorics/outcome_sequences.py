"""Reader of how many sequences n flips of a coin, or n rolls of a die, can give: "A coin is
flipped 7 times and the sequence of heads and tails is recorded. How many different sequences
are possible?", "A 4-sided die is rolled 5 times. How many different sequences of numbers can
occur?", "A coin is flipped 8 times. How many of the possible sequences contain exactly 3
heads?" (a count of heads or tails asked of the flips: a sum of binomial coefficients).

Each flip has 2 results and each roll s, whatever came before: s^n, confirmed by listing the
sequences (or by repeated multiplication when there are too many).
"""

from __future__ import annotations

import re
from itertools import product
from math import comb, prod

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.chance import FAIR
from tutor.reasoning.symbolic.combinatorics.coins import COINS
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 200_000
_DIE = [r" (?:a|an|one|#1) " + FAIR + r"(?:#(?P<s>\d+)-sided )?die (?:is |was )?(?:rolled|thrown|"
        r"tossed) #(?P<n>\d+) times\b",
        r" (?:rolls?|throws?|rolling) (?:a|an|one|#1) " + FAIR + r"(?:#(?P<s>\d+)-sided )?die "
        r"#(?P<n>\d+) times\b"]
_RECORDED = (r",? (?:and )?the (?:sequence|order|list) of (?:heads and tails|the results|results|"
             r"numbers|the numbers|outcomes)(?: (?:occurring|rolled|obtained|that occurs))? is "
             r"(?:recorded|written down|noted)\b")
_ASK = (r" how many (?:different |distinct |possible )*(?:sequences|orders|lists)(?: of (?:heads "
        r"and tails|results|numbers|outcomes))? (?:are possible|can occur|could occur|are "
        r"there|can there be|can result|could result)\b")
# a count of one side: "how many of the possible sequences contain exactly 3 heads"
_ASK_SOME = (r" how many (?:of the (?:possible |#\d+ )?|different |distinct |possible )*"
             r"(?:sequences|outcomes)(?: of (?:heads and tails|results|outcomes))?\b")
_HAS = (r" (?:that |which )?(?:contain|have|include|with|containing|having) (?P<cmp>exactly|at "
        r"least|at most) #(?P<j>\d+) (?P<side>heads|tails)\b")
_GLUE: frozenset[str] = frozenset()


def outcome_sequences(split: Split, template: str) -> Result | None:
    if not quick(template, "sequence", "orders", "lists", "outcomes") or not quick(template,
                                                                            "how many"):
        return None
    w = Wording.of(split, template)
    w.take_name("flips|tosses|rolls|throws")  # who flips changes nothing
    coin = [m for p in COINS for m in w.take(p)]
    die = [m for p in _DIE for m in w.take(p)]
    w.take(_RECORDED)
    has = w.take(_HAS)
    ask = w.take(_ASK_SOME) if has else w.take(_ASK)
    if len(coin) + len(die) != 1 or len(ask) != 1 or len(has) > 1 or not w.only_glue(
            {"are", "there"} if has else _GLUE):
        return None
    if has:
        if not coin:
            raise Decline("a count of one result for rolls")
        return _with_count(int(coin[0].group("n")), has[0])
    if coin and ("dice" in ask[0].group(0) or "numbers" in ask[0].group(0)):
        raise Decline("numbers asked of coin flips")
    m = (coin or die)[0]
    n = int(m.group("n"))
    results = 2 if coin else int(m.group("s") or 6)
    if not 1 <= n <= 40 or not 2 <= results <= 100:
        raise Decline("a modest number of trials")
    v = results**n
    listed = v <= _LIST
    confirm.count(v, (lambda: sum(1 for _ in product(range(results), repeat=n))) if listed
                  else (lambda: prod([results] * n)),
                  "sequences (listing them)" if listed else "sequences (repeated product)")
    claim = f"{results}^{{{n}}} = {v}"
    what = "flip" if coin else "roll"
    return sp.Integer(v), [step("multiply the choices", f"Each {what} has {results} results, "
                                "whatever came before: multiply.", f"${claim}$", claim)]


def _with_count(n: int, h: re.Match[str]) -> Result:
    """Sequences of n flips with exactly / at least / at most j of one side: the sum of
    C(n, i) over the allowed i, confirmed by listing the sequences."""
    j, side = int(h.group("j")), h.group("side")
    test = {"exactly": lambda i: i == j, "at least": lambda i: i >= j,
            "at most": lambda i: i <= j}[h.group("cmp")]
    allowed = [i for i in range(n + 1) if test(i)]
    if not 1 <= n <= 17 or not allowed or len(allowed) == n + 1:
        raise Decline("a modest number of flips and a count that can and cannot happen")
    v = sum(comb(n, i) for i in allowed)
    confirm.count(v, lambda: sum(1 for q in product((0, 1), repeat=n) if test(sum(q))),
                  "sequences (listing them)")
    terms = " + ".join(f"\\binom{{{n}}}{{{i}}}" for i in allowed)
    claim = f"{terms} = {v}"
    return sp.Integer(v), [step(f"choose the places of the {side}", f"A sequence is fixed by "
                                f"which of the {n} flips are {side}.", f"${claim}$", claim)]


__all__ = ["outcome_sequences"]
