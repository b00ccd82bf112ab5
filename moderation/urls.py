from django.urls import path

from . import views

app_name = "moderation"
urlpatterns = [path("check/", views.live_check, name="live_check")]
