"""A story's steps write its people's names as the problem does ("Write $v$ for Vera"), not
in the lower case the readers work in; a word the problem also writes in lower case, or only
at the start of a sentence, stays as the template has it. Own stories."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.problem_text import split_problem


@pytest.mark.parametrize(("problem", "names"), [
    ("Vera has 3 times as many stamps as Omar. Together Vera and Omar have 48 stamps.",
     {"vera": "Vera", "omar": "Omar"}),
    ("Pears cost 2 dollars. Tom buys 6 pears and gives some to Kit.", {"kit": "Kit"}),
    ("How old is Nell if Nell is 4 years older than her cousin?", {"nell": "Nell"}),
])
def test_names_are_the_words_capitalised_inside_a_sentence(problem: str,
                                                           names: dict[str, str]) -> None:
    assert split_problem(problem).names == names


@pytest.mark.parametrize(("problem", "answer", "said"), [
    ("Vera has 3 times as many stamps as Omar. Together Vera and Omar have 48 stamps. How "
     "many stamps does Omar have?", "12", "for Vera"),
    ("Kit has 7 more shells than Dana. Together Kit and Dana have 41 shells. How many shells "
     "does Dana have?", "17", "for Dana"),
])
def test_story_steps_write_names_as_the_problem_does(problem: str, answer: str,
                                                     said: str) -> None:
    sol = assert_solved(problem, answer)
    text = " ".join(s.text for s in sol.steps)
    assert said in text, text
