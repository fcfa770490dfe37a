package ru.opora.identity;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.RegisterEntryChanged;

/**
 * Writes register changes to the audit log. A plain, synchronous listener on purpose: the entry
 * is written in the transaction of the change, so the two commit or roll back together
 * (docs/decisions/0005-audit-in-the-changing-transaction.md).
 */
@Component
class AuditOnRegisterChange {

    private final AuditLog audit;

    AuditOnRegisterChange(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(RegisterEntryChanged change) {
        audit.record(new AuditLog.Change(
                change.actor(),
                change.path(),
                change.kind().name(),
                change.id().toString(),
                change.label(),
                change.added() ? "CREATE" : "UPDATE",
                change.before(),
                change.after()));
    }
}
