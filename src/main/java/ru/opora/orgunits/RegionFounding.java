package ru.opora.orgunits;

/**
 * The one region an installation is founded with, at its first start: created when the register has
 * no region of that code, found otherwise.
 */
public interface RegionFounding {

    OrgUnitRef region(String code, String name, String authorityName);
}
