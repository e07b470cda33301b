"""The probability that a stated event does not happen: one minus the probability given.

"The probability that Kim takes the bus today is 3/8. What is the probability that Kim
does not take the bus today?" The event asked must be the event stated with one negation
(`not`, `does not`, `won't` ...) and every other word the same; or, when a sentence says
a game cannot be tied, the same event with "win" and "lose" exchanged. The answer 1 - p is
found with SymPy and confirmed with Python fractions.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.trial_wording import chance
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_P = r"(?:@(?P<p>\d+)@|#(?P<pn>\d+) ?/ ?#(?P<pd>\d+))"
_WHOLE = re.compile(
    r" the (?:probability|chance) (?:that|of) (?P<c1>[a-z' ]+?) is " + _P + r" ?\."
    r"(?P<tie> (?:if |since |given that |assuming (?:that )?)?(?:it is impossible to tie|ties "
    r"are (?:impossible|not possible)|there are no ties|a tie is (?:impossible|not possible)|"
    r"(?:he|she|they|it) cannot tie)(?: the game)?(?: ?[,.]))?"
    r" (?:what is|find|compute|determine) the (?:probability|chance) (?:that|of) (?P<c2>[a-z' ]+?)"
    r" ?[?.] ?$")
_AUX = {"does", "do", "did"}
_IRREGULAR = {"has": "have", "is": "be", "are": "be", "won": "win", "lost": "lose", "wins": "win",
              "loses": "lose"}


def _stem(word: str) -> str:
    word = _IRREGULAR.get(word, word)
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _words(clause: str) -> list[str]:
    clause = re.sub(r"\bwon't\b", "will not", clause)
    clause = re.sub(r"\bcan't\b", "cannot", clause)
    clause = re.sub(r"\b([a-z]+)n't\b", r"\1 not", clause)
    return [w for w in clause.split() if w not in ("a", "an", "the")]  # "a game", "the game"


def _negation_of(stated: list[str], asked: list[str]) -> bool:
    """`asked` is `stated` with one "not" (and its "does" / "do" / "did") put in."""
    if "not" in stated or asked.count("not") != 1 or "never" in stated + asked:
        return False
    i = asked.index("not")
    rest = asked[:i] + asked[i + 1:]
    if i > 0 and asked[i - 1] in _AUX and asked[i - 1] not in stated:
        rest = asked[:i - 1] + asked[i + 1:]
    return [_stem(w) for w in rest] == [_stem(w) for w in stated]


def _exchanged(stated: list[str], asked: list[str]) -> bool:
    """The same words with win and lose exchanged (exactly one of them)."""
    swap = {"win": "lose", "lose": "win"}
    a, b = [_stem(w) for w in stated], [_stem(w) for w in asked]
    if len(a) != len(b) or sum(w in swap for w in a) != 1:
        return False
    return all(y == swap.get(x, x) for x, y in zip(a, b, strict=True))


def complement(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or template.count("probability") + \
            template.count("chance") != 2:
        return None
    w = Wording.of(split, template)
    m = _WHOLE.fullmatch(w.text)
    if m is None:
        return None
    stated, asked = _words(m.group("c1")), _words(m.group("c2"))
    if not (_exchanged(stated, asked) if m.group("tie") else _negation_of(stated, asked)):
        return None
    p = chance(m, w.maths)
    if not 0 <= p <= 1:
        raise Decline("a probability outside 0 to 1")
    value = 1 - sp.Rational(p.numerator, p.denominator)
    confirm.check(Fraction(int(value.p), int(value.q)) + p == 1,
                  "the two probabilities add up to 1 (Python fractions)")
    pt = latex(sp.Rational(p.numerator, p.denominator))
    why = ("A game that cannot be tied is either won or lost." if m.group("tie")
           else "An event either happens or it does not.")
    claim = f"1 - {pt} = {latex(value)}"
    return value, [step("the complement", why + " The two probabilities add up to 1.",
                        f"${claim}$", claim)]


__all__ = ["complement"]
