package org.marsad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityIdRewriterTest {
    @TempDir
    Path dir;

    @Test
    void retiredIdsAreReplacedAndEverythingElseKept() throws Exception {
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, """
                {"id":"a","text":"e2 stays","entities":[{"start":0,"end":2,"type":"ORG","entity":"e2"}],"events":[{"participants":["e2","e1"],"place":"e3"}]}
                {"id":"b","entities":[{"start":0,"end":2,"type":"ORG","entity":"e1"}],"quotes":[{"speaker":"e2","speaker_entity":"e2"}]}
                """);
        EntityIdRewriter.rewrite(new JsonFactory(), file, id -> id.equals("e2") ? "e1" : id);
        assertEquals("""
                {"id":"a","text":"e2 stays","entities":[{"start":0,"end":2,"type":"ORG","entity":"e1"}],"events":[{"participants":["e1","e1"],"place":"e3"}]}
                {"id":"b","entities":[{"start":0,"end":2,"type":"ORG","entity":"e1"}],"quotes":[{"speaker":"e2","speaker_entity":"e1"}]}
                """, Files.readString(file));
    }
}
