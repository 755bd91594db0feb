"""Copy the pinned, BSD-3-Clause release of the Cognitive-Reframing data into `data/` here.

    git clone https://github.com/behavioral-data/Cognitive-Reframing /tmp/cognitive-reframing
    .venv/bin/python training/traps/fetch_data.py --git /tmp/cognitive-reframing

`--git` takes a clone or a bare copy. Only the commit below is read: the files were released
under BSD-3-Clause on 2023-05-07; the repository's licence changed to CC BY-NC-ND 4.0 in
September 2023, and nothing after the pin is used. `data/` is git-ignored: the sentences never
enter this repository, only the weights computed from them do.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

COMMIT = "d6968a65897f23251e94e52b3b56e943cbb75691"
FILES = ("data/thinking_traps.jsonl", "data/reframing_dataset.csv", "LICENSE")
HERE = Path(__file__).resolve().parent
DATA_DIR = HERE / "data"


def show(git_dir: Path, path: str) -> bytes:
    done = subprocess.run(
        ["git", "-C", str(git_dir), "show", f"{COMMIT}:{path}"], capture_output=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"cannot read {path} at {COMMIT[:7]} in {git_dir}: {done.stderr!r}")
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--git", type=Path, required=True, help="Clone or bare repository.")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="Where to write the files.")
    args = parser.parse_args(argv)
    licence = show(args.git, "LICENSE")
    if b"BSD 3-Clause" not in licence:
        print("the pinned commit's LICENSE is not BSD-3-Clause: refusing", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for path in FILES:
        target = args.out / Path(path).name
        target.write_bytes(show(args.git, path))
        print(f"wrote {target}")
    (args.out / "COMMIT").write_text(COMMIT + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
