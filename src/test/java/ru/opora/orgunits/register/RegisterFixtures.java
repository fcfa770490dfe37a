package ru.opora.orgunits.register;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.SchoolKind;
import ru.opora.orgunits.Scope;
import ru.opora.orgunits.Settlement;

/** Drafts, municipalities and contexts for the register's unit tests. */
final class RegisterFixtures {

    static final OrgPath REGION_PATH = OrgPath.ofRegion(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    static final UUID MUNICIPALITY_ID = UUID.fromString("00000000-0000-0000-0000-000000000002");
    static final OrgPath MUNICIPALITY_PATH = REGION_PATH.child(MUNICIPALITY_ID);

    private RegisterFixtures() {}

    static SchoolDraft draft(int row, String code) {
        return draft(row, code, "01", null);
    }

    static SchoolDraft draft(int row, String code, String municipality, String branchOf) {
        return new SchoolDraft(
                row,
                code,
                municipality,
                "Школа " + code,
                "СОШ " + code,
                "7707083893",
                null,
                null,
                SchoolKind.SOSH,
                true,
                true,
                true,
                Settlement.URBAN,
                false,
                false,
                500,
                40,
                null,
                false,
                branchOf);
    }

    static Municipalities.Located municipality() {
        var m = new Municipality(MUNICIPALITY_ID, UUID.randomUUID(), "01", "Заречный район", null, "27606000");
        return new Municipalities.Located(m, MUNICIPALITY_PATH);
    }

    static Schools.Located existing(String code, OrgPath path) {
        var s = new School(
                UUID.randomUUID(),
                MUNICIPALITY_ID,
                code,
                "Школа",
                "СОШ",
                "7707083893",
                null,
                null,
                SchoolKind.SOSH,
                true,
                true,
                true,
                Settlement.URBAN,
                false,
                false,
                1,
                1,
                null,
                false,
                null);
        return new Schools.Located(s, path);
    }

    static RegisterContext context(Map<String, Schools.Located> existing) {
        return new RegisterContext(Scope.of(REGION_PATH), List.of(municipality()), existing);
    }
}
