"""Reader of short stories around one operation, about any thing, in any order of sentences:

- a total: "Lena ate 1/4 of a pizza and then 2/5 more of it. How much of the pizza did she eat
  in all?", "A jug holds 2/3 of a liter and a bottle holds 1/5 of a liter. How much is there
  altogether?" (every amount acted on by the verb asked, one thing, one subject or "they");
- what is left: "Jo has 2 gallons of water and uses 7/6 gallon. How much water is left?"
  (an amount held, then amounts gained or taken away);
- a mean: "Her four test scores were 82, 90, 76 and 88. What was her mean score?";
- a percent off: "A $80 coat is 25% off. How many dollars off is it?", "... What is the sale
  price?".

The story's words are read into quantities (`story_words`): every word must be a known word
or a noun in a noun slot, and words that change the maths ("each", "not", "remaining",
"than", "twice", "of what is left") leave the story unread. Amounts are summed only when they
are the same thing acted on by the verb asked by the one subject asked about. The answer is
one equation `x = ...` solved and confirmed in exact fractions (`Story`).
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import story_words as sw
from tutor.reasoning.symbolic.prealgebra.number_words import Num
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.typed import FILLER

X = sp.Symbol("x")
_QUICK = re.compile(r"\b(?:in all|altogether|in total|total|combined|together|left|remain\w*|now|"
                    r"average|mean|off|discount)\b")
_ASK = frozenset("how what find".split())
_TOTAL = frozenset("all altogether total combined together".split())
_LEFT = frozenset("left remain remains remaining now".split())
_MEAN = frozenset("mean average".split())
_OFF = frozenset("off discount".split())
_PAID = frozenset("price cost costs pay paid".split())
# words a story's statements never use here: each changes the arithmetic
_FACT_STOP = frozenset(
    "not no never each every per than twice half double triple times remaining rest other "
    "left leftover remainder except only less fewer some what which who if when remain "
    "remains both total all altogether mean average".split())
_QUESTION_WORDS = frozenset("fraction amount number part value".split())
_QUESTION_KNOWN = FILLER | frozenset(
    "how much many far long did does do she he they we i you it in all altogether total combined "
    "together left remain remains remaining now still there were was is are her his their its "
    "my our your".split())
# words each kind of question reads
_KIND_WORDS = {
    "mean": _MEAN | {"arithmetic", "per"}, "left": frozenset(), "total": frozenset(),
    "off": _OFF | frozenset("price sale cost costs pay paid save saved savings new dollars dollar "
                            "money priced marked after".split())}


def _rat(n: Num) -> sp.Rational:
    return sp.Rational(n.value.numerator, n.value.denominator)


def stories(split: Split, template: str) -> Result | None:
    if not _QUICK.search(template):
        return None
    text, places = nw.take_rounding(split, template)
    text, form = nw.take_form(text)
    if places is not None:
        return None
    toks = nw.tokens(split, text)
    if any(isinstance(t, str) and t.startswith("@") for t in toks) or len(toks) > 80:
        return None
    sents, unread = sw.read(toks)
    if len(sents) < 2:
        return None
    question, facts = sents[-1], sents[:-1]
    qwords = {t for t in question.tokens if isinstance(t, str)}
    fwords = {t for s in facts for t in s.tokens if isinstance(t, str)}
    if not qwords & _ASK:
        return None
    quantities = [q for s in facts for q in s.quantities]
    if question.quantities or not quantities:
        return None
    kinds = [k for k, words in (("mean", _MEAN), ("off", _OFF), ("left", _LEFT),
                                ("total", _TOTAL)) if qwords & words]
    # "... is 15% off. How much do you pay?"
    if not kinds and fwords & _OFF and qwords & (_PAID | {"save", "saved"}):
        kinds = ["off"]
    if len(kinds) != 1:
        return None
    kind = kinds[0]
    allowed = _OFF if kind == "off" else frozenset()
    if fwords & (_FACT_STOP - allowed) or fwords & _OFF and kind != "off":
        return None
    named = {n for f in facts for n in f.nouns}
    if qwords - _QUESTION_KNOWN - _KIND_WORDS[kind] - _QUESTION_WORDS - set(sw.VERBS) - {
            w for w in qwords if sw.singular(w) in named}:
        return None  # "how many did she read on monday": a qualifier not read here
    if {w for w in unread if sw.singular(w) not in named} - _QUESTION_WORDS - _KIND_WORDS[kind]:
        return None
    solve = {"mean": _mean, "off": _off, "left": _left, "total": _total}[kind]
    got = solve(quantities, question, qwords)
    if got is None:
        return None
    value, steps = got
    if not isinstance(value, sp.Rational):
        return value, steps
    v = Fraction(int(value.p), int(value.q))
    if form is None and any("." in q.value.tex for q in quantities) and "\\frac" not in "".join(
            q.value.tex for q in quantities):
        form = "decimal" if nw.terminates(v) else None  # decimals in, a decimal out
    extra = nw.in_form_asked(v, nw.tex_of(v), None, form) if form else None
    return (value, steps) if extra is None else (extra[0], steps + extra[1])


def _units(quantities: list[sw.Quantity]) -> list[str | None]:
    """Each amount's thing ("2/5 more" is the thing before it)."""
    out: list[str | None] = []
    for q in quantities:
        out.append(out[-1] if q.more and q.unit is None and out else q.unit)
    return out


def _asked_unit(question: sw.Sentence, quantities: list[sw.Quantity]) -> bool:
    """One thing is measured ("3 gallons of water" and "2 gallons of juice" are two), and the
    question's nouns are what the story measures (or none)."""
    named = set().union(*(q.named for q in quantities))
    return len(named) <= 1 and question.nouns <= {q.unit for q in quantities} | named


