"""Handshakes told by how many others each person greets (`combinatorics.handshake_bounds`):
at least k (the fewest handshakes), at most k (the most), exactly k (how many). Our own
problems; small parties are checked against every possible party here."""

from __future__ import annotations

from itertools import combinations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


def _extreme(n: int, k: int, bound: str) -> int:
    """The fewest (at least k) or most (at most k) handshakes over every party of n."""
    pairs = list(combinations(range(n), 2))
    best: int | None = None
    for mask in range(1 << len(pairs)):
        degree = [0] * n
        for b, (i, j) in enumerate(pairs):
            if mask >> b & 1:
                degree[i] += 1
                degree[j] += 1
        if all(d >= k for d in degree) if bound == "least" else all(d <= k for d in degree):
            count = bin(mask).count("1")
            if best is None or (count < best if bound == "least" else count > best):
                best = count
    assert best is not None
    return best


@pytest.mark.parametrize(("problem", "answer"), [
    # ceil(5 * 3 / 2) = 8, every party of 5 listed
    ("Five friends meet at a reunion. Each friend shakes hands with at least 3 other friends. "
     "What is the minimum possible number of handshakes?", _extreme(5, 3, "least")),
    ("Six people attend a meeting. Every person shakes hands with at least one other "
     "person. What is the fewest possible number of handshakes?", _extreme(6, 1, "least")),
    # floor(5 * 3 / 2) = 7
    ("5 students gather in a room. Each student shakes hands with at most 3 others. What is "
     "the greatest possible number of handshakes?", _extreme(5, 3, "most")),
    # ceil(17 * 4 / 2) = 34; ceil(31 * 3 / 2) = 47
    ("Seventeen guests attend a party. Each guest shakes hands with at least four other "
     "guests. What is the least possible number of handshakes?", 34),
    ("At a conference, each of the 31 delegates shakes hands with at least 3 other "
     "delegates. What is the smallest possible number of handshakes?", 47),
    # at most 40 others among 41 people: everyone with everyone, C(41, 2) = 820
    ("41 people attend a party. Each person shakes hands with at most 40 other people. What "
     "is the maximum possible number of handshakes, assuming that any two people can shake "
     "hands at most once?", 820),
    ("At a reunion of 14 cousins, each cousin shakes hands with at most 3 other cousins. What "
     "is the largest possible number of handshakes, if no two cousins shake hands more than "
     "once?", 21),
    # exactly k: 12 * 5 / 2 = 30
    ("At a meeting of 12 delegates, every delegate shakes hands with exactly 5 of the others. "
     "How many handshakes take place?", 30),
])
def test_handshake_bounds(problem, answer):
    assert_solved(problem, str(answer))


@pytest.mark.parametrize("problem", [
    # a bound that does not bound what is asked
    "Nine guests attend a party. Each guest shakes hands with at least 3 other guests. What "
    "is the maximum possible number of handshakes?",
    # 9 * 3 is odd: no such party
    "Nine guests attend a party. Each guest shakes hands with exactly 3 other guests. How "
    "many handshakes are there?",
    # more others than there are
    "Nine guests attend a party. Each guest shakes hands with at least 9 other guests. What "
    "is the minimum possible number of handshakes?",
    # others of only a part of the group
    "Nine guests attend a party. Each guest shakes hands with at least 3 other women. What is "
    "the minimum possible number of handshakes?",
    # a negation the reader does not read
    "Nine guests attend a party. Each guest does not shake hands with at least 3 other "
    "guests. What is the minimum possible number of handshakes?",
    # a group whose size is not told
    "Nine men and some women attend a party. Each man shakes hands with at least 3 others. "
    "What is the least possible number of handshakes?",
])
def test_handshake_bounds_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("n", "k", "bound", "answer"), [
    (9, 4, "least", 18), (9, 3, "least", 14), (8, 3, "most", 12), (7, 1, "most", 3),
    (7, 1, "least", 4)])
def test_the_party_that_reaches_the_bound_is_described_and_its_count_checked(
        n: int, k: int, bound: str, answer: int) -> None:
    asked = "minimum" if bound == "least" else "maximum"
    word = "at least" if bound == "least" else "at most"
    problem = (f"{n} people attend a party. Each person shakes hands with {word} {k} other "
               f"people. What is the {asked} possible number of handshakes?")
    solution = assert_solved(problem, str(answer))
    assert solution.steps[-1].text.startswith(f"Seat the {n} people in a circle, ")
    verdicts = check_steps(problem, [s.text for s in solution.steps])
    assert [v.verdict for v in verdicts] == [Verdict.VERIFIED] * len(verdicts)
