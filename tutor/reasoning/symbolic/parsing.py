"""Turning problem text into a template and SymPy objects, without eval.

`split_problem` replaces every maths segment (`$..$`, `$$..$$`, `\\(..\\)`, `\\[..\\]`,
`align*`) and every bare number by a placeholder `@k@`, giving a lower-case template
that `recognise` matches against whole-sentence patterns. `parse_latex` turns one
segment into SymPy with latex2sympy2_extended (an ANTLR parser that never evaluates
text); it refuses notation it could silently misread (subscripts, dots, text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp
from latex2sympy2_extended import latex2sympy
from latex2sympy2_extended.latex2sympy2 import ConversionConfig
from sympy.core.function import AppliedUndef

from tutor.reasoning.symbolic import tex
from tutor.reasoning.symbolic.model import Decline
from tutor.verify.real_roots import real_odd_roots

_MATH = re.compile(
    r"\$\$(.+?)\$\$|\$((?:\\.|[^$\\])+?)\$|\\\((.+?)\\\)|\\\[(.+?)\\\]"
    r"|\\begin\{align\*?\}(.+?)\\end\{align\*?\}",
    re.S,
)
_UNKNOWN_LEAD = re.compile(r"^\s*([a-zA-Z])\s*:\s*(?=\S)")
_NUMBER = re.compile(
    r"(?<![\w@.])-?(?:[1-9]\d{0,2}(?:,\d{3})+(?!\d)(?!,\d)|\d+)(?:\.\d+)?(?![\w@])")
# A number written in the text, not in maths, with its currency sign or percent sign
# (`\$40`, `35\%`, `20%`): one piece, as when written `$\$40$` or `$35\%$`.
_TEXT_QUANTITY = re.compile(
    r"(?P<money>(?<![\w@])\\\$\s?)?" + _NUMBER.pattern + r"(?P<pct>\s?\\?%)?")
# Thousands separators: `9{,}009`, `9,\!009`, `9\,009` in TeX, and `9,009` with no space.
_TEX_THOUSANDS = re.compile(r"(?<=\d)(?:\{,\}|,\\!\s*|\\,)(?=\d{3}(?!\d))")
_PLAIN_THOUSANDS = re.compile(r"(?<![\d,.])[1-9]\d{0,2}(?:,\d{3})+(?!\d)(?!,\d)")
_CONFIG = ConversionConfig(lowercase_symbols=False)
# Notation latex2sympy would drop or misread: refuse rather than guess.
_REFUSE = re.compile(
    r"\\(?:l?dots|cdots|ddots|vdots|dotsb|text|mathrm|mathbf|mathbb|overline|begin|pmod|bmod|"
    r"equiv|mid|angle|triangle|circ(?!\b)|pm|mp|cup|cap|in\b|subset|neq|ne\b|approx|"
    r"operatorname|mathop|lfloor|rfloor|vec|hat|bar|prime)|\.\.\.|%|'|\\\\|&"
)
_ALLOWED_SUB = re.compile(r"\\(?:sum|prod|lim|log|int)\s*_")


@dataclass
class Split:
    """A problem as a template plus the LaTeX of each placeholder."""

    template: str
    maths: list[str]


def _without_thousands(s: str) -> str:
    """`9{,}009` and `9,\\!009` are 9009. A plain `9,009` is too, unless the comma can be
    a separator: inside brackets (`\\gcd(12,345)`, `(2,100)`) it is left as it is."""
    s = _TEX_THOUSANDS.sub("", s)

    def join(m: re.Match[str]) -> str:
        before = s[:m.start()]
        depth = sum(before.count(c) for c in "([{") - sum(before.count(c) for c in ")]}")
        return m.group(0).replace(",", "") if depth == 0 else m.group(0)

    return _PLAIN_THOUSANDS.sub(join, s)


def _clean(latex: str) -> str:
    s = _without_thousands(latex.strip())
    s = re.sub(r"\\[!,;: ]|~", " ", s)
    s = re.sub(r"\\(?:left|right|big|Big|bigg|Bigg)\s*(?=[\\()\[\]|.])", "", s)
    s = s.replace("\\left.", "").replace("\\right.", "")
    s = re.sub(r"\\[dt](frac|binom)", r"\\\1", s)
    s = s.replace("\\displaystyle", "")
    # \frac12, \frac{x}2 -> \frac{1}{2}, \frac{x}{2}
    s = re.sub(r"\\frac\s*(\d)\s*(\d)", r"\\frac{\1}{\2}", s)
    s = re.sub(r"\\frac\s*(\{[^{}]*\})\s*([0-9a-zA-Z])", r"\\frac\1{\2}", s)
    s = re.sub(r"\\frac\s*([0-9a-zA-Z])\s*(\{)", r"\\frac{\1}\2", s)
    s = s.replace("\\le ", "\\leq ").replace("\\ge ", "\\geq ")
    s = re.sub(r"\\(le|ge)(?![a-z])", r"\\\1q", s)
    # Not "!": inside maths, `5!` is a factorial, not an exclamation.
    s = s.rstrip(" .,;:?")
    return s.strip()


def _quantity(m: re.Match[str]) -> str:
    number = m.group(0).replace(",", "")
    if m.group("money"):
        number = number[len(m.group("money")):].strip()
    if m.group("pct"):
        number = number[:-len(m.group("pct"))].strip()
    return ("\\$" if m.group("money") else "") + number + ("\\%" if m.group("pct") else "")


def split_problem(text: str) -> Split:
    """Template with `@k@` placeholders for maths segments and bare numbers."""
    maths: list[str] = []

    def put(latex: str) -> str:
        maths.append(_clean(latex))
        return f" @{len(maths) - 1}@ "

    def math_sub(m: re.Match[str]) -> str:
        src = next(g for g in m.groups() if g is not None)
        lead = _UNKNOWN_LEAD.match(src)  # "Solve for $x: 2x = 4$": the unknown, then the maths
        if lead and "=" in src[lead.end():]:
            return put(lead.group(1)) + ": " + put(src[lead.end():])
        return put(src)

    body = _MATH.sub(math_sub, text)
    # a sentence's punctuation captured inside the maths: "$x = 2.$" -> "... ."
    body = _TEXT_QUANTITY.sub(lambda m: put(_quantity(m)), body)
    tmpl = re.sub(r"\s+", " ", body.lower()).strip()
    tmpl = re.sub(r"\s+([.,?:;!])", r"\1", tmpl)
    return Split(tmpl, maths)


_FUNC = re.compile(r"\\(arcsin|arccos|arctan|sin|cos|tan|sec|csc|cot|ln|log)(?![a-zA-Z])")
_GREEK = (r"\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|iota|kappa|"
          r"lambda|mu|nu|xi|rho|sigma|tau|upsilon|phi|varphi|chi|psi|omega)(?![a-zA-Z])")
_ATOM = re.compile(r"\s*(\d+(?:\.\d+)?[a-zA-Z]?|[a-zA-Z]|\\pi(?![a-zA-Z])|" + _GREEK
                   + r")(\s*\^\s*\\circ)?")


def group_end(s: str, j: int, pair: str = "{}") -> int:
    """Index of the bracket closing the one at s[j] (`pair` is "{}" or "()")."""
    depth, step = 0, {pair[0]: 1, pair[1]: -1}
    for k in range(j, len(s)):
        depth += step.get(s[k], 0)
        if depth == 0:
            return k
    raise Decline("unbalanced brackets")


_group_end = group_end


def _wrap_args(s: str) -> str:
    """Give every function an explicit bracketed argument: `\\log_2 64` -> `\\log_{2}(64)`.

    latex2sympy reads a bare argument greedily (`\\sin x / x` as sin(x/x)), so a
    bare argument is allowed only when it is one simple token, and refused otherwise.
    """
    out: list[str] = []
    i = 0
    while (m := _FUNC.search(s, i)) is not None:
        out.append(s[i:m.end()])
        j, has_base = m.end(), False
        while True:
            while j < len(s) and s[j] == " ":
                j += 1
            if j < len(s) and s[j] in "_^":
                mark, k = s[j], j + 1
                while k < len(s) and s[k] == " ":
                    k += 1
                end = _group_end(s, k) if s[k:k + 1] == "{" else k
                inner = s[k + 1:end] if s[k:k + 1] == "{" else s[k:k + 1]
                has_base |= mark == "_"
                out.append(f"{mark}{{{inner}}}")
                j = end + 1
            else:
                break
        if m.group(1) == "log" and not has_base:
            raise Decline("logarithm without a base")
        if s[j:j + 1] == "(":
            i = j
            continue
        if s[j:j + 1] == "{":
            end = _group_end(s, j)
            out.append("(" + s[j + 1:end] + ")")
            i = end + 1
            continue
        if s.startswith("\\frac{", j):  # \sin \frac{\pi}{6}: the fraction is the argument
            end = _group_end(s, _group_end(s, j + 5) + 1) + 1
            if re.match(r"\s*(?:[\w(]|\\(?:pi|sqrt)(?![a-zA-Z]))", s[end:]):
                raise Decline("ambiguous function argument")
            out.append("(" + s[j:end] + ")")
            i = end
            continue
        a = _ATOM.match(s, j)
        if a is None:
            raise Decline("function argument not understood")
        end = _juxtaposed_factors(s, a.end()) if not a.group(2) else a.end()
        rest = s[end:].lstrip()
        if re.fullmatch(r"d[a-z]\s*", rest) and "\\int" in s[:j]:
            rest = ""  # \int \sin x \, dx: the differential ends the argument
        if rest[:1].isalpha() or (rest[:1] == "^" and not a.group(2)):
            raise Decline("ambiguous function argument")
        out.append("(" + s[j:end].strip() + ")")
        i = end
    out.append(s[i:])
    return "".join(out)


_FACTOR = re.compile(r"\s*(?:\\sqrt\s*(?:\[[^\]]*\])?\s*(?=\{)|\\pi(?![a-zA-Z])|" + _GREEK + ")")


def _juxtaposed_factors(s: str, i: int) -> int:
    """End of a bare function argument: `\\log_2 8\\sqrt{2}` is log_2(8 sqrt 2) and
    `\\sin 2\\pi` is sin(2 pi), as a reader takes the juxtaposed factors together."""
    while (m := _FACTOR.match(s, i)) is not None:
        i = _group_end(s, m.end()) + 1 if s[m.end():m.end() + 1] == "{" else m.end()
    return i


def _repeating(m: re.Match[str]) -> str:
    whole, fixed, rep = m.group(1) or "0", m.group(2), m.group(3)
    value = sp.Integer(whole) + (sp.Rational(int(fixed), 10 ** len(fixed)) if fixed else 0)
    value += sp.Rational(int(rep), (10 ** len(rep) - 1) * 10 ** len(fixed))
    return f"\\frac{{{value.p}}}{{{value.q}}}"


def parse_latex(latex: str) -> sp.Basic:
    """Parse one LaTeX segment to SymPy, or raise Decline."""
    s = _clean(latex)
    s = re.sub(r"(\d*)\.(\d*)\\overline\{(\d+)\}", _repeating, s)
    tex.check_known(s)
    s = tex.braced(s)
    s = re.sub(r"\^\s*(\\frac\s*\{[^{}]*\}\s*\{[^{}]*\})", r"^{\1}", s)
    s = _wrap_args(s)
    # latex2sympy adds juxtaposed numbers ("2(3)" -> 5): make products explicit
    if re.search(r"\d\s+\d", s):
        raise Decline("numbers separated by a space")
    s = re.sub(r"\)\s*(?=\()", r") \\cdot ", s)
    s = re.sub(r"(?<![_^{])(\d)\s*(?=\()", r"\1 \\cdot ", s)
    s = re.sub(r"\)\s*(?=\d)", r") \\cdot ", s)
    if not s or _REFUSE.search(s):
        raise Decline(f"notation not understood: {s!r}")
    if "_" in s and len(re.findall(r"_", s)) != len(_ALLOWED_SUB.findall(s)):
        raise Decline(f"subscripts not understood: {s!r}")
    try:
        factors = _long_product(s)
        if factors:  # ANTLR's prediction slows sharply on long products: parse each factor
            expr = sp.Mul(*(latex2sympy(f, convert_degrees=True, conversion_config=_CONFIG)
                            for f in factors), evaluate=False)
        else:
            expr = latex2sympy(s, convert_degrees=True, conversion_config=_CONFIG)
    except Exception as exc:  # the ANTLR parser raises bare Exceptions
        raise Decline(f"could not parse {s!r}: {exc}") from exc
    if not isinstance(expr, sp.Basic):
        raise Decline(f"not a formula: {s!r}")
    if expr.atoms(AppliedUndef):
        raise Decline(f"unknown function in {s!r}")
    expr = real_odd_roots(exact(expr))
    if "\\frac" in s and isinstance(expr, sp.Equality) and expr.free_symbols:
        from tutor.reasoning.symbolic import written_denominators  # it parses with us

        written_denominators.remember(expr, s)
    return expr



_SPLIT_AT = 4  # factors; shorter products parse fast enough whole
_NOT_A_FACTOR = re.compile(r"[-+=<>,;|&!/]|\\(?:pm|mp|le|ge|ne|lt|gt|leq|geq|neq|times|div|"
                           r"cdot|approx|equiv|mod|pmod|bmod|to|in)(?![a-zA-Z])")


def _long_product(s: str) -> list[str] | None:
    """The factors of `a \\cdot b \\cdot c \\cdot d ...` when nothing else stands between them.

    Only a plain product of at least `_SPLIT_AT` factors is split: a factor with any
    operator, relation or punctuation outside brackets makes the whole string parse
    as one, so precedence is never in question.
    """
    parts: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(s):
        c = s[i]
        if c in "{([":
            depth += 1
        elif c in "})]":
            depth -= 1
        elif depth == 0 and s.startswith("\\cdot", i) and not s[i + 5:i + 6].isalpha():
            parts.append(s[start:i])
            start = i = i + 5
            continue
        i += 1
    parts.append(s[start:])
    if len(parts) < _SPLIT_AT or depth != 0:
        return None
    for part in parts:
        if not part.strip() or _NOT_A_FACTOR.search(_outside_brackets(part)):
            return None
    return [p.strip() for p in parts]


def _outside_brackets(s: str) -> str:
    out, depth = [], 0
    for c in s:
        if c in "{([":
            depth += 1
        elif c in "})]":
            depth -= 1
        elif depth == 0:
            out.append(c)
    return "".join(out)


def exact(expr: sp.Basic) -> sp.Basic:
    """Replace decimals by the exact fractions they denote."""
    floats = expr.atoms(sp.Float)
    if not floats:
        return expr
    return expr.xreplace({f: sp.Rational(str(f)) for f in floats})


_PLAIN_FUNCS = ("arcsin", "arccos", "arctan", "sin", "cos", "tan", "sec", "csc", "cot",
                "ln", "log", "exp", "sqrt")


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


def plain_to_latex(s: str) -> str:
    """Convert calculator-style maths (`x**2 + sqrt(x)*sin(x)`) to LaTeX."""
    s = s.strip().replace("**", "^").replace(">=", r" \geq ").replace("<=", r" \leq ")
    s = s.replace("!=", r" \neq ")
    out, i = [], 0
    while i < len(s):
        m = re.match(r"[A-Za-z]+", s[i:])
        if m and m.group(0) in _PLAIN_FUNCS and s[i + m.end():i + m.end() + 1] == "(":
            name = m.group(0)
            start = i + m.end()
            end = _match_paren(s, start)
            inner = plain_to_latex(s[start + 1:end])
            if name == "sqrt":
                out.append(r"\sqrt{" + inner + "}")
            elif name == "exp":
                out.append("e^{" + inner + "}")
            else:
                out.append("\\" + ("ln" if name == "log" else name) + "(" + inner + ")")
            i = end + 1
        elif m and m.group(0) == "pi":
            out.append(r"\pi ")
            i += 2
        elif m and m.group(0) in _PLAIN_FUNCS:
            out.append("\\" + ("ln" if m.group(0) == "log" else m.group(0)) + " ")
            i += m.end()
        elif m:
            out.append(m.group(0))
            i += m.end()
        elif s[i] == "*":
            out.append(r" \cdot ")
            i += 1
        elif s[i] == "^" and s[i + 1:i + 2] == "(":
            end = _match_paren(s, i + 1)
            out.append("^{" + plain_to_latex(s[i + 2:end]) + "}")
            i = end + 1
        else:
            out.append(s[i])
            i += 1
    return "".join(out)
