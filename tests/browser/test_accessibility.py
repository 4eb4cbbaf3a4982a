"""Public pages pass axe-core's WCAG 2.1 A/AA rules in a real browser."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")
RUN_AXE = """async () => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}});
  return result.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))}));
}"""


def axe_violations(page, url):
    page.goto(url)
    page.add_script_tag(content=AXE)
    return page.evaluate(RUN_AXE)


@pytest.fixture
def demo_site(live_server, transactional_db):
    from chidao.demo.builder import build_demo

    build_demo("mat-khau-demo")
    return live_server.url


PUBLIC_PATHS = ["/", "/van-ban/", "/van-ban/?q=tet", "/du-lieu-mo/", "/dang-nhap/"]


def test_public_pages_have_no_accessibility_violations(page, demo_site):
    # One demo build serves every page: building it is most of the cost of a browser test.
    from chidao.documents.models import Document

    paths = PUBLIC_PATHS + [Document.objects.published().first().get_absolute_url()]
    violations = {path: axe_violations(page, demo_site + path) for path in paths}
    assert violations == {path: [] for path in paths}


def test_office_editor_signs_in_and_the_intake_page_is_accessible(page, demo_site):
    page.goto(demo_site + "/dang-nhap/")
    page.fill("input[name=username]", "vanphong")
    page.fill("input[name=password]", "mat-khau-demo")
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    for path in ["/documents/new/", "/documents/", "/tasks/", "/tasks/dashboard/"]:
        page.goto(demo_site + path)
        assert page.locator("h1").count() == 1, path
        assert axe_violations(page, demo_site + path) == [], path
