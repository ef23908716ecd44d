package org.partnershipportal.duplicates;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** admin/abbreviations.xhtml: the abbreviations the duplicate finder understands, and adding the partnership's own. */
@Named
@ViewScoped
public class AbbreviationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnershipAbbreviations abbreviations;

    private String abbreviation;
    private String expansion;
    private List<PartnershipAbbreviation> own;
    private List<Map.Entry<String, String>> builtIn;

    public void load() {
        own = abbreviations.partnershipOwn();
        builtIn = abbreviations.builtIn();
    }

    public void add() {
        try {
            PartnershipAbbreviation added = abbreviations.add(abbreviation, expansion);
            FacesMessages.info(added.getAbbreviation() + " added. The duplicate finder is re-reading the register with it.");
            abbreviation = null;
            expansion = null;
            load();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "newAbbreviation");
        }
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    public void setAbbreviation(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String getExpansion() {
        return expansion;
    }

    public void setExpansion(String expansion) {
        this.expansion = expansion;
    }

    public List<PartnershipAbbreviation> getOwn() {
        return own;
    }

    public List<Map.Entry<String, String>> getBuiltIn() {
        return builtIn;
    }
}
