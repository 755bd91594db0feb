"""Write the inbox classifier's labelled emails from the template families we wrote.

    .venv/bin/python training/inbox/make_data.py     # rewrites training/inbox/emails.jsonl

Deterministic (fixed seed). Each family (one writer's way of saying one thing) gives several
emails: a sender, a subject and one alternative per paragraph, with slots filled from word lists.
Held-out families ("held" in their definition) go whole into split "test" and are filled from a
separate pool of names and companies, so the held-out figures are on writing never trained on.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from family import Family, load  # noqa: E402
from noise import roughen  # noqa: E402

OUT = HERE / "emails.jsonl"
# The second last exam lives in its own file, so no training or tuning code can read it by mistake.
OUT_FRESH2 = OUT.with_name("emails_fresh2.jsonl")
SEED = 20261201
# The template families (families/<group>.jsonl). The order fixes the random draws: new groups
# go at the end, so the old emails stay the same.
GROUPS = [
    "en",
    "en_answers",
    "other",
    "more",
    "more_intl",
    "voices",
    "fr",
    "de",
    "es",
    "fresh",
    "round2",
    "real",
    "round3",
    "round4",
    "round5",
    "round6",
    "round7",
    "round8",
    "round9",
    "round10",
]
# The second round's families borrow greetings but do not lend theirs, so the emails of the
# earlier families stay exactly as they were.
# That is every group from round 2 on (GROUPS is in the order the groups were written).
BORROW_ONLY = set(GROUPS[GROUPS.index("round2") :])
BY_GROUP: dict[str, list[Family]] = {group: load(group) for group in GROUPS}
ALL_FAMILIES: list[Family] = [family for group in GROUPS for family in BY_GROUP[group]]
# The second last exam: its own file of emails, so no training or tuning code can read it.
FRESH2 = load("fresh2")
# More emails per training family only adds slot variety; held families each give a fixed few.
PER_FAMILY = {("en", False): 14, ("en", True): 12, ("intl", False): 6, ("intl", True): 6}

FRESH_PER_FAMILY = 6
REAL_PER_FAMILY = 14
FRESH2_PER_FAMILY = 6
FRESH2_SEED = 20261202

# The slot word lists, dates, times, footers and reply prefixes (data, see README.md).
SLOTS = json.loads((HERE / "slots.json").read_text(encoding="utf-8"))
# Per slot: the training pool and the held-out pool, so held-out emails have unseen fillers.
POOLS: dict[str, dict[str, list[str]]] = SLOTS["pools"]
DAYS: dict[str, list[str]] = SLOTS["days"]
TIMES: dict[str, list[str]] = SLOTS["times"]
FOOTERS: dict[str, list[str]] = SLOTS["footers"]
QUOTES: dict[str, str] = SLOTS["quotes"]
REPLY_PREFIX: dict[str, list[str]] = SLOTS["reply_prefixes"]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower().replace("é", "e").replace("è", "e"))


def fillers(rng: random.Random, lang: str, held: bool) -> dict[str, str]:
    """One email's slot values, from the pool of its split."""
    # The order of the draws below fixes every email: keep it when adding a slot (add at the end).
    side = "held" if held else "train"
    pick = {key: rng.choice(pools[side]) for key, pools in POOLS.items()}
    companies = POOLS["company"][side]
    first_name = pick["first"]
    return {
        **pick,
        "company2": rng.choice(companies),
        "company3": rng.choice(companies),
        "domain": slug(pick["company"]) + rng.choice(SLOTS["domain_endings"]),
        "ats_name": pick["ats"].split(".")[-2].capitalize(),
        "agency_domain": slug(pick["agency"]) + ".com",
        "board_domain": slug(pick["board"]) + ".com",
        "service_domain": slug(pick["service"]) + ".com",
        "recruiter_mail": slug(pick["recruiter"].split()[0]),
        "first_mail": slug(first_name) + rng.choice(SLOTS["mail_separators"]) + slug(pick["last"]),
        "own_domain": rng.choice(SLOTS["own_domains"]),
        "ref": f"{rng.choice(SLOTS['ref_prefixes'])}{rng.randint(1000, 99999)}",
        "day": rng.choice(DAYS[lang]),
        "time": rng.choice(TIMES[lang]),
        "minutes": str(rng.choice(SLOTS["minutes"])),
        "link": f"https://{rng.choice(SLOTS['link_hosts'])}.{pick['ats']}/{rng.randint(10**5, 10**6)}",
        "address": rng.choice(SLOTS["addresses"]),
        "salary": rng.choice(SLOTS["salaries"]),
        "start": rng.choice(DAYS[lang]),
    }


def fill(template: str, values: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], template)


def _is_greeting(text: str) -> bool:
    return 0 < len(text) < 40 and "\n" not in text


def _is_signoff(text: str) -> bool:
    return 0 < len(text) < 60 and ("\n" in text or len(text) < 25)


