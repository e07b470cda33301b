"""Typed reader: named constants that make statements in one variable hold as identities.

"Find $A$ and $B$ such that $\\frac{2x + 1}{x^2 - 1} = \\frac{A}{x - 1} + \\frac{B}{x + 1}$.
Write your answer in the form $(A, B)$", "There are constants $P$ and $Q$ with
$\\frac{P}{t + 2} + Q(t - 1) = \\frac{3t^2 + 3t - 4}{t + 2}$; what is $P + Q$?", "Let $a$,
$b$, $c$ be real numbers such that $a(x - 1)^2 + b(x - 1) + c = x^2 + 1$. Compute $abc$.",
"$x^2 - 9x + 14$ can be written as $(x - p)(x - q)$ where $p$ and $q$ are integers and
$p > q$. Find $p - 2q$", "$x^2 + 7x + 12$ is $(x + a)(x + b)$ and $x^2 - x - 12$ is
$(x - b)(x + c)$, for integers $a$, $b$, $c$: find $a + b + c$".
The constants are the letters the problem names on their own (or asks for); the one other
letter is the variable, and each statement (an equation, or an expression "written as"
another) must hold for every value of it where both sides are defined: no single value of
the variable is told or asked, so no other reading is left. Both sides over one
denominator, every coefficient of the numerator in the variable is zero
(`constant_systems.Facts`, which solves them exactly, keeps the kinds said: real, rational,
integer, positive); inequalities between the constants ("$p > q$") and "nonnegative" then
pick among the solutions. Each solution kept is confirmed by putting it back and comparing
the two sides exactly at random rational values of the variable. No solution, or several
values of what is asked, declines. An equation "rewritten as" another equation (any
multiple of it will do) is `form_constants`'s.
"""

from __future__ import annotations

import re
from typing import cast

import sympy as sp

from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.constant_systems import Facts
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = frozenset(
    "find determine compute what is are there exist exists values value constants constant "
    "numbers number real rational integers integer nonnegative positive such that so let be "
    "for some your answer in form enter ordered pair triple and as suppose if satisfy "
    "satisfies every all holds hold any with where which both sides defined identity "
    "identically true expression expressions polynomial quadratic can written rewritten "
    "expressed write we".split())
_KINDS = {"real": "real", "rational": "rational", "integer": "integer", "integers": "integer",
          "positive": "positive"}
# "for every x", "for all real numbers x other than 1 and -1"
_EVERY = re.compile(r"\bfor (?:all|every|any) (?:real )?(?:numbers? |values? (?:of )?)?"
                    r"(?P<v>@\d+@)(?: (?:other than|except|not equal to) @\d+@"
                    r"(?:(?:,|,? and|,? or) @\d+@)*)?")
_ANSWER_FORM = re.compile(r"[.,]? (?:and )?(?:write|enter|give|express) (?:your|the) answer "
                          r"(?:in the form|as)(?: the ordered (?:pair|triple))? (?P<t>@\d+@)")
_CONDITION = re.compile(r"\b(?:such that|so that|for which|if)\b|\bwith @\d+@|"
                        r"\bfor (?:some|all|every|any)\b|\b(?:written|rewritten|expressed|write)\b")
_WRITTEN = re.compile(r"\b(?:written|rewritten|expressed|write)\b")
_ASKS = re.compile(r"\b(?:find|determine|compute|enter|what (?:is|are))\b")
_LISTED_LETTER = re.compile(r"\b(?:find|determine|compute) (?:the )?(?:constants |numbers "
                            r"|values (?:of )?)?([a-z]),? and @(\d+)@")
_INEQ = re.compile(r"(?<![<>])\s*(<|>|\\[lg]eq?)\s*(?![<>=])")


def _letter(src: str) -> sp.Symbol | None:
    m = re.fullmatch(r"\s*([A-Za-z])\s*", src)
    return sp.Symbol(m.group(1)) if m else None


def _expr(src: str) -> sp.Expr | None:
    e = parse_latex(src)
    return e if isinstance(e, sp.Expr) else None


