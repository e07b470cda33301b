"""`tutor solve PROBLEM`: stream a solution step by step, each step checked.

With --json, one JSON line per step {"index","text","verdict","reason"} and a final
line {"answer", "done": true, ...}. Without it, readable lines for a terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tutor.cli import UsageError
from tutor.cli.options import count, jobs, number, seconds
from tutor.problems.step import SOLUTION
from tutor.reasoning.events import (
    CancelToken,
    Done,
    Error,
    Request,
    SamplingOptions,
)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("solve", help="solve a problem step by step with checked steps")
    p.add_argument("problem")
    p.add_argument("--backend", choices=("local", "openai", "symbolic"), default="local")
    p.add_argument("--model", help="GGUF path (local) or model name (openai)")
    p.add_argument("--base-url", help="OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1 "
                   "(default: $OPENAI_BASE_URL, else OpenAI)")
    p.add_argument("--send-stored-key", action="store_true",
                   help="send the key stored in the keyring to --base-url even though it was "
                   "saved for another host ($OPENAI_API_KEY is always sent)")
    p.add_argument("--time-limit", type=seconds(86400.0), default=600.0,
                   help="seconds one request to a server may take in all (openai; default 600)")
    p.add_argument("--samples", type=count(64), default=1,
                   help="chains for verifier-guided voting (at most 64)")
    p.add_argument("--time-budget", type=seconds(86400.0),
                   help="seconds for all samples together")
    p.add_argument("--max-tokens", type=count(1_000_000), default=2048)
    p.add_argument("--temperature", type=number(0.0, 5.0), default=0.6)
    p.add_argument("--seed", type=count(2**32 - 1, minimum=0))
    p.add_argument("--n-ctx", type=count(1 << 27, minimum=16), default=4096)
    p.add_argument("--threads", type=jobs, help="CPU threads (at most the cores)")
    p.add_argument("--json", action="store_true", help="JSON lines on stdout")
    p.set_defaults(func=run)


def backend_from_args(args: argparse.Namespace) -> Any:
    from tutor.reasoning.registry import BackendUnavailable, make_backend

    opts: dict[str, Any] = {"model": args.model}
    if args.backend == "local":
        opts.update(n_ctx=args.n_ctx, n_threads=args.threads)
    elif args.backend == "openai":
        opts.update(base_url=args.base_url, timeout=args.time_limit,
                    send_stored_key=args.send_stored_key)
    try:
        return make_backend(args.backend, **opts)
    except BackendUnavailable as exc:
        raise UsageError(str(exc)) from exc


def _extract(text: str) -> str | None:
    try:
        from tutor.verify.answers import extract_final_answer
    except ImportError:
        return None
    return extract_final_answer(text)


class _Printer:
    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def step(self, index: int, text: str, verdict: Any) -> None:
        if self.as_json:
            self._line({"index": index, "text": text, "verdict": verdict.verdict.value,
                        "reason": verdict.reason})
        else:
            print(f"Step {index + 1} [{verdict.verdict.value}] {text}\n"
                  f"    ({verdict.reason})", flush=True)

    def final(self, record: dict[str, Any]) -> None:
        if self.as_json:
            self._line(record)
        elif record.get("declined"):  # what the engine understood, and what to try instead
            print(record["declined"], flush=True)
        elif "error" not in record:  # errors go to stderr only
            answer = record.get("answer")
            print(f"Answer: {answer if answer is not None else '(no final answer found)'}",
                  flush=True)

    def _line(self, record: dict[str, Any]) -> None:
        from tutor.storage.logs import redact  # a server's error may echo the key

        print(redact(json.dumps(record, ensure_ascii=False)), flush=True)


def run(args: argparse.Namespace) -> int:
    if not args.problem.strip():
        raise UsageError("the problem is empty")
    if args.samples < 1 or args.max_tokens < 1:
        raise UsageError("--samples and --max-tokens must be at least 1")
    backend = backend_from_args(args)
    request = Request(args.problem, sampling=SamplingOptions(
        temperature=args.temperature, seed=args.seed, max_tokens=args.max_tokens))
    printer = _Printer(args.json)
    if args.samples > 1:
        return _run_consensus(backend, request, args, printer)
    return _run_stream(backend, request, printer)


def _run_stream(backend: Any, request: Request, printer: _Printer) -> int:
    from tutor.reasoning.worked import ChainCheck

    chain = ChainCheck(request.problem)  # the same checking as the app and check-solution
    cancel = CancelToken()
    try:
        for event in backend.execute(request, cancel):
            step = chain.take(event)
            if step is not None and step.part == SOLUTION:
                printer.step(step.index, step.text, step.verdict)
            elif isinstance(event, Error):
                printer.final({"error": event.message, "kind": event.kind, "done": True})
                print(f"error: {event.message}", file=sys.stderr)
                return 2 if event.kind == "bad_model" else 1  # a bad model file is bad input
            elif isinstance(event, Done):
                u, result = event.usage, chain.result
                printer.final({"answer": result.answer, "done": True,
                               "steps": len(result.solution),
                               "thinking_steps": len(result.thinking),
                               "stopped_in_thinking": result.stopped_in_thinking,
                               "declined": event.declined,
                               "tokens": u.completion_tokens,
                               "seconds": round(u.seconds, 3),
                               "tokens_per_second": round(u.tokens_per_second, 2),
                               "model": event.model, "cancelled": event.cancelled,
                               "truncated": event.truncated})
    except KeyboardInterrupt:
        cancel.cancel()
        raise
    return 0


def _run_consensus(backend: Any, request: Request, args: argparse.Namespace,
                   printer: _Printer) -> int:
    from tutor.reasoning.consensus import solve_with_consensus

    result = solve_with_consensus(backend, request, samples=args.samples,
                                  time_budget=args.time_budget)
    winner = result.winner
    if winner is not None:
        for i, (step, verdict) in enumerate(zip(winner.steps, winner.verdicts, strict=False)):
            printer.step(i, step, verdict)
    errors = [c.error for c in result.chains if c.error]
    printer.final({"answer": result.answer, "done": True, "reason": result.reason,
                   "votes": [{"answer": v.answer, "weight": round(v.weight, 3),
                              "chains": v.chains} for v in result.votes],
                   "chains": len(result.chains), "errors": errors})
    if errors and len(errors) == len(result.chains):
        print(f"error: {errors[0]}", file=sys.stderr)
        return 1
    return 0
