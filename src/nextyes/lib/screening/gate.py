"""A fast gate: run a pattern only when the text holds a word start it could begin with.

Each pattern's possible first three characters are worked out once from its parsed form
(`re._parser`), so the gate cannot drift from the patterns. A pattern whose start cannot be
pinned down (a wildcard first) always runs. Screening runs on every save and in `analyze`,
and with some seventy patterns in four languages this keeps it well under a millisecond.
"""

from __future__ import annotations

import re
import re._compiler as compiler
import re._constants as c
import re._parser as p
from typing import Any

PREFIX = 3
_MAX_SET = 30  # a character class wider than this counts as "anything"
_ANY: frozenset[str] = frozenset({"*"})


# Any: the regex parser (re._parser) is untyped; its tokens are (opcode, argument) pairs.
def _chars(av: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in av:
        if op is c.LITERAL:
            chars.add(chr(arg))
        elif op is c.RANGE:
            if arg[1] - arg[0] > _MAX_SET:
                return None
            chars.update(chr(x) for x in range(arg[0], arg[1] + 1))
        else:
            return None
    return chars if len(chars) <= _MAX_SET else None


# Any: the regex parser (re._parser) is untyped; its tokens are (opcode, argument) pairs.
def _seq(items: list[Any], k: int) -> set[str] | None:
    """Possible prefixes (length k, or shorter when the pattern can end) of a sequence."""
    results: set[str] = {""}
    done: set[str] = set()
    for op, av in items:
        if not results:
            break
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        step = _one(op, av, k)
        if step is None:
            # Unknown from here on: the prefixes so far still hold, if there are any.
            return None if "" in results else done | results
        nxt: set[str] = set()
        for prefix in results:
            for s in step:
                joined = (prefix + s)[:k]
                (done if len(joined) >= k else nxt).add(joined)
        results = nxt
        if len(done) + len(results) > 4000:
            return None
    return done | results


# Any: the regex parser (re._parser) is untyped; its tokens are (opcode, argument) pairs.
def _one(op: Any, av: Any, k: int) -> set[str] | None:
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN:
        chars = _chars(av)
        return chars
    if op is c.SUBPATTERN:
        return _seq(list(av[3]), k)
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            sub = _seq(list(branch), k)
            if sub is None:
                return None
            out |= sub
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, body = av
        once = _seq(list(body), k)
        if once is None:
            return None
        # Zero or one copy is enough for prefixes, plus two when the body is short.
        out = set(once) if low >= 1 else {""} | once
        if high > 1 and any(len(s) < k for s in once):
            out |= {(a + b)[:k] for a in once for b in once}
        return out
    return None


# Any: the regex parser (re._parser) is untyped; its tokens are (opcode, argument) pairs.
def prefixes(pattern: str | Any) -> frozenset[str]:
    """The strings a match of `pattern` (text or parsed) may start with ({"*"} when unknown)."""
    parsed = p.parse(pattern) if isinstance(pattern, str) else pattern
    found = _seq(list(parsed), PREFIX)
    if found is None or "" in found:
        return _ANY
    return frozenset(found)


_START = re.compile(rf"(?<![a-z0-9])(?=(.{{1,{PREFIX}}}))", re.DOTALL)


class Gate:
    """Patterns compiled once, indexed by the prefixes they may start with."""

    def __init__(self, patterns: list[str]) -> None:
        self.always: list[int] = []
        self.index: dict[str, list[int]] = {}
        self.compiled: list[re.Pattern[str]] = []
        self._memo: dict[str, tuple[int, ...]] = {}
        for number, pattern in enumerate(patterns):
            # Parse once for both the gate and the compiled pattern (start-up time counts).
            parsed = p.parse(pattern)
            self.compiled.append(compiler.compile(parsed))
            found = prefixes(parsed)
            if "*" in found:
                self.always.append(number)
                continue
            for prefix in found:
                self.index.setdefault(prefix, []).append(number)

    def candidates(self, text: str) -> list[int]:
        """Numbers (in order) of the patterns that may match somewhere in `text`."""
        seen = set(self.always)
        for chunk in set(_START.findall(text)):
            seen.update(self._for_chunk(chunk))
        return sorted(seen)

    def _for_chunk(self, chunk: str) -> tuple[int, ...]:
        # Word starts repeat across notes ("i ", "the", "and"): remember each one's answer.
        found = self._memo.get(chunk)
        if found is None:
            hits = (self.index.get(chunk[:n], ()) for n in range(1, len(chunk) + 1))
            found = tuple({number for group in hits for number in group})
            if len(self._memo) < 50_000:
                self._memo[chunk] = found
        return found
