#!/usr/bin/env python3
"""Write a realistic, messy HR export for trying `siloscope import orgchart` by hand.

Like what Excel on Turkish Windows saves: ';' delimiter, CRLF, Windows-1254 without a
byte-order mark (or UTF-16LE with tabs, or UTF-8), Turkish headers, trailing empty
columns, quoted values with ';', doubled quotes and line breaks, and a sprinkling of
every anomaly the importer reports (duplicate ids, unknown managers, a manager cycle,
extra people without a manager, people without a department, blank rows, department
spelling variants, a shifted row).

    scripts/make-hr-export.py --employees 5000 --encoding cp1254 -o employees.csv
"""
import argparse
import random

FIRST = ["Ayşe", "Mehmet", "Fatma", "Mustafa", "Emine", "Ahmet", "Hatice", "Ali", "Zeynep", "Hüseyin",
         "Elif", "İbrahim", "Şule", "Ömer", "Gülşen", "Çağla", "Ümit", "Işıl", "Doğan", "Özge"]
LAST = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir", "Arslan",
        "Doğan", "Kılıç", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek"]
AREAS = ["Satış", "Pazarlama", "Bilgi Teknolojileri", "Çağrı Merkezi", "Operasyon", "Finans", "Hukuk",
         "İnsan Kaynakları", "Müşteri Hizmetleri", "Ürün Yönetimi", "Veri Analitiği", "Şube Ağı"]
CITIES = ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"]
TITLES = ["Uzman", "Kıdemli Uzman", "Müdür Yardımcısı", "Yönetmen", "Temsilci"]


def quote(value, delimiter):
    if any(c in value for c in (delimiter, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--employees", type=int, default=2000)
    parser.add_argument("--encoding", choices=["cp1254", "utf-16", "utf-8", "utf-8-sig"], default="cp1254")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--clean", action="store_true", help="no anomalies")
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    delimiter = "\t" if args.encoding == "utf-16" else ";"
    departments = ["Genel Müdürlük"] + [f"{AREAS[i % len(AREAS)]} {i // len(AREAS) + 1}. Bölge" for i in range(max(1, args.employees // 60))]
    heads = {}
    rows = []
    for i in range(args.employees):
        d = i if i < len(departments) else rng.randrange(len(departments))
        sid = str(10000 + i)
        if i < len(departments):
            heads[d] = sid
            manager = "" if d == 0 else heads[(d - 1) // 4]
            title = "Genel Müdür" if d == 0 else "Müdür"
        else:
            manager = heads[d]
            title = rng.choice(TITLES)
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        dept = departments[d]
        if not args.clean:
            if rng.random() < 0.01:
                dept = dept.upper() if rng.random() < 0.5 else dept.replace("ş", "s").replace("ı", "i")
            if rng.random() < 0.003:
                dept = ""
            if rng.random() < 0.003 and i >= len(departments):
                manager = str(90000 + rng.randrange(50))
            if rng.random() < 0.01:
                name = f'{name} ""{rng.choice(FIRST)}""'.replace('""', '"')
            if rng.random() < 0.005:
                title = f"{title}\nSatış; Pazarlama"
        rows.append([sid, name, title, dept, manager, rng.choice(CITIES), f"MM-{d:04d}", f"p{i}@ornek.com.tr"])
    if not args.clean and len(rows) > 20:
        rows.append(list(rows[5]))                      # duplicate id
        rows.append(["", "Kimliksiz Kişi", "Uzman", departments[1], heads[0], "Ankara", "", ""])
        a, b = str(10000 + len(rows) + 1), str(10000 + len(rows) + 2)
        rows.append([a, "Döngü A", "Uzman", departments[-1], b, "İzmir", "", ""])   # manager cycle
        rows.append([b, "Döngü B", "Uzman", departments[-1], a, "İzmir", "", ""])
        rows.append([str(10000 + len(rows) + 5), "Danışman", "Danışman", "Yönetim Kurulu", "", "İstanbul", "", ""])
        rows.append([""] * 8)                           # blank row
        rows.append([str(10000 + len(rows) + 7), "Kayık Satır", "Uzman", "Satış", heads[0], "Bursa", "x", "y", "fazla"])
    header = ["Sicil No", "Ad Soyad", "Unvan", "Departman", "Yönetici Sicil", "Lokasyon", "Masraf Merkezi", "E-posta"]
    lines = [delimiter.join(header + ["", ""])]
    lines += [delimiter.join([quote(v, delimiter) for v in row] + ["", ""]) for row in rows]
    text = "\r\n".join(lines) + "\r\n"
    encoding = {"cp1254": "cp1254", "utf-16": "utf-16", "utf-8": "utf-8", "utf-8-sig": "utf-8-sig"}[args.encoding]
    with open(args.output, "wb") as out:
        out.write(text.encode(encoding))
    print(f"{args.output}: {len(rows)} rows, {len(departments)} departments, {args.encoding}, delimiter {'tab' if delimiter == chr(9) else delimiter}")


if __name__ == "__main__":
    main()
