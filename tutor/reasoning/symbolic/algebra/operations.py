"""Typed reader: an operation defined by a formula, then a value or an equation using it.

"Let $a \\star b = 2a + 3b$. Find $4 \\star 5$.", "The operation $\\oplus$ is defined for all
real numbers by $x \\oplus y = x^2 - y$; what is $(1 \\oplus 2) \\oplus 3$?", "If
$p \\# q = pq - 2p$, what is the value of $(7 \\# 4) - (4 \\# 7)$?", "Define $a \\diamond b$ as
$3a - b^2$. If $a \\diamond 4 = 5$, what is $a$?". The uses of the operation are
replaced by its formula, innermost brackets first; a chain without brackets
(`1 \\star 2 \\star 3`) is declined, since its grouping is not said. A value is confirmed
by evaluating every application again numerically (mpmath); an equation is solved and each
solution confirmed by substitution (`equations.solve_equation`). Worked examples given with
the definition ("For example, $3 \\star 6 = 27$") are checked against the formula, and
conditions on its letters ("for $a > 0$") are checked on every operand.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.algebra import clauses, equations
from tutor.reasoning.symbolic.algebra.expressions import final_value, shown
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.typed import FILLER, words

Result = tuple[sp.Basic | str, list[Step]]

OPS = (r"\\star|\\ast|\\diamondsuit|\\diamond|\\oplus|\\otimes|\\odot|\\ominus|\\oslash"
       r"|\\bigstar|\\spadesuit|\\heartsuit|\\clubsuit|\\dagger|\\ddagger|\\nabla|\\Delta"
       r"|\\triangle|\\square|\\Diamond|\\boxtimes|\\boxplus|\\bullet|\\circledast|\\&|\\#"
       r"|\\S|\\%|\\\$|@|\*")
_OP_ALONE = re.compile(r"^\s*(?:" + OPS + r")\s*$")
_DEF = re.compile(r"^\s*\(?\s*([a-zA-Z])\s*(" + OPS + r")\s*([a-zA-Z])\s*\)?\s*=\s*([^=]+)$")
_NAMING = re.compile(r"^\s*([a-zA-Z])\s*(" + OPS + r")\s*([a-zA-Z])\s*$")
_OPERAND = re.compile(r"^\s*(?:-?\s*(?:\d+(?:\.\d+)?|[a-zA-Z]|\\frac\s*\{[^{}]*\}\s*\{[^{}]*\}"
                      r"|\\sqrt\s*\{[^{}]*\})|\(\s*-\s*\d+(?:\.\d+)?\s*\))\s*$")
_PLACES = "UVWKLMNPQRST"
_MAX_USES = 8
VOCAB = frozenset(
    "let define defined definition operation operations new binary as follows by for all real "
    "numbers number nonzero pair pairs each every if what value values find calculate compute "
    "evaluate simplified where example rule formula symbol represents denote denotes mean means "
    "be solution solve to equation which such that then and positive negative satisfy "
    "satisfies true makes make whose relation".split())
_POSITIVE = {"positive": lambda v: v.is_positive, "negative": lambda v: v.is_negative}


class _Operation:
    """`a OP b = rule`, applied to operands by substitution, each application a step."""

    def __init__(self, a: sp.Symbol, op: str, b: sp.Symbol, rule: sp.Expr,
                 domain: list[sp.Basic]) -> None:
        self.a, self.op, self.b, self.rule, self.domain = a, op, b, rule, domain
        self.steps: list[Step] = []
        self.uses: list[tuple[sp.Expr, sp.Expr, sp.Expr]] = []

    def apply(self, x: sp.Expr, y: sp.Expr) -> sp.Expr:
        values = {self.a: x, self.b: y}
        for cond in self.domain:
            holds = cond.subs(values, simultaneous=True)
            if holds is not sp.true:
                if x.free_symbols or y.free_symbols:
                    raise Decline("a condition of the operation on an unknown operand")
                raise Decline("an operand outside the operation's stated domain")
        got = self.rule.subs(values, simultaneous=True)
        value = final_value(got) if not got.free_symbols else sp.simplify(got)
        if value.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
            raise Decline("the operation is undefined there")
        if not got.free_symbols:
            confirm.substituted(self.rule, values, value,
                                "the rule evaluated numerically at the operands")
        self.uses.append((x, y, value))
        claim = f"{latex(x)} {self.op} {_wrapped(y)} = {shown(self.rule, values)} = {latex(value)}"
        self.steps.append(step("apply the definition", f"Replace ${latex(self.a)}$ by "
                               f"${latex(x)}$ and ${latex(self.b)}$ by ${latex(y)}$.",
                               f"${claim}$", f"{shown(self.rule, values)} = {latex(value)}"))
        return value

    def expand(self, src: str) -> sp.Basic:
        """The maths with every use of the operation replaced by its value."""
        places: dict[sp.Symbol, sp.Expr] = {}
        src = re.sub(r"\\(?:left|right)(?=[()])", "", src)
        for _ in range(_MAX_USES + 1):
            inner = _innermost_with_op(src, self.op)
            if inner is None:
                break
            start, end = inner
            places_name = _PLACES[len(places)]
            places[sp.Symbol(places_name)] = self._pair(src[start:end], places)
            src = src[:start - 1] + places_name + src[end + 1:]
        else:
            raise Decline("too many uses of the operation")
        if self.op in src:
            if len(split_top(src, self.op)) != 2 or "=" in src:
                raise Decline("a chain of operations whose grouping is not said")
            places_name = _PLACES[len(places)]
            places[sp.Symbol(places_name)] = self._pair(src, places)
            src = places_name
        e = parse_latex(src)
        return e.subs(places, simultaneous=True)

    def _pair(self, src: str, places: dict[sp.Symbol, sp.Expr]) -> sp.Expr:
        parts = split_top(src, self.op)
        if len(parts) != 2:
            raise Decline("a chain of operations whose grouping is not said")
        operands = []
        for part in parts:
            part, whole = _unbracket(part)
            if not (whole or _OPERAND.match(part) or part.strip() in _PLACES):
                raise Decline("an operand that is not a single number or letter")
            v = parse_latex(part.strip()).subs(places, simultaneous=True)
            if not isinstance(v, sp.Expr):
                raise Decline("an operand that is not a number")
            operands.append(v)
        return self.apply(operands[0], operands[1])


def _no_commands(src: str) -> str:
    return re.sub(r"\\[a-zA-Z]+", " ", src)


def unwrapped(src: str, pair: str = "()", once: bool = False) -> str:
    """`((x + 1))` -> `x + 1`: brackets of `pair` that hold the whole piece group nothing."""
    src = src.strip()
    while src.startswith(pair[0]) and src.endswith(pair[1]):
        depth = 0
        for k, ch in enumerate(src):
            depth += {pair[0]: 1, pair[1]: -1}.get(ch, 0)
            if depth == 0 and k < len(src) - 1:
                return src
        src = src[1:-1].strip()
        if once:
            break
    return src


def _unbracket(s: str) -> tuple[str, bool]:
    """`(2^U)` -> (`2^U`, True): the operand inside brackets that hold all of it."""
    inner = unwrapped(s, once=True)
    return inner, inner != s.strip()


def _wrapped(v: sp.Basic) -> str:
    return f"\\left({latex(v)}\\right)" if v.is_number and v.is_negative else latex(v)


def split_top(src: str, op: str) -> list[str]:
    parts, depth, cur, i = [], 0, "", 0
    while i < len(src):
        ch = src[i]
        depth += {"(": 1, "{": 1, ")": -1, "}": -1}.get(ch, 0)
        if depth == 0 and src.startswith(op, i) and not (op[0] == "\\" and src[
                i + len(op):i + len(op) + 1].isalpha()):
            parts.append(cur)
            cur, i = "", i + len(op)
            continue
        cur += ch
        i += 1
    return parts + [cur]


def _innermost_with_op(src: str, op: str) -> tuple[int, int] | None:
    """The span inside the innermost brackets that hold a use of the operation."""
    stack: list[int] = []
    for i, ch in enumerate(src):
        if ch in "({":
            stack.append(i)
        elif ch in ")}" and stack:
            j = stack.pop()
            body = src[j + 1:i]
            if len(split_top(body, op)) > 1 and not re.search(r"[({]", body):
                return j + 1, i
    return None


def _definition(maths: list[str], w: set[str]) -> tuple[int, re.Match[str]] | None:
    found = [(i, m) for i, src in enumerate(maths) if (m := _DEF.match(src.strip()))]
    named = {src.strip() for src in maths if re.fullmatch(r"\s*[A-Z]\s*", src)}
    if not found and "operation" in w and len(named) == 1:
        # "the operation $Z$ is defined as $a Z b = ...$": a capital letter named an operation
        letter = named.pop()
        rule = re.compile(r"^\s*\(?\s*([a-zA-Z])\s*(" + letter + r")\s*([a-zA-Z])\s*\)?\s*=\s*"
                          r"([^=]+)$")
        found = [(i, m) for i, src in enumerate(maths) if (m := rule.match(src.strip()))
                 and letter not in (m.group(1), m.group(3))]
    ops = {m.group(2) for _, m in found}
    if len(found) < 1 or len(ops) != 1:
        return None
    return found[0]


def read_operation(split: Split, template: str) -> Result | None:
    template = template.lower()
    w = words(template)
    if "@" not in template or w - FILLER - VOCAB - {c for c in w if len(c) == 1}:
        return None
    d = _definition(split.maths, w)
    if d is None:
        return None
    i_def, m = d
    op = m.group(2)
    a, b = sp.Symbol(m.group(1)), sp.Symbol(m.group(3))
    if a == b:
        return None
    rule = parse_latex(m.group(4))
    if not isinstance(rule, sp.Expr) or rule.free_symbols - {a, b}:
        raise Decline("the operation's formula has other letters")
    domain: list[sp.Basic] = []
    examples: list[int] = []
    asked: list[int] = []
    unknowns: list[sp.Symbol] = []
    for i, src in enumerate(split.maths):
        if i == i_def or _OP_ALONE.match(src) or _NAMING.match(src) or src.strip() == op:
            continue
        if op in src:
            worked = "example" in w and "=" in src and not re.search("[a-zA-Z]",
                                                                     _no_commands(src))
            (examples if worked else asked).append(i)
        elif clauses.is_letters(src):  # the formula's own letters only name them
            unknowns += [x for x in clauses.letters(src) if x not in (a, b)]
        else:
            rels = clauses.relations(src)
            if not rels or any(r.free_symbols - {a, b} or isinstance(r, sp.Equality)
                               for r in rels):
                return None
            domain += rels
    if len(asked) != 1:
        return None
    if examples and "example" not in w:
        return None
    operation = _Operation(a, op, b, rule, domain)
    for i in examples:
        sides = [operation.expand(s) for s in split.maths[i].split("=")]
        if len(sides) < 2 or any(final_value(s - sides[0]) != 0 for s in sides[1:]):
            raise Decline("a worked example does not follow the formula as read")
    operation.steps, operation.uses = [], []
    query = split.maths[asked[0]]
    if "=" not in query:
        if unknowns or w & {"solve", "solution", "equation", "positive", "negative"}:
            return None
        return _value(operation, query)
    return _solve(operation, query, unknowns, w)


def _value(operation: _Operation, query: str) -> Result:
    raw = operation.expand(query)
    if not isinstance(raw, sp.Expr) or raw.free_symbols:
        raise Decline("the question has letters")
    value = final_value(raw)
    if not operation.uses:
        raise Decline("the question does not use the operation")
    for x, y, got in operation.uses:  # each application again, numerically
        at = {operation.a: x, operation.b: y}
        again = numeric.to_mp(operation.rule.evalf(60, subs=at))
        want = numeric.to_mp(got)
        confirm.check(again is not None and want is not None and numeric.near(again, want),
                      "each use of the operation, evaluated again numerically, agrees")
    confirm.value(raw, value, "the value")
    return value, operation.steps


def _solve(operation: _Operation, query: str, unknowns: list[sp.Symbol], w: set[str]) -> Result:
    sides = query.split("=")
    if len(sides) != 2:
        raise Decline("one equation")
    lhs, rhs = operation.expand(sides[0]), operation.expand(sides[1])
    eq = sp.Eq(lhs, rhs)
    if not isinstance(eq, sp.Equality) or len(eq.free_symbols) != 1:
        raise Decline("an equation in one unknown")
    x = next(iter(eq.free_symbols))
    if unknowns and set(unknowns) != {x}:
        raise Decline("the letter asked about is not the equation's")
    claim = f"{latex(lhs)} = {latex(rhs)}"
    steps = operation.steps + [step("write the equation", "Put the formula into the equation.",
                                    f"${claim}$", "")]
    roots, more = equations.solve_equation(eq, x)
    steps += more
    for word, test in _POSITIVE.items():
        if word in w:
            roots = [r for r in roots if test(r)]
    if len(roots) != 1:
        raise Decline("the question expects one value")
    return roots[0], steps


__all__ = ["read_operation", "split_top", "unwrapped"]
