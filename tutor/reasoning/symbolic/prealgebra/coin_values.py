"""Reader of the value of coins counted: "How many cents is 4 quarters, 3 dimes and 2
nickels?", "Sam has 3 quarters, 2 dimes and 4 pennies. How many cents does he have?", "What is
the total value in cents of 5 nickels and 7 pennies?", "How much are 6 dimes and 3 nickels
worth, in dollars?", "Ana has 7 dimes and 9 pennies. How much money does she have?".

The coins are listed with their counts (pennies 1, nickels 5, dimes 10, quarters 25 cents,
dollar coins 100), either in the question or in one sentence saying who has them ("Sam has
...", "there are ... in the jar"); the question asks their value in cents or dollars ("how
much money" alone: dollars). Every sentence must be read whole and each kind listed once;
any other word or number ("more", "each", "left", "spends") leaves the problem unread, as it
is a story about coins of another kind (`coins`). The value is the sum of count times value;
confirmed by adding the coins one at a time.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw

_CENTS = {"penny": 1, "pennies": 1, "nickel": 5, "nickels": 5, "dime": 10, "dimes": 10,
          "quarter": 25, "quarters": 25, "dollar coin": 100, "dollar coins": 100}
_COIN = r"(?:pennies|penny|nickels?|dimes?|quarters?|dollar coins?)"
_LIST = rf"(?P<list>#\d+ {_COIN}(?:,? (?:and )?#\d+ {_COIN})*)"
_UNIT = r"(?P<u>cents|dollars)"
_IN = r"(?:,? in (?P<u2>cents|dollars))?"
_WHO = r"(?P<who>[a-z]+)"
_HAS = re.compile(rf"{_WHO} (?:has|had|have|holds|found|saved|keeps|got)(?: only)? {_LIST}"
                  r"(?: in (?:his|her|their|a|the) [a-z]+)?|there (?:are|were) " + _LIST.replace(
                      "list", "list2") + r" in (?:a|the|her|his|their) (?P<box>[a-z]+)")
_ASKS = [
    re.compile(rf"how many {_UNIT} (?:is|are|do|does|would) {_LIST}(?: (?:be )?worth| make| "
               rf"come to| add up to)?(?: in all| altogether| in total)?"),
    re.compile(rf"(?:what|find) (?:is )?the (?:total )?value(?: in (?P<u3>cents|dollars))? of "
               rf"{_LIST}{_IN}"),
    re.compile(rf"how much (?:money )?(?:is|are) {_LIST} worth{_IN}"),
    re.compile(rf"how many {_UNIT} (?:does|do|did) {_WHO} have(?: in all| altogether| in "
               rf"total)?"),
    re.compile(rf"how much money (?:does|do|did) {_WHO} have(?: in all| altogether| in "
               rf"total)?{_IN}"),
    re.compile(rf"(?:what|find) (?:is )?the (?:total )?value(?: in (?P<u3>cents|dollars))? of "
               rf"(?:the|his|her|their|these|all the|all (?:his|her|their)) coins"
               rf"(?: in the (?P<box>[a-z]+))?{_IN}"),
]
_PRONOUNS = frozenset("he she they i we".split())


def _coins(listed: str) -> list[tuple[int, int, str]] | None:
    """(count, cents each, name) for each kind listed; None when a kind comes twice."""
    out = []
    for m in re.finditer(rf"#(\d+) ({_COIN})", listed):
        out.append((int(m.group(1)), _CENTS[m.group(2)], m.group(2)))
    kinds = [c for _, c, _ in out]
    return out if len(set(kinds)) == len(kinds) else None


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:pennies|penny|nickels?|dimes?|quarters?)\b", template):
        return None
    sentences = nw.story_sentences(split, template)
    if not sentences or len(sentences) > 2:
        return None
    ask = next((m for p in _ASKS if (m := p.fullmatch(sentences[-1]))), None)
    if ask is None:
        return None
    g = ask.groupdict()
    listed = g.get("list")
    if len(sentences) == 2:
        has = _HAS.fullmatch(sentences[0])
        if has is None or listed is not None:
            return None
        who, box = has.group("who"), has.group("box")
        if g.get("who") is not None and g["who"] != who and not (
                g["who"] in _PRONOUNS and who not in _PRONOUNS and box is None):
            return None
        if g.get("box") is not None and g["box"] != box:
            return None
        listed = has.group("list") or has.group("list2")
    elif listed is None:
        return None
    coins = _coins(listed)
    if coins is None:
        return None
    unit = g.get("u") or g.get("u2") or g.get("u3") or "dollars"
    if g.get("u3") and g.get("u2"):
        return None
    return _answer(coins, unit)


def _answer(coins: list[tuple[int, int, str]], unit: str) -> Result:
    cents = sum(n * c for n, c, _ in coins)
    again = 0
    for n, c, _ in coins:  # one coin at a time
        for _k in range(n):
            again += c
    confirm.check(again == cents, "the coins added again one at a time")
    sums = " + ".join(f"{n} \\cdot {c}" for n, c, _ in coins)
    claim = f"{sums} = {cents}"
    steps = [step("add the values", "Each kind of coin: how many, times its value in cents "
                  "(penny 1, nickel 5, dime 10, quarter 25).", f"${claim}$", claim)]
    if unit == "cents":
        return sp.Integer(cents), steps
    dollars = Fraction(cents, 100)
    shown = nw.shown(dollars, "decimal")
    steps.append(step("in dollars", "A dollar is 100 cents.",
                      f"${cents} \\div 100 = {shown}$", f"{cents} \\div 100 = {shown}"))
    return shown, steps


__all__ = ["read"]
