from django.urls import path

from nextyes.accounts.views import account, auth, buddy, people

app_name = "accounts"
urlpatterns = [
    path("signup/", auth.signup, name="signup"),
    path("login/", auth.SignInView.as_view(), name="login"),
    path("logout/", auth.sign_out, name="logout"),
    path("profile/", auth.profile, name="profile"),
    path("password/", account.ChangePasswordView.as_view(), name="password_change"),
    path("delete/", account.delete, name="delete"),
    path("people/", people.people, name="people"),
    path("people/invitations/<int:pk>/revoke/", people.revoke, name="invitation_revoke"),
    path("buddy/", buddy.buddy_page, name="buddy"),
    path("buddy/invite/", buddy.invite, name="buddy_invite"),
    path("buddy/<int:pk>/stop/", buddy.revoke, name="buddy_revoke"),
    path("buddy/<int:pk>/resume/", buddy.resume, name="buddy_resume"),
    path("buddy/shared-with-me/", buddy.shared_with_me, name="buddy_shared"),
]
