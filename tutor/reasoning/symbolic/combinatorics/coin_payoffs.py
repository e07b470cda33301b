"""Reader of a bet on one flip of a coin whose chances are told: the expected winnings.

The situation: a coin (fair, or weighted so that heads comes up with a stated chance) is
flipped once; the player wins or loses an amount on heads and another on tails. The
expected value is P(heads) * (heads payoff) + P(tails) * (tails payoff), and again the
mean payoff over an equally likely model of the coin: q copies of each side in the ratio
of the chances (for 1/3 and 2/3, three tickets, one heads and two tails).

Phrasings reached: "A coin is weighted so that the probability of flipping heads is
$\\frac{2}{5}$. We win $\\$4$ if we flip heads and lose $\\$1$ if we flip tails. What is
the expected value of our winnings?", "A biased coin lands tails with probability 0.3 ...
if it lands heads you win $\\$2$, if it lands tails you lose $\\$5$ ...".
"""

from __future__ import annotations

import re
from fractions import Fraction
from math import lcm

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.trial_wording import chance as told_chance
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_P = r"(?:@(?P<p>\d+)@|#(?P<pn>\d+) ?/ ?#(?P<pd>\d+))"
_COIN = (r" (?:a|the|one) (?:certain )?(?:(?P<fair>fair) |(?:weighted|biased|unfair|loaded) )?"
         r"coin(?: is (?:weighted|biased|loaded)(?: so| such)?(?: that)?)?(?=[ ,.;])")
_CHANCE = [r" (?:the )?(?:probability|chance) (?:of (?:flipping|getting|tossing|landing|it "
           r"landing|it coming up) |that (?:it|the coin) (?:lands|comes up|shows) )(?:a )?"
           r"(?P<side>heads|tails)(?: up)? is " + _P,
           r" (?:it|the coin|that coin|(?P<named>(?:a|the) (?:certain )?(?:weighted |biased |"
           r"unfair |loaded )?coin)) (?:lands|comes up|shows) (?P<side>heads|tails)(?: up)? "
           r"with (?:probability|a (?:probability|chance) of) " + _P]
_WHO = r"(?:i|you|we|he|she|they|the player)"
_MONEY = (r"(?P<verb>wins?|gets?|gains?|earns?|loses?|pays?) (?:(?P<money>@\d+@)|#(?P<count>\d+)"
          r" dollars?|(?P<nothing>nothing))")
_ON = (r"(?:if|when) (?:" + _WHO + r" (?:flips?|gets?|tosses|toss|throws?) (?:a )?|(?:it|the coin)"
       r" (?:lands|comes up|shows) (?:on )?)(?P<side>heads|tails)(?: up)?(?: on (?:a|the) (?:coin "
       r"toss|flip|toss))?")
_START = r"(?:^|(?<=[.;,])|(?=\s(?:and|but)\s))"
_RULES = [_START + r"\s*(?:but |and |then )?" + _ON + r",? (?:then )?" + _WHO + r" "
          + _MONEY + r"(?= ?[.;,?]| and\b)",
          _START + r"\s*(?:but |and |then |suppose (?:that )?)?(?:" + _WHO + r" )?" + _MONEY
          + r",? " + _ON + r"(?= ?[.;,?]| and\b| but\b)"]
_ASK = (r" (?:what is |find |compute )?the expected (?:value|amount)(?:,? in dollars,?)? of "
        r"(?:your|my|our|his|her|the|their) (?:winnings?|win|gain|payoff|profit)(?: after "
        r"(?:one|a single|#1) (?:flip|toss))?\b")
_FORM = r"(?:^|(?<=[.;?]))\s*(?:express|give) (?:your|the) answer as a (?:common fraction|decimal)"
_GLUE = frozenset("suppose dollars flipped tossed once tosses flips".split())


def _amount(w: Wording, m: re.Match[str]) -> Fraction:
    sign = -1 if m.group("verb").startswith(("lose", "pay")) else 1
    if m.group("nothing"):
        return Fraction(0)
    if m.group("count"):
        return Fraction(sign * int(m.group("count")))
    cash = re.fullmatch(r"\s*\\\$\s*(\d+(?:\.\d+)?)\s*", w.maths[int(m.group("money")[1:-1])])
    if not cash:
        raise Decline("an amount of dollars")
    return sign * Fraction(cash.group(1))


def coin_bet(split: Split, template: str) -> Result | None:
    if "coin" not in template or not quick(template, "expected"):
        return None
    w = Wording.of(split, template)
    w.take_subject("tosses|flips|throws")
    told = [m for p in _CHANCE for m in w.take(p)]
    rules = [m for p in _RULES for m in w.take(p)]
    coin, ask = w.take(_COIN), w.take(_ASK)
    coin += [m for m in told if m.groupdict().get("named")]
    w.take(_FORM)
    if len(coin) != 1 or len(ask) != 1 or len(rules) != 2 or not w.only_glue(_GLUE):
        return None
    chances: dict[str, Fraction] = {}
    for m in told:
        side = m.group("side")
        if side in chances:
            raise Decline("a side's chance told twice")
        chances[side] = told_chance(m, w.maths)
    if coin[0].groupdict().get("fair"):
        if chances:
            raise Decline("a fair coin with other chances")
        chances = {"heads": Fraction(1, 2)}
    if not chances:
        raise Decline("the coin's chances")
    other = {"heads": "tails", "tails": "heads"}
    for side in list(chances):
        chances.setdefault(other[side], 1 - chances[side])
    if chances["heads"] + chances["tails"] != 1 or not 0 <= chances["heads"] <= 1:
        raise Decline("chances that do not add up to 1")
    pays = {m.group("side"): _amount(w, m) for m in rules}
    if set(pays) != {"heads", "tails"}:
        raise Decline("a payoff for heads and for tails")
    mean = chances["heads"] * pays["heads"] + chances["tails"] * pays["tails"]
    q = lcm(chances["heads"].denominator, chances["tails"].denominator)
    tickets = [pays["heads"]] * int(chances["heads"] * q) + [pays["tails"]] * int(
        chances["tails"] * q)
    confirm.check(sum(tickets, Fraction(0)) / len(tickets) == mean,
                  f"the mean over {len(tickets)} equally likely tickets in the coin's ratio "
                  "agrees")
    value = sp.Rational(mean.numerator, mean.denominator)

    def tex(f: Fraction) -> str:
        return latex(sp.Rational(f.numerator, f.denominator))
    claim = (f"{tex(chances['heads'])} \\cdot ({tex(pays['heads'])}) + "
             f"{tex(chances['tails'])} \\cdot ({tex(pays['tails'])}) = {latex(value)}")
    return value, [step("expected value", "Multiply each payoff by its chance and add.",
                        f"${claim}$", claim)]


__all__ = ["coin_bet"]
