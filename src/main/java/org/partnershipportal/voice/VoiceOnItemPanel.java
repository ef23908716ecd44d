package org.partnershipportal.voice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;

import java.io.Serializable;
import java.util.List;

/** The "Young people's voice" panel of an agenda item page (meetings/item.xhtml): what the decision drew on, and linking. */
@Named
@ViewScoped
public class VoiceOnItemPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VoiceInfluences influences;

    private long itemId;
    private List<VoiceInfluences.Influence> links = List.of();
    private VoiceInfluences.Choices choices;
    private Long resourceId;
    private Long actionId;
    private String whatChanged;

    public void load(long itemId) {
        this.itemId = itemId;
        refresh();
    }

    public void link() {
        try {
            VoiceInfluences.Influence linked = influences.link(itemId, resourceId, actionId, whatChanged);
            FacesMessages.info("Linked to \"" + linked.resourceTitle() + "\": the resource now shows what changed.");
            resourceId = null;
            actionId = null;
            whatChanged = null;
            refresh();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "voice");
        }
    }

    public void unlink(long influenceId) {
        influences.unlink(influenceId);
        FacesMessages.info("Link removed.");
        refresh();
    }

    private void refresh() {
        links = influences.ofItem(itemId);
        choices = influences.choices(itemId).orElse(null);
    }

    public List<VoiceInfluences.Influence> getLinks() {
        return links;
    }

    /** Null when the reader does not manage the board's meetings. */
    public VoiceInfluences.Choices getChoices() {
        return choices;
    }

    public Long getResourceId() {
        return resourceId;
    }

    public void setResourceId(Long resourceId) {
        this.resourceId = resourceId;
    }

    public Long getActionId() {
        return actionId;
    }

    public void setActionId(Long actionId) {
        this.actionId = actionId;
    }

    public String getWhatChanged() {
        return whatChanged;
    }

    public void setWhatChanged(String whatChanged) {
        this.whatChanged = whatChanged;
    }
}
