from django.urls import path

from nextyes.momentum.views import actions, calendar, goals, points

# The Today page at "/" (momentum:today) lives in nextyes.home, which adds it to this namespace.
app_name = "momentum"
urlpatterns = [
    path("goals/", goals.goal_list, name="goal_list"),
    path("goals/new/", goals.goal_new, name="goal_new"),
    path("goals/<int:pk>/edit/", goals.goal_edit, name="goal_edit"),
    path("goals/<int:pk>/delete/", goals.goal_delete, name="goal_delete"),
    path("goals/<int:pk>/log/", goals.goal_log, name="goal_log"),
    path("goal-entries/<int:pk>/delete/", goals.entry_delete, name="entry_delete"),
    path("points/", points.points, name="points"),
    path("rewards/new/", points.reward_new, name="reward_new"),
    path("rewards/<int:pk>/edit/", points.reward_edit, name="reward_edit"),
    path("rewards/<int:pk>/delete/", points.reward_delete, name="reward_delete"),
    path("rewards/<int:pk>/redeem/", points.reward_redeem, name="reward_redeem"),
    path("breaks/", actions.break_list, name="break_list"),
    path("breaks/new/", actions.break_new, name="break_new"),
    path("breaks/<int:pk>/end/", actions.break_end, name="break_end"),
    path("breaks/<int:pk>/delete/", actions.break_delete, name="break_delete"),
    path("actions/new/", actions.action_new, name="action_new"),
    path("actions/<int:pk>/done/", actions.action_done, name="action_done"),
    path("actions/<int:pk>/delete/", actions.action_delete, name="action_delete"),
    # The secret is the only key: calendar apps fetch this without signing in.
    path("calendar/<str:token>.ics", calendar.calendar_feed, name="calendar_feed"),
    path("calendar/new-link/", calendar.calendar_rotate, name="calendar_rotate"),
]
