"""English `other` families: the mail a job seeker gets that is not an answer to an application.

Many of these are deliberate traps: job alerts that say "offer", tips about interviews,
"your application was viewed", recruiter outreach, newsletters and the person's own sent mail.
"""

from __future__ import annotations

from family import Family as F

FAMILIES: list[F] = [
    F(
        "en-oth-job-alert-offer",
        "other",
        "en",
        False,
        ["{board} Job Alerts <alerts@{board_domain}>"],
        [
            'New job offers for "{role}" near you',
            "12 job offers match your search",
            "Job offer alert: {role} at {company} and more",
        ],
        [
            ["Hi {first},", "Hello,"],
            [
                'Here are the newest jobs matching your saved search "{role}":',
                "We found new positions you might like:",
            ],
            [
                "• {role} – {company} – Remote\n• Senior {role} – {company2}\n• {role} (contract) – {company3}",
                "{company} is hiring a {role}. {company2} posted 3 similar roles. Apply in one click.",
            ],
            [
                "Manage your alerts or unsubscribe at any time in your settings.",
                "You are receiving this email because you created a job alert.",
            ],
        ],
    ),
    F(
        "en-oth-interview-tips",
        "other",
        "en",
        False,
        ["{board} Career Tips <tips@{board_domain}>", "{board} <newsletter@{board_domain}>"],
        [
            "10 interview tips that actually work",
            'How to answer "Tell me about yourself" in an interview',
            "Ace your next interview: free webinar",
        ],
        [
            ["Hi {first},", "Hello job seeker,"],
            [
                "This week we asked hiring managers what makes a candidate stand out in an interview.",
                "Nervous about interviews? You're not alone, and preparation helps.",
            ],
            [
                "Our top tip: prepare three short stories about your work and practise saying them out loud. Read the full guide on our blog.",
                "Join our free webinar on {day} to learn how to handle tricky interview questions, salary talks and follow-up emails.",
            ],
            ["Unsubscribe | Preferences | Privacy"],
        ],
    ),
    F(
        "en-oth-application-viewed",
        "other",
        "en",
        False,
        ["{board} <notifications@{board_domain}>"],
        [
            "Your application was viewed by {company}",
            "{company} viewed your application",
            "Good news: an employer looked at your profile",
        ],
        [
            ["Hi {first},"],
            [
                "Your application for {role} at {company} was viewed by the employer.",
                "A recruiter from {company} has viewed your application.",
            ],
            [
                "Applicants who follow up within a week are more likely to hear back. Upgrade to Premium to see who else applied.",
                "Keep the momentum going: here are 5 similar jobs you can apply to today.",
            ],
            ["The {board} team"],
        ],
    ),
    F(
        "en-oth-recruiter-outreach",
        "other",
        "en",
        False,
        [
            "{recruiter} <{recruiter_mail}@{agency_domain}>",
            "{recruiter} via {board} <inmail@{board_domain}>",
        ],
        [
            "Exciting {role} opportunity",
            "Are you open to new roles?",
            "{role} – fully remote – great package",
        ],
        [
            ["Hi {first},", "Hello {first}, hope you're well!"],
            [
                "I came across your profile and think you could be a great fit for a {role} opportunity with one of my clients, a fast-growing company in the fintech space.",
                "I'm recruiting for a {role} position with a leading firm and your background caught my eye.",
            ],
            [
                "The salary is up to {salary} plus benefits. Would you be open to a quick chat this week?",
                "If you're interested, send me your latest CV and a good time to call.",
            ],
            ["Best regards,\n{recruiter}\n{agency}", "Thanks,\n{recruiter}"],
        ],
    ),
    F(
        "en-oth-sent-mail",
        "other",
        "en",
        False,
        ["{first} {last} <{first_mail}@{own_domain}>"],
        [
            "Application for {role}",
            "Re: {role} interview – thank you",
            "Following up on my application",
        ],
        [
            ["Dear Hiring Manager,", "Hi {recruiter},"],
            [
                "I am writing to apply for the {role} position at {company}. Please find my CV and cover letter attached.",
                "Thank you for taking the time to speak with me yesterday; I enjoyed learning about the team.",
                "I applied for the {role} role two weeks ago and wanted to check whether there is any update on my application.",
            ],
            [
                "I would welcome the chance to discuss how my experience could help your team.",
                "I remain very interested in the role and happy to provide anything else you need.",
            ],
            ["Best regards,\n{first} {last}", "Kind regards,\n{first}"],
        ],
    ),
    F(
        "en-oth-newsletter",
        "other",
        "en",
        False,
        ["{board} Weekly <weekly@{board_domain}>", "The {company} Blog <blog@{domain}>"],
        [
            "This week in tech hiring",
            "Our favourite reads this month",
            "{company} newsletter: product news and events",
        ],
        [
            ["Hi there,", "Hello {first},"],
            [
                "Here's what happened this week: salaries in data roles kept climbing, remote postings dipped, and we interviewed three founders about their first hires.",
                "In this issue: our new office, a look behind the scenes with the design team, and upcoming meetups.",
            ],
            ["Read more on our website.", "See you next week!"],
            ["You're receiving this because you subscribed. Unsubscribe here."],
        ],
    ),
    F(
        "en-oth-promo-offer",
        "other",
        "en",
        False,
        ["{board} Premium <offers@{board_domain}>", "{board} <promo@{board_domain}>"],
        [
            "Special offer: 50% off Premium",
            "Your exclusive offer expires tonight",
            "Last chance: our best offer of the year",
        ],
        [
            ["Hi {first},"],
            [
                "Stand out to recruiters with Premium: see who viewed your profile, get AI feedback on your CV, and message hiring managers directly.",
                "For 48 hours only, get three months of Premium at half price.",
            ],
            ["Claim your offer: {link}", "Upgrade now and get a free CV review."],
            ["Terms apply. Unsubscribe."],
        ],
    ),
    F(
        "en-oth-account",
        "other",
        "en",
        False,
        ["{company} Careers <no-reply@{ats}>", "{board} Security <security@{board_domain}>"],
        [
            "Verify your email address",
            "Your candidate account has been created",
            "Password reset request",
        ],
        [
            ["Hi {first},"],
            [
                "Thanks for creating a candidate account. Please confirm your email address by clicking the link below.",
                "We received a request to reset your password. If it was you, use the link below; otherwise ignore this message.",
            ],
            ["{link}", "This link expires in 24 hours: {link}"],
            ["Thanks,\nThe team"],
        ],
    ),
    F(
        "en-oth-event-invite",
        "other",
        "en",
        True,
        ["{company} Events <events@{domain}>", "{board} Live <events@{board_domain}>"],
        [
            "You're invited: careers open evening",
            "Join us for a virtual hiring fair on {day}",
            "Meet the team: {company} open house",
        ],
        [
            ["Hello {first},", "Hi,"],
            [
                "We're opening our doors for an evening of talks, demos and drinks with the people who build our products.",
                "More than 40 employers will be at our online hiring fair, ready to chat with you.",
            ],
            [
                "It's on {day} from {time}. Register here: {link}",
                "Save your seat, places are limited: {link}",
            ],
            ["See you there!", "Unsubscribe from event emails."],
        ],
    ),
    F(
        "en-oth-profile-nudge-held",
        "other",
        "en",
        True,
        ["{board} <hello@{board_domain}>"],
        [
            "Complete your profile to get noticed",
            "Recruiters are searching for candidates like you",
            "You appeared in 14 searches this week",
        ],
        [
            ["Hi {first},"],
            [
                "Profiles with a photo and at least three skills get up to five times more messages from recruiters.",
                "This week your profile showed up in 14 recruiter searches. Add your latest role to appear in even more.",
            ],
            ["Finish your profile in two minutes: {link}", "Update your profile: {link}"],
            ["Happy job hunting!\nThe {board} team"],
        ],
    ),
    F(
        "en-oth-alert-interview-held",
        "other",
        "en",
        True,
        ["{board} <jobs-noreply@{board_domain}>"],
        [
            "Jobs with fast interviews: apply today",
            "Employers interviewing now for {role}",
            "Offer-ready jobs: companies hiring this week",
        ],
        [
            ["Hi {first},"],
            [
                "These employers are interviewing immediately and some make an offer within a week:",
                "Looking for a quick start? These companies say they're interviewing this week:",
            ],
            [
                "{company} – {role} – Apply now\n{company2} – Junior {role}\n{company3} – {role}, hybrid",
                "1. {role} at {company}  2. {role} lead at {company2}  3. {role} at {company3}",
            ],
            ["You received this because of your job alert. Stop these emails: {link}"],
        ],
    ),
    F(
        "en-oth-sent-held",
        "other",
        "en",
        True,
        ["{first} {last} <{first_mail}@{own_domain}>"],
        ["Re: Offer of employment – {role}", "Thank you!", "Question about the {role} role"],
        [
            ["Hi {recruiter},", "Dear {recruiter},"],
            [
                "Thank you so much for the offer. Could I have until Friday to give you my answer? I'd like to talk it over with my family.",
                "Thanks for the update. Could you tell me a bit more about the team I would be joining and the next steps?",
                "Just wanted to say thank you for the interview today, I really enjoyed it.",
            ],
            ["Many thanks,\n{first}", "Best,\n{first} {last}"],
        ],
    ),
    F(
        "en-oth-misc-held",
        "other",
        "en",
        True,
        ["{service} <no-reply@{service_domain}>", "Jess <jess@{own_domain}>"],
        ["Your order has shipped", "Dinner on Saturday?", "Your monthly statement is ready"],
        [
            ["Hi {first},", "Hey!"],
            [
                "Your package is on its way and should arrive by {day}.",
                "Are you still up for dinner on Saturday? I found a new place near the station.",
                "Your statement for last month is ready to view in the app.",
            ],
            ["Track it here: {link}", "Let me know!", "Thanks for banking with us."],
        ],
    ),
]
