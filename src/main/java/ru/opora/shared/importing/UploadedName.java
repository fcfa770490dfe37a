package ru.opora.shared.importing;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * The name of an uploaded file as Opora shows it back: the last part of whatever path a browser
 * sent, in composed Unicode, without control characters or the bidirectional overrides that make
 * «exe.pdf» look like «fdp.exe». It is only ever shown, never used to store the file.
 */
public final class UploadedName {

    private UploadedName() {}

    public static String of(@Nullable String original) {
        if (original == null) return "file";
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        var clean = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && !bidiControl(c))
                .forEach(clean::appendCodePoint);
        String result = clean.toString().strip();
        return result.isEmpty() ? "file" : result;
    }

    private static boolean bidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
    }
}
