"""Number theory and sequences: gcd/lcm, remainders, digits, bases, divisors, terms."""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import evaluate_steps, shown
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.number_theory.power_remainders import (
    cycle_remainder,
    power_remainder,
)
from tutor.reasoning.symbolic.parsing import parse_latex


def integer(src: str) -> int:
    v = parse_latex(src)
    if not v.is_Integer:
        v = sp.simplify(v)
    if not v.is_Integer:
        raise Decline("not an integer")
    return int(v)


def _factor_tex(n: int) -> str:
    f = sp.factorint(n)
    return " \\cdot ".join(f"{p}^{{{k}}}" if k > 1 else str(p) for p, k in sorted(f.items()))


_FACTOR_LIMIT = 10**18  # factorint is instant below this; above it, it can run for minutes


def gcd_lcm(kind: str, nums: list[int]) -> tuple[sp.Basic, list[Step]]:
    if len(nums) < 2 or any(n <= 0 for n in nums):
        raise Decline("gcd/lcm of positive integers only")
    if max(nums) >= _FACTOR_LIMIT:
        raise Decline("numbers too large to factor into primes step by step")
    steps = [step("prime factorisation", "Write each number as a product of primes.",
                  f"${n} = {_factor_tex(n)}$", f"{n} = {_factor_tex(n)}") for n in nums]
    args = ", ".join(map(str, nums))
    if kind == "gcd":
        v = sp.gcd(nums)
        rule, hint, name = ("take the lowest powers", "Keep each common prime to its lowest power.",
                            "\\gcd")
    else:
        v = sp.lcm(nums)
        rule, hint, name = ("take the highest powers", "Keep every prime to its highest power.",
                            "\\operatorname{lcm}")
    if kind == "gcd":
        shown = ", ".join(f"${n} = {v} \\cdot {n // v}$" for n in nums)
    else:
        shown = ", ".join(f"${v} = {n} \\cdot {v // n}$" for n in nums)
    steps.append(step(rule, hint, f"${name}({args}) = {v}$: {shown}", f"{name}({args}) = {v}"))
    v = int(v)
    if kind == "gcd":
        confirm.check(all(n % v == 0 for n in nums) and math.gcd(*(n // v for n in nums)) == 1,
                      "the gcd divides every number and leaves coprime quotients")
    else:
        confirm.check(all(v % n == 0 for n in nums) and math.gcd(*(v // n for n in nums)) == 1,
                      "every number divides the lcm and the quotients are coprime")
    return sp.Integer(v), steps


def _division_variable(a: sp.Basic, b: sp.Basic) -> sp.Symbol:
    """The one variable of a polynomial division a / b (b not constant), or Decline."""
    syms = a.free_symbols | b.free_symbols
    if len(syms) != 1:
        raise Decline("polynomials in one variable only")
    x = next(iter(syms))
    if x == sp.Symbol("i"):  # "divide 3 + 2i by 1 + i": complex numbers, not polynomials
        raise Decline("i is the imaginary unit")
    if not (a.is_polynomial(x) and b.is_polynomial(x)) or sp.degree(b, x) < 1:
        raise Decline("not polynomials")
    return x  # type: ignore[return-value]


_WRITTEN_OUT = 12  # digits of a power worth writing out before dividing (a teacher would)


def remainder(a_tex: str, m_tex: str) -> tuple[sp.Basic, list[Step]]:
    """Remainder of an integer expression, or of a polynomial by a polynomial."""
    named = re.fullmatch(r"\s*[A-Za-z]\s*\(\s*([a-z])\s*\)\s*=(.+)", a_tex)  # p(x) = ...
    a, m = parse_latex(named.group(2) if named else a_tex), parse_latex(m_tex)
    if named and a.free_symbols | m.free_symbols != {sp.Symbol(named.group(1))}:
        raise Decline("a polynomial named in one variable and divided by one in it")
    if a.free_symbols or m.free_symbols:
        x = _division_variable(a, m)
        if sp.degree(m, x) == 1:
            r0 = sp.solve(m, x)[0]
            value = sp.expand(a.subs(x, r0))
            _, by_division = sp.div(sp.expand(a), sp.expand(m), x)
            confirm.check(sp.expand(by_division - value) == 0,
                          "long division leaves the same remainder as the remainder theorem")
            claim = f"{shown(a, {x: r0})} = {latex(value)}"
            return value, [step("use the remainder theorem",
                                f"The remainder on dividing by ${latex(m)}$ is the value at "
                                f"${latex(x)} = {latex(r0)}$.", f"${claim}$", claim)]
        q, r = sp.div(sp.expand(a), sp.expand(m), x)
        confirm.identity(a, m * q + r, "division")  # a = m q + r at random points
        confirm.check(sp.degree(r, x) < sp.degree(m, x),
                      "the remainder has a lower degree than the divisor")
        claim = f"{latex(sp.expand(a))} = ({latex(m)})({latex(q)}) + {latex(r)}"
        return r, [step("polynomial long division", "Divide the leading terms repeatedly.",
                        f"${claim}$", claim)]
    if isinstance(a, sp.Pow) and a.base.is_Integer and a.exp.is_Integer and m.is_Integer \
            and a.base > 0 and m > 1 and a.exp * len(str(a.base)) > _WRITTEN_OUT:
        return pow_mod(int(a.base), int(a.exp), int(m))  # never the power written out
    value, steps = evaluate_steps(a) if not a.is_Integer else (a, [])
    mod = int(m)
    if not value.is_Integer or mod <= 0:
        raise Decline("integer remainder only")
    n = int(value)
    q, r = divmod(n, mod)
    claim = f"{n} = {mod} \\cdot {q} + {r}"
    steps.append(step("divide with remainder", f"How many times does {mod} go into {n}?",
                      f"${claim}$", claim))
    confirm.check(0 <= r < mod and (n - r) % mod == 0,
                  "the remainder is below the divisor and the rest is a multiple of it")
    return sp.Integer(r), steps


def remainder_cycle(base: int, mod: int) -> tuple[list[int], int]:
    """The remainders of base, base^2, ... modulo mod up to the first repeat, and the index
    from which they repeat."""
    cycle: list[int] = []
    seen: dict[int, int] = {}
    v = base % mod
    while v not in seen:
        seen[v] = len(cycle)
        cycle.append(v)
        v = v * base % mod
    return cycle, seen[v]


def cycle_index(cycle: list[int], start: int, exp: int) -> int:
    """Where base^exp (exp >= 1) falls in `cycle` from `remainder_cycle`: cycle[index] is
    its remainder."""
    idx = exp - 1
    return idx if idx < len(cycle) else start + (idx - start) % (len(cycle) - start)


def factorial_mod(n: int, mod: int) -> int:
    """n! mod `mod`, reducing as it goes (0 once n reaches the modulus)."""
    if n >= mod:
        return 0
    out = 1 % mod
    for k in range(2, n + 1):
        out = out * k % mod
    return out


def pow_mod(base: int, exp: int, mod: int) -> tuple[sp.Basic, list[Step]]:
    """Last digit / remainder of a power: directly when small, else via the cycle."""
    r = pow(base, exp, mod)
    if exp * len(str(abs(base))) <= _WRITTEN_OUT:
        n = base**exp
        claim = f"{base}^{{{exp}}} = {n} = {mod} \\cdot {n // mod} + {r}"
        return sp.Integer(r), [step("compute the power", "Multiply it out, then divide.",
                                    f"${claim}$", claim)]
    by_one = power_remainder(base, exp, mod)
    if by_one is not None:
        return by_one
    cycle, start = remainder_cycle(base, mod)
    return cycle_remainder(base, exp, mod, cycle, start)


def divisor_count(n: int) -> tuple[sp.Basic, list[Step]]:
    if n <= 0:
        raise Decline("positive integers only")
    f = sp.factorint(n)
    prod = " \\cdot ".join(f"({k} + 1)" for k in f.values())
    v = sp.divisor_count(n)
    trial = confirm.divisors_by_trial(n)
    if trial is not None:
        confirm.check(trial == v, "counting the divisors one by one gives the same number")
    return sp.Integer(v), [
        step("prime factorisation", "Write the number as a product of prime powers.",
             f"${n} = {_factor_tex(n)}$", f"{n} = {_factor_tex(n)}"),
        step("count the divisors", "Each exponent can be chosen from 0 up to its value.",
             f"${prod} = {v}$", f"{prod} = {v}"),
    ]


# the digits of bases up to 36, in order (one table for every reader of numerals)
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def from_base(digits: str, base: int) -> int:
    if not 2 <= base <= 36 or any(DIGITS.index(d.upper()) >= base for d in digits):
        raise Decline("not a valid numeral")
    return int(digits, base)


def to_base(n: int, base: int) -> tuple[str, list[Step]]:
    if n < 0 or not 2 <= base <= 36:
        raise Decline("non-negative integers, bases 2-36")
    steps, m, digits = [], n, ""
    while True:
        q, r = divmod(m, base)
        steps.append(f"{m} = {base} \\cdot {q} + {r}")
        digits = DIGITS[r] + digits
        m = q
        if m == 0:
            break
    confirm.check(from_base(digits, base) == n, "reading the digits back gives the number")
    # the remainders read bottom-up, a claim the checker confirms by place value
    read = f"{n} = {digits}_{{{base}}}"
    text = "$" + "$, $".join(steps[:8]) + f"$; read bottom-up, ${read}$"
    out = [step("divide repeatedly by the base",
                f"Divide by {base} and keep the remainders; read them bottom-up.", text,
                "; ".join([*steps[:8], read]))]
    return digits, out


_NUMERAL = re.compile(r"(\w+)_\{?(\d+)\}?")


def base_numerals(src: str) -> tuple[str, int | None]:
    """Replace `58_9` numerals by decimal values; return the new LaTeX and the base seen."""
    bases: set[int] = set()

    def sub(m: re.Match[str]) -> str:
        base = int(m.group(2))
        bases.add(base)
        return str(from_base(m.group(1), base))

    out = _NUMERAL.sub(sub, src)
    return out, (bases.pop() if len(bases) == 1 else None)


def sequence_term(kind: str, terms: list[sp.Basic], n: int) -> tuple[sp.Basic, list[Step]]:
    """n-th term of an arithmetic or geometric sequence given by its first terms."""
    if len(terms) < 3 or n < 1:
        raise Decline("need at least three terms")
    a = terms[0]
    if kind == "arithmetic":
        d = terms[1] - terms[0]
        if any(terms[k + 1] - terms[k] != d for k in range(len(terms) - 1)):
            raise Decline("not arithmetic")
        value = a + (n - 1) * d
        rule = (f"a_n = a_1 + (n-1)d = {latex(a)} + ({n} - 1) \\cdot {latex(d)} = "
                f"{latex(value)}")
        first = f"d = {latex(terms[1])} - {latex(terms[0])} = {latex(d)}"
        calc = f"{latex(a)} + {n - 1} \\cdot {latex(d)} = {latex(value)}"
        names = ("find the common difference", "apply the n-th term formula")
    else:
        if a == 0:
            raise Decline("zero first term")
        r = sp.nsimplify(terms[1] / terms[0])
        if any(sp.simplify(terms[k + 1] - terms[k] * r) != 0 for k in range(len(terms) - 1)):
            raise Decline("not geometric")
        value = sp.nsimplify(a * r ** (n - 1))
        rule = (f"a_n = a_1 r^{{n-1}} = {latex(a)} \\cdot "
                f"\\left({latex(r)}\\right)^{{{n - 1}}} = {latex(value)}")
        first = f"r = \\frac{{{latex(terms[1])}}}{{{latex(terms[0])}}} = {latex(r)}"
        calc = f"{latex(a)} \\cdot \\left({latex(r)}\\right)^{{{n - 1}}} = {latex(value)}"
        names = ("find the common ratio", "apply the n-th term formula")
    return value, [step(names[0], "Compare consecutive terms.", f"${first}$", first),
                   step(names[1], "Count how many steps from the first term.",
                        f"Using ${rule.split(' = ')[0]} = {rule.split(' = ')[1]}$: ${calc}$",
                        calc)]


def quotient(a_src: str, b_src: str) -> tuple[sp.Basic, list[Step]]:
    """Quotient of polynomial long division in one variable."""
    a, b = parse_latex(a_src), parse_latex(b_src)
    x = _division_variable(a, b)
    q, r = sp.div(sp.expand(a), sp.expand(b), x)
    confirm.identity(a, b * q + r, "division")  # a = b q + r at random points
    confirm.check(sp.degree(r, x) < sp.degree(b, x),
                  "the remainder has a lower degree than the divisor")
    rest = f" - {latex(-r)}" if r.is_number and r < 0 else f" + {latex(r)}"
    claim = (f"{latex(sp.expand(a))} = \\left({latex(b)}\\right)\\left({latex(q)}\\right)"
             + rest)
    return q, [step("polynomial long division",
                    "Divide the leading terms, multiply back, subtract, repeat.",
                    f"${claim}$, so the quotient is ${latex(q)}$ and the remainder ${latex(r)}$",
                    claim)]
