"""Task handlers: each takes the problem's maths and returns (answer, steps)."""

from __future__ import annotations

import re

import sympy as sp
from sympy.core.relational import Relational

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import equations, expressions, selections, systems
from tutor.reasoning.symbolic.calculus import rules as calculus
from tutor.reasoning.symbolic.model import Decline, Step, evaluated, latex, operand, step
from tutor.reasoning.symbolic.number_theory import bracket_sums, finite_sums, integers
from tutor.reasoning.symbolic.parsing import group_end, parse_latex
from tutor.reasoning.symbolic.spelled_maths import ORDINALS

Result = tuple[sp.Basic | str, list[Step]]


def _calculus(e: sp.Basic) -> Result | None:
    e = evaluated(e)
    if isinstance(e, sp.Derivative):
        return calculus.derivative(e)
    if isinstance(e, sp.Integral):
        return calculus.integral(e)
    if isinstance(e, sp.Limit):
        return calculus.limit(e)
    return None


def _fallback(src: str, value: sp.Basic, steps: list[Step]) -> list[Step]:
    if not steps:
        claim = f"{src} = {latex(value)}"
        steps = [step("evaluate", "Apply the definition of each symbol.", f"${claim}$", claim)]
    return steps


def evaluate(src: str, verb: str = "evaluate") -> Result:
    e = parse_latex(src)
    got = _calculus(e)
    if got is not None:
        return got
    if isinstance(e, Relational | sp.Tuple | sp.Set | sp.And):
        raise Decline("not an expression")
    bracket_sum = bracket_sums.value(e)  # floors over a range, added by runs
    if bracket_sum is not None:
        return bracket_sum
    long_sum = finite_sums.termwise(e)  # a telescoping sum of radicals, term by term
    if long_sum is not None:
        return long_sum
    if e.has(sp.Sum, sp.Product):
        if e.free_symbols:
            raise Decline("free letters in a sum")
        value = expressions.final_value(e)
        if not value.is_number or value.has(sp.Sum, sp.Product):
            raise Decline("sum not evaluated")
        if not confirm.value(e, value, "the sum"):  # e.g. infinite: nothing independent
            raise Decline("the sum's value could not be confirmed numerically")
        claim = f"{src} = {latex(value)}"
        return value, [step("evaluate the sum", "Use the formula for this kind of sum.",
                            f"${claim}$", claim)]
    if expressions.imaginary(e).free_symbols:
        if verb in ("simplify", "expand", "factor", "combine"):
            return _with_source(verb, evaluated(e), src)
        # "what is sin^2 x + cos^2 x": asked its value, which no letter changes
        value, steps = _with_source("simplify", evaluated(e), src)
        if not isinstance(value, sp.Basic) or value.free_symbols or not value.is_number:
            raise Decline("expression with unknowns")
        return value, steps
    if verb == "factor":
        raise Decline("factor a number: not handled")
    if verb == "combine":
        verb = "evaluate"
    value, steps = expressions.evaluate_steps(e)
    if isinstance(value, sp.Basic) and value.has(sp.asin, sp.acos, sp.atan, sp.acot):
        raise Decline("inverse trigonometric values left as they are")  # see inverse_values
    trig = value.atoms(sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc) if isinstance(
        value, sp.Basic) else set()  # "sin 30 + cos 60": degrees meant, or radians?
    if value == e and trig or any(t.args[0].is_Rational and t.args[0] != 0 for t in trig):
        raise Decline("nothing to evaluate: the trigonometric value as written")
    confirm.value(expressions.imaginary(e), value)
    return value, _fallback(src, value, steps)


def _with_source(verb: str, e: sp.Basic, src: str) -> Result:
    """Run the algebra, then show the first claim's left side as the problem wrote it."""
    fn = {"simplify": expressions.simplify_steps, "expand": expressions.expand_steps,
          "factor": expressions.factor_steps, "combine": expressions.combine_steps}[verb]
    value, steps = fn(e)
    if isinstance(value, sp.Basic):
        confirm.identity(e, value, {"simplify": "simplified form", "expand": "expansion",
                                    "factor": "factorisation"}.get(verb, "single fraction"))
    if steps and not re.search(r"\\(?:text|begin|left|right)|&", src):
        first = steps[0]
        for old in (f"${expressions.tex(e)} = ", f"${latex(sp.expand(e))} = "):
            if first.text.startswith(old):
                first.text = f"${src} = " + first.text[len(old):]
                first.latex = f"{src} = " + (first.latex or "")[len(old) - 1:]
                break
    return value, steps


