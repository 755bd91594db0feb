"""The weekly review as Markdown, standalone HTML and PDF (for the CLI and the share download).

PDF uses fpdf2's core Helvetica, which only knows Latin-1: typographic punctuation is mapped to
plain ASCII, accents outside Latin-1 are dropped, and anything else becomes "?", so no font is
bundled or downloaded and any text the person wrote still prints.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata

from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nextyes.insights.review import SharedReview, WeekFunnel, WeeklyReview
from nextyes.lib.controls import strip_controls

# Characters Helvetica (Latin-1) lacks but that have an obvious plain twin.
PLAIN = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
        "•": "-",
        "…": "...",
        "\u00a0": " ",
        "\u202f": " ",
        "→": "->",
        "€": "EUR",
        "Ł": "L",
        "ł": "l",
        "Œ": "OE",
        "œ": "oe",
    }
)


# Markdown punctuation that could turn the person's words into a link, an image, code or emphasis.
_MARKUP = re.compile(r"([\\`*_\[\]~|])")
# At the start of a list item these would make a heading, a quote, a nested list or a rule.
_LEADING = re.compile(r"^([#>+\-=]|\d+(?=[.)]))")
_UNESCAPE = re.compile(r"\\([\\`*_\[\]~|#>+\-=.)])")


def md(text: str | None) -> str:
    """The person's words as Markdown that shows them as typed: no raw HTML, no markup, one line.

    HTML becomes entities (`<` is `&lt;`), so a Markdown renderer prints it instead of running
    it; Markdown punctuation is backslash-escaped. `plain()` undoes both for the PDF.
    """
    one_line = " ".join(strip_controls(text or "").split())
    escaped = html.escape(one_line, quote=False)
    escaped = _MARKUP.sub(r"\\\1", escaped)
    return _LEADING.sub(_leading, escaped)


def _leading(match: re.Match[str]) -> str:
    mark = match.group(1)
    return mark + "\\" if mark.isdigit() else "\\" + mark


def plain(markdown_line: str) -> str:
    """A Markdown line of ours back to the words as typed (for the PDF, which shows no markup)."""
    return html.unescape(_UNESCAPE.sub(r"\1", markdown_line))


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _title(start: dt.date, end: dt.date) -> str:
    return _("Weekly review: %(start)s to %(end)s") % {"start": _day(start), "end": _day(end)}


def _funnel_lines(funnel: WeekFunnel) -> list[str]:
    names = funnel_labels()
    lines = [f"- {names[key]}: {value}" for key, value in funnel.as_dict().items()]
    return [*lines, "", funnel_note()]


def funnel_note() -> str:
    return _(
        "Each number counts the applications sent this week and how far they have gone so far, "
        "as Insights does for these dates."
    )


def funnel_labels() -> dict[str, str]:
    return {
        "applications": _("Applications sent"),
        "replies": _("Replies"),
        "screens": _("Screens"),
        "interviews": _("Interviews"),
        "offers": _("Offers"),
        "rejections": _("Rejections"),
    }


def markdown(review: WeeklyReview) -> str:
    """The person's own review as Markdown."""
    lines = [f"# {_title(review.start, review.end)}", ""]
    lines += [f"## {_('Wins')}", ""]
    lines += [f"- {_day(w.occurred_on)} {md(w.text)} ({w.kind_label})" for w in review.wins] or [
        _("No wins logged this week. Sending an application counts too.")
    ]
    lines += ["", f"## {_('Lessons learned')}", ""]
    lines += [f"- {_day(x.learned_on)} {md(x.text)}" for x in review.lessons] or [
        _("No lessons this week.")
    ]
    lines += ["", f"## {_('Goals')}", ""]
    lines += [
        _goal_line(md(g.label), g.done_shown, g.target_shown, g.met) for g in review.goals
    ] or [_("No weekly goals yet.")]
    lines += ["", f"## {_('The week in your search')}", "", *_funnel_lines(review.funnel)]
    lines += ["", f"## {_('What’s next')}", ""]
    for step in review.steps:
        due = f" ({_day(step.due_on)})" if step.due_on else ""
        lines.append(f"- {md(step.text)}{due}")
    for follow_up in review.follow_ups:
        at = f" ({md(follow_up.company)})" if follow_up.company else ""
        lines.append(
            "- "
            + _("Follow up with %(name)s%(at)s, %(date)s")
            % {"name": md(follow_up.contact), "at": at, "date": _day(follow_up.due_on)}
        )
    lines += [_lead_line(lead.role, lead.company) for lead in review.leads]
    if not review.has_next:
        lines.append(_("Nothing planned yet."))
    return "\n".join(lines) + "\n"


