import datetime, openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

# Several sheets: an empty cover, a hidden sheet, the data under a title row, notes.
wb = openpyxl.Workbook()
cover = wb.active
cover.title = "Kapak"
hidden = wb.create_sheet("Gizli")
hidden["A1"] = "case_id"
hidden.sheet_state = "hidden"
data = wb.create_sheet("Kayıtlar")
data["A1"] = "Şikâyet kayıtları, Mart 2024"          # a title above the header
data.append([])
data.append(["case_id", "unit", "timestamp", "channel", "closed", "minutes"])
data.append(["c1", CellRichText([TextBlock(InlineFont(b=True), "Çağrı"), " Merkezi"]), datetime.datetime(2024, 3, 5, 9, 0, 7), "telefon", True, 12])
data.append(["c1", "Şikayet Yönetimi", datetime.datetime(2024, 3, 5, 9, 10, 42), None, False, 7.25])   # empty cell inside the row
data.append([1002, "Kredi Kartları", datetime.datetime(2024, 3, 5, 23, 59, 59), "web", True, 3])
data.append(["c3", "Çağrı Merkezi", "not a time", "web", False, 1])
notes = wb.create_sheet("Notlar")
notes["A1"] = "Kaynak: CRM"
wb.save("features.xlsx")

# The 1904 date system (old Mac workbooks).
wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.title = "Log"
ws.append(["case_id", "unit", "timestamp"])
ws.append(["c1", "A", datetime.datetime(2024, 3, 5, 9, 0, 7)])
ws.append(["c1", "B", datetime.datetime(2024, 3, 5, 9, 30, 0)])
wb.save("dates1904.xlsx")
