"""Reader of equations said in words about letters: "Four more than twice $k$ is equal to 30.
What is $k$?", "One-third of one-fourth of $M$ equals one-half of 18. Find $M$.", "If 150% of
$a$ equals 75% of $b$, and $a = 12$, what is $b$?", "The value of $p$ is one-third the value
of $q$, and $q$ is two-fifths of $r$. If $r$ is 45, what is $p$?".

Each relation ("is", "equals", "is equal to") joins two phrases that the calculation grammar
of `spoken_arithmetic` reads, with the letters as unknowns; every reading is tried and the
problem is answered only when all readings give the asked letter the same value. Solved and
confirmed by `Story` (every relation evaluated again in exact fractions).
"""

from __future__ import annotations

import re
from itertools import product

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.word_grammar import Grammar, Node

_RELATIONS = [("is", "equal", "to"), ("equals",), ("is",), ("was",)]
_OPENERS = [("if",), ("suppose", "that"), ("given", "that"), ("and",), ("and", "if"), ("then",)]
_ASKS = [("what", "is", "the", "value", "of"), ("what", "is"), ("find", "the", "value", "of"),
         ("find",), ("determine",), ("solve", "for"), ("compute",)]
_MAX_READINGS = 24


def word_equations(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:is|equals|was)\b", template) or "@" not in template:
        return None
    letters = {i: src.strip() for i, src in enumerate(split.maths)
               if re.fullmatch(r"\s*[a-zA-Z]\s*", src)}
    if not letters:
        return None
    toks: list = []
    givens: list[tuple[sp.Basic, sp.Basic]] = []
    for t in nw.tokens(split, template):
        m = re.fullmatch(r"@(\d+)@", t) if isinstance(t, str) else None
        if m and int(m.group(1)) in letters:
            toks.append(sp.Symbol(letters[int(m.group(1))]))
        elif m and re.fullmatch(r"\s*[a-zA-Z]\s*=\s*-?\d+(?:\.\d+)?\s*", split.maths[int(
                m.group(1))]):
            eq = parse_latex(split.maths[int(m.group(1))])
            if not isinstance(eq, sp.Equality):
                return None
            givens.append((eq.lhs, eq.rhs))
            toks.append("@given@")
        elif m:
            return None
        else:
            toks.append(t)
    sentences = _sentences(toks)
    if len(sentences) < 2:
        return None
    question, statements = sentences[-1], sentences[:-1]
    target = _asked(question)
    if target is None:
        return None
    readings: list[list[tuple[Node | sp.Basic, Node | sp.Basic]]] = [[]]
    for sentence in statements:
        got = _relations(Grammar(sentence), 0, len(sentence))
        if not got:
            return None
        readings = [r + g for r, g in product(readings, got)][:_MAX_READINGS + 1]
    if len(readings) > _MAX_READINGS:
        raise Decline("too many readings of the sentences")
    return _solve(readings, givens, target)


def _sentences(toks: list) -> list[list]:
    out: list[list] = [[]]
    for t in toks:
        if t in {".", "?", "!", ";"}:
            if out[-1]:
                out.append([])
        else:
            out[-1].append(t)
    parts = [s for s in out if s]
    if parts and len(parts[-1]) > 2:  # "if z is 60, what is x": the condition is a statement
        last = parts[-1]
        if "," in last:
            k = len(last) - 1 - last[::-1].index(",")
            if tuple(last[k + 1:k + 3]) in {("what", "is"), ("find", "the")}:
                parts[-1:] = [last[:k], last[k + 1:]]
    return parts


def _asked(question: list) -> sp.Symbol | None:
    for ask in _ASKS:
        if tuple(question[:len(ask)]) == ask and len(question) == len(ask) + 1 and isinstance(
                question[-1], sp.Symbol):
            return question[-1]
    return None


def _relations(g: Grammar, i: int, n: int) -> list[list[tuple[Node | sp.Basic, Node | sp.Basic]]]:
    """Every way to read toks[i:n] as relations joined by ",", "and", "if" ...; a given
    equation piece stands as its own relation."""
    if i == n:
        return [[]]
    t = g.toks
    for opener in sorted(_OPENERS, key=len, reverse=True):
        if tuple(t[i:i + len(opener)]) == opener:
            return _relations(g, i + len(opener), n)
    if t[i] == ",":
        return _relations(g, i + 1, n)
    if t[i] == "@given@":
        return [[("given", "given")] + r for r in _relations(g, i + 1, n)]
    out = []
    for j in range(i + 1, n + 1):
        if j < n and t[j] not in {",", "and", "if"}:
            continue
        for rel in _RELATIONS:
            for k in range(i + 1, j):
                if tuple(t[k:k + len(rel)]) != rel:
                    continue
                for a in g.read(i, k).values():
                    for b in g.read(k + len(rel), j).values():
                        out += [[(a, b)] + rest for rest in _relations(g, j, n)]
    return out[:_MAX_READINGS + 1]


def _solve(readings: list, givens: list[tuple[sp.Basic, sp.Basic]], target: sp.Symbol
           ) -> Result | None:
    answers: dict[str, Result] = {}
    for reading in readings:
        pairs = [(a.exact, b.exact) for a, b in reading if a != "given"] + givens
        if not any(x.free_symbols or y.free_symbols for x, y in pairs):
            continue
        unknowns = sorted(set().union(*(x.free_symbols | y.free_symbols for x, y in pairs)),
                          key=str)
        if target not in unknowns:
            continue
        story = Story(list(unknowns))
        for (x, y), (a, b) in zip(pairs, reading + [("given", "given")] * len(givens),
                                  strict=False):
            said = f"{a.tex} = {b.tex}" if isinstance(a, Node) and isinstance(b, Node) else \
                f"{sp.latex(x)} = {sp.latex(y)}"
            story.state(x, y, said)
        try:
            got = story.solve(lambda _sol: target, f"the value of {target}")
        except Decline:
            continue
        answers.setdefault(str(got[0]), got)
    if not answers:
        return None
    if len(answers) > 1:
        raise Decline("the sentences read two ways with two different answers")
    return next(iter(answers.values()))


__all__ = ["word_equations"]