def _goal_line(label: str, done: str, target: str, met: bool) -> str:
    line = "- " + _("%(label)s: %(done)s of %(target)s") % {
        "label": label,
        "done": done,
        "target": target,
    }
    return line + (" · " + _("met") if met else "")


def _lead_line(role: str, company: str) -> str:
    return "- " + _("Apply: %(role)s at %(company)s") % {"role": md(role), "company": md(company)}


def share_markdown(shared: SharedReview) -> str:
    """The buddy's version as Markdown: counts and plans only."""
    lines = [
        f"# {_title(shared.start, shared.end)}",
        "",
        _("From %(name)s.") % {"name": md(shared.name)},
    ]
    lines += ["", f"## {_('Wins')}", ""]
    lines.append(
        ngettext("%(count)d win this week.", "%(count)d wins this week.", shared.wins_count)
        % {"count": shared.wins_count}
    )
    lines += [f"- {kind}: {count}" for kind, count in shared.wins_by_kind]
    lines += ["", f"## {_('Goals')}", ""]
    if shared.goals:
        lines.append(
            _("%(met)d of %(total)d goals met.")
            % {"met": shared.goals_met, "total": len(shared.goals)}
        )
        lines += [_goal_line(g.kind_label, g.done, g.target, g.met) for g in shared.goals]
    else:
        lines.append(_("No weekly goals yet."))
    lines += ["", f"## {_('The week in the search')}", "", *_funnel_lines(shared.funnel)]
    lines += ["", f"## {_('What’s next')}", ""]
    for step in shared.steps:
        due = f" ({_day(step.due_on)})" if step.due_on else ""
        lines.append(f"- {step.kind_label}{due}")
    if shared.follow_ups_count:
        lines.append(
            "- "
            + ngettext(
                "%(count)d follow-up due next week",
                "%(count)d follow-ups due next week",
                shared.follow_ups_count,
            )
            % {"count": shared.follow_ups_count}
        )
    lines += [_lead_line(lead.role, lead.company) for lead in shared.leads]
    if not (shared.steps or shared.follow_ups_count or shared.leads):
        lines.append(_("Nothing planned yet."))
    return "\n".join(lines) + "\n"


def html_document(review: WeeklyReview | SharedReview) -> str:
    """A standalone HTML page (no stylesheet, no script) of either version."""
    shared = isinstance(review, SharedReview)
    return render_to_string(
        "insights/review_document.html",
        {"review": review, "shared": shared},
    )


def latin1(text: str) -> str:
    """`text` in the characters a core PDF font can draw (see module doc)."""
    text = text.translate(PLAIN)
    out = []
    for char in text:
        if ord(char) < 256:
            out.append(char)
            continue
        base = unicodedata.normalize("NFKD", char).encode("latin-1", "ignore").decode("latin-1")
        out.append(base or "?")
    return "".join(out)


def pdf_bytes(markdown_text: str) -> bytes:
    """A simple PDF of a Markdown review: headings in bold, lines wrapped to the page."""
    from fpdf import FPDF  # slow import, only for PDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    for raw in markdown_text.splitlines():
        line = latin1(plain(raw))
        if line.startswith("# "):
            pdf.set_font("Helvetica", "B", 16)
            pdf.multi_cell(0, 9, line[2:], new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("## "):
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 8, line[3:], new_x="LMARGIN", new_y="NEXT")
        elif line:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3)
    return bytes(pdf.output())
