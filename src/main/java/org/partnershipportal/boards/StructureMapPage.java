package org.partnershipportal.boards;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** structure/index.xhtml: the partnership structure map. */
@Named
@RequestScoped
public class StructureMapPage {

    @Inject
    StructureMap structureMap;

    private StructureMap.Map map;
    private String diagram;

    @PostConstruct
    void load() {
        map = structureMap.load();
        diagram = structureMap.diagram();
    }

    public StructureMap.Map getMap() {
        return map;
    }

    /** Built by {@link StructureDiagram} from escaped text only, so it is rendered as markup. */
    public String getDiagram() {
        return diagram;
    }
}
