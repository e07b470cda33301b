"""How many solutions a linear equation has in positive (or nonnegative) integers: "How
many ordered pairs of positive integers $(x,y)$ satisfy $x + y = 12$?", "How many solutions
in nonnegative integers does $x + y + z = 8$ have?", "... satisfy $2m + 3n = 30$".

Only an equation a1 x1 + ... + ak xk = N with positive whole coefficients is read, so the
solutions are finitely many; whether 0 is allowed must be said ("positive", "nonnegative").
Counted place by place (the number of ways to make each total with the first letters);
confirmed by listing the solutions (when few enough) or, with every coefficient 1, by stars
and bars. An equation of higher degree with positive coefficients ("$xy = 144$",
"$x^2 + 3y = 40$") in positive integers is read by `solution_products`.
An equation in fractions ("$\\frac1a + \\frac1b = \\frac16$") is cleared of its denominators
and goes to `factored_solutions` the same way; solutions that make a denominator 0 are
dropped. The letters may be declared first ("If $a$ and $b$ are positive integers with $ab = 90$,
how many ordered pairs $(a, b)$ are there?") and a given factorisation ("The prime
factorization of 2007 is ...") is checked and set aside.
"""

from __future__ import annotations

import re
from itertools import product
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory import factored_solutions, solution_products
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_KIND = r"(?P<kind>positive|nonnegative|non-negative|non negative)"
_HOW_MANY = r"(?:how many |(?:find |what is |determine |compute |give )?the number of )"
_ASKS = [
    re.compile(r"how many (?:distinct )?(?:ordered )?(?:pairs|triples|quadruples) "
               r"(?:@(?P<t>\d+)@ )?of " + _KIND + r" integers(?: @(?P<t2>\d+)@)? (?:satisfy|solve|"
               r"are solutions (?:of|to)) (?:the equation )?@(?P<eq>\d+)@"),
    re.compile(r"how many (?:solutions|ordered solutions) in " + _KIND + r" integers (?:does|do) "
               r"(?:the equation )?@(?P<eq>\d+)@ have"),
    re.compile(r"how many " + _KIND + r" integer solutions (?:does|do) (?:the equation )?"
               r"@(?P<eq>\d+)@ have"),
    re.compile(r"how many " + _KIND + r" integer solutions (?:are there )?(?:to|for|of) (?:the "
               r"equation )?@(?P<eq>\d+)@"),
    # "find the number of ordered pairs (x, y) of positive integers such that E"
    re.compile(_HOW_MANY + r"(?:distinct |different )?(?:ordered )?(?:pairs|triples|quadruples) "
               r"(?:@(?P<t>\d+)@ )?of " + _KIND + r" integers(?: @(?P<t2>\d+)@)? (?:are there |"
               r"exist )?(?:such that|with|for which|that satisfy|satisfying|that solve) (?:the "
               r"equation )?@(?P<eq>\d+)@(?: (?:holds|is true))?"),
    # "if x and y are positive integers with E, how many ordered pairs (x, y) are there"
    re.compile(r"(?:if|given that|suppose that|suppose) (?P<decl>@\d+@(?:(?:,|, and| and) @\d+@)+)"
               r",? are (?:both |all )?" + _KIND + r" integers (?:such that|with|satisfying|that "
               r"satisfy|and) @(?P<eq>\d+)@[,.;]? (?:then )?" + _HOW_MANY
               + r"(?:distinct |different |possible )?(?:ordered[ -]pairs?|ordered[ -]triples?|"
               r"ordered[ -]pair solutions|"
               r"solutions)(?: @(?P<t>\d+)@)? (?:are there|are possible|exist|can there be|does "
               r"(?:it|the equation) have)"),
    # "given the equation E, where a and b are positive integers, how many ordered-pair
    # solutions (a, b) exist"
    re.compile(r"(?:given|consider|for) the equation @(?P<eq>\d+)@,? where (?P<decl>@\d+@(?:(?:,|"
               r", and| and) @\d+@)+) are (?:both |all )?" + _KIND + r" integers[,.;]? "
               + _HOW_MANY + r"(?:distinct |different |possible )?(?:ordered[ -]pairs?|ordered[ "
               r"-]triples?|ordered[ -]pair solutions|solutions)(?: @(?P<t>\d+)@)? (?:are there|"
               r"are possible|exist|does (?:it|the equation) have)"),
]
# "The prime factorization of 2007 is $3^2 \cdot 223$." said before the question
_FACT = re.compile(r"the prime factori[sz]ation of @(\d+)@ is @(\d+)@\. ")
_LIST = 2_000_000
_BOUND = re.compile(r"(?:,? and|,? with|, where) @(\d+)@$")


