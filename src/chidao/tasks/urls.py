from django.urls import path

from chidao.tasks import views

app_name = "tasks"
urlpatterns = [
    path("", views.task_list, name="list"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard.csv", views.dashboard_csv, name="dashboard_csv"),
    path("<int:pk>/", views.task_detail, name="detail"),
    path("<int:pk>/report/", views.report_create, name="report"),
    path("<int:pk>/extension/", views.extension_create, name="extension"),
    path("<int:pk>/edit/", views.task_edit, name="edit"),
    path("<int:pk>/reassign/", views.task_reassign, name="reassign"),
    path("extensions/<int:pk>/decide/", views.extension_decide, name="extension_decide"),
]
