"""Typed reader: one unknown number (complex, or real when said) fixed by equations in it,
its conjugate and moduli, and a value asked of it.

"Suppose $w$ is a complex number with $w^2 = 7 - 24i$. Find $|w|$", "Find the positive
real value of $s$ that satisfies $|s + 4i| |3 - i| = 10\\sqrt{2}$", "Find the complex
number $z$ such that $|z - 2| = |z + 4| = |z - 2i|$" (a chain is several equations), "Let
$u$ be a complex number satisfying $u^2 = 2u - 5 + 0i$. Given that $|u|$ is an integer,
find $u$".

With the unknown a + bi (a, b real; b = 0 when it is said to be real) every equation
splits into its real and imaginary parts; an equation between products of moduli is
squared first (|q|^2 = q times its conjugate). SymPy's `solve` gives every candidate; each
one is substituted back into the original equations at 40 digits and kept only when they
hold and it fits what is said of it ("positive", "given that ... is an integer"). The
value asked must be the same for every candidate kept.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.complex_equations import CONJUGATE
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset(
    "find determine compute what is the value values of complex number numbers real positive "
    "negative that which satisfies satisfy satisfying such with let be suppose if given "
    "integer an where and for hold true".split())
_EQS = r"(?P<eqs>@\d+@(?:(?:,|,? and) @\d+@)*)"
_SAID = (r",? (?:given that|and) @\d+@ is an? (?:integer|positive (?:integer|number)|real "
         r"number)[.,]?")
_ASKS = [
    re.compile(r"^(?:find|determine|compute|what is) (?:the )?(?P<kind>complex number|"
               r"(?:positive |negative )?real (?:number|value of)|(?:positive |negative )?"
               r"value of|(?:positive|negative) number) (?P<u>@\d+@) (?:that satisfies|"
               rf"satisfying|such that|which satisfies|for which|with) {_EQS}(?P<given>)\W*$"),
    # "For what positive value of $t$ is $|6 + ti| = 10$?"
    re.compile(r"^for (?:what|which) (?P<kind>(?:positive |negative )?(?:real )?value of) "
               rf"(?P<u>@\d+@) (?:is|does|do|will) {_EQS}(?: (?:hold|true))?(?P<given>)\W*$"),
    re.compile(r"^(?:let|suppose(?: that)?|if|given that) (?P<u>@\d+@) (?:is|be) an? "
               r"(?P<kind>complex number|(?:positive |negative )?real number),? (?:such that|"
               rf"satisfying|with|that satisfies|and) {_EQS}[.,]?(?P<given>{_SAID})? (?:find|"
               r"what is|compute|determine) (?:the value of )?(?P<t>@\d+@)\W*$"),
    re.compile(r"^an? (?P<kind>complex number|(?:positive |negative )?real number) "
               rf"(?P<u>@\d+@) (?:satisfies|is such that) {_EQS}[.,]?(?P<given>{_SAID})? "
               r"(?:find|what is|compute|determine) (?:the value of )?(?P<t>@\d+@)\W*$"),
]
# "Find $z$ if $z^2 = 5 + 12i$": the unknown complex (the equations hold i)
_ASKS.append(re.compile(r"^(?:find|determine) (?P<u>@\d+@) (?:if|such that|given that) "
                        rf"{_EQS}(?P<given>)(?P<kind>)$"))
# "... with positive real part", "and the real part of $z$ is positive": a sign of one part
_PART_SIGN = re.compile(r",? (?:with|whose|having) (?:a )?(?P<sign>positive|negative) "
                        r"(?P<part>real|imaginary) part(?: is (?:positive|negative))?|,? and "
                        r"(?:the|its) (?P<part2>real|imaginary) part(?: of @\d+@)? is "
                        r"(?P<sign2>positive|negative)")
_GIVEN = re.compile(r"(?:given that|and) (?P<e>@\d+@) is an? (?P<kind>integer|positive integer|"
                    r"positive number|real number)")
_I = re.compile(r"(?<![\\A-Za-z])i(?![A-Za-z])")
# i written straight after a one-letter coefficient: "3 + ni", "|t - ti|" (the unknown's
# letter is checked once it is known)
_LETTER_I = re.compile(r"(?<![\\A-Za-z])(?P<c>[a-hj-z])i(?![A-Za-z])")


def _mentions_i(text: str, name: str | None = None) -> bool:
    """The imaginary unit appears: alone, or after the unknown's own letter ("ni")."""
    return bool(_I.search(text)) or any(name is None or m.group("c") == name
                                        for m in _LETTER_I.finditer(text))


