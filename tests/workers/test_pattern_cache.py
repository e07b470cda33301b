"""A worker keeps every regular expression it compiled (see child.keep_compiled_patterns)."""

from __future__ import annotations

import re

from tutor.workers.child import REGEX_CACHE, keep_compiled_patterns


def test_the_cache_grows_and_never_shrinks() -> None:
    before = getattr(re, "_MAXCACHE", None)
    try:
        keep_compiled_patterns()
        assert getattr(re, "_MAXCACHE", REGEX_CACHE) >= REGEX_CACHE
        keep_compiled_patterns(16)  # a smaller count leaves a larger cache alone
        assert getattr(re, "_MAXCACHE", REGEX_CACHE) >= REGEX_CACHE
    finally:
        if before is not None:
            re._MAXCACHE = before  # type: ignore[attr-defined]
