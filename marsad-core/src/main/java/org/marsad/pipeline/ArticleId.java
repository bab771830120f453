package org.marsad.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The stable id of an article: the first 64 bits of the SHA-256 of its decoded text, in hex.
 * The same input text always gets the same id, wherever it is read from, so a re-analysed
 * article replaces itself and a copy of it in another file is recognised as a duplicate.
 */
public final class ArticleId {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int ID_BYTES = 8;

    private ArticleId() {
    }

    public static String of(String text) {
        return of(text, null);
    }

    /** The id of a text read again under a salt (benchmark passes that must not be duplicates). */
    public static String of(String text, String salt) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        if (salt != null) {
            sha.update(salt.getBytes(StandardCharsets.UTF_8));
        }
        byte[] digest = sha.digest(text.getBytes(StandardCharsets.UTF_8));
        char[] out = new char[ID_BYTES * 2];
        for (int i = 0; i < ID_BYTES; i++) {
            out[2 * i] = HEX[(digest[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[digest[i] & 0xF];
        }
        return new String(out);
    }
}
