package ru.opora.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * Names a module gives to codes it writes into the audit log whose names live in its own data (a
 * region's risk factors), so that the log reads in words. Codes named by a fixed list are named
 * in the messages instead; the log keeps the codes as they were written.
 */
public interface AuditTerms {

    /** The vocabulary's name as the audit's messages refer to it, e.g. {@code riskFactor}. */
    String vocabulary();

    /** The code's name for people, if this vocabulary knows it. */
    Optional<String> name(String code, Locale locale);
}
