"""Typed reader: a term of a sequence given by its first terms and a rule between terms.

"Let $a_1 = 4$, $a_2 = 7$ and $a_n = a_{n-1} - a_{n-2}$ for $n \\ge 3$. Find $a_{500}$",
"A function $g$ is defined by $g(1) = g(2) = 2$ and $g(n) = g(n - 1) + 2g(n - 2) - n$ for all
integers $n \\geq 3$. What is $g(30)$?", "$b_n + b_{n+1} = 2n$ for all $n \\ge 1$".

The rule is solved for its term of highest index (it must be a rational function of the
earlier terms and n), and the terms are computed one after another with exact fractions.
A rule without n whose last terms come back to an earlier state repeats from there, so a far
term is read off the cycle. Confirmed independently: every computed term (the first and
last hundred, and the terms of the cycle) satisfies the rule as it is written, before it
was solved, by substitution; and the first terms are the given ones.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("let be a sequence for which and for each every all positive integer "
                  "integers what is find determine compute the value of defined recursively "
                  "by function as follows first second term terms furthermore values "
                  "remaining are chosen so that such with where given in certain rule "
                  "satisfies satisfy when holds starting from follows each define numbers "
                  "fibonacci lucas".split())
_ASK = re.compile(r"\b(?:what is|find|determine|compute)(?: the value of)? @(\d+)@")
_INDEX = re.compile(r"\s*(?:(?P<n>[a-z])\s*(?:(?P<sign>[+-])\s*(?P<k>\d+))?|(?P<c>\d+))\s*")
RANGE = re.compile(r"\s*(?P<n>[a-z])\s*(?P<op>\\geq?|\\geqslant|>)\s*(?P<b>\d+)\s*")
_MAX_STEPS = 50_000
_MAX_BITS = 20_000
_SPARE = ["alpha", "beta", "delta", "lambda", "sigma", "phi", "psi", "mu"]


def term_re(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\\A-Za-z]){name}(?:_(?:\{{(?P<b>[^{{}}]*)\}}|(?P<t>[0-9a-z]))"
                      rf"|\s*\((?P<p>[^()]*)\))")


def read(split: Split, template: str) -> Result | None:
    if not any("=" in src and re.search(r"[_(]\s*\{?\s*n\b", src) for src in split.maths):
        return None
    asks = list(_ASK.finditer(template))
    if len(asks) != 1 or not words_within(template, VOCAB):
        return None
    m = asks[0]
    asked = split.maths[int(m.group(1))]
    named = re.fullmatch(r"\s*([a-zA-Z])\s*(?:_\{?\s*(\d+)\s*\}?|\(\s*(\d+)\s*\))\s*", asked)
    if named is None:
        return None
    name, target = named.group(1), int(named.group(2) or named.group(3))
    term = term_re(name)
    given, rules, start, var, offsets = told_terms(split, template, int(m.group(1)), name)
    if not given:
        raise Decline("the first terms")
    if start is None and len(rules) == 1:  # "a_1 = 2 and a_{n+1} = 3a_n - 1": the rule
        # starts from the first term given and gives the first term not given, or declines
        start, var = min(given) - min(offsets), rules[0][1]
        if start + max(offsets) != max(given) + 1:
            raise Decline("the indices the rule holds for are not said")
    if len(rules) != 1 or start is None or rules[0][1] != var:
        raise Decline("one rule between terms, with the indices it holds for")
    return _solve(name, rules[0][0], term, var, start, given, target)


Told = tuple[dict[int, sp.Rational], list[tuple[str, sp.Symbol]], int | None, sp.Symbol | None,
             list[int]]


def told_terms(split: Split, template: str, asked_at: int, name: str) -> Told:
    """What the pieces other than the asked one tell of the sequence `name`: the first terms,
    the rules (with the letter of their index), where a said range starts and its letter,
    and the last rule's index offsets."""
    term = term_re(name)
    given: dict[int, sp.Rational] = {}
    rules: list[tuple[str, sp.Symbol]] = []
    start: int | None = None
    var: sp.Symbol | None = None
    offsets: list[int] = []
    for i in dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", template)):
        src = split.maths[i]
        if i == asked_at or names_sequence(src, name):
            continue
        rng = RANGE.fullmatch(src)
        if rng:
            start = int(rng.group("b")) + (1 if rng.group("op") == ">" else 0)
            var = sp.Symbol(rng.group("n"))
            continue
        indices = [term_index(t) for t in term.finditer(src)]
        if not indices:
            raise Decline("a formula that is not about the sequence")
        if all(isinstance(k, int) for k in indices):
            given.update(initial_terms(src, term))
        else:
            rules.append((src, sp.Symbol(next(str(k[0]) for k in indices
                                             if not isinstance(k, int)))))
            offsets = [k[1] for k in indices if not isinstance(k, int)]
    return given, rules, start, var, offsets


