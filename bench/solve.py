"""Accuracy of a reasoning backend on a benchmark, with and without verifier-guided voting.

Usage:
  python bench/solve.py math500 --backend local [--model PATH] --limit 20 [--samples 4]
  python bench/solve.py gsm8k_test_openai --backend symbolic --limit 50

DATASET is a file name (with or without .jsonl) in <project>/../shared/eval/answers/, or a
path. Answers are graded with tutor.verify.answers.equivalent. Prints one JSON line per
problem and a summary with accuracy and wall time per problem.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tutor.reasoning.consensus import run_chain, solve_with_consensus  # noqa: E402
from tutor.reasoning.events import CancelToken, Request, SamplingOptions  # noqa: E402
from tutor.reasoning.registry import BackendUnavailable, make_backend  # noqa: E402
from tutor.verify.answers import equivalent, extract_final_answer  # noqa: E402

ANSWERS = ROOT.parent / "shared" / "eval" / "answers"


def load(dataset: str) -> list[tuple[str, str]]:
    """(problem, gold answer) pairs from any of the eval answer files."""
    path = Path(dataset)
    if not path.exists():
        path = ANSWERS / (dataset if dataset.endswith(".jsonl") else dataset + ".jsonl")
    if not path.exists():
        sys.exit(f"no such dataset: {dataset} (looked in {ANSWERS})")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(_pair(json.loads(line)))
    return rows


def _pair(rec: dict[str, Any]) -> tuple[str, str]:
    problem = rec.get("problem") or rec.get("question") or ""
    gold: Any = rec.get("answer", rec.get("final_answer"))
    if "final_answer" in rec:
        gold = rec["final_answer"]
    if isinstance(gold, list):
        gold = ", ".join(str(g) for g in gold)
    if isinstance(gold, float) and gold.is_integer():
        gold = int(gold)
    gold = str(gold)
    if "####" in gold:  # GSM8K: worked solution, then "#### 18"
        gold = gold.rsplit("####", 1)[1].strip().replace(",", "")
    return problem, gold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset")
    ap.add_argument("--backend", default="local", choices=("local", "openai", "symbolic"))
    ap.add_argument("--model")
    ap.add_argument("--base-url")
    ap.add_argument("--limit", type=int, default=10)
    ap.add_argument("--samples", type=int, default=1, help=">1 also runs verifier voting")
    ap.add_argument("--max-tokens", type=int, default=1024)
    ap.add_argument("--threads", type=int)
    ap.add_argument("--n-ctx", type=int, default=4096)
    args = ap.parse_args()
    opts: dict[str, Any] = {"model": args.model}
    if args.backend == "local":
        opts.update(n_threads=args.threads, n_ctx=args.n_ctx)
    if args.backend == "openai":
        opts["base_url"] = args.base_url
    try:
        backend = make_backend(args.backend, **opts)
    except BackendUnavailable as exc:
        sys.exit(str(exc))
    sampling = SamplingOptions(max_tokens=args.max_tokens, seed=0)
    single_ok, vote_ok, single_t, vote_t, errors = [], [], [], [], 0
    for i, (problem, gold) in enumerate(load(args.dataset)[: args.limit]):
        request = Request(problem, sampling=sampling)
        t0 = time.perf_counter()
        text, thinking, err, own = run_chain(backend, request, CancelToken())
        single_t.append(time.perf_counter() - t0)
        pred = own or extract_final_answer(text) or (
            extract_final_answer(thinking) if thinking else None)
        errors += err is not None
        ok = pred is not None and equivalent(gold, pred)
        single_ok.append(ok)
        row: dict[str, Any] = {"i": i, "gold": gold, "pred": pred, "ok": ok,
                               "seconds": round(single_t[-1], 2), "error": err}
        if args.samples > 1:
            t0 = time.perf_counter()
            result = solve_with_consensus(backend, request, samples=args.samples)
            vote_t.append(time.perf_counter() - t0)
            vok = result.answer is not None and equivalent(gold, result.answer)
            vote_ok.append(vok)
            row.update(vote=result.answer, vote_ok=vok, vote_seconds=round(vote_t[-1], 2),
                       why=result.reason)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    n = len(single_ok)
    summary: dict[str, Any] = {
        "dataset": args.dataset, "backend": args.backend, "model": args.model, "problems": n,
        "accuracy": round(sum(single_ok) / n, 4) if n else None,
        "seconds_per_problem": round(statistics.mean(single_t), 2) if n else None,
        "errors": errors}
    if vote_ok:
        summary.update(samples=args.samples, accuracy_with_consensus=round(sum(vote_ok) / n, 4),
                       consensus_seconds_per_problem=round(statistics.mean(vote_t), 2))
    print(json.dumps({"summary": summary}), flush=True)


if __name__ == "__main__":
    main()
