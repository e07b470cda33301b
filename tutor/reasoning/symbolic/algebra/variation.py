"""Typed reader: direct and inverse variation - one pair of values fixes the constant, then
the value asked for at another.

"Suppose $p$ and $q$ are inversely proportional. If $p = 28$ when $q = 7$, find $p$ when
$q = 49$", "$m^2$ varies inversely with $\\sqrt{n}$ ...", "Quantities $u$ and $v$ vary
directly. When $u$ is 12, $v$ is 4. What is $u$ when $v$ is 10?", "the square of $a$ and
the cube of $b$ vary inversely", "The values of $s$ and $t$ are always positive, and ...".
The constant k (U V = k, or U = k V) comes from the given pair; the asked letter solves
U V = k (or U = k V) at the new value, keeping positive values only when the problem says
the values are positive. Each answer is confirmed by recomputing U V (or U / V) at the new
pair with exact fractions and comparing it with the given pair's.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import equations
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_POWER_WORDS = {"square": 2, "cube": 3, "square root": sp.Rational(1, 2),
                "cube root": sp.Rational(1, 3)}
_WORD = r"(?!(?:square|cube|root|reciprocal|inverse|sum|product|difference|half|double|twice|" \
    r"positive|negative|value|values|first|second|each|every)\b)[a-z]{3,}"
# a quantity may be named before its letter: "the cost $C$", "the number of workers $n$"
_NAME = r"(?:(?:the|its) (?:" + _WORD + r" ){1,3}(?:of " + _WORD + r" )?)?"
# ... and what it is of: "the cost $C$ of a rope", "the time $t$ needed for a job"
_OF = r"(?: (?:needed |used |taken )?(?:of|for|in|on) (?:a|an|the|one) " + _WORD + r")?"
_Q = r"(?:the (square root|cube root|square|cube) of )?" + _NAME + r"@(\d+)@" + _OF
_HOW = r"(inversely|directly)"
_RELATIONS = [
    re.compile(r"(?:the (?:quantities|variables|numbers|values) |quantities |variables )?"
               + _Q + r" and " + _Q + r" (?:are |vary )" + _HOW
               + r"(?: proportional| related| variable)?"),
    re.compile(_Q + r" (?:varies|is|changes) " + _HOW + r"(?: proportional)?(?: (?:with|to|as))? "
               + _Q),
]
# "y is proportional to x", "y and x are in inverse proportion": the same relations said
# with other words, rewritten to the words above
_SAID_OTHERWISE = [
    (re.compile(r"\b(?:is|are) (?:in )?(direct|inverse) (?:variation|proportion)"
                r"(?: (?:with|to))?"),
     lambda m: f"vary {m.group(1)}ly" if m.group(0).startswith("are") else
     f"varies {m.group(1)}ly with"),
    (re.compile(r"\bis proportional to\b"), lambda m: "varies directly with"),
    (re.compile(r"\bvar(y|ies) (inversely|directly) (?:as|with) each other\b"),
     lambda m: f"var{m.group(1)} {m.group(2)}"),
]
_ASSIGN = r"(?:the value of )?@(\d+)@(?: (?:is|equals|is equal to|=) @(\d+)@)?"
_A1 = _ASSIGN
_A2 = _ASSIGN
# the given pair: "if y = 12 when x = 4", "and y is 12 when x is 4", "when x = 4, y = 12"
_GIVEN = re.compile(r"(?:(?:if|when|suppose|and|given that|we know that|also) )?" + _A1
                    + r",? (?:when|if|for|at) " + _A2 + r"|(?:when|if|for|at) " + _A1 + r",? "
                    + _A2)
_ASK = r"(?:then )?(?:find|what is|what's|determine|compute|calculate|give|what will be)"
_THE = r"(?:the value of |the corresponding value of )?"
# the question: "what is y when x = 7", "find y if x is 7", "when x = 7, what is y?"
_ASKED = [re.compile(_ASK + " " + _THE + r"@(\d+)@ (?:when|if|for|at) " + _ASSIGN),
          re.compile(r"(?:when|if|for) " + _ASSIGN + r",? " + _ASK + " " + _THE + r"@(\d+)@"),
          re.compile(r"what (?:is|will) " + _THE + r"@(\d+)@(?: be)? (?:when|if|for|at) "
                     + _ASSIGN)]
_FILLER = frozenset(
    "suppose that the then if of and are is always values value positive given you we "
    "let know also here".split())
_POSITIVE = re.compile(r"the values of @\d+@ and @\d+@ are always positive,? (?:and )?")
_FORMAT = re.compile(r",? ?express your answer (?:as an? (?:common )?fraction|in simplest "
                     r"(?:fractional )?form)\.?")


def _pair(maths: list[str], a: str, b: str | None) -> tuple[sp.Expr, sp.Expr]:
    """`p = 25`, or the pieces `p` and `25` joined by 'is'."""
    if b is None:
        e = parse_latex(maths[int(a)])
        if not isinstance(e, sp.Equality) or not isinstance(e.lhs, sp.Symbol):
            raise Decline("a value given as 'letter = number'")
        return e.lhs, e.rhs
    name, value = parse_latex(maths[int(a)]), parse_latex(maths[int(b)])
    if not isinstance(name, sp.Symbol):
        raise Decline("a value given to a letter")
    return name, value


def _quantity(maths: list[str], word: str | None, i: str) -> sp.Expr:
    e = parse_latex(maths[int(i)])
    if not isinstance(e, sp.Expr) or len(e.free_symbols) != 1:
        raise Decline("a quantity in one letter")
    return e ** _POWER_WORDS[word] if word else e


def _reading(tmpl: str, relation: re.Match[str], asked: re.Match[str]
             ) -> tuple[re.Match[str], re.Match[str]] | None:
    """The given pair read with this question, when the rest of the words are filler."""
    cut = tmpl[:asked.start()] + " " * len(asked.group(0)) + tmpl[asked.end():]
    given = list(_GIVEN.finditer(cut))
    if len(given) != 1:
        return None
    spans = sorted([relation.span(), given[0].span(), asked.span()])
    if any(a[1] > b[0] for a, b in zip(spans, spans[1:], strict=False)):
        return None  # two pieces of the reading overlap
    rest = tmpl
    for span in reversed(spans):
        rest = rest[:span[0]] + " " + rest[span[1]:]
    if set(re.findall(r"[a-z]+", rest)) - _FILLER or "@" in rest:
        return None
    return given[0], asked


def read_variation(split: Split, template: str) -> Result | None:
    tmpl = _FORMAT.sub("", template.lower())
    for pattern, words_for in _SAID_OTHERWISE:
        tmpl = pattern.sub(words_for, tmpl)
    if "inversely" not in tmpl and "directly" not in tmpl:
        return None
    positive = bool(_POSITIVE.search(tmpl))
    tmpl = _POSITIVE.sub("", tmpl)
    rel = [m for pattern in _RELATIONS for m in pattern.finditer(tmpl)]
    if len(rel) != 1:
        return None
    m = rel[0]
    g = m.groups()
    if m.re is _RELATIONS[1]:
        (w1, i1, how, w2, i2) = g
    else:
        (w1, i1, w2, i2, how) = g
    found = (_reading(tmpl, m, a) for p in _ASKED for a in p.finditer(tmpl))
    readings = list({(r[0].span(), r[1].span()): r for r in found if r is not None}.values())
    if len(readings) != 1:
        return None
    given, asked = readings[0]
    u, v = _quantity(split.maths, w1, i1), _quantity(split.maths, w2, i2)
    x, y = next(iter(u.free_symbols)), next(iter(v.free_symbols))
    if x == y:
        raise Decline("two different quantities")
    gv = [a for a in given.groups()]
    pairs = [(gv[0], gv[1]), (gv[2], gv[3])] if gv[0] is not None else [(gv[4], gv[5]),
                                                                          (gv[6], gv[7])]
    known = dict(_pair(split.maths, a, b) for a, b in pairs)
    if set(known) != {x, y} or any(not val.is_number for val in known.values()):
        raise Decline("one value of each quantity")
    av = asked.groups()
    if asked.re is _ASKED[1]:  # "when x = 7, what is y?": the value first
        av = (av[2], av[0], av[1])
    target = parse_latex(split.maths[int(av[0])])
    name, new = _pair(split.maths, av[1], av[2])
    if not new.is_number or name not in (x, y) or not isinstance(target, sp.Expr) \
            or target.free_symbols != {x if name == y else y}:
        raise Decline("the asked quantity and the new value")
    return _solve(u, v, how, known, name, new, target, positive)


def _solve(u: sp.Expr, v: sp.Expr, how: str, known: dict, name: sp.Symbol, new: sp.Expr,
           target: sp.Expr, positive: bool) -> Result:
    combo = u * v if how == "inversely" else u / v
    k = final_value(combo.subs(known))
    if k == 0 or not k.is_finite:
        raise Decline("the constant of variation is zero or undefined")
    other = next(iter(target.free_symbols))
    word = "product" if how == "inversely" else "ratio"
    shown = f"{latex(u)} \\cdot {latex(v)}" if how == "inversely" else \
        f"\\frac{{{latex(u)}}}{{{latex(v)}}}"
    steps: list[Step] = [step(f"find the constant {word}",
                              f"When two quantities vary {how}, their {word} stays the same.",
                              f"${shown} = {latex(k)}$", "")]
    eq = sp.Eq(combo.subs(name, new), k)
    num, den = sp.fraction(sp.together(eq.lhs - eq.rhs))
    if num.is_polynomial(other) and not den.free_symbols:
        roots = list(dict.fromkeys(sp.real_roots(sp.Poly(num, other))))  # every real root
        confirm.solutions(eq, other, roots)
        shown_roots = " or ".join(f"${latex(other)} = {latex(r)}$" for r in roots)
        steps.append(step("solve", "Put in the new value and solve.",
                          f"${latex(eq.lhs)} = {latex(eq.rhs)}$, so {shown_roots}", ""))
    else:
        roots, more = equations.solve_equation(eq, other)
        steps += more
    if positive:
        roots = [r for r in roots if r.is_positive]
    values = {final_value(target.subs(other, r)) for r in roots}
    if len(values) != 1:
        raise Decline("the asked value is not determined")
    value = values.pop()
    for r in roots:  # the same product (or ratio) at the new pair, recomputed exactly
        again = final_value(combo.subs({name: new, other: r}))
        confirm.check(sp.simplify(again - k) == 0,
                      f"the {word} at the new values equals the {word} at the given ones")
    claim = f"{latex(target)} = {latex(value)}"
    steps.append(step("answer", "Read off the value asked for.", f"${claim}$", ""))
    return value, steps


__all__ = ["read_variation"]
