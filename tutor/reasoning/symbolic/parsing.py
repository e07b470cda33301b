"""Turning a problem's maths pieces into SymPy objects, without eval.

`split_problem` (in `problem_text`, re-exported here) gives the template and the pieces.
`parse_latex` turns one piece into SymPy with latex2sympy2_extended (an ANTLR parser that
never evaluates text); it refuses notation it could silently misread (subscripts, dots,
text).
"""

from __future__ import annotations

import functools
import re

import sympy as sp
from latex2sympy2_extended.latex2sympy2 import ConversionConfig
from latex2sympy2_extended.math_normalization import NormalizationConfig
from sympy.core.function import AppliedUndef
from sympy.core.relational import Relational

from tutor.reasoning.symbolic import floor_brackets, tex
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.problem_text import Split, clean, split_problem
from tutor.verify import absolute_bars, latex_gcd
from tutor.verify.answer_normalize import repeating_fraction
from tutor.verify.division_fractions import division_then_slash, fractions_after_division
from tutor.verify.latex_reader import latex_to_sympy
from tutor.verify.real_roots import real_odd_roots

_CONFIG = ConversionConfig(lowercase_symbols=False)
_NORMALIZATION = NormalizationConfig()  # latex2sympy's default
latex_gcd.install()
# Notation latex2sympy would drop or misread: refuse rather than guess.
_REFUSE = re.compile(
    r"\\(?:l?dots|cdots|ddots|vdots|dotsb|text|mathrm|mathbf|mathbb|overline|begin|pmod|bmod|"
    r"equiv|mid|angle|triangle|circ(?!\b)|pm|mp|cup|cap|in\b|subset|neq|ne\b|approx|"
    r"operatorname|mathop|vec|hat|bar|prime)|\.\.\.|%|'|\\\\|&"
)
_ALLOWED_SUB = re.compile(r"\\(?:sum|prod|lim|log|int)\s*_")


_FUNC = re.compile(r"\\(arcsin|arccos|arctan|arccot|arcsec|arccsc|sin|cos|tan|sec|csc|cot|ln|log)"
                   r"(?![a-zA-Z])")
_GREEK = (r"\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|iota|kappa|"
          r"lambda|mu|nu|xi|rho|sigma|tau|upsilon|phi|varphi|chi|psi|omega)(?![a-zA-Z])")
_ATOM = re.compile(r"\s*(\d+(?:\.\d+)?[a-zA-Z]?|[a-zA-Z]|\\pi(?![a-zA-Z])|" + _GREEK
                   + r")(\s*\^\s*\\circ)?")


_ROOT_ARG = re.compile(r"\\sqrt\s*(?:\[[^\]]*\]\s*)?(?=\{)")


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
            raise Decline("log without a base reads two ways, base 10 or base e; write "
                          "log_10 or ln")
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
        root = _ROOT_ARG.match(s, j)
        if root is not None:  # \arctan \sqrt{3}: the root is the argument
            end = _group_end(s, root.end()) + 1
            if re.match(r"\s*(?:[\w(^]|\\(?:pi|sqrt|frac)(?![a-zA-Z])|" + _GREEK + ")", s[end:]):
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
        # \tan 3\pi/4: tan(3pi/4) or tan(3pi)/4; but \sin x / x is (sin x)/x, as everyone
        # writes it, and \ln 8/\ln 2 divides: only a number after the slash reads two ways
        if not a.group(2) and re.match(r"/\s*\d", rest):
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


@functools.lru_cache(maxsize=4096)
def _conversion(s: str) -> object:
    """latex2sympy's reading of `s` (SLL prediction first, `latex_reader`), or the message of
    its failure. Readers parse the same text many times over (a function's value put back
    into the question, once per reader) and ANTLR takes up to a second on nested fractions,
    so each text is converted once. Only immutable results are kept (a SymPy expression, or
    a message)."""
    try:
        expr = latex_to_sympy(s, _NORMALIZATION, _CONFIG, convert_degrees=True)
    except Exception as exc:  # the ANTLR parser raises bare Exceptions
        return _Failed(str(exc))
    return expr if isinstance(expr, sp.Basic) else _NOT_A_FORMULA


class _Failed(str):
    """latex2sympy's message when it could not convert a text."""


_NOT_A_FORMULA = _Failed("")  # converted, but to something that is not a SymPy expression


def _converted(s: str) -> sp.Basic:
    got = _conversion(s)
    if got is _NOT_A_FORMULA:
        raise Decline(f"not a formula: {s!r}")
    if isinstance(got, _Failed) or not isinstance(got, sp.Basic):
        raise Decline(f"could not parse {s!r}: {got}")
    return got


_STACKED_POWER = re.compile(r"\^\s*(?:\{[^{}]*\}|\w)\s*\^")  # one token, as TeX reads