def read(split: Split, template: str) -> Result | None:
    if not ("how many" in template or "number of" in template) or "integer" not in template:
        return None
    body = re.sub(r"\s+", " ", template).strip().rstrip(" .?")
    fact = _FACT.match(body)
    used: set[int] = set()
    if fact:
        used = {int(fact.group(1)), int(fact.group(2))}
        _check_fact(split.maths[int(fact.group(1))], split.maths[int(fact.group(2))])
        body = body[fact.end():]
    bound = _BOUND.search(body)  # "... = 12 and x ≥ 3": a least value for one letter
    if bound is not None and not re.search(r"\\geq?|\\ge\b|>|≥", split.maths[int(bound.group(1))]):
        bound = None  # "... with $wz = 180$": the equation itself, no bound
    if bound is not None:
        body = body[:bound.start()]
        used |= {int(bound.group(1))}
    m = next((a.fullmatch(body) for a in _ASKS if a.fullmatch(body)), None)
    if m is None:
        return None
    g = m.groupdict()
    eq = parse_latex(split.maths[int(g["eq"])])
    if not isinstance(eq, sp.Equality):
        return None
    letters = sorted(eq.free_symbols, key=str)
    named = g.get("t") or g.get("t2")
    slots = used | {int(g["eq"])} | ({int(named)} if named else set())
    if g.get("decl"):
        declared = [int(d) for d in re.findall(r"@(\d+)@", g["decl"])]
        said = [split.maths[d].strip() for d in declared]
        if sorted(said) != [str(x) for x in letters] or len(set(said)) != len(said):
            raise Decline("the letters declared are not the equation's letters")
        slots |= set(declared)
    if slots != set(range(len(split.maths))):
        raise Decline("maths the question does not use")
    if "pairs" in body and "ordered" not in body and named is None:
        raise Decline("pairs neither said ordered nor named as a tuple")
    if named is not None:
        said = re.findall(r"[a-zA-Z]", split.maths[int(named)])
        if sorted(said) != [str(x) for x in letters] or len(said) != len(letters):
            raise Decline("the tuple names other letters than the equation")
        letters = [sp.Symbol(s) for s in said]
    if not 1 <= len(letters) <= 6:
        raise Decline("a few unknowns")
    expr = sp.expand(eq.lhs - eq.rhs)
    if not expr.is_polynomial(*letters) and expr.is_rational_function(*letters):
        return _fractions_cleared(eq, letters, g["kind"])
    poly = sp.Poly(expr, *letters) if expr.is_polynomial(*letters) else None
    if poly is None or poly.total_degree() < 1:
        return None
    if poly.total_degree() > 1:
        if len(letters) == 2 and poly.total_degree() == 2 and any(
                c.is_negative for c in poly.coeffs()[:-1]):
            kept, steps = factored_solutions.solutions(letters, poly, g["kind"])
            return sp.Integer(len(kept)), steps
        if g["kind"] != "positive":
            raise Decline("nonnegative solutions of a nonlinear equation")
        return solution_products.count(letters, poly)
    coeffs = [int(poly.coeff_monomial(x)) if poly.coeff_monomial(x).is_Integer else 0
              for x in letters]
    total = -poly.coeff_monomial(1)
    if any(c < 1 for c in coeffs) or not total.is_Integer or not 0 <= total <= 10**5:
        raise Decline("positive whole coefficients and a whole total, so the solutions are few")
    low = 1 if g["kind"] == "positive" else 0
    lows = [low] * len(letters)
    if bound is not None:
        letter, least = _least(split.maths[int(bound.group(1))])
        if letter not in letters:
            raise Decline("a bound on a letter the equation does not have")
        i = letters.index(letter)
        lows[i] = max(low, least)
    return _count(letters, coeffs, int(total), lows)


def _least(src: str) -> tuple[sp.Symbol, int]:
    """"x \\geq 3" (or x > 2): the letter and its least whole value."""
    rel = parse_latex(src)
    if not isinstance(rel, (sp.GreaterThan, sp.StrictGreaterThan)) or not isinstance(
            rel.lhs, sp.Symbol) or not rel.rhs.is_Integer:
        raise Decline("a least value for one letter, written as x \\geq k")
    return rel.lhs, int(rel.rhs) + (1 if isinstance(rel, sp.StrictGreaterThan) else 0)


