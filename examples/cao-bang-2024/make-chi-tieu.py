#!/usr/bin/env python3
"""Regenerates examples/cao-bang-2024/chi-tieu.xlsx (SAMPLE DATA) reproducibly.

The targets are seed 002 §2 (Cao Bằng, 2024). The units are Cao Bằng's 56 commune-level units
after 1 July 2025 (3 phường + 53 xã, names as recalled from NQ 1657/NQ-UBTVQH15 — check them
against the official list before real use), grouped by the former district they came from, plus
5 provincial "đơn vị trực thuộc". Codes are invented (not mã ĐVHC). The split of each total among
the units is INVENTED: deterministic weights, largest-remainder rounding, so every sum target adds
up exactly. The signers' names (column ho_ten of the don_vi sheet, which `reportgen clone` reads)
are INVENTED too, from common Tày, Nùng and Kinh family names, so the units' plans can be
cloned and rendered as they are. Run from the repository root:

    python3 examples/cao-bang-2024/make-chi-tieu.py

It writes the data as YAML into a temporary copy of the plan and lets
`reportgen new-data --from` turn it into the workbook (the same layout users fill in by hand).
"""
import os, re, subprocess, sys, tempfile, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

GROUPS = [
    ("Thành phố Cao Bằng (cũ)", ["Phường Thục Phán", "Phường Nùng Trí Cao", "Phường Tân Giang"]),
    ("Huyện Bảo Lâm (cũ)", ["Xã Quảng Lâm", "Xã Nam Quang", "Xã Lý Bôn", "Xã Bảo Lâm", "Xã Yên Thổ"]),
    ("Huyện Bảo Lạc (cũ)", ["Xã Sơn Lộ", "Xã Hưng Đạo", "Xã Bảo Lạc", "Xã Cốc Pàng", "Xã Cô Ba", "Xã Khánh Xuân", "Xã Xuân Trường", "Xã Huy Giáp"]),
    ("Huyện Nguyên Bình (cũ)", ["Xã Ca Thành", "Xã Phan Thanh", "Xã Thành Công", "Xã Tĩnh Túc", "Xã Tam Kim", "Xã Nguyên Bình", "Xã Minh Tâm"]),
    ("Huyện Hà Quảng (cũ)", ["Xã Thanh Long", "Xã Cần Yên", "Xã Thông Nông", "Xã Trường Hà", "Xã Hà Quảng", "Xã Lũng Nặm", "Xã Tổng Cọt"]),
    ("Huyện Hòa An (cũ)", ["Xã Nam Tuấn", "Xã Hòa An", "Xã Bạch Đằng", "Xã Nguyễn Huệ"]),
    ("Huyện Thạch An (cũ)", ["Xã Canh Tân", "Xã Kim Đồng", "Xã Minh Khai", "Xã Thạch An", "Xã Đông Khê", "Xã Đức Long"]),
    ("Huyện Quảng Hòa (cũ)", ["Xã Phục Hòa", "Xã Bế Văn Đàn", "Xã Độc Lập", "Xã Quảng Uyên", "Xã Hạnh Phúc"]),
    ("Huyện Trùng Khánh (cũ)", ["Xã Quang Hán", "Xã Trà Lĩnh", "Xã Quang Trung", "Xã Đoài Dương", "Xã Trùng Khánh", "Xã Đàm Thủy", "Xã Đình Phong"]),
    ("Huyện Hạ Lang (cũ)", ["Xã Lý Quốc", "Xã Hạ Lang", "Xã Vinh Quý", "Xã Quang Long"]),
    ("Đơn vị trực thuộc", ["Hội Phụ nữ Công an tỉnh", "Hội Phụ nữ Bộ Chỉ huy Quân sự tỉnh", "Hội Phụ nữ Bộ đội Biên phòng tỉnh",
                            "Hội Phụ nữ Khối các cơ quan tỉnh", "Hội Phụ nữ Khối doanh nghiệp tỉnh"]),
]

def weight(name, salt, lo, hi):
    """A fixed pseudo-random weight per unit (no RNG state: the same name always gives the same weight)."""
    h = 0
    for ch in name + salt:
        h = (h * 131 + ord(ch)) % 1000003
    return lo + h % (hi - lo + 1)

