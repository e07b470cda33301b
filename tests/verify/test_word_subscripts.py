"""A name with a word for its subscript (`a_{mother}`, `d_{train}`) is one unknown, as in
TeX, so a story's equations written with such names are checked. Our own stories."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.exact import strict
from tutor.verify.verdict import Verdict


def test_a_word_in_braces_is_one_subscript() -> None:
    for text, name in [("a_{father}", "a_father"), ("d_{train} + 3", "d_train"),
                       ("2 v_{boat}", "v_boat")]:
        parsed = strict(text)
        assert parsed is not None and {str(s) for s in parsed.expr.free_symbols} == {name}


def test_values_found_from_story_equations_with_word_subscripts_are_checked() -> None:
    checker = ChainChecker("A father is 4 times as old as his daughter. In 6 years he will "
                           "be 3 times as old as her. How old is the daughter?")
    checker.check("Father is 4 times as old as daughter: $a_{father} = 4 a_{daughter}$")
    checker.check("In 6 years: $a_{father} + 6 = 3 a_{daughter} + 18$")
    assert checker.check("$a_{father} = 48, a_{daughter} = 12$").verdict is Verdict.VERIFIED
    assert checker.check("Daughter's age: $a_{daughter} = 12$").verdict is Verdict.VERIFIED
    slip = ChainChecker("A father is 4 times as old as his daughter. In 6 years he will "
                        "be 3 times as old as her. How old is the daughter?")
    slip.check("Father is 4 times as old as daughter: $a_{father} = 4 a_{daughter}$")
    slip.check("In 6 years: $a_{father} + 6 = 3 a_{daughter} + 18$")
    assert slip.check("$a_{father} = 40, a_{daughter} = 10$").verdict is not Verdict.VERIFIED
