"""Which of the person's applications a message is about, how sure we are, and why.

Signals, strongest first: the sender's domain is one the company's mail comes from (given by
the person, learned from a confirmed match, or its website's); the company's name is the
sender's display name ("Acme Talent", "Acme via Greenhouse"), in the subject, or in the body.
Applicant-tracking systems and job boards send for many employers from their own domains, and
people write from free-mail addresses: those domains never identify a company and are never
learned. Names are compared word by word (so "Acme" is not found in "Acmeville"), fuzzily only
in the short sender name and subject; very short names and everyday words ("Indeed", "Next")
need the domain or the exact sender name. The role title breaks ties between applications.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from nextyes.accounts.models import User
from nextyes.lib.ownership import owned
from nextyes.pipeline.choices import CLOSED_STAGES
from nextyes.pipeline.models import Application, Company


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Hosted applicant-tracking systems and job boards: they send for every employer.
ATS_DOMAINS = _words(
    """greenhouse.io greenhouse-mail.io lever.co hire.lever.co myworkday.com workday.com
    myworkdayjobs.com smartrecruiters.com smartrecruiters.eu icims.com ashbyhq.com teamtailor.com
    teamtailor-mail.com personio.de personio.com bamboohr.com recruitee.com workable.com
    workablemail.com jobvite.com taleo.net successfactors.com successfactors.eu oraclecloud.com
    breezy.hr jazzhr.com applytojob.com pinpointhq.com join.com softgarden.de softgarden.io
    rexx-systems.com dvinci.de jobylon.com homerun.co recruiterbox.com zohorecruit.com
    linkedin.com indeed.com indeedemail.com glassdoor.com stepstone.de xing.com monster.com
    ziprecruiter.com welcometothejungle.com otta.com wellfound.com angel.co hired.com
    dice.com seek.com.au totaljobs.com reed.co.uk infojobs.net hellowork.com"""
)
FREE_MAIL_DOMAINS = _words(
    """gmail.com googlemail.com yahoo.com yahoo.co.uk yahoo.fr yahoo.de yahoo.es ymail.com
    outlook.com hotmail.com hotmail.co.uk hotmail.fr hotmail.de hotmail.es live.com msn.com
    icloud.com me.com mac.com aol.com proton.me protonmail.com pm.me gmx.de gmx.net gmx.com
    web.de t-online.de orange.fr free.fr laposte.net sfr.fr wanadoo.fr yandex.com yandex.ru
    mail.com zoho.com fastmail.com hey.com tutanota.com posteo.de"""
)
# Words mail about jobs is full of: a company called one of these is only recognised by its
# domain or by being the whole sender name.
GENERIC_WORDS = _words(
    """team talent careers career jobs job hiring hire recruiting recruitment people work next
    thanks thank you application applications update interview offer indeed apply notification
    notifications news info hello support service services group company global digital data
    solutions systems labs studio the one new open first best"""
)
# Legal forms dropped before comparing names ("Acme Inc." is "Acme").
LEGAL_FORMS = _words(
    """inc incorporated llc ltd limited plc corp corporation co company gmbh ag kg se sa sas sarl
    sl bv nv oy ab as spa srl pty"""
)
# Second-level labels under which a registrable domain has three labels (acme.co.uk).
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"})
BODY_CHARS = 4000  # the employer is named near the top; the rest is signatures and legalese

DOMAIN_SCORE = 0.95
SENDER_EXACT, SENDER_FUZZY = 0.9, 0.8
SUBJECT_EXACT, SUBJECT_FUZZY = 0.85, 0.75
BODY_EXACT = 0.6
ROLE_BONUS = 0.05
FUZZY_MIN = 90  # rapidfuzz ratio (0–100) for a name written slightly differently
TIE = 0.05  # two companies this close are ambiguous: none is chosen


@dataclass(frozen=True)
class Match:
    application: Application | None
    score: float
    reason: str


def normalise(text: str) -> str:
    """Lower case, no accents, no punctuation: "Société Générale S.A." → "societe generale s a"."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", plain.replace("&", " and ")))


def company_key(name: str) -> str:
    """The part of a company's name worth looking for: no legal form, no punctuation."""
    words = normalise(name.replace(".", "")).split()
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def domain_of(address: str) -> str:
    return address.rsplit("@", 1)[-1].strip().strip(">").lower().rstrip(".") if address else ""


