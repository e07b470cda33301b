"""The question of a story read into the amount it asks for: "how much does X cost", "what
does X cost", "how many cents does X cost", "how many U does X have", "how many does X have",
"how old is X", "what is X", "find the price of X", "how much do A and B weigh together",
"how many more U does X have than Y"; or the question is itself a relation with the unknown
in it ("16 is 64% of what number")."""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic.prealgebra import story_phrases as sp_
from tutor.reasoning.symbolic.prealgebra import story_words as sw
from tutor.reasoning.symbolic.prealgebra.story_phrases import REL, Cast, Everyone, Tok
from tutor.reasoning.symbolic.prealgebra.story_sides import side
from tutor.reasoning.symbolic.prealgebra.story_units import TOGETHER
from tutor.reasoning.symbolic.prealgebra.word_grammar import key

AUX = frozenset("does do did would will is was".split())
_ASK_VERBS = frozenset("cost weigh have".split())


def asked(q: list[Tok], marked: list[Tok], cast: Cast
           ) -> tuple[sp.Expr, str | None, list[Tok] | None] | None:
    """The asked amount, the unit it is asked in ("how many cents"), and the question itself as a
    relation when it holds one ("16 is 64% of what number")."""
    unit: str | None = None
    words = [x if isinstance(x, str) else "" for x in q]
    if len(words) > 2 and words[-2] == "in" and sw.singular(words[-1]) in sp_.UNITS:
        unit = sw.singular(words[-1])
        q, words = q[:-2], words[:-2]
    if words and words[-1] == ",":  # "what is the cost of the desk, in dollars"
        q, words = q[:-1], words[:-1]
    together = bool(words) and words[-1] in TOGETHER  # "... weigh together"
    if together:
        q, words = q[:-1], words[:-1]
    if REL in marked and "number" in cast.symbols and cast.symbols["number"] in marked and \
            words[:1] != ["what"]:
        return cast.symbols["number"], unit, marked
    if "than" in words:
        return _difference(q, words, cast, unit)
    rest: list[Tok] | None = None
    if words[:2] == ["how", "much"] and words[2:3] and words[2] in AUX and \
            words[-1] in _ASK_VERBS:
        rest = q[3:-1]
    elif words[:2] == ["how", "many"] and words[2:3] and words[2] in _MORE:
        return None  # "how many more does Ben have", than whom untold
    elif words[:2] == ["how", "many"] and len(words) > 4 and words[3] in AUX and \
            words[-1] in _ASK_VERBS:
        if sw.singular(words[2]) in sp_.UNITS:
            if unit is not None:
                return None
            unit = sw.singular(words[2])
        rest = q[4:-1]
    elif words[:2] == ["how", "many"] and len(words) > 3 and words[2] in AUX and \
            words[-1] == "have":  # "how many does Sam have": the things the story counts
        rest = q[3:-1]
    elif words[:2] == ["how", "old"] and words[2:3] and words[2] in ("is", "was"):
        rest = q[3:]
    elif words[:4] == ["how", "many", "years", "old"] and words[4:5] and words[4] in (
            "is", "was"):
        rest = q[5:]
    elif words[:1] == ["what"] and words[1:2] and words[1] in AUX - {"is", "was"} and \
            words[-1] in ("cost", "weigh"):  # "what does the coat cost"
        rest = q[2:-1]
    elif words[:2] in (["what", "is"], ["what", "was"]):
        rest = q[2:]
    elif words[:1] in (["find"], ["determine"], ["compute"]):
        rest = q[1:]
    elif words[:3] == ["how", "much", "money"] and words[3:4] and words[3] in AUX and \
            words[-1] == "have":
        rest = q[4:-1]
    if rest and [x if isinstance(x, str) else "" for x in rest[:3]] in (
            ["the", "cost", "of"], ["the", "price", "of"], ["the", "weight", "of"],
            ["the", "value", "of"]):
        rest = rest[3:]
    if rest and rest[-1] in TOGETHER:  # "how much do A and B together weigh"
        rest, together = rest[:-1], True
    if together and (rest is None or "and" not in rest):
        return None
    if not rest:
        return None
    nodes = side(rest, cast, together)
    if any(isinstance(x, Everyone) for x in rest) or len({key(n) for n in nodes}) != 1:
        return None
    return nodes[0].exact, unit, None


_MORE = {"more": 1, "fewer": -1, "less": -1, "older": 1, "younger": -1, "heavier": 1,
         "lighter": -1}


def _difference(q: list[Tok], words: list[str], cast: Cast, unit: str | None
                ) -> tuple[sp.Expr, str | None, None] | None:
    """"How many more stickers does Leo have than Mia?", "How much more does a pen cost than
    a pad?", "How many years older is Ann than Bo?": the first amount less the second, asked
    only when it is positive (the question says which is more)."""
    k = words.index("than")
    head = words[:4]
    if head[:2] == ["how", "many"] and head[2] in _MORE and len(words) > 4:
        sign, j = _MORE[head[2]], 3
        if words[j] not in AUX:
            if sw.singular(words[j]) in sp_.UNITS:
                unit = sw.singular(words[j])
            j += 1  # "how many more stickers does ..."
        if words[j] not in AUX or words[k - 1] not in _ASK_VERBS:
            return None
        first = q[j + 1:k - 1]
    elif head[:3] == ["how", "much", "more"] and words[3] in AUX and words[k - 1] in _ASK_VERBS:
        sign, first = 1, q[4:k - 1]
    elif head[:2] == ["how", "many"] and head[3:4] and head[3] in _MORE and head[2] in (
            "years", "pounds", "dollars") and words[4:5] == ["is"]:
        sign, first, unit = _MORE[head[3]], q[5:k], sw.singular(head[2])
    elif head[:2] == ["how", "much"] and head[2] in _MORE and words[3] == "is":
        sign, first = _MORE[head[2]], q[4:k]
    else:
        return None
    second = q[k + 1:]
    a, b = side(first, cast, False), side(second, cast, False)
    if len(a) != 1 or len(b) != 1:
        return None
    return sign * (a[0].exact - b[0].exact), unit, None



__all__ = ["AUX", "asked"]
