package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateDatesCommandTest {
    @TempDir
    Path dir;

    @Test
    void scoresPublicationDatesAgainstTheDaysInTheAddresses() throws Exception {
        Files.writeString(dir.resolve("articles.jsonl"), String.join("\n",
                "{\"id\":\"a\",\"url\":\"http://www.aleqt.com/2015/08/02/article_1.html\",\"published\":\"2015-08-02\","
                        + "\"published_inferred\":true}",
                "{\"id\":\"b\",\"url\":\"http://www.okaz.com.sa/new/Issues/20150802/Con2015080211.htm\","
                        + "\"published\":null,\"published_inferred\":false}",
                "{\"id\":\"c\",\"url\":\"http://www.alriyadh.com/1069865\",\"published\":\"2015-08-02\"}", ""));
        CommandRun run = CommandRun.of("evaluate", "dates", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("all            2     50.0%     50.0%     50.0%        1        0"), run.out());
    }

    @Test
    void saysWhenThereIsNoExport() {
        CommandRun run = CommandRun.of("evaluate", "dates", "--out", dir.resolve("none").toString());
        assertEquals(ExitCodes.FAILED, run.exitCode());
        assertTrue(run.err().contains("no export in"), run.err());
    }
}
