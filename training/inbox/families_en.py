"""English rejection and interview families for the inbox classifier (all text written for NextYes).

Each family is one writer: a company's hiring system, a small team, an agency, a job board.
A family gives senders, subjects and paragraphs with alternatives; `make_data.py` picks one
of each and fills the {slots}. `held=True` families go whole into the held-out split.
"""

from __future__ import annotations

from family import Family as F

FAMILIES: list[F] = [
    F(
        "en-rej-ats-formal",
        "rejection",
        "en",
        False,
        [
            "{company} Talent Acquisition <no-reply@{ats}>",
            "{company} Careers <careers-noreply@{domain}>",
        ],
        [
            "Your application to {company}",
            "Update on your application – {role}",
            "{company}: {role} (Ref {ref})",
        ],
        [
            ["Dear {first},", "Dear {first} {last},"],
            [
                "Thank you for your interest in the {role} position at {company}.",
                "Thank you for applying for the role of {role} (requisition {ref}).",
            ],
            [
                "After careful review, we have decided not to move forward with your application at this time.",
                "We have reviewed your profile and regret to inform you that we will not be progressing your application further.",
            ],
            [
                "We encourage you to visit our careers site for future openings.",
                "We wish you every success in your job search.",
            ],
            [
                "Kind regards,\n{company} Talent Acquisition",
                "Sincerely,\nThe {company} Recruiting Team",
            ],
        ],
    ),
    F(
        "en-rej-warm-praise",
        "rejection",
        "en",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["{role} at {company}", "Thank you, {first}", "Following up on our conversations"],
        [
            ["Hi {first},", "Hello {first},"],
            [
                "I wanted to personally thank you for all the time you gave us over the last few weeks. The whole panel genuinely enjoyed talking with you, and your case study was one of the most thoughtful we saw.",
                "First, thank you. Everyone who met you came away impressed by how clearly you think and how kind you were with the team.",
            ],
            [
                "This was a really hard decision, and in the end we chose another candidate whose background lines up a little more closely with what the team needs right now.",
                "It was incredibly close, but we've decided to offer the position to someone else.",
            ],
            [
                "I'd love to stay in touch, and I hope our paths cross again.",
                "Please don't read this as a verdict on your talent: it was a fit question, nothing more.",
            ],
            ["Warmly,\n{recruiter}", "All the best,\n{recruiter}"],
        ],
    ),
    F(
        "en-rej-keep-on-file",
        "rejection",
        "en",
        False,
        ["Recruiting at {company} <jobs@{domain}>", "{company} HR <hr@{domain}>"],
        ["Re: {role} application", "Your {role} application"],
        [
            ["Hi {first},", "Dear {first},"],
            [
                "Thanks again for applying to {company}. We've now filled the {role} opening, so we won't be taking your application further for this one.",
                "We appreciate you applying. On this occasion your application was not successful.",
            ],
            [
                "With your permission we'll keep your CV on file and reach out if something suitable comes up in the next twelve months.",
                "We'd like to hold on to your résumé for future roles; if you'd rather we didn't, just reply and we'll delete it.",
            ],
            ["Best wishes,\n{company} Recruiting", "Thanks,\nPeople team at {company}"],
        ],
    ),
    F(
        "en-rej-curt",
        "rejection",
        "en",
        False,
        ["no-reply@{ats}", "{company} <notifications@{ats}>"],
        ["Application status", "{role} – status update", "Regarding your application"],
        [
            ["Hello,", "Dear candidate,", "Hi {first},"],
            [
                "The position has been filled.",
                "We will not be proceeding with your candidacy.",
                "Your application was unsuccessful.",
            ],
            ["Thank you.", "Regards, {company}", "This mailbox is not monitored."],
        ],
    ),
    F(
        "en-rej-after-interview",
        "rejection",
        "en",
        False,
        ["{recruiter} (via {company}) <{recruiter_mail}@{domain}>"],
        ["Your interview for {role}", "Next steps – {role}", "Outcome of your interview"],
        [
            ["Hi {first},"],
            [
                "Thank you for interviewing with us on {day}. We appreciated the time you took to meet the team.",
                "Thanks for coming in last week to talk about the {role} role.",
            ],
            [
                "The team has now met all the shortlisted candidates, and I'm sorry to say we won't be moving you to the next round.",
                "Having discussed everyone we met, we've decided to progress with other candidates whose experience is a closer match.",
            ],
            [
                "If you'd like feedback, I'm happy to set up a short call.",
                "We really valued the conversation and hope you'll consider us again in the future.",
            ],
            ["Best,\n{recruiter}", "Regards,\n{recruiter}\n{company}"],
        ],
    ),
    F(
        "en-rej-startup",
        "rejection",
        "en",
        False,
        ["{recruiter} from {company} <{recruiter_mail}@{domain}>"],
        ["quick update from {company}", "{company} x {first}"],
        [
            ["Hey {first}!", "Hi {first} —"],
            [
                "Huge thanks for the chat about the {role} spot.",
                "Thanks for taking the time to go through our take-home, it was fun to review.",
            ],
            [
                "We're a tiny team and had to make a tough call: we're going with someone with more hands-on experience in our stack, so we won't continue with you for now.",
                "Honest answer: we're not going to move ahead with you on this one, mostly because we need someone who's shipped this exact kind of product before.",
            ],
            [
                "Would love to keep in touch as we grow!",
                "Rooting for you, and happy to intro you to a couple of founders I know.",
            ],
            ["Cheers,\n{recruiter}", "— {recruiter}, co-founder"],
        ],
    ),
    F(
        "en-rej-agency",
        "rejection",
        "en",
        False,
        ["{recruiter} | {agency} <{recruiter_mail}@{agency_domain}>"],
        ["Feedback from {company}", "{role} – client feedback", "Update: {company} role"],
        [
            ["Hi {first},", "Morning {first},"],
            [
                "I've just had feedback from my client {company} on the {role} position.",
                "Quick update on the {role} role I put you forward for.",
            ],
            [
                "Unfortunately they've decided not to take your application forward; they went with a candidate who had more sector experience.",
                "Sadly the hiring manager has chosen not to progress to interview on this occasion.",
            ],
            [
                "Don't be disheartened, I'll keep an eye out for other roles that suit you and give you a call.",
                "I've got a few other roles coming up, so let's speak this week.",
            ],
            ["Thanks,\n{recruiter}\n{agency}", "Speak soon,\n{recruiter}"],
        ],
    ),
    F(
        "en-rej-position-closed",
        "rejection",
        "en",
        True,
        ["{company} Jobs <careers@{domain}>", "Hiring Team <hiring@{domain}>"],
        ["The {role} role is no longer open", "Update regarding {role} at {company}"],
        [
            ["Dear {first},", "Hi {first},"],
            [
                "We're writing to let you know that the {role} vacancy you applied for has been closed.",
                "Due to a change in our priorities, we have decided to close the {role} opening.",
            ],
            [
                "As a result we are unable to consider your application any further.",
                "This means we won't be continuing with your application, and we're sorry for any disappointment.",
            ],
            [
                "Thank you for the interest you showed in joining us.",
                "We appreciate the effort you put into applying.",
            ],
            ["The {company} Hiring Team", "Kind regards,\n{company}"],
        ],
    ),
    F(
        "en-rej-glowing-held",
        "rejection",
        "en",
        True,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Thank you for interviewing with {company}", "Our decision on the {role} role"],
        [
            ["Dear {first},", "{first},"],
            [
                "Let me start by saying how much we enjoyed getting to know you. Your portfolio stood out, your references were glowing, and the team said your presentation was excellent.",
                "You were a strong finalist and the feedback from every interviewer was positive.",
            ],
            [
                "Even so, after a lot of discussion we have made the difficult decision to go in a different direction for this hire.",
                "In the end we have decided to extend the offer to another finalist, which I know is not the news you hoped for.",
            ],
            [
                "I truly hope you'll apply again; you would be a great addition to many teams, ours included.",
                "I would be glad to write a short note of the strengths we saw if it helps your search.",
            ],
            ["With gratitude,\n{recruiter}", "Warm regards,\n{recruiter}, {company}"],
        ],
    ),
    F(
        "en-rej-pool-held",
        "rejection",
        "en",
        True,
        ["{company} Recruitment <recruitment@{ats}>"],
        ["{company} – your application", "Thank you for applying to {company}"],
        [
            ["Hello {first},"],
            [
                "We received a very large number of applications for the {role} role and the standard was high.",
                "Thank you for taking the time to apply for {role}.",
            ],
            [
                "Having compared your experience with the requirements, we're sorry to say you have not been shortlisted.",
                "We regret that on this occasion your application has not been selected for the next stage.",
            ],
            [
                "We will retain your details in our talent pool, and you may be contacted about suitable opportunities.",
                "Your profile will stay in our talent community so we can contact you about future vacancies.",
            ],
            ["Regards,\nRecruitment Team"],
        ],
    ),
    F(
        "en-int-ats-schedule",
        "interview",
        "en",
        False,
        [
            "{company} Recruiting <no-reply@{ats}>",
            "{recruiter} via {ats_name} <notifications@{ats}>",
        ],
        [
            "Interview invitation: {role} at {company}",
            "Schedule your interview with {company}",
            "Action required: pick an interview time",
        ],
        [
            ["Hi {first},", "Dear {first},"],
            [
                "Thank you for applying to {company}. We'd like to invite you to a {minutes}-minute video interview for the {role} position.",
                "Good news: the hiring team would like to speak with you about the {role} role.",
            ],
            [
                "Please use the link below to choose a time that works for you:\n{link}",
                "Select a slot from the available times here: {link}",
            ],
            [
                "If none of the times suit you, reply to this email and we'll find another.",
                "The interview will be with {recruiter}, the hiring manager.",
            ],
            ["Best regards,\n{company} Recruiting", "Thanks,\n{recruiter}"],
        ],
    ),
    F(
        "en-int-phone-screen",
        "interview",
        "en",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Quick call about {role}?", "Phone screen – {company}", "{role}: next step"],
        [
            ["Hi {first},", "Hello {first},"],
            [
                "I'm {recruiter}, a recruiter at {company}. I came across your application for {role} and would love to set up a short phone screen.",
                "Thanks for your application! The next step in our process is a 30-minute call with me.",
            ],
            [
                "Are you free on {day} at {time}? If not, send me two or three times that work for you.",
                "Could you let me know your availability over the next few days?",
            ],
            ["Looking forward to speaking.", "Talk soon!"],
            ["{recruiter}", "Best,\n{recruiter}\nTalent Partner, {company}"],
        ],
    ),
    F(
        "en-int-onsite",
        "interview",
        "en",
        False,
        ["{company} Hiring <hiring@{domain}>"],
        [
            "Onsite interview – {day}",
            "Final round for {role}",
            "Your interviews at {company} on {day}",
        ],
        [
            ["Dear {first},"],
            [
                "We were very pleased with your earlier conversations and would like to invite you to the final round for the {role} position.",
                "Congratulations on reaching the last stage of our process.",
            ],
            [
                "The interviews will take place on {day}, starting at {time}, at our office ({address}). You will meet four members of the team over about three hours.",
                "Please confirm you can join us on {day} from {time}; the schedule and the names of your interviewers are attached.",
            ],
            [
                "Let us know about any accessibility needs or travel questions.",
                "We'll cover reasonable travel costs; keep your receipts.",
            ],
            ["Kind regards,\n{recruiter}", "See you soon,\nThe {company} team"],
        ],
    ),
    F(
        "en-int-assessment",
        "interview",
        "en",
        False,
        [
            "{company} Assessments <assessments@{ats}>",
            "{company} Engineering <eng-hiring@{domain}>",
        ],
        [
            "Your {company} technical assessment",
            "Next step: online assessment for {role}",
            "Take-home exercise for {role}",
        ],
        [
            ["Hi {first},"],
            [
                "As the next step in your application for {role}, we'd like you to complete a short technical assessment.",
                "You've been selected to move forward! The next stage is a take-home exercise.",
            ],
            [
                "It should take about {minutes} minutes, and you can start any time before {day}: {link}",
                "You'll have 72 hours once you open it. Start here: {link}",
            ],
            [
                "We'll review your submission within a week and get back to you about the interviews.",
                "Reach out if you need adjustments or more time.",
            ],
            ["Good luck!\n{company} Hiring Team", "Best,\n{recruiter}"],
        ],
    ),
    F(
        "en-int-reschedule-slot-taken",
        "interview",
        "en",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Re: interview time", "New time for our interview", "Re: {role} interview – rescheduling"],
        [
            ["Hi {first},", "Hello {first},"],
            [
                "Apologies, the {time} slot you picked was taken by someone else just before you booked it.",
                "So sorry, the earlier slot on {day} has since gone, our calendar tool didn't update in time.",
            ],
            [
                "Could we do {day} at {time} instead? I'll send a calendar invite with the video link as soon as you confirm.",
                "I've opened a few new times for the interview here: {link}. Pick any that suits you.",
            ],
            [
                "The rest stays the same: a 45-minute conversation with the hiring manager.",
                "Thanks for your patience, we're looking forward to meeting you.",
            ],
            ["Best,\n{recruiter}", "Cheers,\n{recruiter}"],
        ],
    ),
    F(
        "en-int-agency",
        "interview",
        "en",
        False,
        ["{recruiter} | {agency} <{recruiter_mail}@{agency_domain}>"],
        [
            "Interview confirmed with {company}!",
            "{company} want to meet you",
            "Great news – {role}",
        ],
        [
            ["Hi {first},", "{first}, great news!"],
            [
                "My client {company} loved your CV and want to interview you for the {role} role.",
                "{company} have come back and would like to meet you.",
            ],
            [
                "They've proposed {day} at {time} by video, first stage with the team lead. Can you make that?",
                "First interview is {day}, {time}, at their offices. I'll send over some prep notes tomorrow.",
            ],
            ["Give me a ring when you get a moment.", "Let me know ASAP so I can confirm."],
            ["{recruiter}\n{agency}", "Thanks,\n{recruiter}"],
        ],
    ),
    F(
        "en-int-startup-chat",
        "interview",
        "en",
        True,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["coffee chat?", "{company} — let's talk", "Loved your application"],
        [
            ["Hey {first},", "Hi {first}!"],
            [
                "I'm one of the founders of {company}. Your note about the {role} opening made my day.",
                "Read your application this morning and I'd really like to hear more about what you built.",
            ],
            [
                "Want to hop on a 30 min video call this week? Grab whatever works here: {link}",
                "Are you around {day} for a call? Any time after {time} works on my side.",
            ],
            [
                "Nothing formal, we'll just talk about the work and you can ask me anything.",
                "If it goes well, the next step is meeting our two engineers.",
            ],
            ["— {recruiter}", "Cheers,\n{recruiter}"],
        ],
    ),
    F(
        "en-int-panel-held",
        "interview",
        "en",
        True,
        ["People Operations, {company} <people@{domain}>", "{company} Careers <no-reply@{ats}>"],
        [
            "Invitation to interview – {role}",
            "Second interview: {role}",
            "{company}: your second-stage interview",
        ],
        [
            ["Dear {first},"],
            [
                "We are delighted to let you know that you have been shortlisted for the {role} post.",
                "Following your first interview, the panel would like to see you again.",
            ],
            [
                "The panel interview will last about an hour and will include a ten-minute presentation on a topic we will send you in advance. It is planned for {day} at {time}.",
                "Your second interview is booked for {day} at {time}; it will be held on video and you will receive the joining link the day before.",
            ],
            [
                "Please reply to confirm your attendance or to request a different date.",
                "If this date is not convenient, please let us know as soon as possible.",
            ],
            ["Yours sincerely,\n{recruiter}\nPeople Operations"],
        ],
    ),
]
