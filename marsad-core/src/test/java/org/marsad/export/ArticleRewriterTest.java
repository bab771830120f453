package org.marsad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.story.Placement;

class ArticleRewriterTest {
    @TempDir
    Path dir;

    @Test
    void retiredIdsAreReplacedAndEverythingElseKept() throws Exception {
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, """
                {"id":"a","text":"e2 stays","entities":[{"start":0,"end":2,"type":"ORG","entity":"e2"}],"events":[{"participants":["e2","e1"],"place":"e3"}]}
                {"id":"b","entities":[{"start":0,"end":2,"type":"ORG","entity":"e1"}],"quotes":[{"speaker":"e2","speaker_entity":"e2"}]}
                """);
        ArticleRewriter.rewrite(new JsonFactory(), file, id -> id.equals("e2") ? "e1" : id, null);
        assertEquals("""
                {"id":"a","text":"e2 stays","entities":[{"start":0,"end":2,"type":"ORG","entity":"e1"}],"events":[{"participants":["e1","e1"],"place":"e3"}]}
                {"id":"b","entities":[{"start":0,"end":2,"type":"ORG","entity":"e1"}],"quotes":[{"speaker":"e2","speaker_entity":"e1"}]}
                """, Files.readString(file));
    }

    @Test
    void storiesAreFilledInAndCopiesNameTheirOriginal() throws Exception {
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, """
                {"id":"a","text":"story","story":null}
                {"id":"b","text":"x","story":null}
                {"id":"c","text":"y","story":"kept"}
                """);
        Map<String, Placement> placed = Map.of("a", new Placement("s-a", null), "b", new Placement("s-a", "a"));
        ArticleRewriter.rewrite(new JsonFactory(), file, id -> id, placed::get);
        assertEquals("""
                {"id":"a","text":"story","story":"s-a"}
                {"id":"b","text":"x","story":"s-a","duplicate_of":"a"}
                {"id":"c","text":"y","story":"kept"}
                """, Files.readString(file));
    }
}
