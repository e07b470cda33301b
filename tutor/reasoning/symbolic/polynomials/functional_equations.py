"""Typed reader: a value of a function from a linear functional equation.

"The function $f(x)$ satisfies $f(x) + 3f(2 - x) = x^2$ for all real numbers $x$. Find
$f(5)$", "The function $g$ satisfies $2g(x) - g\\left(\\frac{1}{x}\\right) = x$ for all
$x \\neq 0$. Find $g(3)$", "For all nonzero $x$, $f(x) + 3f(1/x) = x$. Find $f(2)$". The
equation is read at the points x that make one of the
function's arguments a value needed, starting from the value asked for, until no new
value is needed (a few steps: 1 - x, 1/x and (x + 1)/(1 - 3x) come back to where they
began). The values then solve a linear system (SymPy's `linsolve`), and the value asked
for must be determined; the solution is substituted back into every equation used.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("the function satisfies satisfy for all every real numbers number find compute "
                  "what is a that such suppose with obeys holds nonzero if".split())
_FOR_ALL = r"for (?:all|every)(?P<nz> nonzero)?(?: real(?: numbers?)?)? (?P<dom>@\d+@)"
_HAS = r"(?P<f>@\d+@)(?: is| be)?(?: a function)?,? (?:satisfies|such that|with|obeys|has) "
_ASK = re.compile(r"^(?:(?:suppose (?:that )?)?(?:(?:the|a) function |let )?" + _HAS +
                  r"(?P<eq>@\d+@),? " + _FOR_ALL + r"|" + _FOR_ALL.replace("dom", "dom2").replace(
                      "<nz>", "<nz2>") + r",? (?:the|a) function " + _HAS.replace("<f>", "<f2>") +
                  r"(?P<eq2>@\d+@)|(?:if|suppose(?: that)?) (?P<eq3>@\d+@),? " +
                  _FOR_ALL.replace("dom", "dom3").replace("<nz>", "<nz3>") + r"|" +
                  _FOR_ALL.replace("dom", "dom4").replace("<nz>", "<nz4>") +
                  r",? (?:we have )?(?P<eq4>@\d+@))"
                  r"[.,]? (?:find|compute|what is)(?: the value of)? (?P<t>@\d+@)[.?!\s]*$")
_CALLED = re.compile(r"(?<![a-zA-Z\\])([fgh])\s*(?:\\left)?\s*\(")
_DECLARED = re.compile(r"\s*([a-zA-Z])\s*(?:\(\s*([a-z])\s*\)|:\s*\\mathbb\s*\{?R\}?\s*\\to\s*"
                       r"\\mathbb\s*\{?R\}?)?\s*")
_SPARE = ["alpha", "beta", "delta", "lambda", "sigma", "phi", "psi", "mu", "nu", "rho", "tau",
          "chi", "kappa", "zeta"]  # not \\gamma: it reads as Euler's constant
_MAX_VALUES = 6


def read(split: Split, template: str) -> Result | None:
    if not words_within(template, VOCAB):
        return None
    m = _ASK.match(template)
    if m is None:
        return None

    def piece(group: str) -> str:
        found = next(m.group(g) for g in (group, f"{group}2", f"{group}3", f"{group}4")
                     if m.group(g))
        return split.maths[int(found[1:-1])]

    if m.group("eq3") or m.group("eq4"):
        # "If $2f(x) - f(-x) = x + 4$ for all $x$", "For all $x$, $2f(x) - f(-x) = x + 4$":
        # the one function called
        names = set(_CALLED.findall(piece("eq")))
        if len(names) != 1:
            raise Decline("one function called in the equation")
        name = names.pop()
    else:
        declared = _DECLARED.fullmatch(piece("f"))
        if not declared:
            raise Decline("a function named like f(x)")
        name = declared.group(1)
    x, excluded = _domain(piece("dom"))
    if any(m.group(f"nz{k}") for k in ("", "2", "3", "4")):
        excluded.add(sp.S.Zero)
    calls, eq = calls_in(piece("eq"), name)
    if not calls or not isinstance(eq, sp.Equality) or eq.free_symbols - {x} - set(calls):
        raise Decline("a functional equation in one letter")
    args = {sym: parse_latex(src) for sym, src in calls.items()}
    if any(not isinstance(a, sp.Expr) or a.free_symbols - {x} for a in args.values()):
        raise Decline("arguments in x")
    target_calls, target = calls_in(piece("t"), name)
    if len(target_calls) != 1 or target != next(iter(target_calls)):
        raise Decline("one value of the function")
    start = parse_latex(next(iter(target_calls.values())))
    if not isinstance(start, sp.Expr) or start.free_symbols:
        raise Decline("a value at a number")
    return _solve(eq, args, x, excluded, start, name)


def _domain(src: str) -> tuple[sp.Symbol, set[sp.Expr]]:
    parts = [p.strip() for p in re.split(r"\\neq?|\\ne\b", src)]
    x = parse_latex(parts[0])
    if not isinstance(x, sp.Symbol) or len(parts) > 2:
        raise Decline("all x, or all x but one value")
    excluded = {parse_latex(parts[1])} if len(parts) == 2 else set()
    return x, excluded


def _in_command(src: str, k: int) -> bool:
    """True when the letter at src[k] ends a command name (`\\log(`), not when a letter
    before it multiplies the call (`xf(y)`)."""
    while k > 0 and src[k - 1].isalpha():
        k -= 1
    return k > 0 and src[k - 1] == "\\"


def calls_in(src: str, name: str) -> tuple[dict[sp.Symbol, str], sp.Basic]:
    """The calls name(...) of `src`, each replaced by a fresh letter, and the parsed rest."""
    src = re.sub(r"\\left(?![a-zA-Z])|\\right(?![a-zA-Z])", "", src)
    spare = [g for g in _SPARE if f"\\{g}" not in src]
    calls: dict[sp.Symbol, str] = {}
    out, i = "", 0
    for m in re.finditer(rf"{name}\s*\(", src):
        if m.start() < i or _in_command(src, m.start()):
            continue
        depth, j = 1, m.end()
        while j < len(src) and depth:
            depth += {"(": 1, ")": -1}.get(src[j], 0)
            j += 1
        if depth or not spare:
            raise Decline("a call that does not close")
        inner = src[m.end():j - 1]
        letter = next((s for s, a in calls.items() if a == inner), None)
        if letter is None:
            letter = sp.Symbol(spare.pop(0))
            calls[letter] = inner
        out += src[i:m.start()] + f" \\{letter} "
        i = j
    return calls, parse_latex(out + src[i:])


def _solve(eq: sp.Equality, args: dict[sp.Symbol, sp.Expr], x: sp.Symbol,
           excluded: set[sp.Expr], start: sp.Expr, name: str) -> Result:
    needed, done = [start], 0
    unknowns: dict[sp.Expr, sp.Symbol] = {}
    equations: list[sp.Equality] = []
    seen_x: set[sp.Expr] = set()
    while done < len(needed):
        v = needed[done]
        done += 1
        for arg in args.values():
            for t in sp.solve(sp.Eq(arg, v), x):
                if t in seen_x or t in excluded or not t.is_real:
                    continue
                values = {s: a.subs(x, t) for s, a in args.items()}
                if any(not val.is_finite for val in values.values()):
                    continue
                seen_x.add(t)
                for val in values.values():
                    if val not in unknowns:
                        unknowns[val] = sp.Symbol(f"F{len(unknowns)}")
                        needed.append(val)
                if len(unknowns) > _MAX_VALUES:
                    raise Decline("the values needed do not close up")
                equations.append(sp.Eq(eq.lhs.subs(x, t).xreplace(
                    {s: unknowns[val] for s, val in values.items()}),
                    eq.rhs.subs(x, t).xreplace({s: unknowns[val] for s, val in values.items()})))
    if start not in unknowns:
        raise Decline("no equation reaches the value asked for")
    if any(not sp.Poly(e.lhs - e.rhs, *unknowns.values()).is_linear for e in equations):
        raise Decline("an equation that is not linear in the function's values")
    sols = list(sp.linsolve(equations, list(unknowns.values())))
    if len(sols) != 1:
        raise Decline("the equations do not fix the value")
    solution = dict(zip(unknowns.values(), sols[0], strict=True))
    value = solution[unknowns[start]]
    if value.free_symbols:
        raise Decline("the value asked for is not determined")
    free = {p: sp.S.Zero for v in solution.values() for p in v.free_symbols}
    confirm.system(equations, {k: v.subs(free) for k, v in solution.items()})
    names = {s: f"{name}({latex(val)})" for val, s in unknowns.items()}
    shown = ", ".join(latex(e, symbol_names=names) for e in equations)
    claim = f"{name}({latex(start)}) = {latex(value)}"
    return value, [step("substitute values of x", "Choose x so that the function's arguments "
                        "are the values needed; each choice gives an equation.", f"${shown}$",
                        shown),
                   step("solve the equations", "Solve them together for the values.",
                        f"${claim}$", claim)]


__all__ = ["calls_in", "read"]
