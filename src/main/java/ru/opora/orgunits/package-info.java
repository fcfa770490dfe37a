/**
 * The school register: regions, municipalities and schools in one hierarchy with a materialised
 * path. Owns the register's import (CSV/XLSX, dry run, all-or-nothing), its pages and API, the data
 * {@link ru.opora.orgunits.Scope} that every query of every module is filtered by, and the demo
 * region's generator.
 *
 * <p>Publishes {@link ru.opora.orgunits.RegisterEntryChanged} (consumed by identity's audit log)
 * and {@link ru.opora.orgunits.DemoRegionCreated} (consumed by every module that adds demo data).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package ru.opora.orgunits;
