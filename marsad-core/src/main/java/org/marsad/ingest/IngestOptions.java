package org.marsad.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How {@link Ingestor} reads its inputs. Immutable; change it with the {@code with...} methods.
 *
 * @param fields          which JSON field plays which role ({@code --field ROLE=NAME})
 * @param forcedEncoding  the encoding of every text input, or null to detect it ({@code --encoding})
 * @param maxArticleBytes the largest article accepted, in bytes ({@code --max-article-size})
 * @param formats         the input formats read beside text and JSON (web pages, crawls, feeds)
 * @param webAddresses    what reads inputs given as web addresses, or null when the run may not
 *                        use the network ({@code --fetch})
 */
public record IngestOptions(FieldMapping fields, Charset forcedEncoding, long maxArticleBytes,
        List<InputFormat> formats, WebAddressReader webAddresses) {

    /** The command-line options these settings come from; rejection messages name them. */
    public static final String FIELD_OPTION = "--field";
    public static final String ENCODING_OPTION = "--encoding";
    public static final String MAX_ARTICLE_SIZE_OPTION = "--max-article-size";

    public static final long DEFAULT_MAX_ARTICLE_BYTES = 10L * 1024 * 1024;

    /** Arrays in Java stop near 2 GiB; an article cannot be buffered beyond that. */
    static final long HARD_MAX_ARTICLE_BYTES = Integer.MAX_VALUE - 1024;

    public IngestOptions {
        if (fields == null) {
            fields = FieldMapping.defaults();
        }
        if (maxArticleBytes <= 0 || maxArticleBytes > HARD_MAX_ARTICLE_BYTES) {
            throw new IllegalArgumentException(MAX_ARTICLE_SIZE_OPTION + " must be between 1 byte and "
                    + HARD_MAX_ARTICLE_BYTES + " bytes, not " + maxArticleBytes);
        }
        formats = formats == null ? List.of() : List.copyOf(formats);
    }

    /** The default settings, with every input format installed on the class path. */
    public static IngestOptions defaults() {
        return new IngestOptions(FieldMapping.defaults(), null, DEFAULT_MAX_ARTICLE_BYTES, InstalledFormats.all(),
                null);
    }

    public IngestOptions withFields(FieldMapping fields) {
        return new IngestOptions(Objects.requireNonNull(fields), forcedEncoding, maxArticleBytes, formats, webAddresses);
    }

    /** @param encoding the encoding of every input, or null to detect it per input */
    public IngestOptions withForcedEncoding(Charset encoding) {
        return new IngestOptions(fields, encoding, maxArticleBytes, formats, webAddresses);
    }

    /** The {@code --encoding NAME} form: any name or alias Java knows (cp1256, iso-8859-6, utf-16le). */
    public IngestOptions withForcedEncoding(String name) {
        return withForcedEncoding(charsetNamed(name));
    }

    public IngestOptions withMaxArticleBytes(long bytes) {
        return new IngestOptions(fields, forcedEncoding, bytes, formats, webAddresses);
    }

    /** @param reader what fetches and reads inputs given as web addresses, or null to reject them */
    public IngestOptions withWebAddresses(WebAddressReader reader) {
        return new IngestOptions(fields, forcedEncoding, maxArticleBytes, formats, reader);
    }

    public IngestOptions withFormats(List<InputFormat> formats) {
        return new IngestOptions(fields, forcedEncoding, maxArticleBytes, Objects.requireNonNull(formats),
                webAddresses);
    }

    /** The {@code --max-article-size SIZE} form, e.g. {@code 20MiB}, {@code 500k}, {@code 1048576}. */
    public IngestOptions withMaxArticleSize(String size) {
        return withMaxArticleBytes(parseByteSize(size));
    }

    static Charset charsetNamed(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException(ENCODING_OPTION + ": unknown encoding \"" + name
                    + "\" (try windows-1256, ISO-8859-6, UTF-8, UTF-16LE)");
        }
    }

    /**
     * Reads a size such as {@code 10MiB}, {@code 10M}, {@code 10MB}, {@code 512k} or a plain number
     * of bytes. K, M and G are binary (1024-based) whatever the spelling: nobody means 10^6 here.
     */
    public static long parseByteSize(String size) {
        String s = size.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        int digitsEnd = 0;
        while (digitsEnd < s.length() && (Character.isDigit(s.charAt(digitsEnd)) || s.charAt(digitsEnd) == '.')) {
            digitsEnd++;
        }
        String unit = s.substring(digitsEnd);
        long scale = switch (unit) {
            case "", "b" -> 1L;
            case "k", "kb", "kib" -> 1L << 10;
            case "m", "mb", "mib" -> 1L << 20;
            case "g", "gb", "gib" -> 1L << 30;
            default -> -1L;
        };
        if (digitsEnd == 0 || scale < 0) {
            throw new IllegalArgumentException(MAX_ARTICLE_SIZE_OPTION + ": cannot read size \"" + size
                    + "\" (write e.g. 10MiB, 500k or 1048576)");
        }
        try {
            return (long) (Double.parseDouble(s.substring(0, digitsEnd)) * scale);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MAX_ARTICLE_SIZE_OPTION + ": cannot read size \"" + size + "\"");
        }
    }

    /** {@code 52428800 bytes (50.0 MiB)}: exact for scripts, rounded for people. */
    static String describeBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return bytes + " bytes (" + String.format(Locale.ROOT, "%.1f %s", value, units[unit]) + ")";
    }
}
