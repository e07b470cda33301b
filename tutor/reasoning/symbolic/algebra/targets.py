"""Typed reader: conditions, then the value of a target.

"If $2a + b = 7$ and $a - b = 2$, what is $ab$?", "Given $x + y = 5$ and $xy = 6$ with
$x > y$, find $x - y$", "Suppose $p$ and $q$ are positive numbers such that ...; compute
the product of $p$ and $q$", "Find the value of $y$ when $x = 25$ and $z = 24$ if ...":
one question asks for the value of one expression (a maths piece, or a phrase naming one:
the sum, product, positive difference or ratio of two pieces); every other piece is a
condition (equations, inequalities, letters with qualifiers said in words).
`system_values.target_value` solves and confirms.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import clauses
from tutor.reasoning.symbolic.algebra.system_values import target_value
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.typed import without_enter_request, words_within

Result = tuple[sp.Basic | str, list[Step]]

ASK = r"(?:what is|what's|find|compute|evaluate|determine|calculate|give)"
_PHRASE = r"(?P<op>sum|product|positive difference|ratio) (?:of|between) @(?P<a>\d+)@ " \
    r"(?:and|to) @(?P<b>\d+)@"
_PICK = r"(?: (?P<pick>greatest|largest|least|smallest|maximum|minimum)(?: possible)? value of)"
_TARGET = re.compile(ASK + r"(?: the)?(?:" + _PICK
                     + r"|(?: all(?: possible)? values of)"
                     r"|(?: (?:exact|numerical))?(?: value(?:s)? of)?)(?: the)? "
                     r"(?:(?:(?:sum|product|expression|quantity) )?@(?P<t>\d+)@|" + _PHRASE
                     + r")")
_FORMAT = re.compile(r",? ?(?:\(?(?:expressed|written|express your answer|give your answer) "
                     r"(?:as an? (?:common |improper )?fraction|in simplest (?:radical )?form"
                     r"|as a decimal)\)?)")
# "express the value of the following as a common fraction: @2@" asks for @2@ (a fraction)
_EXPRESS = re.compile(r"\bexpress (?:the value of )?(?:the following(?: expression)? )?"
                      r"(@\d+@ )?as an? (?:common |improper )?fraction:? ?(@\d+@)?")
# "(x, y) is a solution to the system ...": the pair only names the unknowns
_PAIR_SOLVES = re.compile(r"@(\d+)@ is (?:a|the) solution (?:to|of) (?:the )?system")
_PAIR = re.compile(r"\(\s*([a-zA-Z](?:\s*,\s*[a-zA-Z])+)\s*\)")
# "$x$ and $y$ are positive integers less than $20$": a bound on each letter
_BOUNDED = re.compile(r"(?P<letters>" + clauses.LETTERS + r") (?P<kind>(?:are|be) (?:[a-z]+ )*?"
                      r"(?:integers|numbers)) (?P<cmp>less than|greater than|at most|at least)"
                      r" @(?P<k>\d+)@")
_BOUND_OPS = {"less than": "<", "greater than": ">", "at most": "\\le", "at least": "\\ge"}
# "$x$, $y$, $z$ be distinct real numbers that sum to $0$": the letters' sum as a relation
_SUMMED = re.compile(r"(?P<letters>" + clauses.LETTERS + r"),? (?P<kind>(?:are|be) (?:[a-z]+ )*?"
                     r"(?:numbers|reals|integers)),? (?:(?:that|which) (?:sum|add up) to|"
                     r"whose sum is) @(?P<k>\d+)@")


def _letter_bounds(tmpl: str, maths: list[str]) -> str:
    """Each letter's bound as a relation piece appended to `maths`, after the qualifier."""
    def put(m: re.Match[str]) -> str:
        bound = maths[int(m.group("k"))]
        listed = [maths[int(i)] for i in re.findall(r"@(\d+)@", m.group("letters"))]
        if not all(clauses.is_letters(x) for x in listed) or not re.fullmatch(
                r"\s*-?\d+\s*", bound):
            return m.group(0)
        op = _BOUND_OPS[m.group("cmp")]
        maths.append(", ".join(f"{x} {op} {bound}" for piece in listed
                               for x in piece.split(",")))
        return f"{m.group('letters')} {m.group('kind')} with @{len(maths) - 1}@"
    return _BOUNDED.sub(put, tmpl)


def _letter_sums(tmpl: str, maths: list[str]) -> str:
    """The sum of the listed letters as a relation piece appended to `maths`."""
    def put(m: re.Match[str]) -> str:
        listed = [maths[int(i)] for i in re.findall(r"@(\d+)@", m.group("letters"))]
        if not all(clauses.is_letters(x) for x in listed):
            return m.group(0)
        names = [x.strip() for piece in listed for x in piece.split(",")]
        if len(names) < 2:
            return m.group(0)
        maths.append(" + ".join(names) + f" = {maths[int(m.group('k'))]}")
        return f"{m.group('letters')} {m.group('kind')} with @{len(maths) - 1}@"
    return _SUMMED.sub(put, tmpl)


# letters that only name the unknowns: "$x$ and $y$ satisfy ..."
_SATISFY = re.compile(clauses.LETTERS + r" (?:both )?(?:satisf(?:y|ies)|are such that)"
                      r"|for some " + clauses.LETTERS + r"|" + clauses.LETTERS +
                      r",? (?:are|be) (?:two |three |four )?(?:numbers|reals)(?=,? (?:such "
                      r"that|with|satisfying|so that) @)")
