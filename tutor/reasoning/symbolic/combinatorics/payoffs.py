"""Reader of a game on one roll of a fair die with a payoff for each kind of roll: the
expected winnings.

The situation: one fair die (faces 1 to s) is rolled; each rule says what the player wins
or loses for the rolls of a kind ("if the roll is even, you win that amount of dollars",
"if it is prime you win $\\$3$", "otherwise you lose $\\$1$", "if I roll $n$, I win $n^2$
dollars"). The rules must give every face exactly one payoff. The expected value is the
mean payoff over the faces, and again the sum over the rules of (faces of that kind / s)
times the mean payoff on them.

Phrasings reached: "A fair 6-sided die is rolled. If the roll is odd, you win that many
dollars; otherwise you win nothing. What is the expected value of your winnings?", "I roll
a fair 8-sided die. If I roll $n$, I win $n^2$ dollars. What is the expected value of my
win?", "You win 2 dollars if it shows an even number and lose 1 dollar otherwise. What are
your expected winnings?".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.chance import FAIR
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_SIDES = r"(?:#(?P<s>\d+)-(?:sided|faced) )?"
_DIE = [r" (?:a|one) " + FAIR + _SIDES + FAIR + r"die (?:is |was )?(?:rolled|thrown|tossed)"
        r"(?: once)?\b",
        r" (?:rolls?|throws?|tosses|toss) (?:a|one) " + FAIR + _SIDES + FAIR + r"die(?: once)?\b"]
_WHO = r"(?:i|you|we|he|she|they|the player)"
GAIN = (r"(?P<verb>wins?|gets?|receives?|earns?|gains?|loses?|pays?) (?:(?P<that>that "
         r"(?:amount|many|number)(?: of)?(?: dollars)?(?: in dollars)?)|(?P<money>@\d+@)"
         r"(?: dollars?)?|#(?P<count>\d+) dollars?|(?P<nothing>nothing|no money))")
_IF = (r"(?:if|when) (?:(?:the )?(?:roll|number rolled|result|outcome|number)|it|(?:the die|it) "
       r"(?:shows|lands on|comes up)(?: an?)?(?: number(?: that is)?)?|" + _WHO
       + r" rolls?(?: an?)?(?: number that)?)"
       + r" (?:" + PROPERTY + r"|(?P<name>@\d+@))")
_RULE = (r"(?:^|(?<=[.;,]))\s*(?:but |and |then )?" + _IF + r",? (?:then )?" + _WHO + r" " + GAIN
         + r"(?= ?[.;,?]| and\b)")
_RULE_AFTER = (r"(?:^|(?<=[.;,]))\s*(?:but |and |then )?(?:" + _WHO + r" )?" + GAIN + r",? " + _IF
               + r"(?= ?[.;,?]| and\b)")
_ELSE = (r"(?:^|(?<=[.;,]))\s*(?:but |and )?otherwise,? " + _WHO + r" " + GAIN
         + r"(?= ?[.;,?])|(?:^|(?<=[.;,]))\s*(?:and )?(?P<nothing2>nothing) otherwise(?= ?[.;,?])")
# "... and lose $1 otherwise": the payoff said first
_ELSE_AFTER = (r"(?:^|(?<=[.;,]))\s*(?:but |and )?(?:" + _WHO + r" )?" + GAIN
               + r",? otherwise(?= ?[.;,?])")
# a price to play: "It costs $2 to play (a game in which ...)", "A game costs $1 to play"
_COST = (r"(?:^|(?<=[.;,]))\s*(?:it|a game|the game|each game|one game) costs (?P<cost>@\d+@|"
         r"#\d+ dollars?) to play(?: (?:a|the|this) game)?(?:,? in which|\.|,)?")
# with a price, the question must ask for the gain after paying it
_NET = (r" (?:what is |find |compute )?the expected (?:value of (?:your|my|our|his|her|the|"
        r"their) )?(?:net (?:gain|winnings|profit)|profit)(?: (?:of|for) (?:the|a) (?:player|"
        r"game))?\b")
_EXAMPLE = r"\((?:so that,? )?(?:for example|e\.g\.)[^()]*\)"
EXPECTED_ASK = (r" (?:what is |find |compute )?the expected (?:value of (?:your|my|our|his|her|the|"
        r"their) )?(?:winnings?|win|gain|payoff|profit|amount (?:won|of money won))\b")
# "what are your expected winnings"
_ASK_OWN = (r" (?:what (?:are|is) |find )?(?:your|my|our|his|her|their) expected (?:winnings?|win|"
            r"gain|payoff|profit)\b")
_GLUE = frozenset("dollars dollar".split())


def payoff_of(w: Wording, m: re.Match[str], letter: str | None) -> Callable[[int], Fraction]:
    if m.groupdict().get("nothing2"):  # "and nothing otherwise"
        return lambda v: Fraction(0)
    sign = -1 if m.group("verb").startswith(("lose", "pay")) else 1
    if m.group("nothing"):
        return lambda v: Fraction(0)
    if m.group("that"):
        return lambda v: Fraction(sign * v)
    if m.group("count"):
        c = int(m.group("count"))
        return lambda v: Fraction(sign * c)
    src = w.maths[int(m.group("money")[1:-1])].strip()
    cash = re.fullmatch(r"\\\$\s*(\d+(?:\.\d+)?)", src)
    if cash:
        c2 = Fraction(cash.group(1))
        return lambda v: sign * c2
    e = parse_latex(src)
    if letter is None or not isinstance(e, sp.Expr) or {str(s) for s in e.free_symbols} != {
            letter}:
        raise Decline("a payoff in dollars or in the roll")
    sym = next(iter(e.free_symbols))

    def value(v: int) -> Fraction:
        got = e.subs(sym, v)
        if not isinstance(got, sp.Rational):
            raise Decline("a payoff in whole or fractional dollars")
        return sign * Fraction(int(got.p), int(got.q))
    return value


def expected_winnings(split: Split, template: str) -> Result | None:
    if "die" not in template or not quick(template, "expected"):
        return None
    w = Wording.of(split, template)
    w.text = re.sub(r"\s+", " ", re.sub(_EXAMPLE, " ", w.text))
    w.take_subject("rolls|throws|tosses|wins|loses|gets")
    cost = w.take(_COST)
    die = [m for p in _DIE for m in w.take(p)]
    rules = w.take(_RULE) + w.take(_RULE_AFTER)
    other = w.take(_ELSE) + w.take(_ELSE_AFTER)
    ask = w.take(_NET) if cost else w.take(EXPECTED_ASK) + w.take(_ASK_OWN)
    w.take(r"(?:^|(?<=[.;?]))\s*(?:express|give) (?:your|the) answer (?:as a dollar (?:value|"
           r"amount)|in dollars)\b")
    if len(die) != 1 or not rules or len(other) > 1 or len(ask) != 1 or len(cost) > 1 or \
            not w.only_glue(_GLUE | {"in", "which", "game", "a", "per"}):
        return None
    s = int(die[0].group("s") or 6)
    if not 2 <= s <= 100:
        raise Decline("a die of modest size")
    faces = range(1, s + 1)
    plan: list[tuple[Callable[[int], bool], Callable[[int], Fraction]]] = []
    for r in rules:
        if r.group("name"):
            letter = w.maths[int(r.group("name")[1:-1])].strip()
            if not re.fullmatch(r"[a-z]", letter):
                raise Decline("the roll named by a letter")
            plan.append(((lambda v: True), payoff_of(w, r, letter)))
        else:
            test, _ = predicate(r)
            plan.append((test, payoff_of(w, r, None)))
    covered = [sum(1 for test, _ in plan if test(v)) for v in faces]
    if other:
        rest = frozenset(v for v in faces if covered[v - 1] == 0)
        pay = payoff_of(w, other[0], None)
        plan.append((rest.__contains__, pay))
        covered = [sum(1 for test, _ in plan if test(v)) for v in faces]
    if any(c != 1 for c in covered):
        raise Decline("the rules do not give every roll exactly one payoff")
    pays = {v: next(p(v) for test, p in plan if test(v)) for v in faces}
    mean = sum(pays.values(), Fraction(0)) / s
    by_rule = sum((Fraction(sum(1 for v in faces if t(v)), s) * (sum(
        (p(v) for v in faces if t(v)), Fraction(0)) / max(1, sum(1 for v in faces if t(v))))
        for t, p in plan), Fraction(0))
    value = sp.Rational(mean.numerator, mean.denominator)
    confirm.check(by_rule == mean, "the expected value agrees with a sum over the rules of "
                  "probability times mean payoff")
    listed = " + ".join(latex(sp.Rational(pays[v].numerator, pays[v].denominator))
                        for v in faces).replace("+ -", "- ")
    claim = f"\\frac{{{listed}}}{{{s}}} = {latex(value)}"
    steps = [step("each roll's payoff", f"Each of the {s} faces has probability 1/{s}; write "
                  "down what each roll pays.", f"${claim}$", claim)]
    if not cost:
        return value, steps
    price = _price(w, cost[0].group("cost"))
    net = value - price
    claim = f"{latex(value)} - {latex(price)} = {latex(net)}"
    return net, [*steps, step("take off the price", "The game costs the same whatever is "
                              "rolled: subtract it from the expected payoff.", f"${claim}$",
                              claim)]


def _price(w: Wording, said: str) -> sp.Rational:
    if said.startswith("#"):
        return sp.Rational(int(re.findall(r"\d+", said)[0]))
    cash = re.fullmatch(r"\s*\\\$\s*(\d+(?:\.\d+)?)\s*", w.maths[int(said.strip("@"))])
    if not cash:
        raise Decline("a price in dollars")
    return sp.Rational(cash.group(1))


__all__ = ["EXPECTED_ASK", "GAIN", "expected_winnings", "payoff_of"]
