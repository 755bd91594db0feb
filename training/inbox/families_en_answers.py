"""English offer and acknowledgement families for the inbox classifier (all text written for NextYes)."""

from __future__ import annotations

from family import Family as F

FAMILIES: list[F] = [
    F(
        "en-off-formal",
        "offer",
        "en",
        False,
        ["{company} Human Resources <hr@{domain}>", "{recruiter} <{recruiter_mail}@{domain}>"],
        ["Offer of employment – {role}", "Your offer from {company}", "Offer letter: {role}"],
        [
            ["Dear {first},"],
            [
                "On behalf of {company}, I am delighted to offer you the position of {role}.",
                "We are pleased to confirm our offer for the role of {role}.",
            ],
            [
                "Your starting salary will be {salary} per year, with a start date of {start}. The full terms are in the attached offer letter.",
                "The attached letter sets out your salary of {salary}, your benefits and a proposed start date of {start}.",
            ],
            [
                "Please sign and return the letter by {day} to accept.",
                "We would be grateful if you could confirm your acceptance by {day}.",
            ],
            [
                "We look forward to welcoming you to the team.\n{recruiter}",
                "Congratulations!\n{company} HR",
            ],
        ],
    ),
    F(
        "en-off-call-followup",
        "offer",
        "en",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        [
            "Following up on today's call",
            "Welcome (almost) to {company}!",
            "Offer details – {role}",
        ],
        [
            ["Hi {first},", "{first},"],
            [
                "It was so good to share the news on the phone earlier: we'd love for you to join us as {role}!",
                "As promised on our call, here's the written version of our offer.",
            ],
            [
                "To recap: {salary} base, plus equity and the usual benefits, starting {start} if that works for you.",
                "You'll find the contract in your inbox via our e-signature tool; the base salary is {salary}.",
            ],
            [
                "Take the time you need to think it over, and call me with any questions.",
                "The offer stays open until {day}.",
            ],
            ["So excited,\n{recruiter}", "Best,\n{recruiter}"],
        ],
    ),
    F(
        "en-off-agency",
        "offer",
        "en",
        False,
        ["{recruiter} | {agency} <{recruiter_mail}@{agency_domain}>"],
        ["OFFER – {company}!!", "{company} have made you an offer", "Congratulations {first}"],
        [
            ["Hi {first},"],
            [
                "Fantastic news: {company} have offered you the {role} position!",
                "I'm thrilled to tell you the client wants to make you an offer.",
            ],
            [
                "They're offering {salary} plus a 10% bonus, starting {start}.",
                "The package is {salary} with 25 days of holiday; they've asked for an answer by {day}.",
            ],
            [
                "Call me when you can and we'll go through it together.",
                "I think there may be a little room on the salary, so let's talk before you reply.",
            ],
            ["{recruiter}", "Congrats again,\n{recruiter}"],
        ],
    ),
    F(
        "en-off-startup-held",
        "offer",
        "en",
        True,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["we want you on the team", "{company} <> {first}: offer", "Good news from {company}"],
        [
            ["Hey {first}!"],
            [
                "The whole team agreed, and we'd be thrilled to have you as our next {role}.",
                "No suspense: we'd like to hire you.",
            ],
            [
                "Attached is a short offer summary: {salary}, stock options over four years, fully remote, start whenever suits you after {start}.",
                "The offer comes with {salary}, options, and a budget for your home office. Details in the doc attached.",
            ],
            [
                "Want to jump on a call to talk it through?",
                "Let me know what you think — happy to answer anything.",
            ],
            ["Cheers,\n{recruiter}"],
        ],
    ),
    F(
        "en-off-conditional-held",
        "offer",
        "en",
        True,
        ["{company} Onboarding <onboarding@{ats}>", "{company} Talent <talent@{domain}>"],
        ["Conditional offer – {role}", "Congratulations: your conditional offer"],
        [
            ["Dear {first},"],
            [
                "We are pleased to make you a conditional offer for the {role} role at {company}.",
                "Congratulations! We would like to offer you the job, subject to references and the usual checks.",
            ],
            [
                "Your offer pack, including salary ({salary}) and start date ({start}), is available in the candidate portal: {link}",
                "Please accept the offer in the portal by {day} so we can begin the background check.",
            ],
            ["Kind regards,\n{company} Talent"],
        ],
    ),
    F(
        "en-rec-ats-auto",
        "received",
        "en",
        False,
        ["{company} <no-reply@{ats}>", "{company} Careers <careers-noreply@{domain}>"],
        [
            "Thank you for applying to {company}",
            "We received your application for {role}",
            "Application received: {role} ({ref})",
        ],
        [
            ["Hi {first},", "Dear {first},"],
            [
                "Thank you for your interest in {company}! This is to confirm that we've received your application for {role}.",
                "We've successfully received your application.",
            ],
            [
                "Our team will review your experience and, if it matches the role, someone will contact you about next steps.",
                "Our recruiters are reviewing applications and will be in touch if your profile is a match.",
            ],
            [
                "You can follow the status of your application in your candidate profile.",
                "Please do not reply to this email.",
            ],
            ["Best,\n{company} Talent Acquisition", "The {company} Team"],
        ],
    ),
    F(
        "en-rec-small-human",
        "received",
        "en",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Re: {role} application", "Got it – thanks {first}", "Thanks for applying!"],
        [
            ["Hi {first},"],
            [
                "Just a quick note to say thanks for sending your application for the {role} role, it landed safely.",
                "Thanks so much for your application and the lovely cover letter.",
            ],
            [
                "We're going through everything this week and next, and I'll get back to you either way by {day}.",
                "We read every application ourselves, so it may take us a couple of weeks to reply.",
            ],
            ["Have a great week,\n{recruiter}", "Cheers,\n{recruiter}"],
        ],
    ),
    F(
        "en-rec-under-review",
        "received",
        "en",
        False,
        ["{company} Recruiting <recruiting@{ats}>"],
        [
            "Your application is under review",
            "Status update: {role}",
            "{company}: application update",
        ],
        [
            ["Hello {first},"],
            [
                "Your application for {role} has moved to review by the hiring team.",
                "We wanted to let you know your application is currently being reviewed.",
            ],
            [
                "Because of the high volume of applications we receive, this can take up to three weeks. Unfortunately we can't reply individually to status questions.",
                "We'll contact you as soon as there is a decision, whatever it is.",
            ],
            ["Thanks for your patience.\n{company} Recruiting"],
        ],
    ),
    F(
        "en-rec-agency",
        "received",
        "en",
        True,
        [
            "{agency} <applications@{agency_domain}>",
            "{recruiter} at {agency} <{recruiter_mail}@{agency_domain}>",
        ],
        ["Thanks for your application via {agency}", "We've got your CV – {role}"],
        [
            ["Hi {first},"],
            [
                "Thanks for applying for the {role} vacancy through {agency}. Your CV has been added to our system.",
                "This is a quick confirmation that we have your application for the {role} job.",
            ],
            [
                "One of our consultants will look at it and, if it's a fit for our client, call you within five working days.",
                "If your experience matches, we'll be in contact before we send your details to the client.",
            ],
            ["Kind regards,\n{agency}"],
        ],
    ),
    F(
        "en-rec-confirm-held",
        "received",
        "en",
        True,
        ["{company} Jobs <jobs@{domain}>"],
        ["Application confirmation – {ref}", "Confirmation: your application has been submitted"],
        [
            ["Dear {first},", "Dear applicant,"],
            [
                "This email confirms that your application for {role} (reference {ref}) was submitted on {day}.",
                "We confirm receipt of your application for the post of {role}.",
            ],
            [
                "Shortlisting will take place after the closing date. Candidates selected for interview will be notified by email.",
                "The hiring manager will assess all applications once the vacancy closes.",
            ],
            ["Thank you for your interest in working with us.\n{company}"],
        ],
    ),
]
