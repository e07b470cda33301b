"""The item in a given place of a pattern told by runs of counted items
(`number_theory.counted_patterns`), in our own wordings; each answer is found again here by
writing the pattern out, and near misses decline."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now


def _written_out(runs: list[tuple[int, str]], n: int) -> str:
    items = [c for k, c in runs for _ in range(k)]
    return (items * (n // len(items) + 1))[n - 1]


@pytest.mark.parametrize(("problem", "runs", "n"), [
    ("A string of lights has 3 red bulbs, then 2 green bulbs, then 3 red bulbs, then 2 green "
     "bulbs, and so on. What color is the 47th bulb?", [(3, "red"), (2, "green")], 47),
    ("Beads are threaded two white, three black, one gold, and the pattern repeats. What is "
     "the color of the 40th bead?", [(2, "white"), (3, "black"), (1, "gold")], 40),
    ("The first five marbles are gray, followed by four white, followed by three black, "
     "followed by five gray, followed by four white, followed by three black, and so on. What "
     "is the color of the 100th marble?", [(5, "gray"), (4, "white"), (3, "black")], 100),
    ("Tiles are laid in a row: 4 blue, 1 yellow, 4 blue, 1 yellow, .... What color is the "
     "23rd tile?", [(4, "blue"), (1, "yellow")], 23),
    ("A row of 60 flags has 2 red, 3 blue, 2 red, 3 blue, and so on. What color is the 38th "
     "flag?", [(2, "red"), (3, "blue")], 38),
    ("The first 5 beads are red, the next 3 are blue, and this pattern repeats. What color is "
     "the 30th bead?", [(5, "red"), (3, "blue")], 30),
    ("The first 2 tiles are black, the next 2 are white, the next 1 is gray, and the pattern "
     "repeats. What color is the 52nd tile?", [(2, "black"), (2, "white"), (1, "gray")], 52),
])
def test_the_item_in_a_place_of_counted_runs(problem: str, runs: list[tuple[int, str]],
                                             n: int) -> None:
    got = solve_now(problem)
    assert got.answer == _written_out(runs, n) and got.confirmed


@pytest.mark.parametrize("problem", [
    # the runs shown are not a block shown twice
    "A string of lights has 3 red bulbs, then 2 green bulbs, then 4 red bulbs, then 2 green "
    "bulbs, and so on. What color is the 47th bulb?",
    # a rule that changes the pattern
    "A string of lights has 3 red bulbs, then 2 green bulbs, then 3 red bulbs, then 2 green "
    "bulbs, and so on, but every tenth bulb is white. What color is the 47th bulb?",
    "The first 5 beads are red, the next 3 are blue, and this pattern repeats, but the 7th "
    "bead is gold. What color is the 30th bead?",
    # the place asked is past the 20 flags told
    "A row of 20 flags has 2 red, 3 blue, 2 red, 3 blue, and so on. What color is the 25th "
    "flag?",
])
def test_counted_runs_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
