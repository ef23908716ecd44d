package org.partnershipportal.testsupport;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;

/**
 * Failsafe's class order (junit.jupiter.testclass.order.default in pom.xml), with the in-server test
 * classes ({@link Deployments#IN_SERVER_TESTS}) moved to the front, one after the other: they share one
 * Payara Micro ({@link SharedMicroContainer}), which then stops before the shared outside-in portal
 * starts instead of idling beside it. Every other class keeps its place relative to the rest.
 */
public class InServerTestsFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(InServerTestsFirst::rank));
    }

    private static int rank(ClassDescriptor descriptor) {
        int inServer = Deployments.IN_SERVER_TESTS.indexOf(descriptor.getTestClass().getName());
        return inServer >= 0 ? inServer : Deployments.IN_SERVER_TESTS.size();
    }
}
