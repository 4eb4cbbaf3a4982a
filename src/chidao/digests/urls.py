from django.urls import path

from chidao.digests import feeds, views

app_name = "digests"
urlpatterns = [
    path("", views.digest_list, name="list"),
    path("tao/", views.digest_create, name="create"),
    path("<int:pk>/", views.digest_edit, name="edit"),
    path("<int:pk>/bo-sung/", views.digest_add_missing, name="add_missing"),
    path("<int:pk>/trang-thai/", views.digest_transition, name="transition"),
    path("<int:pk>/tai-ve/<str:fmt>/", views.digest_export, name="export"),
    path("ban-tin/", views.public_list, name="public_list"),
    path("ban-tin/<uuid:uid>/", views.public_digest, name="public"),
    path("feed/rss/", feeds.DigestRssFeed(), name="feed_rss"),
    path("feed/atom/", feeds.DigestAtomFeed(), name="feed_atom"),
]
