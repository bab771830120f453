package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.marsad.dating.UrlDate;
import org.marsad.dating.UrlDateScore;
import org.marsad.export.ExportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code marsad evaluate dates --out DIR}: the publication dates of an analysed export against
 * the days written in the articles' addresses, which the analysis never reads.
 */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "Publication dates of an export against the day each article's address gives "
                + "(/2015/08/02/, /20150802/), for the articles whose address gives one.")
final class EvaluateDatesCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    ExportDir export;

    @Override
    public Integer call() throws Exception {
        Path out = export.existing();
        UrlDateScore score = new UrlDateScore();
        int lineNumber = 0;
        try (BufferedReader lines = Files.newBufferedReader(out.resolve(ExportWriter.ARTICLES), StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode article = JSON.readTree(line);
                LocalDate gold = UrlDate.of(article.path("url").asText(null));
                if (gold == null) {
                    continue;
                }
                try {
                    String published = article.path("published").asText(null);
                    score.add(gold, published == null ? null : LocalDate.parse(published),
                            article.path("published_inferred").asBoolean(false));
                } catch (DateTimeParseException e) {
                    System.err.println("marsad: " + out.resolve(ExportWriter.ARTICLES) + " line " + lineNumber
                            + ": published is not a date: " + e.getParsedString());
                }
            }
        }
        if (score.articles() == 0) {
            System.out.println("no article's address gives a day");
            return ExitCodes.OK;
        }
        System.out.print(score.report());
        return ExitCodes.OK;
    }
}
