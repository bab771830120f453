package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.marsad.doc.Provenance;

/**
 * Reads a zip archive as a stream, entry by entry in archive order, each entry an input of its
 * own named {@code archive.zip!/entry}. Streaming (not {@code ZipFile}) keeps the entries before
 * a truncation readable, and works the same for a zip inside a zip, a {@code .zip.gz} or stdin.
 */
final class ZipReader {

    private final ReadContext ctx;
    private final InputReader entries;

    ZipReader(ReadContext ctx, InputReader entries) {
        this.ctx = ctx;
        this.entries = entries;
    }

    void read(InputStream in, String input) {
        Provenance whole = Provenance.ofFile(input);
        PushbackInputStream peek = new PushbackInputStream(in, 4);
        byte[] magic;
        try {
            magic = peek.readNBytes(4);
            peek.unread(magic);
        } catch (IOException e) {
            ctx.reject(whole, e);
            return;
        }
        if (magic.length == 0) {
            ctx.reject(whole, Rejection.Kind.EMPTY, "empty file");
            return;
        }
        boolean local = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        boolean emptyArchive = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 5 && magic[3] == 6;
        if (emptyArchive) {
            ctx.reject(whole, Rejection.Kind.EMPTY, "the zip archive has no entries");
            return;
        }
        if (!local) {
            ctx.reject(whole, Rejection.Kind.MALFORMED, "not a zip archive, though its name ends in .zip");
            return;
        }
        // Latin-1 never fails, so one odd name cannot stop the archive; realName() repairs UTF-8 names.
        ZipInputStream zip = new ZipInputStream(peek, StandardCharsets.ISO_8859_1);
        GuardedInputStream guarded = new GuardedInputStream(zip, "zip");
        int read = 0;
        while (true) {
            ZipEntry entry;
            try {
                entry = zip.getNextEntry();
            } catch (IOException e) {
                if (!guarded.failed()) { // else the entry being read has been rejected for it already
                    ctx.reject(whole, guarded.translate(e));
                }
                return;
            }
            if (entry == null) {
                break;
            }
            String name = realName(entry.getName());
            if (entry.isDirectory() || isHidden(name)) {
                continue;
            }
            read++;
            entries.read(guarded, input + "!/" + name, name, entry.getSize());
            if (guarded.failed()) {
                return;
            }
        }
        if (read == 0) {
            ctx.reject(whole, Rejection.Kind.EMPTY, "the zip archive holds only folders or hidden files");
        }
    }

    /** Skips what archivers add beside the content: dot-files and macOS resource forks. */
    static boolean isHidden(String entryName) {
        for (String part : entryName.split("/")) {
            if (part.startsWith(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names flagged as UTF-8 arrive decoded; unflagged ones arrive as Latin-1. Many tools write
     * UTF-8 without the flag, so a Latin-1 name whose bytes are valid UTF-8 is read as UTF-8.
     */
    static String realName(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0xFF) {
                return name; // flagged UTF-8, decoded already
            }
        }
        byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return name;
        }
    }
}