def names_sequence(src: str, name: str) -> bool:
    """`(a_n)`, `\\{a_n\\}`, `a_1, a_2, \\dots`, `f`: names the sequence, says nothing."""
    s = re.sub(r"\\[lc]?dots[bc]?|\\[{}]|[(){}\s,]|\\left|\\right", "", src)
    return bool(re.fullmatch(rf"(?:{name}(?:_\d|_n)?)*", s))  # "$\\dots,$" alone too


def term_index(m: re.Match[str]) -> int | tuple[str, int]:
    text = m.group("b") or m.group("t") or m.group("p") or ""
    k = _INDEX.fullmatch(text)
    if k is None:
        raise Decline("an index that is not n plus a number")
    if k.group("c"):
        return int(k.group("c"))
    off = int(k.group("k") or 0) * (-1 if k.group("sign") == "-" else 1)
    return (k.group("n"), off)


def initial_terms(src: str, term: re.Pattern[str]) -> dict[int, sp.Rational]:
    """`a_1 = 2` or `f(1) = f(2) = 1`: the value of each term named."""
    parts = src.split("=")
    value = parse_latex(parts[-1])
    if len(parts) < 2 or not isinstance(value, sp.Rational):
        raise Decline("a first term that is not a rational number")
    out = {}
    for p in parts[:-1]:
        m = term.fullmatch(p.strip())
        if m is None:
            raise Decline("a first term written with other maths")
        index = term_index(m)
        assert isinstance(index, int)
        out[index] = value
    return out


def rule_expression(src: str, term: re.Pattern[str], n: sp.Symbol
                    ) -> tuple[sp.Expr, dict[int, sp.Symbol]]:
    """The rule as an expression (= 0) with a stand-in letter for each term n + k."""
    offsets: dict[int, sp.Symbol] = {}

    def stand_in(m: re.Match[str]) -> str:
        index = term_index(m)
        if isinstance(index, int):
            raise Decline("a rule that names a fixed term")
        if index[1] not in offsets:
            if len(offsets) == len(_SPARE):
                raise Decline("too many terms in the rule")
            offsets[index[1]] = sp.Symbol(_SPARE[len(offsets)])
        return f" \\{offsets[index[1]].name} "

    text = term.sub(stand_in, src)
    if any(f"\\{s}" in src for s in _SPARE):
        raise Decline("a Greek letter in the rule")
    eq = parse_latex(text)
    if not isinstance(eq, sp.Equality) or eq.free_symbols - set(offsets.values()) - {n}:
        raise Decline("a rule in the terms and n")
    return eq.lhs - eq.rhs, offsets


def _fraction_poly(e: sp.Expr, gens: list[sp.Symbol]) -> list[tuple[tuple[int, ...], Fraction]]:
    poly = sp.Poly(e, *gens)
    if not all(c.is_Rational for c in poly.coeffs()):
        raise Decline("a rule with irrational numbers")
    return [(mon, Fraction(int(c.p), int(c.q))) for mon, c in poly.terms()]


def _eval(terms: list[tuple[tuple[int, ...], Fraction]], point: list[Fraction]) -> Fraction:
    total = Fraction(0)
    for mon, c in terms:
        v = c
        for x, e in zip(point, mon, strict=True):
            v *= x ** e
        total += v
    return total


