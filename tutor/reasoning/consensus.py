"""Verifier-guided test-time compute: sample several chains, check them, vote.

Each chain's steps are checked with the step checker. A chain with a refuted step
loses its vote; verified steps add confidence. A refuted chain is regenerated once
from just before its first wrong step, with the checker's reason in context. The
final answers are grouped by mathematical equivalence and the heaviest group wins;
the result says why.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from tutor.problems.step import SOLUTION
from tutor.reasoning.events import (
    Backend,
    CancelToken,
    Done,
    Error,
    Request,
    TextDelta,
    ThinkingDelta,
)
from tutor.verify.verdict import ClaimResult, StepVerdict, Verdict

VERIFIED_BONUS = 0.5  # a fully verified chain counts 1.5 votes


@dataclass
class Chain:
    steps: list[str]
    verdicts: list[StepVerdict]
    answer: str | None
    seconds: float
    repaired_from: int | None = None  # index of the chain this one repairs
    error: str | None = None
    answer_check: ClaimResult | None = None  # the answer against an independent solution

    @property
    def first_refuted(self) -> int | None:
        for i, v in enumerate(self.verdicts):
            if v.verdict is Verdict.REFUTED:
                return i
        return None

    @property
    def contradicted(self) -> bool:
        """The built-in engine's confirmed answer says this chain's answer is wrong."""
        return self.answer_check is not None and self.answer_check.verdict is Verdict.REFUTED

    @property
    def verified(self) -> int:
        return sum(1 for v in self.verdicts if v.verdict is Verdict.VERIFIED)

    @property
    def weight(self) -> float:
        if self.answer is None or self.first_refuted is not None or self.error:
            return 0.0
        if self.contradicted:
            return 0.0
        return 1.0 + VERIFIED_BONUS * self.verified / max(1, len(self.steps))


@dataclass
class AnswerVote:
    answer: str
    weight: float
    chains: list[int] = field(default_factory=list)


@dataclass
class ConsensusResult:
    answer: str | None
    chains: list[Chain]
    votes: list[AnswerVote]
    reason: str
    cancelled: bool = False

    @property
    def winner(self) -> Chain | None:
        if not self.votes or not self.votes[0].chains:
            return None
        return self.chains[self.votes[0].chains[0]]


class ChainOutput(NamedTuple):
    text: str  # visible answer text
    thinking: str
    error: str | None
    answer: str | None  # the backend's own final answer (symbolic engine), if any


def run_chain(backend: Backend, request: Request, cancel: CancelToken) -> ChainOutput:
    """Run one request to the end and collect what it wrote."""
    text: list[str] = []
    thinking: list[str] = []
    for event in backend.execute(request, cancel):
        if isinstance(event, TextDelta):
            text.append(event.text)
        elif isinstance(event, ThinkingDelta):
            thinking.append(event.text)
        elif isinstance(event, Error):
            return ChainOutput("".join(text), "".join(thinking), event.message, None)
        elif isinstance(event, Done):
            return ChainOutput("".join(text), "".join(thinking), None, event.answer)
    return ChainOutput("".join(text), "".join(thinking), None, None)


def solve_with_consensus(
    backend: Backend,
    request: Request,
    *,
    samples: int = 4,
    time_budget: float | None = None,
    repair: bool = True,
    cancel: CancelToken | None = None,
    equivalent: Callable[[str, str], bool] | None = None,
    reference_answer: str | None = None,
    checker_factory: Callable[[str], Any] | None = None,
    on_chain: Callable[[int, int, bool], None] | None = None,
) -> ConsensusResult:
    """Sample `samples` chains (plus at most one repair each), check them and vote.

    Each chain is split and checked by the same code as a single solve
    (tutor.reasoning.worked.ChainCheck), with its own context: chains never share text.
    `reference_answer`, an independently confirmed answer from the built-in engine,
    takes part as a cross-check: a chain whose answer it contradicts loses its vote.
    `on_chain(number, samples, is_repair)` is called as each chain starts.
    """
    from tutor.reasoning.registry import SteppedBackend
    from tutor.reasoning.worked import ChainCheck

    if equivalent is None:
        from tutor.verify import bounded_answers

        equivalent = bounded_answers.equivalent_bounded
    if not isinstance(backend, SteppedBackend):
        backend = SteppedBackend(backend)
    cancel = cancel or CancelToken()
    start = time.perf_counter()
    chains: list[Chain] = []
    samples = max(1, samples)

    def out_of_time() -> bool:
        return cancel.cancelled or (
            time_budget is not None and time.perf_counter() - start > time_budget)

    def sample(req: Request, head: Chain | None, k: int, parent: int | None) -> Chain:
        t0 = time.perf_counter()
        check = ChainCheck(request.problem, reference_answer=reference_answer,
                           checker_factory=checker_factory, answer_claim_on_step=False)
        kept_steps = head.steps[:k] if head else []
        for text in kept_steps:  # already checked: context for the continuation
            check.checker(SOLUTION).add_context(text)
        for event in backend.execute(req, cancel):
            check.take(event)
        r = check.result
        steps = kept_steps + [s.text for s in r.solution]
        verdicts = (head.verdicts[:k] if head else []) + [
            s.verdict for s in r.solution if s.verdict is not None]
        if not r.solution and r.thinking and r.error is None:  # stopped inside its thinking
            steps = kept_steps + [s.text for s in r.thinking]
            verdicts = (head.verdicts[:k] if head else []) + [
                s.verdict for s in r.thinking if s.verdict is not None]
        return Chain(steps, verdicts, r.answer, time.perf_counter() - t0, parent, r.error,
                     answer_check=r.answer_verdict)

    for i in range(samples):
        if chains and out_of_time():
            break
        seed = request.sampling.seed
        req = replace(request, sampling=replace(request.sampling, seed=None if seed is None
                                                else seed + i))
        if on_chain is not None:
            on_chain(i + 1, samples, False)
        chains.append(sample(req, None, 0, None))
        k = chains[-1].first_refuted
        if repair and k is not None and not out_of_time():
            bad = chains[-1]
            note = (f"(A check found the next step wrong: {bad.verdicts[k].reason}. "
                    "Redo that step correctly and finish the solution.)")
            prefix = "\n\n".join(bad.steps[:k] + [note])
            if on_chain is not None:
                on_chain(i + 1, samples, True)
            chains.append(sample(replace(req, prefix=prefix), bad, k, len(chains) - 1))
    votes = tally_votes(chains, equivalent)
    return ConsensusResult(votes[0].answer if votes else None, chains, votes,
                           _explain(chains, votes, samples), cancel.cancelled)


def tally_votes(chains: list[Chain], equivalent: Callable[[str, str], bool]) -> list[AnswerVote]:
    votes: list[AnswerVote] = []
    for i, chain in enumerate(chains):
        if chain.answer is None:
            continue
        for vote in votes:
            if vote.answer == chain.answer or equivalent(vote.answer, chain.answer):
                vote.weight += chain.weight
                vote.chains.append(i)
                break
        else:
            votes.append(AnswerVote(chain.answer, chain.weight, [i]))
    votes.sort(key=lambda v: (-v.weight, -len(v.chains), v.chains[0]))
    return votes


def _explain(chains: list[Chain], votes: list[AnswerVote], samples: int) -> str:
    repairs = sum(1 for c in chains if c.repaired_from is not None)
    asked = f"{samples} asked for" + (f", {repairs} repaired" if repairs else "")
    errors = [c.error for c in chains if c.error]
    if not votes:
        if errors and len(errors) == len(chains):
            return errors[0]  # every chain failed the same way: say how
        return f"none of the {len(chains)} chains ({asked}) reached a final answer"
    top = votes[0]
    refuted = sum(1 for c in chains if c.first_refuted is not None)
    contradicted = sum(1 for c in chains if c.contradicted and c.first_refuted is None)
    verified = sum(chains[i].verified for i in top.chains)
    parts = [f"{top.answer!r} has weight {top.weight:.2f} from {len(top.chains)} of "
             f"{len(chains)} chains ({asked}; {verified} verified steps)"]
    if len(votes) > 1:
        parts.append(f"runner-up {votes[1].answer!r} has {votes[1].weight:.2f}")
    if refuted:
        parts.append(f"{refuted} chain(s) lost their vote to a refuted step")
    if contradicted:
        parts.append(f"{contradicted} chain(s) lost their vote to the built-in engine's "
                     "independent answer")
    if top.weight == 0:
        parts.append("every answer came from a refuted or failed chain; low confidence")
    return "; ".join(parts)
