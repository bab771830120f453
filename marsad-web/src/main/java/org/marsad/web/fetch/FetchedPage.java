package org.marsad.web.fetch;

import java.net.URI;

/**
 * A successful answer: the body of a 2xx, or a 304 saying the resource is as it was.
 *
 * @param uri         where it was finally found, after redirects
 * @param contentType the Content-Type header, or null
 * @param validators  what to send next time to be told "not modified"
 */
public record FetchedPage(URI uri, int status, byte[] body, String contentType, Validators validators) {

    public boolean notModified() {
        return status == 304;
    }
}
