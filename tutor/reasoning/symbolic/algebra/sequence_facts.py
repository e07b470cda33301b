"""Reader of an arithmetic or geometric sequence known by facts about its terms in words,
asked a calculation with its terms: "The sum of the third and seventh terms of an
arithmetic sequence is 20. What is the fifth term?", "The fourth term of an arithmetic
sequence is 9 and the difference between consecutive terms is 2. What is the product of the
first two terms?", "The second and eighth terms of a geometric sequence of positive
numbers are 3 and 24 ..." (a fact per clause), "What is the ratio of the sixth term to the
second?".

The sequence is its first term a and its common difference d (or ratio r); "the nth term"
becomes the letter T_n, "the common difference", "the difference between (any) two
consecutive terms" d, "the common ratio" r, and the calculation grammar (`word_grammar`)
reads each fact and the question with them. T_n is a + (n - 1)d or a r^(n - 1). The facts
need not fix a and d: the asked quantity must have one value over every solution (a_2 +
a_4 = 6 fixes a_3 = 3 alone). Confirmed by listing the terms one by one from each solution
(adding d, multiplying by r) at 40 digits, every fact checked on the list and the asked
quantity recomputed from it.
"""

from __future__ import annotations

import re
from itertools import product

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra.story_phrases import token_sentences
from tutor.reasoning.symbolic.prealgebra.word_grammar import Grammar
from tutor.reasoning.symbolic.spelled_maths import ORDINALS

Tok = object
A, D, R = sp.symbols("a d r")
_ORDS = {**ORDINALS, "thirtieth": 30, "fiftieth": 50, "hundredth": 100}
_TH = re.compile(r"\s*(\d+)\s*\^\s*\{?\s*(?:\\(?:text|mathrm|rm)\s*\{)?\s*(?:st|nd|rd|th)\s*\}?"
                 r"\s*\}?\s*")
_KIND = re.compile(r"\b(arithmetic|geometric) (?:sequence|progression)\b")
_OF = [(prep, det, *kind) for prep in ("of", "in") for det in ("a", "an", "the", "this")
       for kind in (("arithmetic", "sequence"), ("geometric", "sequence"),
                    ("arithmetic", "progression"), ("geometric", "progression"),
                    ("sequence",), ("progression",))] + [("of", "positive", "numbers")]
_RELATIONS = [("is", "equal", "to"), ("equals",), ("is",), ("are",)]
_ASK = [("what", "is", "the", "value", "of"), ("what", "is"), ("find",), ("compute",),
        ("determine",)]
_CUTS = frozenset({",", "and", "while", "whose"})
_MAX_TERM = 200
_MAX_SUM = 30  # a sum of the first n terms, written out term by term


def sequence_facts(split: Split, template: str) -> Result | None:
    kinds = set(_KIND.findall(template))
    if len(kinds) != 1 or " term" not in template:
        return None
    kind = kinds.pop()
    if re.search(r"\bintegers?\b", template):
        return None  # whole-number terms: not a condition read here
    positive = bool(re.search(r"\bof positive numbers\b", template))
    if positive and kind == "arithmetic":
        return None  # every term positive: not one condition on a and d
    toks = _letters(split, nw.tokens(split, template))
    if toks is None or len(toks) > 80:
        return None
    sentences = _sentences(toks)
    question, facts = sentences[-1], sentences[:-1]
    for a in _ASK:
        if tuple(question[:len(a)]) == a:
            question = question[len(a):]
            break
    else:
        return None
    targets = [n.exact for n in Grammar(question).read(0, len(question)).values()]
    if len(targets) != 1 or not facts:
        return None
    target = targets[0]
    readings: list[list[tuple[sp.Expr, str]]] = [[]]
    for s in facts:
        ways = _clauses(s, 0)
        if not ways:
            return None
        readings = [r + w for r, w in product(readings, ways)][:9]
    step_letter = D if kind == "arithmetic" else R
    results = []
    for facts_read in readings:
        got = _solve(facts_read, target, kind, step_letter, positive)
        if got is not None:
            results.append(got + (facts_read,))
    if not results:
        raise Decline("no sequence meets the facts")
    if len({r[0] for r in results}) != 1:
        raise Decline("the facts about the sequence read more than one way")
    value, sols, facts_read = results[0]
    for sol in sols:
        _confirm(facts_read, target, sol, kind, step_letter, value)
    return value, _steps(facts_read, target, kind, step_letter, sols, value)


