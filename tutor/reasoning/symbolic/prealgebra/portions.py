"""Reader of how many portions fit in an amount, a quotient told as a story: "How many
$\\frac{1}{8}$-cup servings are in $\\frac{3}{4}$ of a cup of rice?", "A ribbon $\\frac{5}{6}$
of a meter long is cut into pieces each $\\frac{1}{12}$ of a meter long. How many pieces are
there?", "A jar holds 12 cups of soup. Each bowl holds 3/4 cup. How many bowls can be
filled?", "One serving is 2 tablespoons; how many servings does a jar of 21 tablespoons hold?".

Two amounts of one unit: the whole, and the portion tied to the thing counted ("servings",
"pieces", "bowls": said with "each", "one", "per", or as "1/8-cup servings"). The count is the
whole divided by the portion; a count that is not whole is answered only when a fraction or
mixed number is asked (otherwise "how many pieces can be cut" wants whole pieces: declined).
Words are read as in `story_words`; any other word leaves the problem unread. Confirmed by
`Story` (portion times count equals the whole, in exact fractions).
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

X = sp.Symbol("x")
# "1/8-cup servings" -> "servings each 1/8 cup"
_HYPHENED = re.compile(r"@(\d+)@ ?- ?([a-z]+) ([a-z]+)")
# words this reader reads besides those of `story_words`
_WORDS = frozenset(
    "each per cut cuts divided divide divides split splits poured pour pours filled fill fills "
    "made make can could be will would equal long wide full serving servings portion "
    "portions piece pieces".split())
_TIE = frozenset("each per".split())
# what a hyphenated count names that is a kind of thing, not an amount to share out:
# "two-digit numbers", "5-letter words", "3-element subsets", "6-sided dice" ("4-person
# teams" from 12 people may be a share-out: left to the reader)
_NOT_AMOUNTS = frozenset("digit letter element sided side term gon character".split())


def portions(split: Split, template: str) -> Result | None:
    if "how many" not in template:
        return None
    text, places = nw.take_rounding(split, template)
    text, form = nw.take_form(text)
    if places is not None:
        return None
    if any(m.group(2) in _NOT_AMOUNTS for m in _HYPHENED.finditer(text)):
        return None  # "two-digit numbers have two different digits": a kind, not a portion
    text = _HYPHENED.sub(r"\3 each @\1@ \2", text)
    toks = nw.tokens(split, text)
    if any(isinstance(t, str) and t.startswith("@") for t in toks) or len(toks) > 70:
        return None
    sents, unread = sw.read(toks)
    question = sents[-1]
    m = re.search(r"\bhow many ([a-z]+)", " ".join(t for t in question.tokens if isinstance(
        t, str)))
    if not m:
        return None
    counted = sw.singular(m.group(1))
    allowed = {counted, counted + "s"} | _WORDS
    named = {n for s in sents for n in s.nouns}
    if {w for w in unread if sw.singular(w) not in named} - allowed:
        return None
    words = {t for s in sents for t in s.tokens if isinstance(t, str)}
    # "If one serving is 2 cups, how many servings ...": the "if" only names the portion
    said_if = {"if"} if re.search(rf"\bif one {counted}\b", text) else set()
    if words & (sw.NEVER_NOUN - _TIE - {"of", "equally", "evenly"}) - {"how"} - said_if:
        return None
    amounts = [(s, q) for s in sents for q in s.quantities]
    # "one serving is 2 tablespoons": the 1 names the portion, it is not an amount
    ones = [(s, q) for s, q in amounts if q.unit == counted and q.value.value == 1]
    amounts = [(s, q) for s, q in amounts if not any(q is o for _s, o in ones)]
    if len(amounts) != 2 or len(ones) > 1 or any(q.value.percent for _s, q in amounts):
        return None
    units = {q.unit for _s, q in amounts}
    if len(units) != 1 or None in units or counted in units:
        return None
    tied = [q for s, q in amounts if _tied(s, q, counted) or ones and s is ones[0][0]]
    if len(tied) != 1:
        return None
    part = tied[0]
    whole = next(q for _s, q in amounts if q is not part)
    return _count(whole.value, part.value, counted, form)


def _tied(s: sw.Sentence, q: sw.Quantity, counted: str) -> bool:
    """The amount is one portion: "servings each 1/8 cup", "each bowl holds 3/4 cup",
    "2 cups per serving"."""
    toks = s.tokens
    k = next(i for i, t in enumerate(toks) if t is q.value)
    before = [t for t in toks[max(0, k - 4):k] if isinstance(t, str)]
    after = [t for t in toks[k + 1:k + 5] if isinstance(t, str)]
    named = {sw.singular(w) for w in before} | {sw.singular(w) for w in after}
    return counted in named and bool(set(before + after) & _TIE)


def _count(whole: Num, part: Num, counted: str, form: str | None) -> Result:
    w, p = whole.value, part.value
    if p <= 0 or w <= 0:
        raise Decline("a portion of zero")
    n = w / p
    if n.denominator != 1 and form not in ("fraction", "mixed number"):
        raise Decline("the portions do not fit a whole number of times (whole portions only?)")
    story = Story([X])
    story.state(sp.Mul(sp.Rational(p.numerator, p.denominator), X, evaluate=False),
                sp.Rational(w.numerator, w.denominator),
                f"{counted}s of ${part.tex}$ each fill ${whole.tex}$")
    value, steps = story.solve(lambda _s: X, f"the number of {counted}s")
    if form and isinstance(value, sp.Rational):
        got = Fraction(int(value.p), int(value.q))
        extra = nw.in_form_asked(got, nw.tex_of(got), None, form)
        if extra is not None:
            return extra[0], steps + extra[1]
    return value, steps


__all__ = ["portions"]
