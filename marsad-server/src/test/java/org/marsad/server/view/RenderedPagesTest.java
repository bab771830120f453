package org.marsad.server.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RenderedPagesTest {
    private final AtomicLong version = new AtomicLong();
    private final AtomicInteger renderings = new AtomicInteger();

    private String render(String page) {
        renderings.incrementAndGet();
        return page;
    }

    @Test
    void aPageIsRenderedOnceWhileTheCorpusIsUnchanged() {
        RenderedPages pages = new RenderedPages(version::get, 100);
        assertEquals("story one", pages.get("s1", () -> render("story one")));
        assertEquals("story one", pages.get("s1", () -> render("changed")));
        assertEquals(1, renderings.get());
    }

    @Test
    void aChangedCorpusRendersEveryPageAgain() {
        RenderedPages pages = new RenderedPages(version::get, 100);
        pages.get("s1", () -> render("before"));
        version.incrementAndGet();
        assertEquals("after", pages.get("s1", () -> render("after")));
        assertEquals(2, renderings.get());
    }

    @Test
    void theLeastRecentlyAskedForGoFirstPastTheBudget() {
        RenderedPages pages = new RenderedPages(version::get, 10);
        pages.get("a", () -> render("aaaa"));
        pages.get("b", () -> render("bbbb"));
        pages.get("a", () -> render("aaaa"));
        pages.get("c", () -> render("cccc"));
        assertEquals(3, renderings.get());
        pages.get("a", () -> render("aaaa"));
        assertEquals(3, renderings.get());
        pages.get("b", () -> render("bbbb"));
        assertEquals(4, renderings.get());
    }

    @Test
    void aFailedRenderingIsNotKept() {
        RenderedPages pages = new RenderedPages(version::get, 100);
        assertThrows(IllegalStateException.class, () -> pages.get("missing", () -> {
            throw new IllegalStateException("no such story");
        }));
        assertEquals("found", pages.get("missing", () -> render("found")));
    }
}
