"""Reader of mixtures of solutions at given concentrations: "How many liters of a 20% acid
solution must be added to 10 liters of a 50% acid solution to make a 30% acid solution?", "How
many ounces of pure water must be added to 50 ounces of a 30% salt solution to make a 20% salt
solution?", "How many cups of pure juice must be mixed with 6 cups of a 10% juice mixture to get a
40% juice mixture?", "Ten liters of a 30% acid solution are mixed with 30 liters of a 10% acid
solution. What percent of the mixture is acid?" (both parts told, the mixture's percent asked).

Each part is an amount (told, or the one asked) of a concentration (a percent; "pure water" 0%,
"pure acid" 100% of the stuff the problem names); the mixture's amount is the sum of the parts
and the amount of the stuff in it is the sum of theirs. The question asks the amount of one
part (two parts, one of them untold; the mixture's amount may be told too). One stuff, one
unit of amount throughout; every word must be read; any other ("evaporated", "removed",
"drained", "each") leaves the problem unread. Solved by `Story` (positive amounts, one
solution, every relation checked again in exact fractions) and confirmed by computing the
stuff in each part and in the mixture again from the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.typed import FILLER

_UNIT = (r"(?:liters?|litres?|milliliters?|millilitres?|ml|gallons?|quarts?|pints?|cups?|"
         r"ounces?|pounds?|grams?|kilograms?|kg)")
_STUFF = r"(?:acid|salt|alcohol|sugar|juice|antifreeze|bleach|vinegar|saline|iodine|copper)"
_KIND = r"(?:solution|mixture|mix|alloy|brine)"
_PART = re.compile(rf"(?:(?P<a>#[\d/.]*\d) |how many )(?P<u>{_UNIT}) of (?:an? |the )?"
                   rf"(?:(?P<p>#[\d/.]*\d) percent (?:{_STUFF} )?{_KIND}?(?: of {_STUFF})?|pure "
                   rf"(?P<pure>water|{_STUFF}))")
_MIX = re.compile(rf"\bto (?:make|get|produce|obtain|create|form|give|yield|end up with) "
                  rf"(?:(?P<a>#[\d/.]*\d) (?P<u>{_UNIT}) of )?(?:an? )?(?:(?P<p>#[\d/.]*\d) "
                  rf"percent (?:{_STUFF} )?{_KIND}|{_KIND} (?:that is|of) (?P<p2>#[\d/.]*\d) "
                  rf"percent {_STUFF})")
_WORDS = frozenset(
    "how many must should be added to mixed with make get produce obtain create form give end up "
    "with a an the of solution mixture mix alloy brine pure water what is percent chemist "
    "mixes mix combines combine adds add needs need wants want does do will would in resulting "
    "new final made she he they we you i".split())


@dataclass
class _Part:
    amount: Fraction | None  # None: the one asked
    percent: Fraction


# both parts told, the mixture's percent asked: "What percent of the mixture is acid?"
_ASK_PERCENT = re.compile(
    rf"\bwhat (?:percent|is the (?:percent|percentage|concentration)(?: of {_STUFF})?) (?:of|in) "
    rf"the (?:resulting |new |final )?(?:{_KIND}|solution)(?: is (?P<stuff>{_STUFF}))?\s*[?.]?\s*$")


def mixtures(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:solution|mixture|alloy|brine)\b", template) or not re.search(
            r"\bhow many\b|\bwhat (?:percent|is the (?:percent|concentration))", template):
        return None
    text, places = nw.take_rounding(split, template)
    text, form = nw.take_form(text)
    text = wording.of(split, text).text
    text = re.sub(r"\blitres?\b", "liters", text)
    stuff = set(re.findall(rf"\b{_STUFF}\b", text))
    if len(stuff) > 1:
        return None
    parts: list[_Part] = []
    units: set[str] = set()
    asked_percent = _ASK_PERCENT.search(text)
    if asked_percent is not None:
        return _percent_asked(text, asked_percent, places, form)
    mix = list(_MIX.finditer(text))
    if len(mix) != 1:
        return None
    for m in _PART.finditer(_MIX.sub(" ; ", text)):
        units.add(m.group("u").rstrip("s"))
        if m.group("pure") == "water":
            percent = Fraction(0)
        elif m.group("pure"):
            percent = Fraction(100)
        else:
            percent = wording.value(m.group("p"))
        parts.append(_Part(wording.value(m.group("a")) if m.group("a") else None, percent))
    if len(parts) != 2 or sum(p.amount is None for p in parts) != 1:
        return None
    total = wording.value(mix[0].group("a")) if mix[0].group("a") else None
    if mix[0].group("u"):
        units.add(mix[0].group("u").rstrip("s"))
    if len(units) != 1:
        return None
    left = _PART.sub(" ", _MIX.sub(" ", text))
    words = set(re.findall(r"[a-z]+", re.sub(r"#\S+", " ", left)))
    if re.search(r"#\d", left) or words - _WORDS - FILLER - stuff:
        return None
    return _solve(parts, wording.value(mix[0].group("p") or mix[0].group("p2")), total, places,
                  form)


def _percent_asked(text: str, asked: re.Match[str], places: int | None,
                   form: str | None) -> Result | None:
    """Two parts told (amount and percent): the mixture's percent is the stuff in them over
    their total amount; solved by `Story` and confirmed by adding the stuff again."""
    story_text = text[:asked.start()]
    parts = [(wording.value(m.group("a")), Fraction(0) if m.group("pure") == "water" else
              Fraction(100) if m.group("pure") else wording.value(m.group("p")), m.group("u"))
             for m in _PART.finditer(story_text) if m.group("a")]
    left = _PART.sub(" ", story_text)
    words = set(re.findall(r"[a-z]+", re.sub(r"#\S+", " ", left)))
    if len(parts) != 2 or len({u.rstrip("s") for _, _, u in parts}) != 1 or re.search(
            r"#\d", left) or words - _WORDS - FILLER - {"are", "is", "mixed", "together"} - set(
            re.findall(_STUFF, text)) or _MIX.search(text) or re.search(r"\bhow many\b", text):
        return None
    y = sp.Symbol("y")
    whole = sum((sp.Rational(a) for a, _, _ in parts), sp.Integer(0))
    stuff = sum((sp.Rational(a) * sp.Rational(p) / 100 for a, p, _ in parts), sp.Integer(0))
    story = Story([y])
    story.state(y / 100 * whole, stuff, "the stuff in the parts is the stuff in the mixture")
    answer, steps = story.solve(lambda _sol: y, "the percent of the mixture")
    if not isinstance(answer, sp.Rational) or not whole:
        return None
    again = sum((a * p for a, p, _ in parts), Fraction(0)) / sum((a for a, _, _ in parts),
                                                                  Fraction(0))
    confirm.check(again == Fraction(int(answer.p), int(answer.q)),
                  "the stuff in each part added up again in exact fractions")
    extra = nw.in_form_asked(again, nw.tex_of(again), places, form) if (
        form or places is not None) else None
    return (extra[0], steps + extra[1]) if extra else (answer, steps)


def _solve(parts: list[_Part], percent: Fraction, total: Fraction | None, places: int | None,
           form: str | None) -> Result | None:
    x = sp.Symbol("x")
    story = Story([x])
    story.positive = True
    amounts = [sp.Rational(p.amount.numerator, p.amount.denominator) if p.amount is not None
               else x for p in parts]
    rates = [sp.Rational(p.percent.numerator, p.percent.denominator) / 100 for p in parts]
    whole = sum(amounts, sp.Integer(0))
    if total is not None:
        story.state(whole, sp.Rational(total.numerator, total.denominator),
                    "the parts make up the mixture")
    story.state(sum((a * r for a, r in zip(amounts, rates, strict=True)), sp.Integer(0)),
                sp.Rational(percent.numerator, percent.denominator) / 100 * whole,
                "the stuff in the parts is the stuff in the mixture")
    answer, steps = story.solve(lambda _sol: x, "the amount asked")
    if not isinstance(answer, sp.Rational):
        return None
    got = Fraction(int(answer.p), int(answer.q))
    amount = [p.amount if p.amount is not None else got for p in parts]
    stuff = sum((a * p.percent / 100 for a, p in zip(amount, parts, strict=True)), Fraction(0))
    confirm.check(stuff == percent / 100 * sum(amount, Fraction(0)) and (
        total is None or sum(amount, Fraction(0)) == total),
        "the stuff in each part added up again in exact fractions")
    extra = nw.in_form_asked(got, nw.tex_of(got), places, form) if (
        form or places is not None) else None
    return (extra[0], steps + extra[1]) if extra else (answer, steps)


__all__ = ["mixtures"]
