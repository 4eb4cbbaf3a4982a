from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("dang-nhap/", auth_views.LoginView.as_view(), name="login"),
    path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
    path("documents/", include("chidao.documents.urls")),
    path("tasks/", include("chidao.tasks.urls")),
    path("digests/", include("chidao.digests.urls")),
    path("api/", include("chidao.api.urls")),
    path("", include("chidao.portal.urls")),
]