def _letters(split: Split, toks: list) -> list[Tok] | None:
    """The terms, the common difference and ratio as letters; the sequence's name gone."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        m = re.fullmatch(r"@(\d+)@", t) if isinstance(t, str) else None
        n = _ordinal(t, split)
        if n is None and m:
            return None  # a maths piece that is not an ordinal
        if n is not None and i + 1 < len(toks) and toks[i + 1] in ("term", "terms"):
            if n > _MAX_TERM:
                return None
            out.append(sp.Symbol(f"T_{n}"))
            i += 2
        elif n is not None and toks[i + 1:i + 2] == ["and"] and i + 2 < len(toks) and \
                (n2 := _ordinal(toks[i + 2], split)) is not None and \
                toks[i + 3:i + 4] == ["terms"]:
            out += [sp.Symbol(f"T_{n}"), "and", sp.Symbol(f"T_{n2}")]
            i += 4
        elif t == "first" and isinstance(toks[i + 1], nw.Num) and toks[i + 2:i + 3] == [
                "terms"] and [w for w in out[-3:] if w != "the"][-2:] == ["sum", "of"]:
            k = toks[i + 1].value  # "the sum of the first 10 terms": S_10
            if k.denominator != 1 or not 2 <= k <= _MAX_SUM:
                return None
            while out and out[-1] in ("the", "of", "sum"):
                out.pop()
            out.append(sp.Symbol(f"S_{int(k)}"))
            i += 3
        elif t == "first" and isinstance(toks[i + 1], nw.Num) and toks[i + 2:i + 3] == ["terms"]:
            k = toks[i + 1].value
            if k.denominator != 1 or not 2 <= k <= 6:
                return None
            for j in range(1, int(k) + 1):
                out += [sp.Symbol(f"T_{j}")] + ([","] if j < k - 1 else ["and"] if j < k else [])
            i += 3
        elif tuple(toks[i:i + 2]) in (("common", "difference"), ("common", "ratio")):
            out.append(D if toks[i + 1] == "difference" else R)
            i += 2
        elif tuple(toks[i:i + 2]) == ("difference", "between") and (
                k := i + 2 + (toks[i + 2:i + 3] == ["any"])) < len(toks) and isinstance(
                toks[k], nw.Num) and toks[k].value == 2 and toks[k + 1:k + 3] == [
                "consecutive", "terms"]:
            out.append(D)
            i = k + 3
        else:
            for of in _OF:
                if tuple(toks[i:i + len(of)]) == of:
                    i += len(of)
                    break
            else:
                out.append(t)
                i += 1
    if not any(isinstance(x, sp.Symbol) for x in out):
        return None
    return [x for x in out if x not in ("the", "its")]


def _ordinal(t: object, split: Split) -> int | None:
    if isinstance(t, str) and t in _ORDS:
        return _ORDS[t]
    if isinstance(t, str) and t.isdigit():
        return int(t)
    m = re.fullmatch(r"@(\d+)@", t) if isinstance(t, str) else None
    got = _TH.fullmatch(split.maths[int(m.group(1))]) if m else None
    return int(got.group(1)) if got else None


def _sentences(toks: list[Tok]) -> list[list[Tok]]:
    parts = token_sentences(toks)
    last = parts[-1] if parts else []
    cut = [k for k in range(len(last) - 1) if last[k] == "," and last[k + 1] in {
        a[0] for a in _ASK}]
    if last and last[0] == "if" and cut:  # "if S, what is ...?"
        parts[-1:] = [last[1:cut[0]], last[cut[0] + 1:]]
    return parts


def _clauses(t: list[Tok], i: int) -> list[list[tuple[sp.Expr, str]]]:
    if i == len(t):
        return [[]]
    if t[i] in ("if", "and", ",", "while", "whose"):
        return _clauses(t, i + 1)
    out: list[list[tuple[sp.Expr, str]]] = []
    for j in range(i + 1, len(t) + 1):
        if j < len(t) and t[j] not in _CUTS:
            continue
        piece = t[i:j]
        for k in range(1, len(piece) - 1):
            for rel in _RELATIONS:
                if tuple(piece[k:k + len(rel)]) != rel:
                    continue
                g_left, g_right = Grammar(piece[:k]), Grammar(piece[k + len(rel):])
                for a in g_left.read(0, k).values():
                    for b in g_right.read(0, len(piece) - k - len(rel)).values():
                        said = " ".join(_word(w) for w in piece)
                        out += [[(a.exact - b.exact, said)] + rest for rest in _clauses(t, j)]
    return out[:9]


def _word(w: object) -> str:
    if isinstance(w, nw.Num):
        return w.tex
    if isinstance(w, sp.Symbol):
        return f"${latex(w)}$"
    return {"twofold": "twice"}.get(str(w), str(w))


def _term(n: int, kind: str) -> sp.Expr:
    return A + (n - 1) * D if kind == "arithmetic" else A * R ** (n - 1)


def _in_terms(e: sp.Expr, kind: str) -> sp.Expr:
    """T_n and S_n (the sum of the first n terms) through the first term and the step."""
    return e.subs({s: _term(int(str(s)[2:]), kind) if str(s).startswith("T_") else
                   sp.Add(*(_term(k, kind) for k in range(1, int(str(s)[2:]) + 1)))
                   for s in e.free_symbols if str(s)[:2] in ("T_", "S_")})


def _solve(facts: list[tuple[sp.Expr, str]], target: sp.Expr, kind: str, step_letter: sp.Symbol,
           positive: bool) -> tuple[sp.Basic, list[dict]] | None:
    eqs = [_in_terms(e, kind) for e, _ in facts]
    goal = _in_terms(target, kind)
    if (set().union(*(e.free_symbols for e in eqs)) | goal.free_symbols) - {A, step_letter}:
        return None  # a letter that is not the sequence's
    sols = sp.solve(eqs, [A, step_letter], dict=True)
    keep, values = [], set()
    for sol in sols:
        got = sp.simplify(goal.subs(sol))
        if got.free_symbols:
            raise Decline("the facts do not fix the asked quantity")
        if any(v.is_real is False or not v.free_symbols and not v.is_real
               for v in sol.values()) or not got.is_real:
            continue
        if positive and not _all_positive(sol, step_letter):
            continue
        keep.append(sol)
        values.add(sp.nsimplify(got) if got.is_Float else got)
    if len(values) != 1:
        if values:
            raise Decline("the facts fit more than one sequence with different answers")
        return None
    return values.pop(), keep


def _all_positive(sol: dict, step_letter: sp.Symbol) -> bool:
    """Whether the first term and the ratio are positive; a value left in a free letter
    is tried at several positive values and must be positive at all or at none of them."""
    signs = set()
    for v in sol.values():
        for sample in (sp.Rational(1, 3), sp.Integer(1), sp.Integer(2), sp.Integer(7)):
            got = v.subs({A: sample, step_letter: sample})
            if not got.is_real:
                raise Decline("a term that is not a real number")
            signs.add(bool(got > 0))
    if len(signs) > 1:
        raise Decline("the sign of a term depends on a value the facts leave open")
    return signs == {True}


def _confirm(facts: list[tuple[sp.Expr, str]], target: sp.Expr, sol: dict, kind: str,
             step_letter: sp.Symbol, value: sp.Basic) -> None:
    """The terms listed one by one from the solution (free letters given a sample value)."""
    free = {A: sp.Rational(3, 7), step_letter: sp.Rational(5, 11)}
    first = numeric.to_mp(sol.get(A, A).subs(free))
    by = numeric.to_mp(sol.get(step_letter, step_letter).subs(free))
    if first is None or by is None:
        raise Decline("the terms could not be listed")
    names = set().union(target.free_symbols, *(e.free_symbols for e, _ in facts))
    top = max([int(str(s)[2:]) for s in names if str(s)[:2] in ("T_", "S_")] + [1])
    terms = [first]
    for _ in range(top - 1):
        terms.append(terms[-1] + by if kind == "arithmetic" else terms[-1] * by)
    point = {sp.Symbol(f"T_{n + 1}"): terms[n] for n in range(top)}
    point.update({sp.Symbol(f"S_{n}"): mpmath.fsum(terms[:n]) for n in range(2, top + 1)})
    point[D if kind == "arithmetic" else R] = by

    def at(e: sp.Expr) -> mpmath.mpc:
        return mpmath.mpc(complex(e.evalf(numeric.DPS, subs=point)))

    for e, said in facts:
        confirm.check(abs(at(e)) < 1e-12, f"'{said}' holds on the terms listed one by one")
    confirm.number(at(target), value, "the asked quantity computed from the listed terms")


def _steps(facts: list[tuple[sp.Expr, str]], target: sp.Expr, kind: str,
           step_letter: sp.Symbol, sols: list[dict], value: sp.Basic) -> list:
    what = "common difference $d$" if kind == "arithmetic" else "common ratio $r$"
    nth = "a + (n - 1)d" if kind == "arithmetic" else "a r^{n - 1}"
    sums = any(str(v).startswith("S_") for e, _ in facts for v in e.free_symbols) or any(
        str(v).startswith("S_") for v in target.free_symbols)
    out = [step("name the unknowns", f"An {kind} sequence is fixed by its first term and its "
                f"{what}.", f"Call the first term $a$; the $n$th term is $T_n = {nth}$" + (
                    "; $S_n$ is the sum of the first $n$ terms." if sums else "."))]
    for e, said in facts:
        eq = latex(sp.Eq(_in_terms(e, kind), 0))
        out.append(step("write the facts as equations", f"'{said}'", f"{said}: ${eq}$", eq))
    shown = "; ".join(", ".join(f"{latex(k)} = {latex(v)}" for k, v in s.items()) for s in sols)
    out.append(step("solve the equations", "Solve for the first term and the step.",
                    f"${shown}$", shown))
    claim = latex(value)
    out.append(step("answer the question", "Put the solution into the asked terms.",
                    f"${latex(_in_terms(target, kind))} = {claim}$", claim))
    return out


__all__ = ["sequence_facts"]
