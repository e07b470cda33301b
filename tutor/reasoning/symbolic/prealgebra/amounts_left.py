"""Reader of one amount and what is left after a part of it goes: "Mia has 20 stickers and
gives away a quarter of them. How many does she have left?", "Lena has 30 cards and gives 40%
of them to her brother. How many cards does she have now?", "A cake is cut into 12 pieces and
we eat 5. What fraction of the cake is left?".

Two shapes, each one sentence of story and one question:
- a count: "NAME has/had N THINGS and gives/gave (away) F of them (to someone)", F a fraction
  below one or a percent below 100; the question asks how many (THINGS) NAME has (left, now) or
  how many are left. What is left must be a whole count, or the problem declines.
- pieces: "a/the W is cut/divided/sliced into N (equal) PIECES" or "a/the W has N PIECES",
  then "and NAME eats/ate/takes k (of them)", k below N; the question asks what fraction (of
  the W) is left.

Any other clause ("and then half of the rest", "buys 5 more") leaves the problem unread, and a
number in the question declines: the question must ask about the story's own amounts.

The count left is N - F*N, confirmed as N*(1 - F) in exact fractions; the fraction left is
(N - k)/N, confirmed by adding back what was eaten to make the whole.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording

_GIVE = re.compile(
    r"^(?P<name>[a-z]+) (?:has|had) #(?P<n>\d+) (?P<things>[a-z]+) and "
    r"(?:gives|gave|loses|lost|sells|sold|eats|ate|uses|used|spends|spent|donates|donated)"
    r"(?: away)? (?P<f>#\d+/\d+|#\d+(?:\.\d+)? percent) of them"
    r"(?: away| to (?:(?:his|her|their|a|the) )?[a-z]+)?$")
_HOW_MANY = re.compile(
    r"^how many(?: (?P<things>[a-z]+))? (?:does|did|do) (?P<who>[a-z]+) (?:have|has)"
    r"(?: left| now| left now| remaining)?$"
    r"|^how many(?: (?P<things2>[a-z]+))? (?:are|were|is) (?:left|remaining)"
    r"(?: now)?$")
_PIECES = re.compile(
    r"^(?:a|an|the) (?P<w>[a-z]+(?: [a-z]+)?) (?:is|was) (?:cut|divided|sliced|split) into "
    r"#(?P<n>\d+) (?:equal )?(?P<pieces>[a-z]+)"
    r"|^(?:a|an|the) (?P<w2>[a-z]+(?: [a-z]+)?) (?:has|had) #(?P<n2>\d+) (?:equal )?"
    r"(?P<pieces2>[a-z]+)")
_EAT = re.compile(r"^(?P<who>[a-z]+) (?:eats?|ate|takes?|took) #(?P<k>\d+)"
                  r"(?: of them| (?P<pieces>[a-z]+))?$")
_FRACTION_LEFT = re.compile(r"^(?:what|which) fraction(?: of (?:the|a|an) (?P<w>[a-z]+"
                            r"(?: [a-z]+)?))? (?:is|was|remains|remained)(?: still)?"
                            r"(?: left| remaining| uneaten)?$")
_PEOPLE = {"he", "she", "they", "i", "we", "you"}


def amounts_left(split: Split, template: str) -> Result | None:
    if "left" not in template and "now" not in template and "remain" not in template:
        return None
    sentences = nw.story_sentences(split, template)
    if sentences is None or len(sentences) != 2 or "#" in sentences[1]:
        return None
    story, ask = sentences
    give = _GIVE.fullmatch(story)
    if give is not None:
        return _count_left(give, _HOW_MANY.fullmatch(ask))
    if "fraction" in ask:
        return _fraction_left(story, _FRACTION_LEFT.fullmatch(ask))
    return None


def _count_left(give: re.Match[str], ask: re.Match[str] | None) -> Result | None:
    if ask is None:
        return None
    things = ask.group("things") or ask.group("things2")
    if things not in (None, give.group("things")):
        return None
    who = ask.group("who")
    if who is not None and who not in _PEOPLE and who != give.group("name"):
        return None
    n = Fraction(int(give.group("n")))
    token = give.group("f")
    share = (wording.value(token.removesuffix(" percent")) / 100 if token.endswith("percent")
             else wording.value(token))
    if not 0 < share < 1:
        raise Decline("the part given away is not a part of the whole amount")
    gone = share * n
    left = n - gone
    confirm.check(n * (1 - share) == left, "the amount kept as a part of the whole")
    if left.denominator != 1 or gone.denominator != 1:
        raise Decline("the part given away is not a whole number of things")
    taken = f"{nw.tex_of(share)} \\cdot {n} = {gone}"
    rest = f"{n} - {gone} = {left}"
    steps = [step("given away", "The part of the whole amount that goes.", f"${taken}$", taken),
             step("left", "The whole amount less what went.", f"${rest}$", rest)]
    return sp.Integer(int(left)), steps


def _fraction_left(story: str, ask: re.Match[str] | None) -> Result | None:
    if ask is None:
        return None
    first, sep, second = story.partition(" and ")
    whole = _PIECES.fullmatch(first)
    eat = _EAT.fullmatch(second) if sep else None
    if whole is None or eat is None:
        return None
    w = whole.group("w") or whole.group("w2")
    pieces = whole.group("pieces") or whole.group("pieces2")
    if ask.group("w") not in (None, w) or eat.group("pieces") not in (None, pieces):
        return None
    n = int(whole.group("n") or whole.group("n2"))
    k = int(eat.group("k"))
    if not 0 < k < n:
        raise Decline("more pieces are eaten than the whole has")
    left = Fraction(n - k, n)
    confirm.check(left * n + k == n, "what is left and what was eaten make the whole")
    claim = f"\\frac{{{n} - {k}}}{{{n}}} = {nw.tex_of(left)}"
    steps = [step("fraction left", f"{n - k} of the {n} equal pieces are left.", f"${claim}$",
                  claim)]
    return sp.Rational(left.numerator, left.denominator), steps


__all__ = ["amounts_left"]
