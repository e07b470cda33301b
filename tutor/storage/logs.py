"""The log file, with secrets redacted, and a crash logger.

`setup_logging()` writes to `log_dir()/proof-tutor.log` (1 MB, 3 older files kept).
Every record that reaches the file passes `RedactSecrets`, which replaces anything
that looks like an API key (`sk-...`, long mixed-case base64-ish tokens, the value
after `api_key=`, `Authorization:` or `Bearer`) and the exact keys it was told about:
the one in the OS keyring when `setup_logging(read_keyring=True)` can read it, and
any passed to `register_secret()`. Only the standard library is imported here, so the
command line can call it without slowing down.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import threading
from pathlib import Path
from types import TracebackType

from tutor.storage.paths import log_dir

LOG_FILE = "proof-tutor.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
REDACTED = "[REDACTED]"
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

_SK = re.compile(r"sk-[A-Za-z0-9_\-]{16,}")
_TOKEN = re.compile(r"(?<![A-Za-z0-9_\-+=])[A-Za-z0-9_\-+=]{32,}(?![A-Za-z0-9_\-+=])")
_LABELLED = re.compile(
    r"(?i)(\b(?:api[_-]?key|x-api-key|authorization|secret|password|token)\b[\"']?\s*[:=]\s*"
    r"[\"']?(?:bearer\s+)?|\bbearer\s+)([^\s\"',;]{8,})"
)

_secrets: set[str] = set()
_lock = threading.Lock()
_hooked = False


def register_secret(value: str | None) -> None:
    """Redact this exact value from now on (e.g. a key the user just entered)."""
    if value and len(value.strip()) >= 4:
        with _lock:
            _secrets.add(value.strip())


def _looks_secret(token: str) -> bool:
    """Mixed case and digits: keys and tokens, not hex hashes or identifiers."""
    return (any(c.isupper() for c in token) and any(c.islower() for c in token)
            and any(c.isdigit() for c in token))


def redact(text: str) -> str:
    with _lock:
        exact = sorted(_secrets, key=len, reverse=True)
    for secret in exact:
        text = text.replace(secret, REDACTED)
    text = _SK.sub(REDACTED, text)
    text = _LABELLED.sub(lambda m: m.group(1) + REDACTED, text)
    return _TOKEN.sub(lambda m: REDACTED if _looks_secret(m.group(0)) else m.group(0), text)


class RedactSecrets(logging.Filter):
    """Rewrites the message, traceback and stack of each record with secrets removed.

    It sits on the handler, so records propagated from any logger pass through it.
    """

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} % {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class LogFileHandler(logging.handlers.RotatingFileHandler):
    """Ours, so setup_logging() can tell it from handlers others installed."""


def _read_keyring_key() -> None:
    """Register the stored API key, if a secure keyring has one; never raises."""
    try:
        from tutor.storage import secrets

        register_secret(secrets.get_api_key())
    except Exception:  # no keyring, locked, broken backend: nothing to register
        pass


def log_path() -> Path:
    return log_dir() / LOG_FILE


def setup_logging(*, read_keyring: bool = True, level: int = logging.INFO) -> Path:
    """Send log records (tutor.* at `level`, others at WARNING) to the log file.

    Safe to call more than once: there is at most one such handler, for the current
    log_dir(). Raises OSError when the log folder cannot be created. The
    command line passes `read_keyring=False` (importing keyring costs a few hundred
    ms); its key patterns still apply.
    """
    if read_keyring:
        _read_keyring_key()
    path = log_path()
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, LogFileHandler)]:
        if Path(old.baseFilename) == path:
            return path
        root.removeHandler(old)  # the profile folder changed (tests): follow it
        old.close()
    handler = LogFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(RedactSecrets())
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    logging.getLogger("tutor").setLevel(level)
    return path


def _log_crash(kind: str, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    logging.getLogger("tutor.crash").critical("Uncaught exception (%s)", kind,
                                              exc_info=(exc_type, exc, tb))


def install_excepthook() -> None:
    """Log uncaught exceptions (main thread and others) before the usual handling."""
    global _hooked
    if _hooked:
        return
    _hooked = True
    previous = sys.excepthook
    previous_thread = threading.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if not issubclass(exc_type, KeyboardInterrupt):
            _log_crash("main", exc_type, exc, tb)
        previous(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            _log_crash(f"thread {args.thread.name if args.thread else '?'}",
                       args.exc_type, args.exc_value, args.exc_traceback)
        previous_thread(args)

    sys.excepthook = hook
    threading.excepthook = thread_hook
