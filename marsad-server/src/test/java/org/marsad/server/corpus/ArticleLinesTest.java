package org.marsad.server.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleLinesTest {
    private static ArticleInfo read(String line) throws IOException {
        return ArticleLines.info(line.getBytes(StandardCharsets.UTF_8), 42);
    }

    @Test
    void keepsWhatTheServerNeedsInAnyFieldOrderAndSkipsTheLayers() throws IOException {
        ArticleInfo a = read("{\"sentences\":[{\"start\":0,\"end\":5,\"tokens\":[[0,2]]}],\"story\":\"s7\","
                + "\"entities\":[{\"start\":0,\"end\":3,\"entity\":\"e1\"},{\"start\":9,\"end\":12,\"entity\":\"e2\"},"
                + "{\"start\":20,\"end\":23,\"entity\":\"e1\"},{\"start\":30,\"end\":33}],"
                + "\"text\":\"قال الوزير\",\"id\":\"a1\",\"source\":\"f.json#1\",\"headline\":\"عنوان\",\"outlet\":\"okaz\","
                + "\"agencies\":[\"واس\",\"رويترز\"],\"language\":\"ar\",\"published\":\"2015-07-21\","
                + "\"published_inferred\":true,\"timexes\":{\"nested\":[1,2,{\"deep\":null}]}}");
        assertEquals(new ArticleInfo("a1", "f.json#1", "عنوان", "okaz", List.of("واس", "رويترز"), "ar",
                LocalDate.of(2015, 7, 21), true, "s7", List.of("e1", "e2"), 42, a.length()), a);
        assertTrue(a.length() > 0);
    }

    @Test
    void theLengthIsTheLinesBytesNotItsCharacters() throws IOException {
        String line = "{\"id\":\"a1\",\"headline\":\"عنوان\"}";
        assertEquals(line.getBytes(StandardCharsets.UTF_8).length, read(line).length());
    }

    @Test
    void nullsAndMissingFieldsReadAsNothing() throws IOException {
        ArticleInfo a = read("{\"id\":\"a2\",\"outlet\":null,\"published\":\"not a date\",\"story\":null}");
        assertNull(a.outlet());
        assertNull(a.published());
        assertNull(a.story());
        assertFalse(a.publishedInferred());
        assertEquals(List.of(), a.agencies());
        assertEquals(List.of(), a.entities());
    }

    @Test
    void aLineThatIsNotAnArticleWithAnIdIsRefused() {
        assertThrows(IOException.class, () -> read("[1, 2]"));
        assertThrows(IOException.class, () -> read("{\"id\": 7}"));
        assertThrows(IOException.class, () -> read("{\"headline\":\"بلا معرف\"}"));
        assertThrows(IOException.class, () -> read("{\"id\":\"a3\", broken"));
    }
}
