"""Problems, problem sets and tutoring sessions: the domain, with no Qt."""

from tutor.problems.loaders import ProblemSetError, load_problem_set
from tutor.problems.model import Problem, ProblemSet

__all__ = ["Problem", "ProblemSet", "ProblemSetError", "load_problem_set"]
