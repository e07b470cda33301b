"""Verifier-guided voting. The voting and repair logic is driven by a scripted backend
(fixed texts, so that a refuted step is certain); the real SmolLM2 model runs the
whole loop end to end in the slow test."""

from __future__ import annotations

import pytest

from tests.fake_model import FakeModel
from tutor.reasoning.consensus import Chain, solve_with_consensus, tally_votes
from tutor.reasoning.events import CancelToken, Request, SamplingOptions
from tutor.reasoning.local import LocalBackend
from tutor.verify.answers import equivalent
from tutor.verify.verdict import StepVerdict, Verdict

WRONG = "1. We add: 2 + 2 = 5\n\n2. So the answer is \\boxed{5}"
RIGHT = "1. We add: 2 + 2 = 4\n\n2. So the answer is \\boxed{4}"
CONTINUATION = "So the answer is \\boxed{4}"


def test_refuted_chain_loses_its_vote_and_is_repaired() -> None:
    backend = FakeModel([WRONG, "1. We add: 2 + 2 = 4\n\n" + CONTINUATION, RIGHT, WRONG])
    result = solve_with_consensus(backend, Request("What is 2 + 2?"), samples=2)
    # sample 1 wrong -> repair -> sample 2 right -> no repair needed
    assert len(result.chains) == 3
    wrong, repaired, right = result.chains
    assert wrong.first_refuted == 0 and wrong.weight == 0 and wrong.answer == "5"
    assert repaired.repaired_from == 0
    prefix = backend.requests[1].prefix or ""
    assert "2 + 2 = 4, not 5" in prefix
    assert result.answer == "4" and result.votes[0].chains == [1, 2]
    assert result.votes[0].weight > 2  # two votes, plus verified-step confidence
    assert "lost their vote" in result.reason


def test_time_budget_limits_samples() -> None:
    backend = FakeModel([RIGHT])
    result = solve_with_consensus(backend, Request("What is 2 + 2?"), samples=50,
                                  time_budget=0.0)
    assert len(result.chains) == 1 and result.answer == "4"


def test_cancel_stops_sampling() -> None:
    cancel = CancelToken()
    cancel.cancel()
    result = solve_with_consensus(FakeModel([RIGHT]), Request("2+2?"), samples=5,
                                  cancel=cancel)
    assert result.cancelled and len(result.chains) == 1


def _chain(answer: str | None, verdicts: list[Verdict]) -> Chain:
    return Chain(["s"] * len(verdicts), [StepVerdict(v) for v in verdicts], answer, 0.0)


def test_tally_groups_equivalent_answers_and_weights_verification() -> None:
    chains = [
        _chain("0.5", [Verdict.UNCHECKED]),
        _chain("\\frac{1}{2}", [Verdict.VERIFIED, Verdict.VERIFIED]),
        _chain("3", [Verdict.UNCHECKED]),
        _chain("3", [Verdict.REFUTED]),
        _chain(None, [Verdict.VERIFIED]),
    ]
    votes = tally_votes(chains, equivalent)
    assert votes[0].answer == "0.5" and votes[0].chains == [0, 1]
    assert votes[0].weight == pytest.approx(1.0 + 1.5)
    assert votes[1].answer == "3" and votes[1].weight == pytest.approx(1.0)


@pytest.mark.slow
def test_real_model_end_to_end(local_backend: LocalBackend) -> None:
    request = Request("What is 6 times 7? Put the answer in \\boxed{}.",
                      sampling=SamplingOptions(max_tokens=24, seed=11, temperature=0.7))
    result = solve_with_consensus(local_backend, request, samples=2, repair=False)
    assert len(result.chains) == 2 and result.reason
    assert all(c.steps and len(c.verdicts) == len(c.steps) for c in result.chains)
    voted = sum(c.weight for c in result.chains if c.answer is not None)
    assert sum(v.weight for v in result.votes) == pytest.approx(voted)
    if result.votes:
        assert result.answer == result.votes[0].answer


def test_an_answer_the_engine_contradicts_cannot_win_a_clean_vote() -> None:
    backend = FakeModel(["1. Tens first: 10 + 20 = 30\n\n2. Then 30 + 22 = 52, so \\boxed{52}",
                         "1. We add: 15 + 27 = 42\n\n2. So the answer is \\boxed{42}"])
    result = solve_with_consensus(backend, Request("What is 15 + 27?"), samples=2,
                                  reference_answer="42")
    wrong, right = result.chains
    assert wrong.first_refuted is None and wrong.contradicted and wrong.weight == 0
    assert right.answer_check is not None and right.answer_check.verdict is Verdict.VERIFIED
    assert result.answer == "42" and "independent answer" in result.reason
    # the engine's answer never reaches a repair prompt
    assert all(r.prefix is None for r in backend.requests)
