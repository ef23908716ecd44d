package org.partnershipportal.resources;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** "New and updated" guidance on the home page. */
@Named
@RequestScoped
public class HomeGuidance {

    @Inject
    ResourceLibrary library;

    private List<Resource> newAndUpdated;

    public List<Resource> getNewAndUpdated() {
        if (newAndUpdated == null) {
            newAndUpdated = library.newAndUpdated(5);
        }
        return newAndUpdated;
    }
}
