"""Finite sums of many terms: written out, with `\\sum_{n=a}^{b}`, or with dots
(`t_1 + t_2 + \\cdots + t_N`).

A sum of radicals is simplified term by term (each term rationalised on its own), so a
telescoping sum such as the sum of 1/(sqrt n + sqrt(n+1)) collapses at once instead of
handing SymPy one huge expression to simplify. A sum with dots is read by its pattern:
the integers of the first two terms that change, change by a constant step, the last
term is the same pattern at a whole index, and the general term, read once with a
letter, gives back the first, second and last terms as written. Every value is
confirmed numerically by adding the terms with mpmath (`confirm.value`).
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm, tex
from tutor.reasoning.symbolic.model import Decline, Step, evaluated, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

MANY = 8  # a written-out sum with at least this many terms is added term by term
_MAX_TERMS = 2000


def _has_radical(e: sp.Basic) -> bool:
    return any(p.exp.is_Rational and not p.exp.is_Integer for p in e.atoms(sp.Pow))


def _tidy(term: sp.Basic) -> sp.Basic:
    """One term rationalised and simplified on its own."""
    return sp.radsimp(sp.together(term))


def _finite_terms(e: sp.Basic) -> list[sp.Basic] | None:
    if isinstance(e, sp.Add) and len(e.args) >= MANY:
        return list(e.args)
    if isinstance(e, sp.Sum) and len(e.limits) == 1:
        k, lo, hi = e.limits[0]
        if lo.is_Integer and hi.is_Integer and 0 <= int(hi) - int(lo) < _MAX_TERMS \
                and not e.function.free_symbols - {k}:
            return [e.function.subs(k, n) for n in range(int(lo), int(hi) + 1)]
    return None


def termwise(e: sp.Basic) -> Result | None:
    """The value of a long finite sum of radicals, term by term; None when not one."""
    if not _has_radical(e) or e.free_symbols:
        return None  # before listing the terms: a long sum of brackets lists slowly
    terms = _finite_terms(e)
    if terms is None:
        return None
    return _added(terms, e)


def _added(terms: list[sp.Basic], whole: sp.Basic) -> Result:
    tidy = [_tidy(t) for t in terms]
    value = sp.Add(*tidy)
    if len(value.args) > 6 or not value.is_number:
        raise Decline("the sum does not collapse")
    confirm.value(whole, value, "the sum")
    steps: list[Step] = []
    for t, v in list(zip(terms, tidy, strict=True))[:2]:
        if t != v:
            claim = f"{latex(t)} = {latex(v)}"
            steps.append(step("simplify each term", "Rationalise the denominator of each term "
                              "on its own.", f"${claim}$", claim))
    shown = " + ".join(f"\\left({latex(v)}\\right)" for v in tidy[:2])
    claim = f"{shown} + \\cdots + \\left({latex(tidy[-1])}\\right) = {latex(value)}"
    steps.append(step("add the terms", "Neighbouring terms cancel: only the ends are left."
                      if len(value.args) < len(tidy) else "Add the simplified terms.",
                      f"${claim}$", claim))
    return value, steps


_DOTS = re.compile(r"\s*\+\s*\\(?:c|l)?dots[bc]?\s*\+\s*|\s*\+\s*\.\.\.\s*\+\s*")
_INT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")  # a whole number or a decimal
# a product with dots: `3 \times 13 \times \cdots \times 193`
PRODUCT_DOTS = re.compile(r"\s*(?:\\times|\\cdot)\s*\\(?:c|l)?dots[bc]?\s*(?:\\times|\\cdot)\s*")
_TIMES = re.compile(r"\\(?:times|cdot)(?![a-zA-Z])")


def terms_of(part: str, product: bool = False) -> list[str]:
    """Top-level `+`-separated terms (a `-` at top level: Decline), or the top-level
    factors of a product (`\\times`, `\\cdot`)."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(part):
        c = part[i]
        depth += {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}.get(c, 0)
        if depth == 0 and c == "-" and i > 0:
            raise Decline("a sum with minus signs between terms")
        times = _TIMES.match(part, i) if product and depth == 0 else None
        if times or depth == 0 and c == "+" and not product:
            out.append(part[start:i])
            i = times.end() if times else i + 1
            start = i
            continue
        i += 1
    out.append(part[start:])
    return [o.strip() for o in out if o.strip()]


