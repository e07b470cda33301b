"""Typed reader: an unknown polynomial from its values, or a remainder from remainders.

"Find the cubic polynomial $q(x)$ such that $q(0) = 1$, $q(1) = 0$, $q(2) = 3$ and
$q(3) = 16$", "Let $f(x)$ be a monic quartic polynomial such that $f(1) = 3$, ...; find
$f(0) + f(5)$" (a value the conditions fix even where the polynomial is not fixed), "Let
$p(x)$ be a monic cubic polynomial with roots $1$, $2$ and $3$. Find $p(4)$" (each root a
value of 0), and
"When $p(x)$ is divided by $x - 2$ the remainder is $5$, and when it is divided by $x + 3$
the remainder is $-1$. Find the remainder when $p(x)$ is divided by $(x - 2)(x + 3)$."

The coefficients are unknowns and each value is a linear equation in them (SymPy's
`linsolve`); a remainder on division by x - a is the value at a (the remainder theorem),
and the remainder on division by a product of distinct such factors is the polynomial of
smaller degree with those values. The answer is checked by substituting it back into every
condition, and a value asked for that would depend on a coefficient left free is declined.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials import remainders
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset(
    "let be if is a the polynomial quadratic cubic quartic quintic linear monic of degree "
    "such that and find what when divided by remainder leaves satisfies with has for compute "
    "evaluate determine value roots zeros zeroes whose are at gives upon on division it "
    "function".split())
_DEGREES = {"linear": 1, "quadratic": 2, "cubic": 3, "quartic": 4, "quintic": 5}
_SPARE = ["alpha", "beta", "gamma", "delta", "lambda", "sigma", "phi", "psi"]
_NAMED = re.compile(r"\s*([A-Za-z])\s*\(\s*([a-z])\s*\)\s*")
_CALL = r"(?<![\\A-Za-z]){name}\s*\(\s*([^()]*(?:\([^()]*\)[^()]*)*)\s*\)"
_VALUES = re.compile(
    r"(?:let |if )?(?:(?P<named>@\d+@) (?:be|is) )?(?:find )?(?:the |a )?(?P<monic>monic )?"
    r"(?:(?P<word>linear|quadratic|cubic|quartic|quintic)"
    r"(?= (?:polynomial|function|@|such|with|sat))"
    r"(?: polynomial| function)?|polynomial)(?: (?P<named2>@\d+@))?"
    r"(?: of degree (?P<deg>@\d+@))?,? (?:such that|with|satisfying|(?:that )?satisfies) "
    r"(?P<conds>@\d+@(?:,?(?: and)? @\d+@)*)"
    r"(?:[.,]? (?:find|what is) (?P<target>@\d+@))?\W*$")


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:polynomial|remainder|linear|quadratic|cubic|quartic|quintic)\b",
                     template) \
            or not words_within(template, VOCAB):
        return None
    m = _VALUES.search(template)
    if m and m.start() == 0:
        return _from_values(split, m)
    if "polynomial" in template and "remainder" not in template and "divided" not in template:
        return _typed_values(split, template)
    return remainders.read(split, template)


_ASK = re.compile(r"\b(?:find|compute|what is|evaluate|determine)(?: the value of)? @(\d+)@")
_FOR = re.compile(r"@(?P<rule>\d+)@ for @(?P<at>\d+)@(?:,? and @(?P<last>\d+)@)?")
_ROOTS = re.compile(r"\b(?:roots|zeros|zeroes) (?:are |at )?(?P<roots>@\d+@(?:(?:,| and|, and) "
                    r"@\d+@)*)")
_AT = re.compile(r"\s*([a-z])\s*=\s*(-?\d+(?:\s*,\s*-?\d+)*)\s*,?\s*")


def _typed_values(split: Split, template: str) -> Result | None:
    """"A cubic polynomial p(x) satisfies p(1) = 2, ..., find p(5)", "q(k) = k^3 for
    k = 0, 1, 2": the values in any order, the question anywhere."""
    asks = list(_ASK.finditer(template))
    degree_words = [w for w in _DEGREES if re.search(rf"\b{w}\b", template)]
    of_degree = [int(i) for i in re.findall(r"\bof degree @(\d+)@", template)]  # "of degree 2"
    if len(of_degree) == 1 and not degree_words and template.count("degree") == 1 \
            and re.fullmatch(r"\s*[1-5]\s*", split.maths[of_degree[0]]):
        degree_words = [w for w, d in _DEGREES.items() if d == int(split.maths[of_degree[0]])]
    elif "degree" in template:
        return None
    if len(asks) != 1 or len(degree_words) != 1:
        return None
    target = int(asks[0].group(1))
    pieces = [int(i) for i in dict.fromkeys(re.findall(r"@(\d+)@", template))
              if [int(i)] != of_degree]
    named = [i for i in pieces if i != target and _NAMED.fullmatch(split.maths[i])]
    if len(named) != 1:
        return None
    m = _NAMED.fullmatch(split.maths[named[0]])
    assert m is not None
    name, x = m.group(1), sp.Symbol(m.group(2))
    degree = _DEGREES[degree_words[0]]
    cs = sp.symbols(f"c0:{degree + 1}")
    p = sum(c * x**k for k, c in enumerate(cs))
    if re.search(r"\bmonic\b", template):
        p = p.subs(cs[-1], 1)
    equations, used = [], {target, named[0]}
    for rule in _FOR.finditer(template):
        points = _points(split, rule)
        lhs, rhs = (t.strip() for t in split.maths[int(rule.group("rule"))].split("=", 1))
        call = re.fullmatch(_CALL.format(name=re.escape(name)), lhs)
        letter = points[0]
        if call is None or call.group(1).strip() != letter:
            raise Decline("a rule for the values like p(n) = ...")
        formula = parse_latex(rhs)
        if not isinstance(formula, sp.Expr) or formula.free_symbols - {sp.Symbol(letter)}:
            raise Decline("a rule in the one letter")
        for a in points[1]:
            equations.append(sp.Eq(p.subs(x, a), formula.subs(sp.Symbol(letter), a)))
        used |= {int(g) for g in rule.groupdict().values() if g}
    for said in _ROOTS.finditer(template):  # "with roots 1, 2 and 3": each a value of 0
        listed = re.findall(r"@(\d+)@", said.group("roots"))
        while listed and "=" in split.maths[int(listed[-1])]:  # "... and 3 and p(0) = -12"
            listed.pop()
        roots = _roots(split, " ".join(f"@{i}@" for i in listed))
        equations += [sp.Eq(p.subs(x, r), 0) for r in roots]
        used |= {int(i) for i in listed}
    for i in pieces:
        if i not in used:
            for arg, value in _conditions(split.maths[i], name):
                equations.append(sp.Eq(p.subs(x, arg), value))
    if len(equations) < 2:
        raise Decline("values of the polynomial")
    return _fit(split.maths[target], name, x, degree, p, cs, equations, monic=p != sum(
        c * x**k for k, c in enumerate(cs)))


