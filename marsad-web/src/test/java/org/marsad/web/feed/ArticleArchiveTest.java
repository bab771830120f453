package org.marsad.web.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.doc.Provenance;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.Rejection;

class ArticleArchiveTest {

    @TempDir
    Path dir;

    @Test
    void archivedArticlesReadBackAsTheSameRecordsAndABadLineIsRejectedByNumber() throws IOException {
        RawArticle full = RawArticle.compose(new Provenance("http://127.0.0.1/feed.rss", "g-1"), "عنوان",
                "سارة أحمد", "الفقرة الأولى.\n\nالفقرة الثانية.", LocalDate.of(2022, 1, 9), LocalDate.of(2022, 1, 10),
                "http://127.0.0.1/a.html", "صحيفة المرصد", "ar");
        RawArticle bare = RawArticle.compose(new Provenance("feed.atom", "urn:x"), null, null, "نص فقط.", null, null,
                null, null, null);
        Path archive = dir.resolve("watch" + ArticleArchive.SUFFIX);
        ArticleArchive.append(archive, List.of(full));
        ArticleArchive.append(archive, List.of(bare));
        Files.writeString(archive, "{\"input\": \"x\"}\n", java.nio.file.StandardOpenOption.APPEND);

        FeedFormatTest.Collected got = FeedFormatTest.read(IngestOptions.defaults(), List.of(archive.toString()));
        assertEquals(List.of(full, bare), got.articles());
        assertEquals(1, got.rejections().size());
        Rejection r = got.rejections().get(0);
        assertEquals(archive + "#3", r.record().label());
    }
}
