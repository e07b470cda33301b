"""Reader of a cost made of a fixed fee and amounts charged per unit: "A taxi charges \\$3 plus
\\$2 per mile. How much does a 7-mile ride cost?", "A plumber charges a flat fee of \\$40 plus
\\$25 per hour. A job cost \\$165. How many hours did the job take?", "Ivan rents a car for \\$25
a day and \\$0.20 a mile. If he rents it for 4 days and drives it 400 miles, how many dollars
does he pay?", "A gym charges a \\$50 joining fee and \\$30 per month. How much does it cost for
6 months?".

The cost is F + r1 q1 (+ r2 q2 ...): at most one fixed fee (an amount of money not per
anything: "plus", "fee", "flat fee of"), each rate "r dollars (cents) per (a, each, for every)
unit", each quantity "q units" ("a 7-mile ride", "for 6 months") in a unit a rate names. The
question asks the cost (every quantity told) or the one quantity not told (the cost told).
Every number must be read, and a word that changes the maths ("first", "additional", "more",
"tip", "discount", "each", "per" left over) leaves the problem unread. Found by `Story` and
confirmed again in exact fractions, the cost rebuilt from the fee and each rate times its
quantity.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import relations, units, wording
from tutor.reasoning.symbolic.prealgebra.dollar_amounts import (
    dollar_sign_before,
    keep_dollars,
    rounded_answer,
)
from tutor.reasoning.symbolic.prealgebra.relations import Story

Q = sp.Symbol("q")
C = sp.Symbol("C")
_NUM = r"#(?:\d+/\d+|\d+(?:\.\d+)?)"
_MONEY = rf"(?P<v>{_NUM}) (?P<mu>dollars|cents)"
_RATE = re.compile(rf"{_MONEY} (?:per|a|an|for each|for every|each) (?P<u>[a-z]+)"
                   r"(?: (?:traveled|travelled|driven|used|worked|rented|ridden))?\b")
_KIND = (r"(?:(?:one-time|flat|fixed|base|basic|joining|sign-up|signup|service|membership|"
         r"initial|starting|set-up|setup|rental) )?")
_FEES = [re.compile(p) for p in (
    rf"\ba {_KIND}fee of {_MONEY}", rf"\ban? {_MONEY} {_KIND}fee\b", rf"{_MONEY}(?= plus\b)",
    rf"(?<=\bplus ){_MONEY}(?! (?:per|a|an|each|for)\b)")]
_TOTAL = re.compile(rf"\b(?:costs?|cost a total of|pays?|paid|was charged|is charged|came to|"
                    rf"comes to|totals?|totaled|was|is) {_MONEY}")
_QUANTITY = re.compile(rf"(?P<q>{_NUM}) ?-?(?P<u>[a-z]+)\b|\b(?:for|in) (?:a|one) (?P<u1>[a-z]+)\b")
_ASK = re.compile(
    r"\b(?:how much(?:, in (?P<in>dollars|cents),)? (?:does|do|will|would|did) (?P<w>.+?) "
    r"(?:cost|pay|charge)(?P<t1> (?:for|to rent|to hire|to use) .+?)?(?: in all| in total| "
    r"altogether)?"
    r"|how many (?P<u2>dollars|cents) (?:does|do|will|would|did) (?P<w2>.+?) "
    r"(?:cost|pay|charge)(?P<t2> (?:for|to rent|to hire|to use) .+?)?(?: in all| in total| "
    r"altogether)?"
    r"|what (?:is|was|will be|would be) the (?:total )?(?:cost|charge|bill)(?P<w3> .+?)?"
    # "how much is a 10-mile ride", "how much for 6 months", "what do 150 texts cost"
    r"|how much (?:is|would be|will be) (?P<w5>an? .+?)"
    r"|how much (?P<w6>for .+?)"
    r"|what (?:does|do|will|would|did) (?P<w7>.+?) cost(?P<t7> (?:in|for) .+?)?"
    r"|how many (?P<asked>[a-z]+) (?P<w4>.+?))\s*[?.]\s*$")
_MONEY_WORD = r"\b(cents?|dollars?|pence|euros?|pounds?|yen|rupees?|pesos?)\b"
# "$3 per square yard ... 10 square feet": a unit of two words is not read here
_POWERED = frozenset("square cubic sq cu squared cubed".split())
_UNREAD = frozenset("first last additional extra more less than tip discount off tax percent "
                    "each per every other another both twice half double triple minimum maximum "
                    "free except over under after before round trip only not no "
                    # "if the joining fee is refunded": a charge taken back or changed
                    "refund refunds refunded waive waives waived coupon rebate cancel cancels "
                    "cancelled canceled reduced raised increased decreased doubled halved "
                    "returned back deposit split shared share".split())


def metered_costs(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:per|a|an|each|every)\b", template) or "how" not in template and \
            "what" not in template:
        return None
    text, places, form = nw.read_story(split, keep_dollars(split, template))
    text = " " + re.sub(r"\bmph\b", "miles per hour", dollar_sign_before(split, text)).strip()
    if places is not None or form is not None or "@" in text:
        return None
    ask = _ASK.search(text)
    if ask is None:
        return None
    story, question = text[:ask.start()], text[ask.start():]
    per: dict[str, Fraction] = {}
    for m in list(_RATE.finditer(story)):
        u = units.noun(m.group("u"))
        if u in per:
            raise Decline("two rates for one unit")
        per[u] = _cents(m)
    if not per:
        return None
    story = _RATE.sub(" , ", story)
    fees = []
    for p in _FEES:
        fees += [_cents(m) for m in p.finditer(story)]
        story = p.sub(" , ", story)
    totals = [_cents(m) for m in _TOTAL.finditer(story)]
    story = _TOTAL.sub(" , ", story)
    told: dict[str, Fraction] = {}
    for part in (story, question):
        for m in _QUANTITY.finditer(part):
            u = units.noun(m.group("u") or m.group("u1"))
            if u not in per:
                continue
            if u in told:
                raise Decline("one quantity told twice")
            told[u] = wording.value(m.group("q")) if m.group("q") else Fraction(1)
    # the story and the question's own words ("a 7-mile ride"), every told quantity taken out
    said = " ".join(ask.group(g) or "" for g in ("w", "t1", "w2", "t2", "w3", "w4", "w5", "w6",
                                                 "w7", "t7"))
    rest = _QUANTITY.sub(lambda m: " , " if units.noun(m.group("u") or m.group("u1")) in per
                         else m.group(0), f"{story} {said}")
    if len(fees) > 1 or re.search(r"#\d", rest) or set(re.findall(r"[a-z]+", rest)) & _UNREAD \
            or set(re.findall(r"[a-z]+", text)) & _POWERED:
        return None
    if re.search(r"\band\b", story) and not (len(per) > 1 or fees):
        return None
    if wording.condition_without_amount(text):
        return None  # "... if the joining fee is refunded"
    fee = fees[0] if fees else Fraction(0)
    dollars = "dollars" in text
    if ask.group("asked"):
        return _quantity(ask, per, told, fee, totals, dollars)
    if totals or set(told) != set(per):
        return None
    unit = ask.group("in") or ask.group("u2")
    # "what do 150 texts cost in a month in cents?": the money's unit said anywhere in the question
    named = {w.rstrip("s") for w in re.findall(_MONEY_WORD, question)}
    if len(named) > 1 or named - {"cent", "dollar"}:
        return None  # cents and dollars both, or euros, pounds, ...: not read here
    if named:
        unit = named.pop() + "s"
    if unit == "cents":
        dollars = False
    elif not dollars:
        return None
    return _cost(per, told, fee, dollars)


def _cents(m: re.Match[str]) -> Fraction:
    return wording.value(m.group("v")) * (100 if m.group("mu") == "dollars" else 1)


def _money(cents: Fraction, dollars: bool) -> sp.Rational:
    return sp.Rational(cents / 100 if dollars else cents)


def _said(per: dict[str, Fraction], fee: Fraction, dollars: bool) -> str:
    unit = "dollars" if dollars else "cents"
    parts = [f"{nw.said(fee / (100 if dollars else 1))} {unit} fixed"] if fee else []
    parts += [f"{nw.said(r / (100 if dollars else 1))} {unit} per {u}" for u, r in per.items()]
    return " plus ".join(parts)


def _cost(per: dict[str, Fraction], told: dict[str, Fraction], fee: Fraction,
          dollars: bool) -> Result:
    story = Story([C])
    story.state(C, _money(fee, dollars) + sp.Add(*(
        _money(r, dollars) * sp.Rational(told[u]) for u, r in per.items()), evaluate=False),
                f"the cost: {_said(per, fee, dollars)}, for "
                + " and ".join(f"{nw.said(told[u])} {u}{'' if told[u] == 1 else 's'}" for u in per))
    answer, steps = story.solve(lambda _sol: C, f"the cost in {'dollars' if dollars else 'cents'}")
    again = fee + sum((r * told[u] for u, r in per.items()), Fraction(0))
    got = relations.fraction(answer) if isinstance(answer, sp.Basic) else None
    confirm.check(got is not None and got == again / (100 if dollars else 1),
                  "the fee and each rate times its quantity added again")
    return rounded_answer((answer, steps), None, dollars)


def _quantity(ask: re.Match[str], per: dict[str, Fraction], told: dict[str, Fraction],
              fee: Fraction, totals: list[Fraction], dollars: bool) -> Result | None:
    asked = units.noun(ask.group("asked"))
    if asked not in per or asked in told or set(told) | {asked} != set(per) or len(totals) != 1:
        return None
    story = Story([Q], positive=True)
    known = fee + sum((r * told[u] for u, r in per.items() if u != asked), Fraction(0))
    story.state(_money(known, dollars) + _money(per[asked], dollars) * Q,
                _money(totals[0], dollars),
                f"the cost {_said(per, fee, dollars)} for q {asked}s is the cost told")
    answer, steps = story.solve(lambda _sol: Q, f"the number of {asked}s")
    got = relations.fraction(answer) if isinstance(answer, sp.Basic) else None
    confirm.check(got is not None and known + per[asked] * got == totals[0],
                  f"the fee and the rates for that many {asked}s give the cost told")
    return answer, steps


__all__ = ["metered_costs"]
