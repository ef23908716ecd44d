package org.partnershipportal.resources;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.boards.HarmType;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PageIds;
import org.partnershipportal.platform.PortalClock;

import java.io.Serializable;
import java.util.List;

/** resources/edit.xhtml?id=… (or without id: a new draft): write, preview, publish, unpublish, archive. */
@Named
@ViewScoped
public class EditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResourceEditing editing;

    /** Days ("today", due dates) are London's, from the portal's clock (PortalClock's time policy). */
    @Inject
    PortalClock clock;

    @Inject
    ResourceLibrary library;

    private String id;
    private Resource resource;
    private ResourceForm form;
    private String note;
    private boolean previewing;
    private Reading previewReading;
    private List<HarmType> harms;
    private transient org.primefaces.model.file.UploadedFile upload;
    // Read once per view (each getter is called many times per render, and selectItems again on every
    // postback), forgotten when this page changes the resource; transient, so a restored view reads them afresh.
    private transient List<ResourceLibrary.AttachmentInfo> attachments;
    private transient List<ResourceVersion> versions;
    private transient List<ResourceFeedback> feedback;
    private transient List<org.partnershipportal.glossary.GlossaryTerm> terms;
    private transient List<Resource> otherResources;

    public void load() {
        harms = library.harmTypes();
        if (id == null || id.isBlank()) {
            form = new ResourceForm();
            form.setReviewDue(clock.today().plusYears(1));
            return;
        }
        resource = editing.get(PageIds.parse(id));
        form = ResourceForm.of(resource);
    }

    public void save() {
        try {
            if (resource == null) {
                Resource created = editing.create(form);
                FacesMessages.info("Draft saved. Preview it, then publish when it is ready.");
                // To the draft's own address, so a reload or a bookmark opens it again.
                org.omnifaces.util.Faces.redirect("guidance/edit.xhtml?id=%d", created.getId());
                return;
            }
            resource = editing.save(resource.getId(), resource.getVersion(), form, note);
            forgetWhatChanged();
            form = ResourceForm.of(resource);
            note = null;
            refreshPreview();
            FacesMessages.info("Saved as a new version.");
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "editor");
        } catch (ConflictException conflict) {
            FacesMessages.conflict(conflict);
        }
    }

    public void preview() {
        previewing = true;
        previewReading = Reading.preview(form, resource, getTerms(), harms, getOtherResources(), clock.today());
    }

    private void refreshPreview() {
        if (previewing) {
            preview();
        }
    }

    public void closePreview() {
        previewing = false;
    }

    /** The resource as readers will see it once published: the same fragment as the reading view, from the form as typed. */
    public Reading getPreview() {
        return previewReading;
    }

    public void publish() {
        change(() -> editing.publish(resource.getId()), "Published: practitioners can read it now.");
    }

    public void unpublish() {
        change(() -> editing.unpublish(resource.getId()), "Unpublished: it is a draft again and readers no longer see it.");
    }

    public void archive() {
        change(() -> editing.archive(resource.getId()), "Archived: it is kept with its versions, and readers no longer see it.");
    }

    private void change(java.util.function.Supplier<Resource> action, String message) {
        try {
            resource = action.get();
            forgetWhatChanged();
            form = ResourceForm.of(resource);
            refreshPreview();
            FacesMessages.info(message);
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "editor");
        }
    }

    public void attach() {
        try {
            if (upload == null || upload.getSize() == 0) {
                throw new InvalidInputException("attachment", "Choose a file to attach");
            }
            byte[] content;
            try (java.io.InputStream in = upload.getInputStream()) {
                content = in.readNBytes((int) AttachmentType.MAX_BYTES + 1);
            }
            editing.attach(resource.getId(), upload.getFileName(), content);
            forgetWhatChanged();
            FacesMessages.info(upload.getFileName() + " attached.");
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "attachments");
        } catch (java.io.IOException unreadable) {
            FacesMessages.show(new InvalidInputException("attachment", "The file could not be read. Try again"), "attachments");
        } finally {
            upload = null;
        }
    }

    private void forgetWhatChanged() {
        attachments = null;
        versions = null;
        feedback = null;
    }

    public List<ResourceLibrary.AttachmentInfo> getAttachments() {
        if (attachments == null) {
            attachments = resource == null ? List.of() : library.attachments(resource.getId());
        }
        return attachments;
    }

    public org.primefaces.model.file.UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(org.primefaces.model.file.UploadedFile upload) {
        this.upload = upload;
    }

    public List<ResourceVersion> getVersions() {
        if (versions == null) {
            versions = resource == null ? List.of() : editing.versions(resource.getId());
        }
        return versions;
    }

    public List<ResourceFeedback> getFeedback() {
        if (feedback == null) {
            feedback = resource == null ? List.of() : editing.feedback(resource.getId());
        }
        return feedback;
    }

    public ResourceKind[] getKinds() {
        return ResourceKind.values();
    }

    public Audience[] getAudiences() {
        return Audience.values();
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

    public ResourceForm getForm() {
        return form;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isPreviewing() {
        return previewing;
    }

    public List<org.partnershipportal.glossary.GlossaryTerm> getTerms() {
        if (terms == null) {
            terms = editing.glossaryTerms();
        }
        return terms;
    }

    public List<Resource> getOtherResources() {
        if (otherResources == null) {
            otherResources = editing.all().stream().filter(other -> resource == null || !other.getId().equals(resource.getId())).toList();
        }
        return otherResources;
    }

    public List<HarmType> getHarms() {
        return harms;
    }
}
