"""edXML packages (Thông tư 10/2016/TT-BTTTT): fields, the printed layout, and refusal of unsafe XML."""

import datetime

import pytest

from chidao.text.edxml import EdxmlDocument, read_edxml
from chidao.text.parse import parse_text
from chidao.text.readers import SUPPORTED_SUFFIXES, read_bytes
from chidao.text.types import ChidaoTextError

# A made-up package; element names as in the standard, namespace prefix as one sender writes it.
SAMPLE = """<?xml version="1.0" encoding="UTF-8"?>
<edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">
  <edXML:edXMLHeader>
    <edXML:MessageHeader>
      <edXML:From>
        <edXML:OrganId>000.00.00.H33</edXML:OrganId>
        <edXML:OrganizationInCharge>Ủy ban nhân dân tỉnh Lạng Sơn</edXML:OrganizationInCharge>
        <edXML:OrganName>Ủy ban nhân dân tỉnh Lạng Sơn</edXML:OrganName>
      </edXML:From>
      <edXML:To>
        <edXML:OrganId>000.01.00.H33</edXML:OrganId>
        <edXML:OrganName>Sở Công Thương</edXML:OrganName>
      </edXML:To>
      <edXML:To>
        <edXML:OrganId>000.02.00.H33</edXML:OrganId>
        <edXML:OrganName>Sở Y tế</edXML:OrganName>
      </edXML:To>
      <edXML:DocumentId>H33.00-240115-0003</edXML:DocumentId>
      <edXML:Code>
        <edXML:CodeNumber>03</edXML:CodeNumber>
        <edXML:CodeNotation>CT-UBND</edXML:CodeNotation>
      </edXML:Code>
      <edXML:PromulgationInfo>
        <edXML:Place>Lạng Sơn</edXML:Place>
        <edXML:PromulgationDate>2024-01-15</edXML:PromulgationDate>
      </edXML:PromulgationInfo>
      <edXML:DocumentType>
        <edXML:Type>1</edXML:Type>
        <edXML:TypeName>Chỉ thị</edXML:TypeName>
      </edXML:DocumentType>
      <edXML:Subject>Về thử nghiệm nhận văn bản điện tử qua trục liên thông</edXML:Subject>
      <edXML:Content>Để thử nghiệm việc nhận gói tin, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Sở Công Thương chủ trì kiểm tra đường truyền, hoàn thành trước ngày 31/3/2024.
2. Sở Y tế phối hợp thực hiện.</edXML:Content>
      <edXML:SignerInfo>
        <edXML:Competence>TM. Ủy ban nhân dân</edXML:Competence>
        <edXML:Position>Chủ tịch</edXML:Position>
        <edXML:FullName>Trần Văn Thử</edXML:FullName>
      </edXML:SignerInfo>
      <edXML:ToPlaces>
        <edXML:Place>Sở Công Thương</edXML:Place>
        <edXML:Place>Sở Y tế</edXML:Place>
        <edXML:Place>Lưu: VT</edXML:Place>
      </edXML:ToPlaces>
    </edXML:MessageHeader>
  </edXML:edXMLHeader>
  <edXML:edXMLBody/>
</edXML:edXMLEnvelope>
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<edXMLEnvelope><edXMLHeader><MessageHeader><Subject>&lol4;</Subject></MessageHeader></edXMLHeader></edXMLEnvelope>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE e [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<edXMLEnvelope><edXMLHeader><MessageHeader><Subject>&secret;</Subject></MessageHeader></edXMLHeader></edXMLEnvelope>
"""


def package(**replace: str) -> bytes:
    text = SAMPLE
    for old, new in replace.items():
        text = text.replace(old, new)
    return text.encode("utf-8")


def test_read_edxml_gives_the_header_fields():
    document = read_edxml(package())
    assert document.code == "03/CT-UBND"
    assert (document.code_number, document.code_notation) == ("03", "CT-UBND")
    assert document.issuer == "Ủy ban nhân dân tỉnh Lạng Sơn"
    assert document.place == "Lạng Sơn" and document.issued_on == datetime.date(2024, 1, 15)
    assert (document.type_code, document.type_name) == ("1", "Chỉ thị")
    assert document.subject == "Về thử nghiệm nhận văn bản điện tử qua trục liên thông"
    assert document.content.startswith("Để thử nghiệm") and document.content.count("\n") == 2
    assert (document.signer_competence, document.signer_position, document.signer_name) == (
        "TM. Ủy ban nhân dân", "Chủ tịch", "Trần Văn Thử")
    assert document.recipients == ("Sở Công Thương", "Sở Y tế")
    assert document.to_places == ("Sở Công Thương", "Sở Y tế", "Lưu: VT")


