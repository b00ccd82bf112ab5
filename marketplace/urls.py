from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("accounts/", include("accounts.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("moderation/", include("moderation.urls")),
    path("", include("listings.urls")),
]
if settings.SERVE_MEDIA:
    # Development and tests only; production serves MEDIA_ROOT from the web server.
    def serve_media(request, path):
        return serve(request, path, document_root=settings.MEDIA_ROOT)  # read per request: tests move it

    urlpatterns.append(re_path(r"^media/(?P<path>.*)$", serve_media))
