import Foundation
import Grid
import Testing

@Test("scratch journal bench") func scratchJournalBench() throws {
    let fixture = try JournalFixture()
    let writer = try JournalWriter.create(store: fixture.store, header: JournalFixture.header("b"))
    for i in 0..<500 { try writer.append(JournalFixture.entry(.answer(question: "q\(i % 60)", value: .text("réponse assez longue numéro \(i) avec du texte"), seconds: 3), i)) }
    writer.close()
    let clock = ContinuousClock()
    let t = clock.measure { for _ in 0..<20 { _ = try? JournalReader.read(path: writer.path) } }
    let t2 = clock.measure { for _ in 0..<10_000 { _ = try? Timestamp.decode("2026-09-21T14:13:22.000Z", codingPath: []) } }
    print("BENCH read 20x500 entries: \(t); 10000 Timestamp.decode: \(t2)")
}
