// Every case the registration issue names, with the exact rows and diagnostics.
import PlenaryFormats

let header = "received,segment,delegation,speaker\n"
let two = "2023-12-05 14:32,I,Belgium,Ambassador\n05/12/2023 14:31,II,France,Ambassador\n"

let corpus: [RegistrationFixture] = [
    .init(
        "plain LF, ISO and day-first dates", header + two,
        .init(accepted: ["I Belgium (Ambassador)", "II France (Ambassador)"], rows: 2, diagnostics: [undecided(3)])),
    .init(
        "UTF-8 BOM and CRLF",
        bytes: [0xEF, 0xBB, 0xBF] + Array((header + two).replacingOccurrences(of: "\n", with: "\r\n").utf8),
        .init(accepted: ["I Belgium (Ambassador)", "II France (Ambassador)"], rows: 2, diagnostics: [undecided(3)])),
    .init(
        "lone CR line ends", (header + two).replacingOccurrences(of: "\n", with: "\r"),
        .init(accepted: ["I Belgium (Ambassador)", "II France (Ambassador)"], rows: 2, diagnostics: [undecided(3)])),
    .init(
        "semicolons and French headers",
        "Reçu;Segment;Délégation;Orateur;Catégorie\n05/12/2023 14:32;1;Belgique;Ambassadeur, Représentant "
            + "permanent;État partie\n",
        .init(accepted: ["I Belgique (Ambassadeur, Représentant permanent)"], rows: 1, diagnostics: [undecided(2)])),
    .init(
        "tabs", "delegation\treceived\tsegment\nJapan\t2023-12-01 09:00\t2\n",
        .init(accepted: ["II Japan"], rows: 1)),
    .init(
        "Windows-1252 read when asked", bytes: cp1252("reçu;segment;délégation\n02/12/2023 10:20;II;Côte d’Ivoire\n"),
        encoding: .cp1252, .init(accepted: ["II Côte d’Ivoire"], rows: 1, diagnostics: [undecided(2)])),
    .init(
        "Windows-1252 refused when told UTF-8, with the hint",
        bytes: cp1252("received;segment;delegation\n02/12/2023 10:20;II;Côte d'Ivoire\n01/12/2023 10:20;II;Canada\n"),
        encoding: .utf8,
        .init(
            accepted: ["II Canada"], rejected: [2], rows: 2,
            diagnostics: [
                "2:22 error: byte 0xF4 is not valid utf-8 — looks like Windows-1252: re-save as CSV UTF-8 or pass "
                    + "--encoding cp1252",
                undecided(3),
            ])),
    .init(
        "Windows-1252 undefined byte",
        bytes: Array("received;segment;delegation\n02/12/2023 10:20;II;A".utf8) + [0x81] + Array("B\n".utf8),
        encoding: .cp1252,
        .init(
            rejected: [2], rows: 1,
            diagnostics: [
                "2:22 error: byte 0x81 is not valid windows-1252 — this byte is undefined in Windows-1252: the file is "
                    + "in another encoding; re-save as CSV UTF-8"
            ])),
    .init(
        "UTF-16 little-endian with BOM", bytes: utf16(header + two, bigEndian: false),
        .init(accepted: ["I Belgium (Ambassador)", "II France (Ambassador)"], rows: 2, diagnostics: [undecided(3)])),
    .init(
        "UTF-16 big-endian with BOM", bytes: utf16(header + "2023-12-05 14:32,I,日本,大使\n", bigEndian: true),
        .init(accepted: ["I 日本 (大使)"], rows: 1)),
    .init(
        "quoted comma, doubled quotes and a line break",
        header + "2023-12-05 14:32,I,\"Congo, Democratic Republic of the\",\"Minister \"\"of\"\"\nJustice\"\n"
            + "2023-12-05 14:33,I,Chad,\n",
        .init(accepted: ["I Congo, Democratic Republic of the (Minister \"of\" Justice)", "I Chad"], rows: 2)),
    .init(
        "unterminated quote rejects its row only",
        header + "2023-12-05 14:32,I,\"Belgium,Ambassador\n2023-12-05 14:33,I,Chad,\n",
        .init(
            accepted: ["I Chad"], rejected: [2], rows: 2,
            diagnostics: [
                "2:20 error: this quoted field has no closing quote — close the quote; a quote inside a quoted "
                    + "field is "
                    + "written twice (\"\")"
            ])),
    .init(
        "unterminated quote before a later quoted field",
        header + "2023-12-05 14:32,I,\"Belgium,Ambassador\n2023-12-05 14:33,I,\"Chad\",\n",
        .init(
            accepted: ["I Chad"], rejected: [2], rows: 2,
            diagnostics: [
                "2:20 error: this quoted field has no closing quote — close the quote; a quote inside a quoted "
                    + "field is "
                    + "written twice (\"\")"
            ])),
    .init(
        "text after a closing quote", header + "2023-12-05 14:32,I,\"A\"x,\n2023-12-05 14:33,I,Chad,\n",
        .init(
            accepted: ["I Chad"], rejected: [2], rows: 2,
            diagnostics: [
                "2:23 error: text after a closing quote — quote the whole cell and write inner quotes twice: \"A\"\"x\""
            ])),
    .init(
        "ragged rows",
        header + "2023-12-05 14:32,I,Belgium\n2023-12-05 14:33,I,Chad,Ambassador,extra\n"
            + "2023-12-05 14:34,I,Peru,\n",
        .init(
            accepted: ["I Peru"], rejected: [2, 3], rows: 3,
            diagnostics: [
                "2:0 error: this row has 3 fields; the header has 4 — a cell holding the delimiter ',' must be quoted",
                "3:36 error: this row has 5 fields; the header has 4 — a cell holding the delimiter ',' must be quoted",
            ])),
    .init(
        "duplicate header", "received,segment,delegation,Delegation\n2023-12-05 14:32,I,Belgium,Belgique\n",
        .init(
            accepted: ["I Belgium"], rows: 1,
            diagnostics: [
                "1:29 error: column delegation appears twice (first in field 3) — delete or rename one of the two "
                    + "columns"
            ], usable: false)),
    .init(
        "duplicate delegation: NFC, NFD, case and spacing",
        header
            + "2023-12-01 10:00,II,C\u{F4}te d'Ivoire,Ambassador\n2023-12-01 09:00,II,Co\u{302}te d'Ivoire,Legal "
            + "Adviser\n"
            + "2023-12-01 11:00,II,CÔTE  D'IVOIRE,\n2023-12-01 12:00,I,Côte d'Ivoire,\n",
        .init(
            accepted: ["I Côte d'Ivoire", "II Côte d'Ivoire (Legal Adviser)"], duplicates: ["2>3", "4>3"], rows: 4,
            diagnostics: [
                "2:0 warning: second registration of this delegation for segment II (line 3 is kept): set aside as a "
                    + "duplicate — if two people speak for one delegation, register one speaker and name both",
                "4:0 warning: second registration of this delegation for segment II (line 3 is kept): set aside as a "
                    + "duplicate — if two people speak for one delegation, register one speaker and name both",
            ])),
    .init(
        "late rows are listed, not dropped",
        header + "2023-12-06 23:59:59,I,Belgium,\n2023-12-07 00:00,I,Chad,\n2023-12-07T08:00:00+01:00,II,Peru,\n",
        .init(
            accepted: ["I Belgium"], late: [3, 4], rows: 3,
            diagnostics: [
                "3:0 warning: received 2023-12-07 00:00, at or after the deadline 2023-12-07 00:00: listed as "
                    + "late, not "
                    + "on the list",
                "4:0 warning: received 2023-12-07 08:00, at or after the deadline 2023-12-07 00:00: listed as "
                    + "late, not "
                    + "on the list",
            ])),
    .init(
        "missing required fields, every problem reported",
        header + ",I,Belgium,\n2023-12-05 14:32,,,\n2023-12-05 14:32,III,Chad,\n",
        .init(
            rejected: [2, 3, 4], rows: 3,
            diagnostics: [
                "2:1 error: the registration time is empty — first come, first served needs when the registration "
                    + "arrived",
                "3:18 error: the segment is empty — this plan's segments are I, II (or 1–2)",
                "3:19 error: the delegation is empty — name the State, organ or organization",
                "4:18 error: no such segment in this plan — this plan's segments are I, II (or 1–2)",
            ])),
    .init(
        "missing required column", "received,delegation\n2023-12-05 14:32,Belgium\n\n",
        .init(
            rejected: [2], blank: 1, rows: 2,
            diagnostics: [
                "1:1 error: the header has no segment column — the first row must name received, segment and "
                    + "delegation "
                    + "(English or French); known columns: received/reçu, segment, delegation/délégation, "
                    + "speaker/orateur, category/catégorie, email/e-mail, order/ordre, note/remarque, words/mots, "
                    + "limit/durée, on behalf of/au nom de"
            ])),
    .init(
        "dates: ambiguous and impossible",
        header
            + "05/12/23 14:32,I,A,\n12/25/2023 14:32,I,B,\n31/02/2023 14:32,I,C,\n2023-12-05,I,D,\n"
            + "2023-12-05 24:10,I,E,\n"
            + "2023-10-29 02:30,I,F,\n2023-03-26 02:30,I,G,\n2023-10-29 02:30+01:00,I,H,\nyesterday,I,J,\n",
        .init(
            accepted: ["I H"], rejected: [2, 3, 4, 5, 6, 7, 8, 10], rows: 9,
            diagnostics: [
                "2:1 error: a two-digit year is ambiguous — write 2023-12-05 14:32 (ISO) or 05/12/2023 14:32 "
                    + "(day first)",
                "3:1 error: this date is month-first, but f.csv:4:1 is day-first: one column cannot be both — write "
                    + "every received date the same way, or in ISO form (2023-11-28 08:05)",
                "3:1 error: this date is month-first (MM/DD/YYYY), but this column is read day-first — write "
                    + "2023-12-05 14:32 (ISO) or 05/12/2023 14:32 (day first)",
                "4:1 error: there is no such day — check the day and the month",
                "5:1 error: the time of day is missing; first come, first served needs it — write 2023-12-05 14:32 "
                    + "(ISO) or 05/12/2023 14:32 (day first)",
                "6:1 error: there is no such time of day — hours run 0–23 (1–12 before AM or PM), minutes 0–59",
                "7:1 error: this local time happened twice (the clocks went back) — add the UTC offset, e.g. "
                    + "2023-10-29 "
                    + "02:30+01:00",
                "8:1 error: this local time never happened (the clocks went forward) — check the time, or add the UTC "
                    + "offset",
                "10:1 error: not a date and time — write 2023-12-05 14:32 (ISO) or 05/12/2023 14:32 (day first)",
            ])),
    .init(
        "date forms: seconds, fractions, offsets, day-first with h",
        "received,segment,delegation\n2023-12-05T14:32:05.250Z,I,A\n2023-12-05 14:32 +0100,I,B\n5.12.2023 9h05,I,C\n"
            + "2023-12-05 14:32:5,I,D\n٢٠٢٣-١٢-٠٥ 14:32,I,E\n05/12/202 14:32,I,F\n",
        .init(
            accepted: ["I C", "I B", "I A"], rejected: [5, 6, 7], rows: 6,
            diagnostics: [
                "4:1 warning: no received date says whether it is day-first or month-first: all read day-first — "
                    + undecidedHint,
                "5:1 error: not a date and time — write 2023-12-05 14:32 (ISO) or 05/12/2023 14:32 (day first)",
                "6:1 error: not a date and time — write 2023-12-05 14:32 (ISO) or 05/12/2023 14:32 (day first)",
                "7:1 error: not a date and time — write 2023-12-05 14:32 (ISO) or 05/12/2023 14:32 (day first)",
            ])),
    .init(
        "order pins go first, then first come first served, ties in file order",
        "received,segment,delegation,order\n2023-12-01 09:00,I,Belgium,\n2023-12-03 09:00,I,Registry,2\n"
            + "2023-12-04 09:00,I,Presidency,1\n"
            + "2023-12-01 09:00,I,Chad,\n2023-11-30 09:00,I,Peru,\n2023-12-01 09:00,I,Fiji,x\n",
        .init(
            accepted: ["I Presidency", "I Registry", "I Peru", "I Belgium", "I Chad"], rejected: [7], rows: 6,
            diagnostics: [
                "7:25 error: the order is not a position from 1 to 1000 — leave it empty for first come, first served"
            ])),
    .init(
        "escape sequences and C1 controls are removed",
        header + "2023-12-05 14:32,I,\u{1B}[31mFrance\u{1B}[0m,\u{9B}2JAmbassador\u{7}\n",
        .init(
            accepted: ["I France (Ambassador)"], rows: 1,
            diagnostics: [
                "2:20 warning: 2 control or formatting characters removed from delegation — escape sequences and bidi "
                    + "overrides are never shown; check the spreadsheet cell",
                "2:36 warning: 2 control or formatting characters removed from speaker — escape sequences and bidi "
                    + "overrides are never shown; check the spreadsheet cell",
            ])),
    .init(
        "a right-to-left override is removed",
        header + "2023-12-05 14:32,I,\u{202E}ecnarF\u{202C},\u{200B}Ambassador\n",
        .init(
            accepted: ["I ecnarF (Ambassador)"], rows: 1,
            diagnostics: [
                "2:20 warning: 2 control or formatting characters removed from delegation — escape sequences and bidi "
                    + "overrides are never shown; check the spreadsheet cell",
                "2:29 warning: 1 control or formatting character removed from speaker — escape sequences and bidi "
                    + "overrides are never shown; check the spreadsheet cell",
            ])),
    .init(
        "CJK and combining marks", header + "2023-12-05 14:32,I,中华人民共和国,Nguye\u{302}\u{303}n\n",
        .init(accepted: ["I 中华人民共和国 (Nguyễn)"], rows: 1)),
    .init(
        "a 10,000-character name is cut",
        header + "2023-12-05 14:32,I," + String(repeating: "x", count: 10_000) + ",\n",
        .init(
            accepted: ["I " + String(repeating: "x", count: 199) + "…"], rows: 1,
            diagnostics: [
                "2:20 warning: delegation is 10000 characters long; cut to 200"
            ])),
    .init(
        "empty file", "",
        .init(
            rows: 0,
            diagnostics: [
                "0:0 error: the file is empty — export the registration sheet with its header "
                    + "row: received/reçu, segment, delegation/délégation, speaker/orateur, category/catégorie, "
                    + "email/e-mail, order/ordre, note/remarque, words/mots, "
                    + "limit/durée, on behalf of/au nom de"
            ])),
    .init(
        "header only", header,
        .init(rows: 0, diagnostics: ["1:0 warning: the file has a header but no registrations"], usable: true)),
    .init(
        "blank lines and empty spreadsheet rows", "\n" + header + "\n,,,,\n,,,\n" + two + "\r\n",
        .init(
            accepted: ["I Belgium (Ambassador)", "II France (Ambassador)"], blank: 5, rows: 7,
            diagnostics: [undecided(7)])),
    .init(
        "unknown columns are reported and ignored",
        "received,segment,delegation,Twitter,\n2023-12-05 14:32,I,Belgium,@be,\n",
        .init(
            accepted: ["I Belgium"], rows: 1,
            diagnostics: [
                "1:29 warning: unknown column is ignored — known columns: received/reçu, segment, "
                    + "delegation/délégation, speaker/orateur, category/catégorie, email/e-mail, order/ordre, "
                    + "note/remarque, words/mots, "
                    + "limit/durée, on behalf of/au nom de"
            ])),
    .init(
        "statement lengths in words, English or French header",
        "received,segment,delegation,mots\n2023-12-05 14:32,I,Belgium,220\n2023-12-05 14:33,I,Chad,lots\n"
            + "2023-12-05 14:34,I,Mali,-3\n2023-12-05 14:35,I,Peru,\n",
        .init(
            accepted: ["I Belgium", "I Peru"], rejected: [3, 4], rows: 4,
            diagnostics: [
                "3:25 error: the statement length is not a whole number of words from 0 to 100000 — write the word "
                    + "count of the statement, e.g. 220, or leave it empty",
                "4:25 error: the statement length is not a whole number of words from 0 to 100000 — write the word "
                    + "count of the statement, e.g. 220, or leave it empty",
            ])),
    .init(
        "unknown category is a warning", "received,segment,delegation,category\n2023-12-05 14:32,I,Belgium,friend\n",
        .init(
            accepted: ["I Belgium"], rows: 1,
            diagnostics: [
                "2:28 warning: unknown category; read as other — use state party, observer state, court, international "
                    + "organization or civil society"
            ])),
    .init(
        "UTF-16 without a byte-order mark", bytes: Array(utf16(header, bigEndian: false).dropFirst(2)),
        .init(
            rows: 0,
            diagnostics: [
                "0:0 error: the file looks like UTF-16 without a byte-order mark — re-save as "
                    + "CSV UTF-8, or pass --encoding utf-16le"
            ])),
]

/// The warning a file earns when none of its dates shows whether it is day or month first.
func undecided(_ line: Int) -> String {
    "\(line):1 warning: no received date says whether it is day-first or month-first: all read day-first — "
        + undecidedHint
}

let undecidedHint =
    "if the sheet writes the month first, pass --date-order mdy or set date_order = \"mdy\" in the plan; "
    + "--date-order dmy confirms day first"
