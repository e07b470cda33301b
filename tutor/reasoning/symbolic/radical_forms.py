"""A quantity told to have a form with one square root, then its letters asked: "The larger
root of $x^2 - 6x + 4 = 0$ can be written as $m + \\sqrt{n}$, where $m$ and $n$ are positive
integers. Find $m + n$.", "The expression $\\frac{3}{\\sqrt{5} - 2}$ can be written as
$a\\sqrt{5} + b$. Find $a + b$.", "The solutions of $2x^2 - 2x - 1 = 0$ can be written in the
form $\\frac{a \\pm \\sqrt{b}}{c}$, where ... Find $a + b + c$."; a measure said in words
after the sentences that fix it ("The area of a circle is $20\\pi$. Its radius can be written
in simplest radical form as $a\\sqrt{b}$."), and a cube root in the form ("$a\\sqrt[3]{b}$,
where $b$ has no perfect cube factors"), the value then p + q cbrt(r), r cube-free.

The quantity is asked on its own ("What is the larger root of ...?", "Compute ...") and must
come back confirmed, as p + q sqrt(r) (p, q rational, q not 0, r a square-free integer);
with ± in the form, as the pair p ± q sqrt(r). The form is (A + B sqrt(C)) / D with one
square root: C, when a letter, is r when the problem says it has no square factor ("not
divisible by the square of any prime", "in simplest radical form"), or the square of the
number before the root times r; D, when a letter, is the least denominator when a common
factor rule says so ("relatively prime", "greatest common divisor ... is 1"). The other
letters (D too, without such a rule) then follow from the rational and irrational parts,
and must be fixed by them. A rule not read, a letter not
determined, or a value that breaks what is said of the letters (integers, positive, square
free, without common factor) declines. Confirmed exactly: the letters put back into the form
give the quantity again, and at 50 digits.
"""

from __future__ import annotations

import math
import re
from functools import reduce

import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.combined_quantities import as_part
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex
from tutor.reasoning.symbolic.question_text import Question, WholeSolver, named
from tutor.verify.real_roots import RealRoot

_SAID = re.compile(r"^(?P<desc>.+?),? (?:(?:can|may|could) (?:also )?be (?:written|expressed|"
                   r"simplified|put|rewritten)(?: in (?:the )?(?:simplified |simplest )?"
                   r"(?:radical )?form(?: of| as)?| as)?|(?:has|have|is of|are of) the form|is|"
                   r"equals) (?P<form>@\d+@)(?P<rest>.*)$", re.I)
_ASKED = re.compile(r"(?:find|compute|what is|determine|calculate|evaluate) (?:the value of )?"
                    r"@(\d+)@\s*[.?]?", re.I)
_SQUARE_FREE = re.compile(r"not divisible by (?:the square of )?(?:any|a) (?:perfect )?"
                          r"(?:prime|square)|square[- ]?free|simplest (?:radical )?form|"
                          r"no (?:perfect )?square factors?|(?:is )?as small as possible", re.I)
_CUBE_FREE = re.compile(r"not divisible by (?:the )?cube of (?:any|a) (?:prime|integer)|cube[- ]?"
                        r"free|no (?:perfect )?cube factors?|(?:is )?as small as possible|"
                        r"simplest (?:radical )?form", re.I)
_COMMON = re.compile(r"relatively prime|coprime|greatest common (?:divisor|factor)|no common "
                     r"factor|lowest terms|\\gcd", re.I)
_PAIR_PRIME = re.compile(r"@(\d+)@ and @(\d+)@ (?:are|be) (?:relatively prime|coprime)", re.I)
_GCD_ONE = re.compile(r"greatest common (?:divisor|factor) of (?P<l>@\d+@(?:,? (?:and )?@\d+@)+)"
                      r" is (?:1|one|@\d+@)\b", re.I)
# a measure said in words, of a thing the sentences before it tell: "its radius", "the length
# of the hypotenuse", "the area of the triangle" (never "it", "the answer")
_NAMED = re.compile(r"(?:its|the) (?!answer\b|result\b)[a-z]+(?: [a-z]+)?(?: of (?:the|its|this|"
                    r"that|an?) [a-z]+(?: [a-z]+)?)?", re.I)
# a thing described in full: "the diameter of a sphere with three times the volume of ..."
_DESCRIBED = re.compile(r"(?:its|the) [a-z]+(?: [a-z]+)? of (?:a|an) [a-z]+\b", re.I)
_WHOLE = re.compile(r"\b(?:the )?(?:expression|number|value|quantity)\s*$", re.I)


