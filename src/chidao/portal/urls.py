from django.urls import path

from chidao.portal import views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("van-ban/", views.documents, name="documents"),
    path("van-ban/<uuid:uid>/", views.document, name="document"),
    path("danh-gia/<uuid:uid>/", views.rate, name="rate"),
    path("du-lieu-mo/", views.open_data, name="open_data"),
    path("du-lieu-mo/van-ban.jsonl", views.open_data_jsonl, name="open_data_jsonl"),
    path("du-lieu-mo/van-ban.csv", views.open_data_csv, name="open_data_csv"),
]
