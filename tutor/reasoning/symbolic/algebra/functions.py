"""Functions given by formulas: values of compositions, inverses f^{-1}(a), and a
constant fixed by a condition such as f(q(1)) = -3."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, handlers
from tutor.reasoning.symbolic.algebra import equations, expressions
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex

Result = tuple[sp.Basic | str, list[Step]]
FUNCTION_DEFINITION = re.compile(r"^\s*([a-zA-Z])\s*\(\s*([a-z])\s*\)\s*=\s*(.+)$", re.S)
INVERSE_MARK = r"\^\s*\{\s*-\s*1\s*\}|\^\s*-\s*1"


def inline_calls(src: str, name: str, x: sp.Symbol, body: sp.Basic) -> str:
    """Replace every call `name(arg)` in the LaTeX `src` by the body at that argument."""
    call = re.compile(rf"(?<![\\a-zA-Z]){name}\s*\(")
    for _ in range(8):
        m = call.search(src)
        if not m:
            return src
        end = handlers.closing_paren(src, m.end() - 1)
        arg = parse_latex(src[m.end():end])
        src = src[:m.start()] + "\\left(" + latex(body.subs(x, arg)) + "\\right)" + src[end + 1:]
    raise Decline("too many calls")


class Table:
    """Named one-variable functions; a body may call a function defined before it."""

    def __init__(self, defs: list[str], params: set[sp.Symbol] | None = None) -> None:
        self.f: dict[str, tuple[sp.Symbol, sp.Basic]] = {}
        self.params = params or set()
        raw = {}
        for d in defs:
            m = FUNCTION_DEFINITION.match(d.strip())
            if not m or m.group(1) in raw or m.group(1) == m.group(2):
                raise Decline("not a function definition")
            raw[m.group(1)] = (sp.Symbol(m.group(2)), m.group(3))
        for _ in range(len(raw)):
            for name, (x, body) in raw.items():
                if name in self.f:
                    continue
                src = body
                for other in raw:
                    if re.search(rf"(?<![\\a-zA-Z]){other}\s*\(", src):
                        if other not in self.f or other == name:
                            break
                        src = inline_calls(src, other, *self.f[other])
                else:
                    e = parse_latex(src)
                    if e.free_symbols - {x} - (params or set()):
                        raise Decline("definition has other letters")
                    self.f[name] = (x, e)
        if len(self.f) != len(raw):
            raise Decline("definitions not understood")

    def call(self, name: str, inverse: bool, arg: sp.Basic, steps: list[Step]) -> sp.Basic:
        x, body = self.f[name]
        if inverse:
            if arg.free_symbols:
                raise Decline("symbolic argument to an inverse")
            roots, _ = equations.solve_equation(sp.Eq(body, arg), x, over_reals=True)
            if len(roots) != 1:
                raise Decline("the inverse value is not unique")
            r = roots[0]
            claim = f"{expressions.shown(body, {x: r})} = {latex(arg)}"
            steps.append(step("solve for the input", f"${name}^{{-1}}({latex(arg)})$ is the "
                              f"input that ${name}$ sends to ${latex(arg)}$.",
                              f"Solving ${name}({latex(x)}) = {latex(arg)}$ gives "
                              f"${latex(x)} = {latex(r)}$: ${claim}$", claim))
            return r
        value = expressions.final_value(body.subs(x, arg))
        if value.free_symbols:
            value = sp.expand(body.subs(x, arg))
        if value.has(sp.zoo, sp.nan, sp.oo, -sp.oo) or value.free_symbols - self.params:
            raise Decline("undefined value")
        dot = {"mul_symbol": "dot"} if value.free_symbols else {}  # "a \\cdot 3", not "a 3"
        claim = f"{expressions.shown(body, {x: arg}, **dot)} = {latex(value)}"
        steps.append(step("substitute into the function", f"Replace ${latex(x)}$ by "
                          f"${latex(arg)}$ in the rule of ${name}$.",
                          f"${name}({latex(arg)}) = {claim}$" if not arg.free_symbols
                          else f"${claim}$", claim))
        return value

    def evaluate(self, query: str, steps: list[Step]) -> sp.Basic:
        """Evaluate calls from the innermost out, then the remaining arithmetic."""
        q = re.sub(r"\\(?:left|right)(?=[()])", "", query.strip())
        call = re.compile(r"(?<![\\a-zA-Z])([" + "".join(self.f) + r"])\s*((?:" + INVERSE_MARK +
                          r")?)\s*\(")
        for _ in range(12):
            found = handlers.innermost_call(call, q)
            if not found:
                break
            m, end = found
            arg = parse_latex(q[m.end():end])
            value = self.call(m.group(1), bool(m.group(2)), arg, steps)
            q = q[:m.start()] + "(" + latex(value) + ")" + q[end + 1:]
        if call.search(q):
            raise Decline("too many nested calls")
        return parse_latex(q)


def function_value(defs: list[str], query: str) -> Result:
    """f(g(2)), f^{-1}(a), t(g(16)) with t defined through g: innermost call first."""
    table = Table(defs)
    steps: list[Step] = []
    e = table.evaluate(query, steps)
    if e.free_symbols or not steps:
        raise Decline("unknowns left")
    value, more = expressions.evaluate_steps(e)
    if len(steps) > 1 and more:
        steps += more
    elif len(steps) > 1 and not (isinstance(e, sp.Number) or e.is_Atom):
        claim = f"{latex(e)} = {latex(value)}"
        steps.append(step("combine the values", "Put the pieces together.", f"${claim}$", claim))
    return value, steps


def constant_from_condition(defs: list[str], cond: str, unknown: str) -> Result:
    """"f(x) = x - 3, q(x) = bx + 1 and f(q(1)) = -3: find b": evaluate, then solve."""
    b = parse_latex(unknown)
    if not isinstance(b, sp.Symbol):
        raise Decline("unknown is not a letter")
    table = Table(defs, {b})
    m = re.match(r"^(.+?)=(.+)$", cond.strip(), re.S)
    if not m:
        raise Decline("the condition is not an equation")
    steps: list[Step] = []
    lhs = table.evaluate(m.group(1), steps)
    rhs = table.evaluate(m.group(2), steps)
    if not steps or (lhs - rhs).free_symbols != {b}:
        raise Decline("the condition does not fix the constant")
    eq = sp.Eq(sp.expand(lhs), rhs)
    roots, _ = equations.solve_equation(eq, b)
    if len(roots) != 1:
        raise Decline("not one value")
    r = roots[0]
    check = f"{expressions.shown(eq.lhs, {b: r})} = {latex(eq.rhs)}"
    steps.append(step("solve for the constant", "The condition is an equation in the "
                      "constant.", f"The condition reads ${latex(eq.lhs)} = {latex(eq.rhs)}$, "
                      f"so ${latex(b)} = {latex(r)}$. Check: ${check}$ ✓", check))
    return r, steps


def _invert_chain(body: sp.Expr, x: sp.Symbol, y: sp.Expr) -> sp.Expr | None:
    """x with body = y, when x occurs once under a chain of one-to-one steps (adding or
    multiplying by a constant, a positive constant base to the power, a logarithm, an odd
    power or its root), each undone in turn from the outside in; None otherwise."""
    if sum(1 for a in sp.preorder_traversal(body) if a == x) != 1:
        return None
    node = body
    while node != x:
        inner = [a for a in node.args if a.has(x)]
        if len(inner) != 1:
            return None
        rest = [a for a in node.args if not a.has(x)]
        if isinstance(node, sp.Add):
            y = y - sp.Add(*rest)
        elif isinstance(node, sp.Mul):
            y = y / sp.Mul(*rest)
        elif isinstance(node, sp.log) and len(node.args) == 1:
            y = sp.exp(y)
        elif isinstance(node, sp.log) and inner[0] is node.args[0]:  # log to a base
            if not (node.args[1].is_positive and node.args[1] != 1):
                return None
            y = node.args[1] ** y
        elif isinstance(node, sp.Pow) and inner[0] is node.exp:
            if not (node.base.is_positive and node.base != 1):
                return None
            y = sp.log(y) / sp.log(node.base)
        elif isinstance(node, sp.Pow) and node.exp.is_Rational and node.exp.p % 2 and \
                node.exp.q % 2:
            y = y ** (1 / node.exp)
        else:
            return None
        node = inner[0]
    return y


def inverse_formula(def_src: str) -> Result:
    """f^{-1}(x) for a one-to-one f given by a formula: solve y = f(x) for x."""
    table = Table([def_src])
    (name, (x, body)), = table.f.items()
    y = sp.Dummy("y")
    chain = _invert_chain(body, x, y) if body.has(x) else None
    if chain is not None:
        sols = [sp.expand_log(sp.simplify(chain), force=False)]
    elif not body.has(x) or not body.is_rational_function(x) or \
            sp.degree(sp.numer(sp.together(body)), x) > 1:
        raise Decline("not a one-to-one formula")
    else:
        sols = sp.solve(sp.Eq(body, y), x)
    if len(sols) != 1:
        raise Decline("not a one-to-one formula")
    inv = sp.simplify(sols[0].subs(y, x))
    back = sp.simplify(body.subs(x, inv))
    xr = sp.Symbol(x.name, real=True)  # log(2^x) = x log 2 needs x real
    if sp.simplify(back - x) != 0 and sp.simplify(
            sp.expand_log(back.subs(x, xr)) - xr) != 0:
        raise Decline("the inverse does not check")
    for t in (sp.Rational(7, 3), sp.Rational(41, 10)):  # f^{-1}(f(t)) = t where f(t) is real
        ft = body.subs(x, t)
        if ft.is_real and sp.N(ft, 30).is_finite:
            confirm.check(abs(sp.N(inv.subs(x, ft) - t, 30)) < 1e-20,
                          "the inverse takes f(t) back to t")
    claim = f"{expressions.shown(body, {x: inv})} = {latex(x)}"
    return inv, [step("swap and solve", f"Solve $y = {name}({latex(x)})$ for "
                      f"${latex(x)}$, then rename the variable.",
                      f"${name}^{{-1}}({latex(x)}) = {latex(inv)}$; check: ${claim}$", claim)]


