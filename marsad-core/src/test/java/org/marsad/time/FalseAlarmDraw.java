package org.marsad.time;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.marsad.text.SentenceSplitter;

/**
 * Draws SaudiNewsNet body sentences at random (seeded) and writes each with what the tagger
 * finds in it, one block a sentence, for hand judging: the false-alarm evaluation keeps the
 * first 200 drawn sentences judged to hold no time expression (docs/eval/timex-false-alarms.md).
 *
 * <pre>
 * mvn -B -q -pl marsad-core test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *   -Dexec.classpathScope=test -Dexec.mainClass=org.marsad.time.FalseAlarmDraw \
 *   -Dexec.args="SEED COUNT OUT.tsv" [-Dmarsad.shared=/path/to/shared]
 * </pre>
 *
 * Output: tab-separated {@code draw, article, outlet, sentence, spans} with spans as
 * {@code text=value} joined by {@code " | "} (anchor: the article's download date).
 */
public final class FalseAlarmDraw {
    private FalseAlarmDraw() {
    }

    public static void main(String[] args) throws IOException {
        long seed = Long.parseLong(args[0]);
        int count = Integer.parseInt(args[1]);
        List<SnnSentences.Sentence> drawn = SnnSentences.draw(SnnSentences.all(), seed, count);
        TimexTagger tagger = new TimexTagger();
        try (PrintStream out = new PrintStream(Path.of(args[2]).toFile(), StandardCharsets.UTF_8)) {
            out.println("draw\tarticle\toutlet\tsentence\tspans");
            for (int d = 0; d < drawn.size(); d++) {
                SnnSentences.Sentence s = drawn.get(d);
                out.println((d + 1) + "\t" + s.article() + "\t" + s.outlet() + "\t" + oneLine(s.text()) + "\t"
                        + spans(tagger, s));
            }
        }
    }

    static String spans(TimexTagger tagger, SnnSentences.Sentence s) {
        String t = s.text();
        return tagger.tag(t, new SentenceSplitter().split(t), s.downloaded()).stream()
                .map(x -> oneLine(x.textIn(t)) + "=" + x.value()).collect(Collectors.joining(" | "));
    }

    static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
