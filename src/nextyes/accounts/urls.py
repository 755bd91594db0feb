from django.urls import path

from nextyes.accounts import views, views_account, views_buddy, views_group

app_name = "accounts"
urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("login/", views.SignInView.as_view(), name="login"),
    path("logout/", views.sign_out, name="logout"),
    path("profile/", views.profile, name="profile"),
    path("password/", views_account.ChangePasswordView.as_view(), name="password_change"),
    path("delete/", views_account.delete, name="delete"),
    path("people/", views_group.people, name="people"),
    path("people/invitations/<int:pk>/revoke/", views_group.revoke, name="invitation_revoke"),
    path("buddy/", views_buddy.buddy_page, name="buddy"),
    path("buddy/invite/", views_buddy.invite, name="buddy_invite"),
    path("buddy/<int:pk>/stop/", views_buddy.revoke, name="buddy_revoke"),
    path("buddy/<int:pk>/resume/", views_buddy.resume, name="buddy_resume"),
    path("buddy/shared-with-me/", views_buddy.shared_with_me, name="buddy_shared"),
]
