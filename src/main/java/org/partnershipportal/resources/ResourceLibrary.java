package org.partnershipportal.resources;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.boards.HarmType;
import org.partnershipportal.platform.CallerPermissions;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.Permission;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The library as practitioners use it: published resources only, searched with MariaDB's FULLTEXT
 * index (ranked by relevance), filtered by theme, harm and audience; feedback on what they read.
 */
@Stateless
@PermitAll
public class ResourceLibrary {

    public static final int RESULT_LIMIT = 50;
    private static final String MATCH = "MATCH(r.title, r.summary, r.body_text, r.young_people_said, r.practice_meaning, r.themes) "
            + "AGAINST (?1 IN NATURAL LANGUAGE MODE)";
    /** The glossary terms the search names, in any of their forms ({@link #termsNamed}): each form with all its words. */
    private static final String TERMS_MATCH = "MATCH(r.title, r.summary, r.body_text, r.young_people_said, r.practice_meaning, r.themes) "
            + "AGAINST (?2 IN BOOLEAN MODE)";

    @PersistenceContext
    EntityManager em;

    /** Moments are stored as UTC from the portal's clock (PortalClock's time policy). */
    @Inject
    org.partnershipportal.platform.PortalClock clock;

    @Inject
    SecurityContext security;

    @Inject
    CallerPermissions may;

    @Inject
    AuditLog audit;

    @Inject
    org.partnershipportal.glossary.Glossary glossary;

    /** What a reader is looking for; empty fields filter nothing. */
    public record Query(String text, String theme, Long harmId, Audience audience) implements Serializable {
    }

    /** One result, with its summary and the matched words marked (HTML-escaped first, so safe to render). */
    public record Hit(Resource resource, String highlightedSummary, double relevance) implements Serializable {
    }