def _piece(src: str) -> sp.Basic | None:
    """An expression, or an ordered pair or triple of expressions."""
    pair = re.fullmatch(r"\s*\(([^()]*,[^()]*)\)\s*", src)
    if pair is None:
        return _expr(src)
    parts = [_expr(p) for p in pair.group(1).split(",")]
    return None if any(p is None for p in parts) else sp.Tuple(*parts)


def read(split: Split, template: str) -> Result | None:
    if not _CONDITION.search(template) or not _ASKS.search(template):
        return None
    text = template
    variable: sp.Symbol | None = None
    every = _EVERY.search(text)
    if every:
        variable = _letter(split.maths[int(every.group("v")[1:-1])])
        if variable is None:
            return None
        text = text.replace(every.group(0), " ")
    asked_form = _ANSWER_FORM.search(text)
    if asked_form:
        text = text.replace(asked_form.group(0), f" find {asked_form.group('t')}")
    written = bool(_WRITTEN.search(text))
    refs = [int(g) for g in re.findall(r"@(\d+)@", text)]
    equations: list[tuple[sp.Expr, sp.Expr]] = []
    letters: list[sp.Symbol] = []
    inequalities: list[str] = []
    others: list[int] = []
    for i in refs:
        src = split.maths[i]
        if (s := _letter(src)) is not None:
            letters.append(s)
        elif re.search(r"\\ne\b|\\neq\b|\\not\s*=", src) and src.count("=") <= 1:
            inequalities.append(src)
        elif src.count("=") == 1 and not _INEQ.search(src):
            lhs, rhs = (_expr(side) for side in src.split("="))
            if lhs is None or rhs is None or written:
                return None  # an equation rewritten as another: form_constants
            equations.append((lhs, rhs))
        elif _INEQ.search(src):
            inequalities.append(src)
        else:
            others.append(i)
    # "find a and $b$ so that ...": a plain "a" before "and" and a marked letter is a letter
    # too (the text layer leaves it unmarked, as it may be the article)
    for m in _LISTED_LETTER.finditer(text):
        if _letter(split.maths[int(m.group(2))]) is not None:
            letters.insert(0, sp.Symbol(m.group(1)))
    constants = list(dict.fromkeys(letters))
    if not constants:
        return None
    pieces = [_piece(split.maths[i]) for i in others]
    if any(p is None for p in pieces):
        return None
    exprs = [p for p in pieces if p is not None]
    targets = [(i, p) for i, p in zip(others, exprs, strict=True)
               if p.free_symbols and p.free_symbols <= set(constants)]
    if any(isinstance(p, sp.Tuple) for i, p in zip(others, exprs, strict=True)
           if not targets or i != targets[0][0]):
        return None
    if len(targets) > 1:
        return None
    sides = [p for p in exprs if not targets or p is not targets[0][1]]
    if written:  # "E can be written as F": given and form in turn
        if equations or len(sides) % 2 or not sides:
            return None
        equations = [(cast(sp.Expr, sides[k]), cast(sp.Expr, sides[k + 1]))
                     for k in range(0, len(sides), 2)]
    elif sides or len(equations) != 1:
        return None
    bare = re.sub(r"@\d+@", " ", text)
    if not words_within(bare, VOCAB) or re.search(r"\bnot\b", bare):
        return None
    free = set().union(*(a.free_symbols | b.free_symbols for a, b in equations))
    rest = free - set(constants)
    named = list(constants)
    if variable is None and len(rest) > 1:  # "find A if ... = A/(x - 1) + B/(x + 1)"
        capitals = {v for v in rest if v.name.isupper() and len(v.name) == 1}
        if len(rest - capitals) == 1 and all(v.name.islower() for v in rest - capitals):
            constants += sorted(capitals, key=str)
            rest -= capitals
    if variable is None:
        if len(rest) != 1:
            return None
        variable = rest.pop()  # type: ignore[assignment]
    elif rest != {variable}:
        return None
    if not isinstance(variable, sp.Symbol) or len(variable.name) != 1 \
            or variable in constants or sp.Symbol("i") in [*constants, variable] \
            or not set(constants) <= free:
        return None
    for a, b in equations:
        if variable not in a.free_symbols | b.free_symbols:
            return None
    target = targets[0][1] if targets else _asked(named, text)
    conditions = [_condition(src, constants, variable) for src in inequalities]
    kinds = {_KINDS[w] for w in words(bare) if w in _KINDS}
    return _solve(equations, variable, constants, target, kinds,
                  [c for c in conditions if c is not None], "nonnegative" in words(bare))


