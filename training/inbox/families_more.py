"""More writers: universities and public bodies, hospitals, retail chains, scale-ups and recruiters
(all text written for NextYes)."""

from __future__ import annotations

from family import Family as F

FAMILIES: list[F] = [
    F(
        "en-rej-public-sector",
        "rejection",
        "en",
        False,
        ["Recruitment Services <recruitment@{domain}>"],
        ["Outcome of shortlisting – {ref}", "Vacancy {ref}: {role}"],
        [
            ["Dear {first} {last},"],
            [
                "Thank you for your application for the above post.",
                "The shortlisting panel has now met to consider applications for the post of {role}.",
            ],
            [
                "I am sorry to tell you that on this occasion you have not been shortlisted for interview.",
                "I regret to advise that your application has not been successful at this stage.",
            ],
            [
                "Due to the number of applications we are unable to give individual feedback.",
                "We hope this will not deter you from applying for future vacancies.",
            ],
            ["Yours sincerely,\nRecruitment Services"],
        ],
    ),
    F(
        "en-rej-retail",
        "rejection",
        "en",
        False,
        ["{company} Store Jobs <storejobs@{ats}>"],
        ["Your {company} store application", "About your application, {first}"],
        [
            ["Hi {first}!"],
            [
                "Thanks so much for wanting to join our store team.",
                "We loved seeing so many people apply to work with us this season.",
            ],
            [
                "We've looked at your application and we're not able to offer you a role right now.",
                "This time round we won't be inviting you to the group assessment day.",
            ],
            [
                "Why not check our jobs page again in a few weeks? New shifts open up all the time.",
                "You can still shop with your colleague-to-be discount code: just kidding, but do come and say hi.",
            ],
            ["Team {company}"],
        ],
    ),
    F(
        "en-rej-hiring-manager",
        "rejection",
        "en",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["{role} – decision", "Re: {role}", "Closing the loop"],
        [
            ["{first},", "Hi {first},"],
            [
                "I'm the hiring manager for the {role} role and wanted to write to you myself rather than send a form letter.",
                "Closing the loop on the {role} role you applied for.",
            ],
            [
                "We've decided to hire someone else. I know that's disappointing, especially after the work you put into the exercise.",
                "We ended up going with a candidate who has led a team of this size before, so it's a no from us this time.",
            ],
            [
                "Two things stood out in your favour: the clarity of your writing and the questions you asked. Keep those.",
                "If a more junior opening comes up later this year I'll let you know directly.",
            ],
            ["Thanks again,\n{recruiter}", "{recruiter}"],
        ],
    ),
    F(
        "en-rej-ats-short-held",
        "rejection",
        "en",
        True,
        ["{company} <donotreply@{ats}>"],
        ["{company} application update", "Your candidacy: {role}"],
        [
            ["Hi {first},"],
            [
                "Thanks for your interest in {role}. We've decided to pursue other applicants for this opening.",
                "We appreciate you applying. The hiring team has chosen to move ahead with candidates whose qualifications better meet our needs.",
            ],
            [
                "Feel free to apply for other roles on our careers page.",
                "We'll hang on to your details in case a better match opens up.",
            ],
            ["— {company} Talent"],
        ],
    ),
    F(
        "en-int-university",
        "interview",
        "en",
        False,
        ["HR Office <hr-recruitment@{domain}>"],
        ["Invitation to interview: {role} ({ref})", "Interview arrangements – {ref}"],
        [
            ["Dear {first} {last},"],
            [
                "I am pleased to inform you that you have been shortlisted for the post of {role}.",
                "Further to your recent application, the selection panel would like to invite you to an interview.",
            ],
            [
                "Interviews will be held on {day}. Your interview time is {time} and it will last approximately 45 minutes, including a short presentation.",
                "You are asked to attend on {day} at {time}. Please bring photographic ID and proof of your right to work.",
            ],
            [
                "Please confirm by return email whether you are able to attend.",
                "Let us know if you require any reasonable adjustments.",
            ],
            ["Yours sincerely,\nHR Office"],
        ],
    ),
    F(
        "en-int-hospital",
        "interview",
        "en",
        False,
        ["{company} NHS Jobs <jobs@{ats}>", "Workforce Team <workforce@{domain}>"],
        ["Interview: {role}", "You're invited to interview"],
        [
            ["Dear {first},"],
            [
                "Your application for {role} has been shortlisted.",
                "Good news! Following shortlisting, you've been selected for interview.",
            ],
            [
                "Please book an interview slot via the portal: {link}. Slots are first come, first served.",
                "Your interview is on {day} at {time} on the ward; please report to main reception.",
            ],
            ["Kind regards,\nWorkforce Team"],
        ],
    ),
    F(
        "en-int-recruiter-booked",
        "interview",
        "en",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>", "Calendar <calendar-noreply@{domain}>"],
        [
            "Invitation: {role} interview @ {day} {time}",
            "Confirmed: you and {recruiter} on {day}",
            "Interview booked",
        ],
        [
            ["Hi {first},", ""],
            [
                "You're all set! Your interview with {recruiter} for the {role} role is booked for {day} at {time}.",
                "This confirms your video call with {company} on {day}, {time}.",
            ],
            [
                "Join with this link: {link}",
                "Need to change it? Use the reschedule link in the calendar invite.",
            ],
            ["See you then.", "{recruiter}"],
        ],
    ),
    F(
        "en-int-video-held",
        "interview",
        "en",
        True,
        ["{company} Talent <talent@{ats}>"],
        ["Record your video interview for {company}", "Next stage: recorded interview"],
        [
            ["Hi {first},"],
            [
                "Thanks for your application! The next step is a short recorded video interview: five questions, about two minutes per answer.",
                "We'd like to learn more about you through a one-way video interview.",
            ],
            [
                "Please complete it by {day} using this link: {link}",
                "You can record it any time before {day}; here's your personal link: {link}",
            ],
            [
                "Our team will watch every recording and come back to you.",
                "Tip: find a quiet spot and test your camera first.",
            ],
            ["Best,\n{company} Talent"],
        ],
    ),
    F(
        "en-off-public",
        "offer",
        "en",
        False,
        ["Recruitment Services <recruitment@{domain}>"],
        ["Offer of appointment – {ref}", "Appointment to the post of {role}"],
        [
            ["Dear {first} {last},"],
            [
                "Following your recent interview, I am pleased to offer you the post of {role}, subject to satisfactory pre-employment checks.",
                "I am delighted to confirm the panel's decision to offer you appointment as {role}.",
            ],
            [
                "The salary will be {salary} per annum. A formal contract will follow once references have been received.",
                "Your starting salary is {salary}; we anticipate a start date of {start}.",
            ],
            [
                "Please confirm in writing that you accept this offer.",
                "Kindly reply within five working days to accept.",
            ],
            ["Yours sincerely,\nRecruitment Services"],
        ],
    ),
    F(
        "en-off-verbal-recap",
        "offer",
        "en",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Great speaking today!", "Next steps after our call", "Your {company} package"],
        [
            ["Hi {first},"],
            [
                "Thanks for picking up earlier — I'm so glad I got to tell you the good news myself. We'd love you to join as {role}.",
                "The team said yes! As discussed, we're extending you an offer for the {role} position.",
            ],
            [
                "Compensation summary: {salary} base, annual bonus target of 10%, and a sign-on bonus. Start date {start} (flexible).",
                "Here are the numbers we talked about: base {salary}, plus equity. HR will send the formal letter tomorrow.",
            ],
            ["Any questions at all, call me.", "Excited to hear what you decide."],
            ["{recruiter}"],
        ],
    ),
    F(
        "en-off-retail",
        "offer",
        "en",
        False,
        ["{company} Store Jobs <storejobs@{ats}>"],
        ["Welcome to the team, {first}!", "You got the job!"],
        [
            ["Hi {first},"],
            [
                "We're delighted to offer you a part-time role as {role} in our store.",
                "Great news, we'd like to offer you the job!",
            ],
            [
                "You'll start on {start}, at {salary} per year pro rata. Please accept your offer in the app so we can set up your first shifts.",
                "Accept the offer here to get your contract and first rota: {link}",
            ],
            ["Welcome aboard!\nTeam {company}"],
        ],
    ),
    F(
        "en-off-counter-held",
        "offer",
        "en",
        True,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Revised offer – {role}", "Updated offer letter attached"],
        [
            ["Hi {first},"],
            [
                "Thank you for your patience while we reviewed your request.",
                "Good news on your questions from Friday.",
            ],
            [
                "We're happy to revise our offer: base salary increases to {salary}, and your start date moves to {start} as you asked.",
                "The updated offer letter is attached with the new salary of {salary}.",
            ],
            [
                "If everything looks right, sign it through the link and we'll get your laptop ordered.",
                "Let me know if you're ready to accept.",
            ],
            ["Warm regards,\n{recruiter}"],
        ],
    ),
    F(
        "en-rec-public",
        "received",
        "en",
        False,
        ["Recruitment Services <recruitment@{domain}>"],
        ["Acknowledgement of application – {ref}", "Application {ref} received"],
        [
            ["Dear {first} {last},"],
            [
                "Thank you for applying for the post of {role}. This email acknowledges receipt of your application.",
                "We acknowledge receipt of your application for vacancy {ref}.",
            ],
            [
                "The closing date is {day}. Shortlisting will take place shortly afterwards.",
                "You will be informed of the outcome once shortlisting has been completed.",
            ],
            ["Yours sincerely,\nRecruitment Services"],
        ],
    ),
    F(
        "en-rec-retail",
        "received",
        "en",
        False,
        ["{company} Store Jobs <storejobs@{ats}>"],
        ["Thanks for applying to {company}!", "Application in, {first}!"],
        [
            ["Hi {first}!"],
            [
                "Woohoo, your application is in. Thanks for choosing {company}.",
                "We've got your application for the {role} role.",
            ],
            [
                "A store manager will look at it soon. If it's a match, we'll text you to arrange a chat.",
                "Keep an eye on your phone and email over the next two weeks.",
            ],
            ["Team {company}"],
        ],
    ),
    F(
        "en-rec-portal",
        "received",
        "en",
        False,
        ["{company} Candidate Portal <portal@{ats}>"],
        ["Application submitted successfully", "Your application status: Submitted"],
        [
            ["Hello {first},"],
            [
                "Your application for {role} (job ID {ref}) has been submitted successfully.",
                "Status: Submitted. Job: {role}. Reference: {ref}.",
            ],
            [
                "You can log in at any time to see where your application stands: {link}",
                "Next step: our recruiters review each application. Expect to hear from us within 10 business days.",
            ],
            ["This is an automated message."],
        ],
    ),
    F(
        "en-rec-hiring-manager",
        "received",
        "en",
        False,
        ["{recruiter} <{recruiter_mail}@{domain}>"],
        ["Re: Application – {role}", "Thanks for reaching out"],
        [
            ["Hi {first},"],
            [
                "Thanks for your email and for sending your portfolio, I've passed it to the rest of the team.",
                "Appreciate you applying directly, it's in the pile now.",
            ],
            [
                "We're collecting applications until the end of the month and will start conversations after that.",
                "We'll review everything next week and I'll be in touch about next steps.",
            ],
            ["Best,\n{recruiter}"],
        ],
    ),
    F(
        "en-rec-auto-held",
        "received",
        "en",
        True,
        ["{company} Careers <noreply@{ats}>"],
        ["We've got it: your application to {company}", "Thanks, {first}! Application received"],
        [
            ["Hi {first},"],
            [
                "Your application for {role} made it to us safely. Thank you!",
                "Just confirming your application for {role} is with us.",
            ],
            [
                "What happens next: our team reviews applications in the order they arrive. If your skills match, a recruiter will reach out to arrange a first conversation.",
                "We review every application carefully and aim to reply within two weeks.",
            ],
            ["Cheers,\nThe {company} hiring team"],
        ],
    ),
    F(
        "en-oth-saved-job",
        "other",
        "en",
        False,
        ["{board} <reminders@{board_domain}>"],
        ["Don't forget: {role} at {company} closes soon", "You saved a job 3 days ago"],
        [
            ["Hi {first},"],
            [
                "The {role} job you saved at {company} closes in 2 days.",
                "Still interested? Finish your application for {role} at {company}.",
            ],
            ["Continue your application: {link}", "Apply now before it's too late."],
            ["The {board} team"],
        ],
    ),
    F(
        "en-oth-referral",
        "other",
        "en",
        False,
        ["{recruiter} <{recruiter_mail}@{own_domain}>"],
        ["intro: you + {recruiter}", "Thought of you"],
        [
            ["Hey {first},"],
            [
                "A friend of mine at {company} is hiring for a {role}; I mentioned you and she'd be happy to chat.",
                "Saw this {role} opening at {company} and immediately thought of you.",
            ],
            ["Want me to make an intro?", "Let me know if you'd like me to pass on your CV."],
            ["x {recruiter}"],
        ],
    ),
    F(
        "en-oth-survey",
        "other",
        "en",
        False,
        ["{company} Careers <survey@{ats}>", "{board} <feedback@{board_domain}>"],
        ["How was your candidate experience?", "Tell us what you think (2 minutes)"],
        [
            ["Hi {first},"],
            [
                "You recently applied to {company}. We'd love your feedback on the application process, whatever the result.",
                "Help us improve: how easy was it to find and apply for jobs this month?",
            ],
            ["Take the short survey: {link}", "It takes two minutes: {link}"],
            ["Thank you!"],
        ],
    ),
    F(
        "en-oth-course-held",
        "other",
        "en",
        True,
        ["{board} Academy <academy@{board_domain}>"],
        ["Offer ends Sunday: interview masterclass", "Land the offer: our new course"],
        [
            ["Hi {first},"],
            [
                "Our new course teaches you how to prepare for interviews, negotiate an offer and follow up like a pro.",
                "Enrol in the masterclass and practise interviews with feedback from real recruiters.",
            ],
            ["Enrol now at 30% off: {link}", "Early-bird price until Sunday: {link}"],
            ["Unsubscribe from Academy emails."],
        ],
    ),
]
