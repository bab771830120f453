package org.marsad.story.duplicate;

/** Bit mixing shared by the shingle and MinHash functions. */
final class Hashing {
    private Hashing() {
    }

    /** The finaliser of MurmurHash3: every input bit affects every output bit. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
