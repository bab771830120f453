package org.marsad.server.security;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.marsad.server.api.ApiException;

/**
 * The bearer token that write endpoints require ({@code Authorization: Bearer TOKEN}). Compared
 * in constant time, so response timing tells nothing about how much of a guess was right.
 */
public final class WriteToken {
    private static final int RANDOM_BYTES = 24;
    private final byte[] token;

    public WriteToken(String token) {
        if (token == null || token.length() < 16) {
            throw new IllegalArgumentException("the write token must be at least 16 characters long");
        }
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /** A fresh random token, for a server started without one. */
    public static String random() {
        byte[] bytes = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** @throws ApiException 401 when the request does not carry the token */
    public void check(Context ctx) {
        String header = ctx.header("Authorization");
        String prefix = "Bearer ";
        if (header == null || !header.startsWith(prefix)) {
            throw new ApiException(401, "this endpoint needs the write token: Authorization: Bearer TOKEN");
        }
        byte[] given = header.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            throw new ApiException(401, "the write token is wrong");
        }
    }
}
