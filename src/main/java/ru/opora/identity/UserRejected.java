package ru.opora.identity;

/** A user change that breaks a rule; the message key names the rule for the form. */
final class UserRejected extends RuntimeException {

    final String messageKey;
    final Object[] args;

    UserRejected(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }
}
