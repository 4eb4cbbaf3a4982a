"""Documents of a week, built the way intake saves them (facts only: codes, dates, agencies, titles)."""

import datetime

from chidao.documents.models import Document, DocumentStatus


def make_document(code, issued_on, subject, doc_type="Công văn", highlight=True, body="", **fields):
    number, _, symbol = code.partition("/")
    return Document.objects.create(
        doc_type=doc_type, code=code, number=int(number.split("-")[0]) if number[:1].isdigit() else None,
        symbol=symbol, issued_on=issued_on, issuer_name=fields.pop("issuer_name", "UBND tỉnh Lạng Sơn"),
        subject=subject, body=body, highlight=highlight, status=fields.pop("status", DocumentStatus.PUBLISHED),
        **fields)


def week_of_new_year_2024():
    """Three highlighted documents of the week 01–07/01/2024, entered out of date order, and one that is not."""
    d = datetime.date
    return [
        make_document("03/CT-UBND", d(2024, 1, 5), "Về việc tăng cường các biện pháp bảo đảm đón Tết Nguyên đán "
                      "Giáp Thìn 2024", doc_type="Chỉ thị"),
        make_document("01/KH-UBND", d(2024, 1, 2), "Tổ chức phát động ủng hộ Quỹ Nhân đạo, Phong trào \"Tết Nhân ái\" "
                      "Xuân Giáp Thìn năm 2024", doc_type="Kế hoạch"),
        make_document("13/UBND-KGVX", d(2024, 1, 3), "V/v thực hiện các biện pháp bảo vệ sức khỏe người dân trước "
                      "ảnh hưởng của rét đậm, rét hại"),
        make_document("20/UBND-KT", d(2024, 1, 4), "Về việc báo cáo định kỳ", highlight=False),
    ]
