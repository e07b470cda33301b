"""Reader of expected values with equally likely outcomes: the roll of a fair die (faces
1 to n), the sum of k fair dice, the number of heads in n fair coin flips.

Phrasings reached: "What is the expected value of the roll of a fair octahedral die?",
"Two fair six-sided dice are rolled. What is the expected value of the sum of the
numbers rolled?", "A fair coin is flipped 7 times. What is the expected number of
heads?", "A fair 12-sided die has faces numbered from 1 to 12. What is the expected value
of a roll?", "The expected value of rolling a fair six-sided die is what?", "A fair die is
rolled. What is the expected value?" (of one die only: of several it could be the sum or
each) ... The mean over every
outcome (listed) is checked against k(n + 1)/2 or n/2.
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.coins import COINS
from tutor.reasoning.symbolic.combinatorics.dice import DICE
from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_SOLIDS = {"tetrahedral": 4, "cubical": 6, "cubic": 6, "octahedral": 8, "decahedral": 10,
           "dodecahedral": 12, "icosahedral": 20}
_SOLID = (r" (?:of )?(?:the roll of |rolling |a roll of )?(?:a|an|one) (?:fair |standard )*"
          r"(?:(?P<solid>" + "|".join(_SOLIDS) + r")|#(?P<s>\d+)[- ]sided) die\b")
_ASK = (r" (?:what is |find |compute )?the expected (?:value of (?:the |a |#1 |their )?(?P<of>roll|"
        r"number rolled|sum(?: of the (?:#(?P<said>\d+) )?(?:numbers|values|rolls|results)(?: "
        r"rolled| shown)?)?|"
        r"number of heads|"
        r"number of tails|result|outcome)|(?P<count>number of heads|number of tails|sum(?: of the "
        r"(?:#(?P<said2>\d+) )?(?:numbers|values|rolls|results)(?: rolled| shown)?)?)|"
        r"value(?P<rolling>)(?= of (?:rolling |a roll of )?"
        r"(?:a|an|one) )|"
        # "a fair die is rolled. what is the expected value?": of one die, its roll
        r"value(?P<bare>)(?! (?:of|for|per|in|on)\b))\b(?: of the die\b)?")
# the faces said again: "whose faces are numbered 1 through 8", "has faces numbered from 1 to 12",
# "with faces 1 through 10"
_FACES = (r",? (?:whose|with|that has|which has|has|and) (?:its |the )?faces (?:(?:are )?numbered "
          r"|labell?ed )?(?:from )?#(?P<low>\d+) (?:to|through) #(?P<top>\d+)\b"
          # the die named again in a note: "(an octahedral die has 8 faces, numbered 1 to 8.)"
          r"| \(?(?:a|an|the) (?:fair )?(?P<again>" + "|".join(_SOLIDS) + r") die has #(?P<sides>"
          r"\d+) faces,? (?:numbered|labell?ed) (?:from )?#(?P<low2>\d+) (?:to|through) "
          r"#(?P<top2>\d+)\b\.?\)?")
# the dice named in the question: "the expected value of the sum of two fair six-sided dice"
_OF_DICE = (r"(?<=sum) (?:of|when rolling|for) #(?P<k>\d+) (?:fair |standard |ordinary )*"
            r"(?:#(?P<s>\d+)-sided )?dice\b")
_LIST = 200_000


def expected(split: Split, template: str) -> Result | None:
    if "expected" not in template:
        return None
    w = Wording.of(split, template)
    w.take_name("rolls|throws|tosses|flips")  # who rolls changes nothing
    of_dice = w.take(_OF_DICE)  # before the ask, which takes the "sum" it follows
    ask = w.take(_ASK)
    dice = of_dice + [m for p in DICE for m in w.take(p)]
    solid = w.take(_SOLID) if not dice else []
    told_faces = w.take(_FACES)
    coins = [m for p in COINS for m in w.take(p)]
    if len(ask) != 1 or len(solid) + len(dice) + len(coins) != 1 or not w.only_glue(
            {"when", "if", "is", "rolled", "of", "value", "it"}):
        return None
    what = ask[0].group("of") or ask[0].group("count") or "roll"
    if ask[0].group("bare") is not None and (coins or told_faces or len(dice) + len(solid) != 1):
        return None  # the expected value of flips, or of which of several dice?
    if told_faces and not solid:
        return None  # faces told of coins or of several dice: not read
    if coins:
        if "heads" not in what and "tails" not in what:
            return None
        n = int(coins[0].group("n"))
        if not 1 <= n <= 16:
            raise Decline("a modest number of flips")
        mean = Fraction(sum(sum(f) for f in product((0, 1), repeat=n)), 2**n)
        confirm.check(mean == Fraction(n, 2), "the mean over every sequence of flips is n/2")
        claim = f"{n} \\cdot \\frac{{1}}{{2}} = {latex(sp.Rational(n, 2))}"
        return sp.Rational(n, 2), [step("add the expectations", "Each flip gives a head with "
                                        "probability one half.", f"${claim}$", claim)]
    if "heads" in what or "tails" in what:
        return None
    if solid:
        k = 1
        name = solid[0].group("solid")
        s = _SOLIDS[name] if name else int(solid[0].group("s"))
    else:
        g = dice[0].groupdict()
        lone = any(g.get(key) is not None for key in ("single", "single2", "single3"))
        k = 1 if lone else int(g.get("k") or 2)
        s = int(g.get("s") or 6)
    low = _told_low(told_faces, solid[0].group("solid") if solid else None, s)
    said = ask[0].group("said") or ask[0].group("said2")
    if said and int(said) != k:
        raise Decline("the numbers added are not the dice rolled")
    if ask[0].group("bare") is not None and k != 1:
        return None  # several dice: the sum, the largest, each one?
    if (k > 1) != what.startswith("sum") or not 2 <= s <= 100 or s**k > _LIST:
        raise Decline("the sum of several dice, or the roll of one")
    top = low + s - 1
    mean = Fraction(sum(sum(r) for r in product(range(low, top + 1), repeat=k)), s**k)
    formula = Fraction(k * (low + top), 2)
    confirm.check(mean == formula, "the mean over every roll agrees with k(low + top)/2")
    v = sp.Rational(formula.numerator, formula.denominator)
    faces = f"\\frac{{{low} + {top}}}{{2}}"
    claim = (f"{k} \\cdot " if k > 1 else "") + f"{faces} = {latex(v)}"
    sums = "; the sum of dice adds their means" if k > 1 else ""
    return v, [step("average the faces", f"Each die shows {low} to {top} equally often, so its "
                    f"mean is the middle face{sums}.",
                    f"${claim}$", claim)]


def _told_low(told: list[re.Match[str]], solid: str | None, sides: int) -> int:
    """The lowest face of the die, from the faces told ("numbered from 0 to 7"; 1 when
    untold); Decline when they are not the die's `sides` numbers in a row, or a note names
    another die ("(an octahedral die has 8 faces ...)" of a dodecahedral die)."""
    lows = set()
    for f in told:
        low, top = int(f.group("low") or f.group("low2")), int(f.group("top") or f.group("top2"))
        if f.group("again") and (f.group("again") != solid or int(f.group("sides")) != sides):
            raise Decline("the note names another die than the one rolled")
        if top - low + 1 != sides:
            raise Decline("the faces numbered do not match the sides named")
        lows.add(low)
    if len(lows) > 1:
        raise Decline("the faces are told twice, differently")
    return lows.pop() if lows else 1


__all__ = ["expected"]
