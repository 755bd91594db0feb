"""Bytes of a mail part to text: the declared charset when it works, else a careful guess."""

from __future__ import annotations

import codecs

_GUESS_BYTES = 64 * 1024  # enough for charset-normalizer to tell; decoding uses all of it


def decode_text(data: bytes, declared: str | None) -> tuple[str, str | None]:
    """Bytes to text in the declared charset when it works, else a guess (never fails)."""
    if not declared:
        try:
            return data.decode("utf-8"), None
        except UnicodeDecodeError:
            return _guess(data), "no charset given: text guessed"
    try:
        codec = codecs.lookup(declared).name
    except (LookupError, ValueError, TypeError):  # unknown, or not even a name ("utf\x008")
        return _guess(data), f"unknown charset “{declared[:40]}”: text guessed"
    try:
        return data.decode(codec), None
    except LookupError:  # a codec that is not for text, e.g. "base64"
        return _guess(data), f"unknown charset “{declared[:40]}”: text guessed"
    except (UnicodeDecodeError, ValueError, TypeError):
        pass
    # Mostly right with a few bad bytes (a cut multibyte character): keep it, mark the holes.
    try:
        text = data.decode(codec, "replace")
    except (LookupError, ValueError, TypeError):
        text = ""
    if text and codec != "ascii" and text.count("\ufffd") * 100 <= len(text):
        return text, None
    return _guess(data), f"text did not match its charset “{declared[:40]}”: guessed"


# Western mail is most often in these; charset-normalizer cannot tell them apart on short text.
_LIKELY = ("utf_8", "cp1252", "iso8859_15", "iso8859_1")


def _guess(data: bytes) -> str:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:_GUESS_BYTES]))
    encoding = None
    if matches:
        least = min(m.chaos for m in matches)
        calm = {m.encoding for m in matches if m.chaos <= least + 0.05}
        encoding = next((e for e in _LIKELY if e in calm), None) or matches[0].encoding
    try:
        return data.decode(encoding or "cp1252", "replace")
    except (LookupError, ValueError):
        return data.decode("utf-8", "replace")
