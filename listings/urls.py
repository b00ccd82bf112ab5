from django.urls import path

from . import views

app_name = "listings"
urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("c/<slug:category_slug>/", views.search, name="category"),
    path("ad/<int:pk>/", views.detail, name="detail"),
    path("ad/<int:pk>/contact/", views.reveal_contact, name="contact"),
    path("ad/<int:pk>/edit/", views.edit, name="edit"),
    path("ad/<int:pk>/delete/", views.delete, name="delete"),
    path("ad/<int:pk>/renew/", views.renew, name="renew"),
    path("post/", views.create, name="create"),
    path("my/", views.my_listings, name="my_listings"),
]