# words that join conditions; no word here adds a condition of its own
_JOIN = frozenset(
    "if given that suppose assume let and such where when with satisfy satisfies satisfying "
    "both we know have equations equation system following then also so in some which"
    .split())
VOCAB = _JOIN | {"what", "sum", "product", "expression", "quantity", "positive", "difference",
                 "between", "ratio", "exact", "numerical"} | clauses.QUALIFIER_WORDS | {
    "numbers", "number", "integers", "constants", "both", "each", "all", "be", "are", "is",
    "reals", "two", "three", "greatest", "largest", "least", "smallest", "maximum", "minimum",
    "possible", "some"}  # "Two reals $a$ and $b$ satisfy ...": the letters counted


def _target(m: re.Match[str], maths: list[str]) -> sp.Basic:
    """The expression asked for (a positive difference as the plain difference: its size
    is taken at the end)."""
    if m.group("t") is not None:
        i = int(m.group("t"))
        e = parse_latex(maths[i])
        if not isinstance(e, sp.Expr) or isinstance(e, sp.core.relational.Relational):
            raise Decline("the question is not an expression")
        return e
    a, b = int(m.group("a")), int(m.group("b"))
    x, y = parse_latex(maths[a]), parse_latex(maths[b])
    if not (isinstance(x, sp.Expr) and isinstance(y, sp.Expr)):
        raise Decline("the question is not about expressions")
    op = m.group("op")
    e = {"sum": x + y, "product": x * y, "ratio": x / y,
         "positive difference": x - y}[op]
    return e


_BARE_LOG = re.compile(r"\\log(?![_a-zA-Z])")


def read_target(split: Split, template: str) -> Result | None:
    """Conditions -> the value of the expression asked for. Logarithms written without a
    base are read to base 10 and to base 2: the answer stands only when both agree."""
    if not any(_BARE_LOG.search(m) for m in split.maths):
        return _read_target(split, template)
    got = []
    for base in ("10", "2"):
        maths = [_BARE_LOG.sub(r"\\log_{" + base + "}", m) for m in split.maths]
        read = _read_target(Split(split.template, maths), template)
        if read is None:
            return None
        got.append(read)
    (value, steps), (other, _) = got
    if not (isinstance(value, sp.Basic) and isinstance(other, sp.Basic)
            and sp.N(value - other, 50) == 0):
        raise Decline("the value depends on the base of the logarithms")
    confirm.check(True, "the value is the same with logarithms to base 10 and to base 2")
    return value, [step("any base", "The logarithms have no base written; the answer must "
                        "not depend on it.", "Reading the logarithms to base 10 and to base 2 "
                        f"gives the same value, ${latex(value)}$; the steps use base 10.", ""),
                   *steps]


def _read_target(split: Split, template: str) -> Result | None:
    tmpl = _FORMAT.sub("", without_enter_request(template)).strip()
    maths = list(split.maths)
    tmpl = _EXPRESS.sub(lambda m: "find " + ((m.group(1) or "") + (m.group(2) or "")).strip()
                        if bool(m.group(1)) != bool(m.group(2)) else m.group(0), tmpl)
    for m in _PAIR_SOLVES.finditer(tmpl):
        pair = _PAIR.fullmatch(maths[int(m.group(1))].strip())
        if pair is not None:
            maths[int(m.group(1))] = pair.group(1)
            tmpl = tmpl.replace(m.group(0), f"@{m.group(1)}@ satisfy the system")
    tmpl = _letter_sums(_letter_bounds(tmpl, maths), maths)
    split = Split(tmpl, maths)
    if "@" not in tmpl or not words_within(tmpl, VOCAB | clauses.SAID_WORDS):
        return None
    tmpl, maths = clauses.said_relations(tmpl, split.maths)
    if not words_within(tmpl, VOCAB):
        return None
    split = Split(tmpl, maths)
    found = list(_TARGET.finditer(tmpl))
    if len(found) != 1:
        return None
    m = found[0]
    rest = (tmpl[:m.start()] + " " + tmpl[m.end():]).strip()
    rest, qualified = clauses.take_qualifiers(rest, split.maths)
    rest_words = set(re.findall(r"[a-z]+", re.sub(r"@\d+@|@q@", " ", rest)))
    if rest_words - _JOIN - {"the", "of", "a", "an", "is", "are", "be", "to", "for", "it",
                             "real", "numbers", "number", "this", "these", "value", "values",
                             "reals", "two", "three"}:
        return None
    others = [int(i) for i in re.findall(r"@(\d+)@", rest)]
    named = {int(g) for g in (m.group("t"), m.group("a"), m.group("b")) if g is not None}
    if not others or set(others) & named:
        return None
    target = _target(m, split.maths)
    naming = {int(i) for m in _SATISFY.finditer(rest) for i in re.findall(r"@(\d+)@", m.group(0))}
    bare = [i for i in others if not any(i in idx for idx, _ in qualified)
            and clauses.is_letters(split.maths[i])]
    if set(bare) - naming:
        raise Decline("a letter named without a condition")
    others = [i for i in others if i not in bare]
    conds = clauses.conditions(split.maths, others, qualified)
    pick = m.group("pick")
    return target_value(conds, target, absolute=m.group("op") == "positive difference",
                        pick=None if pick is None else
                        "max" if pick in ("greatest", "largest", "maximum") else "min")


__all__ = ["VOCAB", "read_target"]
