"""A story's last step names the unknown it answers with ("Kim's age: $a_{kim} = 15$"), a
claim the checker confirms from the values found, where it showed a bare number. Our own
stories."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("problem", "answer"), [
    ("Kim is three times as old as Joe. Together they are 60. How old is Kim?", "45"),
    ("An aunt is 5 times as old as her nephew. In 8 years she will be 3 times as old as him. "
     "How old is the nephew now?", "8"),
])
def test_the_answer_step_is_a_checked_claim(problem: str, answer: str) -> None:
    sol = assert_solved(problem, answer)
    last = sol.steps[-1].text
    assert f"= {answer}$" in last, last
    verdicts = check_steps(problem, [s.text for s in sol.steps])
    assert verdicts[-1].verdict is Verdict.VERIFIED, verdicts[-1].summary
