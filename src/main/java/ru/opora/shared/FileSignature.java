package ru.opora.shared;

/**
 * The first bytes each allowed type starts with, so that a program renamed to «.pdf» is refused.
 * Office Open XML and OpenDocument files are ZIP archives; old Word and Excel files are OLE2.
 */
public final class FileSignature {

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private FileSignature() {}

    public static boolean matches(String extension, byte[] head) {
        return switch (extension) {
            case "pdf" -> starts(head, PDF);
            case "docx", "xlsx", "odt", "ods" -> starts(head, ZIP);
            case "doc", "xls" -> starts(head, OLE);
            case "png" -> starts(head, PNG);
            case "jpg", "jpeg" -> starts(head, JPG);
            default -> false;
        };
    }

    private static boolean starts(byte[] head, byte[] signature) {
        if (head.length < signature.length) return false;
        for (int i = 0; i < signature.length; i++) if (head[i] != signature[i]) return false;
        return true;
    }
}
