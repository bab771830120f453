package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldMappingTest {

    @Test
    void defaultsTryTheUsualNamesInOrder() {
        FieldMapping m = FieldMapping.defaults();
        assertEquals(List.of("maintext", "content", "text", "body", "article", "description"), m.names(FieldMapping.Role.TEXT));
        assertEquals(List.of("authors", "author", "byline"), m.names(FieldMapping.Role.BYLINE));
        assertEquals(List.of("date_download", "date_extracted", "date_crawled"), m.names(FieldMapping.Role.DOWNLOADED));
        assertEquals(List.of("source_domain", "source", "outlet", "site_name"), m.names(FieldMapping.Role.OUTLET));
    }

    @Test
    void parseOverridesOnlyTheRolesItNames() {
        FieldMapping m = FieldMapping.parse("text=content, downloaded=date_extracted,AUTHOR=writer|byline");
        assertEquals(List.of("content"), m.names(FieldMapping.Role.TEXT));
        assertEquals(List.of("date_extracted"), m.names(FieldMapping.Role.DOWNLOADED));
        assertEquals(List.of("writer", "byline"), m.names(FieldMapping.Role.BYLINE));
        assertEquals(FieldMapping.defaults().names(FieldMapping.Role.TITLE), m.names(FieldMapping.Role.TITLE));
    }

    @Test
    void anEmptyNameTurnsARoleOff() {
        assertEquals(List.of(), FieldMapping.parse("published=").names(FieldMapping.Role.PUBLISHED));
    }

    @Test
    void overridesStackAsRepeatedOptionsWould() {
        FieldMapping m = FieldMapping.parse("text=a").withOverrides("title=b").withOverrides("text=c");
        assertEquals(List.of("c"), m.names(FieldMapping.Role.TEXT));
        assertEquals(List.of("b"), m.names(FieldMapping.Role.TITLE));
    }

    @Test
    void toStringParsesBackToTheSameMapping() {
        FieldMapping m = FieldMapping.parse("text=content|body,id=");
        assertEquals(m, FieldMapping.parse(m.toString()));
    }

    @Test
    void badSpecsSayWhatIsWrongAndListTheRoles() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse("txt=content"));
        assertTrue(unknown.getMessage().contains("unknown role \"txt\"") && unknown.getMessage().contains("text, title, byline"),
                unknown::getMessage);
        IllegalArgumentException noEquals = assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse("content"));
        assertTrue(noEquals.getMessage().startsWith("--field \"content\": write ROLE=NAME"), noEquals::getMessage);
    }
}
