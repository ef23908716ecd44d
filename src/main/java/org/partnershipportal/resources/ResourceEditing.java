package org.partnershipportal.resources;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Validator;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.boards.HarmType;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.Permission;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * What resource editors do: draft, save (every save is a version), publish, unpublish, archive, and
 * read the feedback and the resources due for review. Bodies are sanitised in {@link Resource#write}.
 */
@Stateless
@RolesAllowed(Permission.Name.EDIT_GUIDANCE)
public class ResourceEditing {

    @PersistenceContext
    EntityManager em;

    /** Moments are stored as UTC from the portal's clock (PortalClock's time policy). */
    @Inject
    org.partnershipportal.platform.PortalClock clock;

    @Inject
    SecurityContext security;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    public Resource create(ResourceForm form) {
        validate(form);
        requireReviewDateAhead(form, null);
        UserAccount editor = em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :username", UserAccount.class)
                .setParameter("username", username()).getSingleResult();
        Resource resource = new Resource(editor.getUsername(), editor.getAgency());
        resource.write(form, harms(form), clock.utcNow());
        link(resource, form);
        em.persist(resource);
        em.flush();
        version(resource, "First draft");
        audit.record(AuditAction.RESOURCE_SAVED, "resource", resource.getId(), resource.getTitle());
        return resource;
    }

    public Resource save(long id, long expectedVersion, ResourceForm form, String note) {
        Resource resource = find(id);
        if (resource.getVersion() != expectedVersion) {
            throw new ConflictException("Someone else saved this resource while you were editing. Reload to see their version.");
        }
        validate(form);
        requireReviewDateAhead(form, resource.getReviewDue());
        String whatChanged = InputRules.trimmed(note);
        if (whatChanged != null && whatChanged.length() > ResourceVersion.NOTE_MAX) {
            throw new InvalidInputException("note", "Use at most " + ResourceVersion.NOTE_MAX + " characters");
        }
        resource.write(form, harms(form), clock.utcNow());
        link(resource, form);
        em.flush();
        version(resource, whatChanged == null ? "Saved" : whatChanged);
        audit.record(AuditAction.RESOURCE_SAVED, "resource", id, resource.getTitle());
        return resource;
    }

    public Resource publish(long id) {
        Resource resource = find(id);
        if (resource.getReviewDue().isBefore(clock.today())) {
            throw new InvalidInputException("reviewDue", "The review date has passed: review the resource and set a new review date before publishing");
        }
        return transition(id, published -> published.publish(clock.today(), clock.utcNow()), "Published", AuditAction.RESOURCE_PUBLISHED);
    }

    public Resource unpublish(long id) {
        return transition(id, resource -> resource.unpublish(clock.utcNow()), "Unpublished", AuditAction.RESOURCE_UNPUBLISHED);
    }

    public Resource archive(long id) {
        return transition(id, resource -> resource.archive(clock.utcNow()), "Archived", AuditAction.RESOURCE_ARCHIVED);
    }

    /** A change of status: applied, kept as a version, audited. */
    private Resource transition(long id, java.util.function.Consumer<Resource> change, String note, AuditAction action) {
        Resource resource = find(id);
        change.accept(resource);
        em.flush();
        version(resource, note);
        audit.record(action, "resource", id, resource.getTitle());
        return resource;
    }

    /** Attaches a PDF or image after checking its size and that its content is what its name says. */
    public void attach(long id, String fileName, byte[] content) {
        Resource resource = find(id);
        String name = org.partnershipportal.platform.FileTransfer.safeFileName(fileName);
        if (content == null || content.length == 0 || name.isEmpty()) {
            throw new InvalidInputException("attachment", "Choose a file to attach");
        }
        if (content.length > AttachmentType.MAX_BYTES) {
            throw new InvalidInputException("attachment", "The file is larger than 10 MB");
        }
        if (org.partnershipportal.platform.UploadInspection.hasDirectionControls(name)) {
            audit.recordIndependently(AuditAction.PAPER_REFUSED, "resource", id, "attachment name with text-direction controls: " + name);
            throw new InvalidInputException("attachment", "The file's name contains characters that disguise its real type. Rename it and attach it again");
        }
        java.util.Optional<AttachmentType> claimed = AttachmentType.claimedBy(name);
        if (claimed.isEmpty()) {
            throw new InvalidInputException("attachment", "Attach a PDF, PNG or JPEG file");
        }
        if (AttachmentType.detect(content).filter(actual -> actual == claimed.get()).isEmpty()) {
            audit.recordIndependently(AuditAction.PAPER_REFUSED, "resource", id, "attachment content does not match its name: " + name);
            throw new InvalidInputException("attachment", "This file is not a real " + claimed.get().name() + " file, whatever its name says");
        }
        if (claimed.get() == AttachmentType.PDF) {
            java.util.Optional<String> active = org.partnershipportal.platform.UploadInspection.activePdfContent(content);
            if (active.isPresent()) {
                audit.recordIndependently(AuditAction.PAPER_REFUSED, "resource", id, "attachment refused, " + active.get() + ": " + name);
                throw new InvalidInputException("attachment",
                        "This PDF contains scripts or actions that run when it is opened. Print it to a new PDF and attach that");
            }
        }
        em.persist(new ResourceAttachment(resource, name, claimed.get(), content,
                username(), clock.utcNow()));
        audit.record(AuditAction.RESOURCE_SAVED, "resource", id, "attached " + name);
    }

    public Resource get(long id) {
        return find(id);
    }

    public List<Resource> all() {
        return em.createQuery("SELECT r FROM Resource r ORDER BY r.status, r.updatedAt DESC", Resource.class).getResultList();
    }

    public List<Resource> dueForReview() {
        return em.createQuery("SELECT r FROM Resource r WHERE r.status <> :archived AND r.reviewDue < :today ORDER BY r.reviewDue",
                        Resource.class).setParameter("archived", ResourceStatus.ARCHIVED).setParameter("today", clock.today())
                .getResultList();
    }

    public List<ResourceVersion> versions(long id) {
        return em.createQuery("SELECT v FROM ResourceVersion v WHERE v.resource.id = :id ORDER BY v.number DESC", ResourceVersion.class)
                .setParameter("id", id).getResultList();
    }

    public List<ResourceFeedback> feedback(long id) {
        // Each reader's answer once: their latest, where an older node kept one row per answer.
        return em.createQuery("SELECT f FROM ResourceFeedback f WHERE f.resource.id = :id AND NOT EXISTS (SELECT g FROM ResourceFeedback g"
                        + " WHERE g.resource = f.resource AND g.givenBy = f.givenBy AND (g.givenAt > f.givenAt OR (g.givenAt = f.givenAt AND g.id > f.id)))"
                        + " ORDER BY f.givenAt DESC", ResourceFeedback.class)
                .setParameter("id", id).getResultList();
    }

    /**
     * A review date already passed may stay while the text is corrected (readers see the resource is due for review), but
     * one set now must be today or later, as publishing asks.
     */
    private void requireReviewDateAhead(ResourceForm form, java.time.LocalDate saved) {
        if (!form.getReviewDue().equals(saved) && form.getReviewDue().isBefore(clock.today())) {
            throw new InvalidInputException("reviewDue", "Choose a review date from today on: the date the resource is next reviewed by");
        }
    }

    private void validate(ResourceForm form) {
        InputRules.requireValid(validator, form);
        InputRules.requireNotFarAhead("reviewDue", form.getReviewDue(), clock.today());
        if (SafeHtml.text(SafeHtml.sanitise(form.getBody())).isEmpty() && form.getExternalUrl() == null) {
            throw new InvalidInputException("body", "Write the resource's text, or give the link to the external research");
        }
        if (form.getAudiences().isEmpty()) {
            throw new InvalidInputException("audienceSelection", "Choose at least one audience");
        }
    }

    private void link(Resource resource, ResourceForm form) {
        HashSet<org.partnershipportal.glossary.GlossaryTerm> terms = form.getTermIds().isEmpty() ? new HashSet<>()
                : new HashSet<>(em.createQuery("SELECT t FROM GlossaryTerm t WHERE t.id IN :ids", org.partnershipportal.glossary.GlossaryTerm.class)
                .setParameter("ids", form.getTermIds()).getResultList());
        HashSet<Resource> related = form.getRelatedIds().isEmpty() ? new HashSet<>()
                : new HashSet<>(em.createQuery("SELECT r FROM Resource r WHERE r.id IN :ids", Resource.class)
                .setParameter("ids", form.getRelatedIds()).getResultList());
        resource.link(terms, related);
    }

    /** Choices for the editor: every glossary term, and every other resource. */
    public List<org.partnershipportal.glossary.GlossaryTerm> glossaryTerms() {
        return em.createQuery("SELECT t FROM GlossaryTerm t ORDER BY t.name", org.partnershipportal.glossary.GlossaryTerm.class).getResultList();
    }

    private HashSet<HarmType> harms(ResourceForm form) {
        if (form.getHarmIds().isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(em.createQuery("SELECT h FROM HarmType h WHERE h.id IN :ids", HarmType.class)
                .setParameter("ids", form.getHarmIds()).getResultList());
    }

    private void version(Resource resource, String note) {
        Integer last = em.createQuery("SELECT MAX(v.number) FROM ResourceVersion v WHERE v.resource.id = :id", Integer.class)
                .setParameter("id", resource.getId()).getSingleResult();
        em.persist(new ResourceVersion(resource, last == null ? 1 : last + 1, username(), clock.utcNow(), note));
    }

    private Resource find(long id) {
        return Optional.ofNullable(em.find(Resource.class, id)).orElseThrow(() -> new NotFoundException("No such resource"));
    }

    private String username() {
        return security.getCallerPrincipal().getName();
    }
}
