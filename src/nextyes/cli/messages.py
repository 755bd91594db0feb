"""Every message the CLI prints to a person, in one place (so wording stays warm and consistent)."""

NO_SUCH_USER = "there is no account named “{name}”. See who exists with `nextyes user list`, or create one with `nextyes user create NAME`."
NO_USERS = "there is no account yet. Create one with `nextyes user create NAME` (or sign up in the browser)."
WHICH_USER = (
    "there is more than one account: say whose data to use with --user NAME (or set NEXTYES_USER)."
)
DATABASE_NOT_READY = "the database is not set up yet: run `nextyes migrate` first."
DATABASE_BUSY = (
    "the database is busy with other work (an import, perhaps). Nothing was changed: "
    "please try again in a moment."
)
USER_EXISTS = "an account named “{name}” already exists."
USER_CREATED = "Created the account “{name}”."
PASSWORD_FILE_UNREADABLE = "cannot read the password file {path}: {reason}"
PASSWORD_MISMATCH = "the two passwords differ; nothing was created."
PASSWORD_WEAK = "that password will not do: {reason}"
USER_DELETE_NEEDS_YES = "this deletes “{name}” and everything the account holds, for good. To go ahead, run it again with --yes."
USER_DELETED = "Deleted the account “{name}” and everything in it:"
USER_DELETED_ROW = "  {kind}: {count}"
USER_DELETED_NOTHING_ELSE = "  (the account held nothing else)"
USER_DELETED_OWNER = (
    "“{name}” ran this NextYes; nobody does now. Choose who does with `nextyes user owner NAME`."
)
OWNER_SET = "“{name}” now runs this NextYes: the people page and invitations are theirs."
INVITATION_READY = "An invitation link, for one account, until {until}:"
INVITATION_DAYS_RANGE = "--days: choose between 1 and 90 days."
USER_LIST_ROW = "{name}{owner}  joined {joined}, last seen {seen}"
USER_LIST_OWNER = " (runs this NextYes)"
USER_LIST_NEVER = "not yet"

# --- Tracker: add, move, list, demo (cli/tracker.py)
NO_APPLICATION = "no application with id {id}."
BAD_CHOICE = "“{value}” is not a {what}. Choose one of: {choices}."
BAD_DATE = "{option}: “{value}” is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-04."
MOVED = "Moved {id} ({application}) to {stage}{round} on {date}."
MOVED_ROUND = " (round {round})"
ADD_NEEDS_NAMES = "Missing argument '{missing}': say which company and role (`nextyes add COMPANY ROLE`), or read them from a saved job page with --from-url-file PAGE.html."
ADD_PAGE_UNREADABLE = "cannot read {path}: {reason}"
ADD_PAGE_NO_COMPANY = "{path} names no company: it holds no job ad we can read. Give the company yourself: `nextyes add COMPANY ROLE --from-url-file {path}`."
ADD_PAGE_NO_ROLE = (
    "{path} names no role. Give it yourself: `nextyes add COMPANY ROLE --from-url-file {path}`."
)

# --- Interviews and the calendar feed (cli/interview.py, cli/calendar.py)
BAD_MOMENT = "{option}: “{value}” is not a date and time. Write it as YYYY-MM-DDTHH:MM, in your own time zone, e.g. 2026-12-08T10:30."
INTERVIEW_ADDED = (
    "Scheduled a {kind} interview, round {round}, for {id} ({application}) on {when} ({zone})."
)
INTERVIEW_STAGE = "Its timeline shows the interview stage from {date}. Good luck: you've got this."
CALENDAR_ROTATED = "Here is your new calendar link; the old one no longer works. Paste this one into your calendar app in its place:"
NO_APPLICATIONS_YET = "No applications yet. Add one with `nextyes add COMPANY ROLE`."
DEMO_REAL_DATA = "the account “{name}” holds data the demo did not make, so the demo leaves it alone. Choose another name with --user NAME."
DEMO_READY = "The demo account “{name}” is ready: {applications} applications, {rejected} rejections, {interviews} interviewed, {offers} offer."
DEMO_READY_AFTER = "Bouncing back: {rituals} rituals ({open_rituals} still open), {wins} wins, {jar_notes} notes in the jar, {lessons} lessons, {goals} weekly goals and {points} points to spend."
DEMO_READY_MIND = "Mind and body: {check_ins} check-ins, {thought_records} thought records and {gratitude} things to be grateful for."
DEMO_SIGN_IN = "To sign in, set a password with `nextyes user password {name}`."
DEMO_SIGN_IN_READY = "Sign in as “{name}” with the password from your file."
PASSWORD_SET = "Set a new password for “{name}”."

