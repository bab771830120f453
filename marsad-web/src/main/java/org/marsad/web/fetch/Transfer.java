package org.marsad.web.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One GET, no politeness of its own: headers, timeouts and the size cap. The read timeout
 * bounds the whole answer, body included: HttpClient's own request timeout stops at the headers,
 * and a server that trickles a body forever must not hold a watcher.
 */
final class Transfer {

    private final HttpClient client;
    private final FetchSettings settings;

    Transfer(FetchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // followed by hand, each hop checked against robots.txt
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    HttpResponse<byte[]> get(URI uri, Validators validators) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
                        + "application/xml;q=0.9, */*;q=0.8");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> answer =
                client.sendAsync(request.build(), CappedBody.handler(settings.maxBytes()));
        try {
            return answer.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + settings.readTimeout().toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause.toString(), cause);
        }
    }
}
