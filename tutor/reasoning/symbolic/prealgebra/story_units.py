"""Comparisons, units and sums said the way the calculation grammar reads them, for the
story reader (`story_equations`): "twice as many marbles as Ann" -> twice Ann, "3 years
older than Bo" -> 3 more than Bo, "50 cents" -> 1/2 in a story told in dollars, "together"
and "in all" -> a mark that the clause sums a list; and the kind of amount a sentence speaks
of (cost, weight, holding, age).
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.prealgebra import story_words as sw
from tutor.reasoning.symbolic.prealgebra.number_words import Num
from tutor.reasoning.symbolic.prealgebra.story_phrases import (
    BUY,
    REL,
    SUM,
    UNITS,
    VERB_KIND,
    Tok,
)

TOGETHER = frozenset("together combined altogether".split())
_AS = {"much": None, "heavy": "weight", "old": "age", "expensive": "cost"}
_COMPARE = {"older": ("more", "age"), "younger": ("less", "age"),
            "heavier": ("more", "weight"), "lighter": ("less", "weight"),
            "cheaper": ("less", "cost"), "fewer": ("less", None), "more": ("more", None),
            "higher": ("more", None), "lower": ("less", None), "taller": ("more", None),
            "shorter": ("less", None), "longer": ("more", None), "greater": ("more", None),
            "less": ("less", None)}
def _unit(word: Tok) -> str | None:
    if not isinstance(word, str):
        return None
    got = sw.singular(word)
    return got if got in UNITS else None


def normalise(toks: list[Tok], counted: set[str], question: bool = False,
              base: Fraction = Fraction(1)) -> list[Tok] | None:
    """Comparisons and units said the grammar's way; None when a unit is read two ways.
    `counted` holds the nouns the story counts ("how many marbles"): read as units. In a
    statement "together", "in all" ... say that a list is summed, as a list is anyway; in a
    question they are kept (the asker reads them). Amounts are in units `base` of their
    kind (the one unit the story uses, else dollars, pounds, meters, hours)."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "as" and nxt in _AS and REL not in toks[i:i + 1]:
            j = i + 2
            if nxt == "much" and j < len(toks) and isinstance(toks[j], str) and \
                    sw.singular(str(toks[j])) in counted:
                j += 1
            if j < len(toks) and toks[j] == "as":  # "twice as much as x": twice x
                i = j + 1
                continue
        if t == "as" and nxt in ("many", "much") and i + 3 < len(toks) and toks[i + 3] == "as" \
                and isinstance(toks[i + 2], str) and (sw.singular(str(toks[i + 2])) in counted or
                                                      nxt == "much" and toks[i + 2] == "money"):
            i += 4
            continue
        if t in _COMPARE and isinstance(t, str):
            word, _kind = _COMPARE[t]
            if nxt == "than":
                out += [word, "than"]
                i += 2
                continue
            if isinstance(nxt, str) and i + 2 < len(toks) and toks[i + 2] == "than" and (
                    _unit(nxt) or sw.singular(nxt) in counted):  # "5 more marbles than"
                out += [word, "than"]
                i += 3
                continue
        if t in ("exactly", "identical"):
            i += 1
            continue
        if t == "a" and toks[i + 1:i + 3] == ["total", "of"] and not question:
            out.append(SUM)  # "weigh a total of 84 pounds"
            i += 3
            continue
        if t in TOGETHER:
            out.append(t if question else SUM)
            i += 1
            continue
        if t == "in" and nxt in ("all", "total"):
            out.append("altogether" if question else SUM)
            i += 2
            continue
        if isinstance(t, sp.Symbol) and isinstance(nxt, str) and sw.singular(nxt) in counted:
            out.append(t)  # "$a$ marbles"
            i += 2
            continue
        if isinstance(t, Num) and nxt is not None:
            u = _unit(nxt)
            if u is not None:
                scale = UNITS[u][1] / base  # amounts in the unit the story uses
                out.append(Num(t.value * scale, t.tex if scale == 1 else
                               f"{t.tex}\\text{{ {nxt}}}", t.percent))
                i += 2
                if u == "year" and i < len(toks) and toks[i] == "old":
                    i += 1
                continue
            if isinstance(nxt, str) and sw.singular(nxt) in counted:
                out.append(t)
                i += 2
                continue
        out.append(t)
        i += 1
    return out


def kinds_of(toks: list[Tok]) -> set[str]:
    """The kinds of amount a sentence speaks of: cost, weight, holding, age."""
    out: set[str] = set()
    for k, t in enumerate(toks):
        if not isinstance(t, str):
            continue
        if VERB_KIND.get(t):
            out.add(str(VERB_KIND[t]))
        if t in BUY or t in ("price", "cost", "dollars", "cents", "dollar", "cent"):
            out.add("cost")
        if t in ("old", "age", "ages", "older", "younger") or t.endswith("'s") and \
                k + 1 < len(toks) and toks[k + 1] == "age":
            out.add("age")
        if t in ("weight", "heavy", "heavier", "lighter", "pounds", "pound", "ounces"):
            out.add("weight")
    return out



__all__ = ["TOGETHER", "kinds_of", "normalise"]