# --- Import and export (cli/transfer.py)
IMPORT_UNREADABLE = "cannot read {path}: {reason}"
IMPORT_FILE_PROBLEM = "{path}: {problem}"
IMPORT_DATE_ORDER = "the dates in {path} could be day/month or month/day (e.g. “{example}”): say which with --date-order dmy or --date-order mdy."
IMPORT_STATUS_HINT = " — map it with --status-map '{word}=STAGE'"
IMPORT_BAD_STATUS_MAP = (
    "--status-map “{value}”: write it as 'Word=stage', with a stage among: {stages}."
)
IMPORT_BAD_COLUMN = "--column “{value}”: write it as 'Header=field', with a field among: {fields}."
IMPORT_NO_SUCH_COLUMN = (
    "--column “{value}”: the file has no column named “{header}”. Its columns are: {headers}."
)
IMPORT_MAPPING = "{problems} Say which with --column 'Header=field' (the columns are: {headers})."
IMPORT_BLOCKED = "nothing was imported: {rows} to fix (listed above)."
IMPORTED = "Imported {applications}; {already} already there."
IMPORT_TOO_BIG = (
    "{path} is {size} MB; an import takes up to {limit} MB (NEXTYES_IMPORT_MAX_MB). "
    "Split it into parts and import each one."
)
IMPORT_STOPPED = "The import was stopped before it finished; nothing was added."
IMPORT_BUSY = (
    "Another import for this account is still running ({name}, {percent}% done). "
    "Wait for it to finish, then run this again."
)
IMPORT_DRY_RUN = (
    "Would import {applications}; {already} already there. Nothing was written (--dry-run)."
)
EXPORT_WRITTEN = "Exported {applications} and {contacts} to {path}."
EXPORT_UNWRITABLE = "cannot write {path}: {reason}"

# --- Wins and the rewards jar (cli/journal.py)
JAR_EMPTY = (
    'The jar is empty for now. Put a first note in with `nextyes jar add "something you did well"`.'
)

# --- Today (cli/today.py)
TODAY_TITLE = "Today, {day}"
TODAY_WHY = "Why I’m doing this"
TODAY_NO_WHY = "Not written yet: a line about why this search matters to you helps on slow days. Add it in your profile."
TODAY_RITUALS = "After a no"
TODAY_RITUAL_STARTED = "After the no from {companies}: pick up where you left off (next: {step})."
TODAY_RITUAL_NEW = "After the no from {companies}: take a few minutes when you’re ready."
TODAY_SET_ASIDE = "The ones you put aside are there whenever you want them: `nextyes ritual list`."
TODAY_BREAK = "You’re taking a break until {date}. Rest is part of the work."
TODAY_SMALL_STEP = "One small step, if you feel like it: {step}"
TODAY_WELCOME = (
    "Welcome to NextYes. It keeps your whole job search in one calm place, and when a no comes it helps you take it in, learn from it and choose your next step.",
    "Three ways to begin:",
    "  1. Add an application: `nextyes add COMPANY ROLE`",
    "  2. Import a CSV: `nextyes import csv FILE`",
    "  3. Write your why, in your profile",
)
TODAY_GOALS = "This week’s goals"
TODAY_GOAL = "{label}: {done} of {target}"
TODAY_GOAL_MET = " · done for this week"
TODAY_NO_GOALS = (
    "No goals yet. A small weekly goal about effort keeps things moving; set one on the Goals page."
)
TODAY_NEXT = "Next actions"
TODAY_FOLLOW_UP = "Follow up with {name}{at}, {date}"
TODAY_LEAD = "Apply: {role} at {company} (id {id})"
TODAY_NOTHING_NEXT = (
    "Nothing waiting. Saved jobs, follow-ups you plan and steps you choose show up here."
)
TODAY_JAR = "From your jar"
TODAY_JAR_EMPTY = (
    'Empty for now. Put a first note in with `nextyes jar add "something you did well"`.'
)
TODAY_WINS = "Recent wins"
TODAY_NO_WINS = 'None yet. Add one with `nextyes win "what went well"`.'

