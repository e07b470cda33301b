"""Reader of unknown numbers told by facts in words, the facts allowed to be quadratic or to
take a reciprocal: "The square of a negative integer is 12 more than the integer. What is
the integer?", "One less than the reciprocal of a number is 3/2. Find the number.", "The
sum of two numbers is 10 and the difference of their squares is 40. What is the positive
difference of the numbers?", "What is the least integer whose square is 20 more than its
own double?", "... What is the sum of all such numbers?"

The cast is one number (`a number`, `an integer $N$`, later `the number`, `itself`, `its`)
or two (`two numbers`, `two consecutive integers`, later `the larger`, `the smaller`,
`their`, `the two numbers`). Each fact sentence (cut at "and" / ",") is one relation whose
two sides the calculation grammar (`word_grammar`) reads; a difference of two unordered
things is a positive difference, written (P - Q)^2 = d^2. Every sentence but the question
must be read whole, so a number the reader cannot place is never dropped. Every solution
is found by SymPy, each one substituted back into every stated fact in exact fractions,
and for one unknown the number of real solutions is confirmed by Sturm's count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.number_facts_cast import (
    Cast,
    X,
    Y,
    cast_of,
    reciprocal_put_back,
)
from tutor.reasoning.symbolic.algebra.number_facts_questions import asked
from tutor.reasoning.symbolic.algebra.rational_solutions import rational_solutions
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra.relations import exact_value, fraction
from tutor.reasoning.symbolic.prealgebra.word_grammar import Grammar

Tok = object
Relation = tuple[sp.Expr, sp.Expr, bool, str]  # lhs, rhs, |lhs| meant, the words
_RELATIONS = [("is", "equal", "to"), ("is", "the", "same", "as"), ("equals",), ("is",),
              ("are",), ("was",)]
_CUTS = frozenset({",", "and", "while", "but"})
_OPENERS = [("if",), ("and",), ("also",), ("while",), ("but",), ("suppose", "that"),
            ("given", "that"), (",",)]
_MAX_READINGS = 16


def number_facts(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:numbers?|integers?)\b", template):
        return None
    template = _plain_results(template)
    text, places = nw.take_rounding(split, template)
    text, form = nw.take_form(text)
    if places is not None or form not in (None, "fraction", "integer"):
        return None
    toks: list[Tok] = []
    for t in nw.tokens(split, text):
        m = re.fullmatch(r"@(\d+)@", t) if isinstance(t, str) else None
        if m:
            src = split.maths[int(m.group(1))].strip()
            if not re.fullmatch(r"[a-zA-Z]", src):
                return None
            toks.append(sp.Symbol(src))
        else:
            toks.append(t)
    if len(toks) > 80:
        return None
    cast = cast_of(toks)
    if cast is None:
        return None
    question, facts = cast.sentences[-1], cast.sentences[:-1]
    got = asked(cast, question)
    if got is None:
        return None
    how, quantity, what, inline = got
    if inline is not None:
        facts = facts + [inline]
    if not facts:
        return None
    readings: list[list[Relation]] = [[]]
    for s in facts:
        ways = _clauses(s, 0, cast)
        if not ways:
            return None
        readings = [r + w for r, w in product(readings, ways)]
        if len(readings) > _MAX_READINGS:
            raise Decline("too many readings of the facts")
    results = []
    for relations in readings:
        sols = _solve(relations, cast)
        if sols:
            results.append((_answer(how, quantity, sols), sols, relations))
    if not results:
        raise Decline("no reading of the facts has a solution that meets their conditions")
    if len({r[0] for r in results}) != 1:
        raise Decline("the facts read two ways with different answers")
    value, sols, relations = results[0]
    _confirm(relations, sols, cast)
    confirm.check(_answer(how, quantity, sols) == value, "the asked quantity, recomputed")
    return value, _steps(relations, sols, cast, what, value)


_OPERATED = r"(?P<op>multiplied|divided|increased|decreased) by"
# "when a number is divided by 5, the result is ..." says "a number divided by 5 is ...";
# "... than if the number had been divided by 7" says "... than the number divided by 7"
_RESULTS = [(re.compile(r"\bwhen (?P<n>an? (?:positive )?(?:number|integer)|the (?:number|integer))"
                        r" is " + _OPERATED + r" (?P<by>\S+), the result is\b"),
             r"\g<n> \g<op> by \g<by> is"),
            (re.compile(r"\bthan if (?P<n>the (?:number|integer)) (?:had been|were|was) "
                        + _OPERATED + r"\b"), r"than \g<n> \g<op> by")]


# "If the number is positive, what is it?", "What is the positive number?": the sign is said
# in the question; it moves to the one number's first naming ("a positive number")
_SIGN_ASKED = re.compile(
    r"(?:(?<=[.?!] )|^)(?:if (?:the|this) (?P<noun>number|integer) is (?P<s1>positive|negative),?"
    r" (?:what is it|what is the (?P=noun)|find it|find the (?P=noun))|(?:what is|find) the "
    r"(?P<s2>positive|negative) (?P<noun2>number|integer))[.?]?$")
_FIRST_NAMING = re.compile(r"\b(?:a|an) (?:(?P<sign>positive|negative) )?"
                           r"(?P<noun>number|integer)\b")


def _plain_results(template: str) -> str:
    for pattern, plain in _RESULTS:
        template = pattern.sub(plain, template)
    ask = _SIGN_ASKED.search(template)
    namings = list(_FIRST_NAMING.finditer(template[:ask.start()])) if ask else []
    if ask and len(namings) == 1 and not re.search(r"\b(?:two|numbers|integers)\b", template):
        sign, noun = ask.group("s1") or ask.group("s2"), ask.group("noun") or ask.group("noun2")
        first = namings[0]
        if first.group("noun") == noun and first.group("sign") in (None, sign):
            template = (template[:first.start()] + f"a {sign} {noun}"
                        + template[first.end():ask.start()] + f"what is the {noun}?")
    return template


def _answer(how: str, quantity: Callable[[dict], sp.Basic], sols: list[dict]) -> sp.Basic:
    values = {quantity(s) for s in sols}
    if how == "one":
        if len(values) != 1:
            raise Decline("the facts fit more than one answer")
        return values.pop()
    if how in ("sum", "product"):
        return sp.Add(*values) if how == "sum" else sp.Mul(*values)
    return min(values) if how in ("least", "smallest") else max(values)


def _clauses(t: list[Tok], i: int, cast: Cast) -> list[list[Relation]]:
    """Every way to read t[i:] as relations, one relation word each, cut at "and" / ","."""
    n = len(t)
    if i == n:
        return [[]]
    for opener in _OPENERS:
        if tuple(t[i:i + len(opener)]) == opener:
            return _clauses(t, i + len(opener), cast)
    out: list[list[Relation]] = []
    for j in range(i + 1, n + 1):
        if j < n and t[j] not in _CUTS:
            continue
        said = _said(t[i:j])
        for lhs, rhs, absolute in _relation(t[i:j], cast):
            out += [[(lhs, rhs, absolute, said)] + rest for rest in _clauses(t, j, cast)]
            if len(out) > _MAX_READINGS:
                return out
    return out


def _said(words: list[Tok]) -> str:
    out = []
    for w in words:
        if isinstance(w, nw.Num):
            out.append(nw.shown(w.value, None) if w.value.denominator == 1 else w.tex)
        elif isinstance(w, sp.Symbol):
            out.append(f"${latex(reciprocal_put_back(w, [X, Y, *w.free_symbols]))}$"
                       if str(w).startswith(("r_", "s_")) else f"${latex(w)}$")
        else:
            out.append({"twofold": "twice"}.get(str(w), str(w)))
    return " ".join(out).replace(" ,", ",")


def _relation(piece: list[Tok], cast: Cast) -> list[tuple[sp.Expr, sp.Expr, bool]]:
    """Every reading of one clause "P is Q" as P = Q, each side read whole; a positive
    difference on the left is marked `absolute` (|P| = Q)."""
    out = []
    for k in range(1, len(piece) - 1):
        for rel in _RELATIONS:
            if tuple(piece[k:k + len(rel)]) != rel or k + len(rel) >= len(piece):
                continue
            right = [b for b, absolute in _side(piece[k + len(rel):], cast) if not absolute]
            out += [(a, b, absolute) for a, absolute in _side(piece[:k], cast) for b in right]
    return out


def _side(words: list[Tok], cast: Cast) -> list[tuple[sp.Expr, bool]]:
    words = [w for w in words if w != "itself"]
    if not words:
        return []
    start = 1 if words[0] == "the" else 0
    start += words[start:start + 1] == ["positive"]
    differs = tuple(words[start:start + 2]) in (("difference", "of"), ("difference", "between"))
    absolute = differs and len(cast.unknowns) == 2
    g = Grammar(words)
    if differs:  # "the difference of P and Q": |P - Q| for two unordered numbers
        found = [a.exact - b.exact for k in range(start + 3, len(words) - 1) if words[k] == "and"
                 for a in g.read(start + 2, k).values()
                 for b in g.read(k + 1, len(words)).values()]
    else:
        found = [n.exact for n in g.read(0, len(words)).values()]
    return [(reciprocal_put_back(e, cast.unknowns), absolute) for e in found]


def _equation(r: Relation) -> sp.Expr:
    lhs, rhs, absolute, _ = r
    return lhs ** 2 - rhs ** 2 if absolute else lhs - rhs


def _solve(relations: list[Relation], cast: Cast) -> list[dict]:
    eqs = [sp.Eq(_equation(r), 0) for r in relations] + cast.extra
    if any(e is sp.false for e in eqs):
        return []
    eqs = [e for e in eqs if e is not sp.true]
    keep = []
    for sol in sp.solve(eqs, cast.unknowns, dict=True):
        vals = [sol.get(u) for u in cast.unknowns]
        if any(v is None or v.free_symbols for v in vals):
            raise Decline("the facts do not fix the numbers")
        if any(not isinstance(v, sp.Rational) for v in vals):
            if cast.needs_rational or any(not v.is_real for v in vals):
                continue
            raise Decline("a solution that is not a rational number")
        if cast.allows(sol):
            keep.append(sol)
    return keep


def _confirm(relations: list[Relation], sols: list[dict], cast: Cast) -> None:
    """Each solution substituted into every fact in fractions; and every rational solution
    listed by the rational root theorem (no solution missed)."""
    for sol in sols:
        got = {u: fraction(sol[u]) for u in cast.unknowns}
        values = {u: v for u, v in got.items() if v is not None}
        for r in relations:
            lhs, rhs, absolute, said = r
            a, b = exact_value(lhs, values), exact_value(rhs, values)
            confirm.check(abs(a) == b if absolute else a == b,
                          f"'{said}' holds for {_shown(sol, cast)} (exact fractions)")
    listed = rational_solutions([_equation(r) for r in relations] +
                                [e.lhs - e.rhs for e in cast.extra], cast.unknowns)
    if listed is None:
        raise Decline("the solutions could not be listed a second way")
    again = {tuple(s[u] for u in cast.unknowns) for s in listed if cast.allows(s)}
    confirm.check(again == {tuple(s[u] for u in cast.unknowns) for s in sols},
                  "the rational root theorem lists the same solutions")


def _shown(sol: dict, cast: Cast) -> str:
    return ", ".join(f"{latex(u)} = {latex(sol[u])}" for u in cast.unknowns)


def _steps(relations: list[Relation], sols: list[dict], cast: Cast, what: str,
           value: sp.Basic) -> list:
    out = [step("name the unknowns", "Give each unknown number a letter.", cast.legend())]
    for lhs, rhs, absolute, said in relations:
        eq = latex(sp.Eq(sp.Abs(lhs) if absolute else lhs, rhs, evaluate=False))
        out.append(step("write the facts as equations", f"'{said}'", f"{said}: ${eq}$", eq))
    for e in cast.extra:
        eq = latex(e)
        out.append(step("write the facts as equations", "Consecutive numbers differ by a step.",
                        f"The numbers are consecutive: ${eq}$", eq))
    got = ";\\quad ".join(_shown(s, cast) for s in sols)
    out.append(step("solve the equations", "Solve them together; keep the solutions the "
                    "problem allows.", f"${got}$", got))
    claim = latex(value)
    out.append(step("answer the question", f"The question asks for {what}.",
                    f"{what[0].upper() + what[1:]}: ${claim}$", claim))
    return out


__all__ = ["number_facts"]