def solve(src: str, var: str | None = None, pick: str | None = None) -> Result:
    e = evaluated(parse_latex(src))
    x = parse_latex(var) if var else None
    if x is not None and not isinstance(x, sp.Symbol):
        raise Decline("unknown is not a letter")
    if isinstance(e, sp.FiniteSet | sp.Tuple):
        return system([str(a) for a in e.args], parsed=list(e.args))
    if isinstance(e, Relational) and not isinstance(e, sp.Equality) or isinstance(e, sp.And):
        if pick:
            raise Decline("selection from an inequality")
        return systems.solve_inequality(e)
    # "the positive solution": only real solutions are meant, so non-real roots of a
    # polynomial do not make the question ambiguous
    roots, steps = equations.solve_equation(e, x, over_reals=pick in selections.KEEP)
    if pick in selections.KEEP:
        return selections.keep(roots, steps, pick)
    if pick in ("largest", "greatest"):
        roots = [max(roots, key=lambda r: float(r))]
    elif pick in ("smallest", "least"):
        roots = [min(roots, key=lambda r: float(r))]
    elif pick == "positive":
        roots = [r for r in roots if r.is_positive]
    elif pick == "sum":
        return sp.Add(*roots), steps + [_combine("add the solutions", roots, "+")]
    elif pick == "difference":
        if len(roots) != 2:
            raise Decline("a difference needs exactly two solutions")
        big, small = sorted(roots, key=lambda r: float(r), reverse=True)
        value = sp.simplify(big - small)
        claim = f"{latex(big)} - {operand(small)} = {latex(value)}"
        return value, steps + [step("subtract the solutions", "Larger minus smaller.",
                                    f"${claim}$", claim)]
    elif pick == "product":
        return sp.Mul(*roots), steps + [_combine("multiply the solutions", roots, "\\cdot")]
    elif pick == "one" and len(roots) != 1:
        raise Decline("the question expects one value")
    if not roots or (pick and len(roots) != 1):
        raise Decline("no solution with that property")
    return ", ".join(latex(r) for r in roots), steps


def _combine(rule: str, roots: list[sp.Basic], op: str) -> Step:
    value = sp.Add(*roots) if op == "+" else sp.Mul(*roots)
    claim = f" {op} ".join(operand(r) for r in roots) + f" = {latex(value)}"
    return step(rule, "Combine the solutions as asked.", f"${claim}$", claim)


def system(maths: list[str], parsed: list[sp.Basic] | None = None) -> Result:
    eqs = parsed if parsed is not None else [parse_latex(m) for m in maths]
    values, steps = systems.solve_system(eqs)
    return ", ".join(f"{latex(k)} = {latex(v)}" for k, v in values.items()), steps


def derivative(src: str, var: str | None = None) -> Result:
    f = evaluated(parse_latex(src))
    syms = f.free_symbols
    x = parse_latex(var) if var else (next(iter(syms)) if len(syms) == 1 else None)
    if not isinstance(x, sp.Symbol):
        raise Decline("which variable?")
    return calculus.derivative(sp.Derivative(f, x))


def integral(src: str, var: str | None = None) -> Result:
    f = evaluated(parse_latex(src))
    if isinstance(f, sp.Integral):
        return calculus.integral(f)
    syms = f.free_symbols
    x = parse_latex(var) if var else (next(iter(syms)) if len(syms) == 1 else None)
    if not isinstance(x, sp.Symbol):
        raise Decline("which variable?")
    return calculus.integral(sp.Integral(f, x))


def integral_between(src: str, low: str, high: str) -> Result:
    """"Integrate f from a to b": the definite integral in f's one letter."""
    f = evaluated(parse_latex(src))
    a, b = parse_latex(low), parse_latex(high)
    syms = f.free_symbols
    if len(syms) != 1 or not all(isinstance(v, sp.Expr) and v.is_number for v in (a, b)):
        raise Decline("one variable and two numbers for the ends")
    return calculus.integral(sp.Integral(f, (next(iter(syms)), a, b)))


_DEF = re.compile(r"^([a-zA-Z])\s*\(\s*([a-z])\s*\)\s*=\s*(.+)$", re.S)


def closing_paren(text: str, open_at: int) -> int:
    """Index of the ")" matching the "(" at `open_at`; Decline when there is none."""
    return group_end(text, open_at, "()")


def innermost_call(call: re.Pattern[str], q: str) -> tuple[re.Match[str], int] | None:
    """(match, end) of a call whose argument q[match.end():end] holds no other call."""
    for m in call.finditer(q):
        end = closing_paren(q, m.end() - 1)
        if not call.search(q[m.end():end]):
            return m, end
    return None


