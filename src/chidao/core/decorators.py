"""View decorators for the role checks in `chidao.core.access`: anonymous users go to the login page,
logged-in users without the role get 403."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from chidao.core import access


def _requires(check):
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not check(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return login_required(wrapped)

    return decorator


office_editor_required = _requires(access.is_office)
leader_or_office_required = _requires(access.reads_all)
leader_required = _requires(access.can_approve)
