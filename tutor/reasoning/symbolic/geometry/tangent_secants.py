"""Typed reader: a tangent and a secant (or two secants) from one point outside a circle.

"$P$ is a point outside a circle. $PT$ is tangent to the circle at $T$, and a secant from $P$
meets the circle at $A$ and $B$ with $PA < PB$. If $PA = 4$ and $AB = 5$, what is $PT$?",
"... a segment from $P$ is tangent to circle $O$ at point $T$; a secant from $P$ intersects
$O$ at $A$ and $B$ ... $PT = AB - PA$ ...". From the outside point P, the tangent length
squared equals PA * PB for every secant through A and B (the power of the point); AB is the
difference of PA and PB. Each told length or relation between lengths (its letters in either
order) is an equation; when the nearer point is not said both orders are tried, and the asked
length must come out as one positive value. Confirmed with coordinates: P at the origin, the
secant along the x-axis, the circle through its two points with centre (m, 1): |PO|^2 - r^2
must be the tangent length squared, and every told fact holds."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_L = r"L_([A-Z])"
_TANGENT = re.compile(r"(?:S_([A-Z]{2}) )?(?:is )?tangent to (?:the )?circle(?: L_[A-Z])? at"
                      r"(?: (?:the )?point)? " + _L)
_SECANT = re.compile(r"\bsecant(?: line| segment)?(?: (?:drawn )?from(?: point)? " + _L +
                     r")? (?:intersects|meets|cuts|crosses)(?: (?:the )?circle)?(?: L_[A-Z])? at"
                     r"(?: (?:the )?points?)? " + _L + r" and " + _L)
_OUTSIDE = re.compile(_L + r" (?:be|is) a point outside(?: of)? (?:the |a )?circle(?: L_[A-Z])?")
_FROM = re.compile(r"\bfrom(?: point)? " + _L)
_GLUE = FILLER | frozenset("let point outside circle segment drawn from such it tangent at "
                           "meanwhile secant intersects meets cuts crosses line points length "
                           "how long also with".split())


def read_tangent_secant(split: Split, template: str) -> Result | None:
    if "tangent" not in template or "secant" not in template:
        return None
    text, pieces = _tokens(split, template)
    tangent = _TANGENT.search(text)
    secant = _SECANT.search(text)
    if tangent is None or secant is None:
        return None
    t = tangent.group(2)
    outside = {m.group(1) for m in _OUTSIDE.finditer(text)} | {m.group(1) for m in
                                                                _FROM.finditer(text)}
    if tangent.group(1):
        outside |= set(tangent.group(1)) - {t}
    if len(outside) != 1:
        raise Decline("one point outside the circle that the tangent and secant come from")
    p = outside.pop()
    a, b = secant.group(2), secant.group(3)
    if len({p, t, a, b}) != 4:
        raise Decline("four different points: the outside point, the tangent point and the "
                      "secant's two points")
    pt, pa, pb = (sp.Symbol(f"{p}{x}", positive=True) for x in (t, a, b))
    rest = _OUTSIDE.sub(" ", _FROM.sub(" ", _SECANT.sub(" ", _TANGENT.sub(" ", text))))
    facts, conditions, asked = [], [], None
    for k in re.findall(r"P_(\d+)", rest):
        src = pieces[int(k)]
        if re.fullmatch(r"\s*[A-Z]{2}\s*", src) and asked is None:
            asked = src.strip()
        elif "<" in src or ">" in src:
            conditions.append(src)
        elif "=" in src:
            facts.append(src)
        else:
            raise Decline("a piece of maths the tangent reader does not read")
        rest = rest.replace(f"P_{k}", " ", 1)
    rest = re.sub(r"\bL_[A-Z]\b", " ", rest)
    left = words(rest) - _GLUE
    if asked is None or left:
        raise Decline(f"words the tangent reader does not read: {sorted(left)[:3]}")
    values = set()
    found = []
    for near_a in (True, False):
        chord = pb - pa if near_a else pa - pb
        seg = {frozenset(p + t): pt, frozenset(p + a): pa, frozenset(p + b): pb,
               frozenset(a + b): chord}
        eqs = [pt**2 - pa * pb, *(_equation(f, seg) for f in facts)]
        order = [pa < pb if near_a else pa > pb, *(_equation(c, seg) for c in conditions)]
        target = _segment(asked, seg)
        for sol in sp.solve(eqs, [pt, pa, pb], dict=True):
            if len(sol) != 3 or not all(v.is_positive for v in sol.values()):
                continue
            if all(bool(o.subs(sol)) for o in order):
                values.add(sp.radsimp(target.subs(sol)))
                found.append((sol, eqs))
    if len(values) != 1:
        raise Decline("the facts do not fix the asked length")
    value = values.pop()
    sol, eqs = found[0]
    _confirm(sol[pt], sol[pa], sol[pb], eqs, sol)
    claim = f"{latex(sol[pt])}^2 = {latex(sol[pa])} \\cdot {latex(sol[pb])}"
    return value, [
        step("the power of the point", f"From {p}, the tangent length squared equals the "
             f"product of the distances to the secant's two points: {p}{t}^2 = {p}{a} * {p}{b}; "
             f"{a}{b} is their difference.", f"${claim}$", claim),
        step("the asked length", f"Read off {asked}.", f"${asked} = {latex(value)}$",
             latex(value))]


def _tokens(split: Split, template: str) -> tuple[str, dict[int, str]]:
    """Letters as `L_X`, a segment alone as `S_XY`, other pieces as `P_k`."""
    pieces: dict[int, str] = {}

    def one(m: re.Match[str]) -> str:
        src = split.maths[int(m.group(1))].strip().rstrip(".,")
        if re.fullmatch(r"[A-Z]", src):
            return f"L_{src}"
        if re.fullmatch(r"[A-Z]{2}", src) and re.match(r" (?:is )?tangent", template[m.end():]):
            return f"S_{src}"
        pieces[int(m.group(1))] = src
        return f"P_{m.group(1)}"
    return re.sub(r"@(\d+)@", one, template), pieces


def _segment(name: str, seg: dict[frozenset[str], sp.Expr]) -> sp.Expr:
    key = frozenset(name)
    if len(name) != 2 or key not in seg:
        raise Decline("a length between the points of the figure")
    return seg[key]


def _equation(src: str, seg: dict[frozenset[str], sp.Expr]) -> sp.Basic:
    """A relation of lengths: each two-letter name put in as its length, the rest parsed."""
    names = sorted(set(re.findall(r"[A-Z]{2}", src)))
    if re.search(r"[A-Z]{3}", src):
        raise Decline("a relation of lengths named by two letters")
    letters = dict(zip(names, "uvwz", strict=False))
    if len(letters) != len(names):
        raise Decline("too many lengths in one relation")
    plain = re.sub(r"[A-Z]{2}", lambda m: letters[m.group(0)], src)
    rel = parse_latex(plain)
    subs = {sp.Symbol(v): _segment(n, seg) for n, v in letters.items()}
    out = rel.subs(subs)
    if out.free_symbols - set().union(*(e.free_symbols for e in seg.values())):
        raise Decline("a relation with a letter that is not a length of the figure")
    return sp.Eq(out.lhs - out.rhs, 0) if isinstance(out, sp.Eq) else out


def _confirm(t: sp.Basic, a: sp.Basic, b: sp.Basic, eqs: list, sol: dict) -> None:
    """P = (0, 0), the secant's points (a, 0) and (b, 0), the circle's centre ((a + b)/2, 1)."""
    m = (a + b) / 2
    r2 = ((b - a) / 2) ** 2 + 1
    power = m**2 + 1 - r2
    ok = sp.simplify(power - t**2) == 0 and all(
        sp.simplify((e.lhs - e.rhs if isinstance(e, sp.Eq) else e).subs(sol)) == 0 for e in eqs)
    confirm.check(ok, "drawn with coordinates, the tangent length squared is |PO|^2 - r^2 and "
                  "every fact holds")


__all__ = ["read_tangent_secant"]
