/**
 * The school register: regions, municipalities and schools in one hierarchy with a materialised
 * path. Owns the register's and the municipalities' imports (CSV/XLSX, dry run, all-or-nothing; also
 * as API jobs), the founding of a new installation's region ({@link ru.opora.orgunits.RegionFounding}),
 * the levels a school teaches ({@link ru.opora.orgunits.Levels}), its pages and API, the data
 * {@link ru.opora.orgunits.Scope} that every query of every module is filtered by, and the demo
 * region's generator.
 *
 * <p>Publishes {@link ru.opora.orgunits.RegisterEntryChanged} (consumed by identity's audit log)
 * and {@link ru.opora.orgunits.DemoRegionCreated} (consumed by every module that adds demo data).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package ru.opora.orgunits;
