package org.marsad.server.api;

/** A request the API refuses, with the HTTP status and one message saying what to change. */
public final class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, what + " not found");
    }
}