# --- Weekly goals (cli/momentum.py)
GOALS_WEEK = "Your goals for the week of {start} to {end}:"
GOALS_LINE = "  {label}  {bar}  {done} of {target}"
GOALS_MET = "  met, well done"
GOALS_NONE = "  No goals yet. Set a small weekly one on the Goals page: a few applications, or one message to someone."

# --- Rituals and lessons (cli/recovery.py)
RITUALS_NONE = (
    "No rituals yet. When a no comes in, one opens for it (and waits until you are ready)."
)
RITUAL_LINE = "{id}  {status}  opened {opened_on}  {where}  {applications}"
RITUAL_STEP = "step {number} of {total}: {step}"
RITUAL_DONE = "finished"
RITUAL_APPLICATION = "{role} at {company} (id {id})"

# --- Weekly review (cli/review.py)
REVIEW_BAD_WEEK = "--week “{value}”: write it as YYYY-Www, e.g. 2026-W07."
REVIEW_BAD_FORMAT = "--format “{value}”: choose md, html or pdf."
REVIEW_PDF_NEEDS_FILE = "a PDF would garble your terminal: add -o FILE (e.g. -o review.pdf) or send it down a pipe (> review.pdf)."
REVIEW_WRITTEN = "Wrote the review of {start} to {end} to {path}."
REVIEW_UNWRITABLE = "cannot write {path}: {reason}"

# --- Stats (cli/insights.py)
STATS_TITLE = "Your search in numbers"
STATS_EMPTY = "Nothing to count yet: the numbers start with your first application (`nextyes add COMPANY ROLE --applied-on DATE`)."
STATS_FUNNEL = "How far your applications went"
STATS_APPLIED = "Applied"
STATS_REPLIED = "Any reply"
STATS_SCREENED = "Screen"
STATS_INTERVIEWED = "Interview"
STATS_FINAL = "Final round"
STATS_OFFERS = "Offer"
STATS_STEP_RATE = "   ({rate} of the step before)"
STATS_OUTCOMES = (
    "Outcomes: {rejections} rejections, {ghosted} ghosted, {pending} still in progress."
)
STATS_WAITS = "Typical waits (median)"
STATS_TO_REPLY = "applied → first reply:"
STATS_TO_INTERVIEW = "applied → first interview:"
STATS_TO_DECISION = "applied → decision:"
STATS_DAYS = "{days} days"
STATS_RATES = "Your rates beside typical ones"
STATS_RATE_INTERVIEW = "Interview"
STATS_RATE_OFFER = "Offer"
STATS_RATE_LINE = (
    "{label}: {mine} of your applications so far, typically {typical} (source: {source})"
)
STATS_ODDS = "Your odds, honestly"
STATS_ODDS_RATES = "Per application: about {interview} chance of an interview, {offer} of an offer."
STATS_ODDS_TEN = "At least one offer within your next 10 applications: about {p}."
STATS_FATIGUE = "How the search is treating you"
STATS_FATIGUE_NONE = "Nothing worrying in the last two weeks."
STATS_FATIGUE_CARE = "A lot is coming at you. A planned break, a look back at your wins or a talk with someone you trust can help."

