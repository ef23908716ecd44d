package org.partnershipportal.language;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.NotFoundException;

import java.io.Serializable;
import java.util.List;

/** language/index.xhtml: everyone reads the language list and its sources; administrators add, change and remove entries. */
@Named
@ViewScoped
public class LanguageListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LanguageList list;

    private List<ListedTerm> entries;
    private boolean mayEdit;
    private TermEntryForm form = new TermEntryForm();
    private Long editingId;
    private long editingVersion;

    public void load() {
        entries = list.entries();
        mayEdit = list.callerMayEdit();
    }

    public void edit(long termId) {
        ListedTerm term = list.find(termId).orElseThrow(() -> new NotFoundException("No such term in the language list"));
        form = TermEntryForm.of(term);
        editingId = termId;
        editingVersion = term.getVersion();
    }

    public void startNew() {
        form = new TermEntryForm();
        editingId = null;
    }

    public String save() {
        try {
            ListedTerm saved = editingId == null ? list.add(form) : list.change(editingId, editingVersion, form);
            FacesMessages.info("\u201c" + saved.getPhrase() + "\u201d " + (editingId == null ? "added to" : "saved in") + " the language list.");
            return "/language/index?faces-redirect=true";
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "entry");
            return null;
        } catch (ConflictException conflict) {
            FacesMessages.conflict(conflict);
            return null;
        }
    }

    public String remove() {
        if (editingId == null) {
            return null;
        }
        list.remove(editingId);
        FacesMessages.info("\u201c" + form.getPhrase() + "\u201d removed from the language list.");
        return "/language/index?faces-redirect=true";
    }

    public List<ListedTerm> getEntries() {
        return entries;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public TermEntryForm getForm() {
        return form;
    }

    public Long getEditingId() {
        return editingId;
    }
}
