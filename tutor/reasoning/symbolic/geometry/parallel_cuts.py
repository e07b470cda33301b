"""Typed reader: a segment across a triangle parallel to one side (the side-splitter).

"In triangle $ABC$, $D$ is on $\\overline{AB}$ and $E$ is on $\\overline{AC}$ with $DE
\\parallel BC$. If $AD = 4$, $DB = 6$ and $BC = 15$, what is $DE$?": the cut-off triangle
ADE is similar to ABC, so AD/AB = AE/AC = DE/BC, with AB = AD + DB and AC = AE + EC. Lengths
of any of those eight segments may be told, one of them asked; every word is read (an
unknown one declines), a point on a side's extension declines. The equations are solved
together and the asked length must come out as one positive number.

Confirmed on coordinates at 40 digits: the triangle is built from its sides (any length the
words leave free set to a trial value), D and E put on their sides at the found distances
from the apex, and then DE must be parallel to BC (a zero cross product, not the ratio),
every told length must measure as told, and the asked one must measure as the answer."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import LENGTH_UNITS, number
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words

_SEG = r"\s*(?:\\overline\s*\{\s*([A-Z])\s*([A-Z])\s*\}|\{?\s*([A-Z])\s*([A-Z])\s*\}?)\s*"
_PAR = re.compile(_SEG + r"(?:\\parallel|\\\||\|\|)" + _SEG)
_TRI = re.compile(r"\s*\\triangle\s*\{?\s*([A-Z])([A-Z])([A-Z])\s*\}?\s*|"
                  r"\s*([A-Z])([A-Z])([A-Z])\s*")
_GLUE = frozenset(
    "in triangle the a point points is are lies lie on side sides segment segments with and "
    "such that so if also given where what find compute determine calculate length of "
    "respectively parallel to units unit drawn which".split())
_UNITS = re.compile(rf"(@\d+@) (?:{LENGTH_UNITS})\b")
_MID = re.compile(r"@(\d+)@ is the midpoint of (?:the )?(?:side |segment )?@(\d+)@")
_ON = [_MID, re.compile(r"@(\d+)@ (?:is |lies )?on (?:the )?(?:side |segment )?@(\d+)@"),
       re.compile(r"@(\d+)@ and @(\d+)@ (?:are |lie )?on (?:the )?(?:sides |segments )?"
                  r"@(\d+)@ and @(\d+)@,? respectively")]


def _seg(src: str) -> str | None:
    m = re.fullmatch(_SEG, src)
    if not m:
        return None
    a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return a + b if a != b else None


def _letter(src: str) -> str | None:
    m = re.fullmatch(r"\s*([A-Z])\s*", src)
    return m.group(1) if m else None


class _Figure:
    """Triangle XYZ, U on XY, V on XZ, UV parallel to YZ: the eight lengths by name."""

    def __init__(self, tri: str, cut: str, on: dict[str, str]) -> None:
        sides = {frozenset(s) for s in on.values()}
        apex = [x for x in tri if all(x in s for s in sides)]
        if len(on) != 2 or set(cut) != set(on) or len(sides) != 2 or len(apex) != 1:
            raise Decline("two points on the two sides through one vertex")
        x = apex[0]
        u, v = cut[0], cut[1]
        y = next(iter(set(on[u]) - {x}))
        z = next(iter(set(on[v]) - {x}))
        self.base = frozenset(y + z)
        self.names = {"XU": x + u, "UY": u + y, "XY": x + y, "XV": x + v, "VZ": v + z,
                      "XZ": x + z, "UV": u + v, "YZ": y + z}
        self.sym = {k: sp.Symbol(n, positive=True) for k, n in self.names.items()}

    def key(self, seg: str) -> str:
        for k, n in self.names.items():
            if set(n) == set(seg):
                return k
        raise Decline(f"the segment {seg} is not one of the figure's")

    def equations(self) -> list[sp.Expr]:
        s = self.sym
        return [s["XY"] - s["XU"] - s["UY"], s["XZ"] - s["XV"] - s["VZ"],
                s["XU"] * s["XZ"] - s["XV"] * s["XY"], s["UV"] * s["XY"] - s["YZ"] * s["XU"]]


def read_parallel_cut(split: Split, template: str) -> Result | None:
    if "parallel" not in template and not any("\\parallel" in m or "||" in m
                                              for m in split.maths):
        return None
    text = _UNITS.sub(r"\1", template)
    tri = cut = base = None
    on: dict[str, str] = {}
    told: dict[str, sp.Basic] = {}
    used: set[int] = set()
    for i, src in enumerate(split.maths):
        if m := _PAR.fullmatch(src):
            g = [c for c in m.groups() if c]
            cut, base = g[0] + g[1], g[2] + g[3]
            used.add(i)
        elif "=" in src:
            for part in src.split(","):
                left, _, right = part.partition("=")
                seg, value = _seg(left), number(right)
                if seg is None or value is None or not value.is_positive or seg in told:
                    return None  # not a length told
                told[seg] = value
            used.add(i)
    for m in re.finditer(r"@(\d+)@ (?:is )?parallel to @(\d+)@", text):
        cut, base = _seg(split.maths[int(m.group(1))]), _seg(split.maths[int(m.group(2))])
        used |= {int(m.group(1)), int(m.group(2))}
    for i, src in enumerate(split.maths):
        t = _TRI.fullmatch(src)
        if t and ("\\triangle" in src or re.search(rf"triangle @{i}@", text)):
            tri = "".join(c for c in t.groups() if c)
            used.add(i)
    halves: set[str] = set()  # the points told to be midpoints of their sides
    for pattern in _ON:
        for m in pattern.finditer(text):
            if pattern is _MID:
                halves.add(_letter(split.maths[int(m.group(1))]) or "")
            at = [int(x) for x in m.groups()]
            pairs = [(at[0], at[1])] if len(at) == 2 else [(at[0], at[2]), (at[1], at[3])]
            for point_at, side_at in pairs:
                pt, side = _letter(split.maths[point_at]), _seg(split.maths[side_at])
                if pt is None or side is None or pt in on:
                    raise Decline("a point on a side")
                on[pt] = side
                used |= {point_at, side_at}
    text = _MID.sub(" ; ", text)  # its point and side are read (`used`)
    asked = [i for i in map(int, re.findall(r"@(\d+)@", text)) if i not in used]
    if tri is None or cut is None or base is None or len(asked) != 1 or len(set(tri)) != 3:
        return None
    if words(text) - _GLUE:
        raise Decline("a word the parallel-cut reader does not know")
    target = _seg(split.maths[asked[0]])
    if target is None:
        raise Decline("a segment asked")
    fig = _Figure(tri, cut, on)
    if set(base) != fig.base or any(set(s) - set(tri) for s in on.values()):
        raise Decline("the cut parallel to the third side")
    halved = [("XU", "UY") if p == cut[0] else ("XV", "VZ") for p in halves]
    return _solve(fig, {fig.key(s): v for s, v in told.items()}, fig.key(target), halved)


def _solve(fig: _Figure, told: dict[str, sp.Basic], asked: str,
           halved: list[tuple[str, str]]) -> Result:
    if asked in told or not told or len(told) + len(halved) < 2:
        raise Decline("the asked length is told, or too little is told")
    s = fig.sym
    eqs = fig.equations() + [s[k] - v for k, v in told.items()] + [
        s[a] - s[b] for a, b in halved]  # a midpoint halves its side
    sols = sp.solve(eqs, list(s.values()), dict=True)
    values = {sp.nsimplify(sp.simplify(s[asked].subs(sol))) for sol in sols}
    if len(values) != 1:
        raise Decline("the lengths do not fix the answer")
    value = values.pop()
    if value.free_symbols or not value.is_positive:
        raise Decline("the lengths do not fix the answer")
    _confirm(fig, sols[0], told, asked, value, halved)
    scale = sp.simplify((s["XU"] / s["XY"]).subs(sols[0]))
    return value, _steps(fig, told, asked, value, None if scale.free_symbols else scale)


def _confirm(fig: _Figure, sol: dict, told: dict[str, sp.Basic], asked: str,
             value: sp.Basic, halved: list[tuple[str, str]]) -> None:
    s = fig.sym
    full: dict[str, sp.Expr] = {k: sol.get(sym, sym) for k, sym in s.items()}
    free = sorted(set().union(*(e.free_symbols for e in full.values())), key=str)
    ok = False
    with mpmath.workdps(40):
        size = max(told.values(), key=lambda t: float(t)) / 4  # free lengths near the told
        for trial in (sp.Rational(7, 3), sp.Rational(11, 5), sp.Rational(17, 4), 9,
                      sp.Rational(13, 7), sp.Rational(5, 2)):
            point = {f: size * trial * (k + 1) for k, f in enumerate(free)}
            n = {k: mpmath.mpf(str(sp.N(e.subs(point), 45))) for k, e in full.items()}
            xy, xz, yz = n["XY"], n["XZ"], n["YZ"]
            if not (abs(xy - xz) < yz < xy + xz):
                continue  # not a triangle: try other values for what is free
            cos_x = (xy**2 + xz**2 - yz**2) / (2 * xy * xz)
            y, z = (xy, mpmath.mpf(0)), (xz * cos_x, xz * mpmath.sqrt(1 - cos_x**2))
            u = (n["XU"], mpmath.mpf(0))
            v = (z[0] * n["XV"] / xz, z[1] * n["XV"] / xz)  # XV along XZ from the apex

            def dist(p: tuple, q: tuple) -> mpmath.mpf:
                return mpmath.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)
            origin = (mpmath.mpf(0), mpmath.mpf(0))
            at = {"XU": dist(origin, u), "UY": dist(u, y), "XY": dist(origin, y),
                  "XV": dist(origin, v), "VZ": dist(v, z), "XZ": dist(origin, z),
                  "UV": dist(u, v), "YZ": dist(y, z)}
            cross = (v[0] - u[0]) * (z[1] - y[1]) - (v[1] - u[1]) * (z[0] - y[0])
            tol = mpmath.mpf(10) ** -25
            ok = abs(cross) < tol and all(abs(at[k] - mpmath.mpf(str(sp.N(t, 45)))) < tol
                                          for k, t in told.items()) \
                and abs(at[asked] - mpmath.mpf(str(sp.N(value, 45)))) < tol \
                and n["UY"] > 0 and n["VZ"] > 0 and all(abs(at[a] - at[b]) < tol
                                                        for a, b in halved)
            break
    confirm.check(bool(ok), "on a triangle built with coordinates, the cut is parallel to the "
                  "third side, every told length measures as told and the asked one as the "
                  "answer")


def _steps(fig: _Figure, told: dict[str, sp.Basic], asked: str, value: sp.Basic,
           scale: sp.Basic | None) -> list[Step]:
    n = fig.names
    facts = ", ".join(f"{n[k]} = {latex(v)}" for k, v in told.items())
    ratio = (f"\\frac{{{n['XU']}}}{{{n['XY']}}} = \\frac{{{n['XV']}}}{{{n['XZ']}}} = "
             f"\\frac{{{n['UV']}}}{{{n['YZ']}}}")
    claim = f"{n[asked]} = {latex(value)}"
    factor = [] if scale is None else [step(
        "the scale factor", "The told lengths fix the ratio of the small triangle to the whole.",
        f"$\\frac{{{n['XU']}}}{{{n['XY']}}} = {latex(scale)}$",
        f"\\frac{{{n['XU']}}}{{{n['XY']}}} = {latex(scale)}")]
    return [
        step("similar triangles", f"{n['UV']} is parallel to {n['YZ']}, so triangle "
             f"{n['XU'][0]}{n['UV']} is similar to the whole triangle: corresponding sides "
             "are in one ratio.", f"${ratio}$"),
        step("the whole sides", "Each side through the apex is the sum of its two pieces.",
             f"${n['XY']} = {n['XU']} + {n['UY']}$, ${n['XZ']} = {n['XV']} + {n['VZ']}$"),
        *factor,
        step("solve", f"Put in {', '.join(f'${x}$' for x in facts.split(', '))} and solve.",
             f"${claim}$", claim),
    ]


__all__ = ["read_parallel_cut"]
