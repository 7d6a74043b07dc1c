// `export --lang fr`: every word of every export in French; English stays the default.
import Foundation
import PlenaryCore
import Testing

@testable import PlenaryExport
@testable import PlenaryFormats

@Suite struct ExportFrenchTests {
    static let log = ExportGoldenTests.log
    /// English words of the log that must not appear in a French export.
    static let english = [
        "Actual times", "Final record", "Provisional", "times are local", "Planned and actual", "Equal treatment",
        "Timeline", "spoke", "not reached", "walk-in", "registered", "Speaker", "Status", "Extensions",
        "Overrun", "Limit ", "per intervention", "largest", "none", "Session", "floor given to end",
        "planned at the opening", "REHEARSAL",
    ]

    @Test(arguments: [ExportFormat.md, .html])
    func theReportIsInFrench(format: ExportFormat) {
        let text = Self.log.render(format, language: .french)
        for word in Self.english { #expect(!text.contains(word), "\(word)") }
        for word in ["Temps effectifs", "Relevé définitif", "Prévu et effectif", "a parlé", "non atteint", "Séance"] {
            #expect(text.contains(word), "\(word)")
        }
        if format == .html {
            #expect(text.contains(#"<html lang="fr">"#))
            #expect(text.contains("<h2>Chronologie</h2>"))
        }
    }

    @Test(arguments: ExportTable.allCases)
    func theCSVIsInFrench(table: ExportTable) {
        for excel in [false, true] {
            let csv = Self.log.render(.csv, table: table, language: .french, excel: excel)
            for word in ["spoke", "not reached", "walk-in", "registered", "speaking", "planned_", "Session"] {
                #expect(!csv.contains(word), "\(word) in \(table)")
            }
        }
        let header = Self.log.render(.csv, table: table, language: .french).prefix { $0 != "\r\n" }
        #expect(
            header.split(separator: ",").count
                == Self.log.render(.csv, table: table).prefix { $0 != "\r\n" }
                .split(separator: ",").count)
    }

    @Test func aFrenchRehearsalSaysSo() {
        let practice = ActualTimesLog.build(
            plan: DefaultSession.plan, speakers: DefaultSession.speakers, events: ScriptedSession.events(),
            rehearsal: true)
        #expect(practice.render(.md, language: .french).hasPrefix("# RÉPÉTITION — Temps effectifs : "))
        #expect(practice.render(.csv, language: .french).hasPrefix("répétition,segment,"))
    }

    @Test func everyWordDiffersBetweenTheLanguages() {
        let en = ExportWords.english
        let fr = ExportWords.french
        for s in TurnStatus.allCases where s != .absent { #expect(en.status(s) != fr.status(s), "\(s)") }
        #expect(Set(TurnStatus.allCases.map(fr.status)).count == TurnStatus.allCases.count)
        #expect(en.interventionsColumns.count == fr.interventionsColumns.count)
        #expect(en.periodsColumns.count == fr.periodsColumns.count)
        #expect(en.delegationsColumns.count == fr.delegationsColumns.count)
        #expect(en.periodsHeader.count == fr.periodsHeader.count)
        #expect(en.interventionsHeader.count == fr.interventionsHeader.count)
        #expect(en.delegationsHeader.count == fr.delegationsHeader.count)
    }

    @Test func englishIsTheDefault() {
        for format in ExportFormat.allCases {
            #expect(Self.log.render(format) == Self.log.render(format, language: .english))
        }
    }
}