def _fractions_cleared(eq: sp.Equality, letters: list[sp.Symbol], kind: str) -> Result:
    """"1/a + 1/b = 1/6": multiplied by the denominators it is a quadratic whose square
    terms factor; a solution that makes a denominator 0 is dropped, and every one kept is
    put back into the equation as written, with exact fractions."""
    num, den = sp.fraction(sp.together(eq.lhs - eq.rhs))
    num = sp.expand(num)
    if len(letters) != 2 or not num.is_polynomial(*letters):
        raise Decline("a fraction equation in two letters")
    poly = sp.Poly(num, *letters)
    if poly.total_degree() != 2:
        raise Decline("fractions that clear to a quadratic")
    found, steps = factored_solutions.solutions(letters, poly, kind)
    kept = [p for p in found if den.subs(dict(zip(letters, p, strict=True))) != 0]
    confirm.check(all(eq.lhs.subs(dict(zip(letters, p, strict=True))) ==
                      eq.rhs.subs(dict(zip(letters, p, strict=True))) for p in kept),
                  "every solution satisfies the equation as written, in exact fractions")
    cleared = step("clear the fractions", "Multiply both sides by every denominator.",
                   f"${latex(num)} = 0$", f"{latex(num)} = 0")
    dropped = len(found) - len(kept)
    out = [cleared, *steps]
    if dropped:
        out.append(step("drop zero denominators", f"{dropped} of those make a denominator 0.",
                        f"{len(kept)} solutions are left.", ""))
    return sp.Integer(len(kept)), out


def _check_fact(number: str, factored: str) -> None:
    """A stated prime factorisation must be right: prime bases that multiply back."""
    n = parse_latex(number)
    product = 1
    for part in re.split(r"\\cdot|\\times", factored):
        f = re.fullmatch(r"\s*(\d+)\s*(?:\^\s*\{?\s*(\d+)\s*\}?)?\s*", part)
        if not f or not sp.isprime(int(f.group(1))):
            raise Decline("a stated factorisation into prime powers")
        product *= int(f.group(1)) ** int(f.group(2) or 1)
    if not n.is_Integer or int(n) != product:
        raise Decline("a stated factorisation that does not multiply back to the number")


def _count(letters: list[sp.Symbol], coeffs: list[int], total: int, lows: list[int]
           ) -> Result:
    # what is left once each letter has its least value
    rest = total - sum(c * lo for c, lo in zip(coeffs, lows, strict=True))
    ways = [1] + [0] * max(rest, 0)
    for c in coeffs:  # the ways to make each total with the letters so far
        for t in range(c, rest + 1):
            ways[t] += ways[t - c]
    n = ways[rest] if rest >= 0 else 0
    sizes = [rest // c + 1 for c in coeffs] if rest >= 0 else [0]
    if sp.Mul(*sizes) <= _LIST:
        confirm.count(n, lambda: sum(1 for xs in product(*[range(s) for s in sizes]) if sum(
            c * x for c, x in zip(coeffs, xs, strict=True)) == rest), "solutions (listing them)")
    elif all(c == 1 for c in coeffs):
        k = len(coeffs)
        confirm.count(n, lambda: comb(rest + k - 1, k - 1), "solutions (stars and bars)")
    else:
        raise Decline("too many solutions to list")
    lhs = " + ".join(f"{c}{x}" if c > 1 else str(x) for c, x in zip(coeffs, letters, strict=True))
    if len(set(lows)) == 1 and lows[0] in (0, 1):
        what = "positive" if lows[0] else "nonnegative"
        return sp.Integer(n), [step("count the solutions", f"Each letter is a {what} integer; "
                                    "count the ways the terms can add up to the total.",
                                    f"${lhs} = {total}$ has {n} solutions in {what} integers.",
                                    "")]
    least = ", ".join(f"{x} \\geq {lo}" for x, lo in zip(letters, lows, strict=True))
    return sp.Integer(n), [step("count the solutions", "Each letter is a whole number at least "
                                "its least value; count the ways the terms can add up to the "
                                "total.", f"${lhs} = {total}$ with ${least}$ has {n} solutions.",
                                "")]


__all__ = ["read"]
