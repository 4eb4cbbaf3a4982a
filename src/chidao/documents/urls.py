from django.urls import path

from chidao.documents import views

app_name = "documents"
urlpatterns = [
    path("", views.document_list, name="list"),
    path("new/", views.intake, name="intake"),
    path("new/<str:token>/", views.review, name="review"),
    path("agencies/autocomplete", views.agency_autocomplete, name="agency-autocomplete"),
    path("<uuid:uid>/", views.detail, name="detail"),
    path("<uuid:uid>/edit/", views.edit, name="edit"),
    path("<uuid:uid>/publish/", views.publish, name="publish"),
    path("<uuid:uid>/withdraw/", views.withdraw, name="withdraw"),
]
