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
        String result = printable(name.substring(name.lastIndexOf('/') + 1));
        return result.isEmpty() ? "file" : result;
    }

    /**
     * The name as sent, folder and all, without control and direction characters: for checks that
     * refuse a name with a path rather than cut it off.
     */
    public static String printable(@Nullable String original) {
        if (original == null) return "";
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        var clean = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && !bidiControl(c))
                .forEach(clean::appendCodePoint);
        return clean.toString().strip();
    }

    private static boolean bidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
    }
}