def functions(defs: list[str], query: str) -> Result:
    """Evaluate a combination of defined functions such as f(-2) + f(0) or g(f(5) - 1)."""
    table: dict[str, tuple[sp.Symbol, sp.Basic, str]] = {}
    for d in defs:
        m = _DEF.match(d.strip())
        if not m or m.group(1) in table:
            raise Decline("not a function definition")
        x = sp.Symbol(m.group(2))
        body = parse_latex(m.group(3))
        if body.free_symbols - {x}:
            raise Decline("definition has parameters")
        table[m.group(1)] = (x, body, m.group(3))
    steps: list[Step] = []
    q = query.strip()
    q = re.sub(r"\\(?:left|right)(?=[()])", "", q)
    call = re.compile(r"(?<![\\a-zA-Z])([" + "".join(table) + r"])\s*\(")
    whole = formulas_put_in(q, call, {name: (x, body) for name, (x, body, _) in table.items()})
    for _ in range(12):
        found = innermost_call(call, q)
        if not found:
            break
        m, end = found
        name, start = m.group(1), m.end()
        x, body, _src = table[name]
        arg = parse_latex(q[start:end])
        if arg.free_symbols:
            raise Decline("symbolic argument")
        value = expressions.final_value(body.subs(x, arg))
        if not value.is_number or value.has(sp.zoo, sp.nan) or not value.is_finite:
            raise Decline("undefined value")
        claim = f"{expressions.shown(body, {x: arg})} = {latex(value)}"
        steps.append(step("substitute into the function",
                          f"Replace ${latex(x)}$ by ${latex(arg)}$ in the rule.",
                          f"${name}({latex(arg)})$: ${claim}$, so "
                          f"${name}({latex(arg)}) = {latex(value)}$", claim))
        q = q[:m.start()].rstrip() + " (" + latex(value) + ")" + q[end + 1:]
        q = q.replace(f"{name} (", f"{name}(")
    if call.search(q):
        raise Decline("too many nested calls")
    e = parse_latex(q)
    if e.free_symbols:
        raise Decline("unknowns left")
    value, more = expressions.evaluate_steps(e)
    confirm.value(whole, value, "the value")
    if len(steps) > 1 or more:
        steps += more or [step("combine the values", "Add up the pieces.",
                               f"${q} = {latex(value)}$", f"{q} = {latex(value)}")]
    return value, steps


def formulas_put_in(q: str, call: re.Pattern[str],
                    formulas: dict[str, tuple[sp.Symbol, sp.Basic]],
                    real_only: bool = False) -> sp.Basic:
    """The query with every call replaced by its formula, unevaluated, as one expression:
    evaluated numerically, it confirms the value found call by call (`real_only`: a call
    whose value is not a real number declines)."""
    for _ in range(12):
        found = innermost_call(call, q)
        if found is None:
            return parse_latex(q)
        m, end = found
        x, body = formulas[m.group(1)]
        put = body.subs(x, parse_latex(q[m.end():end]), evaluate=False)
        if real_only and sp.N(put, 30).is_real is not True:
            raise Decline("a function value that is not a real number")
        q = q[:m.start()] + "\\left(" + latex(put, order="none") + "\\right)" + q[end + 1:]
    raise Decline("too many nested calls")


def substitute(expr_latex: str, assign_latex: str) -> Result:
    """Value of an expression when x = a."""
    e, a = parse_latex(expr_latex), parse_latex(assign_latex)
    if not (isinstance(a, sp.Equality) and isinstance(a.lhs, sp.Symbol) and a.rhs.is_number):
        raise Decline("not an assignment")
    if e.free_symbols != {a.lhs}:
        raise Decline("other unknowns")
    value, steps = expressions.evaluate_steps(e.subs(a.lhs, a.rhs))
    confirm.substituted(e, {a.lhs: a.rhs}, value)
    claim = f"{expressions.shown(e, {a.lhs: a.rhs})} = {latex(value)}"
    return value, steps[:0] + [step("substitute the value", f"Replace ${latex(a.lhs)}$ by "
                        f"${latex(a.rhs)}$ everywhere.", f"${claim}$", claim)]


def sequence(kind: str, terms_latex: str, which: str) -> Result:
    body = re.sub(r",?\s*\\(?:l|c)?dots\s*$|,?\s*\.\.\.\s*$", "", terms_latex.strip())
    if body == terms_latex.strip():
        raise Decline("expected a list ending in dots")
    terms = [parse_latex(t) for t in body.split(",")]
    if any(not t.is_number for t in terms):
        raise Decline("numeric terms only")
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", which)
    n = int(m.group(1)) if m else ORDINALS.get(which, 0)
    return integers.sequence_term(kind, terms, n)


def in_base(src: str, base: int) -> Result:
    """Arithmetic on numerals like 58_9 - 18_9, answered in the given base."""
    dec, _seen = integers.base_numerals(src)
    e = parse_latex(dec)
    value, steps = expressions.evaluate_steps(e)
    if not value.is_Integer:
        raise Decline("not an integer")
    claim = f"{src} = {dec} = {latex(value)}"
    steps = [step("convert to base 10", "Expand each numeral by place value.",
                  f"${claim}$ (in base 10)", "")] + steps[1:]
    digits, more = integers.to_base(int(value), base)
    return f"{digits}_{{{base}}}", steps + more
