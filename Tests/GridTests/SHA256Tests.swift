@testable import Grid
import Testing

@Suite("SHA-256 digests")
struct SHA256Tests {
    @Test("Hashes the empty string to the NIST digest")
    func hashesTheEmptyString() {
        #expect(SHA256.hex(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test("Hashes \"abc\" to the NIST digest")
    func hashesAbc() {
        #expect(SHA256.hex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("Hashes the 448-bit NIST message that needs a second padding block")
    func hashesTheTwoBlockMessage() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(SHA256.hex(of: message) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("Hashes one million repetitions of \"a\" to the NIST digest")
    func hashesOneMillionAs() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(of: bytes) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("Hashes text as its UTF-8 bytes, matching sha256sum")
    func hashesAccentedTextAsUTF8() {
        // `printf '%s' 'Éé' | sha256sum` (bytes c3 89 c3 a9).
        let expected = "848708a0c39a404f179a451f5cdff92cd019f7282b2e60fb97b65561f41dd731"
        #expect(SHA256.hex(of: "\u{00C9}\u{00E9}") == expected)
        #expect(SHA256.hex(of: [0xC3, 0x89, 0xC3, 0xA9] as [UInt8]) == expected)
    }

    @Test("Gives the same digest for a String and for its UTF-8 bytes")
    func stringAndBytesAgree() {
        let text = "Grille d'entretien — territoires nourriciers\n"
        #expect(SHA256.hex(of: text) == SHA256.hex(of: Array(text.utf8)))
    }

    @Test("Pads messages correctly around the 64-byte block boundary")
    func handlesBlockBoundaries() {
        // Digests of that many "a" bytes, from `head -c N /dev/zero | tr '\0' a | sha256sum`.
        let expected: [Int: String] = [
            55: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
            56: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
            63: "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34",
            64: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
            65: "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0",
            119: "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb",
            120: "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c",
        ]
        for (length, digest) in expected {
            let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            #expect(SHA256.hex(of: bytes) == digest, "length \(length)")
        }
    }

    @Test("Produces 64 lowercase hexadecimal characters")
    func producesLowercaseHex() {
        let digest = SHA256.hex(of: "interview")
        #expect(digest.count == 64)
        #expect(digest.allSatisfy { "0123456789abcdef".contains($0) })
    }
}