def _one_subject(quantities: list[sw.Quantity], question: sw.Sentence, qwords: set[str]) -> bool:
    subjects = {q.subject for q in quantities}
    asked = set(question.subjects) - {"she", "he", "it", "i", "we", "you", "they"}
    if asked and subjects != asked:
        return False
    return len(subjects) == 1 or bool(qwords & {"they", "together", "combined", "both"})


def _total(quantities: list[sw.Quantity], question: sw.Sentence, qwords: set[str]
           ) -> Result | None:
    units = _units(quantities)
    if len(quantities) < 2 or None in units or len(set(units)) != 1 or \
            not _asked_unit(question, quantities):
        return None
    if question.verbs and not _one_subject(quantities, question, qwords):
        raise Decline("the amounts are done by different people")
    if any(q.more and q.subject != p.subject
           for p, q in zip(quantities, quantities[1:], strict=False)):
        # "Ana has 12 and Ben has 5 more": Ben has 5 more than Ana, not another 5
        raise Decline("'more' said of another person compares with the first amount")
    if any(q.verb is None for q in quantities):
        return None
    verbs = {q.verb for q in quantities if q.verb is not None}
    asked = set(question.verbs)
    if asked:
        if verbs != asked:
            return None
    elif any(kind != "have" for _lemma, kind in verbs):
        return None  # "how much is there in all": only amounts held
    if any(q.part_of for q in quantities) and len({q.verb for q in quantities}) != 1:
        return None
    story = Story([X])
    story.state(X, sp.Add(*[_rat(q.value) for q in quantities], evaluate=False),
                "the amounts added together")
    return story.solve(lambda _s: X, f"the total{_of(units[0])}")


def _of(unit: str | None) -> str:
    return f" ({unit}s)" if unit else ""


def _left(quantities: list[sw.Quantity], question: sw.Sentence, qwords: set[str]
          ) -> Result | None:
    units = _units(quantities)
    first, rest = quantities[0], quantities[1:]
    if any(kind != "have" for _lemma, kind in question.verbs):
        return None  # "how many did she eat": not what is left
    if not rest or None in units or len(set(units)) != 1 or \
            not _asked_unit(question, quantities):
        return None
    if first.verb is None or first.verb[1] != "have" or first.part_of or \
            any(q.part_of or q.verb is None or q.verb[1] not in ("gain", "lose") for q in rest):
        return None
    if not _one_subject(quantities, question, qwords):
        raise Decline("the amounts belong to different people")
    signed = [_rat(first.value)] + [(-1 if q.verb and q.verb[1] == "lose" else 1) * _rat(q.value)
                                    for q in rest]
    story = Story([X])
    story.state(X, sp.Add(*signed, evaluate=False), "what was there, with what came and went")
    got = story.solve(lambda _s: X, f"the amount left{_of(units[0])}")
    if not (isinstance(got[0], sp.Basic) and got[0].is_nonnegative):
        raise Decline("more is taken away than there was")
    return got


def _mean(quantities: list[sw.Quantity], question: sw.Sentence, qwords: set[str]
          ) -> Result | None:
    # a list "82, 90 and 76 points" shares the unit of its last number
    in_list = [q.listed or k > 0 and quantities[k - 1].listed for k, q in enumerate(quantities)]
    ends = [k for k, q in enumerate(quantities) if in_list[k] and not q.listed]
    unit = quantities[ends[0]].unit if ends else quantities[-1].unit
    if len(ends) > 1:
        return None
    data = [q for k, q in enumerate(quantities) if in_list[k] and q.unit in (None, unit) or
            unit is not None and q.unit == unit]
    counts = [q for q in quantities if not any(q is d for d in data)]
    if any(q.unit is None or q.value.value.denominator != 1 for q in counts):
        return None
    if len(data) < 2 or len(counts) > 1 or not _asked_unit(question, quantities):
        return None
    if counts and counts[0].value.value != len(data):
        raise Decline("the count said and the numbers listed differ")
    if len({q.subject for q in data}) > 1:
        return None
    story = Story([X])
    story.state(len(data) * X, sp.Add(*[_rat(q.value) for q in data], evaluate=False),
                f"{len(data)} times the mean is the sum of the {len(data)} numbers")
    return story.solve(lambda _s: X, "the mean")


def _off(quantities: list[sw.Quantity], question: sw.Sentence, qwords: set[str]
         ) -> Result | None:
    pct = [q for q in quantities if q.value.percent]
    price = [q for q in quantities if not q.value.percent]
    if len(pct) != 1 or len(price) != 1 or question.verbs and not qwords & {"pay", "save"} \
            or pct[0].unit is not None:
        return None
    p, whole = _rat(pct[0].value), _rat(price[0].value)
    if not 0 < p < 1:
        return None
    saved = bool(qwords & {"off", "discount", "save", "saved", "savings"}) and \
        not qwords & _PAID
    now = bool(qwords & {"pay", "paid"} or qwords & _PAID and qwords & {
        "sale", "discount", "now", "after"}) and not qwords & {"save", "saved"}
    if saved == now:
        return None
    story = Story([X])
    if saved:
        story.state(X, sp.Mul(p, whole, evaluate=False), "the amount off is the percent of the "
                    "price")
        return story.solve(lambda _s: X, "the amount off")
    story.state(X, sp.Mul(whole, 1 - p, evaluate=False), "the price less the percent off")
    return story.solve(lambda _s: X, "the price after the discount")


__all__ = ["stories"]
