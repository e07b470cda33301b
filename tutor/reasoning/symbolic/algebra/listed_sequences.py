"""Typed reader: an arithmetic or geometric sequence written out as a list whose terms hold
letters, perhaps with dots and the last terms after them: "In the geometric sequence 20, b,
5/4, b is positive. What is b?", "The sequence 5, 8, 11, ..., m, n, 26 is arithmetic. Find
m + n.", "Solve for y > 0 in the arithmetic sequence 2^2, y^2, 4^2, ...".

The sequence is its first term a and its common difference d (or ratio r); the terms before
the dots are terms 1, 2, 3 ..., the ones after the dots the last terms, at places fixed by
the last term (which must then be a number). Stated conditions on the letters (positive,
> 0) are applied and the asked expression must have one value. Confirmed by listing the
terms one by one from the solution (adding d, multiplying by r) in exact arithmetic and
checking every written term against the list.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

A, D, R = sp.symbols("a_1 d r")
_DOTS = re.compile(r"^\s*(?:\\[lc]?dots[bc]?|\.\.\.|…)\s*$")
_VOCAB = frozenset("terms term first second third fourth respectively sequence arithmetic "
                   "geometric progression if is positive what value find solve for in with "
                   "following the are numbers form an consecutive".split())
# "$3$, $a$, $b$ and $24$": terms written one piece each, read as one list
_RUN = re.compile(r"@(\d+)@(?:(?:,|,? and) @\d+@){2,}")
_MAX_PLACE = 2000


def _one_list(split: Split, template: str) -> tuple[Split, str]:
    """Terms written one piece each joined into one list piece; "the first three terms are"
    as "the terms are" (terms 1, 2, 3)."""
    template = re.sub(r"\bthe first (?:two|three|four|five) terms\b", "the terms", template)
    run = _RUN.search(template)
    if run is None or any("," in split.maths[int(k)] for k in re.findall(r"@(\d+)@", run[0])):
        return split, template
    joined = ", ".join(split.maths[int(k)].strip() for k in re.findall(r"@(\d+)@", run[0]))
    maths = [*split.maths, joined]
    template = template[:run.start()] + f"@{len(maths) - 1}@" + template[run.end():]
    return Split(template=template, maths=maths), template


def read_listed_sequence(split: Split, template: str) -> Result | None:
    split, template = _one_list(split, template)
    kinds = set(re.findall(r"\b(arithmetic|geometric)\b", template))
    if len(kinds) != 1 or not words_within(template, _VOCAB):
        return None
    kind = kinds.pop()
    ordinals = re.findall(r"\b(first|second|third|fourth)\b", template)
    if ordinals != ["first", "second", "third", "fourth"][:len(ordinals)]:
        return None  # "the second, third and fourth terms": not terms 1, 2, 3
    lists = [i for i, src in enumerate(split.maths) if src.count(",") >= 2]
    if len(lists) != 1:
        return None
    items = [s.strip() for s in split.maths[lists[0]].split(",")]
    dots = [k for k, s in enumerate(items) if _DOTS.match(s)]
    if len(dots) > 1 or dots and dots[0] < 2:
        return None
    try:
        terms = [parse_latex(s) for s in items if not _DOTS.match(s)]
        others = [parse_latex(s) for i, s in enumerate(split.maths) if i != lists[0]]
    except Exception:
        return None
    if any(not isinstance(t, sp.Expr) for t in terms):
        return None
    before = dots[0] if dots else len(terms)
    after = terms[before:]
    letters = set().union(*(t.free_symbols for t in terms))
    if not letters or len(after) > 0 and (after[-1].free_symbols or len(after) < 2) or \
            ordinals and len(ordinals) != before:
        return None
    asked = re.search(r"@(\d+)@\s*[?.]?\s*$", template)
    conditions = [o for o in others if isinstance(o, sp.core.relational.Relational)]
    goal = _goal(split, template, asked, lists[0])
    if goal is None or not goal.free_symbols <= letters:
        return None
    positive = {sp.Symbol(split.maths[int(m.group(1))].strip())
                for m in re.finditer(r"@(\d+)@ is positive", template)}
    step_letter = D if kind == "arithmetic" else R

    def term(n: int) -> sp.Expr:
        return A + (n - 1) * D if kind == "arithmetic" else A * R ** (n - 1)

    eqs = [sp.Eq(term(i + 1), t) for i, t in enumerate(terms[:before])]
    sols = sp.solve(eqs, [A, step_letter, *sorted(letters, key=str)], dict=True)
    found: list[tuple[dict, int]] = []
    for sol in sols:
        if len(sol) < 2 + len(letters & set().union(*(t.free_symbols for t in terms[:before]))):
            raise Decline("the written terms do not fix the sequence")
        place = before
        if after:
            got_place = _last_place(sol, kind, after[-1], before + len(after))
            if got_place is None:
                continue
            place = got_place
            start = place - len(after) + 1
            sol = dict(sol)
            for k, t in enumerate(after[:-1]):
                got = sp.solve(sp.Eq(term(start + k).subs(sol), t.subs(sol)), dict=True)
                if len(got) != 1:
                    raise Decline("a letter after the dots is not fixed")
                sol.update(got[0])
        values = [sol.get(s) for s in letters]
        if any(v is None or v.free_symbols or not v.is_real for v in values):
            continue
        if any(not bool(c.subs(sol)) for c in conditions if c.free_symbols <= letters) or \
                any(not sol[s] > 0 for s in positive if s in sol):
            continue
        found.append((sol, place))
    answers = {sp.simplify(goal.subs(s)) for s, _ in found}
    if len(answers) != 1:
        raise Decline("the written terms fit no sequence or more than one answer")
    answer = answers.pop()
    sol, place = found[0]
    _confirm(terms, before, sol, place, kind, step_letter, letters)
    shown = ", ".join(f"{latex(s)} = {latex(sol[s])}" for s in sorted(letters, key=str))
    return answer, [
        step("name the sequence", f"An {kind} sequence: each term is the one before "
             + ("plus the common difference $d$." if kind == "arithmetic"
                else "times the common ratio $r$."),
             f"$T_n = {latex(term(sp.Symbol('n')))}$"),
        step("solve for the letters", "The written terms are terms of the sequence.",
             f"${shown}$", shown),
        step("answer the question", "Put the letters into the asked expression.",
             f"${latex(goal)} = {latex(answer)}$", latex(answer)),
    ]


def _goal(split: Split, template: str, asked: re.Match[str] | None,
                listed: int) -> sp.Expr | None:
    """The asked expression: the last maths piece ("what is $b$?"), or the letter of
    "solve for $y > 0$"."""
    if asked and int(asked.group(1)) != listed:
        got = parse_latex(split.maths[int(asked.group(1))])
        return got if isinstance(got, sp.Expr) else None
    m = re.match(r"solve for @(\d+)@", template)
    if m:
        cond = parse_latex(split.maths[int(m.group(1))])
        if isinstance(cond, sp.core.relational.Relational) and len(cond.free_symbols) == 1:
            return next(iter(cond.free_symbols))
    return None


def _last_place(sol: dict, kind: str, last: sp.Expr, least: int) -> int | None:
    """The place of the last written term, from its value (terms listed one by one)."""
    first, by = sol.get(A), sol.get(D if kind == "arithmetic" else R)
    if not (isinstance(first, sp.Rational) and isinstance(by, sp.Rational)
            and isinstance(last, sp.Rational)):
        raise Decline("the place of the last term is not fixed by rational terms")
    value = first
    for k in range(1, _MAX_PLACE):
        if k >= least and value == last:
            return k
        value = value + by if kind == "arithmetic" else value * by
    return None


def _confirm(terms: list, before: int, sol: dict, count: int, kind: str,
             step_letter: sp.Symbol, letters: set) -> None:
    first, by = sol[A], sol[step_letter]
    listed = [first]
    for _ in range(count - 1):
        listed.append(sp.nsimplify(listed[-1] + by if kind == "arithmetic" else listed[-1] * by))
    places = list(range(before)) + list(range(count - (len(terms) - before), count))
    for k, t in zip(places, terms, strict=True):
        confirm.check(sp.simplify(t.subs({s: sol[s] for s in letters}) - listed[k]) == 0,
                      f"the written term ${latex(t)}$ is term {k + 1} of the list built "
                      "one step at a time")
