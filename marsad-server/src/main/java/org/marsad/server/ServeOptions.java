package org.marsad.server;

import java.nio.file.Path;

/**
 * How to serve: the export and its index, the address (loopback unless told otherwise), the write
 * token (null leaves ingest off) and the largest request body accepted.
 */
public record ServeOptions(Path export, Path index, String host, int port, String writeToken, long maxRequestBytes) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** Large enough for a batch of articles as JSON lines; larger bodies get 413. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 2L * 1024 * 1024;

    public static ServeOptions of(Path export) {
        return new ServeOptions(export, export.resolve("index"), LOOPBACK, DEFAULT_PORT, null,
                DEFAULT_MAX_REQUEST_BYTES);
    }

    public ServeOptions withPort(int newPort) {
        return new ServeOptions(export, index, host, newPort, writeToken, maxRequestBytes);
    }

    public ServeOptions withHost(String newHost) {
        return new ServeOptions(export, index, newHost, port, writeToken, maxRequestBytes);
    }

    public ServeOptions withWriteToken(String token) {
        return new ServeOptions(export, index, host, port, token, maxRequestBytes);
    }

    public ServeOptions withIndex(Path newIndex) {
        return new ServeOptions(export, newIndex, host, port, writeToken, maxRequestBytes);
    }
}
