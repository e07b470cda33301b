"""The pattern of a sum (or product) written with dots: `t_1 + t_2 + \\cdots + t_N`.

The integers of the first two terms that change, change by a constant step, the last term
is the same pattern at a whole index, and the general term, read once with a letter, gives
back the first, second and last terms (and every other written term) as written. Also: the
terms as Python integers (many thousands of them, for digit and remainder questions) and
the signed terms of a sum written with minus signs.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import tex
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import parse_latex

MAX_TERMS = 2000  # a sum read for its value has at most this many terms

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


def _skeleton(term: str) -> str:
    """A term with its numbers as `#` and its spaces dropped: `99 \\cdot 100` is written as
    `1\\cdot 2` is (the general term is still checked against every written term)."""
    return re.sub(r"\s+", "", _INT.sub("#", term))


def pattern(src: str, product: bool = False, most: int = MAX_TERMS
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
    skeleton = _skeleton(first)
    if _skeleton(second) != skeleton or _skeleton(last) != skeleton:
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
    if count <= MAX_TERMS:
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



__all__ = ["MANY_TERMS", "MAX_TERMS", "PRODUCT_DOTS", "integer_terms", "pattern", "signed_terms",
           "terms_of"]
