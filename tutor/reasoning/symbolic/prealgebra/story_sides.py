"""One side of a stated relation in a story read every way it can be: a calculation read by
the calculation grammar (`word_grammar`), a list "A and B" or "they" summed when the story
says so, "the sum of" or "the average of" their amounts."""

from __future__ import annotations

from itertools import product

import sympy as sp

from tutor.reasoning.symbolic.prealgebra.story_phrases import Cast, Everyone, Tok
from tutor.reasoning.symbolic.prealgebra.word_grammar import Grammar, Node

MAX_READINGS = 24


def side(toks: list[Tok], cast: Cast, summed: bool) -> list[Node]:
    """Every reading of one side of a relation: a calculation, or a list said with "and"
    or "they" (their sum: when `summed`, said by "together", "in all" ... or in a story of
    costs or weights, where "a pen and a pad cost $3" is a total)."""
    if toks[:3] == ["the", "sum", "of"] and len(toks) == 4:
        toks, summed = toks[3:], True
    mean = toks[:3] in (["the", "average", "of"], ["the", "mean", "of"]) and len(toks) == 4
    if mean:
        toks, summed = toks[3:], True
    if len(toks) == 1 and isinstance(toks[0], Everyone):
        syms = toks[0].symbols
        if len(syms) < 2 or not summed:
            return []
        shown = " + ".join(sp.latex(x) for x in syms)
        if mean:  # "the average of their scores"
            return [Node(None, sp.Add(*syms) / len(syms),
                         f"\\frac{{{shown}}}{{{len(syms)}}}", 2)]
        return [Node(None, sp.Add(*syms), shown, 1)]
    if not toks:
        return []
    out = list(Grammar(list(toks)).read(0, len(toks)).values())  # type: ignore[arg-type]
    cuts = [k for k, t in enumerate(toks) if t in (",", "and")]
    if cuts and summed and toks[0] not in ("the", "sum", "product"):
        bounds = [-1, *cuts, len(toks)]
        parts = [toks[a + 1:b] for a, b in zip(bounds, bounds[1:], strict=False)]
        parts = [p for p in parts if p]
        items = [[n for n in Grammar(list(p)).read(0, len(p)).values()  # type: ignore[arg-type]
                  if n.exact.free_symbols] for p in parts]  # "$2 and a pen": two clauses
        serial = any(toks[c] == "," and toks[c + 1] == "and" for c in cuts[:-1])
        if len(parts) >= 2 and all(items) and not (serial and len(parts) < 3):
            for combo in product(*items):
                total = combo[0]
                for n in combo[1:]:
                    total = Node(None, total.exact + n.exact, f"{total.tex} + {n.tex}", 1)
                out.append(total)
    return out[:MAX_READINGS]



__all__ = ["MAX_READINGS", "side"]
