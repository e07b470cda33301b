"""Reader of how much of one ingredient is in an amount of a mix at a percent, and of two
such mixes put together, in everyday words (no "solution"): "How much juice is in 2 litres of
a drink that is 30% juice?", "A drink is 30% juice. How many litres of juice are in 5 litres
of the drink?", "3 litres of a drink that is 20% juice is mixed with 2 litres of a drink that
is 45% juice. What percent of the mixture is juice?", "Mix 4 kg of a nut mix that is 25%
peanuts with 6 kg of one that is 50% peanuts. What percent peanuts is the new mix?".

A part is "A UNIT of a KIND that is P% STUFF" (or "a KIND is P% STUFF" told first, then "A
UNIT of the KIND" in the question). Asked how much STUFF is in one part, the answer is A*P/100
in the story's unit; asked the percent of STUFF in two parts mixed (one unit, one stuff), it
is the stuff in both over their total amount. Another stuff or kind in the question, two
units, a percent over 100, or no amount of the mix ("how much juice is in a drink that is 30%
juice?") leaves it unread.

Confirmed the other way: the stuff found, divided by the amount of the mix, gives back the
percent told; the mixed percent lies between the two parts' percents and, times the total,
gives back the stuff of both parts added one by one.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording

_N = r"#\d+(?:\.\d+|/\d+)?"
_UNIT = (r"(?:liters?|milliliters?|ml|gallons?|quarts?|pints?|cups?|ounces?|pounds?|grams?|"
         r"kilograms?|kg|g|tonnes?|tons?)")
_KIND = r"[a-z]+(?: [a-z]+)?"
_THAT_IS = r"(?:,? (?:that|which) (?:is|contains)|,? containing)"


def _part(k: str) -> str:
    """ "A UNIT of a KIND that is P percent STUFF", its groups suffixed by `k`."""
    return (rf"(?P<a{k}>{_N}) (?P<u{k}>{_UNIT}) of (?:(?:a|an|the|some|another) "
            rf"(?P<kind{k}>{_KIND})|(?:another )?(?:one|#1)){_THAT_IS} (?P<p{k}>{_N}) percent "
            rf"(?P<stuff{k}>[a-z]+)")


_HOW_MUCH = (rf"how (?:much (?P<asked>[a-z]+)|many (?P<qu>{_UNIT}) of (?P<asked2>[a-z]+)) "
             r"(?:is|are|is there|are there|would be|will be) in ")
_ONE_ASKED = re.compile(rf"^{_HOW_MUCH}{_part('')}$")
_TOLD = re.compile(rf"^(?:a|an|the|this|that|my) (?P<kind>{_KIND}) (?:is|contains|has) "
                   rf"(?P<p>{_N}) percent (?P<stuff>[a-z]+)$")
_TOLD_ASK = re.compile(rf"^{_HOW_MUCH}(?P<a>{_N}) (?P<u>{_UNIT}) of (?:the|this|that|a|an) "
                       rf"(?P<kind>{_KIND})$")
_MIXED = re.compile(rf"^{_part('1')} (?:is|are|was|were|gets|get) (?:mixed|combined) with "
                    rf"{_part('2')}$"
                    rf"|^(?:you |we |i )?(?:mix|combine) {_part('3')} (?:with|and) {_part('4')}$")
_MIX_ASK = re.compile(
    r"^what percent (?:of the (?:new |resulting |final )?(?P<kind>[a-z]+) is (?P<stuff>[a-z]+)"
    r"|(?P<stuff2>[a-z]+) is (?:in )?the (?:new |resulting |final )?(?P<kind2>[a-z]+))$")


def _unit(u: str) -> str:
    return u.removesuffix("s")


def percent_contents(split: Split, template: str) -> Result | None:
    if not re.search(r"\bof\b", template):
        return None
    sentences = nw.story_sentences(split, template)
    if sentences is None or not 1 <= len(sentences) <= 2 or "percent" not in sentences[0]:
        return None
    if len(sentences) == 1:
        one = _ONE_ASKED.fullmatch(sentences[0])
        if one is None:
            return None
        return _stuff_in(one, one.group("a"), one.group("u"), one.group("p"), one.group("stuff"))
    told, ask = _TOLD.fullmatch(sentences[0]), _TOLD_ASK.fullmatch(sentences[1])
    if told is not None and ask is not None:
        if told.group("kind") != ask.group("kind"):
            return None
        return _stuff_in(ask, ask.group("a"), ask.group("u"), told.group("p"),
                         told.group("stuff"))
    mixed, mix_ask = _MIXED.fullmatch(sentences[0]), _MIX_ASK.fullmatch(sentences[1])
    if mixed is not None and mix_ask is not None:
        return _mixed(mixed, mix_ask)
    return None


def _stuff_in(ask: re.Match[str], a_tok: str, unit: str, p_tok: str, stuff: str) -> Result | None:
    asked = ask.group("asked") or ask.group("asked2")
    if asked != stuff or ask.group("kind") == stuff:
        return None
    if ask.group("qu") is not None and _unit(ask.group("qu")) != _unit(unit):
        return None  # litres of juice asked of a drink in cups: converting is another story
    a, p = wording.value(a_tok), wording.value(p_tok)
    if a <= 0 or not 0 < p <= 100:
        return None
    inside = a * p / 100
    confirm.check(inside / a * 100 == p, "the stuff over the whole amount gives back the percent")
    claim = f"\\frac{{{nw.tex_of(p)}}}{{100}} \\cdot {nw.tex_of(a)} = {nw.tex_of(inside)}"
    steps = [step(f"the {stuff}", f"{nw.tex_of(p)}% of the {nw.tex_of(a)} {unit}.",
                  f"${claim}$", claim)]
    return nw.as_measured(inside, None, None), steps


def _mixed(mixed: re.Match[str], ask: re.Match[str]) -> Result | None:
    k1, k2 = ("1", "2") if mixed.group("a1") is not None else ("3", "4")
    stuff = {mixed.group(f"stuff{k1}"), mixed.group(f"stuff{k2}")}
    asked = ask.group("stuff") or ask.group("stuff2")
    if stuff != {asked} or _unit(mixed.group(f"u{k1}")) != _unit(mixed.group(f"u{k2}")):
        return None
    kinds = {mixed.group(f"kind{k}") for k in (k1, k2)} - {None}
    # "the drink" names the mixture only when both parts are drinks; of "a drink" mixed with
    # "a punch" it is the first part
    mixture = {"mixture", "mix", "blend"} | (kinds if len(kinds) == 1 else set())
    if (ask.group("kind") or ask.group("kind2")) not in mixture:
        return None
    parts = [(wording.value(mixed.group(f"a{k}")), wording.value(mixed.group(f"p{k}")))
             for k in (k1, k2)]
    if any(a <= 0 or not 0 <= p <= 100 for a, p in parts):
        return None
    total = sum((a for a, _ in parts), Fraction(0))
    inside = sum((a * p / 100 for a, p in parts), Fraction(0))
    percent = inside / total * 100
    lo, hi = sorted(p for _, p in parts)
    again = Fraction(0)
    for a, p in parts:  # the stuff of each part, added one by one
        again += p * a
    confirm.check(lo <= percent <= hi and percent * total == again,
                  "the mixed percent lies between the parts' and gives back their stuff")
    (a1, p1), (a2, p2) = parts
    claim = (f"\\frac{{{nw.tex_of(p1 / 100)} \\cdot {nw.tex_of(a1)} + {nw.tex_of(p2 / 100)} "
             f"\\cdot {nw.tex_of(a2)}}}{{{nw.tex_of(total)}}} \\cdot 100 = {nw.tex_of(percent)}")
    steps = [step(f"the {asked} in the mixture", f"The {asked} of both parts over their total "
                  "amount.", f"${claim}$", claim)]
    return nw.as_measured(percent, None, None), steps


__all__ = ["percent_contents"]