def _roots(split: Split, said: str) -> list[sp.Expr]:
    """The numbers listed as roots, each once (a repeated root's multiplicity is unsaid)."""
    roots: list[sp.Expr] = []
    for ref in re.findall(r"@(\d+)@", said):
        for piece in split.maths[int(ref)].split(","):
            r = parse_latex(piece.strip().rstrip("."))
            if not isinstance(r, sp.Expr) or r.free_symbols:
                raise Decline("roots that are numbers")
            roots.append(r)
    if len(set(roots)) != len(roots):
        raise Decline("a root listed twice: its multiplicity is not said")
    return roots


def _points(split: Split, rule: re.Match[str]) -> tuple[str, list[int]]:
    at = _AT.fullmatch(split.maths[int(rule.group("at"))])
    if at is None:
        raise Decline("the points listed like n = 1, 2, 3")
    values = [int(v) for v in re.split(r"\s*,\s*", at.group(2))]
    if rule.group("last"):
        last = split.maths[int(rule.group("last"))].strip(" .,")
        if not re.fullmatch(r"-?\d+", last):
            raise Decline("the last point listed")
        values.append(int(last))
    if len(set(values)) != len(values):
        raise Decline("a point listed twice")
    return at.group(1), values


def _piece(split: Split, ref: str | None) -> str:
    return split.maths[int(ref[1:-1])] if ref else ""


def _from_values(split: Split, m: re.Match[str]) -> Result:
    named = _NAMED.fullmatch(_piece(split, m.group("named") or m.group("named2")))
    if not named or (m.group("named") and m.group("named2")):
        raise Decline("a polynomial named like p(x)")
    name, x = named.group(1), sp.Symbol(named.group(2))
    if m.group("word") and m.group("deg") or not (m.group("word") or m.group("deg")):
        raise Decline("the degree said once")
    degree = _DEGREES[m.group("word")] if m.group("word") else _integer(_piece(split, m.group(
        "deg")))
    if not 1 <= degree <= 8:
        raise Decline("a polynomial of small degree")
    cs = sp.symbols(f"c0:{degree + 1}")
    p = sum(c * x**k for k, c in enumerate(cs))
    if m.group("monic"):
        p = p.subs(cs[-1], 1)
    equations = []
    for ref in re.findall(r"@\d+@", m.group("conds")):
        for arg, value in _conditions(_piece(split, ref), name):
            equations.append(sp.Eq(p.subs(x, arg), value))
    target_src = _piece(split, m.group("target")) if m.group("target") else None
    if target_src is None and not m.group("named2"):
        raise Decline("what is asked")
    return _fit(target_src, name, x, degree, p, cs, equations, bool(m.group("monic")))


