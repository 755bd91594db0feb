from django.urls import path

from nextyes.journal.views import checkins, jar, thoughts, wins
from nextyes.journal.views.calm import breathe, letter, visualise
from nextyes.journal.views.care import help_page, support_answer
from nextyes.journal.views.gratitude import gratitude, gratitude_delete, gratitude_edit
from nextyes.journal.views.vision import (
    aspiration_delete,
    aspiration_edit,
    aspiration_move,
    vision,
)

app_name = "journal"
urlpatterns = [
    path("wins/", wins.win_list, name="win_list"),
    path("wins/new/", wins.win_new, name="win_new"),
    path("wins/<int:pk>/edit/", wins.win_edit, name="win_edit"),
    path("wins/<int:pk>/delete/", wins.win_delete, name="win_delete"),
    path("jar/", jar.jar, name="jar"),
    path("jar/draw/", jar.jar_draw, name="jar_draw"),
    path("jar/<int:pk>/edit/", jar.jar_edit, name="jar_edit"),
    path("jar/<int:pk>/delete/", jar.jar_delete, name="jar_delete"),
    # Daily check-ins (issue 5).
    path("checkin/", checkins.checkin, name="checkin"),
    path("checkins/", checkins.checkin_list, name="checkin_list"),
    path("checkins/<int:pk>/edit/", checkins.checkin_edit, name="checkin_edit"),
    path("checkins/<int:pk>/delete/", checkins.checkin_delete, name="checkin_delete"),
    path("care/not-now/", checkins.care_dismiss, name="care_dismiss"),
    # Care, gratitude, vision and calm tools (issue 5). /help/ works signed out.
    path("help/", help_page, name="help"),
    path("support/<int:pk>/answer/", support_answer, name="support_answer"),
    path("gratitude/", gratitude, name="gratitude"),
    path("gratitude/<int:pk>/edit/", gratitude_edit, name="gratitude_edit"),
    path("gratitude/<int:pk>/delete/", gratitude_delete, name="gratitude_delete"),
    path("vision/", vision, name="vision"),
    path("vision/<int:pk>/edit/", aspiration_edit, name="aspiration_edit"),
    path("vision/<int:pk>/delete/", aspiration_delete, name="aspiration_delete"),
    path("vision/<int:pk>/move/", aspiration_move, name="aspiration_move"),
    path("breathe/", breathe, name="breathe"),
    path("visualise/", visualise, name="visualise"),
    path("letter/", letter, name="letter"),
    # Thought records (issue 5).
    path("thoughts/", thoughts.thought_list, name="thought_list"),
    path("thoughts/new/", thoughts.thought_new, name="thought_new"),
    path("thoughts/<int:pk>/", thoughts.thought_detail, name="thought"),
    path("thoughts/<int:pk>/step/<slug:step>/", thoughts.thought_step, name="thought_step"),
    path("thoughts/<int:pk>/edit/", thoughts.thought_edit, name="thought_edit"),
    path("thoughts/<int:pk>/delete/", thoughts.thought_delete, name="thought_delete"),
    path("thoughts/<int:pk>/suggest/", thoughts.thought_suggest, name="thought_suggest"),
    path("thoughts/<int:pk>/trap/", thoughts.thought_trap, name="thought_trap"),
    path("thoughts/<int:pk>/evidence/", thoughts.thought_evidence, name="thought_evidence"),
]