def parse_latex(latex: str) -> sp.Basic:
    """Parse one LaTeX segment to SymPy, or raise Decline."""
    s = latex_gcd.plain_names(absolute_bars.paired(clean(latex)))
    if division_then_slash(s):  # `6 \div 2 / 3`: (6 ÷ 2)/3, or 6 ÷ (2/3)?
        raise Decline("a slash after a division sign reads two ways")
    if _STACKED_POWER.search(s):  # `2^3^2`: (2^3)^2 = 64, or 2^(3^2) = 512?
        raise Decline("a power of a power written without brackets reads two ways")
    s = fractions_after_division(s, latex=True)  # `1/2 \div 3/8`: 3/8 is a fraction
    s = re.sub(r"(\d*)\.(\d*)\\overline\{(\d+)\}", repeating_fraction, s)
    tex.check_known(s)
    if floor_brackets.has_brackets(s):
        s = floor_brackets.settle_constants(s, parse_latex)
    s = tex.braced(s)
    # a letter gamma before a bracket or a Greek letter multiplies (the function is \Gamma)
    s = re.sub(r"\\gamma(?![a-zA-Z])\s*(?=\(|" + _GREEK + ")", r"\\gamma \\cdot ", s)
    s = re.sub(r"\^\s*(\\frac\s*\{[^{}]*\}\s*\{[^{}]*\})", r"^{\1}", s)
    s = _wrap_args(s)
    # latex2sympy reads a bare "tr" as a matrix trace: between other letters it is t times r
    # ("rs + st + tr", the roots r, s, t); a bracketed or named "tr" stays as it is (declined)
    s = re.sub(r"(?<![\\a-zA-Z{])tr(?![a-zA-Z({])", "t r", s)
    # latex2sympy adds juxtaposed numbers ("2(3)" -> 5): make products explicit
    if re.search(r"\d\s+\d", s):
        raise Decline("numbers separated by a space")
    s = re.sub(r"\)\s*(?=\()", r") \\cdot ", s)
    s = re.sub(r"(?<![_^{])(\d)\s*(?=\()", r"\1 \\cdot ", s)
    s = re.sub(r"\)\s*(?=\d)", r") \\cdot ", s)
    if not s or _REFUSE.search(s):
        raise Decline(f"notation not understood: {s!r}")
    if _ZERO_TO_ZERO.search(s):  # SymPy says 1; school books say undefined: never guess
        raise Decline("0^0, which books define differently")
    if "_" in s and len(re.findall(r"_", s)) != len(_ALLOWED_SUB.findall(s)):
        raise Decline(f"subscripts not understood: {s!r}")
    factors = long_product_factors(s)
    if factors:  # ANTLR's prediction slows sharply on long products: parse each factor
        expr = sp.Mul(*(_converted(f) for f in factors), evaluate=False)
    else:
        expr = _converted(s)
    if expr.atoms(AppliedUndef):
        raise Decline(f"unknown function in {s!r}")
    if expr.has(sp.Limit) and not _ONE_SIDE.search(s):  # "x \\to 0": from both sides
        expr = expr.replace(lambda e: isinstance(e, sp.Limit) and e.args[2].is_finite,
                            lambda e: sp.Limit(*e.args[:3], dir="+-"))
    if expr.has(sp.EulerGamma) and "\\Gamma" not in s:  # latex2sympy's \gamma: a letter here
        expr = expr.subs(sp.EulerGamma, sp.Symbol("gamma"))
    expr = real_odd_roots(exact(expr))
    for f in expr.atoms(sp.acot, sp.asec, sp.acsc):
        if not f.args[0].is_positive:  # books differ on their ranges below 0
            raise Decline(f"{f.func.__name__} of a number not known to be positive")
    for f in expr.atoms(sp.log):
        if any(a.is_number and a.is_negative for a in f.args):  # log_2(-8), log_{-2} 4
            raise Decline("logarithm of a negative number or to a negative base")
    for f in expr.atoms(sp.asin, sp.acos, sp.asec, sp.acsc):
        # arcsin 2 has no real value: never answer it with itself
        arg, inside = f.args[0], isinstance(f, sp.asin | sp.acos)
        gap = abs(arg) - 1 if inside else 1 - abs(arg)
        if arg.is_number and arg.is_real and gap.is_positive:
            raise Decline(f"{f.func.__name__} of a number outside its domain")
    if "\\frac" in s and isinstance(expr, Relational) and expr.free_symbols:
        from tutor.reasoning.symbolic import written_denominators  # it parses with us

        written_denominators.remember(expr, s)
    return expr



_ZERO_TO_ZERO = re.compile(r"(?<![\d.])0\s*\^\s*(?:\{\s*0\s*\}|0(?![\d.]))")
# "x \\to 0^+", "x \\to 0^{-}": a one-sided limit (latex2sympy reads a plain one as "+")
_ONE_SIDE = re.compile(r"\\to\s*[^{}^]*\^\s*\{?\s*[+-]")
_SPLIT_AT = 4  # factors; shorter products parse fast enough whole
_NOT_A_FACTOR = re.compile(r"[-+=<>,;|&!/]|\\(?:pm|mp|le|ge|ne|lt|gt|leq|geq|neq|times|div|"
                           r"cdot|approx|equiv|mod|pmod|bmod|to|in)(?![a-zA-Z])")


def long_product_factors(s: str) -> list[str] | None:
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


def sum_at_top(s: str) -> bool:
    """A + or - outside brackets that is no leading sign ("10 + 2^{10}", not "-3" or
    "(1 + 2)^3"): a binary "mod" after it may take the whole sum or its last term."""
    return bool(re.search(r"[\w)}\]!.]\s*[-+]", _outside_brackets(s)))


def exact(expr: sp.Basic) -> sp.Basic:
    """Replace decimals by the exact fractions they denote."""
    floats = expr.atoms(sp.Float)
    if not floats:
        return expr
    return expr.xreplace({f: sp.Rational(str(f)) for f in floats})


__all__ = ["Split", "exact", "group_end", "parse_latex", "split_problem"]
