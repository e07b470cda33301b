"""Reader of one written-out calculation asked in any words: "Fully simplify the following
expression: $[(3+5)\\div 2] + 7$.", "Express as a common fraction: $\\frac{1}{3}+\\frac{1}{4}$",
"Express this sum as a fraction in lowest terms: $0.\\overline{3} + 0.\\overline{12}$",
"Find $4\\cdot(2\\frac{1}{3} - 1\\frac{1}{2})$. Express your answer as a mixed number.",
"Solve for $r$: $r = \\frac{\\sqrt{9+16}}{\\sqrt{100}}$. Express as a common fraction.".

The question is one maths piece without letters (or `r = <numbers>` with "solve for r"),
and words from a small vocabulary: verbs that ask for its value (what is, find, compute,
simplify, express, write ...), nouns that name the piece itself (this sum, the following
expression), and an answer form (a common fraction, lowest terms, a mixed number, a decimal,
a rounding). Any other word ("digits", "nearest integer", "reciprocal") leaves it unread.

The value comes from the engine's step-by-step arithmetic (`handlers.evaluate`), confirmed
numerically; each repeating decimal (`0.4\\overline{5}`, `.\\overline{8}`) is turned into a
fraction by the parser and confirmed here by long division of that fraction, digit by digit
against the digits written.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm, handlers
from tutor.reasoning.symbolic.model import Decline, latex
from tutor.reasoning.symbolic.number_theory.decimals import expansion
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.typed import words_within

_VOCAB = frozenset(
    "what is find compute calculate evaluate simplify fully completely express write rewrite "
    "give work out following expression quantity sum product quotient difference fraction "
    "this here below shown result answer your as in to into its simplest lowest terms form "
    "common reduced improper mixed decimal exact exactly simplified much how solve for "
    "possible far you can number radical equal equals get convert change turn repeating "
    "written using use following order operations according correct rules".split())
_QUICK = re.compile(r"^[^@]*@\d+@[^@]*(?:@\d+@[^@]*)?$")
_FORM = re.compile(
    r"\b(?:(?:as|to|into|in) (?:an? )?(?P<kind>(?:(?:common|reduced|simplified|improper|proper)"
    r" )?(?:fraction|decimal|mixed number))(?: (?:in|to) (?:its )?(?:simplest|lowest) "
    r"(?:form|terms))?|(?P<lowest>(?:in|to) (?:its )?lowest terms))\b")
_REPEATING = re.compile(r"(\d*)\.(\d*)\\overline\{(\d+)\}")
_LETTER = re.compile(r"(?<!\\)\b[a-zA-Z]\b")
# "the sum of $3 + 4$": the piece after a named operation is written with that operation
_NAMED_OPERATION = re.compile(r"\b(sum|product|difference|quotient) of @\d+@")
_OPERATION_SIGNS = {"sum": r"(?<=\S)\s*\+", "difference": r"(?<=[\w})\]])\s*-",
                    "product": r"\\(?:cdot|times)|\*|\)\s*\(|\d\s*\(",
                    "quotient": r"\\(?:frac|div)|/|:"}


def _normal(src: str) -> str:
    """TeX's display variants and one-token arguments: `\\cfrac` is `\\frac`,
    `\\overline5` is `\\overline{5}`."""
    src = re.sub(r"\\[cdt]frac(?![a-zA-Z])", r"\\frac", src)
    return re.sub(r"\\overline\s*(\d)", r"\\overline{\1}", src)


def _repeating_confirmed(src: str) -> None:
    """Each repeating decimal's fraction, divided out again, shows the digits written."""
    for m in _REPEATING.finditer(src):
        whole, fixed, block = m.group(1) or "0", m.group(2), m.group(3)
        v = parse_latex(m.group(0))
        if not isinstance(v, sp.Rational):
            raise Decline("a repeating decimal")
        digits, _, _ = expansion(v, len(fixed) + 2 * len(block))
        written = fixed + block + block
        confirm.check(int(v) == int(whole) and digits[:len(written)] == written,
                      f"${m.group(0)} = {latex(v)}$ divided out again")


def _form(text: str) -> tuple[str, str | None]:
    kind: str | None = None
    for m in list(_FORM.finditer(text)):
        said = m.group("kind") or "fraction"
        got = next(k for k in ("mixed number", "fraction", "decimal") if k in said)
        if kind is not None and kind != got:
            raise Decline("two answer forms are asked")
        kind = got
        text = text.replace(m.group(0), " ", 1)
    return text, kind


def _piece(split: Split, text: str) -> str | None:
    """The one calculation asked: a letter-free piece, or the other side of `r = ...` when the
    letter is asked ("solve for r", "if r = ..., what is r")."""
    found = [int(i) for i in re.findall(r"@(\d+)@", text)]
    if not found or len(found) > 2:
        return None
    pieces = [_normal(split.maths[i]) for i in found]
    if len(pieces) == 1 and "=" not in pieces[0]:
        return pieces[0] if not _LETTER.search(re.sub(r"\\[a-zA-Z]+", " ", pieces[0])) else None
    eqs = [p for p in pieces if "=" in p]
    names = [p.strip() for p in pieces if "=" not in p]
    if len(eqs) != 1 or eqs[0].count("=") != 1 or not (names or re.search(r"\bsolve\b", text)):
        return None
    left, right = (s.strip() for s in eqs[0].split("="))
    name = names[0] if names else None
    for var, other in ((left, right), (right, left)):
        if re.fullmatch(r"[a-zA-Z]", var) and (name is None or name == var) and \
                not _LETTER.search(re.sub(r"\\[a-zA-Z]+", " ", other)):
            return other
    return None


def written_arithmetic(split: Split, template: str) -> Result | None:
    if not _QUICK.match(template):
        return None
    text, places = nw.take_rounding(split, template)
    text, form = nw.take_form(text)
    text, form2 = _form(text)
    if form and form2 and form != form2:
        raise Decline("two answer forms are asked")
    form = form or form2
    if not words_within(text, _VOCAB):
        return None
    src = _piece(split, text)
    if src is None or not re.search(r"[-+*/^]|\\(?:frac|div|times|cdot|sqrt|overline)|\(", src):
        return None
    named = _NAMED_OPERATION.search(text)
    if named and not re.search(_OPERATION_SIGNS[named.group(1)], src):
        return None  # "the product of $\\frac{16}{3}$": one number is no product
    if _REPEATING.search(src):
        _repeating_confirmed(src)
    value, steps = handlers.evaluate(src)
    if not isinstance(value, sp.Basic) or not value.is_number:
        raise Decline("not a single number")
    if places is None and form is None:
        return value, steps
    if not isinstance(value, sp.Rational):
        raise Decline(f"the value is not a fraction, so not {form or 'rounded'} as asked")
    extra = nw.in_form_asked(Fraction(int(value.p), int(value.q)), latex(value), places, form)
    if extra is None:
        return value, steps
    return extra[0], steps + extra[1]


__all__ = ["written_arithmetic"]
