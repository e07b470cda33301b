"""Typed reader: an operation on one number written as a symbol before it, defined by a
formula, then a value using it.

"Define $\\#N$ by the formula $\\#N = 0.5N + 1$. Calculate $\\#(\\#(\\#50))$.", "For any
number $x$, let $@x = 3x - 2$. What is $@(@4)$?", "If $\\$k = k^2 - k$, find $\\$5 + \\$(-2)$."
The uses of the operation are replaced by their values, innermost first; each use is a
step that states the formula with the number put in. The value is confirmed by evaluating
every use again numerically (mpmath) and the whole expression again with the values
found. A symbol written between two operands (`a \\star b`) is the binary operation's
reader (`operations.py`); a formula with other letters, a use on a letter or an
equation to solve declines.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.algebra.expressions import final_value, shown
from tutor.reasoning.symbolic.algebra.operations import OPS, VOCAB
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.typed import FILLER, words

Result = tuple[sp.Basic | str, list[Step]]

_DEF = re.compile(r"^\s*(" + OPS + r")\s*(?:([a-zA-Z])|\(\s*([a-zA-Z])\s*\))\s*=\s*([^=]+)$")
_NAMING = re.compile(r"^\s*(" + OPS + r")\s*(?:[a-zA-Z]|\(\s*[a-zA-Z]\s*\))\s*$")
_NUMBER = r"(?:\d+(?:\.\d+)?|\.\d+)"
_PLACES = "UVWKLMPQRST"
_MAX_USES = 8
_LETTERS = frozenset("any number numbers integer integers real where".split())


class _Unary:
    """`OP n = rule(n)`, applied to numbers, each application a step."""

    def __init__(self, op: str, n: sp.Symbol, rule: sp.Expr) -> None:
        self.op, self.n, self.rule = op, n, rule
        self.steps: list[Step] = []
        self.uses: list[tuple[sp.Expr, sp.Expr]] = []

    def apply(self, x: sp.Expr) -> sp.Expr:
        got = self.rule.subs(self.n, x)
        value = final_value(got)
        if not isinstance(value, sp.Expr) or value.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
            raise Decline("the operation is undefined there")
        confirm.substituted(self.rule, {self.n: x}, value,
                            "the rule evaluated numerically at the number")
        self.uses.append((x, value))
        written = f"\\left({latex(x)}\\right)" if x.is_negative or not x.is_Integer else latex(x)
        # the use is named apart from the claim: `\$3 = 12` would read as a sum of money
        claim = f"{shown(self.rule, {self.n: x})} = {latex(value)}"
        self.steps.append(step("apply the definition", f"Replace ${latex(self.n)}$ by "
                               f"${latex(x)}$.", f"${self.op} {written}$: ${claim}$", claim))
        return value

    def expand(self, src: str) -> sp.Expr:
        """The maths with every use replaced by its value, innermost first."""
        op = re.escape(self.op)
        one = r"(?:-?\s*" + _NUMBER + r"|[A-Z](?![a-zA-Z]))"
        simple = re.compile(op + r"\s*(" + _NUMBER + r"|[A-Z](?![a-zA-Z])|\{\s*" + one
                            + r"\s*\}|\(\s*" + one + r"\s*\))")
        places: dict[sp.Symbol, sp.Expr] = {}
        src = re.sub(r"\\(?:left|right)(?=[()])", "", src)
        grouped = re.compile(op + r"\s*\(([^()]*)\)")
        for _ in range(_MAX_USES):
            m = simple.search(src) or grouped.search(src)
            if m is None:
                break
            if re.search(op, m.group(1)):
                raise Decline("a use of the operation inside another's brackets")
            if re.match(r"\s*[\^_!]", src[m.end():]) or re.search(r"[\w)}]\s*$",
                                                                    src[:m.start()]):
                raise Decline("a use of the operation whose operand is not clear")
            inner = parse_latex(m.group(1).strip("(){} "))
            if not isinstance(inner, sp.Expr) or inner.free_symbols - set(places):
                raise Decline("the operation used on a letter")
            x = final_value(inner.subs(places, simultaneous=True))
            name = _PLACES[len(places)]
            places[sp.Symbol(name)] = self.apply(x)
            src = src[:m.start()] + name + src[m.end():]
        else:
            raise Decline("too many uses of the operation")
        if re.search(op, src):
            raise Decline("a use of the operation on more than one number")
        e = parse_latex(src)
        if not isinstance(e, sp.Expr) or e.free_symbols - set(places):
            raise Decline("the question has letters")
        value = e.subs(places, simultaneous=True)
        if not isinstance(e, sp.Symbol):  # `\$3 - \$(-4)`: the values put together
            claim = f"{shown(e, places)} = {latex(final_value(value))}"
            self.steps.append(step("put the values together", "Use the values found.",
                                   f"${claim}$", claim))
        return value


def read_unary_operation(split: Split, template: str) -> Result | None:
    w = words(template.lower())
    if "@" not in template or w - FILLER - VOCAB - _LETTERS - {c for c in w if len(c) == 1}:
        return None
    found = [(i, m) for i, src in enumerate(split.maths) if (m := _DEF.match(src.strip()))]
    if len(found) != 1:
        return None
    i_def, m = found[0]
    op, letter = m.group(1), m.group(2) or m.group(3)
    n = sp.Symbol(letter)
    rule = parse_latex(m.group(4))
    if not isinstance(rule, sp.Expr) or rule.free_symbols - {n} or not rule.free_symbols:
        raise Decline("the operation's formula has other letters")
    asked = []
    for i, src in enumerate(split.maths):
        if i == i_def or _NAMING.match(src) or src.strip() == letter:
            continue
        if op not in src or "=" in src or re.search(r"(?<!\\)[a-zA-Z]", re.sub(
                r"\\[a-zA-Z]+", "", src).replace(op, "")):
            return None
        asked.append(i)
    if len(asked) != 1 or w & {"solve", "solution", "equation", "example"}:
        return None
    operation = _Unary(op, n, rule)
    raw = operation.expand(split.maths[asked[0]])
    if not operation.uses:
        raise Decline("the question does not use the operation")
    value = final_value(raw)
    for x, got in operation.uses:  # each application again, numerically
        again = numeric.to_mp(rule.evalf(60, subs={n: x}))
        want = numeric.to_mp(got)
        confirm.check(again is not None and want is not None and numeric.near(again, want),
                      "each use of the operation, evaluated again numerically, agrees")
    confirm.value(raw, value, "the value")
    return value, operation.steps


__all__ = ["read_unary_operation"]