def test_elements_are_matched_by_local_name_whatever_the_namespace():
    plain = SAMPLE.replace("edXML:", "").replace(' xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016"', "")
    default_ns = SAMPLE.replace("edXML:", "").replace("xmlns:edXML=", "xmlns=")
    for text in (plain, default_ns):
        assert read_edxml(text.encode("utf-8")).code == "03/CT-UBND"


@pytest.mark.parametrize("value, expected", [
    ("2024-01-15", datetime.date(2024, 1, 15)),
    ("2024-01-15T08:30:00+07:00", datetime.date(2024, 1, 15)),
    ("15/01/2024", datetime.date(2024, 1, 15)),
    ("2024-02-30", None),
    ("", None),
])
def test_promulgation_date_forms(value, expected):
    assert read_edxml(package(**{"2024-01-15": value})).issued_on == expected


def test_code_notation_holding_the_whole_code_is_kept_as_is():
    document = EdxmlDocument(code_number="03", code_notation="03/CT-UBND")
    assert document.code == "03/CT-UBND"
    assert EdxmlDocument(code_number="", code_notation="QĐ-UBND").code == "QĐ-UBND"


def test_text_rendering_follows_the_printed_layout():
    text = read_edxml(package()).as_text()
    lines = text.splitlines()
    order = ["ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "Số: 03/CT-UBND", "Lạng Sơn, ngày 15 tháng 01 năm 2024", "CHỈ THỊ",
             "VỀ THỬ NGHIỆM NHẬN VĂN BẢN ĐIỆN TỬ QUA TRỤC LIÊN THÔNG", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN",
             "CHỦ TỊCH", "Trần Văn Thử"]
    assert [lines.index(line) for line in order] == sorted(lines.index(line) for line in order)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines


def test_an_official_letter_prints_its_subject_as_v_v_under_the_number():
    text = read_edxml(package(**{"Chỉ thị": "Công văn", "CT-UBND": "UBND-KT",
                                 "Về thử nghiệm": "thử nghiệm"})).as_text()
    assert "V/v thử nghiệm nhận văn bản điện tử qua trục liên thông" in text
    assert "CÔNG VĂN" not in text


def test_parse_text_reads_the_header_of_an_edxml_file():
    record = parse_text(read_bytes(package(), "goi-tin.edxml"), source="goi-tin.edxml")
    document = record["document"]
    assert record["kind"] == "directive"
    assert document["code"] == "03/CT-UBND"
    assert document["type"] == "Chỉ thị"
    assert document["issued_on"] == "2024-01-15"
    assert document["subject"].lower() == "về thử nghiệm nhận văn bản điện tử qua trục liên thông"


def test_readers_accept_xml_and_edxml_files():
    assert ".xml" in SUPPORTED_SUFFIXES and ".edxml" in SUPPORTED_SUFFIXES
    assert read_bytes(package(), "goi-tin.xml") == read_bytes(package(), "GOI-TIN.EDXML")


def test_billion_laughs_is_refused():
    with pytest.raises(ChidaoTextError, match="DTD"):
        read_edxml(BILLION_LAUGHS.encode("utf-8"))
    with pytest.raises(ChidaoTextError):
        read_bytes(BILLION_LAUGHS.encode("utf-8"), "bom.xml")


def test_external_entities_are_refused():
    with pytest.raises(ChidaoTextError, match="thực thể"):
        read_edxml(EXTERNAL_ENTITY.encode("utf-8"))


def test_broken_xml_is_refused_with_a_message():
    with pytest.raises(ChidaoTextError, match="XML bị hỏng"):
        read_edxml(SAMPLE[:400].encode("utf-8"))


def test_xml_that_is_not_edxml_is_refused_with_a_message():
    with pytest.raises(ChidaoTextError, match="edXML"):
        read_bytes(b"<?xml version='1.0'?><rss><channel><title>Tin</title></channel></rss>", "tin.xml")


def test_a_large_package_reads_in_reasonable_time():
    body = "Nội dung thử nghiệm một dòng.\n" * 200_000  # about 6 MB
    document = read_edxml(package(**{"2. Sở Y tế phối hợp thực hiện.": body}))
    assert document.content.count("\n") > 199_000


def test_parse_text_reads_an_official_letter_from_edxml():
    data = package(**{"Chỉ thị": "Công văn", "CT-UBND": "UBND-KT", "Về thử nghiệm": "thử nghiệm"})
    document = parse_text(read_bytes(data, "cong-van.xml"))["document"]
    assert (document["type"], document["code"]) == ("Công văn", "03/UBND-KT")
    assert document["subject"] == "Về việc thử nghiệm nhận văn bản điện tử qua trục liên thông"


def test_an_empty_message_header_is_refused_with_a_message():
    with pytest.raises(ChidaoTextError, match="không có số, ký hiệu"):
        read_edxml(b"<edXMLEnvelope><edXMLHeader><MessageHeader><From/></MessageHeader></edXMLHeader></edXMLEnvelope>")
