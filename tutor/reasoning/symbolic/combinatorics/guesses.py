"""Reader of guesses on multiple-choice questions, each right with chance 1/c for c
choices, independently: "A quiz has 6 multiple-choice questions, each with 4 answer
choices. If Ana guesses on every question, what is the probability that she gets at least
2 of them right?", "She guesses random answers for the last 3 questions ... at least one of
these last 3 questions right", "Each question on a test has 4 answer choices. Maya guesses
random answers for 3 questions ...". The answer comes from `trials` (the distribution of
the number of right answers, confirmed by listing every sequence of outcomes).
"""

from __future__ import annotations

import re
from fractions import Fraction

from tutor.reasoning.symbolic.combinatorics.attempts import COUNT, tally
from tutor.reasoning.symbolic.combinatorics.chance import ASK
from tutor.reasoning.symbolic.combinatorics.trial_means import mean
from tutor.reasoning.symbolic.combinatorics.trials import Trials, solve
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

QUIZ = [r" (?:a|an|the) (?:(?:#(?P<n>\d+) ?-question|#(?P<n2>\d+) question) )?(?:multiple-choice |"
         r"multiple choice |true-false |true or false )?(?:quiz|test|exam)(?: (?:has|with|of) "
         r"#(?P<n3>\d+) (?:multiple-choice |multiple choice |true-false |true or false )?"
         r"questions)?\b",
         r" #(?P<n>\d+) (?:multiple-choice |multiple choice |true-false |true or false )"
         r"questions\b"]
CHOICES = (r",? (?:in which |where )?(?:each|every|every one)(?: of (?:them|which|these|the "
            r"questions))?(?: question)? "
            r"(?:has|with|having) #(?P<c>\d+) (?:possible |answer |different )?(?:choices|"
            r"options|answers|answer choices)(?: each)?\b| with #(?P<c2>\d+) (?:answer |possible )?"
            r"(?:choices|options) (?:each|for each question|per question)\b|(?:^|(?<=\.)) (?:each|"
            r"every) question on (?:a|an|the) (?:test|quiz|exam) has #(?P<c3>\d+) (?:answer |"
            r"possible )?(?:choices|options)\b")
_GUESS = (r" (?:randomly |blindly )?(?:guesses|guess|guessing|guessed)(?: randomly| at random| "
          r"blindly)? (?:on |at |the answers? (?:to|on|for) |(?:random )?answers? (?:to|on|for) )"
          r"(?:all|each|every|all of the|each of the|the|the last|the first|the final)(?: #(?P<n>"
          r"\d+))? questions?\b")
_GUESS_ON = (r" (?:randomly |blindly )?(?:guesses|guess|guessing|guessed)(?: randomly| at random| "
             r"blindly)? (?:on|(?:random |the )?answers (?:to|for)) #(?P<n>\d+) (?:multiple-choice "
             r"|multiple choice )?questions\b")
_MARKS = {
    "count": r" (?:gets?|answers?|getting|answering) " + COUNT + r"(?: of (?:them|the|these|"
             r"those)(?: (?P<which>last|first|final))?(?: #(?P<of>\d+))?(?: questions)?| "
             r"questions?)? (?P<r>right|correct|correctly|wrong|incorrect|incorrectly)\b",
    "all": r" (?:gets?|answers?|getting|answering) (?:all|every one|each|both)(?: #(?P<all>\d+))?"
           r"(?: of)?"
           r"(?: (?:them|the|these|those))?(?: #(?P<all2>\d+))?(?: questions)? (?P<r>right|correct|"
           r"correctly|wrong|incorrect|incorrectly)\b",
    "none": r" (?:gets?|answers?|getting|answering) none of (?:them|the questions|these|those) "
            r"(?P<r>right|correct|correctly|wrong|incorrect|incorrectly)\b"}


_MEAN_MARKS = (r" (?:what is |find )?the expected (?:number|count) of (?:(?:questions|answers) "
               r"(?:that )?(?:she|he|they|i|you|we) (?:will )?(?:gets?|answers?) (?P<r>right|"
               r"correct|correctly|wrong|incorrect|incorrectly)|(?P<r2>correct|right|wrong|"
               r"incorrect) answers)\b")


def guesses(split: Split, template: str) -> Result | None:
    """Guesses on multiple-choice questions: one right answer among c choices each."""
    if "guess" not in template or not quick(template, "probability", "chance", "expected"):
        return None
    w = Wording.of(split, template)
    w.take_subject("guesses|guess|randomly|gets|answers|is|takes|will")
    guess, choices = w.take(_GUESS_ON), w.take(CHOICES)
    quiz = [m for p in QUIZ for m in w.take(p)]
    guess += w.take(_GUESS)
    w.take(r" (?:is |was )?(?:taking|takes|took) (?=;)")
    expected = w.take(_MEAN_MARKS)
    ask = expected or w.take(ASK)
    found = [("mean", m) for m in expected] or [
        (kind, m) for kind, p in _MARKS.items() for m in w.take(p)]
    true_false = any("true" in m.group(0) for m in quiz)  # two answers: true or false
    if true_false and (choices or any("multiple" in m.group(0) for m in quiz)):
        raise Decline("true-false questions with other answer choices")
    if len(choices) != 1 - true_false or len(guess) != 1 or len(ask) != 1 or len(found) != 1 or \
            len(quiz) > 2 or not w.only_glue({"if", "then", "will", "each", "question",
                                              "questions", "of", "student", "pupil"}):
        return None
    c = 2 if true_false else int(choices[0].group("c") or choices[0].group("c2")
                                 or choices[0].group("c3"))
    in_quiz = {int(x) for m in quiz for x in (m.groupdict().get(g) for g in ("n", "n2", "n3"))
               if x}
    g = guess[0]
    n = int(g.group("n")) if g.group("n") else None
    if len(in_quiz) > 1:
        raise Decline("the number of questions said two ways")
    if re.search(r"\b(?:last|first|final)\b", g.group(0)):  # some of the questions
        if n is None or in_quiz and n > min(in_quiz):
            raise Decline("how many questions are guessed is not clear")
    elif n is None:
        if not in_quiz:
            raise Decline("how many questions are guessed is not said")
        n = in_quiz.pop()
    elif in_quiz and in_quiz != {n}:
        raise Decline("the questions guessed are not the questions asked")
    if c < 2:
        raise Decline("a question with fewer than two choices")
    kind, e = found[0]
    which, guessed = e.groupdict().get("which"), re.search(r"\b(last|first|final)\b", g.group(0))
    if which and (guessed is None or {which, guessed.group(1)} not in ({which}, {"last", "final"})):
        raise Decline("the questions asked about are not the questions guessed")
    wrong = (e.group("r") or e.groupdict().get("r2")) in ("wrong", "incorrect", "incorrectly")
    trials = Trials([(n, Fraction(1, c))], "a right answer")
    if kind == "mean":
        return mean(trials, wrong, "wrong answers" if wrong else "right answers")
    return solve(trials, tally(kind, e, n, wrong))


__all__ = ["CHOICES", "QUIZ", "guesses"]