# --- Thinking traps: nextyes analyze (cli/analyze.py)
ANALYZE_WHAT = 'give a thought to look at (`nextyes analyze "I\'ll never get hired"`), or --jsonl to read JSON lines from stdin.'
ANALYZE_BOTH = "give either a thought or --jsonl, not both."
ANALYZE_BAD_JSON = "not valid JSON"
ANALYZE_NOT_OBJECT = 'not a JSON object with a "text" string'
ANALYZE_NO_TEXT = 'no "text" string'
ANALYZE_EMPTY_LINE = "empty line"
ANALYZE_LINE_ERROR = "nextyes: line {line}: {error}"
ANALYZE_FAILED = (
    "nextyes: {failed} of {total} lines could not be read (their output lines hold the error)."
)
ANALYZE_TRAPS = (
    "Thinking traps that may fit (suggestions, not verdicts; keep the ones that ring true):"
)
ANALYZE_TRAP = "\n  {score:>4.0%}  {name}"
ANALYZE_EXPLANATION = "         {explanation}"
ANALYZE_QUESTION = "         – {question}"
ANALYZE_NONE = "No thinking trap stands out in this thought."
ANALYZE_UNCLEAR = "It may still be worth a second look: what facts speak for and against it?"
ANALYZE_REFRAMES = "Example reframes of similar thoughts (examples to adapt, not answers: borrow what rings true and put it in your own words):"
ANALYZE_REFRAME_THOUGHT = "A similar thought: “{thought}”"
ANALYZE_REFRAME = "One way to see it again: {reframe}"
ANALYZE_SUPPORT = "Some of these words sound very heavy. If you are thinking of harming yourself or are in danger, please reach out now: call your local emergency number, or open “Need help now?” in NextYes (/help/) for helplines in your country. You don't have to carry this alone."

# --- Gratitude (cli/gratitude.py)
GRATITUDE_SAVED = "Kept {count} for {day}. Those moments are yours."
GRATITUDE_NONE = 'Nothing noted yet. Whenever you like: `nextyes gratitude "a good coffee"`.'
GRATITUDE_LOOK_BACK_DAYS = 7

# --- Daily check-in (cli/checkin.py)
CHECKIN_NEEDS_MOOD = "--mood is needed: 1 (very low), 2 (low), 3 (okay), 4 (good) or 5 (very good)."
CHECKIN_SAVED = "Checked in for {day}: {mood}. Thank you for taking a moment for yourself."
CHECKIN_CARE = (
    "What you wrote sounds very heavy, and it is saved as you wrote it. You don't have to carry "
    "it alone: please talk to someone you trust today. The “Need help now?” page (/help/ in "
    "NextYes) lists helplines; if you are in danger right now, call your local emergency number."
)
CHECKIN_NONE = "No check-ins in those days. Whenever you like: `nextyes checkin --mood 3`."
CHECKIN_SLEEP = "slept {hours} h"
CHECKIN_MOVEMENT = "moved {minutes} min"

# --- Inbox classifier (cli/inbox.py: classify)
INBOX_CLASSIFY_NEEDS_JSONL = 'classify reads JSON lines: add --jsonl and send one {"subject", "body", "from"} object a line on stdin.'
INBOX_CLASSIFY_LINE = "line {line}: {reason}"
INBOX_CLASSIFY_NOT_UTF8 = "not UTF-8 text"
INBOX_CLASSIFY_BAD_JSON = "not valid JSON ({reason})"
INBOX_CLASSIFY_NOT_OBJECT = 'not an object like {"subject": "...", "body": "...", "from": "..."}'
INBOX_CLASSIFY_BAD_FIELD = "“{field}” should be text"
INBOX_CLASSIFY_EMPTY = "no subject and no body to read"
INBOX_CLASSIFY_BAD_LINES = (
    "{count} of {total} lines could not be read (listed above); the others were classified."
)

