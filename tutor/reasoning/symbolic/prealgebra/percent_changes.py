"""Reader of successive percent changes: "A $40 jacket is discounted 25%, and the sale price is
then reduced by 20%. What is the price now?", "A share price rises 50% one year and falls 20%
the next. What is the overall percent increase?", "A price goes up 25%. By what percent must
it go down to get back to the original price?".

Each change multiplies the current value by 1 + p/100 or 1 - p/100, in the order told (a
percent "of the reduced price" or "of its value at the end of the first day" is of the
current value; "of the original price" is not, and is declined). The question asks for
the final value (from a starting amount), the overall percent change, or the percent that
undoes the changes. Found as a product of factors and confirmed step by step in exact
fractions (each new value from the one before).
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

_P = r"(?P<p>#[\d/.]*\d) percent"
_UP = (r"(?:increases|increased|increase|rises|rose|goes up|went up|grows|grew|is raised|"
       r"was raised|(?:is |was )?marked up)")
_DOWN = (r"(?:decreases|decreased|decrease|reduces|reduced|is reduced|was reduced|lowered|"
         r"is lowered|was lowered|discounted|is discounted|was discounted|drops|dropped|falls|"
         r"fell|goes down|went down|loses|lost|(?:is |was )?marked down"
         r"|(?:is |was )?(?:slashed|cut)(?: by)?)")
_CHANGE = re.compile(rf"(?P<dir>{_UP}|{_DOWN}|discounts|discount)(?: again)?,?(?: this time)?"
                     rf"(?: the (?:price|cost|value) of (?:a|an|the) [^,.;]*?| (?:a|an|the|its|"
                     rf"their) (?:sale )?[a-z]+)? (?:by )?"
                     rf"(?:another |an additional |a further )?{_P}")
# a change said as a noun: "a 10% sales tax is added", "a 15% tip", "20% off", "a coupon that
# takes another 25% off"
_ADDED = re.compile(rf"(?:an? (?:additional |further )?)?{_P} (?:sales tax|tax|tip|gratuity|"
                    rf"service charge|surcharge|markup)\b")
# "the sales tax is 8%", "a tip of 15%"
_ADDED_SAID = re.compile(rf"\b(?:the |a |an )?(?:sales tax|tax|tip|gratuity)(?: rate)? "
                         rf"(?:is |was |of ){_P}")
_OFF = re.compile(rf"(?:(?:takes|take|took|gives|give|for|at|with) )?(?:an? |another |"
                  rf"an additional |a further )?{_P} (?:off|discount)\b")
# "... reduced by 25% and then by another 10%": a second change in the same direction
_AGAIN = re.compile(rf"(?:,? and)? (?:then|later|after that|afterwards) (?:by (?:another |"
                    rf"an additional |a further )?|(?:another|an additional|a further) ){_P}")
_START = re.compile(r"(?:originally priced at|priced at|starts at|starting at|costs|cost of|"
                    r"price of|worth|bill (?:is|was|of|comes to)|(?:a|an)) (?P<v>#[\d/.]*\d) "
                    r"dollars?")
_ASK_VALUE = re.compile(r"(?:what is|what was|find|how much is|how much does)[^.?]*\b(?:price|"
                        r"cost|value|worth|total|bill)\b|how much (?:does|did|will|do|would) "
                        r"(?:he|she|they|[a-z]+) (?:pay|spend)\b")
_ASK_OVERALL = re.compile(r"(?:what (?:was|is) the )?overall percent(?:age)? (?P<dir>increase|"
                          r"decrease|change)")
_ASK_UNDO = re.compile(r"what percent (?:would|must|does|will) (?:it|the [a-z]+) (?:have to )?"
                       r"(?:go down|decrease|fall|drop|go up|increase|rise)")
_BLOCK = re.compile(r"\b(?:original price|of the original|of its original|more than|less than|"
                    r"times|twice|each year|every year|per year|each day|per day|tax|interest|"
                    r"commission|profit|loss)\b")
# "... How much do you pay with your coupon?": a further change, said after every percent told
_UNTOLD_CHANGE = re.compile(r"\b(?:coupons?|vouchers?|(?:gift|store|loyalty|member|membership) "
                            r"cards?|members?|membership|rebates?|cashback|cash back)\b")


# "By what percent has the original price been reduced?", "What is the total percent decrease
# from the original price?": the overall change asked in other words
_ASK_OVERALL_SAID = re.compile(
    r"(?:by what percent (?:has|have|was|is|did) (?:it|the (?:original )?(?P<thing>price|cost|"
    r"value))"
    r"(?: been)? (?P<dir>reduced|decreased|lowered|increased|raised|gone down|gone up|go down"
    r"|go up|decrease|increase)"
    r"(?: in all| overall| altogether| in total)?"
    r"|what (?:is|was) the (?:total|overall|combined|net) percent(?:age)? (?P<dir2>decrease"
    r"|increase|reduction|discount|change)(?: from the original (?:price|cost|value)| (?:in|of) "
    r"the (?:price|cost|value))?"
    r"|by what percent (?:did|does|has) the (?:price|cost|value) (?P<dir3>change)(?:d)? overall"
    r")(?=\s*[?.]? $)")
# "The final price is what percent of the original price?", "What single percent discount
# gives the same final price?"
_ASK_SHARE = re.compile(r"(?:the (?:final|new|sale) (?:price|cost|value) is what percent of "
                        r"the original (?:price|cost|value)|what percent of the original "
                        r"(?:price|cost|value) is the (?:final|new|sale) (?:price|cost|value))"
                        r"(?=\s*[?.]? $)")
_ASK_SINGLE = re.compile(r"what single percent(?:age)? (?:discount|decrease|reduction) (?:would "
                         r"give|gives|would have|has|results in|would result in) the same final "
                         r"(?:price|cost|value)[^?.]*(?=\s*[?.]? $)")
_OVERALL_DIR = {"reduced": "decrease", "decreased": "decrease", "lowered": "decrease",
                "gone down": "decrease", "go down": "decrease", "decrease": "decrease",
                "reduction": "decrease", "discount": "decrease", "increased": "increase",
                "raised": "increase",
                "gone up": "increase", "go up": "increase", "increase": "increase",
                "change": "change"}


def _overall_said(text: str) -> str:
    """The overall change asked in other words, written "what is the overall percent ..."."""
    m = _ASK_OVERALL_SAID.search(text)
    if m is None:
        return text
    went = _OVERALL_DIR[m.group("dir") or m.group("dir2") or m.group("dir3")]
    return text[:m.start()] + f"what is the overall percent {went}" + text[m.end():]


def dollars_marked(split: Split, template: str) -> str:
    """The template with "dollars" after each amount written `\\$45` in its maths."""
    return re.sub(r"@(\d+)@", lambda m: f"{m.group(0)} dollars" if re.fullmatch(
        r"\s*\\\$\s*\d[\d.]*\s*", split.maths[int(m.group(1))]) else m.group(0), template)


def _inside(m: re.Match[str], pattern: re.Pattern[str], text: str) -> bool:
    """The match lies inside a match of `pattern` (told once, read once)."""
    return any(o.start() <= m.start("p") < o.end() for o in pattern.finditer(text))


def _said(text: str) -> list[tuple[re.Match[str], str]]:
    """Every change told, in order, with how it was said: a verb, a noun up ("a 5% tax"), a
    noun down ("20% off") or "again" (the direction before it)."""
    said = [(m, "verb") for m in _CHANGE.finditer(text)]
    said += [(m, "up") for m in _ADDED.finditer(text)]
    said += [(m, "up") for m in _ADDED_SAID.finditer(text)]
    said += [(m, "down") for m in _OFF.finditer(text) if not _inside(m, _CHANGE, text)]
    said += [(m, "again") for m in _AGAIN.finditer(text) if not _inside(m, _CHANGE, text)]
    once: dict[int, tuple[re.Match[str], str]] = {}
    for m, kind in said:  # one percent read by two wordings counts once, as first read
        once.setdefault(m.start("p"), (m, kind))
    return sorted(once.values(), key=lambda c: c[0].start())


def changes_told(text: str) -> list[tuple[re.Match[str], bool]]:
    """Every change told, in order, with its direction (True: up); Decline when an "again"
    change has none before it."""
    out: list[tuple[re.Match[str], bool]] = []
    for m, kind in _said(text):
        if kind == "again":
            if not out:
                raise Decline("another change with no change before it")
            out.append((m, out[-1][1]))
        else:
            out.append((m, kind == "up" or kind == "verb" and re.fullmatch(
                _UP, m.group("dir")) is not None))
    return out


def percent_changes(split: Split, template: str) -> Result | None:
    if "%" not in "".join(split.maths) + template and "percent" not in template:
        return None
    text = re.sub(r"\s+", " ", wording.of(split, dollars_marked(split, template)).text)
    text = re.sub(r"(?<=#)(\d+(?:\.\d+)?) (?=dollars)", r"\1 ", text)
    # "a store marks a price down 20%": the price reduced by 20% (up: increased)
    text = re.sub(r"\bmarks? (the|a|an|its|their) ([a-z]+) (down|up) (?=#)", lambda m:
                  f"{'reduces' if m[3] == 'down' else 'increases'} {m[1]} {m[2]} by ", text)
    text = _overall_said(text)
    if re.search(r"\bcents?\b|\bin (?:euros?|pounds|yen|pesos|rupees)\b",
                 re.sub(r"\bnearest cent\b", " ", text)):
        return None  # "what is the sale price in cents / in euros?": told in dollars
    if len(re.findall(r"#[\d/.]*\d dollars?\b", text)) > 1:
        return None  # "20% off, then another $10 off": a change in dollars is no percent
    if re.search(r"#[\d/.]*\d(?![\d/.]) (?!percent\b|dollars\b|discounts\b|changes\b|"
                 r"increases\b|decreases\b|times\b)[a-z]+s\b", text):
        return None  # "how much do 5 tickets cost with a 10% tax?": a count, not read
    share, single = _ASK_SHARE.search(text), _ASK_SINGLE.search(text)
    changes = _said(text)
    if changes and changes[0][1] == "again":
        return None  # "another" change with no change before it
    if len(changes) < 1 or len(changes) != len(re.findall(r"\bpercent\b", text)) - len(
            re.findall(r"\bwhat (?:single )?percent|overall percent", text)):
        return None  # every percent told must be a change read
    undo = _ASK_UNDO.search(text)
    if undo and not re.search(r"\b(?:back|original|restore|return|returns|again)\b",
                              text[undo.start():]):
        return None  # "by what percent does the area increase?" is no change undone
    overall = _ASK_OVERALL.search(text)
    after = text[changes[-1][0].end():]  # what is said after every change
    value_q = _ASK_VALUE.search(after)
    if single:
        value_q = None  # "the same final price" names the value compared, not the one asked
    asked = re.split(r"[.?]", after[value_q.start():])[0] if value_q else ""
    last = re.split(r"(?<=[.!?]) ", text.strip())[-1]
    if not value_q and (inside := _ASK_VALUE.match(last)) and not single and \
            text.rfind(last) + inside.end() <= changes[-1][0].start():
        # the change told inside the question: "what is the total cost of a $65 coat with 8%
        # sales tax?"
        value_q, asked = inside, last.rstrip("?. ")
    if re.search(r"\b(?:tip|tax|discount|gratuity|surcharge|sav\w*|saved|off|change|markup|"
                 r"difference|increase|decrease)\b", asked) \
            and not re.search(r"\b(?:including|with|after|plus)\b", asked):
        return None  # "what is the cost of the tip" asks for the change, not the final value
    thing = re.search(r"\bof (?:the|a|an|her|his|their|its) ([a-z]+)", asked)
    if thing and not re.search(rf"\b{thing.group(1)}\b", text[:text.find(asked)]):
        return None  # "the sale price of the hat" when a jacket was told
    kinds = [k for k in (undo, overall, value_q, share, single) if k]
    unread = re.sub(r"back to (?:its|the) original price", " ", text)
    for m in (share, single, *(c[0] for c in changes if c[1] == "up")):
        if m is not None:
            unread = unread.replace(m.group(0), " ")
    if len(kinds) != 1 or _BLOCK.search(unread) or _UNTOLD_CHANGE.search(after) or \
            wording.condition_without_amount(text):
        return None  # "... if you also use a store card": a change by an amount not told
    factors = []
    up = False
    for m, kind in changes:
        if undo and m.start() > undo.start():
            continue
        p = wording.value(m.group("p")) / 100
        if kind != "again":  # an "again" change keeps the direction before it
            up = kind == "up" or kind == "verb" and re.fullmatch(_UP, m.group("dir")) is not None
        if not up and p > 1:
            raise Decline("a decrease of more than 100 percent")
        factors.append(1 + p if up else 1 - p)
    if not factors:
        return None
    _one_bill_tip_and_tax(changes)
    product = Fraction(1)
    for f in factors:
        product *= f
    steps = [step("multiply the changes", "Each percent change multiplies the current value.",
                  "$" + " \\times ".join(nw.tex_of(f) for f in factors)
                  + f" = {nw.tex_of(product)}$", nw.tex_of(product))] if len(factors) > 1 else []
    if value_q:
        starts = list(_START.finditer(text[:changes[0][0].end() + 40]))
        if len(starts) != 1:
            return None
        start = wording.value(starts[0].group("v"))
        value = start
        for f in factors:
            value = value * f
        confirm.check(value == start * product, "the price found change by change")
        shown = nw.rounded(value, 2)[0] if value.denominator != 1 else str(value.numerator)
        steps.append(step("the final value", "Start value times the product.",
                          f"${nw.tex_of(start)} \\times {nw.tex_of(product)} = {shown}$", shown))
        return shown, steps
    hundred = Fraction(100)
    for f in factors:
        hundred *= f
    if share or single:
        answer = product * 100 if share else (1 - product) * 100
        confirm.check(answer == (hundred if share else 100 - hundred),
                      "100 taken through every change")
        if answer <= 0:
            raise Decline("the changes together are no discount")
    elif overall:
        change = (product - 1) * 100
        confirm.check(hundred - 100 == change, "100 taken through every change")
        if overall.group("dir") == "increase" and change < 0 or \
                overall.group("dir") == "decrease" and change > 0:
            raise Decline("the overall change goes the other way")
        # a "change" is signed: a fall of 25% is a change of -25% (unsigned it reads as a rise)
        answer = change if overall.group("dir") == "change" else abs(change)
    else:
        assert undo is not None
        down = re.search(r"down|decrease|fall|drop", undo.group(0)) is not None
        if down != (product > 1):
            raise Decline("the change back goes the other way")
        answer = (1 - 1 / product) * 100 if product > 1 else (1 / product - 1) * 100
        confirm.check(product * (1 - answer / 100 if product > 1 else 1 + answer / 100) == 1,
                      "the change back undoes the changes")
    sign = "" if answer >= 0 or not overall else f" (a decrease of ${nw.tex_of(-answer)}\\%$)"
    steps.append(step("the percent", "Compare with 1 and write as a percent.",
                      f"${nw.tex_of(answer)}\\%${sign}", nw.tex_of(answer)))
    return sp.Rational(answer.numerator, answer.denominator), steps


def _one_bill_tip_and_tax(changes: list[tuple[re.Match[str], str]]) -> None:
    """A tip and a tax on one bill ("a $50 meal with a 20% tip and 8% tax") read two ways:
    each a percent of the bill (50 + 10 + 4 = 64), or one on the bill with the other
    (50 x 1.2 x 1.08 = 64.80); Decline naming both."""
    nouns = [re.search(r"\b(tax|tip|gratuity|service charge)\b", m.group(0)) for m, kind in changes
             if kind == "up"]
    said = {"tax" if n.group(1) == "tax" else "tip" for n in nouns if n}
    if said == {"tax", "tip"}:
        raise Decline("a tip and a tax on one bill read two ways: each a percent of the bill "
                      "before the other is added (the percents added), or the tip on the bill "
                      "with tax (the percents multiplied). Say which one, e.g. 'the tip is on "
                      "the bill before tax'")


__all__ = ["changes_told", "dollars_marked", "percent_changes"]