def read(text: str, solve_whole: WholeSolver) -> tuple[sp.Basic, list[Step]]:
    """The asked expression in the form's letters; Decline when the problem is not of this
    kind."""
    question = Question.of(text)
    asked = _ASKED.fullmatch(question.asked.strip())
    sentences = [s for s in re.split(r"(?<=[.;])\s+", question.context) if s]
    found = [(i, m) for i, s in enumerate(sentences) if (m := _SAID.match(s.rstrip(" .")))
             and "\\sqrt" in question.pieces[int(m.group("form").strip("@"))]]
    if asked is None or len(found) != 1:
        raise Decline("not one form with a root and its letters asked")
    i, said = found[0]
    form_src = question.pieces[int(said.group("form").strip("@"))].strip("$ ")
    letters = _letters(form_src)
    target = parse_latex(question.pieces[int(asked.group(1))].strip("$ .,"))
    if not isinstance(target, sp.Expr) or not target.free_symbols or \
            not target.free_symbols <= set(letters):
        raise Decline("an expression in the form's letters asked")
    # the verb phrase too: "can be written in simplest radical form as"
    rules = " ".join([said.group(0)[said.end("desc"):], *sentences[i + 1:], question.asked])
    kept = sentences[:i] + sentences[i + 1:]
    values, steps = _quantity(question, said.group("desc"), kept, solve_whole)
    plus = "\\pm" in form_src or "\\mp" in form_src
    if plus != (len(values) == 2):
        raise Decline("a pair of values with a ± form, one value without")
    found_letters = _match(form_src, letters, values, question, rules)
    answer = sp.nsimplify(target.subs(found_letters))
    if not answer.is_Rational:
        raise Decline("the letters give no rational answer")
    said_letters = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in found_letters.items())
    claim = f"{shown(target, found_letters)} = {latex(answer)}"
    return answer, [*named(steps, "This is the quantity the form describes."),
                    step("read off the letters", "Write the value in the form: the rational "
                         "parts and the square roots agree.",
                         f"${said_letters}$, so ${latex(target)} = {claim}$", claim)]


def _letters(form_src: str) -> list[sp.Symbol]:
    if "=" in form_src or re.search(r"\\(?!sqrt|frac|dfrac|tfrac|pm|mp|cdot|left|right)[a-z]+",
                                    form_src):
        raise Decline("a form that is not numbers, letters and one square root")
    letters = sorted(parse_latex(_reading(form_src, 1)).free_symbols, key=str)
    if not letters or any(len(str(x)) != 1 for x in letters):
        raise Decline("a form whose letters are single letters")
    return letters


def _reading(form_src: str, sign: int) -> str:
    """The form with ± read as `+` (sign 1) or `-` (sign -1), and ∓ the other way."""
    plus, minus = ("+", "-") if sign > 0 else ("-", "+")
    return form_src.replace("\\pm", plus).replace("\\mp", minus)


def _quantity(question: Question, desc: str, kept: list[str], solve_whole: WholeSolver
              ) -> tuple[list[sp.Expr], list[Step]]:
    """The value (or the two values) the form describes, asked and solved on their own."""
    desc = re.sub(r"^(?:if|when|suppose(?: that)?|given that|then|and)\s+", "", desc.strip(),
                  flags=re.I)
    piece = re.fullmatch(r"(?:(?:the )?(?:expression|number|value|quantity) )?(@\d+@)", desc,
                         re.I)
    if piece is not None:
        src = question.pieces[int(piece.group(1).strip("@"))]
        if re.fullmatch(r"\$\s*[a-zA-Z]\s*\$", src):
            ask = f"Find {src}."  # "x can be written as ...": x as the other sentences fix it
        else:
            if re.search(r"=|<|>|\\le|\\ge", src) or kept:
                raise Decline("a piece that is not a quantity")
            ask = f"Compute {src}."
    elif _WHOLE.search(desc) or "@" not in desc and not (_NAMED.fullmatch(desc)
                                                         or _DESCRIBED.match(desc)):
        raise Decline("a quantity not described")
    else:
        ask = f"What is {question.restored(desc)}?"
    text = f"{question.restored(' '.join(kept))} {ask}".strip()
    before = confirm.confirmations()
    answer, steps, checks = solve_whole(text)
    confirm.record_again(before, checks)
    parts = [p.strip() for p in str(answer).split(",")] if isinstance(answer, str) else \
        [str(answer)]
    values = [as_part(p) for p in parts]
    if len(values) > 2:
        raise Decline("more than two values")
    return values, steps


def _surd_parts(value: sp.Expr, k: int = 2) -> tuple[sp.Rational, sp.Rational, int]:
    """p, q, r with value = p + q r^(1/k), r > 1 free of k-th powers, q not 0."""
    v = sp.expand(sp.radsimp(value) if k == 2 else value)
    p, q, r = sp.Integer(0), sp.Integer(0), None
    for term in sp.Add.make_args(v):
        if term.is_Rational:
            p += term
            continue
        coeff, rest = term.as_coeff_Mul()
        if not (isinstance(rest, sp.Pow) and rest.base.is_Integer and rest.base > 1
                and coeff.is_Rational and rest.exp.is_Rational and rest.exp.q == k) \
                or r not in (None, int(rest.base) ** rest.exp.p):
            raise Decline("a value that is not a rational plus a rational times one root")
        r, q = int(rest.base) ** rest.exp.p, q + coeff
    if r is None or q == 0:
        raise Decline("a rational value: no root to match")
    return sp.Rational(p), sp.Rational(q), r


