from django.urls import path

from nextyes.recovery.views import lessons, rituals

app_name = "recovery"
urlpatterns = [
    path("rituals/", rituals.ritual_list, name="ritual_list"),
    path("rituals/<int:pk>/", rituals.ritual_resume, name="ritual"),
    path("rituals/<int:pk>/step/<slug:step>/", rituals.ritual_step, name="ritual_step"),
    path("rituals/<int:pk>/set-aside/", rituals.ritual_set_aside, name="ritual_set_aside"),
    path("rituals/<int:pk>/reopen/", rituals.ritual_reopen, name="ritual_reopen"),
    path("rituals/<int:pk>/later/", rituals.ritual_later, name="ritual_later"),
    path("rituals/<int:pk>/delete/", rituals.ritual_delete, name="ritual_delete"),
    path("lessons/", lessons.lesson_list, name="lesson_list"),
    path("lessons/new/", lessons.lesson_new, name="lesson_new"),
    path("lessons/<int:pk>/edit/", lessons.lesson_edit, name="lesson_edit"),
    path("lessons/<int:pk>/delete/", lessons.lesson_delete, name="lesson_delete"),
    path("feedback/", lessons.feedback_list, name="feedback_list"),
    path("feedback/new/", lessons.feedback_new, name="feedback_new"),
    path("feedback/<int:pk>/edit/", lessons.feedback_edit, name="feedback_edit"),
    path("feedback/<int:pk>/delete/", lessons.feedback_delete, name="feedback_delete"),
    path("feedback/<int:pk>/win/", lessons.feedback_as_win, name="feedback_win"),
    path("help/rejection-is-normal/", lessons.help_typical, name="help_typical"),
]