def registrable(domain: str) -> str:
    """jobs.mail.acme.com → acme.com; careers.acme.co.uk → acme.co.uk (a close-enough rule)."""
    labels = domain.lower().strip(".").split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def is_shared_domain(domain: str) -> bool:
    """An ATS, job board or free-mail domain: it says nothing about the employer."""
    base = registrable(domain)
    return (
        domain in ATS_DOMAINS
        or base in ATS_DOMAINS
        or domain in FREE_MAIL_DOMAINS
        or base in FREE_MAIL_DOMAINS
    )


def learnable_domain(address: str) -> str:
    """The domain to remember for a company from a confirmed message, or "" when it is shared."""
    domain = domain_of(address)
    if not domain or "." not in domain or is_shared_domain(domain):
        return ""
    return registrable(domain)


def _website_domain(url: str) -> str:
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return registrable(host) if "." in host else ""


def _contains_words(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "


def _fuzzy_in(haystack: str, needle: str) -> float:
    """Best ratio (0–100) of `needle` against runs of as many words in `haystack`."""
    # partial_ratio (fast, in C) bounds what any run of words can score: most names stop here.
    if fuzz.partial_ratio(needle, haystack, score_cutoff=FUZZY_MIN - 5) == 0:
        return 0.0
    words, size = haystack.split(), len(needle.split())
    best = 0.0
    for width in {max(1, size - 1), size, size + 1}:
        for i in range(0, max(0, len(words) - width) + 1):
            best = max(best, fuzz.ratio(needle, " ".join(words[i : i + width])))
    return best


@dataclass
class _Company:
    company: Company
    key: str
    domains: set[str]
    applications: list[Application]  # most recent first

    @property
    def weak(self) -> bool:
        """Too short or too ordinary to find in running text."""
        return len(self.key) < 3 or self.key in GENERIC_WORDS


class Matcher:
    """Matches messages against one person's applications, loaded once for a whole batch."""

    def __init__(self, user: User) -> None:
        self.companies: dict[int, _Company] = {}
        applications = (
            owned(Application, user)
            .select_related("company")
            .order_by("-applied_on", "-created_at", "-id")
        )
        for application in applications:
            entry = self.companies.get(application.company_id)
            if entry is None:
                company = application.company
                domains = {registrable(d) for d in company.domains} | set(company.domains)
                website = _website_domain(company.website)
                if website and not is_shared_domain(website):
                    domains.add(website)
                entry = _Company(company, company_key(company.name), domains, [])
                self.companies[application.company_id] = entry
            entry.applications.append(application)

    def match(self, *, sender_name: str, sender_address: str, subject: str, text: str) -> Match:
        """The application the message is about, a score 0–1 and the reason, or no match."""
        if not self.companies:
            return Match(None, 0.0, "")
        domain = domain_of(sender_address)
        shared = not domain or is_shared_domain(domain)
        sender, subj = normalise(sender_name), normalise(subject)
        body = normalise(text[:BODY_CHARS])
        found: list[tuple[float, str, _Company]] = []
        for entry in self.companies.values():
            score, reason = self._company_score(entry, domain, shared, sender, subj, body)
            if score:
                found.append((score, reason, entry))
        if not found:
            return Match(None, 0.0, "")
        found.sort(key=lambda f: f[0], reverse=True)
        score, reason, entry = found[0]
        words = f"{subj} {body}"
        tied = [f for f in found if f[0] >= score - TIE]
        if len(tied) > 1:
            # The role can still tell them apart: "Data Analyst" at one, "Designer" at the other.
            with_role = [f for f in tied if self._application(f[2], words)[1]]
            if len(with_role) != 1:
                others = ", ".join(f[2].company.name for f in tied[:3])
                return Match(None, 0.0, f"could be {others}")
            score, reason, entry = with_role[0]
        application, role_found = self._application(entry, words)
        if role_found:
            score, reason = min(1.0, score + ROLE_BONUS), f"{reason}, role named"
        return Match(application, round(score, 2), reason)

    def _company_score(
        self, entry: _Company, domain: str, shared: bool, sender: str, subj: str, body: str
    ) -> tuple[float, str]:
        if not shared and entry.domains:
            base = registrable(domain)
            if domain in entry.domains or base in entry.domains:
                return DOMAIN_SCORE, f"sender domain {base}"
        key = entry.key
        if not key:
            return 0.0, ""
        if entry.weak:  # only the exact sender name counts
            core = " ".join(w for w in sender.split() if w not in GENERIC_WORDS)
            return (SENDER_EXACT, "company is the sender") if core == key else (0.0, "")
        short = len(key) < 5  # no fuzzy matching: "Acme" would find "Acne"
        if _contains_words(sender, key):
            return SENDER_EXACT, "name in sender"
        if _contains_words(subj, key):
            return SUBJECT_EXACT, "name in subject"
        if not short:
            if sender and _fuzzy_in(sender, key) >= FUZZY_MIN:
                return SENDER_FUZZY, "name in sender (close spelling)"
            if subj and _fuzzy_in(subj, key) >= FUZZY_MIN:
                return SUBJECT_FUZZY, "name in subject (close spelling)"
        if len(key) >= 4 and _contains_words(body, key):
            return BODY_EXACT, "name in the message"
        return 0.0, ""

    def _application(self, entry: _Company, words: str) -> tuple[Application, bool]:
        """The application at that company: the one whose role is named, else the most recent
        open one, else the most recent."""
        named = [a for a in entry.applications if _contains_words(words, normalise(a.role))]
        pool = named or entry.applications
        open_ = [a for a in pool if a.status not in CLOSED_STAGES]
        return (open_ or pool)[0], bool(named)


# --- Guessing a new application from an unmatched message ----------------------------------

_ROLE_PATTERNS = [
    re.compile(p)
    for p in (
        r"\b(?i:for the|for|as an|as a|as)\s+(?P<role>[A-Z][\w/&+.\- ]{2,60}?)\s+"
        r"(?i:position|role|job|opening|vacancy)\b",
        r"\b(?i:application|applying|candidacy)\s+(?i:for|to)\s+(?:(?i:the)\s+)?"
        r"(?P<role>[A-Z][\w/&+.\- ]{2,60}?)\s+(?:at|with|chez|bei)\b",
        r"\b(?i:poste de|position als|Stelle als|puesto de)\s+(?P<role>[\w/&+.\- ]{3,60}?)"
        r"(?:\s+(?:chez|bei|en)\b|[.,:;!?\n]|$)",
    )
]
_COMPANY_PATTERNS = [
    re.compile(p)
    for p in (
        r"\b(?:at|with|to|from|join|joining|chez|bei|en)\s+(?P<name>[A-Z][\w&'.\-]*(?:\s+[A-Z][\w&'.\-]*){0,3})",
    )
]
_SENDER_NOISE = re.compile(
    r"\b(via|talent|acquisition|team|recruiting|recruitment|careers?|jobs?|hiring|hr|people|"
    r"no-?reply|noreply|notifications?|the|de|équipe|recrutement|personal|bewerbung)\b",
    re.IGNORECASE,
)


def guess_company(sender_name: str, sender_address: str, subject: str) -> str:
    """A company name for a new application: from the sender name, the subject, or the domain."""
    name = sender_name or ""
    if " via " in name.lower():  # "Acme via Greenhouse": the employer is before "via"
        name = re.split(r"\s+via\s+", name, flags=re.IGNORECASE)[0]
    elif _SENDER_NOISE.search(name):
        name = " ".join(_SENDER_NOISE.sub(" ", name).replace("|", " ").split(" - ")[0].split())
    else:
        name = ""  # a person's name ("Jane Doe") is not the company's
    name = name.strip(" -|,:")
    if name and company_key(name) not in GENERIC_WORDS:
        return name[:200]
    for pattern in _COMPANY_PATTERNS:
        found = pattern.search(subject or "")
        if found and company_key(found["name"]) not in GENERIC_WORDS:
            return found["name"].strip(" .-")[:200]
    domain = domain_of(sender_address)
    if domain and not is_shared_domain(domain):
        label = registrable(domain).split(".")[0]
        return label.replace("-", " ").title()[:200]
    return ""


def guess_role(subject: str, text: str) -> str:
    for source in (subject or "", (text or "")[:1500]):
        for pattern in _ROLE_PATTERNS:
            found = pattern.search(source)
            if found:
                return " ".join(found["role"].split()).strip(" .-")[:200]
    return ""