def _fit(target_src: str | None, name: str, x: sp.Symbol, degree: int, p: sp.Expr,
         cs: tuple[sp.Symbol, ...], equations: list, monic: bool) -> Result:
    """The polynomial p (coefficients cs) through the equations, and the value asked for."""
    sols = list(sp.linsolve(equations, [c for c in cs if p.has(c)]))
    if len(sols) != 1:
        raise Decline("no such polynomial")
    found = sp.expand(p.subs(dict(zip([c for c in cs if p.has(c)], sols[0], strict=True))))
    if not monic and sp.Poly(found, x).degree() != degree \
            and not found.free_symbols - {x}:
        raise Decline(f"the conditions give no polynomial of degree {degree}")
    steps = [_system_step(equations)]
    if target_src is None or _NAMED.fullmatch(target_src):
        if found.free_symbols - {x}:
            raise Decline("the conditions do not fix the polynomial")
        _check(found, x, equations, p)
        return found, steps + [step("write the polynomial", "Put the coefficients back.",
                                    f"${name}({latex(x)}) = {latex(found)}$",
                                    f"{name}({latex(x)}) = {latex(found)}")]
    value = _evaluate(target_src, name, found, x)
    free = value.free_symbols
    if free:
        raise Decline("the value depends on a coefficient the conditions leave free")
    for trial in (3, -5):  # the free coefficients, if any, really do not matter
        fixed = found.subs({c: trial for c in found.free_symbols - {x}})
        _check(fixed, x, equations, p)
        confirm.check(_evaluate(target_src, name, fixed, x) == value,
                      "the value asked for is the same for polynomials that meet the conditions")
    claim = f"{target_src} = {latex(value)}"
    return value, steps + [step("evaluate", "Substitute into the polynomial found: "
                                f"${name}({latex(x)}) = {latex(found)}$.", f"${claim}$",
                                latex(value))]


def _conditions(src: str, name: str) -> list[tuple[sp.Expr, sp.Expr]]:
    parts = [s.strip() for s in src.split("=")]
    call = re.compile(_CALL.format(name=re.escape(name)))
    args = [call.fullmatch(s) for s in parts[:-1]]
    if len(parts) < 2 or not all(args):
        raise Decline("conditions like p(2) = 5")
    value = parse_latex(parts[-1])
    out = []
    for a in args:
        arg = parse_latex(a.group(1)) if a else None
        if not isinstance(arg, sp.Expr) or arg.free_symbols or value.free_symbols:
            raise Decline("a value at a number")
        out.append((arg, value))
    return out


def _evaluate(src: str, name: str, p: sp.Expr, x: sp.Symbol) -> sp.Expr:
    """`src` with every p(a) replaced by the value of the polynomial found at a."""
    spare = [g for g in _SPARE if f"\\{g}" not in src]
    values: dict[sp.Symbol, sp.Expr] = {}

    def put(m: re.Match[str]) -> str:
        arg = parse_latex(m.group(1))
        if not isinstance(arg, sp.Expr) or arg.free_symbols or not spare:
            raise Decline("a value at a number")
        letter = spare.pop(0)
        values[sp.Symbol(letter)] = sp.expand(p.subs(x, arg))
        return f" \\{letter} "
    out = parse_latex(re.sub(_CALL.format(name=re.escape(name)), put, src))
    if not isinstance(out, sp.Expr) or out.free_symbols - set(values):
        raise Decline("a value")
    return sp.expand(out.subs(values))


def _check(p: sp.Expr, x: sp.Symbol, equations: list[sp.Eq], generic: sp.Expr) -> None:
    """Every condition holds for the polynomial `p`, by substitution."""
    cs = sorted(generic.free_symbols - {x}, key=str)
    coeffs = sp.Poly(p, x).all_coeffs()[::-1] + [0] * len(cs)
    assign = {c: coeffs[int(str(c)[1:])] for c in cs}
    confirm.system(equations, assign)


def _system_step(equations: list[sp.Eq]) -> Step:
    shown = ", ".join(latex(e) for e in equations)
    return step("write the conditions as equations", "Each value of the polynomial is a "
                "linear equation in its coefficients.", f"${shown}$", shown)


def _integer(src: str) -> int:
    if not re.fullmatch(r"\s*\d+\s*", src):
        raise Decline("a whole-number degree")
    return int(src)


__all__ = ["read"]
