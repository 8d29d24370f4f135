/**
 * The guideline catalog as data: the sections in order ({@link
 * io.github.hubpolicy.api.catalog.SectionInfo}) and the policy version, read through {@link
 * io.github.hubpolicy.api.catalog.PolicySections}. JDK only, so that the rules and the
 * transparency module read the same catalog without Drools.
 */
package io.github.hubpolicy.api.catalog;
