import Foundation
import Testing

/// `new` creates a case and takes its lock in one step: nothing can delete or write the journal
/// in between, and several `new` at once each get their own case.
@Suite("Creating cases", .serialized)
struct CaseCreationTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
    }

    @Test("A delete while new is between creating and locking the journal cannot take the case from under it",
          .enabled(if: SystemTool.path("strace") != nil, "needs strace to widen the window"))
    func deleteDuringCreation() throws {
        defer { environment.remove() }
        // strace delays new's flock by 1.5 s; delete runs meanwhile.
        let script = #"""
            printf 'Coop\nA\n\nnon\n2\n12\n' | strace -f -o /dev/null -e inject=flock:delay_enter=1500000 "$INTERVIEW" new --grid petite.yaml --case c1 > new.out 2> new.err &
            p=$!
            sleep 0.7
            "$INTERVIEW" delete c1 --yes > delete.out 2> delete.err; echo "delete=$?"
            wait $p; echo "new=$?"
            """#
        let result = try environment.shell(script)
        #expect(result.stdout.contains("new=0"), "\(result.stdout) \(result.stderr)")
        let deleted = result.stdout.contains("delete=0")
        #expect(!deleted, "delete must not succeed while the case is being created: \(result.stdout)")
        let journal = try JournalFile(environment, "c1")
        #expect(journal.kinds.last == "complete", "every answer went to the journal that is there: \(journal.kinds)")
    }

    @Test("Four new at once without --case each take their own proposed id")
    func concurrentNew() throws {
        defer { environment.remove() }
        let script = #"""
            pids=""
            for i in 1 2 3 4; do
              ( printf 'Coop %s\nA\n\nnon\n2\n12\n' $i | "$INTERVIEW" new --grid petite.yaml > new$i.out 2> new$i.err ) &
              pids="$pids $!"
            done
            fail=0; for p in $pids; do wait $p || fail=$((fail+1)); done; echo "failed=$fail"
            """#
        let result = try environment.shell(script)
        #expect(result.stdout.contains("failed=0"), "\(result.stdout) \(result.stderr)")
        let journals = try environment.responseFiles().filter { $0.hasSuffix(".jsonl") }
        #expect(journals.count == 4, "\(journals)")
        for name in journals {
            let journal = try JournalFile(environment, String(name.dropLast(".jsonl".count)))
            #expect(journal.kinds.last == "complete", "\(name): \(journal.kinds)")
        }
    }
}
