package org.marsad.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.server.Http;

class ApiTest {
    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = Http.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return Http.json(response);
    }

    private static String peskovStory() throws Exception {
        return get("/api/search?q=" + Http.encode("بيسكوف")).path("hits").get(0).path("story").asText();
    }

    @Test
    void searchForPeskovListsTheThreeSampleArticles() throws Exception {
        JsonNode result = get("/api/search?q=" + Http.encode("بيسكوف"));
        assertEquals(3, result.path("total").asInt());
        assertEquals(3, result.path("hits").size());
        boolean marked = false;
        for (JsonNode part : result.path("hits").get(0).path("snippet")) {
            marked |= part.path("mark").asBoolean() && part.path("text").asText().contains("بيسكوف");
        }
        assertTrue(marked, "the snippet marks the name");
    }

    @Test
    void facetsCountEveryMatchNotJustThePage() throws Exception {
        JsonNode result = get("/api/search?q=" + Http.encode("بيسكوف") + "&limit=1");
        assertEquals(1, result.path("hits").size());
        int outlets = 0;
        for (JsonNode f : result.path("facets").path("outlet")) {
            outlets += f.path("count").asInt();
        }
        assertEquals(3, result.path("facets_counted").asInt());
        assertTrue(outlets > 1 && outlets <= 3, "the outlets of the matches that name one: " + outlets);
    }

    @Test
    void searchFiltersByStoryEntityAndLanguage() throws Exception {
        String story = peskovStory();
        JsonNode inStory = get("/api/search?story=" + Http.encode(story));
        JsonNode storyJson = get("/api/stories/" + Http.encode(story));
        assertEquals(storyJson.path("size").asInt(), inStory.path("total").asInt());
        assertEquals(0, get("/api/search?story=no-such-story").path("total").asInt());
        assertEquals(0, get("/api/search?language=xx").path("total").asInt());
        String entity = get("/api/entities?limit=1").path("items").get(0).path("id").asText();
        assertTrue(get("/api/search?entity=" + Http.encode(entity)).path("total").asInt() > 0);
    }

    @Test
    void listsArePagedInAFixedOrder() throws Exception {
        JsonNode all = get("/api/articles?limit=100");
        assertEquals(all.path("total").asInt(), all.path("items").size());
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < all.path("total").asInt(); offset += 2) {
            get("/api/articles?limit=2&offset=" + offset).path("items").forEach(a -> paged.add(a.path("id").asText()));
        }
        List<String> whole = new ArrayList<>();
        all.path("items").forEach(a -> whole.add(a.path("id").asText()));
        assertEquals(whole, paged);
        assertEquals(get("/api/entities?limit=5").toString(), get("/api/entities?limit=5").toString());
    }

    @Test
    void storyHasADatedTimelineWhoseEntriesCiteSentences() throws Exception {
        JsonNode story = get("/api/stories/" + Http.encode(peskovStory()));
        assertTrue(story.path("timeline").size() > 0);
        JsonNode entry = story.path("timeline").get(0);
        assertFalse(entry.path("start").isNull());
        assertFalse(entry.path("precision").isNull());
        JsonNode source = entry.path("sources").get(0);
        JsonNode article = get("/api/articles/" + Http.encode(source.path("article").asText())).path("article");
        String text = article.path("text").asText();
        assertTrue(source.path("end").asInt() <= text.length());
    }

    @Test
    void articleComesWithItsAnnotationsAndNamedEntities() throws Exception {
        String id = get("/api/search?q=" + Http.encode("بيسكوف")).path("hits").get(0).path("id").asText();
        JsonNode response = get("/api/articles/" + Http.encode(id));
        JsonNode article = response.path("article");
        for (String layer : List.of("sentences", "timexes", "entities", "quotes", "events")) {
            assertTrue(article.path(layer).isArray(), layer);
        }
        assertTrue(response.path("linked_entities").size() > 0);
    }

    @Test
    void entityHasNamesRolesQuotesAndCompany() throws Exception {
        JsonNode quotes = get("/api/quotes?speaker=" + Http.encode("بيسكوف"));
        assertTrue(quotes.path("total").asInt() > 0);
        String speaker = quotes.path("items").get(0).path("speaker_entity").asText();
        JsonNode entity = get("/api/entities/" + Http.encode(speaker));
        assertEquals("PER", entity.path("type").asText());
        assertTrue(entity.path("aliases").size() > 0);
        assertTrue(entity.path("latin").asText().toLowerCase().contains("eskov"), entity.path("latin").asText());
        assertTrue(entity.path("quotes").path("total").asInt() > 0);
        assertTrue(entity.path("co_occurring").size() > 0);
    }

    @Test
    void quotesBySpeakerComeOldestFirstAndReadLatinNames() throws Exception {
        JsonNode quotes = get("/api/quotes?speaker=Peskov&limit=100");
        assertTrue(quotes.path("total").asInt() > 0);
        String last = "";
        for (JsonNode q : quotes.path("items")) {
            String date = q.path("article").path("published").asText("");
            assertTrue(last.compareTo(date) <= 0, "oldest first");
            last = date;
        }
    }

    @Test
    void mistakesAreFourHundredsWithAJsonMessage() throws Exception {
        for (String path : List.of("/api/search?from=yesterday", "/api/search?limit=1000", "/api/search?order=random",
                "/api/search?from=2022-02-01&to=2022-01-01", "/api/quotes", "/api/articles?offset=-1",
                "/api/search?q=" + "a".repeat(600))) {
            HttpResponse<String> response = Http.get(path);
            assertEquals(400, response.statusCode(), path);
            assertEquals(400, Http.json(response).path("error").path("status").asInt(), path);
            assertFalse(Http.json(response).path("error").path("message").asText().isBlank(), path);
        }
        HttpResponse<String> missing = Http.get("/api/articles/no-such-article");
        assertEquals(404, missing.statusCode());
        assertTrue(Http.json(missing).path("error").path("message").asText().contains("not found"));
    }

    @Test
    void openApiDescribesEveryEndpoint() throws Exception {
        JsonNode spec = get("/openapi.json");
        assertTrue(spec.path("openapi").asText().startsWith("3."));
        Set<String> paths = new HashSet<>();
        spec.path("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(Set.of("/api/search", "/api/articles", "/api/articles/{id}", "/api/entities",
                "/api/entities/{id}", "/api/stories", "/api/stories/{id}", "/api/quotes"), paths);
    }
}
