"""What other trackers and spreadsheet templates call our stages and channels.

Words are compared by `values.norm_key` (no case, accents, spaces or punctuation), so "Recruiter
Call", "recruiter-call" and "RECRUITER CALL" are one entry. Sources: Huntr lists, Teal statuses,
Simplify, Notion / Trello / Airtable job-search templates, LinkedIn, and plain English.
"Closed" is the employer closing the role (CareerForge writes it for "Role closed by company"),
so it reads as a no; "Archived" is the person setting a job aside, so it reads as withdrawn.
"""

from __future__ import annotations

STATUSES: dict[str, tuple[str, ...]] = {
    "saved": (
        "wishlist", "wish list", "bookmarked", "bookmark", "saved job", "interested", "to apply",
        "to apply to", "jobs to apply for", "want to apply", "will apply", "ready to apply",
        "should apply", "applying", "not applied", "not yet applied", "not started", "lead",
        "leads", "prospect", "prospects", "idea", "ideas", "backlog", "planned", "planning",
        "considering", "researching", "research", "drafting", "preparing", "preparing application",
        "todo", "to do", "favorite", "favourite", "starred", "watching", "watchlist", "new",
        "found", "opportunity", "opportunities", "potential", "maybe later", "shortlist",
        "on my list", "queued", "queue", "pending application", "need to apply", "open",
        "draft", "drafted",
    ),
    "applied": (
        "applied", "application sent", "application submitted", "submitted", "sent", "apply",
        "applied online", "resume sent", "cv sent", "resume submitted", "cv submitted",
        "easy apply", "easy applied", "waiting", "waiting to hear back", "awaiting response",
        "awaiting reply", "awaiting feedback", "pending", "pending response", "applied waiting",
        "application complete", "application completed", "done applying", "applied via website",
        "applied to", "candidature envoyee", "beworben",
    ),
    "acknowledged": (
        "acknowledged", "application received", "received", "confirmation received",
        "confirmed", "under review", "in review", "reviewing", "being reviewed",
        "under consideration", "viewed", "application viewed", "resume viewed",
        "resume downloaded", "seen", "responded", "response received", "heard back",
        "got a reply", "replied", "in contact", "contacted", "recruiter replied", "in process",
    ),
    "screen": (
        "screen", "screening", "screened", "phone screen", "phone screening", "recruiter call",
        "recruiter screen", "recruiter screening", "recruiter phone screen", "recruiter chat",
        "chat with recruiter", "call with recruiter", "hr call", "hr screen", "hr screening",
        "hr interview", "intro call", "introductory call", "initial call", "initial screen",
        "first call", "discovery call", "phone call", "phone interview", "call scheduled",
        "prescreen", "pre screen", "pre screening", "talent call", "ta call", "ta screen",
        "hiring manager screen", "recruiter interview", "screening call", "culture call",
    ),
    "interview": (
        "interview", "interviews", "interviewing", "final round", "final", "final interview", "in interview", "interview scheduled",
        "interview booked", "interview stage", "interview process", "onsite", "on site",
        "onsite interview", "on site interview", "virtual onsite", "in person interview",
        "technical interview", "tech interview", "technical", "technical round",
        "video interview", "panel", "panel interview", "hiring manager",
        "hiring manager interview", "manager interview", "team interview", "meet the team",
        "superday", "super day", "loop", "interview loop", "culture fit", "culture interview",
        "behavioral interview", "behavioural interview", "system design", "case interview",
        "fit interview", "partner interview", "references", "reference check",
        "reference checks", "background check", "entretien", "vorstellungsgesprach",
    ),
    "assessment": (
        "assessment", "assessments", "take home", "take home assignment", "take home test",
        "take home challenge", "take home project", "assignment", "test", "coding test",
        "coding challenge", "code challenge", "challenge", "online assessment", "oa",
        "hackerrank", "codility", "codesignal", "home assignment", "case study", "technical test",
        "technical assessment", "skills test", "skills assessment", "aptitude test", "exercise",
        "homework", "work sample", "trial task", "test task", "personality test",
        "psychometric test", "presentation",
    ),
    "offer": (
        "offer", "offered", "offer received", "got offer", "got an offer", "job offer",
        "offer extended", "negotiating", "negotiation", "negotiations", "verbal offer",
        "written offer", "pending offer", "offer stage", "contract offered", "offer pending",
    ),
    "accepted": (
        "accepted", "offer accepted", "accepted offer", "hired", "signed", "contract signed",
        "joined", "started", "starting", "i accepted", "got the job", "won", "placed",
        "success", "got it",
    ),
    "declined": (
        "declined", "offer declined", "declined offer", "i declined", "i turned down",
        "turned down offer", "rejected offer", "i rejected", "i said no", "passed on offer",
        "refused offer",
    ),
    "rejected": (
        "rejected", "rejection", "not selected", "turned down", "unsuccessful",
        "not successful", "not moving forward", "not progressing", "no longer under consideration",
        "position filled", "role filled", "filled", "didnt get it", "did not get it", "no offer",
        "rejected after interview", "rejected after screen", "auto rejected", "denied",
        "refused", "failed", "lost", "declined by company", "company declined",
        "not a fit", "application rejected", "ding", "dinged", "passed", "they passed",
        "refus", "absage", "closed", "position closed", "role closed", "job closed",
        "posting closed", "closed by company",
    ),
    "ghosted": (
        "ghosted", "ghost", "no response", "no reply", "no answer", "no news", "never heard back",
        "no word", "silence", "radio silence", "unresponsive", "no callback", "no call back",
        "expired", "stale", "gone cold", "went cold", "timed out", "no contact", "no feedback",
        "heard nothing", "nothing heard", "sans reponse",
    ),
    "withdrawn": (
        "withdrawn", "withdrew", "i withdrew", "withdraw", "withdrawn by me", "pulled out",
        "pulled application", "cancelled", "canceled", "retracted", "abandoned", "dropped",
        "gave up", "not pursuing", "no longer interested", "not interested", "lost interest",
        "decided not to apply", "skipped", "skip", "archived by me", "withdrawn application",
        "archived", "archive",
    ),
}  # fmt: skip

