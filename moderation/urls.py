from django.urls import path

from . import views

app_name = "moderation"
urlpatterns = [
    path("check/", views.live_check, name="live_check"),
    path("report/<int:pk>/", views.report_listing, name="report"),
    path("notices/", views.notices, name="notices"),
]
