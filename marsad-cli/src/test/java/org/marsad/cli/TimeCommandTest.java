package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsEachExpressionWithItsValueAgainstTheGivenDate() {
        CommandRun run = CommandRun.of("time", "وصل الوزير يوم أمس الثلاثاء على أن يغادر الأسبوع المقبل",
                "--published", "2022-01-12");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("published: 2022-01-12", lines.get(0));
        assertTrue(lines.get(1).endsWith("DATE\t2022-01-11\tيوم أمس الثلاثاء"), lines.get(1));
        assertTrue(lines.get(2).endsWith("DATE\t2022-W03\tالأسبوع المقبل"), lines.get(2));
    }

    @Test
    void withoutADateItSaysWhatItInferredOrThatItCannot() {
        CommandRun dated = CommandRun.of("time", "قال الوزير، الثلاثاء، إن المحادثات التي بدأت في 14 سبتمبر 2023 "
                + "ستستأنف قريبا");
        assertTrue(dated.out().startsWith("published: 2023-09-19 (inferred, confidence "), dated.out());
        CommandRun unknown = CommandRun.of("time", "وصل الوزير أمس");
        assertTrue(unknown.out().startsWith("published: unknown"), unknown.out());
        assertTrue(unknown.out().contains("PAST_REF\tأمس"), unknown.out());
    }

    @Test
    void analyzeGivesTheDateToArticlesThatCarryNone() throws Exception {
        Path in = dir.resolve("a.txt");
        Files.writeString(in, "زيارة\n\nوصل الوزير أمس إلى جدة في زيارة رسمية.\n");
        Path out = dir.resolve("out");
        assertEquals(0, CommandRun.of("analyze", in.toString(), "--out", out.toString(), "--no-index",
                "--published", "2023-05-04").exitCode());
        JsonNode article = new ObjectMapper().readTree(Files.readAllLines(out.resolve("articles.jsonl")).get(0));
        assertEquals("2023-05-04", article.get("published").asText());
        assertEquals(false, article.get("published_inferred").asBoolean());
        assertEquals("2023-05-03", article.get("timexes").get(0).get("value").asText());
    }
}