def _doubling_too(a: list[Fraction], b: list[Fraction], z: list[Fraction],
                 varying: list[int]) -> bool:
    """True when each changing integer could also grow by a constant ratio to its last
    value in the same number of steps (`2 + 4 + ... + 1024`: a step of 2 or doubling?)."""
    steps = set()
    for i in varying:
        if a[i] == 0 or b[i] % a[i] or b[i] // a[i] < 2:
            return False
        r, k, v = b[i] // a[i], 1, b[i]
        while v < z[i]:
            v, k = v * r, k + 1
        if v != z[i]:
            return False
        steps.add(k)
    return len(steps) == 1


def _tex(q: Fraction) -> str:
    return str(q) if q.denominator == 1 else f"\\frac{{{q.numerator}}}{{{q.denominator}}}"


def _powers_written(head: list[str]) -> list[str]:
    """`1 + 7 + 7^2`, `7 + 7^2 + 7^3`: the first powers of 7 written plainly, given their
    exponents (7^0, 7^1) so the terms share one pattern; only when the square of the same
    integer follows them."""
    braced = [tex.braced(t) for t in head]
    for i in range(len(braced) - 1):
        m = re.fullmatch(r"(\d+)\^\{2\}", braced[i + 1])
        if m is None or braced[i] != m.group(1) or int(m.group(1)) < 2:
            continue
        if i == 0:
            return [f"{m.group(1)}^{{1}}", *braced[1:]]
        if i == 1 and braced[0] == "1":
            return [f"{m.group(1)}^{{0}}", f"{m.group(1)}^{{1}}", *braced[2:]]
    return head


def pattern(src: str, product: bool = False, most: int = _MAX_TERMS
            ) -> tuple[sp.Basic, sp.Symbol, int]:
    """`t_1 + t_2 + \\cdots + t_N` (or `t_1 \\times t_2 \\times \\cdots \\times t_N` when
    `product`) as its general term f(n), n and the number of terms (term k is f(k - 1));
    every written term is checked against f."""
    pieces = (PRODUCT_DOTS if product else _DOTS).split(src)
    if len(pieces) != 2:
        raise Decline("one ellipsis in the sum")
    head, tail = _powers_written(terms_of(pieces[0], product)), terms_of(pieces[1], product)
    if len(head) < 2 or not 1 <= len(tail) <= 3:
        raise Decline("two terms before the dots and one to three after")
    first, second, last = (tex.braced(t) for t in (head[0], head[1], tail[-1]))
    skeleton = _INT.sub("#", first)
    if _INT.sub("#", second) != skeleton or _INT.sub("#", last) != skeleton:
        raise Decline("the terms do not share one pattern")
    a, b, z = ([Fraction(x) for x in _INT.findall(t)] for t in (first, second, last))
    varying = [i for i in range(len(a)) if a[i] != b[i]]
    if not varying:
        raise Decline("nothing changes from term to term")
    index = {(z[i] - a[i]) // (b[i] - a[i]) for i in varying
             if (z[i] - a[i]) % (b[i] - a[i]) == 0}
    if len(index) != 1 or any((z[i] - a[i]) % (b[i] - a[i]) for i in varying) or any(
            a[i] != z[i] for i in range(len(a)) if i not in varying):
        raise Decline("the last term is not the pattern at a whole index")
    count = int(index.pop()) + 1
    if len(head) == 2 and _doubling_too(a, b, z, varying):
        raise Decline("two terms before the dots read as well by a constant ratio")
    if not len(head) + len(tail) <= count <= most:
        raise Decline("too many or too few terms")
    n = sp.Symbol("n", integer=True, nonnegative=True)
    it = iter(range(len(a)))

    def general(m: re.Match[str]) -> str:
        i = next(it)
        return m.group(0) if i not in varying else f"({_tex(a[i])} + {_tex(b[i] - a[i])} n)"

    f = parse_latex(_INT.sub(general, first)).subs(sp.Symbol("n"), n)
    for k, written in ((0, first), (1, second), (count - 1, last)):
        if sp.simplify(f.subs(n, k) - parse_latex(written)) != 0:
            raise Decline("the general term does not give back a written term")
    written_at = [*enumerate(head[2:], start=2),
                  *enumerate(tail[:-1], start=count - len(tail))]
    for k, written in written_at:
        if sp.simplify(f.subs(n, k) - parse_latex(written)) != 0:
            raise Decline("a written term breaks the pattern")
    return f, n, count


MANY_TERMS = 10_000  # a sum read only for its digits or remainder may have this many terms
_BITS = 10**8  # and at most about this many binary digits in all


