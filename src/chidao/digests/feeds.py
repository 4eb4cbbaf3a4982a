"""RSS and Atom feeds of the published digests."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from chidao.digests.draft import from_digest
from chidao.digests.models import Digest

FEED_SIZE = 20


class DigestRssFeed(Feed):
    title = _("Chỉ đạo, điều hành nổi bật của UBND tỉnh")
    description = _("Bản tin hằng tuần của Văn phòng UBND tỉnh.")

    def link(self):
        return reverse("digests:feed_rss")

    def items(self):
        return Digest.objects.published().order_by("-published_at", "-id").prefetch_related("sections")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return from_digest(item).lead

    def item_link(self, item):
        return reverse("digests:public", args=[item.uid])

    def item_guid(self, item):
        return f"urn:uuid:{item.uid}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at


class DigestAtomFeed(DigestRssFeed):
    feed_type = Atom1Feed
    subtitle = DigestRssFeed.description

    def link(self):
        return reverse("digests:feed_atom")