def read(split: Split, template: str) -> Result | None:
    template = re.sub(r",? where @\d+@ ?$|[\s.,;:!?]*$", "", template.strip())
    if "complex" not in template and not _mentions_i(" ".join(split.maths)):
        return None
    signs = list(_PART_SIGN.finditer(template))
    if len(signs) > 1:
        return None
    part_sign = (signs[0].group("part") or signs[0].group("part2"),
                 signs[0].group("sign") or signs[0].group("sign2")) if signs else None
    template = _PART_SIGN.sub("", template)
    if not words_within(template, VOCAB):
        return None
    m = next((p.match(template) for p in _ASKS if p.match(template)), None)
    if m is None:
        return None

    def piece(ref: str) -> str:
        return split.maths[int(ref.strip("@"))]

    name = piece(m.group("u")).strip()
    if not re.fullmatch(r"[a-hj-z]", name) or "complex" not in template and not _mentions_i(
            " ".join(split.maths), name):
        return None
    if m.re is _ASKS[-1] and re.search(r"\\sum|\\prod|_\s*\{?\s*i\b", " ".join(
            piece(r) for r in re.findall(r"@\d+@", m.group("eqs")))):
        return None  # i as an index, not the imaginary unit
    kind = m.group("kind") or "complex number"
    real = "real" in kind or kind.endswith("value of") or kind.endswith(" number") and (
        "positive" in kind or "negative" in kind)
    if part_sign and real:
        raise Decline("a real number's parts")
    if real and not _mentions_i(" ".join(piece(r) for r in re.findall(r"@\d+@", m.group("eqs"))),
                                name):
        return None  # a real equation without i: other readers
    a, b = sp.symbols("a b", real=True)
    value = a if real else a + sp.I * b
    unknowns = [a] if real else [a, b]
    subs = {sp.Symbol(name): value, sp.Symbol("zeta"): sp.conjugate(value),
            sp.Symbol("i"): sp.I}
    originals, equations = [], []
    for ref in re.findall(r"@\d+@", m.group("eqs")):
        sides = re.sub(CONJUGATE.replace("NAME", name), r" \\zeta ", piece(ref)).split("=")
        if len(sides) < 2:
            raise Decline("equations in the unknown")
        parsed = [_side(s, subs, raw=True) for s in sides]
        for lhs, rhs in zip(parsed, parsed[1:], strict=False):
            originals.append((lhs - rhs).xreplace(subs))
            equations += _real_equations(lhs, rhs, subs)
    target = _side(piece(m.group("t")), subs) if m.groupdict().get("t") else value
    given = _GIVEN.search(m.group("given") or "")
    condition = _side(piece(given.group("e")), subs) if given else None
    sols = sp.solve(equations, unknowns, dict=True)
    if not sols or any(set(s) != set(unknowns) or any(v.free_symbols for v in s.values())
                       for s in sols):
        raise Decline("the unknown is not fixed by the equations")
    kept = []
    for s in sols:
        if not all(v.is_real for v in s.values()) or not all(
                _near_zero(e.subs(s)) for e in originals):
            continue
        if "positive" in kind and not s[a].is_positive or "negative" in kind and \
                not s[a].is_negative:
            continue
        if part_sign is not None:
            said_part = s[a] if part_sign[0] == "real" else s[b]
            if not (said_part.is_positive if part_sign[1] == "positive" else
                    said_part.is_negative):
                continue
        if condition is not None and not _fits(sp.simplify(condition.subs(s)),
                                                given.group("kind")):  # type: ignore[union-attr]
            continue
        kept.append(s)
    values = list(dict.fromkeys(sp.nsimplify(sp.simplify(sp.expand(target.subs(s))))
                                for s in kept))
    if len(values) != 1:
        raise Decline("not exactly one value")
    answer = sp.expand(values[0])
    got = numeric.to_mp(target.subs(kept[0]))
    confirm.number(got, answer, "the value computed numerically from a solution that "
                   "satisfies every equation at 40 digits")
    shown = "; ".join(", ".join(f"{latex(u)} = {latex(v)}" for u, v in s.items()) for s in kept)
    claim = ", ".join(f"{latex(q)} = 0" for q in equations)
    return answer, [
        step("split into real equations", f"Write ${name} = " + ("a" if real else "a + bi")
             + "$ with real parts; real and imaginary parts (and squared moduli) must agree.",
             f"${claim}$", claim),
        step("solve and check", "Solve the real equations together and keep the solutions "
             "that satisfy the original equations and what is said of the unknown.",
             f"${shown}$", shown),
        step("compute the value asked", "Substitute the solution.",
             f"${latex(answer)}$", latex(answer))]


def _side(src: str, subs: dict[sp.Symbol, sp.Expr], raw: bool = False) -> sp.Expr:
    e = parse_latex(src)
    if not isinstance(e, sp.Expr) or e.free_symbols - set(subs):
        raise Decline("an expression in the unknown")
    return e if raw else e.xreplace(subs)


def _modulus_only(e: sp.Expr) -> bool:
    """A product of moduli and real numbers: real and never negative in a sign we lose."""
    return all(f.is_number and f.is_real or isinstance(f, sp.Abs) or (
        f.is_Pow and isinstance(f.base, sp.Abs)) for f in sp.Mul.make_args(e))


def _real_equations(lhs: sp.Expr, rhs: sp.Expr, subs: dict[sp.Symbol, sp.Expr]
                    ) -> list[sp.Expr]:
    """Real equations in the parts of the unknown; `lhs` and `rhs` as written."""
    if lhs.has(sp.Abs) or rhs.has(sp.Abs):
        if not (_modulus_only(lhs) and _modulus_only(rhs)):
            raise Decline("a modulus inside a longer expression")
        return [sp.expand(_root_form(lhs, subs) ** 2 - _root_form(rhs, subs) ** 2)]
    diff = (lhs - rhs).xreplace(subs)
    re_part, im_part = sp.expand_complex(sp.expand(diff)).as_real_imag()
    return [q for q in (re_part, im_part) if q != 0]


def _root_form(e: sp.Expr, subs: dict[sp.Symbol, sp.Expr]) -> sp.Expr:
    """Each modulus |q| as the square root of re(q)^2 + im(q)^2, in the parts."""
    def root(q: sp.Expr) -> sp.Expr:
        re_part, im_part = sp.expand_complex(sp.expand(q.xreplace(subs))).as_real_imag()
        return sp.sqrt(sp.expand(re_part ** 2 + im_part ** 2))
    return e.replace(sp.Abs, root).xreplace(subs)


def _near_zero(e: sp.Expr) -> bool:
    got = numeric.to_mp(e)
    return got is not None and abs(got) < 1e-25


def _fits(v: sp.Expr, kind: str) -> bool:
    tests = {"integer": v.is_integer, "positive integer": v.is_integer and v.is_positive,
             "positive number": v.is_positive, "real number": v.is_real}
    return tests[kind] is True


__all__ = ["read"]
