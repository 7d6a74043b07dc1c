// The console in French on a list written with the UN's spellings: the call line the
// chair reads names every delegation in French, and a walk-in is found by its French name.
import Foundation
import Testing

@Suite(.serialized, .enabled(if: Binary.tmuxAvailable, "tmux is not installed"))
struct FrenchConsoleEndToEndTests {
    static let list = root.appendingPathComponent("Examples/asp-2023-un-spellings.csv").path

    @Test func theCallLineAndAWalkInReadInFrench() throws {
        let t = try Tmux(width: 120, height: 30, args: ["--lang", "fr", Self.list])
        t.expectText("» Je donne maintenant la parole à la Présidence de la Cour, suivie du Bureau du Procureur.")
        try t.keys("w")
        t.expectText("Ajouter un orateur en séance")
        try t.type("Royaume-U")
        t.expectText("[United Kingdom]")
        try t.keys("Tab")
        try t.keys("Enter")
        try t.type("Ambassadeur")
        try t.keys("Enter")
        try t.keys("Enter")
        try t.type("1")
        try t.keys("Enter")
        let s = try #require(
            t.expectText("» Je donne maintenant la parole au Royaume-Uni, suivi de la Présidence de la Cour."))
        #expect(s.contains("United Kingdom — Ambassadeur"))
    }
}
