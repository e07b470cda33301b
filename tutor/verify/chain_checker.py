"""`ChainChecker`: the steps of one solution checked in order, each in the context of the
problem and every earlier step (see `tutor.verify.api` for the entry points)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import replace

from tutor.verify.answer_choices import choice_claim
from tutor.verify.chain_gaps import opening_result, unconfirmed_openings, unread_openings
from tutor.verify.chain_pipeline import PreparedStep
from tutor.verify.claims import RawClaim, extract_claims, step_last_side
from tutor.verify.coefficients import EQUATES_COEFFICIENTS
from tutor.verify.context import (
    NAME,
    Context,
    chain_values,
    gives_value,
    is_equation,
    is_inequality,
    is_relation,
)
from tutor.verify.decide import step_verdict
from tutor.verify.dice_counts import dice_count_claims
from tutor.verify.divisor_lists import divisor_list_claims
from tutor.verify.extract.defined_operations import defined_signs, uses_sign, without_signs
from tutor.verify.extract.said_points import said_points
from tutor.verify.extract.said_values import said_values
from tutor.verify.formula_substitution import written_numbers
from tutor.verify.function_origins import asks_extrema, note_definitions
from tutor.verify.functions import defined_function, expand_functions, plain_definitions
from tutor.verify.independent_answer import engine_answer
from tutor.verify.ordered_roots import ordered_root_claims
from tutor.verify.pool import DEFAULT_TIME_LIMIT, CheckerPool, default_pool
from tutor.verify.problem_context import problem_context
from tutor.verify.segments import MAX_STEP_CHARS
from tutor.verify.sorted_lists import sorted_list_claims
from tutor.verify.stated_answer import MAX_ANSWER_CHARS, stated_answer_verdict, states_answer
from tutor.verify.step_values import StepValues, values_given
from tutor.verify.verdict import ClaimResult, StepVerdict
from tutor.verify.worded_equations import with_worded_equation

_MAX_PREVIOUS = 6
_MAX_OLDER = 4  # relations between two or more names, kept after they leave the window
_MAX_GIVEN = 4
_MAX_FUNCTIONS = 6
_MAX_VALUES = 30
_MAX_ARCHIVE = 40  # every equation so far, for claims that restate an old one


class ChainChecker:
    """Checks the steps of one solution in order, each in the context of the
    problem and every earlier step (checked or only added as context)."""

    def __init__(
        self,
        problem: str,
        *,
        time_limit: float = DEFAULT_TIME_LIMIT,
        pool: CheckerPool | None = None,
        reference_answer: str | None = None,
    ) -> None:
        self.problem = problem
        self.time_limit = time_limit
        self.reference_answer = reference_answer
        self._answer = engine_answer(problem, reference_answer)
        self._coefficients = False  # the step before said it equates coefficients
        self._pool = pool
        # Steps typed one by one by a student (check_step): a step typed as only `= ...`
        # goes on from the step before for certain (see extract_claims).
        self.typed_steps = False
        base = problem_context(problem)
        # `a * b = 2a + 3b`: a sign the problem defines is no product (defined_operations)
        self._defined = defined_signs(problem)
        base = replace(base, previous=tuple(p for p in base.previous if not uses_sign(
            p, self._defined)), target_expression=None if uses_sign(
                (base.target_expression or "", ""), self._defined) else base.target_expression)
        self._target, self._expression = base.target_equation, base.target_expression
        self._solve_task, self._rounding_asked = base.solve_task, base.rounding_asked
        self._numbers = written_numbers(problem[:MAX_STEP_CHARS])  # see formula_substitution
        self._points = tuple(said_points(problem[:MAX_STEP_CHARS]))  # on a curve, see point_values
        # The problem's own equations stay in view however long the chain gets.
        self._given = base.previous[:_MAX_GIVEN]
        self._previous: deque[tuple[str, str]] = deque(maxlen=_MAX_PREVIOUS)
        self._older: deque[tuple[str, str]] = deque(maxlen=_MAX_OLDER)
        # The last equation of the step before, when it wrote one ("this simplifies to").
        self._last_equation: tuple[str, str] | None = None
        # The last side of the step before, which a step opening with `= ...` continues.
        self._last_side = ""
        self._values: dict[str, str] = {}
        self._functions: dict[str, tuple[str, str, str]] = {}
        self._inequalities: deque[tuple[str, str, str]] = deque(maxlen=_MAX_PREVIOUS)
        given = without_signs(self._defined, extract_claims(problem))
        self._inequalities.extend((c.lhs, c.relation, c.rhs) for c in given  # `0 < n < 60`
                                  if is_inequality(c))
        self._absorb_said(problem)
        self._absorb_values(given)
        self._unsure: set[str] = set()  # functions perhaps defined piecewise
        note_definitions(self._unsure, problem, given)
        self._extrema = asks_extrema(problem)
        self._given = tuple(self._expanded(pair) for pair in self._given)
        self._archive: deque[tuple[str, str]] = deque(
            (self._expanded(pair) for pair in base.previous), maxlen=_MAX_ARCHIVE)

    @property
    def pool(self) -> CheckerPool:
        if self._pool is None:
            self._pool = default_pool()
        return self._pool

    def context(self) -> Context:
        """What the next step is checked against."""
        return Context(self._target, self._with_given(self._previous),
                       tuple(self._values.items()), tuple(self._inequalities),
                       tuple(self._functions.values()), self._coefficients, self._answer,
                       tuple(self._archive), self._given,
                       target_expression=self._expression, unsure_functions=tuple(self._unsure),
                       asks_extrema=self._extrema, solve_task=self._solve_task,
                       rounding_asked=self._rounding_asked, given_numbers=self._numbers)

    def _with_given(self, recent: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
        """The problem's equations, the older relations between two or more names (the
        one-name steps of a case analysis do not push out the equation they solve), then
        the recent ones (the latest last)."""
        recent = list(recent)
        window = recent[-_MAX_PREVIOUS:]
        older = [*self._older, *(p for p in recent[:-_MAX_PREVIOUS] if is_relation(p))]
        older = [p for p in older[-_MAX_OLDER:] if p not in window]
        return (*(g for g in self._given if g not in window and g not in older), *older,
                *window)

    def check(self, text: str) -> StepVerdict:
        """Check one step, then keep its equations as context for the next."""
        step = self.prepare(text)
        results = self.pool.check_claims(step.claims, step.contexts[0], self.time_limit,
                                         step.contexts) if step.claims else []
        return self.finish(step, results)

    def prepare(self, text: str) -> PreparedStep:
        """A step's claims, each with what it is checked against, and the step's
        equations kept as context for the next: everything of `check` but the workers'
        checks (see chain_pipeline). The next step's context never depends on verdicts."""
        text = text if isinstance(text, str) else str(text)
        claims = without_signs(self._defined,
                               extract_claims(text, self._last_side, typed=self.typed_steps))
        note_definitions(self._unsure, text, claims)
        self._last_side = step_last_side(text)
        said = bool(EQUATES_COEFFICIENTS.search(text))  # "equating coefficients" (or before)
        coefficients, self._coefficients = self._coefficients or said, said
        if not claims:
            self._last_equation = None
            return PreparedStep(text, [], [])
        # Each claim sees the equations and values written before it, in this step too.
        contexts, seen, unequal = [], list(self._previous), list(self._inequalities)
        self._absorb_said(text)  # "so x is 9", before the step's own equations
        values, functions = dict(self._values), dict(self._functions)
        last, step_has_equation, tied = self._last_equation, False, []
        cases: set[str] = set()  # names a supposition of this step gave their value
        archived = list(self._archive)
        ends, points = chain_values(claims), (*self._points, *said_points(text[:MAX_STEP_CHARS]))
        # The step's only inequality is checked against the one before it (inequality_flips)
        prior = self._inequalities[-1] if self._inequalities and sum(
            is_inequality(c) for c in claims) == 1 else None
        for index, claim in enumerate(claims):
            if claim.rewrites_last and claim.implied_by is None and last is not None \
                    and is_relation(last, names=1) and not NAME.match(last[0]):
                claim = replace(claim, implied_by=last)  # "this simplifies to ..."
            tied.append(claim)
            if is_equation(claim):
                last, step_has_equation = (claim.lhs, claim.rhs), True
            contexts.append(Context(self._target, self._with_given(seen), tuple(values.items()),
                                    tuple(unequal[-_MAX_PREVIOUS:]),
                                    tuple(functions.values())[-_MAX_FUNCTIONS:],
                                    coefficients, self._answer, tuple(archived[-_MAX_ARCHIVE:]),
                                    self._given, tuple(cases), points,
                                    target_expression=self._expression,
                                    unsure_functions=tuple(self._unsure),
                                    asks_extrema=self._extrema, solve_task=self._solve_task,
                                    rounding_asked=self._rounding_asked,
                                    given_numbers=self._numbers,
                                    prior_inequality=prior if is_inequality(claim) else None))
            defined = defined_function(claim.lhs, claim.rhs) if claim.relation == "=" else None
            if defined is not None and not claim.supposed:  # `h(x) = ax + b, so h(1) = ...`
                functions.pop(defined[0], None)
                functions[defined[0]] = defined
            for name, value in [(claim.lhs.strip(), claim.rhs)] * gives_value(claim) + (
                    ends.get(index, [])):
                values.pop(name, None)  # the latest case counts within the step
                values[name] = value
                cases.discard(name)
                if claim.supposed and gives_value(claim):
                    cases.add(name)
            if is_equation(claim):
                seen.append(self._expanded((claim.lhs, claim.rhs), functions))
                archived.append(seen[-1])
            elif is_inequality(claim):
                unequal.append((claim.lhs, claim.relation, claim.rhs))
        self._last_equation = last if step_has_equation else None
        self._absorb(tied)
        # a run that goes on from maths no reader took in: that link rebuilt and tried too
        openings = unread_openings(text, tied)
        links = [o.link for o in openings if o.link is not None]
        return PreparedStep(text, [*tied, *links], [*contexts, *[contexts[-1]] * len(links)],
                            openings, len(tied))

    def finish(self, step: PreparedStep, results: Sequence[ClaimResult]) -> StepVerdict:
        """The verdict of a prepared step, from its claims' results in order."""
        if not step.claims:
            return step_verdict(self._said_in_words(step.text))
        own = step.own if step.own is not None else len(step.claims)
        checked, tried = unconfirmed_openings(step.claims[:own], results[:own]), iter(
            results[own:])
        checked = with_worded_equation(step.text[:MAX_STEP_CHARS], checked)
        return step_verdict([*checked, *(opening_result(o, next(tried) if o.link else None)
                                         for o in step.openings),
                             *self._said_in_words(step.text)])

    def _said_in_words(self, text: str) -> list[ClaimResult]:
        """Claims a step makes in words, beside its maths: a list of divisors, the problem's
        numbers in order, a count of dice rolls, the root named by its order ("the bigger
        root is 5"), an answer."""
        return [*divisor_list_claims(text[:MAX_STEP_CHARS]),
                *sorted_list_claims(self.problem, text[:MAX_STEP_CHARS]),
                *dice_count_claims(self.problem, text[:MAX_STEP_CHARS]),
                *ordered_root_claims(self._target, text[:MAX_STEP_CHARS],
                                     (*self._given, *self._archive)),
                *self._stated_answer(text)]

    def _stated_answer(self, text: str) -> list[ClaimResult]:
        """"The final answer is X" or `\\boxed{X}` in a step is a claim too, checked
        against the reference answer when there is one; "the answer is (C) 12" names a
        choice the problem lists, and that choice's value is checked (answer_choices)."""
        if not states_answer(text):
            return []
        choice = choice_claim(self.problem, text[-MAX_ANSWER_CHARS:])
        found = [choice] if choice is not None else []
        if not self.reference_answer:
            return found
        from tutor.verify.answers import extract_final_answer

        result = self.check_answer(extract_final_answer(text[-MAX_ANSWER_CHARS:]))
        return [*found, result] if result is not None else found

    def add_context(self, text: str) -> None:
        """Take a step as context without checking it (e.g. steps the student saw)."""
        self._last_equation = None
        text = text if isinstance(text, str) else str(text)
        self._absorb_said(text)
        claims = without_signs(self._defined, extract_claims(text, self._last_side))
        note_definitions(self._unsure, text, claims)
        self._absorb(claims)
        self._last_side = step_last_side(text)

    def _absorb(self, claims: Iterable[RawClaim]) -> None:
        claims = list(claims)
        for pair in (self._expanded((c.lhs, c.rhs)) for c in claims if is_equation(c)):
            if len(self._previous) == _MAX_PREVIOUS and is_relation(self._previous[0]):
                self._older.append(self._previous[0])
            self._previous.append(pair)
            self._archive.append(pair)
        self._inequalities.extend((c.lhs, c.relation, c.rhs) for c in claims if is_inequality(c))
        self._absorb_values(claims)

    def _expanded(self, pair: tuple[str, str],
                  functions: dict[str, tuple[str, str, str]] | None = None) -> tuple[str, str]:
        """An equation with the functions defined so far put in (`g(2) = 7` after
        `g(t) = 2t + k` is `(2(2) + k) = 7`), so later steps can be checked against it."""
        functions = self._functions if functions is None else functions
        if not functions or defined_function(*pair) is not None:
            return pair
        known = tuple(functions.values())
        lhs, rhs = expand_functions(pair[0], known), expand_functions(pair[1], known)
        return (lhs or pair[0], rhs or pair[1])

    def _absorb_said(self, text: str) -> None:
        """Values said in words ("the radius is 6", see said_values); the latest counts."""
        for name, value in said_values(text[:MAX_STEP_CHARS]):
            self._values.pop(name, None)
            self._values[name] = value
        for function in plain_definitions(text[:MAX_STEP_CHARS]):  # "... of f(x) = x^2 - 1."
            self._functions.setdefault(function[0], function)

    def _absorb_values(self, claims: Iterable[RawClaim]) -> None:
        """`x = 15`, `a = 2 + 1`: a name given a value (the latest one counts, see
        StepValues); `f(x) = 3x + 2`: a function defined."""
        claims = list(claims)
        for c in claims:
            function = defined_function(c.lhs, c.rhs) if c.relation == "=" else None
            if function is not None:
                self._functions.pop(function[0], None)
                self._functions[function[0]] = function
        given = StepValues(self._values)
        for name, value in values_given(claims):
            given.give(name, value)
        while len(self._values) > _MAX_VALUES:
            self._values.pop(next(iter(self._values)))
        while len(self._functions) > _MAX_FUNCTIONS:
            self._functions.pop(next(iter(self._functions)))

    def check_answer(self, stated: str | None) -> ClaimResult | None:
        """The stated final answer against the reference answer (see stated_answer)."""
        return stated_answer_verdict(stated, self.reference_answer)


__all__ = ["ChainChecker"]
