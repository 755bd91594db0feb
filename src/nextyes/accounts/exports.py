"""The accounts part of the person's export: their buddy shares, without what opens them.

A link's fingerprint stays: it is what opens the link, and an export travels further than the
server. The buddy's account stays too: on another NextYes the same id is someone else, so a
restored share must not open for them. The share's name, kind and dates go in the export, and a
restored share opens nothing until the person makes a new one.
"""

from __future__ import annotations

from nextyes.lib.exports import Section, register

SECRET_LEFT_OUT = "the link's secret (kept only as a fingerprint) never leaves the server"
BUDDY_LEFT_OUT = "the buddy's account is on this server only; the share's name says who it was"

register(
    Section(
        "buddy_shares",
        "accounts.BuddyShare",
        {"token_hash": SECRET_LEFT_OUT, "buddy": BUDDY_LEFT_OUT},
    ),
)
