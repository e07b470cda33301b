"""Reader of a price or an ingredient at one rate, asked for another amount: "If 3 kg of apples
cost $6, how much does 1 kg cost?", "5 litres of paint cost $20. How much do 8 litres cost?",
"A dozen bagels cost $6. How much do 5 bagels cost?", "A recipe uses 3 cups of sugar for 18
muffins. How much sugar for 24 muffins?".

Two shapes, a story and a question (two sentences, or "if STORY, QUESTION"):
- a price: "(if) A UNIT(s) of STUFF cost(s) P", the amount a measure ("3 kg of apples"), a
  count ("4 pens"), dozens ("a dozen eggs", "half a dozen pens") or a pack ("a box of 12
  pens"); the question asks how much (or what) B of the same unit (or the same things, or
  packs) cost(s), "of STUFF" repeated or not, what the cost of B is, or how much each costs;
  asked in cents ("in cents", "how many cents does B cost") of a price typed in dollars
  ("$3.60"), the price is 100 times as many cents. The price may be a purchase ("Tom bought 2
  dozen eggs for $4.80"), dozens counted ("how much do 2 dozen cost": of the story's things),
  and the question may open "at that (same) rate" or close "at the same rate/price (each)".
- a recipe: "(if) a recipe uses/needs/calls for A UNIT(s) of STUFF for/to make N THINGS"; the
  question asks how much STUFF (or how many UNITs of STUFF) for M of the same THINGS.

Another unit, other stuff or other things in the question ("how much do 6 pounds cost" of a
price in kilograms) leave the problem unread: converting is another story. The amount asked
is the story's rate times the question's amount, P/A*B; it is confirmed the second way, as the
proportion B*P = answer*A cross-multiplied in exact fractions.
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
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.story_words import same_thing

_N = r"#\d+(?:\.\d+|/\d+)?"
_PACKS = "box|pack|packet|bag|carton|crate|case|jar|tin|bundle|set|roll|tub|sheet"
_AMOUNT = (rf"(?:(?:a|an|one) (?P<{{p}}pack>{_PACKS}) of (?P<{{p}}pc>{_N}) "
           rf"(?P<{{p}}pthings>[a-z]+(?: [a-z]+)?)"
           rf"|(?P<{{p}}a>{_N}) (?P<{{p}}unit>[a-z]+) of (?P<{{p}}stuff>[a-z]+)"
           rf"|(?:(?P<{{p}}half>{_N}) times )?a dozen (?P<{{p}}dozen>[a-z]+)"
           rf"|(?P<{{p}}c>{_N}) (?P<{{p}}things>[a-z]+))")
_PRICE = re.compile(rf"^{_AMOUNT.format(p='s')} costs? (?P<p>{_N})$")
# "Tom bought 4 pens for $6": the price said as a purchase
_BOUGHT = re.compile(rf"^(?:[a-z]+ )?(?:[a-z]+) (?:bought|buys|purchased|purchases|paid for) "
                     rf"{_AMOUNT.format(p='s')} for (?P<p>{_N})$")
_PRICE_ASK = re.compile(
    rf"^(?:(?:how much|what) (?:does|do|would|will) (?P<b>{_N}) (?P<unit>[a-z]+(?: [a-z]+)?)"
    r"(?: of (?P<stuff>[a-z]+))? cost"
    rf"|what is the (?:cost|price) of (?P<b2>{_N}) (?P<unit2>[a-z]+(?: [a-z]+)?)"
    r"|how much (?:is|does) (?P<each>each|one) (?P<unit3>[a-z]+(?: (?!cost\b)[a-z]+)?)(?: cost)?"
    rf"|how many (?P<cents>cents) (?:does|do|would|will) (?P<b4>{_N}) "
    r"(?P<unit4>[a-z]+(?: [a-z]+)?) cost"
    r")(?: in (?P<money>dollars|cents))?$")
# the price in dollars, as typed: "$3.60"
_DOLLARS = re.compile(r"\\?\$\s*(?P<v>\d+(?:\.\d+)?)")
_RECIPE = re.compile(rf"^(?:a|the|my|this) recipe (?:uses|needs|calls for|requires|takes) "
                     rf"(?P<a>{_N}) (?P<unit>[a-z]+) of (?P<stuff>[a-z]+) (?:for|to make) "
                     rf"(?P<n>{_N}) (?P<things>[a-z]+)$")
_RECIPE_ASK = re.compile(
    r"^how (?:much (?P<stuff>[a-z]+)|many (?P<unit>[a-z]+) of (?P<stuff2>[a-z]+))"
    r"(?: (?:is|are|would be|will be) (?:needed|required)|"
    r" (?:do|does|would|will) (?:you|i|we|it|she|he|they) need)? (?:for|to make) "
    rf"(?P<m>{_N}) (?P<things>[a-z]+)$")


def measured_rates(split: Split, template: str) -> Result | None:
    if "cost" not in template and "recipe" not in template:
        return None
    sentences = nw.story_sentences(split, template)
    if sentences is None:
        return None
    if len(sentences) == 1 and sentences[0].startswith("if "):
        parts = re.split(r",? (?=(?:how|what) )", sentences[0].removeprefix("if "), maxsplit=1)
        if len(parts) != 2:
            return None
        story, ask = parts
    elif len(sentences) == 2:
        story, ask = sentences
    else:
        return None
    told = re.search(r"#\d+ dozen (?:of (?:these|those|the) )?([a-z]+)", story)
    if told:  # "how much do 2 dozen cost": dozens of the story's things
        ask = re.sub(r"(#\d+ dozen)(?= (?:cost|would|will)\b)", rf"\1 {told.group(1)}", ask)
    story, ask = _plainly(story), _plainly(ask)
    price = _PRICE.fullmatch(story) or _BOUGHT.fullmatch(story)
    if price is not None:
        return _price(price, _PRICE_ASK.fullmatch(ask), _in_dollars(split.maths))
    recipe = _RECIPE.fullmatch(story)
    if recipe is not None:
        return _recipe(recipe, _RECIPE_ASK.fullmatch(ask))
    return None


def _plainly(text: str) -> str:
    """Dozens counted ("#2 dozen apples" as "#24 apples", "#3 dozen of these apples" as "#36
    apples") and "at that (same) rate," opening the question, or "at the same rate/price (each)"
    closing it, dropped: the rate is the story's."""
    text = re.sub(r"#(\d+) dozen (?:of (?:these|those|the) )?",
                  lambda m: f"#{12 * int(m.group(1))} ", text)
    text = re.sub(r",? at (?:that|this|the) (?:same )?(?:rate|price(?: each)?)$", "", text)
    return re.sub(r"^at (?:that|this|the) (?:same )?rate,? ", "", text)


def _same(a: str | None, b: str | None) -> bool:
    """One unit or thing named twice, singular or plural ("kg", "pound"/"pounds", "box"/
    "boxes")."""
    return a is not None and b is not None and (
        a.removesuffix("s") == b.removesuffix("s") or same_thing(a, b))


def _in_dollars(maths: list[str]) -> Fraction | None:
    """The one amount typed in dollars ("$3.60"), or None when none or several are."""
    found = [m for m in (_DOLLARS.fullmatch(x.strip()) for x in maths) if m is not None]
    return Fraction(found[0].group("v")) if len(found) == 1 and len(
        [x for x in maths if "$" in x]) == 1 else None


def _asked(ask: re.Match[str]) -> tuple[str, Fraction]:
    """The unit or things the question prices, and how many of them."""
    if ask.group("b4") is not None:
        return ask.group("unit4"), wording.value(ask.group("b4"))
    if ask.group("each") is not None:
        return ask.group("unit3"), Fraction(1)
    if ask.group("b2") is not None:
        return ask.group("unit2"), wording.value(ask.group("b2"))
    return ask.group("unit"), wording.value(ask.group("b"))


def _price(price: re.Match[str], ask: re.Match[str] | None,
           dollars: Fraction | None) -> Result | None:
    if ask is None:
        return None
    unit, b = _asked(ask)
    cents = "cents" in (ask.group("cents"), ask.group("money"))
    if cents and dollars != wording.value(price.group("p")):
        return None  # cents asked of a price not typed in dollars
    if price.group("spack") is not None:  # "a box of 12 pens": the pens, or boxes
        if ask.group("stuff") is not None:
            return None
        if _same(price.group("spack"), unit):
            a = Fraction(1)
        elif _same(price.group("spthings"), unit):
            a = wording.value(price.group("spc"))
        else:
            return None
    elif price.group("sa") is not None:  # a measure of stuff
        if not _same(price.group("sunit"), unit):
            return None
        if ask.group("stuff") not in (None, price.group("sstuff")):
            return None
        a = wording.value(price.group("sa"))
    elif ask.group("stuff") is not None:
        return None
    elif price.group("sdozen") is not None:
        if not _same(price.group("sdozen"), unit):
            return None
        half = price.group("shalf")
        a = 12 * (wording.value(half) if half else Fraction(1))
    else:
        if not _same(price.group("sthings"), unit):
            return None
        a = wording.value(price.group("sc"))
    return _scaled(a, wording.value(price.group("p")) * (100 if cents else 1), b,
                   "cost in cents" if cents else "cost")


def _recipe(recipe: re.Match[str], ask: re.Match[str] | None) -> Result | None:
    if ask is None or not _same(recipe.group("things"), ask.group("things")):
        return None
    if (ask.group("stuff") or ask.group("stuff2")) != recipe.group("stuff"):
        return None
    if ask.group("unit") is not None and not _same(ask.group("unit"), recipe.group("unit")):
        return None
    return _scaled(wording.value(recipe.group("n")), wording.value(recipe.group("a")),
                   wording.value(ask.group("m")), recipe.group("unit"))


def _scaled(a: Fraction, p: Fraction, b: Fraction, what: str) -> Result | None:
    """P for A, so P/A for one and P/A*B for B; confirmed as B*P = answer*A."""
    if a <= 0 or b <= 0 or p <= 0:
        return None
    per_one = p / a
    answer = per_one * b
    confirm.check(b * p == answer * a, "the two amounts and their prices in proportion")
    one = f"\\frac{{{nw.tex_of(p)}}}{{{nw.tex_of(a)}}} = {nw.tex_of(per_one)}"
    times = f"{nw.tex_of(per_one)} \\cdot {nw.tex_of(b)} = {nw.tex_of(answer)}"
    steps = [step("one unit", f"The {what} of one.", f"${one}$", one),
             step("the amount asked", "One times the amount asked.", f"${times}$", times)]
    return sp.Rational(answer.numerator, answer.denominator), steps


__all__ = ["measured_rates"]