    public List<Hit> search(Query query) {
        String text = query.text() == null ? "" : query.text().strip();
        if (text.length() > 200) {
            throw new InvalidInputException("text", "Search for at most 200 characters");
        }
        // The words as typed (natural language mode: any of them, ranked), or any glossary term they name in another of its
        // forms, each form whole: "RHI" finds the return home interview briefing, which never says "RHI".
        String terms = text.isEmpty() ? null : termsNamed(text);
        String relevance = text.isEmpty() ? "0" : terms == null ? MATCH : "(" + MATCH + " + " + TERMS_MATCH + ")";
        StringBuilder sql = new StringBuilder("SELECT r.id, ").append(relevance).append(" FROM resource r WHERE r.status = 'PUBLISHED'");
        List<Object> params = new ArrayList<>();
        if (!text.isEmpty()) {
            params.add(text);
            sql.append(" AND ").append(terms == null ? MATCH : "(" + MATCH + " OR " + TERMS_MATCH + ")");
        }
        if (terms != null) {
            params.add(terms);
        }
        if (query.harmId() != null) {
            params.add(query.harmId());
            sql.append(" AND EXISTS (SELECT 1 FROM resource_harm h WHERE h.resource_id = r.id AND h.harm_type_id = ?").append(params.size()).append(")");
        }
        if (query.audience() != null) {
            params.add(query.audience().name());
            sql.append(" AND EXISTS (SELECT 1 FROM resource_audience a WHERE a.resource_id = r.id AND a.audience = ?").append(params.size()).append(")");
        }
        if (query.theme() != null && !query.theme().isBlank()) {
            params.add("%" + org.partnershipportal.platform.InputRules.escapeLike(query.theme().strip()) + "%");
            sql.append(" AND r.themes LIKE ?").append(params.size());
        }
        sql.append(text.isEmpty() ? " ORDER BY r.published_on DESC, r.id DESC" : " ORDER BY 2 DESC, r.published_on DESC").append(" LIMIT ").append(RESULT_LIMIT);
        var nativeQuery = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            nativeQuery.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = nativeQuery.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        Map<Long, Resource> byId = em.createQuery("SELECT r FROM Resource r JOIN FETCH r.agency WHERE r.id IN :ids", Resource.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Resource::getId, r -> r));
        List<String> words = words(text);
        List<Hit> hits = new ArrayList<>();
        for (Object[] row : rows) {
            Resource resource = byId.get(((Number) row[0]).longValue());
            if (resource != null) {
                hits.add(new Hit(resource, highlight(resource.getSummary(), words), ((Number) row[1]).doubleValue()));
            }
        }
        return hits;
    }

    /** A published resource for a reader; editors also open drafts and archived ones. */
    public Resource open(long id) {
        Resource resource = Optional.ofNullable(em.find(Resource.class, id)).orElseThrow(() -> new NotFoundException("No such resource"));
        if (resource.getStatus() != ResourceStatus.PUBLISHED && !isEditor()) {
            throw new NotFoundException("No such resource");
        }
        return resource;
    }

    /** An attachment as listed: no bytes. */
    public record AttachmentInfo(long id, String fileName, String contentType, long sizeBytes) implements Serializable {
        public String getSizeLabel() {
            return org.partnershipportal.platform.FileTransfer.sizeLabel(sizeBytes);
        }
    }

    /** An attachment's bytes and what the browser needs to save it. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    public List<AttachmentInfo> attachments(long resourceId) {
        open(resourceId);
        return em.createQuery("SELECT a.id, a.fileName, a.contentType, a.sizeBytes FROM ResourceAttachment a WHERE a.resource.id = :id "
                        + "ORDER BY a.id", Object[].class).setParameter("id", resourceId).getResultStream()
                .map(row -> new AttachmentInfo((Long) row[0], (String) row[1], (String) row[2], (Long) row[3])).toList();
    }

    /** An attachment of a resource the caller may read (published, or any for editors). */
    public Download download(long attachmentId) {
        ResourceAttachment attachment = Optional.ofNullable(em.find(ResourceAttachment.class, attachmentId))
                .orElseThrow(() -> new NotFoundException("No such attachment"));
        open(attachment.getResource().getId());
        return new Download(attachment.getFileName(), attachment.getContentType(), attachment.getContent());
    }

    /** Published or changed in the last weeks, newest first, for the home page. */
    public List<Resource> newAndUpdated(int limit) {
        return em.createQuery("SELECT r FROM Resource r WHERE r.status = :published ORDER BY r.updatedAt DESC", Resource.class)
                .setParameter("published", ResourceStatus.PUBLISHED).setMaxResults(limit).getResultList();
    }

    public void giveFeedback(long resourceId, Boolean useful, String comment) {
        Resource resource = open(resourceId);
        if (useful == null) {
            throw new InvalidInputException("useful", "Say whether it was useful");
        }
        String text = comment == null ? null : comment.strip();
        if (text != null && text.length() > ResourceFeedback.COMMENT_MAX) {
            throw new InvalidInputException("comment", "Use at most " + ResourceFeedback.COMMENT_MAX + " characters");
        }
        String kept = text == null || text.isEmpty() ? null : text;
        String reader = security.getCallerPrincipal().getName();
        Optional<ResourceFeedback> earlier = myFeedback(resourceId);
        if (earlier.isPresent()) {
            earlier.get().change(useful, kept, clock.utcNow());
        } else {
            em.persist(new ResourceFeedback(resource, useful, kept, reader, clock.utcNow()));
        }
        audit.record(AuditAction.RESOURCE_FEEDBACK, "resource", resourceId,
                (useful ? "useful" : "not useful") + (earlier.isPresent() ? " (answer changed)" : ""));
    }

    /**
     * The caller's own answer on this resource, if they gave one: the form shows it, and sending it again changes it
     * rather than counting the reader twice (a page reloaded after sending posts the form again). The latest row, where
     * an older node inserted one per answer.
     */
    public Optional<ResourceFeedback> myFeedback(long resourceId) {
        return em.createQuery("SELECT f FROM ResourceFeedback f WHERE f.resource.id = :id AND f.givenBy = :reader"
                        + " ORDER BY f.givenAt DESC, f.id DESC", ResourceFeedback.class)
                .setParameter("id", resourceId).setParameter("reader", security.getCallerPrincipal().getName())
                .setMaxResults(1).getResultStream().findFirst();
    }

    public List<HarmType> harmTypes() {
        return em.createQuery("SELECT h FROM HarmType h ORDER BY h.name", HarmType.class).getResultList();
    }

    /** Themes in use on published resources, for the browse list. */
    public List<String> themes() {
        return em.createQuery("SELECT r.themes FROM Resource r WHERE r.status = :published AND r.themes IS NOT NULL", String.class)
                .setParameter("published", ResourceStatus.PUBLISHED).getResultStream()
                .flatMap(t -> Arrays.stream(t.split("[;,]"))).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(java.util.TreeSet::new)).stream().toList();
    }

    public boolean isEditor() {
        return may.holds(Permission.EDIT_GUIDANCE);
    }

    /**
     * The glossary terms the text names ({@link org.partnershipportal.glossary.SearchedTerms}, read as the catalogue reads
     * them), as one boolean-mode query matching any form of any of them, each form with all its words; null when it names
     * none. Only the terms' forms, never their words one by one: "mental health" must not become "and" or "services".
     */
    private String termsNamed(String text) {
        List<String> groups = org.partnershipportal.glossary.SearchedTerms.read(text, glossary.searchForms()).stream()
                .filter(org.partnershipportal.glossary.SearchedTerms.Stretch::namesATerm)
                .map(stretch -> org.partnershipportal.glossary.SearchedTerms.fullTextGroup(stretch.forms()))
                .filter(group -> !group.equals("()")).toList();
        return groups.isEmpty() ? null : String.join(" ", groups);
    }

    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 3).distinct().toList();
    }

    /**
     * Marks each searched word where it starts a word, escaping every piece of the text. Words are found
     * in the text as typed, not in its escaped form, so a search for "amp" or "quot" cannot split an
     * entity such as {@code &amp;} and show it to the reader as text.
     */
    static String highlight(String text, List<String> words) {
        if (words.isEmpty() || text == null) {
            return escape(text);
        }
        Pattern pattern = Pattern.compile("(?iu)\\b(" + words.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")");
        Matcher matcher = pattern.matcher(text);
        StringBuilder marked = new StringBuilder();
        int from = 0;
        while (matcher.find()) {
            marked.append(escape(text.substring(from, matcher.start()))).append("<mark>").append(escape(matcher.group(1))).append("</mark>");
            from = matcher.end();
        }
        return marked.append(escape(text.substring(from))).toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

}