def _solve(name: str, src: str, term: re.Pattern[str], n: sp.Symbol, start: int,
           given: dict[int, sp.Rational], target: int) -> Result:
    expr, offsets = rule_expression(src, term, n)
    top = max(offsets)
    found = sp.solve(expr, offsets[top])
    if len(found) != 1:
        raise Decline("the rule does not give the next term")
    num, den = sp.fraction(sp.together(found[0]))
    gens = [offsets[k] for k in sorted(offsets) if k != top] + [n]
    num_t, den_t = _fraction_poly(num, gens), _fraction_poly(den, gens)
    lows = [k for k in sorted(offsets) if k != top]
    values: dict[int, Fraction] = {k: Fraction(int(v.p), int(v.q)) for k, v in given.items()}
    first = min(values)
    autonomous = n not in (num.free_symbols | den.free_symbols)
    seen: dict[tuple[Fraction, ...], int] = {}
    cycle: tuple[int, int] | None = None
    m = first
    while m < target:
        m += 1
        at = m - top  # the value of n that gives term m
        made = None
        if at >= start and all(at + k in values for k in lows):
            point = [values[at + k] for k in lows] + [Fraction(at)]
            d = _eval(den_t, point)
            if d == 0:
                raise Decline("a term divides by zero")
            made = _eval(num_t, point) / d
            if max(made.numerator.bit_length(), made.denominator.bit_length()) > _MAX_BITS:
                raise Decline("the terms grow too large")
        if m in values:
            if made is not None and made != values[m]:
                raise Decline("a given term breaks the rule")
            continue
        if made is None:
            raise Decline("a term that neither the first terms nor the rule give")
        values[m] = made
        if autonomous and lows and at >= start:
            state = tuple(values[m - j] for j in range(top - min(lows) - 1, -1, -1))
            if state in seen:
                cycle = (seen[state], m - seen[state])
                break
            seen[state] = m
        if m - first > _MAX_STEPS:
            raise Decline("too many terms to compute")
    if target < first or target not in values and cycle is None:
        raise Decline("the term asked for is not reached")
    value = values[target] if target in values else \
        values[cycle[0] + (target - cycle[0]) % cycle[1]]  # type: ignore[index]
    _confirm(expr, offsets, n, start, values, given)
    return sp.Rational(value.numerator, value.denominator), _steps(
        name, offsets, top, found[0], n, values, first, cycle, target, value)


def _confirm(expr: sp.Expr, offsets: dict[int, sp.Symbol], n: sp.Symbol, start: int,
             values: dict[int, Fraction], given: dict[int, sp.Rational]) -> None:
    ns = [k for k in range(start, max(values) + 1)
          if all(k + off in values for off in offsets)]
    sample = ns[:100] + ns[-100:]
    ok = all(values[k] == Fraction(int(v.p), int(v.q)) for k, v in given.items())
    for k in sample:
        sub = {s: sp.Rational(values[k + off].numerator, values[k + off].denominator)
               for off, s in offsets.items()}
        ok = ok and expr.xreplace({**sub, n: sp.Integer(k)}) == 0
    confirm.check(ok and bool(sample), "the terms satisfy the rule as written, by substitution")


def _steps(name: str, offsets: dict[int, sp.Symbol], top: int, solved: sp.Expr, n: sp.Symbol,
           values: dict[int, Fraction], first: int, cycle: tuple[int, int] | None,
           target: int, value: Fraction) -> list[Step]:
    def t(k: sp.Expr | int) -> str:
        return f"{name}_{{{latex(k)}}}"

    names = {s: t(n + off) for off, s in offsets.items()}
    rule = f"{t(n + top)} = {latex(solved, symbol_names=names)}"
    shown = ", ".join(f"{t(k)} = {latex(sp.Rational(values[k].numerator, values[k].denominator))}"
                      for k in range(first, min(first + 8, max(values) + 1)))
    out = [step("the rule", "Write the rule as a formula for the next term.", f"${rule}$", ""),
           step("the first terms", "Compute the terms one after another.", f"${shown}$",
                shown)]
    claim = f"{t(target)} = {latex(sp.Rational(value.numerator, value.denominator))}"
    if cycle is not None and target not in values:
        out.append(step("the terms repeat", f"From ${t(cycle[0])}$ on, the terms repeat every "
                        f"{cycle[1]} terms, so only the position in the cycle matters.",
                        f"${claim}$", claim))
    else:
        out.append(step("continue the rule", "Keep applying the rule up to the term asked "
                        "for.", f"${claim}$", claim))
    return out


__all__ = ["VOCAB", "Told", "read", "rule_expression", "term_re", "told_terms"]
