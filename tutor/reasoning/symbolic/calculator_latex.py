"""Calculator-style maths as LaTeX: `x**2 + sqrt(x)*sin(x)` -> `x^2 + \\sqrt{x} \\cdot \\sin(x)`,
`cbrt(27)` -> `\\sqrt[3]{27}`, `2^10` -> `2^{10}`, `3 1/2` -> a mixed number. Used by
`plain_text` and the calculus readers for maths typed without TeX."""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.model import Decline

_PLAIN_FUNCS = ("arcsin", "arccos", "arctan", "arccot", "arcsec", "arccsc", "sin", "cos", "tan",
                "sec", "csc", "cot", "ln", "log", "exp", "sqrt", "cbrt")
# "gcd(n, 12)", "lcm(18, 24)": functions of two integers, maths only with their bracket
_BRACKETED_FUNCS = ("gcd", "lcm")


def _match_paren(s: str, i: int) -> int:
    depth = 0
    for j in range(i, len(s)):
        if s[j] == "(":
            depth += 1
        elif s[j] == ")":
            depth -= 1
            if depth == 0:
                return j
    raise Decline("unbalanced brackets")


_MIXED_NUMBER = re.compile(r"(?<![\w.^_/])(\d+) +(\d+)/(\d+)(?![\w.^(])")


def plain_to_latex(s: str) -> str:
    """Convert calculator-style maths (`x**2 + sqrt(x)*sin(x)`) to LaTeX."""
    s = s.strip().replace("**", "^").replace(">=", r" \geq ").replace("<=", r" \leq ")
    s = s.replace("!=", r" \neq ").replace("°", "^{\\circ}")
    # "3 1/2": a whole number and a fraction with a space between, a mixed number as typed
    s = _MIXED_NUMBER.sub(r"\1\\frac{\2}{\3}", s)
    out, i = [], 0
    while i < len(s):
        m = re.match(r"[A-Za-z]+", s[i:])
        if m and m.group(0) in (*_PLAIN_FUNCS, *_BRACKETED_FUNCS) \
                and s[i + m.end():i + m.end() + 1] == "(":
            name = m.group(0)
            start = i + m.end()
            end = _match_paren(s, start)
            inner = plain_to_latex(s[start + 1:end])
            if name in ("sqrt", "cbrt"):
                out.append((r"\sqrt{" if name == "sqrt" else r"\sqrt[3]{") + inner + "}")
            elif name == "exp":
                out.append("e^{" + inner + "}")
            elif name == "lcm":  # TeX has no \\lcm: the operator name, as problems write it
                out.append("\\operatorname{lcm}(" + inner + ")")
            else:
                out.append("\\" + name + "(" + inner + ")")
            i = end + 1
        elif m and m.group(0) in ("pi", "theta"):
            out.append(f"\\{m.group(0)} ")
            i += m.end()
        elif m and m.group(0) == "log" and s[i + 3:i + 4] == "_":  # log_2 8: a base given
            base = re.match(r"_(\d+)(?=\s*\()", s[i + 3:])  # log_10(1000): the base is 10
            out.append(f"\\log_{{{base.group(1)}}}" if base else "\\log")
            i += 3 + (base.end() if base else 0)
        elif m and m.group(0) in _PLAIN_FUNCS:
            out.append("\\" + m.group(0) + " ")
            i += m.end()
        elif m:
            out.append(m.group(0))
            i += m.end()
        elif s[i] == "*":
            out.append(r" \cdot ")
            i += 1
        elif s[i] == "^" and re.match(r"\s*-?\d", s[i + 1:]):
            # calculator input: 2^10 is 2 to the tenth (TeX would read 2^1 0), 2^-3 too
            power = re.match(r"\s*(-?\d+(?:\.\d+)?)", s[i + 1:])
            assert power is not None
            out.append("^{" + power.group(1) + "}")
            i += 1 + power.end()
        elif s[i] == "^" and s[i + 1:i + 2] == "(":
            end = _match_paren(s, i + 1)
            out.append("^{" + plain_to_latex(s[i + 2:end]) + "}")
            i = end + 1
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


# "cube root of 27" beside calculator maths ("sqrt(16) + cube root of 27"): `cbrt(27)`
_ROOT_SAID = re.compile(r"\b(?:the )?(?P<k>square|cube) root of (?P<n>\d+(?:\.\d+)?|\([^()]*\))"
                        r"(?![\w.^(])", re.IGNORECASE)


def roots_said(maths: str) -> str:
    """`maths` with each square or cube root said in words written as `sqrt(..)`/`cbrt(..)`."""
    return _ROOT_SAID.sub(lambda m: ("sqrt" if m.group("k").lower() == "square" else "cbrt")
                          + (m.group("n") if m.group("n").startswith("(") else
                             f"({m.group('n')})"), maths)


__all__ = ["plain_to_latex", "roots_said"]
