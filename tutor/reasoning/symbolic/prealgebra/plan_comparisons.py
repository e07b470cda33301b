"""Reader of two ways to pay compared: a fixed fee and a price per unit for each, "Acme charges
a \\$50 set-up fee plus \\$9 for each shirt. Beta has no set-up fee but charges \\$14 per
shirt. What is the least number of shirts for which a customer saves money by using Acme?",
"Gym X charges a \\$40 joining fee plus \\$25 per month; Gym Y charges \\$30 per month. After how
many months do the two gyms cost the same?", "Plan A costs 20 dollars plus 5 cents per minute
and Plan B costs 10 cents per minute. What is the greatest number of minutes for which Plan B
is cheaper?".

Each of the two sentences that tell a plan names it (the words before its verb: "Acme T-Shirt
Company charges", "Plan B costs") and tells one price per unit ("\\$9 for each shirt", "10
cents per minute") and at most one fee ("a \\$50 set-up fee", "a fee of \\$50", "\\$20 plus",
"no set-up fee"), both plans in the same unit. The question asks the least (or greatest)
whole number of units for which the plan it names is cheaper ("costs less", "saves money by
using", "is the better deal"), or the number of units at which the two cost the same. A plan
is named by its whole name, a word only its name has ("Acme"), or "the first" / "the second".
Any other number, a second unit, or a word that changes the cost ("tax", "discount", "free",
"first", "additional", "minimum", "percent" ...) leaves the problem unread.

The answer is found from the line where the two costs meet, F1 + r1 n = F2 + r2 n, and
confirmed by pricing both plans at every whole number of units from 1 up to past it in exact
fractions.
"""

from __future__ import annotations

import math
import re
import string
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.dollar_amounts import dollar_sign_before, keep_dollars

_NUM = r"#(?:\d+/\d+|\d+(?:\.\d+)?)"
_MONEY = rf"(?P<v>{_NUM}) (?P<mu>dollars|cents)"
_RATE = re.compile(rf"{_MONEY} (?:per|for each|for every|each|an?) (?P<u>[a-z]+)"
                   r"(?: (?:printed|ordered|made|used|rented|bought|sold|driven|worked|"
                   r"traveled|travelled|taken))?\b")
_KIND = r"(?:[a-z]+(?:[- ][a-z]+)? )?"
_FEES = [re.compile(p) for p in (
    rf"\ba {_KIND}fee of {_MONEY}", rf"\ban? {_MONEY} {_KIND}fee\b",
    rf"{_MONEY}(?= plus\b)", rf"(?<=\bplus ){_MONEY}(?! (?:per|an?|each|for)\b)")]
_NO_FEE = re.compile(rf"\b(?:has |charges |with |there is )?no {_KIND}fee\b")
_VERB = re.compile(r"\b(?:charges|charged|costs|cost|has|had|asks|bills|offers|sells|rents)\b")
_CHEAPER = (r"(?:is |are |would be |will be |be )?(?:cheaper|less expensive|the (?:better|"
            r"cheaper) (?:deal|choice|option|plan)|a better deal|(?:costs?|charges?) less|"
            r"the (?:cheaper|less expensive)(?: one)?)")
_LEAST = re.compile(r"\b(?:what is )?the (?P<how>least|fewest|smallest|minimum|greatest|largest|"
                    r"most|maximum) (?:whole )?number of (?P<u>[a-z]+)\b")
_SAME = re.compile(r"\b(?:(?:after|for|at) )?(?:how many|what number of) (?P<u>[a-z]+)\b.*"
                   r"\b(?:(?:the )?same(?: amount| price| cost)?|equal|as much as)\b")
_SAVES = re.compile(r"\b(?:saves?|save) (?:money|more)? ?(?:by )?(?:using|choosing|going with|"
                    r"picking|with)\b")
_UNREAD = re.compile(r"\b(?:tax|taxes|discount|off|free|first #|additional|extra|minimum charge|"
                     r"percent|tip|tips|before|every|only|"
                     r"up to|over|under|but only|except|not|never|than #|half|twice|double|"
                     r"times|total of|round trip|at least|at most|no more|no less)\b|%")
_COMMON = frozenset("the a an company companies plan plans store shop gym club service rental "
                    "t-shirt shirt printing printer co inc".split())


