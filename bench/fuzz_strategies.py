"""Hostile-input strategies and entry-point targets shared by the fuzz test and bench.

`texts(canary)` generates untrusted text: arbitrary unicode (control characters
included, lone surrogates excluded), LaTeX-ish fragments, deep nesting, huge
numbers and code-execution payloads whose only side effect, if anything ever
evaluated them, would be to create the file `canary`.

`targets(pool, workdir)` maps each entry point that takes untrusted text to a
callable that runs it on one text and raises `ContractError` when the entry point
answers outside its contract (any other exception is an unhandled one).

Used by tests/reliability/test_fuzz.py and bench/fuzz.py; product code never imports it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import fuzz_json
from hypothesis import strategies as st

if TYPE_CHECKING:
    from tutor.verify.pool import CheckerPool

# {c} is replaced by the canary's absolute path (as a Python string literal body).
HOSTILE_TEMPLATES: tuple[str, ...] = (
    "__import__('os').system('touch {c}')",
    "__import__('pathlib').Path('{c}').touch()",
    "exec(\"open('{c}', 'w').close()\")",
    "eval(\"__import__('os').system('touch {c}')\")",
    "(lambda: open('{c}', 'w'))()",
    "lambda x: __import__('os').system('touch {c}')",
    "().__class__.__bases__[0].__subclasses__()",
    "[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == 'Popen'][0]"
    "(['touch', '{c}'])",
    "getattr(__builtins__, 'exec')(\"open('{c}','w')\")",
    "compile(\"open('{c}','w')\", 'x', 'exec')",
    "Symbol('x').__class__.__init__.__globals__['os'].system('touch {c}')",
    "open('{c}', 'w').write('pwned')",
    "x = 2; __import__('subprocess').call(['touch', '{c}'])",
    "\\text{{__import__('os').system('touch {c}')}}",
    "$__import__('os').system('touch {c}') = 1$",
    "$$eval('1+1') = 2$$",
    "\\boxed{{__import__('os').system('touch {c}')}}",
    "10^{{10^{{10}}}}",
    "10^{{10^{{10^{{10}}}}}}",
    "9**9**9",
    "9^9^9",
    "2^{{2^{{2^{{2^{{2^{{2}}}}}}}}}}",
    "factorial(10**9)",
    "(10^9)!",
    "1000000000!",
    "\\frac{{1}}{{0}}",
    "0^0 = 1",
    "x^{{10^{{100}}}} = y",
    "\\left(x+y\\right)^{{100000}} = z",
    "\\int_0^{{10^{{10}}}} e^{{x^{{x}}}} dx = 1",
    "\\sum_{{n=1}}^{{10^{{12}}}} n = 5",
    "99999999999999999999999999999999999999999999999999 ** 99999999",
    "1" + "0" * 5000,
    "\x00\x01\x02\x1b[31m\x7f = 3",
    "\u202e1 + 1 = 3\u202c",
    "<think>__import__('os').system('touch {c}')</think>",
    '{{"problem": "__import__(\'os\').system(\'touch {c}\')", "answer": "eval(1)"}}',
    "# Title\n\n## P1\n__import__('os')\nAnswer: exec('x')",
)

LATEX_FRAGMENTS: tuple[str, ...] = (
    "x", "y", "2", "3.5", "10", "0", "-", "+", "=", "\\cdot", "\\times", "/", "^", "_",
    "(", ")", "{", "}", "[", "]", "\\frac{1}{2}", "\\sqrt{", "\\left(", "\\right)",
    "\\pi", "e", "\\infty", "!", "\\sin", "\\log", "\\int", "\\sum", "dx", "\\frac{d}{dx}",
    "$", "$$", "\\(", "\\)", "\\[", "\\]", "\\begin{align}", "\\end{align}", "&", "\\\\",
    "\\text{apples}", "\\approx", "\\mod", "\\equiv", "\\le", "<", ">", "\\boxed{",
    "<think>", "</think>", "\n", "\n\n", "1.", "Step 2:", "####", "The answer is ",
    "\\%", "%", "^\\circ", "\\,", ",", ";", "\\dfrac", "\\binom{5}{2}", "i", "\\mathrm{cm}",
)

# Arbitrary unicode without lone surrogates (they cannot be written as UTF-8).
_CHARS = st.characters(exclude_categories=["Cs"])


def _nested(depth: int, kind: int) -> str:
    pairs = [("(", ")"), ("{", "}"), ("\\frac{1}{", "}"), ("\\sqrt{", "}"), ("[", "]")]
    opener, closer = pairs[kind]
    return opener * depth + "1" + closer * depth


def hostile_payloads(canary: Path) -> list[str]:
    """HOSTILE_TEMPLATES aimed at `canary` (a path without quotes or backslashes)."""
    c = str(canary).replace("\\", "/").replace("'", "")
    return [t.format(c=c) for t in HOSTILE_TEMPLATES]


def texts(canary: Path) -> st.SearchStrategy[str]:
    """Untrusted text of every kind the tutor may be handed."""
    hostile = st.sampled_from(hostile_payloads(canary))
    fragments = st.lists(st.sampled_from(LATEX_FRAGMENTS), max_size=30).map("".join)
    nesting = st.builds(_nested, st.integers(1, 3000), st.integers(0, 4))
    towers = st.integers(2, 40).map(lambda n: "2^{" * n + "2" + "}" * n)
    big = st.integers(min_value=10**20, max_value=10**400).map(str)
    big_eq = st.tuples(big, big).map(lambda ab: f"${ab[0]} \\times {ab[1]} = {ab[0]}$")
    wrappers = st.sampled_from(["{}", "${}$", "$$x = {}$$", "\\[{}\\]", "1. {} = 4", "{} = {}"])
    wrapped = st.tuples(wrappers, hostile | fragments).map(lambda w: w[0].replace("{}", w[1]))
    mixed = st.lists(hostile | fragments | st.text(_CHARS, max_size=20), max_size=5).map(" ".join)
    return st.one_of(
        st.text(_CHARS, max_size=200),
        fragments,
        hostile,
        wrapped,
        mixed,
        nesting,
        towers,
        big,
        big_eq,
    )


# Bugs the fuzzer found in product code that are not fixed yet: (entry point, exception
# type). The test tolerates them in the fuzz properties and pins each with a strict
# xfail test, so fixing one makes that test fail until its line here is removed.
# Exceptions an entry point is known to leak; empty now that the loader bugs
# fuzzing found (deep JSON nesting, >4300-digit integers) are fixed.
KNOWN_BUGS: tuple[tuple[str, type[BaseException]], ...] = ()


def strategy_for(entry: str, canary: Path) -> st.SearchStrategy[str]:
    """The texts an entry point is fuzzed with: JSON readers get JSON bombs too."""
    if entry in fuzz_json.JSON_ENTRIES:
        return fuzz_json.json_texts(texts(canary))
    return texts(canary)


def known_bug(entry: str, exc: BaseException) -> bool:
    return any(entry == e and type(exc) is t for e, t in KNOWN_BUGS)


def chunked(text: str, cuts: list[int]) -> list[str]:
    """`text` split at the given positions (a streamed model reply)."""
    points = sorted({min(max(c, 0), len(text)) for c in cuts})
    bounds = [0, *points, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


class ContractError(AssertionError):
    """An entry point answered, but outside its documented contract."""


def _expect(ok: bool, what: str) -> None:
    if not ok:
        raise ContractError(what)


Target = Callable[[str], object]


def targets(pool: CheckerPool, workdir: Path, step_limit: float = 1.0) -> dict[str, Target]:
    """Each entry point as `f(text)`; `pool` is a CheckerPool used by the checker."""
    from tutor.problems.loaders import ProblemSetError, load_problem_set
    from tutor.reasoning.steps import StepSplitter
    from tutor.reasoning.thinktags import ThinkSplitter
    from tutor.verify.answers import equivalent, extract_final_answer
    from tutor.verify.api import check_step, check_steps
    from tutor.verify.claims import extract_claims
    from tutor.verify.lenient_parser import parse_lenient_expr
    from tutor.verify.parse_limits import ParseError
    from tutor.verify.segments import find_segments
    from tutor.verify.strict_parser import parse_strict

    def strict(text: str) -> object:
        try:
            return parse_strict(text)
        except ParseError:
            return None

    def lenient(text: str) -> object:
        result = parse_lenient_expr(text)
        _expect(result is None or hasattr(result, "free_symbols"), f"odd result {result!r}")
        return result

    def segments(text: str) -> object:
        found = find_segments(text)
        _expect(isinstance(found, list), "find_segments did not return a list")
        return found

    def claims(text: str) -> object:
        found = extract_claims(text)
        _expect(isinstance(found, list), "extract_claims did not return a list")
        return found

    def steps(text: str) -> object:
        chain = [text, f"$${text} = 4$$"]
        verdicts = check_steps(text, chain, time_limit=step_limit, pool=pool)
        _expect(len(verdicts) == 2, "check_steps lost a step")
        return verdicts

    def step(text: str) -> object:
        problem = "Solve 2x + 3 = 11"
        return check_step(problem, [text], f"$x = {text}$", time_limit=step_limit, pool=pool)

    def answers(text: str) -> object:
        # Two comparisons, each under a 1 s deadline, fit the 5 s per-call bound.
        same = equivalent(text, "4", timeout=1.0)
        _expect(isinstance(same, bool), "equivalent(text, '4') not a bool")
        same = equivalent("\\frac{1}{2}", text, timeout=1.0)
        _expect(isinstance(same, bool), "equivalent('1/2', text) not a bool")
        final = extract_final_answer(text)
        _expect(final is None or isinstance(final, str), "extract_final_answer not str/None")
        return final

    def splitter(text: str) -> object:
        whole, parts = StepSplitter(), StepSplitter()
        one = whole.feed(text) + whole.finish()
        pieces = chunked(text, list(range(0, len(text), 7)))
        many = [s for chunk in pieces for s in parts.feed(chunk)]
        many += parts.finish()
        _expect(all(isinstance(s, str) for s in one), "StepSplitter yielded a non-string")
        _expect(one == many, "StepSplitter output depends on chunking")
        return one

    def think(text: str) -> object:
        whole, parts = ThinkSplitter(), ThinkSplitter()
        one = whole.feed(text) + whole.finish()
        pieces = chunked(text, list(range(0, len(text), 3)))
        many = [p for chunk in pieces for p in parts.feed(chunk)]
        many += parts.finish()
        _expect(_joined(one) == _joined(many), "ThinkSplitter output depends on chunking")
        return one

    def loaders(text: str) -> object:
        problem = {"problem": text or "?", "answer": text, "hint": text, "topic": text}
        files = {
            "raw.json": text,
            "raw.jsonl": text,
            "raw.md": text,
            "obj.json": json.dumps({"title": text, "problems": [problem]}),
            "obj.jsonl": json.dumps(problem) + "\n" + text,
            "obj.md": f"# {text}\n\n## Problem 1\n{text or '?'}\nAnswer: {text}\n",
        }
        loaded = 0
        for name, content in files.items():
            path = workdir / name
            path.write_text(content, encoding="utf-8")
            try:
                load_problem_set(path)
                loaded += 1
            except ProblemSetError:
                pass
        return loaded

    return {
        **fuzz_json.json_targets(workdir, _expect),
        "parse_strict": strict,
        "parse_lenient_expr": lenient,
        "find_segments": segments,
        "extract_claims": claims,
        "check_steps": steps,
        "check_step": step,
        "answers": answers,
        "StepSplitter": splitter,
        "ThinkSplitter": think,
        "load_problem_set": loaders,
    }


def _joined(pieces: list[tuple[bool, str]]) -> list[tuple[bool, str]]:
    """Merge neighbouring pieces of the same kind (chunking may split a piece)."""
    out: list[tuple[bool, str]] = []
    for thinking, text in pieces:
        if out and out[-1][0] == thinking:
            out[-1] = (thinking, out[-1][1] + text)
        elif text:
            out.append((thinking, text))
    return out


def solve_target(time_limit: float) -> Target:
    """The symbolic engine on a problem text (slow: its own worker process)."""
    from tutor.reasoning.symbolic.runner import solve_problem

    def solve(text: str) -> object:
        solution = solve_problem(text, time_limit=time_limit)
        _expect(solution is not None, "solve_problem returned None")
        return solution

    return solve
