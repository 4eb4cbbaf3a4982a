"""Citizens' ratings of published pages (one vote per visitor and page)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Rating(models.Model):
    page_uid = models.UUIDField(_("trang"), db_index=True, help_text=_("uid của văn bản hoặc bản tin được đánh giá."))
    score = models.PositiveSmallIntegerField(_("điểm"), validators=[MinValueValidator(1), MaxValueValidator(5)])
    # A salted hash of the session key: enough to refuse a second vote, never who voted.
    voter = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("đánh giá")
        verbose_name_plural = _("đánh giá")
        constraints = [models.UniqueConstraint(fields=["page_uid", "voter"], name="rating_one_vote_per_visitor")]
