package org.partnershipportal.testsupport;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This test relies on the demo partnership: it signs in as its people (with {@code DemoPartnership.DEMO_PASSWORD}) or
 * reads its boards and records, so it runs only against a portal that loaded the demo data, as the test run's shared
 * portal, the Arquillian deployments and the cluster do. Tests without it build what they need
 * ({@code TestData}, or rows of their own). Tagged, so a run can leave them out: {@code -DexcludedGroups=demo-partnership}.
 * {@code DemoDependenceTest} fails when a test uses the demo data without saying so.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("demo-partnership")
public @interface UsesDemoPartnership {
}
