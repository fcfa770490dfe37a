package ru.opora.shared.importing;

import java.util.Arrays;

/**
 * An uploaded file that cannot be read as a table at all. {@code code} is a message key suffix
 * ({@code import.error.FILE-E003}); {@code args} fill its placeholders, the first always being the
 * file's name.
 */
public final class UnreadableFile extends RuntimeException {

    private final String code;
    private final Object[] args;

    public UnreadableFile(String code, Object... args) {
        super(code + " " + Arrays.toString(args));
        this.code = code;
        this.args = args.clone();
    }

    public UnreadableFile(Throwable cause, String code, Object... args) {
        this(code, args);
        initCause(cause);
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "import.error." + code;
    }

    public Object[] args() {
        return args.clone();
    }
}
