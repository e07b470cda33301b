"""Reader of an amount before percent changes, from the amount after them: "A bike is on sale
for $180 after a 25% discount. What was the original price?", "After a 10% raise, Sam earns
$660 per week. What did he earn before the raise?", "A coat costs $84 after a 20% markdown.
What was its regular price?", "The price was reduced by 20% to $36. What was the original
price?".

The changes are read as `percent_changes` reads them (a verb "discounted by 25%", a noun "a
25% discount", "a 10% raise", "20% off"), each multiplying the amount by 1 + p/100 or
1 - p/100; the one dollar amount told is the amount after all of them (the story says so: "after a",
"on sale for", "now costs", "the sale price"), and the question asks
for the amount before ("original", "before the raise", "regular price"). The answer is the
amount divided by the product of the factors; it is confirmed by applying the changes to it
one at a time in exact fractions and getting the amount told back.
"""

from __future__ import annotations

import re
from fractions import Fraction
from math import prod

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.percent_changes import changes_told, dollars_marked

_ASK = re.compile(r"\b(?:what|how much|find)\b[^?.]*\b(?:original|originally|before|regular|"
                  r"regularly|usual|old|previous|full)\b[^?.]*$")
_NOUN_UP = r"raise|pay raise|increase|markup|mark-up|tax|sales tax|tip|surcharge"
_NOUN_DOWN = r"discount|decrease|reduction|cut|markdown|mark-down|pay cut"
_NOUN = re.compile(rf"\b(?:an? |the )?(?:additional |further |another )?(?P<p>#[\d/.]*\d) percent "
                   rf"(?P<noun>{_NOUN_UP}|{_NOUN_DOWN})\b")
_AMOUNT = re.compile(r"(?P<v>#[\d/.]*\d) dollars\b")
# the amount told is the one after the changes
_AFTER = re.compile(r"\bafter (?:a|an|the|it|being|its|his|her|their)\b|\bon sale for\b|"
                    r"\bsale price\b|\bnow (?:costs?|sells?|earns?|is|pays?|makes?)\b|"
                    r"\bnew (?:price|salary|wage|cost)\b|"
                    r"\bpercent to (?=#)")  # "reduced by 20% to $36"
_BLOCK = re.compile(r"\b(?:more than|less than|times|twice|half|each year|every year|per year|"
                    r"interest|profit|loss|saves?|saved|savings|difference|total|together|"
                    r"both)\b")


def read(split: Split, template: str) -> Result | None:
    if "percent" not in template and "%" not in "".join(split.maths):
        return None
    text = re.sub(r"\s+", " ", wording.of(split, dollars_marked(split, template)).text)
    text = re.sub(r"(?<=#)(\d+(?:\.\d+)?) (?=dollars)", r"\1 ", text).strip()
    sentences = [s for s in re.split(r"(?<=[.?!])\s+", text) if s.strip()]
    if not sentences or not _ASK.search(sentences[-1].rstrip(" ?.")):
        return None
    told = " ".join(sentences[:-1])
    question = sentences[-1]
    if _BLOCK.search(text) or "#" in re.sub(r"#[\d/.]*\d percent", "", question):
        return None
    found: list[tuple[int, Fraction]] = []
    for m, up in changes_told(told):
        found.append((m.start(), _factor(m.group("p"), up)))
    for m in _NOUN.finditer(told):
        if not any(start == m.start("p") or abs(start - m.start()) < 3 for start, _ in found):
            up = re.fullmatch(_NOUN_UP, m.group("noun")) is not None
            found.append((m.start(), _factor(m.group("p"), up)))
    found = sorted({start: f for start, f in found}.items())
    if re.search(r"\bsale\b", told) and any(f > 1 for _, f in found):
        raise Decline("a sale price after a rise")
    if not found or len(found) != len(re.findall(r"\bpercent\b", told)):
        return None  # every percent told is a change read
    if not _AFTER.search(told):
        return None  # the amount told may be the one before: "costs $40. It is discounted"
    amounts = _AMOUNT.findall(told)
    if len(amounts) != 1 or len(re.findall(r"#", told)) != len(found) + 1:
        return None  # one amount, the one after the changes, and no other number
    after = wording.value(amounts[0])
    factors = [f for _, f in found]
    product = prod(factors, start=Fraction(1))
    if product <= 0:
        raise Decline("a change that leaves nothing")
    before = after / product
    value = before
    for f in factors:  # forward again, one change at a time
        value *= f
    confirm.check(value == after, "the changes applied to the answer give the amount told")
    shown = nw.rounded(before, 2)[0] if before.denominator != 1 else str(before.numerator)
    if before.denominator != 1 and Fraction(shown) != before:
        raise Decline("an amount before the changes that is not a whole number of cents")
    chain = " \\times ".join(nw.tex_of(f) for f in factors)
    claim = f"x \\times {chain} = {nw.tex_of(after)}"
    return shown, [
        step("undo the changes", "Each percent change multiplied the amount; call the amount "
             "before them x.", f"${claim}$", claim),
        step("divide", "Divide the amount after by the product of the changes.",
             f"$x = {nw.tex_of(after)} \\div {nw.tex_of(product)} = {shown}$",
             f"x = {shown}"),
        step("check", "Apply the changes to the answer.",
             f"${nw.tex_of(before)} \\times {chain} = {nw.tex_of(after)}$",
             f"{nw.tex_of(before)} \\times {chain} = {nw.tex_of(after)}")]


def _factor(p: str, up: bool) -> Fraction:
    share = wording.value(p) / 100
    if not up and share > 1:
        raise Decline("a decrease of more than 100 percent")
    return 1 + share if up else 1 - share


__all__ = ["read"]
