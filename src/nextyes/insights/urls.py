from django.urls import path

from nextyes.insights.views import buddy, pages, review

app_name = "insights"
urlpatterns = [
    path("insights/", pages.insights, name="index"),
    path("insights/settings/", pages.insight_settings, name="settings"),
    path("insights/ghosted/", pages.mark_ghosted, name="mark_ghosted"),
    path("insights/themes/", pages.themes, name="themes"),
    path("insights/fatigue/dismiss/", pages.dismiss_fatigue, name="dismiss_fatigue"),
    path("review/", review.review, name="review"),
    path("review/share/", review.review_share, name="review_share"),
    # What an accountability buddy sees: by secret link, or signed in as the buddy's account.
    path("buddy/from/<int:pk>/", buddy.buddy_account, name="buddy_account"),
    path("buddy/<str:token>/", buddy.buddy_link, name="buddy_link"),
]
