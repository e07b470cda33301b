"""`tutor models list|download NAME|add PATH`: the model catalogue and local GGUF files."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tutor.cli import UsageError


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("models", help="list, download or add GGUF models")
    sub = p.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    sub.add_parser("list", help="catalogue and local models as JSON lines").set_defaults(
        func=_list)
    d = sub.add_parser("download", help="download a catalogue model into the models folder")
    d.add_argument("name")
    d.add_argument("--endpoint", help="hub endpoint (default $HF_ENDPOINT or huggingface.co)")
    d.set_defaults(func=_download)
    a = sub.add_parser("add", help="validate and register a local GGUF file")
    a.add_argument("path")
    a.add_argument("--name")
    a.set_defaults(func=_add)


def _emit(record: dict[str, Any]) -> None:
    print(json.dumps(record, ensure_ascii=False), flush=True)


def _list(args: argparse.Namespace) -> int:
    from tutor.reasoning.catalogue import ModelListError, catalogue_rows, list_local_models

    try:  # both read before the first line: a damaged list is an error, not half a listing
        local = list_local_models(strict=True)
        rows = catalogue_rows()
    except ModelListError as exc:
        raise UsageError(str(exc)) from exc
    except OSError as exc:  # the models folder cannot be made
        raise UsageError(f"the models folder cannot be used ({exc.strerror or exc})") from exc
    for row in rows:
        _emit({"source": "catalogue", **row})
    for entry in local:
        _emit({"source": "local", **entry})
    return 0


def _download(args: argparse.Namespace) -> int:
    from tutor.reasoning.catalogue import find, load_catalogue
    from tutor.reasoning.download import DownloadError, download, resolve_url

    entries = load_catalogue()
    entry = find(args.name, entries)
    if entry is None:
        raise UsageError(f"no model named {args.name!r}; known: "
                         + ", ".join(e.name for e in entries))
    last = [-1]

    def progress(done: int, total: int | None) -> None:
        pct = int(100 * done / total) if total else -1
        if pct != last[0]:
            last[0] = pct
            shown = f"{pct}%" if total else f"{done:,} bytes"
            print(f"\r{entry.file}: {shown}", end="", file=sys.stderr, flush=True)

    url = resolve_url(entry.repo, entry.file, entry.revision, args.endpoint)
    try:
        target = entry.local_path
    except OSError as exc:  # the models folder cannot be made
        raise UsageError(f"the models folder cannot be used ({exc.strerror or exc})") from exc
    try:
        path = download(url, target, sha256=entry.sha256, progress=progress)
    except DownloadError as exc:
        print(file=sys.stderr)
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(file=sys.stderr)
    _emit({"name": entry.name, "path": str(path), "sha256_checked": bool(entry.sha256)})
    return 0


def _add(args: argparse.Namespace) -> int:
    from tutor.reasoning.catalogue import ModelListError, add_local_model
    from tutor.reasoning.gguf import GGUFError

    try:
        entry = add_local_model(args.path, args.name)
    except (GGUFError, ModelListError) as exc:
        raise UsageError(str(exc)) from exc
    _emit({"source": "local", **entry})
    return 0
