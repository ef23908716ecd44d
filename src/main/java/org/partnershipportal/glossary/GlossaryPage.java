package org.partnershipportal.glossary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;

import java.io.Serializable;
import java.util.List;

/** glossary/index.xhtml: search the glossary; administrators add terms. */
@Named
@ViewScoped
public class GlossaryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Glossary glossary;

    private String search;
    private List<GlossaryTerm> terms;
    private TermForm newTerm = new TermForm();

    public void load() {
        terms = glossary.terms(search);
    }

    public void find() {
        terms = glossary.terms(search);
    }

    public String add() {
        try {
            GlossaryTerm term = glossary.create(newTerm);
            FacesMessages.info("\u201c" + term.getName() + "\u201d added to the glossary.");
            return "/glossary/term?faces-redirect=true&id=" + term.getId();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "newTerm");
            return null;
        }
    }

    public boolean isAdmin() {
        return glossary.isAdmin();
    }

    public TermSource[] getSources() {
        return TermSource.values();
    }

    public TermStatus[] getStatuses() {
        return TermStatus.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<GlossaryTerm> getTerms() {
        return terms;
    }

    public TermForm getNewTerm() {
        return newTerm;
    }
}
