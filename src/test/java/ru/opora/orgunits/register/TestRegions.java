package ru.opora.orgunits.register;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.SchoolKind;
import ru.opora.orgunits.Scope;
import ru.opora.orgunits.Settlement;

/**
 * Regions for tests, built through the register's own code: each test makes its own region with
 * codes no other test uses, and asserts on nothing outside it. A school is an ordinary urban СОШ of
 * 400 students teaching every level unless the test says otherwise.
 */
@Component
public class TestRegions {

    private static final AtomicInteger NUMBER = new AtomicInteger();

    /** What a test school is; change a copy with the {@code with…} methods. */
    public record SchoolSpec(
            SchoolKind kind,
            Settlement settlement,
            boolean primary,
            boolean basic,
            boolean secondary,
            int students,
            boolean small,
            boolean adverse,
            BigDecimal shareOvz) {

        public static final SchoolSpec DEFAULT = new SchoolSpec(
                SchoolKind.SOSH, Settlement.URBAN, true, true, true, 400, false, false, BigDecimal.valueOf(3));

        public SchoolSpec withKind(SchoolKind k) {
            return new SchoolSpec(k, settlement, primary, basic, secondary, students, small, adverse, shareOvz);
        }

        public SchoolSpec rural(int headcount) {
            return new SchoolSpec(
                    kind, Settlement.RURAL, primary, basic, secondary, headcount, true, adverse, shareOvz);
        }

        public SchoolSpec primaryOnly() {
            return new SchoolSpec(SchoolKind.NOSH, settlement, true, false, false, students, small, adverse, shareOvz);
        }

        public SchoolSpec inAdverseConditions() {
            return new SchoolSpec(kind, settlement, primary, basic, secondary, students, small, true, shareOvz);
        }
    }

    /** A region built for one test. Schools are listed municipality after municipality. */
    public record TestRegion(
            String code, OrgUnitRef region, List<OrgUnitRef> municipalities, List<OrgUnitRef> schools) {

        public OrgPath path() {
            return region.path();
        }

        public Scope scope() {
            return Scope.of(region.path());
        }

        public OrgUnitRef municipality(int index) {
            return municipalities.get(index);
        }

        public OrgUnitRef school(int index) {
            return schools.get(index);
        }

        public List<OrgUnitRef> schoolsOf(OrgUnitRef municipality) {
            return schools.stream()
                    .filter(s -> municipality.path().contains(s.path()))
                    .toList();
        }
    }

    private final Regions regions;
    private final Municipalities municipalities;
    private final Schools schools;
    private final RegisterImport imports;
    private final OrgUnits orgUnits;

    TestRegions(
            Regions regions,
            Municipalities municipalities,
            Schools schools,
            RegisterImport imports,
            OrgUnits orgUnits) {
        this.regions = regions;
        this.municipalities = municipalities;
        this.schools = schools;
        this.imports = imports;
        this.orgUnits = orgUnits;
    }

    /** Two municipalities of three ordinary schools each. */
    @Transactional
    public TestRegion create() {
        return create(2, 3, UnaryOperator.identity());
    }

    /**
     * {@code municipalityCount} municipalities of {@code schoolsEach} schools; {@code spec} may change
     * the school with the given overall index.
     */
    @Transactional
    public TestRegion create(int municipalityCount, int schoolsEach, UnaryOperator<SchoolSpec> everySchool) {
        return create(municipalityCount, schoolsEach, (index, spec) -> everySchool.apply(spec));
    }

    /** Per school: {@code (index, default) -> spec}. */
    public interface Specs {
        SchoolSpec of(int index, SchoolSpec spec);
    }

    @Transactional
    public TestRegion create(int municipalityCount, int schoolsEach, Specs specs) {
        String code = "T" + ProcessHandle.current().pid() % 1000 + "-" + NUMBER.incrementAndGet();
        UUID regionId = UUID.randomUUID();
        OrgPath regionPath =
                regions.insert(regionId, code, "Тестовая область " + code, "Министерство образования " + code);
        var municipalityRefs = new ArrayList<OrgUnitRef>();
        var schoolRefs = new ArrayList<OrgUnitRef>();
        int index = 0;
        for (int m = 1; m <= municipalityCount; m++) {
            var municipality = new Municipality(
                    UUID.randomUUID(), regionId, code + "-" + m, "Район " + m + " " + code, "Управление " + m, null);
            municipalities.insert(municipality, regionPath);
            OrgPath municipalityPath = regionPath.child(municipality.id());
            municipalityRefs.add(ref(municipality.id()));
            for (int s = 1; s <= schoolsEach; s++) {
                var spec = specs.of(index++, SchoolSpec.DEFAULT);
                var school = school(municipality.id(), code + "-" + m + "-" + s, "Школа № " + s + " района " + m, spec);
                schools.insert(school, municipalityPath);
                schoolRefs.add(ref(school.id()));
            }
        }
        return new TestRegion(code, ref(regionId), municipalityRefs, schoolRefs);
    }

    /** Moves a school to another municipality the way a region admin does: by re-importing its register row. */
    public OrgUnitRef moveByReimport(TestRegion region, OrgUnitRef school, OrgUnitRef toMunicipality) {
        var stored = schools.find(school.id()).orElseThrow().school();
        String csv = String.join(";", RegisterTemplate.headers()) + "\n"
                + String.join(
                        ";",
                        stored.code(),
                        toMunicipality.code(),
                        stored.fullName(),
                        stored.shortName(),
                        stored.inn(),
                        "",
                        "",
                        stored.kind().name(),
                        stored.levels(),
                        stored.settlement() == Settlement.URBAN ? "город" : "село",
                        stored.small() ? "да" : "нет",
                        stored.correctional() ? "да" : "нет",
                        String.valueOf(stored.students()),
                        String.valueOf(stored.teachers()),
                        stored.shareOvz() == null
                                ? ""
                                : stored.shareOvz().toPlainString().replace('.', ','),
                        stored.adverseSocialConditions() ? "да" : "нет",
                        "")
                + "\n";
        var report = imports.importNow(
                "move.csv", csv.getBytes(StandardCharsets.UTF_8), region.scope(), "region-admin", false);
        if (!report.ok()) throw new IllegalStateException("the re-import was refused: " + report.problems());
        return ref(school.id());
    }

    private static School school(UUID municipalityId, String code, String name, SchoolSpec spec) {
        return new School(
                UUID.randomUUID(),
                municipalityId,
                code,
                "Муниципальное бюджетное общеобразовательное учреждение «" + name + "»",
                name,
                "7707083893",
                null,
                null,
                spec.kind(),
                spec.primary(),
                spec.basic(),
                spec.secondary(),
                spec.settlement(),
                spec.small(),
                spec.kind() == SchoolKind.CORRECTIONAL,
                spec.students(),
                Math.max(3, spec.students() / 15),
                spec.shareOvz(),
                spec.adverse(),
                null);
    }

    private OrgUnitRef ref(UUID id) {
        return orgUnits.find(id).orElseThrow();
    }

    /** The register's kinds, for tests that look a unit up by code. */
    public OrgUnitRef byCode(OrgUnitKind kind, String code) {
        return orgUnits.findByCode(kind, code).orElseThrow();
    }
}
