package org.partnershipportal.resources;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PageIds;
import org.partnershipportal.platform.PortalClock;
import org.partnershipportal.platform.Wording;

import java.io.Serializable;

/** resources/resource.xhtml?id=…: the reading view, and "was this useful?". */
@Named
@ViewScoped
public class ResourcePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResourceLibrary library;

    /** Days ("today", due dates) are London's, from the portal's clock (PortalClock's time policy). */
    @Inject
    PortalClock clock;

    private String id;
    private Resource resource;
    private Boolean useful;
    private String comment;
    private boolean thanked;
    /** The reader's earlier answer to "was this useful?", as the page says it; null before they have answered. */
    private String earlierAnswer;
    private Reading reading;

    public void load() {
        resource = library.open(PageIds.parse(id));
        library.myFeedback(resource.getId()).ifPresent(earlier -> {
            useful = earlier.isUseful();
            comment = earlier.getComment();
            earlierAnswer = "You told the author on " + Wording.momentDate(earlier.getGivenAt()) + " that this was "
                    + (earlier.isUseful() ? "useful" : "not useful") + ". You can change your answer.";
        });
    }

    /** "You told the author on 3 December 2026 that this was useful. …", or null before the reader has answered. */
    public String getEarlierAnswer() {
        return earlierAnswer;
    }

    public void giveFeedback() {
        try {
            library.giveFeedback(resource.getId(), useful, comment);
            thanked = true;
            FacesMessages.info("Thank you. The author will see your feedback.");
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "feedback");
        }
    }

    /** What the reader sees (related resources only where they can open them). */
    public Reading getReading() {
        if (reading == null) {
            reading = Reading.of(resource, clock.today());
        }
        return reading;
    }

    public java.util.List<ResourceLibrary.AttachmentInfo> getAttachments() {
        return library.attachments(resource.getId());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Resource getResource() {
        return resource;
    }

    public Boolean getUseful() {
        return useful;
    }

    public void setUseful(Boolean useful) {
        this.useful = useful;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isThanked() {
        return thanked;
    }
}