class _Plan:
    def __init__(self, name: str, fee: Fraction, rate: Fraction, unit: str) -> None:
        self.key, self.fee, self.rate, self.unit = name, fee, rate, unit
        self.name = string.capwords(name)

    def cost(self, n: int | Fraction) -> Fraction:
        return self.fee + self.rate * n


def plan_comparisons(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:per|each|every)\b", template) or \
            not re.search(r"cheaper|expensive|less|sav|same|equal|better", template):
        return None
    text, places, form = nw.read_story(split, keep_dollars(split, template))
    text = re.sub(r"\s+", " ", dollar_sign_before(split, text)).strip()
    if places is not None or form is not None or "@" in text:
        return None
    text = re.sub(r"\b(?:the|both|these|those) #2 (?=[a-z])", "the ", text)
    cut = text.rfind(". ", 0, len(text) - 1)
    story, question = text[:cut + 1], text[cut + 2:]
    if cut < 0 or _UNREAD.search(text) or "#" in question:
        return None
    plans = [p for s in re.split(r"(?<=[.;])\s+|,? (?:and|while|whereas) (?=[a-z]+ [a-z]+ "
                                 r"(?:charges|costs|has)\b)", story)
             if (p := _plan(s)) is not False]
    if len(plans) != 2 or None in plans:
        return None
    first, second = (p for p in plans if isinstance(p, _Plan))
    if first.unit != second.unit or first.key == second.key:
        return None
    least, same = _LEAST.search(question), _SAME.search(question)
    asked = least or same
    if asked is None or least and same or units.noun(asked.group("u")) != first.unit:
        return None
    dollars = "dollars" in text
    if same:
        return _equal(first, second, dollars)
    than = re.search(r"\bthan (?:using |choosing |with )?(?P<o>.+)$", question)
    named = _named(question[:than.start()] if than else question, first, second)
    if than and (named is None or _named(than.group("o"), first, second) is not (
            second if named is first else first)):
        return None
    if named is None or not (re.search(_CHEAPER, question) or _SAVES.search(question)):
        return None
    other = second if named is first else first
    return _extreme(named, other, least.group("how") in ("least", "fewest", "smallest",
                                                         "minimum") if least else True, dollars)


def _plan(sentence: str) -> _Plan | None | bool:
    """The plan a sentence tells; False: a sentence without money; None: one not read."""
    if not re.search(r"\b(?:dollars|cents)\b", sentence):
        return False if "#" not in sentence else None
    verb = _VERB.search(sentence)
    if verb is None:
        return None
    name = re.sub(r"^(?:the|a|an) ", "", sentence[:verb.start()].strip(" ,"))
    if not re.fullmatch(r"[a-z'-]+(?: [a-z'-]+){0,3}", name):
        return None
    body = sentence[verb.start():]
    found = list(_RATE.finditer(body))
    if len(found) != 1:
        return None
    rate, unit = _cents(found[0]), units.noun(found[0].group("u"))
    body = _RATE.sub(" , ", body)
    fees: list[Fraction] = []
    for p in _FEES:
        fees += [_cents(m) for m in p.finditer(body)]
        body = p.sub(" , ", body)
    none = _NO_FEE.search(body)
    if len(fees) > 1 or fees and none or "#" in body:
        return None
    return _Plan(name, fees[0] if fees else Fraction(0), rate, unit)


def _cents(m: re.Match[str]) -> Fraction:
    return wording.value(m.group("v")) * (100 if m.group("mu") == "dollars" else 1)


def _named(question: str, first: _Plan, second: _Plan) -> _Plan | None:
    """The one plan the question names, or None."""
    def said(p: _Plan, other: _Plan) -> bool:
        own = set(p.key.split()) - set(other.key.split()) - _COMMON
        return bool(re.search(rf"\b{re.escape(p.key)}\b", question)) or any(
            len(w) > 2 and re.search(rf"\b{re.escape(w)}\b", question) for w in own)

    hits = [p for p, o in ((first, second), (second, first)) if said(p, o)]
    if re.search(r"\bthe first (?:company|plan|store|shop|gym|one|option)\b", question):
        hits.append(first)
    if re.search(r"\bthe second (?:company|plan|store|shop|gym|one|option)\b", question):
        hits.append(second)
    return hits[0] if len({id(p) for p in hits}) == 1 else None


