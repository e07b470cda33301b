"""The question of a story about unknown numbers (`number_facts`): the number, all of them
together (a sum or product), the least or greatest ("the least integer whose square is
..."), a sum, product or positive difference of two, the larger or smaller, or any other
calculation with them that the calculation grammar reads in one way."""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic.algebra.number_facts_cast import (
    Cast,
    Tok,
    X,
    Y,
    reciprocal_put_back,
)
from tutor.reasoning.symbolic.model import latex
from tutor.reasoning.symbolic.prealgebra.word_grammar import Grammar

_ASK = [("what", "is", "the", "value", "of"), ("find", "the", "value", "of"), ("what", "is"),
        ("what", "was"), ("find",), ("determine",), ("compute",)]
_ALL = [("such", "numbers"), ("such", "integers"), ("possible", "values", "of"),
        ("values", "of"), ("numbers", "for", "which", "this", "is", "true"),
        ("integers", "for", "which", "this", "is", "true"), ("such", "values")]
_EXTREME = {"least": min, "smallest": min, "greatest": max, "largest": max}


def _at(toks: list[Tok], i: int, words: tuple[str, ...]) -> bool:
    return tuple(toks[i:i + len(words)]) == words


Target = tuple[str, Callable[[dict], sp.Basic], str, list[Tok] | None]


def asked(cast: Cast, question: list[Tok]) -> Target | None:
    """(how: "one" or an aggregate, the quantity of a solution, in words, a fact said in the
    question) or None when the question is not one read here."""
    q = list(question)
    for a in _ASK:
        if _at(q, 0, a):
            q = q[len(a):]
            break
    else:
        return None
    x = cast.unknowns[0]
    if len(cast.unknowns) == 1:
        if q in ([x], ["the", "value", "of", x]):
            return "one", lambda s: s[x], "the number", None
        for agg in ("sum", "product"):
            if _at(q, 0, ("the", agg, "of", "all")):
                rest = q[4:]
                if any(_at(rest, 0, w) and rest[len(w):] in ([], [x]) for w in _ALL):
                    return agg, lambda s: s[x], f"the {agg} of all the solutions", None
        if len(q) >= 2 and q[0] == "the" and q[1] in _EXTREME:
            rest = q[2:]
            if rest in ([x], ["possible", "value", "of", x], ["value", "of", x],
                        ["such", x], ["possible", x]):
                return str(q[1]), lambda s: s[x], f"the {q[1]} solution", None
            if len(rest) > 2 and rest[0] == x and rest[1] == "whose":
                return (str(q[1]), lambda s: s[x], f"the {q[1]} solution",
                        ["the", rest[2], "of", x, *rest[3:]] if rest[2] in (
                            "square", "cube") else None)
        return _read_asked(cast, q)
    y = cast.unknowns[1]
    wants: dict[tuple, tuple[Callable[[dict], sp.Basic], str]] = {
        ("the", "sum", "of", x, "and", y): (lambda s: s[x] + s[y], "the sum of the numbers"),
        ("the", "product", "of", x, "and", y): (lambda s: s[x] * s[y],
                                                  "the product of the numbers"),
        ("the", "positive", "difference", "of", x, "and", y): (
            lambda s: abs(s[x] - s[y]), "the positive difference of the numbers"),
        ("the", "positive", "difference", "between", x, "and", y): (
            lambda s: abs(s[x] - s[y]), "the positive difference of the numbers"),
    }
    if cast.ordered:
        wants[(x,)] = (lambda s: s[x], "the larger number")
        wants[(y,)] = (lambda s: s[y], "the smaller number")
        wants[("the", "value", "of", x)] = wants[(x,)]
        wants[("the", "value", "of", y)] = wants[(y,)]
    got = wants.get(tuple(q))
    if got is not None:
        return "one", got[0], got[1], None
    return _read_asked(cast, q)


def _read_asked(cast: Cast, q: list[Tok]) -> Target | None:
    """Any other calculation with the numbers ("the sum of their squares", "twice the
    number"), read by the calculation grammar: one reading, in the unknowns only, and for
    two unordered numbers the same whichever is which."""
    found = [reciprocal_put_back(n.exact, cast.unknowns)
             for n in Grammar(q).read(0, len(q)).values()] if q else []
    if len(found) != 1 or not found[0].free_symbols or \
            not found[0].free_symbols <= set(cast.unknowns):
        return None
    e = found[0]
    if len(cast.unknowns) == 2 and not cast.ordered and sp.expand(
            e - e.subs({X: Y, Y: X}, simultaneous=True)) != 0:
        return None
    return "one", lambda s: e.subs(s), f"${latex(e)}$", None



__all__ = ["Target", "asked"]
