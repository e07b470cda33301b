"""A count told of the kinds of a ratio joined by 'and' (`prealgebra.ratio_kinds.kinds_joined`):
"there are 21 dogs and cats" counts both kinds together, the whole, never 21 dogs (15 of the
21 are dogs when cats to dogs is 2:5; 21 was shown). Our own stories, answers by hand; a count
of some kinds only, or of kinds with another word ("and some cats", "who wear glasses"),
declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.prealgebra.ratio_kinds import kinds_joined


@pytest.mark.parametrize(("problem", "answer"), [
    # 21 * 5/7
    ("The ratio of cats to dogs is 2:5. There are 21 dogs and cats in all. How many dogs are "
     "there?", "15"),
    # 35 * 3/7
    ("the ratio of boys to girls in a club is 3:4. there are 35 girls and boys. how many boys "
     "are there", "15"),
    # 48 * 5/8
    ("The ratio of red to blue marbles is 3:5. There are 48 blue and red marbles in the bag. "
     "How many blue marbles are there?", "30"),
    # 42 * 3/6
    ("The ratio of red to blue to green beads is 1:2:3. There are 42 red, blue and green "
     "beads. How many green beads are there?", "21"),
])
def test_a_count_of_every_kind_together_is_the_whole(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 21 is the dogs here, and 21 * 2/5 cats is no whole number
    "The ratio of cats to dogs is 2:5. There are 21 dogs and some cats. How many cats are "
    "there?",
    "The ratio of boys to girls is 3:4. There are 14 boys and girls who wear glasses. How "
    "many girls are there?",
    # two kinds of three: the third is not told by them
    "The ratio of red to blue to green beads is 1:2:3. There are 30 red and blue beads. How "
    "many green beads are there?",
])
def test_a_count_of_some_kinds_or_with_another_word_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_kinds_joined_names_each_piece() -> None:
    labels = [{"red", "marble"}, {"blue", "marble"}]
    assert kinds_joined("blue and red marbles in the bag", labels) == {0, 1}
    assert kinds_joined("red marbles", labels) is None
    assert kinds_joined("red and blue marbles that are new", labels) == {0, 1, None}
    assert kinds_joined("red pens, and the ratio of", labels) is None


def test_a_count_of_one_kind_with_others_unnumbered_is_that_kind() -> None:
    # 20 dogs, 20 * 2/5 = 8 cats
    assert_solved("The ratio of cats to dogs is 2:5. There are 20 dogs and some cats. How many "
                  "cats are there?", "8")
