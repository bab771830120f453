package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The input formats found on the class path, looked up once: the loader reads jar manifests. */
final class InstalledFormats {

    private InstalledFormats() {
    }

    static List<InputFormat> all() {
        return Holder.FORMATS;
    }

    private static final class Holder {
        static final List<InputFormat> FORMATS = load();

        private static List<InputFormat> load() {
            List<InputFormat> formats = new ArrayList<>();
            ServiceLoader.load(InputFormat.class, InputFormat.class.getClassLoader()).forEach(formats::add);
            return List.copyOf(formats);
        }
    }
}
