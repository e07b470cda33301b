"""Verifier-guided test-time compute: sample several chains, check them, vote.

Each chain's steps are checked with the step checker. A chain with a refuted step
loses its vote; verified steps add confidence. A refuted chain is regenerated once
from just before its first wrong step, with the checker's reason in context. The
final answers are grouped by mathematical equivalence and the heaviest group wins;
the result says why.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from tutor.reasoning.events import (
    Backend,
    CancelToken,
    Done,
    Error,
    Request,
    TextDelta,
    ThinkingDelta,
)
from tutor.reasoning.steps import split_steps
from tutor.verify.verdict import StepVerdict, Verdict

Checker = Callable[[str, Sequence[str]], list[StepVerdict]]
VERIFIED_BONUS = 0.5  # a fully verified chain counts 1.5 votes


@dataclass
class Chain:
    steps: list[str]
    verdicts: list[StepVerdict]
    answer: str | None
    seconds: float
    repaired_from: int | None = None  # index of the chain this one repairs
    error: str | None = None

    @property
    def first_refuted(self) -> int | None:
        for i, v in enumerate(self.verdicts):
            if v.verdict is Verdict.REFUTED:
                return i
        return None

    @property
    def verified(self) -> int:
        return sum(1 for v in self.verdicts if v.verdict is Verdict.VERIFIED)

    @property
    def weight(self) -> float:
        if self.answer is None or self.first_refuted is not None or self.error:
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
    check: Checker | None = None,
    equivalent: Callable[[str, str], bool] | None = None,
    extract: Callable[[str], str | None] | None = None,
) -> ConsensusResult:
    if check is None or equivalent is None or extract is None:
        from tutor.verify import answers, api, bounded_answers

        check = check or (lambda p, s: api.check_steps(p, s))
        equivalent = equivalent or bounded_answers.equivalent_bounded
        extract = extract or answers.extract_final_answer
    cancel = cancel or CancelToken()
    start = time.perf_counter()
    chains: list[Chain] = []

    def out_of_time() -> bool:
        return cancel.cancelled or (
            time_budget is not None and time.perf_counter() - start > time_budget)

    def sample(req: Request, head: list[str], parent: int | None) -> Chain:
        t0 = time.perf_counter()
        text, thinking, err, own = run_chain(backend, req, cancel)
        steps = head + split_steps(text or thinking)
        answer = own or extract(text) or (extract(thinking) if thinking else None)
        verdicts = check(request.problem, steps) if steps else []
        return Chain(steps, verdicts, answer, time.perf_counter() - t0, parent, err)

    for i in range(max(1, samples)):
        if chains and out_of_time():
            break
        seed = request.sampling.seed
        req = replace(request, sampling=replace(request.sampling, seed=None if seed is None
                                                else seed + i))
        chains.append(sample(req, [], None))
        k = chains[-1].first_refuted
        if repair and k is not None and not out_of_time():
            bad = chains[-1]
            note = (f"(A check found the next step wrong: {bad.verdicts[k].reason}. "
                    "Redo that step correctly and finish the solution.)")
            prefix = "\n\n".join(bad.steps[:k] + [note])
            chains.append(sample(replace(req, prefix=prefix), bad.steps[:k], len(chains) - 1))
    votes = _tally(chains, equivalent)
    return ConsensusResult(votes[0].answer if votes else None, chains, votes,
                           _explain(chains, votes), cancel.cancelled)


def _tally(chains: list[Chain], equivalent: Callable[[str, str], bool]) -> list[AnswerVote]:
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


def _explain(chains: list[Chain], votes: list[AnswerVote]) -> str:
    if not votes:
        return f"none of the {len(chains)} chains reached a final answer"
    top = votes[0]
    refuted = sum(1 for c in chains if c.first_refuted is not None)
    verified = sum(chains[i].verified for i in top.chains)
    parts = [f"{top.answer!r} has weight {top.weight:.2f} from {len(top.chains)} of "
             f"{len(chains)} chains ({verified} verified steps)"]
    if len(votes) > 1:
        parts.append(f"runner-up {votes[1].answer!r} has {votes[1].weight:.2f}")
    if refuted:
        parts.append(f"{refuted} chain(s) lost their vote to a refuted step")
    if top.weight == 0:
        parts.append("every answer came from a refuted or failed chain; low confidence")
    return "; ".join(parts)
