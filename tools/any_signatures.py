"""Keep `Any` rare in signatures, and explained where it stays.

Counts the function definitions in src/nextyes and tests whose parameters (*args and **kwargs
included) or return annotation mention `Any` (`Any`, `typing.Any`, nested as in
`dict[str, Any]`, or inside a string annotation). Fails when their share of all signatures is
above `--max-share`, or when one of them has no comment containing "Any:" (the reason) on its
def line(s) or the line just above. `--list` prints each one as path:line name. Run by
`make lint`.
"""

from __future__ import annotations

import argparse
import ast
import io
import sys
import tokenize
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TREES = ("src/nextyes", "tests")
REASON = "Any:"

Function = ast.FunctionDef | ast.AsyncFunctionDef


@dataclass(frozen=True)
class Found:
    path: str
    line: int
    name: str
    explained: bool


def mentions_any(annotation: ast.expr | None) -> bool:
    """Whether an annotation names Any anywhere inside it."""
    if annotation is None:
        return False
    for node in ast.walk(annotation):
        if isinstance(node, ast.Name) and node.id == "Any":
            return True
        if isinstance(node, ast.Attribute) and node.attr == "Any":
            return True
        # A quoted annotation ("dict[str, Any]") is parsed and searched too.
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            try:
                quoted = ast.parse(node.value, mode="eval").body
            except SyntaxError:
                continue
            if mentions_any(quoted):
                return True
    return False


def uses_any(function: Function) -> bool:
    arguments = function.args
    parameters = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
    parameters += [extra for extra in (arguments.vararg, arguments.kwarg) if extra is not None]
    return mentions_any(function.returns) or any(
        mentions_any(parameter.annotation) for parameter in parameters
    )


def comment_lines(source: str) -> set[int]:
    """The numbers of the lines whose comment says why an Any is there."""
    lines: set[int] = set()
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT and REASON in token.string:
            lines.add(token.start[0])
    return lines


def signature_lines(function: Function) -> range:
    """The def line(s): from `def` to the line before the body (or the def line itself)."""
    last = max(function.lineno, function.body[0].lineno - 1)
    return range(function.lineno, last + 1)


def scan(path: Path) -> tuple[int, list[Found]]:
    """How many functions a file defines, and the ones whose signature uses Any."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    reasons = comment_lines(source)
    total = 0
    found: list[Found] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        total += 1
        if not uses_any(node):
            continue
        first = min([node.lineno, *(decorator.lineno for decorator in node.decorator_list)])
        nearby = {node.lineno - 1, first - 1, *signature_lines(node)}
        found.append(
            Found(str(path.relative_to(ROOT)), node.lineno, node.name, bool(nearby & reasons))
        )
    return total, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--max-share", type=float, default=0.02)
    parser.add_argument("--list", action="store_true", help="print every signature using Any")
    options = parser.parse_args(argv)

    overall_total = 0
    everything: list[Found] = []
    for tree in TREES:
        tree_total = 0
        tree_found: list[Found] = []
        for path in sorted((ROOT / tree).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            total, found = scan(path)
            tree_total += total
            tree_found += found
        share = len(tree_found) / tree_total if tree_total else 0.0
        print(f"{tree}: {len(tree_found)} of {tree_total} signatures use Any ({share:.1%})")
        overall_total += tree_total
        everything += tree_found

    share = len(everything) / overall_total if overall_total else 0.0
    print(
        f"overall: {len(everything)} of {overall_total} ({share:.1%}), limit {options.max_share:.1%}"
    )
    if options.list:
        for item in everything:
            mark = "" if item.explained else "  (no reason)"
            print(f"{item.path}:{item.line} {item.name}{mark}")

    failed = False
    if share > options.max_share:
        print(f"too many signatures use Any: {share:.1%} > {options.max_share:.1%}")
        failed = True
    unexplained = [item for item in everything if not item.explained]
    for item in unexplained:
        print(
            f"{item.path}:{item.line} {item.name}: Any without a comment saying why ({REASON} ...)"
        )
    failed = failed or bool(unexplained)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
