package ru.opora;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Module boundaries (Spring Modulith) and the architecture rules of style.md, checked on every build. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(Opora.class);
    static final com.tngtech.archunit.core.domain.JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.opora");

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
    }

    @Test
    void controllersArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .check(classes);
    }

    @Test
    void noPackageHasAForbiddenLayerName() {
        noClasses()
                .should()
                .resideInAnyPackage(
                        "..service..",
                        "..services..",
                        "..dto..",
                        "..mapper..",
                        "..impl..",
                        "..util..",
                        "..utils..",
                        "..helper..",
                        "..common..",
                        "..misc..")
                .check(classes);
    }

    @Test
    void noModuleDependsOnPlatform() {
        noClasses()
                .that()
                .resideOutsideOfPackage("ru.opora.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("ru.opora.platform..")
                .check(classes);
    }

    /**
     * A controller is a doorway: it translates HTTP to a module's API and back. Logic that another
     * class needs lives in that module's types, never in a controller or a type nested in one (only
     * a controller's own nested types may refer to it).
     */
    @Test
    void noClassDependsOnAController() {
        classes().should(notDependOnForeignControllers()).check(classes);
    }

    private static ArchCondition<JavaClass> notDependOnForeignControllers() {
        return new ArchCondition<>("not depend on a controller") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                JavaClass own = topLevel(item);
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = topLevel(d.getTargetClass());
                    boolean controller =
                            target.isAnnotatedWith(Controller.class) || target.isAnnotatedWith(RestController.class);
                    if (controller && !target.isAnnotation() && !target.equals(own))
                        events.add(SimpleConditionEvent.violated(item, d.getDescription()));
                }
            }
        };
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent())
            top = top.getEnclosingClass().get();
        return top;
    }

    @Test
    void domainCodeNeverCallsTheSystemClockDirectly() {
        noClasses()
                .should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .check(classes);
    }
}
