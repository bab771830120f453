package org.marsad.web.fetch;

/**
 * What a server said to recognise this version of a resource by ({@code ETag},
 * {@code Last-Modified}); sent back on the next request so an unchanged feed costs a 304.
 */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