CHANNELS: dict[str, tuple[str, ...]] = {
    "job-board": (
        "job board", "jobboard", "job site", "job portal", "job boards", "linkedin",
        "linkedin jobs", "linkedin easy apply", "indeed", "glassdoor", "monster",
        "ziprecruiter", "dice", "stepstone", "welcome to the jungle", "wttj", "angellist",
        "angel list", "wellfound", "otta", "hired", "hired com", "google jobs", "simplyhired",
        "careerbuilder", "reed", "totaljobs", "seek", "naukri", "xing", "jobteaser", "built in",
        "builtin", "remoteok", "remote ok", "weworkremotely", "we work remotely", "remotive",
        "hacker news", "hackernews", "hn", "who is hiring", "whoishiring", "handshake", "apec",
        "pole emploi", "france travail", "infojobs", "jobindex", "adzuna", "flexjobs",
        "cv library", "jooble", "snagajob", "usajobs", "idealist", "levels fyi", "simplify",
        "jobright", "job listing", "online", "internet", "job ad", "advert", "ad",
    ),
    "company-site": (
        "company site", "company website", "careers page", "career page", "careers site",
        "careers", "career site", "website", "company", "corporate site", "company careers",
        "applied directly", "direct application", "direct", "own website", "ats", "workday",
        "greenhouse", "lever", "ashby", "smartrecruiters", "taleo", "icims", "jobvite",
        "workable", "bamboohr", "personio", "recruitee", "teamtailor", "site carriere",
        "site de l entreprise", "site entreprise", "karriereseite",
    ),
    "referral": (
        "referral", "referred", "referred by", "employee referral", "friend referral",
        "internal referral", "recommendation", "recommended", "ref", "cooptation",
        "empfehlung",
    ),
    "recruiter": (
        "recruiter", "recruiters", "agency", "recruitment agency", "staffing agency",
        "headhunter", "head hunter", "headhunted", "recruiter reached out", "inbound recruiter",
        "talent acquisition", "staffing", "external recruiter", "inhouse recruiter",
        "in house recruiter", "inmail", "recruiter inmail", "recruitment",
    ),
    "networking": (
        "networking", "network", "meetup", "event", "career fair", "job fair", "conference",
        "alumni", "friend", "friends", "contact", "personal network", "community", "slack",
        "discord", "mentor", "former colleague", "colleague", "coffee chat", "word of mouth",
    ),
    "direct-outreach": (
        "direct outreach", "outreach", "cold email", "cold outreach", "cold message",
        "cold call", "cold application", "cold applied", "direct email", "emailed",
        "direct message", "dm", "reached out", "speculative application", "unsolicited",
        "open application", "spontaneous application", "candidature spontanee",
    ),
    "other": ("other", "misc", "miscellaneous", "unknown"),
}  # fmt: skip

# Substrings (already norm_key'd) that decide a longer phrase, most telling first:
# "LinkedIn referral" is a referral, "LinkedIn recruiter InMail" a recruiter.
CHANNEL_HINTS: tuple[tuple[str, str], ...] = (
    ("referr", "referral"),
    ("recruit", "recruiter"),
    ("headhunt", "recruiter"),
    ("agency", "recruiter"),
    ("cold", "direct-outreach"),
    ("outreach", "direct-outreach"),
    ("network", "networking"),
    ("meetup", "networking"),
    ("fair", "networking"),
    ("career", "company-site"),
    ("website", "company-site"),
    ("linkedin", "job-board"),
    ("indeed", "job-board"),
    ("glassdoor", "job-board"),
    ("jobboard", "job-board"),
)

WORK_MODES: dict[str, tuple[str, ...]] = {
    "remote": (
        "remote", "fully remote", "100% remote", "remote only", "wfh", "work from home",
        "telework", "teletravail", "home office", "anywhere",
    ),
    "hybrid": ("hybrid", "flexible", "partly remote", "partially remote", "part remote"),
    "on-site": (
        "on site", "onsite", "on-site", "in office", "office", "in person", "on premises",
    ),
}  # fmt: skip
