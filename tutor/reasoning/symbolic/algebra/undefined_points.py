"""Typed reader: where a rational expression is undefined, and where the graph of a rational
function has vertical asymptotes.

"What is the sum of all values of $t$ for which $\\frac{t+1}{t^2-9}$ is undefined?", "For
what values of $a$ is the expression ... not defined?", "the largest value of $x$ such that
... is not defined", "How many vertical asymptotes does the graph of $y = \\frac{x-1}{x^2-1}$
have?", "The graph of $y = ...$ has vertical asymptotes at $x = p$ and $x = q$. Find
$p + q$." An expression is undefined where one of its written denominators is zero
(`written_denominators.denominators`, read before any cancelling); an asymptote is a zero of the
denominator of the fully cancelled fraction. The real zeros are SymPy's exact `real_roots`;
their number is confirmed by Sturm sequences and each by substitution (`confirm.solutions`);
each asymptote is confirmed numerically (the function grows without bound beside it), each
cancelled zero by the function staying bounded there.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.written_denominators import denominators

_UNDEF = r"(?:undefined|not defined)"
_ASK_UNDEF = [
    ("sum", re.compile(r"^(?:what is |find )?the sum of (?:all )?(?:the )?(?:possible )?values of "
                       r"@(?P<x>\d+)@ (?:for which|such that) (?:the expression )?@(?P<e>\d+)@ is "
                       + _UNDEF + r"[.?]?$")),
    ("all", re.compile(r"^(?:for (?:what|which) (?:real )?values? of @(?P<x>\d+)@ is (?:the "
                       r"expression )?@(?P<e>\d+)@|(?:what|which) (?:real )?values? of "
                       r"@(?P<x2>\d+)@ (?:makes?|will make) (?:the expression )?@(?P<e2>\d+)@) "
                       + _UNDEF + r"[.?]?$")),
    ("max", re.compile(r"^(?:what is |find )?the (?:largest|greatest) value of @(?P<x>\d+)@ "
                       r"(?:such that|for which) (?:the expression )?@(?P<e>\d+)@ is "
                       + _UNDEF + r"[.?]?$")),
    ("min", re.compile(r"^(?:what is |find )?the (?:smallest|least) value of @(?P<x>\d+)@ "
                       r"(?:such that|for which) (?:the expression )?@(?P<e>\d+)@ is "
                       + _UNDEF + r"[.?]?$")),
]
# The same questions in other words: "the product of the values of $t$ that make E undefined",
# "E is undefined for two values of $a$. What is their sum?", "For how many values of $x$
# is E undefined?"
_VALUES = r"(?:all )?(?:the )?(?:possible )?(?:real )?values? of @(?P<x>\d+)@"
_MAKES = (r"(?:(?:for which|such that|where|at which|so that|when) (?:the expression )?"
          r"@(?P<e>\d+)@ is|(?:(?:that|which) )?(?:makes?|will make) (?:the expression )?"
          r"@(?P<e2>\d+)@|making (?:the expression )?@(?P<e3>\d+)@)")
_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_ASK_UNDEF_SAID = [
    re.compile(r"^(?:what is |find |compute |determine |give )?the (?P<op>sum|product) of "
               + _VALUES + " " + _MAKES + " " + _UNDEF + r"[.?]?$"),
    re.compile(r"^(?:the expression )?@(?P<e>\d+)@ is " + _UNDEF + r" (?:for|at|when @\d+@ "
               r"takes) (?:exactly )?(?P<n>one|two|three|four|five) (?:real )?values?(?: of "
               r"@(?P<x>\d+)@)?\. (?:what is|find|compute|determine) (?:the (?P<op>sum|product)"
               r" of (?:these|those|the|all) values|their (?P<op2>sum|product))[.?]?$"),
    re.compile(r"^(?:for )?how many " + _VALUES.replace("values?", "values") + " "
               + _MAKES.replace("(?:for which|such that|where|at which|so that|when) ", "")
               + " " + _UNDEF + r"[.?]?$"),
]
_LIST = re.compile(r"\s*(?:list|enter|give) (?:your|the|all) answers?(?: in increasing order)?,? "
                   r"separated by commas\.?$|\s*separate (?:your|multiple) answers with "
                   r"commas\.?$")
_ASK_ASYMPTOTE = [
    ("count", re.compile(r"^how many vertical asymptotes does (?:the graph of |the equation "
                         r"|the function )?@(?P<e>\d+)@ have[?.]?$")),
    ("one", re.compile(r"^for @(?P<e>\d+)@,? at what @\d+@ ?-?value is there a vertical "
                       r"asymptote[?.]?$")),
    ("sum", re.compile(r"^the graph of @(?P<e>\d+)@ has vertical asymptotes at @(?P<a>\d+)@ and "
                       r"@(?P<b>\d+)@\. (?:find|what is) @(?P<t>\d+)@[?.]?$")),
    # "Find the vertical asymptotes of @0@", "What is the equation of the vertical asymptote
    # of the graph of @0@?": each asymptote as its line x = a
    ("lines", re.compile(r"^(?:find|what (?:is|are)|determine|give)(?: all)?(?: the)? (?:equations?"
                         r" of the )?vertical asymptotes? of (?:the graph of |the function |the "
                         r"curve )?@(?P<e>\d+)@[?.]?$")),
    # "the sum of the vertical asymptotes of @0@", "the product of the x-values of the
    # vertical asymptotes of the graph of @0@": of the asymptotes' x-values
    ("total", re.compile(r"^(?:find |what is |compute |determine )?the (?P<op>sum|product) of "
                         r"(?:the )?(?:(?:@\d+@ ?-?values|x-values|x-coordinates) of (?:all )?"
                         r"(?:the )?)?vertical asymptotes of (?:the graph of |the function |the "
                         r"curve )?@(?P<e>\d+)@[?.]?$")),
    # "The graph of @0@ has a vertical asymptote at @1@ (x = a). Find @2@ (a)."
    ("named", re.compile(r"^the graph of @(?P<e>\d+)@ has (?:a|one|exactly one) vertical "
                         r"asymptote at @(?P<a>\d+)@\.? (?:find|what is) @(?P<t>\d+)@[?.]?$")),
]
FUNCTION = re.compile(r"^\s*(?:[A-Za-z]\s*\(\s*[a-z]\s*\)|y)\s*=(?!.*=)")


def letter_asked(split: Split, told_at: str, asked_at: str, x: sp.Symbol) -> bool:
    """The piece `told_at` names a place by a letter (`x = a`) and `asked_at` asks that letter."""
    told = parse_latex(split.maths[int(told_at)])
    return bool(isinstance(told, sp.Equality) and told.lhs == x and isinstance(
        told.rhs, sp.Symbol) and told.rhs != x
        and parse_latex(split.maths[int(asked_at)]) == told.rhs)


def _real_zeros(dens: list[sp.Basic], x: sp.Symbol) -> list[sp.Basic]:
    zeros: list[sp.Basic] = []
    for d in dens:
        num = sp.fraction(sp.together(d))[0]
        if not num.is_polynomial(x) or num.free_symbols - {x}:
            raise Decline("a denominator that is not a polynomial in the letter")
        found = list(dict.fromkeys(sp.real_roots(sp.Poly(num, x))))
        confirm.solutions(sp.Eq(num, 0), x, found)  # substitution, and Sturm's count
        zeros += [r for r in found if r not in zeros]
    return sorted(zeros, key=lambda r: float(r))


def read_undefined(split: Split, template: str) -> Result | None:
    tmpl = _LIST.sub("", template.lower().strip()).strip()
    if "undefined" in tmpl or "not defined" in tmpl:
        return _undefined(split, tmpl)
    if "asymptote" in tmpl:
        return _asymptotes(split, tmpl)
    return None


def _said(tmpl: str) -> tuple[str, dict[str, str]] | None:
    """(kind asked, the groups) of the one question form the template matches."""
    found = [(kind, m.groupdict()) for kind, p in _ASK_UNDEF if (m := p.match(tmpl))]
    found = found or [(g.get("op") or g.get("op2") or "count", g)
              for p in _ASK_UNDEF_SAID if (m := p.match(tmpl)) for g in [m.groupdict()]]
    return found[0] if len(found) == 1 else None


def _undefined(split: Split, tmpl: str) -> Result | None:
    said = _said(tmpl)
    if said is None:
        return None
    kind, g = said
    e_at = next(g[k] for k in ("e", "e2", "e3") if g.get(k))
    x_at = g.get("x") or g.get("x2")
    src = split.maths[int(e_at)]
    if x_at is None:  # "E is undefined for two values": the letter of E
        letters = parse_latex(src).free_symbols if isinstance(parse_latex(src), sp.Expr) else set()
        if len(letters) != 1:
            raise Decline("an expression in one letter")
        x = next(iter(letters))
    else:
        x = parse_latex(split.maths[int(x_at)])
    e = parse_latex(src)
    if not isinstance(x, sp.Symbol) or not isinstance(e, sp.Expr) or e.free_symbols != {x}:
        raise Decline("an expression in the asked letter")
    if e.has(sp.Pow) and any(not p.exp.is_Integer for p in e.atoms(sp.Pow)) or "sqrt" in src:
        raise Decline("roots or powers that may be undefined for other reasons")
    if not e.is_rational_function(x):
        raise Decline("a rational expression")
    dens = denominators(src)
    if not dens:
        raise Decline("no denominator with the letter")
    zeros = _real_zeros(dens, x)
    if not zeros:
        raise Decline("defined everywhere")
    if g.get("n") and _COUNT[g["n"]] != len(zeros):
        raise Decline("the number of values told is not the number found")
    shown = ", ".join(latex(z) for z in zeros)
    steps: list[Step] = [step("set the denominators to zero", "A fraction is undefined where "
                              "its denominator is zero.", ", ".join(
                                  f"${latex(d)} = 0$" for d in dens) + f" at ${latex(x)} = "
                              f"{shown}$", "")]
    if kind == "sum":
        value = final_value(sp.Add(*zeros))
        claim = " + ".join(f"\\left({latex(z)}\\right)" for z in zeros) + f" = {latex(value)}"
        steps.append(step("add them", "Add the values found.", f"${claim}$", claim))
        return value, steps
    if kind == "product":
        value = final_value(sp.Mul(*zeros))
        claim = " \\cdot ".join(f"\\left({latex(z)}\\right)" for z in zeros) + f" = {latex(value)}"
        steps.append(step("multiply them", "Multiply the values found.", f"${claim}$", claim))
        return value, steps
    if kind == "count":
        return sp.Integer(len(zeros)), steps
    if kind == "all":
        return ", ".join(latex(z) for z in zeros), steps
    return (zeros[-1] if kind == "max" else zeros[0]), steps


def _asymptotes(split: Split, tmpl: str) -> Result | None:
    found = [(kind, m) for kind, p in _ASK_ASYMPTOTE if (m := p.match(tmpl))]
    if len(found) != 1:
        return None
    kind, m = found[0]
    src = split.maths[int(m.group("e"))]
    if (named := FUNCTION.match(src)) is not None:  # y = ..., f(x) = ...
        src = src[named.end():]
    e = parse_latex(src)
    if not isinstance(e, sp.Expr) or len(e.free_symbols) != 1 or not e.is_rational_function():
        raise Decline("a rational function of one letter")
    x = next(iter(e.free_symbols))
    num, den = sp.fraction(sp.cancel(sp.together(e)))
    asymptotes = _real_zeros([den], x)
    for a in asymptotes:  # beside each, the function is large
        near = numeric.to_mp(e.subs(x, a + sp.Rational(1, 10**9)))
        confirm.check(near is not None and abs(near) > 10**3,
                      "beside each asymptote the function grows without bound")
    for hole in _real_zeros(denominators(src) or [den], x):
        if hole not in asymptotes:
            near = numeric.to_mp(e.subs(x, hole + sp.Rational(1, 10**9)))
            confirm.check(near is not None and abs(near) < 10**6,
                          "at a cancelled zero the function stays bounded: a hole")
    claim = ", ".join(f"{latex(x)} = {latex(a)}" for a in asymptotes) or "none"
    steps: list[Step] = [step("cancel, then find the zeros of the denominator",
                              "Vertical asymptotes are where the denominator of the cancelled "
                              "fraction is zero.", f"$\\frac{{{latex(num)}}}{{{latex(den)}}}$: "
                              f"{claim}", "")]
    if kind == "count":
        return sp.Integer(len(asymptotes)), steps
    if kind in ("one", "named"):
        if len(asymptotes) != 1:
            raise Decline("not exactly one asymptote")
        if kind == "named" and not letter_asked(split, m.group("a"), m.group("t"), x):
            raise Decline("the asymptote named by a letter, and that letter asked")
        return asymptotes[0], steps
    if kind == "total":
        if not asymptotes:
            raise Decline("no vertical asymptote")
        value = final_value(sp.Add(*asymptotes) if m.group("op") == "sum" else
                            sp.Mul(*asymptotes))
        sign = " + " if m.group("op") == "sum" else " \\cdot "
        said = sign.join(f"\\left({latex(a)}\\right)" if a.is_negative else latex(a)
                         for a in asymptotes) + f" = {latex(value)}"
        return value, [*steps, step(f"{m.group('op')} of the asymptotes", "Combine the x-values "
                                    "of the asymptotes.", f"${said}$", said)]
    if kind == "lines":
        if not asymptotes:
            raise Decline("no vertical asymptote")
        return claim, steps
    names = [parse_latex(split.maths[int(m.group(g))]) for g in ("a", "b")]
    letters = [n.rhs for n in names if isinstance(n, sp.Equality) and n.lhs == x]
    target = parse_latex(split.maths[int(m.group("t"))])
    if len(letters) != 2 or len(asymptotes) != 2 or not all(isinstance(v, sp.Symbol)
                                                            for v in letters):
        raise Decline("two asymptotes named by letters")
    if not isinstance(target, sp.Expr) or sp.expand(target - sum(letters)) != 0:
        raise Decline("the sum of the two letters")
    value = final_value(sp.Add(*asymptotes))
    steps.append(step("add them", "Add the two values.", f"${latex(value)}$", ""))
    return value, steps


__all__ = ["FUNCTION", "letter_asked", "read_undefined"]
