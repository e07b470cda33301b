"""A quantity told to be a fraction m/n in lowest terms, then m and n asked: "Suppose that
$\\sec x + \\tan x = \\frac{5}{2}$ and that $\\csc x + \\cot x = \\frac{m}{n},$ where $\\frac{m}{n}$
is in lowest terms. Find $m + n.$", "The probability that both are red is $\\frac{m}{n}$,
where $m$ and $n$ are relatively prime positive integers. Find $m + n$."

The quantity is asked on its own: "Find $\\csc x + \\cot x$." after the other sentences (a
piece `E = \\frac{m}{n}`), or "What is the probability that both are red?" (a sentence
"<the quantity> is $\\frac{m}{n}$"). It must come back confirmed as a positive rational
number; m and n are then its numerator and denominator in lowest terms, put into the asked
expression. The rule that makes m and n unique must be said ("relatively prime positive
integers", "in lowest terms"); without it the problem declines. Confirmed exactly: m and n
have no common factor and m / n is the value found.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex
from tutor.reasoning.symbolic.question_text import Question, Solver, named

_FRAC = r"\\[dt]?frac\s*\{?\s*([a-z])\s*\}?\s*\{?\s*([a-z])\s*\}?|([a-z])\s*/\s*([a-z])"
_TOLD = re.compile(r"\$\s*(?:(?P<lhs>[^$=]+?)\s*=\s*)?(?:" + _FRAC + r")\s*[.,]?\s*\$")
_LOWEST = [
    r"where @\d+@ and @\d+@ are (?:relatively prime|coprime) positive integers",
    r"for (?:some )?(?:relatively prime|coprime) positive integers @\d+@ and @\d+@",
    r"where @\d+@ is (?:a fraction )?in lowest terms",
    r"in lowest terms",
]
_ASKED = re.compile(r"(?:find|compute|what is|determine|calculate) @(\d+)@\s*[.?]?", re.I)
_CONDITION = re.compile(r"(.+?),?\s+((?:find|compute|what is|determine|calculate) @\d+@\s*[.?]?)",
                        re.I)
_LEADS = r"(?:,?\s*and (?:that )?|,?\s*(?:if|given that|suppose that|suppose)\s+|^)"


def _clause(sentence: str, k: int, told: bool) -> re.Match[str] | None:
    """The told fraction @k@ with its lowest-terms rule, and what leads to it: the joining
    words before an equation (`told`), or the words that describe the quantity."""
    rules = "|".join(f"(?:{r})" for r in _LOWEST)
    lead = _LEADS if told else r"^(?P<desc>.*?)"
    return re.search(lead + rf"@{k}@,?\s*(?P<rule>{rules})", sentence)


def _letters_of(piece: str) -> tuple[str, str]:
    m = _TOLD.fullmatch(piece)
    if m is None:
        raise Decline("a fraction of two letters")
    return (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))


def _letters(question: Question, k: int) -> tuple[str, str, str | None]:
    m = _TOLD.fullmatch(question.pieces[k])
    if m is None:
        raise Decline("a fraction of two letters")
    num, den = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
    if num == den:
        raise Decline("two different letters")
    return num, den, m.group("lhs")


def _rule_letters(question: Question, rule: str, num: str, den: str) -> None:
    said = [question.pieces[int(g)] for g in re.findall(r"@(\d+)@", rule)]
    letters = {re.sub(r"[\s$.,]", "", p) for p in said if not _TOLD.fullmatch(p)}
    fractions = [p for p in said if _TOLD.fullmatch(p)]
    if (letters and letters != {num, den}) or any(
            _letters_of(p) != (num, den) for p in fractions):
        raise Decline("the rule is about other letters")


def read(text: str, solve_part: Solver) -> tuple[sp.Basic, list[Step]]:
    """The asked expression in m and n; Decline when the problem is not of this kind."""
    question = Question.of(text)
    sentences = [s for s in re.split(r"(?<=[.;])\s+", question.context) if s]
    last = question.asked.strip()
    asked = _ASKED.fullmatch(last)
    if asked is None and (cond := _CONDITION.fullmatch(last)):  # "If ..., find m + n."
        sentences.append(cond.group(1) + ".")
        asked = _ASKED.fullmatch(cond.group(2))
    if asked is None or "frac" not in text and "/" not in text:
        raise Decline("not m and n of a fraction asked")
    found = [(i, k, c) for i, s in enumerate(sentences) for k in map(int, re.findall(r"@(\d+)@", s))
             if (t := _TOLD.fullmatch(question.pieces[k]))
             and (c := _clause(s, k, t.group("lhs") is not None))]
    if len(found) != 1:
        raise Decline("not one fraction told in lowest terms")
    i, k, clause = found[0]
    num, den, lhs = _letters(question, k)
    _rule_letters(question, clause.group("rule"), num, den)
    target = parse_latex(question.pieces[int(asked.group(1))].strip("$ .,"))
    m_sym, n_sym = sp.Symbol(num), sp.Symbol(den)
    if not isinstance(target, sp.Expr) or not target.free_symbols or not target.free_symbols <= {
            m_sym, n_sym}:
        raise Decline("an expression in the two letters asked")
    sentence = sentences[i]
    rest = (sentence[:clause.start()] + sentence[clause.end():]).strip(" ,.;")
    if lhs is not None:  # "... and that $E = \frac mn$, where ...": ask for E
        ask = f"Find ${lhs.strip()}$."
        kept = sentences[:i] + ([rest + "."] if re.search(r"@\d+@", rest) else []) \
            + sentences[i + 1:]
    else:  # "The probability that ... is $\frac mn$, where ...": ask for the probability
        said = re.fullmatch(r"the (?P<what>.+?) (?:is|equals|is equal to|can be written as)",
                            clause.group("desc").strip(), re.I)
        if said is None or rest:
            raise Decline("a quantity described before the fraction")
        ask = f"What is the {said.group('what')}?"
        kept = sentences[:i] + sentences[i + 1:]
    kept_text = question.restored(" ".join(kept))
    before = confirm.confirmations()
    value, steps, checks = solve_part(f"{kept_text} {question.restored(ask)}".strip())
    if not (isinstance(value, sp.Rational) and value > 0):
        raise Decline("the quantity is not a positive rational number")
    confirm.record_again(before, checks)
    p, q = int(value.p), int(value.q)
    confirm.check(math.gcd(p, q) == 1 and sp.Rational(p, q) == value,
                  f"${num} = {p}$ and ${den} = {q}$ have no common factor and give the value")
    answer = sp.nsimplify(target.subs({m_sym: p, n_sym: q}))
    return answer, [*named(steps, f"This is the fraction ${latex(value)}$."),
                    step("read off the letters", "In lowest terms the numerator and the "
                         "denominator are the two letters.",
                         f"${num} = {p}$, ${den} = {q}$, so ${latex(target)} = {latex(answer)}$",
                         f"{latex(target)} = {latex(answer)}")]


__all__ = ["read"]