def _money_tex(cents: Fraction, dollars: bool) -> str:
    return nw.tex_of(cents / 100 if dollars else cents)


def _cost_tex(p: _Plan, n: str, dollars: bool) -> str:
    rate = f"{_money_tex(p.rate, dollars)}" + (n if n.isalpha() else f" \\cdot {n}")
    return f"{_money_tex(p.fee, dollars)} + {rate}" if p.fee else rate


def _costs(first: _Plan, second: _Plan, dollars: bool) -> list:
    unit = "dollars" if dollars else "cents"
    return [step("the two costs", f"For n {first.unit}s, in {unit}: each plan charges its "
                 f"fee and its price for each {first.unit}.",
                 f"{first.name}: ${_cost_tex(first, 'n', dollars)}$; "
                 f"{second.name}: ${_cost_tex(second, 'n', dollars)}$")]


def _equal(first: _Plan, second: _Plan, dollars: bool) -> Result:
    if first.rate == second.rate:
        raise Decline("the two plans charge the same per unit: their costs never meet")
    meet = (second.fee - first.fee) / (first.rate - second.rate)
    if meet <= 0 or meet.denominator != 1 or meet > 10**5:
        raise Decline("the two costs do not meet at a whole positive number of units")
    n = int(meet)
    confirm.check(first.cost(n) == second.cost(n) and all(
        first.cost(k) != second.cost(k) for k in range(1, n + 2) if k != n),
        "both plans priced at every whole number of units up to one past the meeting")
    claim = f"{_cost_tex(first, str(n), dollars)} = {_cost_tex(second, str(n), dollars)}"
    return sp.Integer(n), [*_costs(first, second, dollars), step(
        "the costs meet", "Set the two costs equal and solve for n.", f"${claim}$", claim)]


def _extreme(named: _Plan, other: _Plan, least: bool, dollars: bool) -> Result:
    # the named plan is cheaper at n when other.cost(n) - named.cost(n) > 0
    gap_fee, gap_rate = other.fee - named.fee, other.rate - named.rate
    if least:
        if gap_rate <= 0 or gap_fee > -gap_rate:  # never cheaper later, or cheaper from n = 1
            raise Decline("the plan named is not cheaper only from some number of units on")
        n = math.floor(-gap_fee / gap_rate) + 1
    else:
        if gap_rate >= 0 or gap_fee + gap_rate <= 0:
            raise Decline("the plan named is not cheaper only up to some number of units")
        n = math.ceil(gap_fee / -gap_rate) - 1
    if not 1 <= n <= 10**5:
        raise Decline("too many units to confirm")
    confirm.check(_scan(named, other, n, least),
                  "both plans priced at every whole number of units up to one past the answer")
    sign = ">" if least else "<"
    bound = nw.tex_of(-gap_fee / gap_rate)
    unequal = f"{_cost_tex(named, 'n', dollars)} < {_cost_tex(other, 'n', dollars)}"
    check = f"{_cost_tex(named, str(n), dollars)} < {_cost_tex(other, str(n), dollars)}"
    beyond = n - 1 if least else n + 1
    against = (f"{_cost_tex(named, str(beyond), dollars)} \\ge "
               f"{_cost_tex(other, str(beyond), dollars)}")
    return sp.Integer(n), [*_costs(named, other, dollars), step(
        f"{named.name} cheaper", f"{named.name} is cheaper when its cost is the lower one; "
        f"solved, n {sign} {bound}, so the {'least' if least else 'greatest'} whole number is "
        f"{n}.", f"${unequal}$"),
        step("check", f"At n = {n}, {named.name} is cheaper.", f"${check}$", check),
        step("check", f"At n = {beyond}, it is not.", f"${against}$", against)]


def _scan(named: _Plan, other: _Plan, n: int, least: bool) -> bool:
    """Every whole number of units from 1 to n + 1 priced on both plans: the named one is
    cheaper exactly from n on (least) or exactly up to n (greatest)."""
    cheaper = [named.cost(k) < other.cost(k) for k in range(1, n + 2)]
    if least:
        return cheaper[n - 1] and not any(cheaper[:n - 1]) and cheaper[n]
    return all(cheaper[:n]) and not cheaper[n]


__all__ = ["plan_comparisons"]
