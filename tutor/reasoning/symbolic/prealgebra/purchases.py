"""Reader of a shopping trip: things bought at a price each, added up, and the change or the
money left. "Mia buys 3 pens at \\$2 each and 4 notebooks at \\$5 each. How much does she spend
in all?", "A notebook costs \\$3 and a pen costs \\$1.50. How much do 4 notebooks and 2 pens
cost?", "Leo has \\$20. He buys 3 sandwiches for \\$4.50 each. How much money does he have
left?", "... She pays with a \\$50 bill. How much change does she get?", "Pencils cost 25 cents
each. How many pencils can Kim buy with \\$3?".

Each kind of thing has one price each ("at \\$2 each", "for \\$4.50 apiece", "a pen costs
\\$1.50", "pens cost \\$2 each", "\\$2 per pen") and one count bought ("buys 3 pens", "4
notebooks", "a ruler"); one buyer at most is named. The money held ("has \\$20", "pays with a
\\$50 bill", "gives the cashier \\$10") is needed for the change or what is left. Every word
must be one of these phrases, the question's or glue: a word that changes the maths ("more",
"twice", "discount", "tax", "returns", "shares", "other") leaves the problem unread.
Found by `Story` (the total as an equation, confirmed in exact fractions) and confirmed again
by adding the prices in whole cents, a second path.
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

X = sp.Symbol("x")
_NUM = r"#(?:\d+/\d+|\d+(?:\.\d+)?)"
_MONEY = rf"(?P<p>{_NUM}) (?P<pu>dollars|dollar|cents|cent)"
_THING = r"(?P<t>(?!(?:dollars|cents|each|and|at|for|the|a|an)\b)[a-z]+"\
         r"(?: (?!(?:at|for|and|each|cost|"\
         r"costs|costing|are|is|dollars|cents)\b)[a-z]+)?)"
_COUNT = r"(?P<n>#\d+|an?|one)"
_EACH = r"(?:each|apiece|a piece|per (?P<per>[a-z]+))"
# "3 pens at $2 each", "a ruler for $1.25", "5 apples costing 40 cents each"
_BOUGHT = re.compile(rf"(?<![a-z#/.\d]){_COUNT} {_THING} (?:at|for|costing|that cost|which cost) "
                     rf"{_MONEY}(?: {_EACH})?")
# "a pen costs $1.50", "pens cost $2 each", "each pen is $2", "$2 per pen", "a pen for $2"
_PRICE = [re.compile(p) for p in (
    rf"\b(?:(?:a|an|one|each|the) )?{_THING} (?:costs?|sells? for|is|are|(?:is |are )?priced at) "
    rf"{_MONEY}(?: {_EACH})?",
    rf"{_MONEY} (?:per|for each|for one|for a|for an|a|an|each) {_THING}\b(?! (?:at|for)\b)",
    # "a store sells notebooks for $3 each" (the seller is no buyer)
    rf"\b(?:(?:a|an|the) )?(?:[a-z]+ )?(?:sells|sell|offers|offer) {_THING} (?:for|at) "
    rf"{_MONEY} {_EACH}",
)]
_COUNTED = re.compile(rf"(?<![a-z#/.\d]){_COUNT} {_THING}\b")
_HELD = re.compile(rf"\b(?:has|had|have|starts with|started with|pays with|paid with|pay with|"
                   rf"gives the (?:cashier|clerk)|gave the (?:cashier|clerk)|hands the "
                   rf"(?:cashier|clerk)|handed the (?:cashier|clerk)|pays|paid) (?:an? |one )?"
                   rf"{_MONEY}(?: bill| note)?")
_AS_MANY = re.compile(rf"\b(?:wants|want|wanted|would like|plans) to (?:buy|purchase|get) as many "
                      rf"{_THING} as (?:she|he|they|i|we|you) can(?: afford)?(?: with (?:her|his|"
                      rf"their|my|our|your|the) money)?")
_ASK = re.compile(
    r"\b(?:how much (?:money )?(?:does|did|will|would|do) (?P<w1>[a-z]+) (?:spend|pay)"
    r"|how many (?P<u1>dollars|cents) (?:does|did|will|would|do) (?P<w2>[a-z]+) (?:spend|pay)"
    r"|how much (?:do|does|did|will|would) (?P<items>.+?) cost"
    r"|how many (?P<u2>dollars|cents) (?:do|does|did|will|would) (?P<items2>.+?) cost"
    r"|what (?:is|was) the total (?:cost|price|amount spent|amount)(?: of (?P<items3>[^?.]+))?"
    r"|how much (?P<change>change) (?:does|did|do|will|would|should) (?P<w3>[a-z]+) "
    r"(?:get|receive|get back|be given)"
    r"|how (?:much (?P<u3>money)|many (?P<u4>dollars|cents)) (?:does|did|will|would) "
    r"(?P<w4>[a-z]+) have (?P<left>left)"
    r"|how many (?P<can>[a-z]+(?: [a-z]+)?) can (?P<w5>[a-z]+|be bought|be purchased) "
    r"(?:buy|purchase)?(?: ?with (?P<m>#\S+) (?P<mu>dollars|cents))?)"
    r"(?: in all| altogether| in total| total)?\s*[?.]?\s*$")
_IF_STORY = re.compile(r"(?:^|(?<=[.?] ))if (?=[^.?]*,? (?:how|what) [^.?]*[?.]?\s*$)")
_GLUE = frozenset("she he they i we you it and then also buys bought buy purchases purchased "
                  "purchase gets got get orders ordered picks picked up at the a an store shop "
                  "market fair from in all altogether total her his their my our some goes went "
                  "go on takes took".split())
_UNREAD = frozenset("not no more less fewer than twice times half discount off tax percent "
                    "returns returned shares shared splits split gives gave other another "
                    "remaining left change spent earns earned sells sold each apiece per every "
                    "if only extra free save saves saved".split())


def _cents(v: str, unit: str) -> Fraction:
    return wording.value(v) * (100 if unit == "dollars" else 1)


# "2 dozen eggs at $3 each": each egg or each dozen? "3 packs of pens": each pack or pen?
_GROUPED = frozenset("dozen dozens hundred hundreds thousand of score".split())


def _kind(words: str) -> str:
    if set(words.split()) & _GROUPED:
        raise Decline("things counted in groups: which price is for one")
    return " ".join(units.noun(w) for w in words.split())


def _priced_kind(m: re.Match[str]) -> str:
    """The kind a price is for; "eggs cost \\$2.40 per dozen" prices a dozen, not an egg."""
    kind = _kind(m.group("t"))
    per = m.groupdict().get("per")
    if per and units.noun(per) != kind.split()[-1]:
        raise Decline("the price is for a group, not for one thing")
    return kind


def _count(n: str) -> Fraction:
    return wording.value(n) if n.startswith("#") else Fraction(1)


def purchases(split: Split, template: str) -> Result | None:
    # "What is the greatest number of notebooks she can buy?" asks "how many ... can she buy"
    template = re.sub(r"\bwhat is the (?:greatest|largest|most|maximum) (?:possible )?number of "
                      r"([a-z]+(?: [a-z]+)?) (?:that )?([a-z]+) can (buy|purchase)\b",
                      r"how many \1 can \2 \3", template)
    if "how" not in template and "total" not in template:
        return None
    text, places, form = nw.read_story(split, keep_dollars(split, template))
    text = dollar_sign_before(split, text).strip()
    # "19 dollars and 23 cents" is one amount
    text = re.sub(rf"(?P<d>{_NUM}) dollars? and (?P<c>#\d+) cents?\b", lambda m: _token(
        wording.value(m.group("d")) + wording.value(m.group("c")) / 100) + " dollars", text)
    if places is not None or form is not None or "@" in text:
        return None
    # "If you buy 4 pens at $3 each, how much ...?": the story said as the question's condition
    text = _IF_STORY.sub("", text)
    ask = _ASK.search(text)
    if ask is None:
        return None
    story, rest = text[:ask.start()], [text[ask.end():]]
    prices: dict[str, Fraction] = {}
    counts: dict[str, Fraction] = {}
    said_as: dict[str, str] = {}  # each kind as the count said it: "3 sandwiches"
    held: list[Fraction] = []
    asked_units = {"dollar" if "dollar" in (ask.group(g) or "") else "cent"
                   for g in ("u1", "u2", "u4") if ask.group(g)}
    story = _take(story, _HELD, lambda m: held.append(_cents(m.group("p"), m.group("pu"))))
    wants = [m.group("t") for m in _AS_MANY.finditer(story)]  # the question said again
    if wants and (not ask.group("can") or {_kind(t) for t in wants} != {_kind(ask.group("can"))}):
        return None
    story = _AS_MANY.sub(" , ", story)

    def bought(m: re.Match[str]) -> None:
        kind, n = _kind(m.group("t")), _count(m.group("n"))
        each = m.group(0).endswith(("each", "apiece", "a piece")) or m.group("per")
        if m.group("per") and units.noun(m.group("per")) != kind.split()[-1] or \
                n != 1 and not each or kind in counts:
            raise Decline("which price is for one thing")
        _price(prices, kind, _cents(m.group("p"), m.group("pu")))
        counts[kind], said_as[kind] = n, f"{n} {m.group('t')}"

    story = _take(story, _BOUGHT, bought)
    for p in _PRICE:
        story = _take(story, p, lambda m: _price(prices, _priced_kind(m),
                                                 _cents(m.group("p"), m.group("pu"))))
    listed = ask.group("items") or ask.group("items2") or ask.group("items3")
    if listed:
        listed = _take(listed, _COUNTED, lambda m: _counted(counts, said_as, m))
        rest.append(listed)
    story = _take(story, _COUNTED, lambda m: _counted(counts, said_as, m))
    rest.append(story)
    _one_kind_said_two_ways(prices, counts)
    names = _names(" ".join(rest), ask)
    if names is None or not prices or set(counts) - set(prices):
        return None
    if ask.group("can"):
        return _how_many(ask, prices, counts, held)
    if set(prices) != set(counts) or len(held) > (1 if ask.group("change") or ask.group("left")
                                                   else 0):
        return None
    if (ask.group("change") or ask.group("left")) and not held:
        return None
    if not asked_units and "dollars" not in text:
        return None  # "how much" with every price in cents: cents or dollars?
    dollars = "dollar" in asked_units if asked_units else True
    return _total(prices, counts, said_as, held[0] if held else None, dollars)


def _one_kind_said_two_ways(prices: dict[str, Fraction], counts: dict[str, Fraction]) -> None:
    """"A movie ticket costs \\$8. How much do 6 tickets cost?": a kind counted that no price
    names takes the price of the one priced kind that says it with a describing word (or
    without one); with two such kinds ("a movie ticket ... a bus ticket") nothing is taken."""
    for k in [k for k in counts if k not in prices]:
        same = [p for p in prices if p not in counts and (p.endswith(" " + k) or
                                                          k.endswith(" " + p))]
        if len(same) == 1:
            prices[k] = prices.pop(same[0])


def _token(v: Fraction) -> str:
    return f"#{v.numerator}" if v.denominator == 1 else f"#{v.numerator}/{v.denominator}"


def _take(text: str, pattern: re.Pattern[str], use) -> str:  # type: ignore[no-untyped-def]
    for m in reversed(list(pattern.finditer(text))):
        use(m)
        text = text[:m.start()] + " , " + text[m.end():]
    return text


def _price(prices: dict[str, Fraction], kind: str, cents: Fraction) -> None:
    if prices.get(kind, cents) != cents or cents <= 0:
        raise Decline("two prices for one kind of thing")
    prices[kind] = cents


def _counted(counts: dict[str, Fraction], said_as: dict[str, str], m: re.Match[str]) -> None:
    kind = _kind(m.group("t"))
    if kind in counts:
        raise Decline("one kind of thing counted twice")
    counts[kind] = _count(m.group("n"))
    said_as[kind] = f"{counts[kind]} {m.group('t')}"


def _names(rest: str, ask: re.Match[str]) -> set[str] | None:
    """The words left are glue, and at most one name (the buyer) before a verb."""
    words = re.findall(r"[a-z]+(?:'[a-z]+)?|#\S+", rest)
    if any(w.startswith("#") for w in words) or set(words) & _UNREAD:
        return None
    unread = [w for w in words if w not in _GLUE]
    asked = {ask.group(g) for g in ("w1", "w2", "w3", "w4", "w5") if ask.group(g)}
    names = set(unread) | (asked - _GLUE - {"be bought", "be purchased"})
    if len(names) > 1:
        return None
    return names


def _total(prices: dict[str, Fraction], counts: dict[str, Fraction], said_as: dict[str, str],
           held: Fraction | None, dollars: bool) -> Result:
    scale = 100 if dollars else 1
    kinds = sorted(prices)
    story = Story([X])
    spent = sp.Add(*(sp.Rational(counts[k]) * sp.Rational(prices[k] / scale) for k in kinds),
                   evaluate=False)
    said = " and ".join(f"{said_as[k]} at {_shown(prices[k], dollars)} each" for k in kinds)
    unit = "dollars" if dollars else "cents"
    if held is None:
        story.state(X, spent, f"the cost in {unit}: {said}")
        asked = f"the total cost in {unit}"
    else:
        story.state(X, sp.Rational(held / scale) - spent, f"the money left in {unit}: "
                    f"{_shown(held, dollars)} take away {said}")
        asked = f"the money left in {unit}"
    if any(counts[k].denominator != 1 or prices[k].denominator != 1 for k in kinds):
        raise Decline("a count or a price that is not whole (in cents)")
    answer, steps = story.solve(lambda _sol: X, asked)
    got = relations.fraction(answer) if isinstance(answer, sp.Basic) else None
    in_cents = sum(int(counts[k]) * int(prices[k]) for k in kinds)
    again = Fraction(in_cents) if held is None else held - in_cents
    confirm.check(got is not None and again / scale == got,
                  "the prices added again in whole cents")
    if again < 0:
        raise Decline("the money held does not pay for the things bought")
    return rounded_answer((answer, steps), None, dollars)


def _shown(cents: Fraction, dollars: bool) -> str:
    """An amount of money as a shopper writes it: "\\$4.50", "35 cents"."""
    if not dollars:
        return f"{cents} cents"
    return f"\\${nw.rounded(cents / 100, 0 if cents % 100 == 0 else 2)[0]}"


def _how_many(ask: re.Match[str], prices: dict[str, Fraction], counts: dict[str, Fraction],
              held: list[Fraction]) -> Result | None:
    """"How many pens can she buy with \\$3?" (or with the money she has): whole pens only."""
    kind = _kind(ask.group("can"))
    if counts or set(prices) != {kind} or len(held) + bool(ask.group("m")) != 1:
        return None
    money = _cents(ask.group("m"), ask.group("mu")) if ask.group("m") else held[0]
    price = prices[kind]
    k = int(money // price)
    confirm.check(k * price <= money < (k + 1) * price,
                  f"{k} {kind}s cost at most the money and {k + 1} cost more")
    dollars = money % 100 == 0 or price % 100 == 0 or money > 100
    story = Story([X])
    story.state(X, sp.floor(sp.Rational(money) / sp.Rational(price)),
                f"whole {kind}s only: {_shown(money, dollars)} over {_shown(price, dollars)} "
                f"each is {nw.said(money / price)}, rounded down")
    return story.solve(lambda _sol: X, f"the number of {kind}s")


__all__ = ["purchases"]
