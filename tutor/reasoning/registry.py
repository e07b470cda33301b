"""Backend factory: `make_backend(name, **options)` for the CLI, the UI and benchmarks."""

from __future__ import annotations

from typing import Any

from tutor.reasoning.events import Backend

BACKENDS = ("local", "openai", "symbolic")


class BackendUnavailable(ValueError):
    """The backend cannot be built with these options; the message says why."""


def make_backend(name: str, **options: Any) -> Backend:
    """Build a backend. Options that are None are ignored.

    local: model (path, required), n_threads, n_ctx, n_gpu_layers.
    openai: model, base_url, api_key, timeout, reasoning_effort.
    Unknown options are ignored, so a settings object can pass all it has.
    symbolic: no options.
    """
    opts = {k: v for k, v in options.items() if v is not None}
    if name == "local":
        from tutor.reasoning.local import LocalBackend

        model = opts.pop("model", None) or opts.pop("model_path", None)
        if not model:
            raise BackendUnavailable("the local backend needs a model: pass --model PATH")
        return LocalBackend(model, **_pick(opts, "n_threads", "n_ctx", "n_gpu_layers"))
    if name == "openai":
        from tutor.reasoning.openai_backend import OpenAIBackend

        return OpenAIBackend(**_pick(opts, "model", "base_url", "api_key", "timeout",
                                     "reasoning_effort"))
    if name == "symbolic":
        try:
            from tutor.reasoning.symbolic import SymbolicBackend
        except ImportError as exc:
            raise BackendUnavailable(f"the symbolic engine is not available: {exc}") from exc
        return SymbolicBackend()  # type: ignore[no-any-return]
    raise BackendUnavailable(f"unknown backend {name!r}; choose one of {', '.join(BACKENDS)}")


def _pick(opts: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: opts[k] for k in keys if k in opts}
