"""Child process of bench/reliability.py: record progress in a loop until killed.

Each iteration is one committed `ProgressStore.record` (problem p<i>, answer "<i>");
after each commit it prints the number of commits so far and flushes, so the parent
knows how many records were committed when it sends SIGKILL.
Usage (PROOF_TUTOR_HOME set by the parent): python bench/_writer.py SET_ID
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutor.storage.progress import ProgressStore  # noqa: E402


def main(set_id: str) -> None:
    store = ProgressStore()
    commits = 0
    while True:
        store.record(set_id, f"p{commits}", "attempted", answer=str(commits))
        commits += 1
        print(commits, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
