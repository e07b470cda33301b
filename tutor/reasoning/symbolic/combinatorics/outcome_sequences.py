"""Reader of how many sequences n flips of a coin, or n rolls of a die, can give: "A coin is
flipped 7 times and the sequence of heads and tails is recorded. How many different sequences
are possible?", "A 4-sided die is rolled 5 times. How many different sequences of numbers can
occur?"

Each flip has 2 results and each roll s, whatever came before: s^n, confirmed by listing the
sequences (or by repeated multiplication when there are too many).
"""

from __future__ import annotations

from itertools import product
from math import prod

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
_GLUE: frozenset[str] = frozenset()


def outcome_sequences(split: Split, template: str) -> Result | None:
    if not quick(template, "sequence", "orders", "lists") or not quick(template, "how many"):
        return None
    w = Wording.of(split, template)
    w.take_name("flips|tosses|rolls|throws")  # who flips changes nothing
    coin = [m for p in COINS for m in w.take(p)]
    die = [m for p in _DIE for m in w.take(p)]
    w.take(_RECORDED)
    ask = w.take(_ASK)
    if len(coin) + len(die) != 1 or len(ask) != 1 or not w.only_glue(_GLUE):
        return None
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


__all__ = ["outcome_sequences"]
