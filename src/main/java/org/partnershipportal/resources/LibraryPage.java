package org.partnershipportal.resources;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.boards.HarmType;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;

import java.io.Serializable;
import java.util.List;

/** resources/index.xhtml: search and browse the library; editors also see drafts and what is due for review. */
@Named
@ViewScoped
public class LibraryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResourceLibrary library;

    @Inject
    ResourceEditing editing;

    private String text;
    private String theme;
    private Long harmId;
    private Audience audience;
    private List<ResourceLibrary.Hit> hits;
    private List<String> themes;
    private List<HarmType> harms;
    private List<Resource> editorsList;
    private List<Resource> dueForReview;

    public void load() {
        themes = library.themes();
        harms = library.harmTypes();
        if (library.isEditor()) {
            editorsList = editing.all();
            dueForReview = editing.dueForReview();
        }
        search();
    }

    public void search() {
        try {
            hits = library.search(new ResourceLibrary.Query(text, theme, harmId, audience));
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "search");
        }
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public boolean isEditor() {
        return library.isEditor();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public Long getHarmId() {
        return harmId;
    }

    public void setHarmId(Long harmId) {
        this.harmId = harmId;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public List<ResourceLibrary.Hit> getHits() {
        return hits;
    }

    public List<String> getThemes() {
        return themes;
    }

    public List<HarmType> getHarms() {
        return harms;
    }

    public List<Resource> getEditorsList() {
        return editorsList;
    }

    public List<Resource> getDueForReview() {
        return dueForReview;
    }
}