# --- Backups for the instance owner (cli/backup.py)
BACKUP_WRITTEN = "Backed up the whole instance ({kind}, {size}) to {path}."
BACKUP_KEEP_KEY = (
    "The mail key is not in the backup, on purpose: keep a copy of {key} somewhere safe, or "
    "everyone types their mailbox password again after a restore."
)
BACKUP_IS_A_FOLDER = "{path} is a folder: give a file name, e.g. {path}/nextyes.backup"
BACKUP_UNWRITABLE = "could not write {path}: {reason}."
BACKUP_DAMAGED = "the copy does not read back whole ({reason}); nothing was replaced."
BACKUP_NO_TOOL = "{tool} is not installed here; it comes with the PostgreSQL client tools."
BACKUP_TOOL_FAILED = "{tool} stopped: {reason}"
RESTORE_UNREADABLE = "could not read {path}: {reason}."
RESTORE_NOT_A_BACKUP = "{path} is not a NextYes backup (made by `nextyes backup`)."
RESTORE_WRONG_KIND = (
    "{path} is a {kind} backup, but this NextYes runs on {here}. To move people between the two, "
    "each can export their data and import it on the other."
)
RESTORE_CONFIRM = "This replaces everything here ({accounts}) with the backup. Go ahead?"
RESTORE_NEEDS_YES = (
    "restoring replaces everything this instance holds now ({accounts}). "
    "If that is what you want, run it again with --yes."
)
RESTORE_BUSY = (
    "the database stayed busy, so nothing was restored ({reason}). Try again in a moment."
)
RESTORED = "Restored {path}; {accounts} in it."

# --- Restoring an export (cli/transfer.py: import json)
IMPORT_JSON_NOT_EXPORT = (
    "{path} is not a NextYes export: it should be the JSON file `nextyes export json` writes."
)
IMPORTED_EXPORT = "Imported {rows} into “{name}”:"
IMPORTED_EXPORT_MAIL = (
    "Mailbox passwords never leave in an export: type them again on the Mail accounts page "
    "(or remove and add the account with `nextyes inbox account`) to sync mail."
)

# --- Accounts' email address (cli/users.py)
EMAIL_INVALID = "“{address}” does not look like an email address (e.g. sam@example.com)."

# --- Reminders (cli/remind.py)
REMIND_NONE = "Nothing due and nothing coming in the next seven days. Enjoy the quiet."
REMIND_ON_BREAK = "You are on a break, so NextYes keeps quiet: no reminders until you are back."
REMIND_HEADER = "{when:<22}  {state:<7}  {kind:<13}  {title}"
REMIND_ROW = "{when:<22}  {state:<7}  {kind:<13}  {title}"
REMIND_STATES = {"due": "due", "pending": "due", "sent": "emailed", "coming": "coming"}
REMIND_SENT = "Reminders: {people} people looked at, {due} due, {sent} emailed, {failed} not sent."
# --- Personal access tokens (cli/tokens.py)
TOKEN_CREATED = (
    "Created the {scope} token “{name}”{expiry}. Copy it now: it is shown only this once.\n"
    "Send it as `Authorization: Bearer …` (docs/api.md)."
)
TOKEN_EXPIRES = ", working until the day before {day}"
TOKEN_NONE = "No tokens yet. Create one with: nextyes token create NAME --scope read"
TOKEN_LINE = "{name}  {scope}  {prefix}…  {used}{expiry}"
TOKEN_NEVER_USED = "never used"
TOKEN_USED = "last used {when}"
TOKEN_EXPIRY = "  expires {day}"
TOKEN_EXPIRED = "  expired"
TOKEN_REVOKED = "Revoked “{name}”: it no longer works."