def integer_terms(f: sp.Basic, n: sp.Symbol, count: int) -> list[int]:
    """The terms f(0), ..., f(count - 1) as Python integers: SymPy's substitution for a few
    thousand terms; more are computed from the formula compiled to Python arithmetic, with
    the first, middle and last terms checked against SymPy's value."""
    if count <= _MAX_TERMS:
        terms = [f.subs(n, k) for k in range(count)]
        if not all(t.is_Integer for t in terms):
            raise Decline("a sum of terms that are not all integers")
        return [int(t) for t in terms]
    fast = sp.lambdify(n, f, modules=[{}, "math"])
    last = fast(count - 1)
    if type(last) is not int or last.bit_length() * count > _BITS:
        raise Decline("too many large terms to add")
    out = [fast(k) for k in range(count)]
    if not all(type(t) is int for t in out):
        raise Decline("a sum of terms that are not all integers")
    for k in sorted({0, 1, count // 2, count - 1}):
        if f.xreplace({n: sp.Integer(k)}) != out[k]:
            raise Decline("two ways of computing a term disagree")
    return out


def signed_terms(src: str, dots: re.Pattern[str]
                 ) -> tuple[list[tuple[int, str]], list[tuple[int, str]], int] | None:
    """Signed terms before and after the dots (`dots`: how the reader writes them), and the
    sign written just before them (+1 or -1); None when the sum is not written so."""
    m = re.fullmatch(r"(?P<h>.*?)(?P<op>[+-])\s*(?:" + dots.pattern + r")\s*(?P<t>[+-].*)",
                     src, flags=re.S)
    if m is None:
        return None
    head, tail = _split_signed(m.group("h")), _split_signed(m.group("t"))
    if head is None or tail is None or len(head) < 2:
        return None
    return head, tail, 1 if m.group("op") == "+" else -1


def _split_signed(part: str) -> list[tuple[int, str]] | None:
    out, depth, sign, start = [], 0, 1, 0
    part = part.strip()
    if part.startswith("-") or part.startswith("+"):
        sign, part = (-1 if part[0] == "-" else 1), part[1:]
    for i, c in enumerate(part):
        depth += {"{": 1, "(": 1, "}": -1, ")": -1}.get(c, 0)
        if depth == 0 and c in "+-" and i > start:
            prev = part[start:i].strip()
            if prev.endswith(("^", "_", "{", "(")):
                return None
            out.append((sign, prev))
            sign, start = (1 if c == "+" else -1), i + 1
    out.append((sign, part[start:].strip()))
    return out if all(t for _, t in out) else None


_GEOMETRIC_DOTS = re.compile(r"\\(?:c|l)?dots[bc]?|\.\.\.")


_SMALL_POWER = 64  # a written power of a number is worked out when its exponent is at most this


def _small_power(p: sp.Pow) -> bool:
    """A power of a number (or of such a power: 1/3^2) with a small whole exponent."""
    base = p.base.base if isinstance(p.base, sp.Pow) else p.base
    return bool(base.is_Rational and p.exp.is_Integer and abs(int(p.exp)) <= _SMALL_POWER)


def _signed_numbers(terms: list[tuple[int, str]]) -> list[Fraction] | None:
    """Signed terms as fractions, when every one is a rational number (`\\frac{2^3}{3^3}`
    is 8/27: powers of numbers with small whole exponents are worked out)."""
    out: list[Fraction] = []
    for sign, term in terms:
        v = parse_latex(term)
        powers = v.atoms(sp.Pow)
        if powers and v.is_number and all(_small_power(p) for p in powers):
            v = evaluated(v)
        if not isinstance(v, sp.Rational):
            return None
        out.append(Fraction(int(v.p), int(v.q)) * sign)
    return out


def geometric_dotted(src: str) -> Result | None:
    """`3 + 6 + 12 + \\cdots + 384` or `1 - 2 + 4 - \\cdots + 256`: numbers with a constant
    ratio, at least three written before the dots (two could also be a constant step).
    None when the sum is not one. The value is the terms added exactly one by one, and
    must agree with the formula a (r^N - 1) / (r - 1)."""
    signed = signed_terms(src, _GEOMETRIC_DOTS) if len(_GEOMETRIC_DOTS.findall(src)) == 1 else None
    if signed is None:
        return None
    head, tail = _signed_numbers(signed[0]), _signed_numbers(signed[1])
    if not head or not tail or len(head) < 3 or len(tail) > 3 or 0 in head:
        return None
    r = head[1] / head[0]
    if abs(r) == 1 or any(head[i + 1] != head[i] * r for i in range(len(head) - 1)):
        return None
    terms = list(head)
    growing = abs(r) > 1
    while len(terms) < _MAX_TERMS and (abs(terms[-1]) < abs(tail[-1]) if growing
                                       else abs(terms[-1]) > abs(tail[-1])):
        terms.append(terms[-1] * r)
    if (len(terms) < len(head) + len(tail) or terms[-len(tail):] != tail
            or (1 if terms[len(head)] > 0 else -1) != signed[2]):
        raise Decline("the terms after the dots do not continue the ratio")
    sign = "+" if signed[2] > 0 else "-"
    value = sum(terms, Fraction(0))
    a, n = terms[0], len(terms)
    by_formula = a * (r ** n - 1) / (r - 1)
    confirm.check(value == by_formula, "adding the terms one by one gives the formula's value")
    a_, r_, v_ = (sp.Rational(x.numerator, x.denominator) for x in (a, r, value))
    claim = (f"\\frac{{{latex(a_)} \\left(\\left({latex(r_)}\\right)^{{{n}}} - 1\\right)}}"
             f"{{{latex(r_)} - 1}} = {latex(v_)}")
    return v_, [
        step("find the ratio", f"Each term is ${latex(r_)}$ times the one before ({sign} at the "
             f"dots); the last is term {n}.", f"${n}$ terms with ratio ${latex(r_)}$", ""),
        step("use the geometric sum formula", "A geometric sum of n terms is "
             "a(r^n - 1)/(r - 1).", f"${claim}$", claim)]


def dotted(src: str) -> Result:
    """The value of `t_1 + t_2 + \\cdots + t_N` read by its pattern."""
    try:
        f, n, count = pattern(src)
    except Decline:
        geometric = geometric_dotted(src)
        if geometric is None:
            raise
        return geometric
    terms = [f.subs(n, k) for k in range(count)]
    whole = sp.Sum(f, (n, 0, count - 1))
    general_term = step("find the pattern", f"The sum has {count} terms; term $n$ "
                   f"(from $n = 0$) is ${latex(f)}$.",
                   f"${latex(whole)}$ has {count} terms", "")
    if _has_radical(f):
        value, steps = _added(terms, whole)
        return value, [general_term, *steps]
    value = sp.simplify(sp.Add(*terms))
    if not value.is_number:
        raise Decline("the sum has no value")
    confirm.value(whole, value, "the sum")
    claim = f"{latex(whole)} = {latex(value)}"
    return value, [general_term, step("add the terms", "Add them (or use the formula for the "
                                 "sum).", f"${claim}$", claim)]


_ASK = re.compile(r"(?:(?:what is|find|compute|evaluate|calculate|determine|simplify)"
                  r"(?: the (?:exact )?value of| the sum(?: of)?(?: the (?P<kind>arithmetic|"
                  r"geometric) (?:series|progression))?)?:? )?@0@")  # "Compute: ..."
_VOCAB = frozenset("what is find compute evaluate calculate determine simplify value exact "
                   "sum of arithmetic geometric series progression".split())


def read(split: Split, template: str) -> Result | None:
    """"Compute 1/(1·2) + 1/(2·3) + ··· + 1/(49·50)": a sum written with dots; "the sum of
    the arithmetic series 2 + 5 + ... + 101" when its terms are of the kind said."""
    if len(split.maths) != 1 or not re.search(r"\\(?:c|l)?dots|\.\.\.", split.maths[0]):
        return None
    if not words_within(template, _VOCAB) or not (m := _ASK.fullmatch(template.rstrip(" .?"))):
        return None
    if m.group("kind") and not _of_kind(split.maths[0], m.group("kind")):
        raise Decline(f"the terms are not those of the {m.group('kind')} series said")
    return dotted(split.maths[0])


def _of_kind(src: str, kind: str) -> bool:
    """Whether the terms' pattern is arithmetic (linear in n) or geometric (a fixed ratio)."""
    try:
        f, n, _count = pattern(src)
    except Decline:
        return kind == "geometric" and geometric_dotted(src) is not None
    if kind == "arithmetic":
        return f.is_polynomial(n) and sp.degree(f, n) <= 1
    ratio = sp.simplify(f.subs(n, n + 1) / f)
    return ratio.is_number and ratio != 0


__all__ = ["MANY_TERMS", "dotted", "integer_terms", "pattern", "read", "terms_of", "termwise"]
