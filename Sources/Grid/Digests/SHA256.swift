/// A small, dependency-free implementation of SHA-256 (FIPS 180-4).
///
/// The Grid library uses it to content-address grid texts, so that a
/// response can record exactly which version of a grid it was collected
/// with. It is not meant to be used for security purposes: it makes no
/// attempt to run in constant time or to wipe intermediate state.
public enum SHA256 {
    /// Returns the SHA-256 digest of `bytes` as 64 lowercase hexadecimal characters.
    ///
    /// - Parameter bytes: The message to hash, as a sequence of bytes.
    /// - Returns: The digest, e.g. `e3b0c442…b855` for an empty sequence.
    public static func hex(of bytes: some Sequence<UInt8>) -> String {
        var hasher = Hasher()
        hasher.update(bytes)
        return hexString(hasher.finalize())
    }

    /// Returns the SHA-256 digest of the UTF-8 encoding of `text` as
    /// 64 lowercase hexadecimal characters.
    ///
    /// The text is hashed as is: no Unicode normalization is applied, so
    /// precomposed and decomposed spellings of the same text hash differently.
    ///
    /// - Parameter text: The text to hash.
    /// - Returns: The digest of `text.utf8`.
    public static func hex(of text: String) -> String {
        hex(of: text.utf8)
    }

    // MARK: - Implementation

    /// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    private static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// The first 32 bits of the fractional parts of the square roots of the first 8 primes.
    private static let initialState: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]

    /// Incremental hashing state: buffers input into 64-byte blocks and
    /// compresses each full block into `state`, reusing one message schedule.
    private struct Hasher {
        var state: [UInt32] = SHA256.initialState
        var block = [UInt8](repeating: 0, count: 64)
        var blockCount = 0
        var schedule = [UInt32](repeating: 0, count: 64)
        var messageLength: UInt64 = 0

        mutating func update(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                block[blockCount] = byte
                blockCount += 1
                if blockCount == 64 {
                    compressBlock()
                    blockCount = 0
                }
                messageLength &+= 1
            }
        }

        /// Pads the message, processes the final block(s) and returns the 32-byte digest.
        mutating func finalize() -> [UInt8] {
            let bitLength = messageLength &* 8
            block[blockCount] = 0x80
            blockCount += 1
            if blockCount > 56 {
                for index in blockCount..<64 { block[index] = 0 }
                compressBlock()
                blockCount = 0
            }
            for index in blockCount..<56 { block[index] = 0 }
            for index in 0..<8 {
                block[56 + index] = UInt8(truncatingIfNeeded: bitLength >> (56 - 8 * UInt64(index)))
            }
            compressBlock()
            blockCount = 0

            var digest = [UInt8]()
            digest.reserveCapacity(32)
            for word in state {
                digest.append(UInt8(truncatingIfNeeded: word >> 24))
                digest.append(UInt8(truncatingIfNeeded: word >> 16))
                digest.append(UInt8(truncatingIfNeeded: word >> 8))
                digest.append(UInt8(truncatingIfNeeded: word))
            }
            return digest
        }

        /// Compresses the 64 bytes in `block` into `state`.
        private mutating func compressBlock() {
            for t in 0..<16 {
                let base = t * 4
                schedule[t] = UInt32(block[base]) << 24
                    | UInt32(block[base + 1]) << 16
                    | UInt32(block[base + 2]) << 8
                    | UInt32(block[base + 3])
            }
            for t in 16..<64 {
                let w15 = schedule[t - 15]
                let w2 = schedule[t - 2]
                let s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >> 3)
                let s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >> 10)
                schedule[t] = schedule[t - 16] &+ s0 &+ schedule[t - 7] &+ s1
            }

            var a = state[0], b = state[1], c = state[2], d = state[3]
            var e = state[4], f = state[5], g = state[6], h = state[7]
            for t in 0..<64 {
                let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                let choice = (e & f) ^ (~e & g)
                let temp1 = h &+ s1 &+ choice &+ SHA256.k[t] &+ schedule[t]
                let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                let temp2 = s0 &+ majority
                h = g
                g = f
                f = e
                e = d &+ temp1
                d = c
                c = b
                b = a
                a = temp1 &+ temp2
            }
            state[0] &+= a
            state[1] &+= b
            state[2] &+= c
            state[3] &+= d
            state[4] &+= e
            state[5] &+= f
            state[6] &+= g
            state[7] &+= h
        }

        @inline(__always)
        private func rotr(_ value: UInt32, _ count: UInt32) -> UInt32 {
            (value >> count) | (value << (32 - count))
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private static func hexString(_ digest: [UInt8]) -> String {
        var characters = [UInt8]()
        characters.reserveCapacity(digest.count * 2)
        for byte in digest {
            characters.append(hexDigits[Int(byte >> 4)])
            characters.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: characters, as: UTF8.self)
    }
}
