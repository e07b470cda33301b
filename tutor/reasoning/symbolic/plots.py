"""Draw a plot spec (see the package docstring) on a matplotlib Axes; no Qt here.

Expressions arrive as SymPy srepr strings; they are rebuilt with a tiny srepr reader
that only knows SymPy node names (no eval of arbitrary text).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import sympy as sp

_TOKEN = re.compile(r"\s*(?:([A-Za-z_]\w*)|('[^']*')|(-?\d+)|([(),=]))")
_ALLOWED = {name: getattr(sp, name) for name in (
    "Add", "Mul", "Pow", "Symbol", "Integer", "Rational", "Float",
    "sin", "cos", "tan", "cot", "sec", "csc",
    "asin", "acos", "atan", "exp", "log", "sqrt", "Abs", "Eq", "Tuple",
    )}
_ALLOWED["Equality"] = sp.Eq
_CONST = {"pi": sp.pi, "E": sp.E, "I": sp.I, "oo": sp.oo, "True": True, "False": False}


def from_srepr(text: str) -> sp.Basic:
    """Rebuild a SymPy object from srepr output (a restricted recursive-descent reader)."""
    tokens = _TOKEN.findall(text)
    pos = 0

    def parse() -> Any:
        nonlocal pos
        name, string, number, punct = tokens[pos]
        pos += 1
        if string:
            return string[1:-1]
        if number:
            return int(number)
        if name in _CONST:
            return _CONST[name]
        if name not in _ALLOWED:
            raise ValueError(f"unknown node {name!r}")
        fn = _ALLOWED[name]
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        if pos < len(tokens) and tokens[pos][3] == "(":
            pos += 1
            while tokens[pos][3] != ")":
                if tokens[pos][0] and pos + 1 < len(tokens) and tokens[pos + 1][3] == "=":
                    key = tokens[pos][0]
                    pos += 2
                    kwargs[key] = parse()
                else:
                    args.append(parse())
                if tokens[pos][3] == ",":
                    pos += 1
            pos += 1
            return fn(*args, **kwargs)
        return fn

    return parse()


def _title(ax: Any, spec: dict) -> None:
    if spec.get("title"):
        ax.set_title(spec["title"])


def render_plot(spec: dict[str, Any], ax: Any) -> None:
    """Draw `spec` on the matplotlib Axes `ax`."""
    kind = spec.get("kind")
    ax.grid(True, alpha=0.3)
    if kind == "function":
        x = sp.Symbol(spec.get("var", "x"))
        f = sp.lambdify(x, from_srepr(spec["expr"]), "numpy")
        lo, hi = spec.get("x_range", [-5, 5])
        xs = np.linspace(lo, hi, 400)
        ys = np.broadcast_to(np.asarray(f(xs), dtype=float), xs.shape)
        ax.plot(xs, ys)
        ax.axhline(0, color="black", lw=0.8)
        if spec.get("shade"):
            a, b = spec["shade"]
            mask = (xs >= a) & (xs <= b)
            ax.fill_between(xs[mask], ys[mask], alpha=0.3)
        for px, py in spec.get("points", []):
            ax.plot([px], [py], "o", color="C3")
    elif kind == "interval":
        ax.axhline(0, color="black", lw=0.8)
        ax.set_yticks([])
        for start, end, lo_open, hi_open in spec.get("intervals", []):
            a = start if start is not None else -10.0
            b = end if end is not None else 10.0
            ax.plot([a, b], [0, 0], lw=4, color="C0")
            for v, is_open in ((start, lo_open), (end, hi_open)):
                if v is not None:
                    ax.plot([v], [0], "o", color="C0", mfc="white" if is_open else "C0")
    elif kind == "system":
        names = [sp.Symbol(n) for n in spec["var"]]
        pts = spec.get("points", [[0, 0]])
        cx = pts[0][0] if pts else 0.0
        xs = np.linspace(cx - 5, cx + 5, 200)
        for eq_s in spec["equations"]:
            eq = from_srepr(eq_s)
            sols = sp.solve(eq, names[1])
            if sols:
                f = sp.lambdify(names[0], sols[0], "numpy")
                ax.plot(xs, np.broadcast_to(np.asarray(f(xs), dtype=float), xs.shape))
            else:
                xv = sp.solve(eq, names[0])
                if xv:
                    ax.axvline(float(xv[0]))
        for px, py in pts:
            ax.plot([px], [py], "o", color="C3")
    elif kind == "points":
        pts = spec.get("points", [])
        if spec.get("segment") and len(pts) >= 2:
            ax.plot([pts[0][0], pts[1][0]], [pts[0][1], pts[1][1]], color="C0")
        for px, py in pts:
            ax.plot([px], [py], "o", color="C3")
    elif kind == "figure":  # a problem's Asymptote figure, read by our own reader
        from tutor.reasoning.symbolic.diagrams.drawing import draw_figure

        draw_figure(str(spec["source"]), ax)
    elif kind == "circle":
        (h, k), r = spec["center"], spec["radius"]
        t = np.linspace(0, 2 * np.pi, 300)
        ax.plot(h + r * np.cos(t), k + r * np.sin(t))
        ax.plot([h], [k], "o", color="C3")
        ax.set_aspect("equal")
    else:
        raise ValueError(f"unknown plot kind {kind!r}")
    _title(ax, spec)