def _match(form_src: str, letters: list[sp.Symbol], values: list[sp.Expr], question: Question,
           rules: str) -> dict[sp.Symbol, sp.Integer]:
    """The letters' integer values: the form (its + reading for the larger value) equal to
    the value, with the rules said; Decline when they do not fix them."""
    ordered = sorted(values, key=lambda v: float(sp.N(v, 30)), reverse=True)
    form = parse_latex(_reading(form_src, 1)).replace(  # the form's letters are positive
        lambda e: isinstance(e, RealRoot), lambda e: sp.Pow(e.args[0], 1 / e.args[1]))
    num, den = sp.fraction(sp.together(form))
    roots = [a for a in num.atoms(sp.Pow) if a.exp in (sp.Rational(1, 2), sp.Rational(1, 3))]
    if len(roots) != 1 or not (den.is_Integer or den in letters):
        raise Decline("a form (A + B sqrt(C)) / D with one root")
    k = int(1 / roots[0].exp)  # a square or a cube root
    p, q, r = _surd_parts(ordered[0], k)
    if len(values) == 2 and (k != 2 or sp.simplify(ordered[1] - (p - q * sp.sqrt(r))) != 0):
        raise Decline("a pair of values that is not p ± q sqrt(r)")
    radicand, known = roots[0].base, {}
    if den in letters and _COMMON.search(rules):  # the least denominator
        known[den] = sp.Integer(sp.ilcm(sp.Rational(p).q, sp.Rational(q).q))
    scale = known.get(den, den)
    coefficient = sp.expand(num).coeff(roots[0])
    if radicand in letters:
        if (_SQUARE_FREE if k == 2 else _CUBE_FREE).search(rules):
            known[radicand] = sp.Integer(r)
        elif coefficient.free_symbols or scale.free_symbols:
            raise Decline("a letter under the root without a square-free rule")
        else:  # "m + \sqrt{n}": the number before the root fixes n
            under = (q * scale / coefficient) ** k * r
            if not under.is_Integer:
                raise Decline("a radicand that is not an integer")
            known[radicand] = under
    elif not radicand.is_Integer:
        raise Decline("a radicand that is not a number or a letter")
    root = sp.root(r, k)
    target = (p + q * root) * scale
    residual = sp.expand(sp.radsimp(num.subs(known) - target))
    rest = [x for x in letters if x not in known]
    equations = [residual.subs(root, 0), residual.coeff(root)] if \
        residual.free_symbols else [residual]
    solved = sp.solve(equations, rest, dict=True) if rest else [{}]
    if len(solved) != 1 or set(solved[0]) != set(rest):
        raise Decline("the form does not fix its letters")
    found = {**known, **solved[0]}
    _check_rules(found, letters, radicand, question, rules, k)
    for sign, value in zip((1, -1), ordered, strict=False):
        back = parse_latex(_reading(form_src, sign)).subs(found)
        confirm.check(sp.simplify(back - value) == 0 and abs(sp.N(back - value, 50)) < 1e-45,
                      "the letters put back into the form give the value")
    return {x: found[x] for x in letters}


def _check_rules(found: dict, letters: list[sp.Symbol], radicand: sp.Basic, question: Question,
                 rules: str, k: int = 2) -> None:
    """Integers, positive when said, square-free under the root when said, no common factor
    between the letters said."""
    if not all(v.is_Integer for v in found.values()):
        raise Decline("letters that are not integers")
    if re.search(r"\bpositive\b", rules, re.I) and not all(v > 0 for v in found.values()):
        raise Decline("letters said positive that are not")
    if radicand in found and (_SQUARE_FREE if k == 2 else _CUBE_FREE).search(rules) and \
            any(e >= k for e in sp.factorint(int(found[radicand])).values()):
        raise Decline("a radicand with a square factor")
    if _COMMON.search(rules):
        said = [[m.group(1), m.group(2)] for m in _PAIR_PRIME.finditer(rules)] + [
            re.findall(r"@(\d+)@", m.group("l")) for m in _GCD_ONE.finditer(rules)]
        if not said:
            raise Decline("a rule of no common factor between letters not read")
        for group in said:
            names = [parse_latex(question.pieces[int(k)].strip("$ ")) for k in group]
            if not all(n in found for n in names):
                raise Decline("a common factor rule about other letters")
            if reduce(math.gcd, (abs(int(found[n])) for n in names)) != 1:
                raise Decline("letters with a common factor")


__all__ = ["read"]
