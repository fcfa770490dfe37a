package ru.opora.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.shared.Table;

/** What the user administration pages show besides a user: the org units an admin may give, and the list as a table. */
@Component
class UserPages {

    /** The choices of the user form, within the admin's own scope. */
    record Choices(
            List<OrgUnitRef> regions,
            List<OrgUnitRef> municipalities,
            Map<UUID, List<OrgUnitRef>> schoolsByMunicipality) {

        public List<Role> roles() {
            return List.of(Role.values());
        }
    }

    private final UserAdministration administration;
    private final OrgUnits orgUnits;
    private final MessageSource messages;

    UserPages(UserAdministration administration, OrgUnits orgUnits, MessageSource messages) {
        this.administration = administration;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    Choices choices(SignedInUser admin) {
        var schools = orgUnits.inScope(OrgUnitKind.SCHOOL, admin.scope());
        return new Choices(
                orgUnits.inScope(OrgUnitKind.REGION, admin.scope()),
                orgUnits.inScope(OrgUnitKind.MUNICIPALITY, admin.scope()),
                schools.stream().collect(Collectors.groupingBy(OrgUnitRef::parentId)));
    }

    /** The admin's users with their roles and scopes. */
    Table table(SignedInUser admin, Locale locale) {
        var rows = new ArrayList<List<?>>();
        for (var u : administration.users(admin))
            rows.add(Arrays.asList(
                    u.username(),
                    u.fullName(),
                    u.email(),
                    messages.getMessage(u.role().messageKey(), null, locale),
                    u.enabled(),
                    u.scope().stream().map(OrgUnitRef::name).collect(Collectors.joining("; "))));
        var headers = Table.headers(
                messages,
                locale,
                "users.username",
                "users.fullName",
                "users.email",
                "users.role",
                "users.enabled",
                "users.scope");
        return new Table(messages.getMessage("users.title", null, locale), headers, rows);
    }
}