def framing(families: list[Family]) -> dict[str, tuple[list[str], list[str]]]:
    """Greetings and sign-offs of the training families, per language, to lend across labels."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for family in families:
        if family.held or len(family.paragraphs) < 4:
            continue
        greetings, signoffs = out.setdefault(family.lang, ([], []))
        greetings.extend(g for g in family.paragraphs[0] if _is_greeting(g))
        signoffs.extend(s for s in family.paragraphs[-1] if _is_signoff(s))
    return out


FRAMING = framing(
    [family for group in GROUPS if group not in BORROW_ONLY for family in BY_GROUP[group]]
)


def make_email(rng: random.Random, family: Family) -> dict[str, str]:
    """One email from a family, with the small irregularities real mail has."""
    values = fillers(rng, family.lang, family.held)
    parts = [rng.choice(alternatives) for alternatives in family.paragraphs]
    if not family.held and len(parts) >= 4:
        # A greeting or sign-off says who writes, not what they mean: lend them across the
        # training families of all labels so the model does not learn a label from "Cheers".
        greetings, signoffs = FRAMING[family.lang]
        if _is_greeting(parts[0]) and rng.random() < 0.4:
            parts[0] = rng.choice(greetings)
        if _is_signoff(parts[-1]) and rng.random() < 0.4:
            parts[-1] = rng.choice(signoffs)
    if len(parts) > 3 and rng.random() < 0.2:
        # Curt writers skip the greeting or the sign-off.
        del parts[rng.choice([0, len(parts) - 1])]
    if rng.random() < 0.15:
        parts.append(rng.choice(FOOTERS[family.lang]))
    if rng.random() < 0.1:
        parts.append(QUOTES[family.lang])
    body = fill("\n\n".join(parts), values)
    if rng.random() < 0.08:
        # Text taken out of an HTML-only mail often arrives as one long line.
        body = " ".join(body.split())
    subject = fill(rng.choice(family.subjects), values)
    if rng.random() < 0.1:
        subject = rng.choice(REPLY_PREFIX[family.lang]) + subject
    return {
        "subject": subject,
        "body": body,
        "from": fill(rng.choice(family.senders), values),
        "label": family.label,
        "lang": family.lang,
        "split": "test" if family.held else "train",
        "family": family.id,
    }


def build() -> list[dict[str, str]]:
    rows = _emails(ALL_FAMILIES, random.Random(SEED))
    # Its own random stream, so the emails above stay what they were before the roughening.
    noise = random.Random(SEED + 10)
    names = POOLS["first"]["train"] + POOLS["first"]["held"]
    return [roughen(noise, row, names) for row in rows]


def build_fresh2() -> list[dict[str, str]]:
    """The second fresh check: held-out fillers, its own seed and split "fresh2"."""
    rows = _emails(FRESH2, random.Random(FRESH2_SEED))
    return [{**row, "split": "fresh2"} for row in rows]


def _emails(families: list[Family], rng: random.Random) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for family in families:
        wanted = PER_FAMILY[("en" if family.lang == "en" else "intl", family.held)]
        if family.id.startswith(("real-", "r3-", "r4-", "r5-", "r6-", "r7-", "r8-", "r9-", "r10-")):
            wanted = REAL_PER_FAMILY
        elif family.id.startswith("fresh-"):
            wanted = FRESH_PER_FAMILY
        elif family.id.startswith("fresh2-"):
            wanted = FRESH2_PER_FAMILY
        made = tries = 0
        while made < wanted and tries < wanted * 20:
            tries += 1
            row = make_email(rng, family)
            if (row["subject"], row["body"]) in seen:
                continue
            seen.add((row["subject"], row["body"]))
            rows.append(row)
            made += 1
    return rows


def main() -> int:
    ids = [f.id for f in [*ALL_FAMILIES, *FRESH2]]
    assert len(ids) == len(set(ids)), "family ids must be unique"
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    for path, written in ((OUT, rows), (OUT_FRESH2, build_fresh2())):
        with path.open("w", encoding="utf-8") as out:
            for row in written:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    fresh2 = build_fresh2()
    print(
        f"wrote {len(fresh2)} emails to {OUT_FRESH2.relative_to(HERE.parent.parent)} (never trained on)"
    )
    print("fresh2 label:", dict(Counter(r["label"] for r in fresh2)))
    print("fresh2 language:", dict(Counter(r["lang"] for r in fresh2)))
    by_split = Counter(r["split"] for r in rows)
    print(f"wrote {len(rows)} emails to {OUT.relative_to(HERE.parent.parent)}")
    print("split:", dict(by_split), f"held out {by_split['test'] / len(rows):.0%}")
    print("language:", dict(Counter(r["lang"] for r in rows)))
    print("label:", dict(Counter(r["label"] for r in rows)))
    print("test label:", dict(Counter(r["label"] for r in rows if r["split"] == "test")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
