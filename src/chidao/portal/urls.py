from django.urls import path

from chidao.portal import views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("van-ban/<uuid:uid>/", views.document, name="document"),
]
