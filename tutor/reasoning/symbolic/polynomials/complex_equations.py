"""Typed reader: the complex numbers z that satisfy an equation in z, its conjugate and
its modulus.

"Determine the complex number $z$ satisfying $3z + 2\\bar{z} = 10 - 4i$", "Find all complex
numbers $z$ such that $z^2 = 5 + 12i$", "Find the complex number $w$ such that
$w + |w| = 2 + 8i$". With z = a + bi (a, b real) the equation splits into its real and
imaginary parts, two real equations solved together (SymPy's `solve`); every solution is
substituted back into the original equation numerically. "The complex number" must be
unique.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.confirm import DISAGREES
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("determine find all the complex number numbers satisfying satisfy satisfies "
                  "such that equation where note denotes conjugate of enter separated by "
                  "commas".split())
_ASK = re.compile(r"^(?:find|determine) (?P<all>all )?(?:the )?complex numbers? (?P<z>@\d+@) "
                  r"(?:that satisfy|satisfying|such that|which satisfies|that satisfies)"
                  r"(?: the equation)? (?P<eq>@\d+@)\W*$")
_NOTES = re.compile(r"[.,]?\s*(?:note that @\d+@ denotes the (?:complex )?conjugate of @\d+@|"
                    r"enter all (?:the )?(?:complex numbers|solutions), separated by commas)"
                    r"\.?\s*")
CONJUGATE = r"\\(?:bar|overline)\s*(?:\{\s*NAME\s*\}|NAME\b)"
# "Solve $z + 2\bar{z} = 9 - 4i$ (for $z$)": complex because a conjugate is written
_SOLVE = re.compile(r"^solve (?:the equation )?(?P<eq>@\d+@)(?: for (?:the complex number )?"
                    r"(?P<z>@\d+@))?\W*$")


def read(split: Split, template: str) -> Result | None:
    solve = _SOLVE.match(template.strip())
    if "complex" not in template and solve is None:
        return None
    template = _NOTES.sub(" ", template).strip()
    if not words_within(template, VOCAB | {"solve", "for"}):
        return None
    m = _ASK.match(template) or solve
    if m is None:
        return None
    if m.group("z"):
        name = split.maths[int(m.group("z")[1:-1])].strip()
    else:  # the one letter of the equation that is also written conjugated
        said = re.findall(r"\\(?:bar|overline)\s*\{?\s*([a-hj-z])\b",
                          split.maths[int(m.group("eq")[1:-1])])
        if len(set(said)) != 1:
            return None
        name = said[0]
    if m is solve and not re.search(CONJUGATE.replace("NAME", name),
                                    split.maths[int(m.group("eq")[1:-1])]):
        return None  # without a conjugate or "complex", the letter may be real
    if not re.fullmatch(r"[a-hj-z]", name):
        raise Decline("a letter for the complex number")
    src = split.maths[int(m.group("eq")[1:-1])]
    src = re.sub(CONJUGATE.replace("NAME", name), r" \\zeta ", src)
    eq = parse_latex(src)
    z, w, i = sp.Symbol(name), sp.Symbol("zeta"), sp.Symbol("i")
    if not isinstance(eq, sp.Equality) or not eq.free_symbols <= {z, w, i} \
            or z not in eq.free_symbols:
        raise Decline("an equation in z and its conjugate")
    a, b = sp.symbols("a b", real=True)
    expr = (eq.lhs - eq.rhs).xreplace({i: sp.I})
    flat = sp.expand(expr.subs({z: a + sp.I * b, w: a - sp.I * b}), complex=True)
    re_part, im_part = flat.as_real_imag()
    sols = sp.solve([re_part, im_part], [a, b], dict=True)
    if any(set(s) != {a, b} or s[a].free_symbols | s[b].free_symbols for s in sols):
        raise Decline("infinitely many complex numbers")
    found = [sp.radsimp(s[a] + sp.I * s[b]) for s in sols
             if set(s) == {a, b} and s[a].is_real and s[b].is_real]
    found = list(dict.fromkeys(sp.expand(f) for f in found))
    if not found or not m.groupdict().get("all") and len(found) != 1:
        raise Decline("not exactly one complex number")
    for v in found:
        got = numeric.to_mp(expr.subs({z: v, w: sp.conjugate(v)}))
        if got is None or abs(got) > 1e-20:
            raise Decline(f"{DISAGREES}: {latex(v)} does not satisfy the equation")
    confirm.check(True, "each solution satisfies the equation when substituted")
    claim = f"{latex(re_part)} = 0, {latex(im_part)} = 0"
    listed = ", ".join(re.sub(r"(?<=[\d}]) i\b", "i", latex(v)) for v in found)
    steps = [step("write z = a + bi", "Put z = a + bi with a and b real; the real parts and "
                  "the imaginary parts must both be equal.", f"${claim}$", claim),
             step("solve for a and b", "Solve the two real equations together.",
                  f"${latex(z)} = {listed}$", listed)]
    return listed, steps


_REAL_ASK = re.compile(
    r"^(?:suppose(?: that)?|if|let) (?P<u>@\d+@(?: and @\d+@)?) (?:are|be) (?P<pos>positive )?"
    r"(?P<kind>integers|real numbers) such that (?P<eq>@\d+@)[.,]? (?:what is|find|compute) "
    r"(?P<t>@\d+@)\W*$")
_REAL_VOCAB = frozenset("suppose that if let are be positive integers real numbers such what "
                        "find compute".split())


def read_real_parts(split: Split, template: str) -> Result | None:
    """"Suppose $a$ and $b$ are positive integers such that $(a + bi)^2 = 3 + 4i$. What
    is $a + bi$?": real unknowns in an equation with i, split into real and imaginary
    parts; the qualifiers pick the solution, which must be unique."""
    if not words_within(template, _REAL_VOCAB):
        return None
    m = _REAL_ASK.match(template)
    if m is None:
        return None
    names = [parse_latex(split.maths[int(r)]) for r in re.findall(r"@(\d+)@", m.group("u"))]
    if not all(isinstance(n, sp.Symbol) and str(n) != "i" for n in names):
        raise Decline("letters for the real unknowns")
    real = {n: sp.Symbol(str(n), real=True) for n in names}
    i = sp.Symbol("i")
    eq = parse_latex(split.maths[int(m.group("eq")[1:-1])])
    target = parse_latex(split.maths[int(m.group("t")[1:-1])])
    if not isinstance(eq, sp.Equality) or i not in eq.free_symbols \
            or eq.free_symbols - set(names) - {i} or not isinstance(target, sp.Expr) \
            or target.free_symbols - set(names) - {i}:
        raise Decline("an equation with i in the real unknowns")
    expr = (eq.lhs - eq.rhs).xreplace({i: sp.I, **real})
    re_part, im_part = sp.expand(expr, complex=True).as_real_imag()
    unknowns = list(real.values())
    sols = sp.solve([re_part, im_part], unknowns, dict=True)
    if any(set(s) != set(unknowns) or any(v.free_symbols for v in s.values()) for s in sols):
        raise Decline("the unknowns are not fixed")
    integer = m.group("kind") == "integers"
    kept = [s for s in sols if all(v.is_real and (not integer or v.is_integer)
                                   and (not m.group("pos") or v.is_positive)
                                   for v in s.values())]
    if len(kept) != 1:
        raise Decline("not exactly one solution with the qualifiers")
    got = numeric.to_mp(expr.subs(kept[0]))
    if got is None or abs(got) > 1e-20:
        raise Decline(f"{DISAGREES}: the values do not satisfy the equation")
    confirm.check(True, "the values satisfy the equation when substituted")
    value = sp.expand(target.xreplace({i: sp.I, **real}).subs(kept[0]))
    found = ", ".join(f"{latex(u)} = {latex(v)}" for u, v in kept[0].items())
    claim = f"{latex(re_part)} = 0, {latex(im_part)} = 0"
    return re.sub(r"(?<=[\d}]) i\b", "i", latex(value)), [
        step("compare real and imaginary parts", "Both sides' real parts are equal, and so "
             "are their imaginary parts.", f"${claim}$", claim),
        step("keep the solution asked for", "Keep the solution with the stated qualifiers.",
             f"${found}$", found)]


__all__ = ["read", "read_real_parts"]