def split(total, weights):
    """Largest remainder: integer shares proportional to weights that add up to total exactly."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    shares = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - shares[i]), i))
    for i in order[: total - sum(shares)]:
        shares[i] += 1
    return shares

units = []  # (code, name, level, group)
n = 0
for group, names in GROUPS:
    for name in names:
        if group == "Đơn vị trực thuộc":
            units.append((f"TT{len([u for u in units if u[0].startswith('TT')]) + 1:02d}", name, "đơn vị trực thuộc", group))
        else:
            n += 1
            level = "phường" if name.startswith("Phường") else "xã"
            units.append((f"X{n:02d}", name, level, group))
communes = [u for u in units if u[2] in ("xã", "phường")]
assert len(communes) == 56 and len(units) == 61

def alloc(total, pool, salt, lo, hi):
    return dict(zip([u[0] for u in pool], split(total, [weight(u[1], salt, lo, hi) for u in pool])))

rural = [u for u in communes if u[2] == "xã"]
targets = [
    dict(ma="thoat_ngheo", nhom="Kinh tế, giảm nghèo", noi_dung="Hộ có phụ nữ thoát nghèo", don_vi_tinh="hộ", chi_tieu="161",
         ghi_chu="Ít nhất", phan_bo=alloc(161, rural, "ngheo", 1, 6)),
    dict(ma="thoat_can_ngheo", nhom="Kinh tế, giảm nghèo", noi_dung="Hộ có phụ nữ thoát cận nghèo", don_vi_tinh="hộ", chi_tieu="161",
         ghi_chu="Ít nhất", phan_bo=alloc(161, communes, "can", 1, 5)),
    dict(ma="htx_moi", nhom="Kinh tế, giảm nghèo", noi_dung="HTX thành lập mới có phụ nữ tham gia quản lý", don_vi_tinh="HTX", chi_tieu="2",
         phan_bo={"X01": 1, "X44": 1}),
    dict(ma="hoi_vien_moi", nhom="Xây dựng tổ chức Hội", noi_dung="Hội viên tăng thêm", don_vi_tinh="hội viên", chi_tieu="1300",
         phan_bo=alloc(1300, units, "hoivien", 10, 40)),
    dict(ma="ket_nap_dang", nhom="Xây dựng tổ chức Hội", noi_dung="Hội viên ưu tú giới thiệu cho Đảng xem xét, kết nạp", don_vi_tinh="hội viên",
         chi_tieu="500", ghi_chu="Ít nhất", phan_bo=alloc(500, units, "dang", 4, 14)),
    dict(ma="chi_hoi_truong", nhom="Xây dựng tổ chức Hội", noi_dung="Chi hội trưởng được tập huấn nghiệp vụ công tác Hội", don_vi_tinh="%",
         chi_tieu="60%", tong_hop="rate", phan_bo={u[0]: f"{weight(u[1], 'tap', 55, 75)}%" for u in communes}),
    dict(ma="loai_hinh", nhom="Xây dựng tổ chức Hội", noi_dung="Loại hình hoạt động duy trì thường xuyên ở mỗi cơ sở Hội", don_vi_tinh="loại hình",
         chi_tieu="ít nhất 01", tong_hop="norm"),
]

def q(s):
    return '"' + str(s).replace('\\', '\\\\').replace('"', '\\"') + '"'

lines = ["don_vi:"]
for code, name, level, group in units:
    lines.append(f"  - {{ ma: {code}, ten: {q(name)}, cap: {q(level)}, nhom: {q(group)} }}")
lines.append("chi_tieu:")
for t in targets:
    lines.append(f"  - ma: {t['ma']}")
    for k in ("nhom", "noi_dung", "don_vi_tinh", "chi_tieu", "tong_hop", "ghi_chu"):
        if k in t:
            lines.append(f"    {k}: {q(t[k])}")
    if "phan_bo" in t:
        lines.append("    phan_bo: { " + ", ".join(f"{k}: {q(v)}" for k, v in t["phan_bo"].items()) + " }")

plan = open(os.path.join(HERE, "ke-hoach.yaml"), encoding="utf-8").read()
# Drop the plan's own chi_tieu/phu_luc lines: the temporary copy carries the data inline instead.
kept = []
skip = False
for line in plan.splitlines():
    if line.startswith(("chi_tieu:", "phu_luc:", "don_vi:")):
        skip = True
        continue
    if skip and (line.startswith(" ") or line == ""):
        continue
    skip = False
    kept.append(line)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "ke-hoach.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(kept) + "\n" + "\n".join(lines) + "\n")
    cmd = ["dotnet", "run", "--project", os.path.join(ROOT, "src", "reportgen"), "--",
           "new-data", os.path.join(HERE, "chi-tieu.xlsx"), "--from", path, "--force"]
    code = subprocess.call(cmd)
    if code:
        sys.exit(code)

# new-data leaves the clone columns of the don_vi sheet empty (a plan has no signers to give);
# fill ho_ten with SAMPLE names so `reportgen clone` can make plans that are ready to sign.
FAMILY = ["Nông", "Hoàng", "Lương", "Bế", "Đàm", "Nguyễn", "Lý", "Triệu", "Lục", "Hà", "Vi", "Đinh", "Mã", "Dương"]
GIVEN = ["Thị Hoa", "Thị Lan", "Thị Mai", "Thị Huệ", "Thị Thu", "Thị Hương", "Thị Hạnh", "Thị Nga", "Thị Thảo",
         "Thị Yến", "Thị Liên", "Thị Dung", "Thị Hằng", "Thị Phượng", "Thị Quyên", "Thị Thúy", "Thu Trang", "Hồng Nhung"]
signers = {code: f"{FAMILY[weight(name, 'ho', 0, len(FAMILY) - 1)]} {GIVEN[weight(name, 'ten', 0, len(GIVEN) - 1)]}"
           for code, name, _, _ in units}

def column_letter(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s

book = os.path.join(HERE, "chi-tieu.xlsx")
with zipfile.ZipFile(book) as z:
    parts = [(i, z.read(i.filename)) for i in z.infolist()]
workbook = next(d for i, d in parts if i.filename == "xl/workbook.xml").decode()
rels = next(d for i, d in parts if i.filename == "xl/_rels/workbook.xml.rels").decode()
rid = re.search(r'name="don_vi"[^>]*r:id="(rId\d+)"', workbook).group(1)
rel = next(r for r in re.findall(r"<Relationship [^>]*>", rels) if 'Id="%s"' % rid in r)
sheet_path = "xl/" + re.search(r'Target="/?(?:xl/)?([^"]+)"', rel).group(1)
strings = re.findall(r"<x:si>(.*?)</x:si>", next(d for i, d in parts if i.filename == "xl/sharedStrings.xml").decode(), re.S)
strings = [re.sub(r"<[^>]+>", "", s) for s in strings]

def fill(xml):
    header = re.search(r'<x:row r="1"[^>]*>(.*?)</x:row>', xml, re.S).group(1)
    names = [strings[int(v)] for v in re.findall(r"<x:v>(\d+)</x:v>", header)]
    col = column_letter(names.index("ho_ten") + 1)
    codes = {}
    for r, cells in re.findall(r'<x:row r="(\d+)"[^>]*>(.*?)</x:row>', xml, re.S):
        first = re.search(r'<x:c r="A%s"[^>]*><x:v>(\d+)</x:v>' % r, cells)
        if r != "1" and first:
            codes[r] = strings[int(first.group(1))]
    def row(m):
        r = m.group(1)
        if r not in codes:
            return m.group(0)
        cell = '<x:c r="%s%s" s="1" t="inlineStr"><x:is><x:t>%s</x:t></x:is></x:c>' % (col, r, escape(signers[codes[r]]))
        return m.group(0).replace("</x:row>", cell + "</x:row>")
    return re.sub(r'<x:row r="(\d+)"[^>]*>.*?</x:row>', row, xml, flags=re.S)

with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as z:
    for info, data in parts:
        if info.filename == sheet_path:
            data = fill(data.decode()).encode()
        z.writestr(info, data)
