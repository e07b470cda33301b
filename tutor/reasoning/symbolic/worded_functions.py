"""A function defined in words, then asked at numbers: "Let $\\sigma(n)$ be the sum of the
positive divisors of $n$. Find $\\sigma(28)$.", "For each positive integer $n$, let $S(n)$
denote the sum of the digits of $n$. What is $S(S(2^{20}))$?", "If $f(n)$ is the number of
positive divisors of $n$, what is $f(36) + f(100)$?".

The definition is one sentence or an opening clause: "[For each positive integer $n$,]
let/define $F(n)$ [to] be/denote/represent <phrase of $n$>", or "If $F(n)$ is/denotes
<phrase>, ...". The phrase is never read here: each call at a number is asked as its own
question, "What is <the phrase with the number put in>?", and must come back answered and
confirmed by the reader of that question (innermost calls first, each value an integer).
The question left must be "What is/Find/Compute/Evaluate $E$" for an expression E of
calls; the values are put in and E is worked out exactly. Anything else declines.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex
from tutor.reasoning.symbolic.plain_text import wrap_plain_maths
from tutor.reasoning.symbolic.question_text import WholeSolver

_NAME = r"(?P<f>\\?[A-Za-z]+(?:_\{?\d+\}?)?)"
_FOR_EACH = (r"(?:for (?:each|every|any|a|all) (?:positive |nonnegative |non-negative )?"
             r"(?:integers?|whole numbers?|natural numbers?) \$(?P<v0>[a-z])\$,? )?")
_IS = r"(?:be|denote|represent|stand for|to be|be defined as|equal)"
_PHRASE = r"(?P<phrase>the (?:[^.;?$]|\$[^$]*\$)*?)"
_DEFINED = re.compile(
    _FOR_EACH + r"(?:let|define|we define|we let) \$" + _NAME + r"\s*\(\s*(?P<v>[a-z])\s*\)\$ "
    + _IS + r" " + _PHRASE + r"\s*[.;]\s*(?P<rest>.+)", re.I | re.S)
_OPENING = re.compile(
    r"if (?:we let )?\$" + _NAME + r"\s*\(\s*(?P<v>[a-z])\s*\)\$ "
    r"(?:is|denotes?|represents?|stands for) " + _PHRASE + r",\s*(?:then )?(?P<rest>.+)",
    re.I | re.S)
_ASKED = re.compile(r"(?:what is|what's|find|compute|evaluate|calculate|determine) "
                    r"(?:the value of )?\$(?P<e>[^$]+)\$\s*[.?]?", re.I)
_MAX_CALLS = 6


def definition(text: str) -> tuple[str, str, str, str]:
    """The function's name, its variable, the phrase that defines it, and the text after the
    definition; Decline when the text does not open with one. Maths typed without dollar
    signs is wrapped first (`wrap_plain_maths`)."""
    if "$" not in text:
        text = wrap_plain_maths(text) or text
    m = _DEFINED.fullmatch(text.strip()) or _OPENING.fullmatch(text.strip())
    if m is None:
        raise Decline("no function defined in words")
    v = m.group("v")
    # "divisors of $n$ (including $1$ and $n$)": what divisors are, said again
    phrase = re.sub(r"((?:divisors|factors) of \$" + v + r"\$)\s*\(including \$?1\$? and \$" + v
                    + r"\$(?: itself)?\)", r"\1", m.group("phrase").strip())
    pieces = re.findall(r"\$([^$]*)\$", phrase)
    if pieces.count(v) != 1 or any(v in p for p in pieces if p != v) or (
            m.groupdict().get("v0") or v) != v:
        raise Decline("the phrase must name the definition's variable once")
    rest = m.group("rest").strip()
    return m.group("f"), v, phrase, rest[:1].upper() + rest[1:]


def read(text: str, solve_whole: WholeSolver) -> tuple[sp.Basic | str, list[Step]]:
    """The value of an expression of calls of a function defined in words; Decline
    otherwise."""
    name, v, phrase, rest = definition(text)
    asked = _ASKED.fullmatch(rest)
    if asked is None:
        raise Decline("a question that is not the value of an expression")
    expr = asked.group("e").strip()
    call = re.compile(rf"(?<![\\A-Za-z]){re.escape(name)}(?![A-Za-z])\s*\(([^()]*)\)")
    if not call.search(expr):
        raise Decline("a question that calls no defined function")
    kept = confirm.confirmations()
    steps: list[Step] = []
    values: dict[int, sp.Integer] = {}
    shown = expr
    for _ in range(_MAX_CALLS):
        inner = call.search(expr)
        if inner is None:
            break
        k = _integer(inner.group(1))
        if k not in values:
            values[k] = _value_at(phrase, v, k, solve_whole, kept, steps)
        put = f"{values[k]}" if values[k] >= 0 else f"({values[k]})"
        expr = expr[:inner.start()] + put + expr[inner.end():]
    else:
        raise Decline("too many calls")
    if re.search(rf"(?<![\\A-Za-z]){re.escape(name)}(?![A-Za-z])", expr):
        raise Decline("the function named without being called at a number")
    result = parse_latex(expr).doit()
    if not result.is_Rational:
        raise Decline("the expression is not a number")
    if shown.strip() != f"{name}({list(values)[0]})" or len(values) > 1:
        claim = f"{latex(parse_latex(expr))} = {latex(result)}"
        steps.append(step("put the values in", f"Each call of ${name}$ replaced by its value.",
                          f"${shown} = {claim}$", claim))
    return result, steps


def _integer(src: str) -> int:
    value = parse_latex(src).doit()
    if not value.is_Integer:
        raise Decline("a call at something that is not a whole number")
    k = int(value)
    if abs(k) > 10**12:
        raise Decline("a call at a number too large")
    return k


def _value_at(phrase: str, v: str, k: int, solve_whole: WholeSolver, kept: list[str],
              steps: list[Step]) -> sp.Integer:
    """The phrase at the number k, asked as its own question and confirmed by its reader."""
    question = "What is " + phrase.replace(f"${v}$", f"${k}$") + "?"
    answer, found, checks = solve_whole(question)
    kept.extend(checks)
    confirm.record_again(kept)
    value = parse_latex(str(answer)) if isinstance(answer, str) else answer
    if not (isinstance(value, sp.Basic) and value.is_Integer):
        raise Decline("a value of the function that is not a whole number")
    steps.append(step("use the definition", question,
                      f"{phrase.replace(f'${v}$', f'${k}$')}: ${latex(value)}$", ""))
    steps.extend(found)
    return sp.Integer(value)


__all__ = ["definition", "read"]
