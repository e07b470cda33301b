"""Functions defined with unknown constants, the constants fixed by values of the functions,
then a question about the functions: "Let $f(x) = ax^2 + 3x - 1$. If $f(2) = 9$, what is
$f(-1)$?", "Let $g(x) = 3x + k$. If $g(g(1)) = 20$, what is $k$?", "The function
$f(x) = ax + b$ satisfies $f(1) = 4$ and $f(3) = 10$. Find the sum of the roots of
$f(x)^2 = 9$."

Every piece of maths before the question (and in a clause "If ..., " opening it or
", if ..." closing it) must be a definition `name(variable) = formula`, an equation in
calls of the defined functions (a condition), one said to hold "for all x" (an identity:
its sides' coefficients agree), a bound on a constant ("a > 0") or a constant named; every
word there must be one of a few connecting words. Each condition is written out with the
formulas (`functions.Table`) and the system in the constants is solved completely (SymPy's
`solve`, complete for polynomial systems); the bounds pick among its solutions.

The question is then answered two ways. A value ("what is $f(-1)$", "$a + b$", "$k$") is
the expression with the constants put in; it may stay fixed even when the conditions leave
a constant free ("$f(x) = ax^3 + bx + 2$ and $f(-3) = 5$: find $f(3)$"), if the conditions
are linear. Any other question is asked again of the whole engine with the constants written
into the definitions, and must come back answered and confirmed. Each set of constants is
confirmed by evaluating every condition again with the constants put into the formulas
first (an identity at three numbers); a value the same way (`fixed_constant_values`).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import equations, functions
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.fixed_constant_values import (
    asked_value,
    numeric_table,
    put_in,
    substituted_letters,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex
from tutor.reasoning.symbolic.question_text import Question, WholeSolver

_CONNECTING = frozenset(
    "let if suppose given that and the a an function functions polynomial polynomials "
    "satisfies satisfy where is are be constant constants real number numbers some for with "
    "defined by we have has also then such it consider following".split())
_LIST = r"@\d+@(?:(?:,| and|, and) @\d+@)*"
_OPENING = re.compile(rf"(?:if|given(?: that)?|suppose(?: that)?) (?P<said>{_LIST}(?:,? where "
                      rf"{_LIST})?),? (?:then )?(?P<rest>.+)", re.I | re.S)
_CLOSING = re.compile(rf"(?P<rest>.+?),? (?:if|given(?: that)?|when) (?P<said>{_LIST})"
                      r"(?P<end>\s*[.?]?)", re.I | re.S)
_VALUE = re.compile(r"(?:what is|find|compute|evaluate|calculate|determine)(?: the value of)? "
                    r"@(?P<k>\d+)@\s*[.?]?", re.I)
# "the sum of all possible values of $a$", "the positive value of $k$"
_ALL = re.compile(r"(?:(?:what is|find|compute|determine) )?the (?P<op>sum|product) of all "
                  r"(?:possible )?values of @(?P<k>\d+)@\s*[.?]?", re.I)
_SIGNED = re.compile(r"(?:what is|find|compute|determine) the (?P<sign>positive|negative) value "
                     r"of @(?P<k>\d+)@\s*[.?]?", re.I)
_MAX_SOLUTIONS = 6
_EVERY = re.compile(r"@(\d+)@,? for (?:all|every|each) (?:real )?(?:numbers? |values? of )?"
                    r"@(\d+)@")
# "the graph of $y = f(x)$ passes through $(2, 10)$", "the point $(2, 10)$ is on the graph of $f$"
_THROUGH = re.compile(r"(?:the graph of )?@(?P<f>\d+)@ (?:passes|goes) through (?:the point )?"
                      r"@(?P<p>\d+)@|(?:the point )?@(?P<p2>\d+)@ (?:is|lies) on the graph of "
                      r"@(?P<f2>\d+)@", re.I)
# "\begin{array}{ccc} f(x) & = & 5x^2 + 3 \\ g(x) & = & x^2 - k \end{array}"
_ARRAY = re.compile(r"\\begin\{array\}\{[lcr]+\}(.*)\\end\{array\}", re.S)
_GRAPH_OF = re.compile(r"(?:y\s*=\s*)?([a-zA-Z])(?:\s*\(\s*[a-z]\s*\))?")
_INVERSE_VALUE = re.compile(r"([a-zA-Z])\s*(?:" + functions.INVERSE_MARK + r")\s*\((.+)\)\s*="
                            r"\s*([^=]+)", re.S)


class _Reading:
    """The definitions, conditions and bounds told before the question."""

    def __init__(self, question: Question) -> None:
        self.q = question
        self.pieces = list(question.pieces)  # with the conditions said in words added
        self.defs: list[str] = []
        self.conditions: list[str] = []
        self.bounds: list[sp.Basic] = []
        self.named: list[str] = []
        self.identities: list[tuple[str, sp.Symbol]] = []  # "for all x": (equation, x)
        self.every: dict[str, sp.Symbol] = {}

    def for_every(self, masked: str) -> str:
        """"@3@ for all real @4@" becomes "@3@", the equation kept as an identity in x."""
        def keep(m: re.Match[str]) -> str:
            letter = self.pieces[int(m.group(2))].strip().strip("$").strip()
            if not re.fullmatch(r"[a-z]", letter):
                raise Decline("an identity in something other than one letter")
            self.every[m.group(1)] = sp.Symbol(letter)
            return f"@{m.group(1)}@"
        return _THROUGH.sub(self._through, _EVERY.sub(keep, masked))

    def _through(self, m: re.Match[str]) -> str:
        """A point on the graph of f is the condition f(p) = q, kept as a new piece."""
        graph = self.pieces[int(m.group("f") or m.group("f2"))].strip().strip("$").strip()
        point = self.pieces[int(m.group("p") or m.group("p2"))].strip().strip("$").strip()
        name = _GRAPH_OF.fullmatch(graph)
        at = re.fullmatch(r"\(\s*([^(),]+?)\s*,\s*([^(),]+?)\s*\)", point)
        if name is None or at is None:
            raise Decline("a graph or point not read")
        self.pieces.append(f"{name.group(1)}({at.group(1)}) = {at.group(2)}")
        return f"@{len(self.pieces) - 1}@"

    def take(self, masked: str) -> None:
        if set(re.findall(r"[a-z]+", re.sub(r"@\d+@", " ", masked.lower()))) - _CONNECTING:
            raise Decline("words beside the definitions and conditions")
        for k in re.findall(r"@(\d+)@", masked):
            body = self.pieces[int(k)].strip().strip("$").strip()
            if (rows := _ARRAY.fullmatch(body)) is not None:  # definitions set out in rows
                self.defs += [_row(r) for r in re.split(r"\\\\", rows.group(1)) if r.strip()]
            elif (inverse := _INVERSE_VALUE.fullmatch(body)) is not None:  # f^{-1}(a) = b
                name, a, b = inverse.groups()
                self.conditions.append(f"{name}({b.strip()}) = {a}")
            elif k in self.every:
                self.identities.append((body, self.every[k]))
            elif functions.FUNCTION_DEFINITION.match(body):
                self.defs.append(body)
            elif re.fullmatch(r"[a-zA-Z](?:\s*,\s*[a-zA-Z])*", body):
                self.named.extend(re.findall(r"[a-zA-Z]", body))
            elif re.search(r"(?<![\\A-Za-z])[a-zA-Z]\s*\(", body) and body.count("=") == 1:
                self.conditions.append(body)
            else:
                bound = parse_latex(body)
                if not isinstance(bound, sp.core.relational.Relational) or isinstance(
                        bound, (sp.Eq, sp.Ne)):
                    raise Decline("a statement that is not a definition, value or bound")
                self.bounds.append(bound)


def _row(row: str) -> str:
    """One row "f(x) & = & formula" of definitions set out in an array."""
    cells = [c.strip() for c in row.split("&")]
    if len(cells) != 3 or cells[1] != "=" or not functions.FUNCTION_DEFINITION.match(
            f"{cells[0]} = {cells[2]}"):
        raise Decline("a row that is not a definition")
    return f"{cells[0]} = {cells[2]}"


def read(text: str, solve_whole: WholeSolver) -> tuple[sp.Basic | str, list[Step]]:
    """The question answered with the constants of its definitions fixed; Decline otherwise."""
    question = Question.of(text)
    reading = _Reading(question)
    # displayed maths ends a sentence without a full stop: "... $$...$$ If $f(2) = 3$, ..."
    said, _, asked = re.sub(r"(?<=@)\s+(?=[A-Z][a-z])", "\n", question.asked,
                              count=1).rpartition("\n")
    asked = reading.for_every(asked)
    if (m := _OPENING.fullmatch(asked)) is not None:
        reading.take(m.group("said"))
        asked = m.group("rest")
    elif (m := _CLOSING.fullmatch(asked)) is not None:
        reading.take(m.group("said"))
        asked = m.group("rest") + m.group("end")
    reading.take(reading.for_every(f"{question.context} {said}"))
    if not reading.defs or not (reading.conditions or reading.identities):
        raise Decline("no definition with a condition on it")
    parts = [functions.FUNCTION_DEFINITION.match(d) for d in reading.defs]
    letters = set().union(*(parse_latex(m.group(3)).free_symbols - {sp.Symbol(m.group(2))}
                            for m in parts if m is not None))
    taken = {m.group(k) for m in parts if m is not None for k in (1, 2)}
    if not letters or {str(s) for s in letters} & taken or len(letters) > 4:
        raise Decline("not one set of unknown constants")
    if any(b.free_symbols - letters for b in reading.bounds) or set(reading.named) - {
            str(s) for s in letters} - {m.group(1) for m in parts if m is not None}:
        raise Decline("a bound or name of a letter that is not a constant")
    table = functions.Table(reading.defs, letters)
    steps: list[Step] = []
    eqs = [_condition(table, c, steps) for c in reading.conditions]
    for body, x in reading.identities:
        eqs += _coefficients(functions.Table(reading.defs, letters | {x}), body, x, steps)
    solutions = _solved(eqs, letters, reading.bounds)
    steps.append(_solved_step(eqs, solutions, letters))
    for sol in solutions:
        _confirm_conditions(reading, sol)
    for pattern in (_VALUE, _ALL, _SIGNED):
        wanted = pattern.fullmatch(asked.strip())
        if wanted is not None and not re.search(functions.INVERSE_MARK,
                                                question.pieces[int(wanted.group("k"))]):
            how = wanted.groupdict()
            return asked_value(reading.defs, reading.conditions, table,
                               question.pieces[int(wanted.group("k"))], solutions, steps, eqs,
                               how.get("op") or how.get("sign"))
    if any(len(sol) != len(letters) for sol in solutions):
        raise Decline("the conditions leave a constant free")
    rest = question.restored(f"{asked} {question.closing}".strip())
    if any(re.search(rf"(?<![\\A-Za-z]){s}(?![A-Za-z])", p) for s in letters
           for p in re.findall(r"\$[^$]*\$", rest)):
        raise Decline("the question names a constant")
    answers = []
    kept = confirm.confirmations()
    for sol in solutions:
        put = [put_in(d, sol) for d in reading.defs]
        whole = "Let " + " and ".join(f"${d}$" for d in put) + ". " + rest[:1].upper() + rest[1:]
        answers.append(solve_whole(whole))
    if len({str(a) for a, _, _ in answers}) != 1:
        raise Decline("the constants allowed give different answers")
    answer, more, checks = answers[0]
    confirm.record_again(kept, checks)
    said = ", ".join(f"${d}$" for d in (put_in(d, solutions[0]) for d in reading.defs))
    steps.append(step("put in the constants", "Write the definitions with the constants found.",
                      f"So {said}.", ""))
    return answer, [*steps, *more]


def _condition(table: functions.Table, body: str, steps: list[Step]) -> sp.Expr:
    lhs, rhs = body.split("=")
    left, right = table.evaluate(lhs, steps), table.evaluate(rhs, steps)
    if not isinstance(left, sp.Expr) or not isinstance(right, sp.Expr):
        raise Decline("a condition that is not an equation of values")
    if (left - right).free_symbols - table.params or not (left - right).free_symbols:
        raise Decline("a condition that is not an equation in the constants")
    return sp.Eq(sp.expand(left), sp.expand(right))


def _coefficients(table: functions.Table, body: str, x: sp.Symbol, steps: list[Step]
                  ) -> list[sp.Eq]:
    """An equation that holds for every x: its two sides, polynomials in x, have the same
    coefficients."""
    lhs, rhs = body.split("=")
    shown: list[Step] = []
    left, right = (sp.expand(table.evaluate(side, shown)) for side in (lhs, rhs))
    steps += [s for s in shown if len({side.replace("\\cdot", "").replace(" ", "")
                                       for side in (s.latex or "").split("=")}) > 1]
    if not (left - right).is_polynomial(x):
        raise Decline("an identity that is not between polynomials in the variable")
    lp, rp = sp.Poly(left, x), sp.Poly(right, x)
    top = max(lp.degree(), rp.degree())
    eqs = [sp.Eq(lp.coeff_monomial(x**k), rp.coeff_monomial(x**k)) for k in range(top, -1, -1)]
    eqs = [e for e in eqs if e is not sp.true]
    if any(e is sp.false for e in eqs) or not eqs:
        raise Decline("an identity that cannot hold")
    said = ", ".join(f"${latex(e.lhs)} = {latex(e.rhs)}$" for e in eqs)
    steps.append(step("match coefficients", f"Both sides agree for every ${latex(x)}$, so their "
                      f"coefficients agree.", f"${latex(left)} = {latex(right)}$ for every "
                      f"${latex(x)}$: {said}.", ""))
    return eqs


def _solved(eqs: list[sp.Eq], letters: set[sp.Symbol],
            bounds: list[sp.Basic]) -> list[dict[sp.Symbol, sp.Expr]]:
    """Every solution of the conditions that keeps the bounds; a solution leaving a constant
    free only for conditions linear in the constants."""
    unknowns = sorted(letters, key=str)
    numerators = [sp.numer(sp.together(e.lhs - e.rhs)) for e in eqs]
    if all(n.is_polynomial(*unknowns) for n in numerators):
        found = sp.solve(numerators, unknowns, dict=True)
    elif len(eqs) == 1 and len(unknowns) == 1:  # a root or a power: solved and checked
        roots, _ = equations.solve_equation(eqs[0], unknowns[0], over_reals=True)
        found = [{unknowns[0]: r} for r in roots]
    else:
        raise Decline("conditions that are not polynomial in the constants")
    if not found or len(found) > _MAX_SOLUTIONS:
        raise Decline("the conditions do not fix the constants")
    linear = all(n.is_polynomial(*unknowns) and sp.Poly(n, *unknowns).total_degree() <= 1
                 for n in numerators)
    kept = []
    for sol in found:
        if len(sol) != len(unknowns):
            if not linear or bounds or len(found) != 1:
                raise Decline("the conditions leave a constant free")
            kept.append(sol)
            continue
        if not all(v.is_real for v in sol.values()):
            continue
        if any(sp.simplify(e.lhs.subs(sol) - e.rhs.subs(sol)) != 0 or
               e.lhs.subs(sol).has(sp.zoo, sp.nan) for e in eqs):
            continue  # a zero of a denominator
        held = [b.subs(sol) for b in bounds]
        if any(h not in (sp.true, sp.false) for h in held):
            raise Decline("a bound that cannot be decided")
        if all(h is sp.true for h in held):
            kept.append(sol)
    if not kept:
        raise Decline("no constants fit the conditions")
    return kept


def _solved_step(eqs: list[sp.Eq], solutions: list[dict[sp.Symbol, sp.Expr]],
                 letters: set[sp.Symbol]) -> Step:
    said = ", ".join(f"${latex(e.lhs)} = {latex(e.rhs)}$" for e in eqs)
    reads = f"The condition{'s read' if len(eqs) > 1 else ' reads'} {said}"
    if len(solutions[0]) < len(letters):
        return step("solve for the constants", "The conditions are equations in the constants.",
                    f"{reads}; it does not fix every constant, so look at what is asked.", "")
    found = " or ".join(", ".join(f"${latex(k)} = {latex(v)}$" for k, v in sorted(
        sol.items(), key=lambda kv: str(kv[0]))) for sol in solutions)
    check = f"{shown(eqs[0].lhs, solutions[0], mul_symbol='dot')} = {latex(eqs[0].rhs)}"
    return step("solve for the constants", "The conditions are equations in the constants.",
                f"{reads}, so {found}. Check: ${check}$ ✓", check)


def _confirm_conditions(reading: _Reading, sol: dict[sp.Symbol, sp.Expr]) -> None:
    if any(v.free_symbols for v in sol.values()):
        return  # confirmed with the value, at chosen constants
    table = numeric_table(reading.defs, sol)
    for c in reading.conditions:
        lhs, rhs = (table.evaluate(side, []) for side in c.split("="))
        confirm.check(bool(sp.N(lhs - rhs, 40) == 0 or abs(sp.N(lhs - rhs, 40)) < 1e-30),
                      f"${c}$ holds with the constants put into the definitions")
    for body, x in reading.identities:  # at three numbers, with the constants put in
        for t in (sp.Rational(-7, 3), sp.Rational(2, 5), sp.Integer(11)):
            lhs, rhs = (table.evaluate(substituted_letters(side, {x: t}), [])
                        for side in body.split("="))
            confirm.check(abs(sp.N(lhs - rhs, 40)) < 1e-30,
                          f"${body}$ holds at sample values with the constants put in")


__all__ = ["read"]