def _condition(src: str, constants: list[sp.Symbol], x: sp.Symbol) -> sp.Basic | None:
    """An inequality between the constants; a value the variable avoids is no condition."""
    if re.search(r"\\ne\b|\\neq\b|\\not\s*=", src):
        lhs = _expr(re.split(r"\\neq?\b|\\not\s*=", src)[0])
        if lhs is not None and lhs.free_symbols == {x}:
            return None  # "suppose d is not 0": the identity still holds where defined
        raise Decline("a condition that is not an inequality between the constants")
    rel = parse_latex(src)
    if not isinstance(rel, sp.core.relational.Relational) \
            or not rel.free_symbols or not rel.free_symbols <= set(constants):
        raise Decline("an inequality between the constants")
    return rel


def _asked(constants: list[sp.Symbol], text: str) -> sp.Basic:
    """No expression asked: the constants themselves, when the question names them."""
    if not re.search(r"\b(?:find|determine|compute|enter|what are) (?:the )?(?:constants |"
                     r"values |numbers )?(?:[a-z],? and )?@\d+@", text):
        raise Decline("what is asked of the constants")
    return constants[0] if len(constants) == 1 else sp.Tuple(*constants)


def _value(target: sp.Basic, at: dict[sp.Symbol, sp.Expr]) -> sp.Basic:
    if isinstance(target, sp.Tuple):
        return sp.Tuple(*(sp.nsimplify(t.subs(at)) for t in target))
    return sp.nsimplify(target.subs(at))


def _solve(equations: list[tuple[sp.Expr, sp.Expr]], x: sp.Symbol, constants: list[sp.Symbol],
           target: sp.Basic, kinds: set[str], conditions: list[sp.Basic],
           nonnegative: bool) -> Result:
    facts = Facts(x)
    for lhs, rhs in equations:
        facts.identity(lhs, rhs)
    if facts.unknowns() != set(constants):
        raise Decline("the constants named are the statements' other letters")
    every = sp.Tuple(*constants)
    found, steps = facts.solve({c: kinds for c in constants}, every)
    kept = []
    for sol in found:
        at = dict(zip(constants, sol, strict=True))
        if nonnegative and any(not v.is_nonnegative for v in at.values()):
            continue
        if all(bool(c.subs(at)) for c in conditions):
            kept.append(at)
    if not kept:
        raise Decline("no constants satisfy every condition")
    values = list(dict.fromkeys(_value(target, at) for at in kept))
    if len(values) != 1:
        raise Decline("the value asked for is not determined uniquely")
    value = values[0]
    said = "; ".join(f"${latex(sp.Eq(a, b))}$" for a, b in equations)
    first = step("read as identities", f"No value of ${latex(x)}$ is given or asked: each "
                 f"statement must hold for every ${latex(x)}$ where both sides are defined.",
                 f"{said} for every ${latex(x)}$.", "")
    if len(found) > len(kept) or len(kept) > 1:
        shown = "; ".join(", ".join(f"{latex(c)} = {latex(v)}" for c, v in at.items())
                          for at in kept)
        steps.append(step("keep what the problem allows", "Only the constants that meet "
                          "every condition said are kept.", f"Kept: ${shown}$", ""))
    tail = []
    if not (isinstance(target, sp.Tuple) or target.is_Symbol):
        claim = f"{latex(target.subs(kept[0]))} = {latex(value)}"
        tail = [step("substitute", "Put the constants found into the expression asked for.",
                     f"${latex(target)} = {claim}$", claim)]
    return value, [first, *steps, *tail]


__all__ = ["read"]
