// Registration files as people export them from spreadsheets and forms: encodings
// nobody chose, headers the form wrote, dates in the sheet's locale (issue 13).
import PlenaryFormats

let readAsWindows1252 =
    "0:0 warning: the file is not UTF-8 and has no byte-order mark: read as Windows-1252 — check the accents; pass "
    + "--encoding cp1252 (or encoding = \"windows-1252\" in the plan) to say so, or save the sheet as CSV UTF-8"

let spreadsheetCorpus: [RegistrationFixture] = [
    .init(
        "Windows-1252 read without being told, with one warning",
        bytes: cp1252(
            "Reçu le;Segment;Délégation\r\n02/12/2023 10:20;II;Côte d’Ivoire\r\n28/11/2023 08:05;II;Türkiye\r\n"
                + "01/12/2023 10:20;II;São Tomé-et-Príncipe\r\n"),
        .init(
            accepted: ["II Türkiye", "II São Tomé-et-Príncipe", "II Côte d’Ivoire"], rows: 3,
            diagnostics: [readAsWindows1252])),
    .init(
        "neither UTF-8 nor Windows-1252: one error at the first byte in neither (an Á in UTF-8 holds 0x81)",
        bytes: Array("Reçu;Segment;Délégation\n02/12/2023 10:20;II;A".utf8) + [0xC3, 0x81, 0xF4, 0x8D]
            + Array("B\n".utf8),
        .init(
            rows: 0,
            diagnostics: [
                "2:25 error: the file is neither UTF-8 nor Windows-1252: byte 0x8D is in neither — re-save as CSV "
                    + "UTF-8, or pass --encoding with the file's encoding"
            ])),
    .init(
        "a binary file: one error at its first NUL",
        bytes: Array("received,segment\n\u{1}\u{2}x".utf8) + [0, 0xFF, 0xFE, 0x81],
        .init(
            rows: 0,
            diagnostics: [
                "2:4 error: the file is not text: it holds a NUL byte — give the CSV export of "
                    + "the registration sheet"
            ])),
    .init(
        "an Excel workbook instead of its CSV",
        bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array("[Content_Types].xml".utf8),
        .init(
            rows: 0,
            diagnostics: [
                "0:0 error: the file is a spreadsheet workbook (.xlsx, .ods or .xls), not CSV — in the spreadsheet, "
                    + "save as CSV (UTF-8, or \"CSV (séparateur : point-virgule)\") and give that file"
            ])),
    .init(
        "Google Forms from a US sheet: Timestamp, Email Address, month first",
        "Timestamp,Email Address,Delegation,Segment\n12/1/2023 9:47:31,a@b.org,Senegal,I\n"
            + "11/28/2023 8:05:00,c@d.org,Argentina,I\n12/5/2023 17:30:36,,Ukraine,I\n12/2/2023 10:20:44,,Peru,I\n",
        .init(accepted: ["I Argentina", "I Senegal", "I Peru", "I Ukraine"], rows: 4)),
    .init(
        "Google Forms in French: Horodateur, Adresse e-mail, day first with seconds",
        "Horodateur,Adresse e-mail,Délégation,Segment,Nom\n05/12/2023 09:47:31,a@b.org,Sénégal,I,Ministre\n"
            + "28/11/2023 08:05:00,c@d.org,Argentine,I,Ambassadeur\n",
        .init(accepted: ["I Argentine (Ambassadeur)", "I Sénégal (Ministre)"], rows: 2)),
    .init(
        "twelve-hour times",
        "received,segment,delegation\n11/28/2023 2:30 PM,I,Chad\n11/28/2023 8:05:00 AM,I,Peru\n"
            + "11/28/2023 12:10 PM,I,Fiji\n11/28/2023 13:10 PM,I,Mali\n",
        .init(
            accepted: ["I Peru", "I Fiji", "I Chad"], rejected: [5], rows: 4,
            diagnostics: [
                "5:1 error: there is no such time of day — hours run 0–23 (1–12 before AM or PM), minutes 0–59"
            ])),
    .init(
        "month first told by the convention",
        "received,segment,delegation\n12/05/2023 10:00,I,Chad\n05/12/2023 10:00,I,Peru\n", dateOrder: .monthFirst,
        .init(accepted: ["I Peru", "I Chad"], rows: 2)),
    .init(
        "day first told by the convention: no warning",
        "received,segment,delegation\n12/05/2023 10:00,I,Chad\n05/12/2023 10:00,I,Peru\n", dateOrder: .dayFirst,
        .init(accepted: ["I Chad", "I Peru"], rows: 2)),
    .init(
        "the file's own dates win over the convention",
        "received,segment,delegation\n28/11/2023 10:00,I,Chad\n05/11/2023 10:00,I,Peru\n", dateOrder: .monthFirst,
        .init(accepted: ["I Peru", "I Chad"], rows: 2)),
    .init(
        "day first and month first in one column: an error naming both",
        "received,segment,delegation\n28/11/2023 10:00,I,Chad\n11/29/2023 10:00,I,Peru\n30/11/2023 10:00,I,Fiji\n",
        .init(
            accepted: ["I Chad", "I Fiji"], rejected: [3], rows: 3,
            diagnostics: [
                "3:1 error: this date is month-first, but f.csv:2:1 is day-first: one column cannot be both — write "
                    + "every received date the same way, or in ISO form (2023-11-28 08:05)",
                "3:1 error: this date is month-first (MM/DD/YYYY), but this column is read day-first — write "
                    + "2023-12-05 14:32 (ISO) or 05/12/2023 14:32 (day first)",
            ])),
]
