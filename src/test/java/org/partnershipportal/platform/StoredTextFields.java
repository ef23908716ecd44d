package org.partnershipportal.platform;

import jakarta.persistence.Entity;
import jakarta.persistence.Transient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every text attribute a JPA entity keeps, and where the portal shows it back to someone, for
 * {@link StoredScriptIT}. The list of fields is read from the compiled entities, so a new String
 * field with no row here fails the build (StoredTextFieldsTest), naming it: say where it is shown (and store payloads in it
 * in StoredScriptIT) or why it never is.
 */
final class StoredTextFields {

    /** Where a field is shown and to whom; {@code stored} when StoredScriptIT puts its payloads in it. */
    record Where(String shownOn, String neverShownBecause, boolean stored) {
        boolean shown() {
            return shownOn != null;
        }
    }

    private static final Map<String, Where> TABLE = new LinkedHashMap<>();

    private static void stored(String field, String shownOn) {
        TABLE.put(field, new Where(shownOn, null, true));
    }

    /** Shown to someone, but this test does not yet plant payloads in it: the reason says why. */
    private static void notYetStored(String field, String shownOn, String why) {
        TABLE.put(field, new Where(shownOn + " [not yet stored: " + why + "]", null, false));
    }

    private static void never(String field, String because) {
        TABLE.put(field, new Where(null, because, false));
    }

    static {
        // the business cycle (issue 17): Faces escapes every one of these on output (h:outputText and #{} in text);
        // StoredScriptIT plants payloads in those marked stored
        notYetStored("AgendaChange.what", "meetings/meeting changes since publication (board members), agenda e-mails (plain text)",
                "written by the portal from item titles that StoredScriptIT already plants");
        notYetStored("AgendaChange.changedBy", "meetings/meeting (board members)", "a username, refused markup on entry");
        notYetStored("Meeting.minutesApprovedBy", "meetings/meeting minutes status (board members)", "a username, refused markup on entry");
        notYetStored("Meeting.quorumNote", "audit detail only; the page recomputes the quorum", "written by the portal from counts");
        notYetStored("MeetingAttendance.apologiesSentBy", "audit and records only", "a username, refused markup on entry");
        stored("MinutesComment.comment", "meetings/meeting comments on the minutes (board members)");
        notYetStored("MinutesComment.writtenBy", "meetings/meeting (board members)", "a username, refused markup on entry");
        notYetStored("MinutesCorrection.correctedBy", "meetings/item corrections (meeting managers)", "a username, refused markup on entry");
        stored("MinutesCorrection.reason", "meetings/item corrections (board members)");
        notYetStored("MinutesCorrection.minutesBefore", "meetings/item corrections (meeting managers)", "a copy of AgendaItem.minutes, which is planted");
        notYetStored("MinutesCorrection.decisionsBefore", "meetings/item corrections (meeting managers)", "a copy of AgendaItem.decisions, which is planted");
        never("MinutesCorrection.minutesAfter", "kept for the record; the item's current minutes are what pages show");
        never("MinutesCorrection.decisionsAfter", "kept for the record; the item's current decisions are what pages show");
        never("BankHoliday.name", "bank holidays are read only as dates by the working-day calendar");
        // "you said, we did" (issue 17): shown through Facelets escaping only (#{} in text, no escape="false")
        stored("VoiceInfluence.whatChanged", "guidance/resource what changed (everyone who reads the resource), meetings/item and boards/workspace (board members)");
        never("VoiceInfluence.linkedBy", "kept for the record; no page shows it (the audit log shows its own actor)");
        // identity
        stored("Agency.name", "boards/workspace (members: representing), admin/users filter menu (administrators)");
        stored("Agency.shortName", "meetings/meeting and meetings/item (action owners), admin/board (administrators)");
        stored("UserAccount.fullName", "boards/workspace members (board members), admin/board and admin/user (administrators)");
        stored("UserAccount.email", "boards/workspace business support (board members), admin/user (administrators)");
        stored("UserAccount.jobTitle", "admin/user (administrators)");
        notYetStored("UserAccount.username", "admin/users, admin/audit (administrators)",
                "the username rule (UserForm: [a-z0-9][a-z0-9._-]*) refuses markup on entry; copies of usernames (writtenBy, uploadedBy…) are stored");
        never("UserAccount.passwordHash", "a PBKDF2 hash, read only by the identity store");
        // audit
        notYetStored("AuditEvent.actor", "admin/audit (administrators)", "append-only table: rows a test adds can never be removed");
        notYetStored("AuditEvent.detail", "admin/audit (administrators)", "append-only table: rows a test adds can never be removed");
        notYetStored("AuditEvent.clientAddress", "admin/audit (administrators)", "append-only table; written from the request's address only");
        never("AuditEvent.targetType", "a code (\"board\", \"user\"): the page shows AuditSubjectNames' name for it");
        never("AuditEvent.targetId", "a number: the page shows AuditSubjectNames' name for it");
        // boards
        stored("Board.name", "boards/index and boards/workspace (members), structure/index (everyone), admin/boards (administrators)");
        stored("Board.shortName", "structure/index (everyone), admin/boards (administrators), breadcrumbs of workspace and meeting pages");
        stored("Board.purpose", "boards/workspace (members)");
        stored("HarmType.name", "boards/workspace remit (members), structure/index (everyone), admin/boards (administrators)");
        // meetings
        stored("Meeting.title", "boards/workspace, meetings/meeting, meetings/plan (members; others see only the board)");
        stored("Meeting.place", "meetings/meeting (members)");
        stored("Meeting.onlineLink", "meetings/meeting, as a link only when https (members)");
        stored("AgendaItem.title", "meetings/meeting, meetings/item (members)");
        stored("AgendaItem.description", "meetings/meeting (members)");
        stored("AgendaItem.leadName", "meetings/meeting (members)");
        stored("AgendaItem.minutes", "meetings/meeting (members)");
        stored("AgendaItem.decisions", "meetings/meeting (members)");
        never("AgendaItem.sourceRef", "the historic import's own row id, kept to refuse a second import of one file");
        stored("Action.description", "meetings/meeting, meetings/item, actions/action, actions/log, actions/mine (members, owner)");
        stored("Action.ownerName", "meetings/meeting, meetings/item, actions/action, actions/log (members)");
        stored("ActionUpdate.note", "actions/action history (members)");
        stored("ActionUpdate.writtenBy", "actions/action history (members)");
        stored("Paper.fileName", "meetings/meeting, meetings/item, boards/workspace recent papers (members)");
        stored("Paper.uploadedBy", "meetings/item (members)");
        never("Paper.contentType", "the type the upload check recognised, sent as the download's Content-Type, never on a page");
        never("Paper.sha256", "a checksum of the file, never displayed");
        // the language check (issue 17): Faces escapes each on output
        stored("ListedTerm.phrase", "language/index, language/report, the note under checked fields (everyone signed in)");
        notYetStored("ListedTerm.pattern", "language/index (administrators)", "refused unless letters, digits, apostrophes, | and *");
        stored("ListedTerm.alternative", "language/index, language/report, the note under checked fields (everyone signed in)");
        stored("ListedTerm.source", "language/index (everyone signed in)");
        never("ListedTerm.updatedBy", "who last changed the entry, kept for the record; the audit log names them");
        // glossary
        stored("GlossaryTerm.name", "glossary/index, glossary/term, flags/flag (everyone)");
        stored("GlossaryTerm.abbreviation", "glossary/term (everyone)");
        stored("GlossaryTerm.synonyms", "glossary/term (everyone)");
        stored("GlossaryTerm.definition", "glossary/index, glossary/term (everyone)");
        stored("GlossaryTerm.sourceDetail", "glossary/term (everyone)");
        never("GlossaryTerm.updatedBy", "who last changed the term, kept; the term page shows the history's changedBy instead");
        stored("AgencyVariant.definition", "glossary/term (everyone)");
        stored("GlossaryChange.field", "glossary/term history (everyone)");
        stored("GlossaryChange.before", "glossary/term history (everyone)");
        stored("GlossaryChange.after", "glossary/term history (everyone)");
        stored("GlossaryChange.changedBy", "glossary/term history (everyone)");
        // flags
        stored("Flag.systemName", "flags/index, flags/flag, flags/compare (everyone)");
        stored("Flag.team", "flags/index, flags/flag, flags/compare (everyone)");
        stored("Flag.name", "flags/index, flags/flag, flags/compare, catalogue/dataset (everyone)");
        stored("Flag.code", "flags/index, flags/flag (everyone)");
        stored("Flag.definition", "flags/flag, flags/compare (everyone)");
        stored("Flag.threshold", "flags/flag (everyone)");
        stored("Flag.whoMayApply", "flags/flag (everyone)");
        stored("Flag.appliedWhenDetail", "flags/index, flags/flag, flags/compare (everyone)");
        stored("Flag.removalRule", "flags/flag (everyone)");
        stored("Flag.updatedBy", "flags/flag (everyone)");
        stored("DefinitionProposal.definition", "flags/compare (everyone)");
        stored("DefinitionProposal.rationale", "flags/compare (everyone)");
        stored("DefinitionProposal.proposedBy", "flags/compare (everyone)");
        stored("ProposalResponse.note", "flags/compare (everyone)");
        never("ProposalResponse.answeredBy", "who answered, kept as the record; the page shows the agency that answered");
        // resources (the body is covered by resources/GuidanceBrowserIT and SafeHtmlTest)
        stored("Resource.title", "guidance/index, guidance/resource, guidance/edit (everyone; editors)");
        stored("Resource.summary", "guidance/index (search marks words in it), guidance/resource (everyone)");
        notYetStored("Resource.bodyHtml", "guidance/resource, sanitised (everyone)", "covered by GuidanceBrowserIT's corpus");
        never("Resource.bodyText", "the body as plain text for FULLTEXT search, never displayed");
        stored("Resource.youngPeopleSaid", "guidance/resource quotes (everyone)");
        stored("Resource.practiceMeaning", "guidance/resource (everyone)");
        stored("Resource.themes", "guidance/index (everyone)");
        stored("Resource.externalUrl", "guidance/resource, as a link only when https (everyone)");
        never("Resource.author", "the editor's username, kept; pages show the agency");
        never("ResourceVersion.title", "kept as the version's record; the versions table shows number, status, who, when and the note");
        never("ResourceVersion.summary", "kept as the version's record; the versions table shows number, status, who, when and the note");
        never("ResourceVersion.bodyHtml", "kept as the version's record; the editor shows the current body only");
        stored("ResourceVersion.changedBy", "guidance/edit versions (editors)");
        stored("ResourceVersion.changeNote", "guidance/edit versions (editors)");
        stored("ResourceFeedback.comment", "guidance/edit feedback (editors)");
        stored("ResourceFeedback.givenBy", "guidance/edit feedback (editors)");
        stored("ResourceAttachment.fileName", "guidance/resource, guidance/edit (everyone, editors)");
        never("ResourceAttachment.contentType", "the recognised type, sent as the download's Content-Type");
        never("ResourceAttachment.addedBy", "kept as the record; the pages show the file's name and size");
        // catalogue
        stored("Dataset.name", "catalogue/dataset, catalogue/index, asks, gaps, use (catalogue readers)");
        stored("Dataset.description", "catalogue/index, catalogue/dataset (catalogue readers)");
        stored("Dataset.systemName", "catalogue/dataset (catalogue readers)");
        stored("Dataset.fieldsHeld", "catalogue/dataset (catalogue readers)");
        stored("Dataset.geography", "catalogue/dataset (catalogue readers)");
        stored("Dataset.article9Condition", "catalogue/dataset (catalogue readers)");
        stored("Dataset.sharingAgreement", "catalogue/dataset (catalogue readers)");
        stored("Dataset.accessRoute", "catalogue/dataset (catalogue readers)");
        stored("Dataset.qualityIssues", "catalogue/dataset (catalogue readers)");
        never("Dataset.updatedBy", "who last changed the record, kept; the page shows the change history's changedBy");
        stored("DatasetChange.field", "catalogue/dataset history (catalogue readers)");
        stored("DatasetChange.before", "catalogue/dataset history (catalogue readers)");
        stored("DatasetChange.after", "catalogue/dataset history (catalogue readers)");
        stored("DatasetChange.changedBy", "catalogue/dataset history (catalogue readers)");
        stored("StrategicAsk.question", "catalogue/asks, catalogue/ask, catalogue/gaps (catalogue readers)");
        stored("StrategicAsk.whyItMatters", "catalogue/ask (catalogue readers)");
        stored("StrategicAsk.raisedBy", "catalogue/ask (catalogue readers)");
        stored("AskMapping.missing", "catalogue/ask, catalogue/dataset, catalogue/gaps (catalogue readers)");
        never("AskMapping.mappedBy", "who mapped the dataset, kept as the record; never displayed");
        stored("DataRequest.whatNeeded", "catalogue/requests, catalogue/request, catalogue/use (requester, board, data leads)");
        stored("DataRequest.whyNeeded", "catalogue/request (requester, board, data leads)");
        stored("DataRequest.handledBy", "catalogue/request (requester, board, data leads)");
        stored("DataRequest.answerText", "catalogue/request (requester, board, data leads)");
        stored("DataRequest.answerLink", "catalogue/request, as a link only when https (requester, board, data leads)");
        stored("DataRequest.declineDetail", "catalogue/request (requester, board, data leads)");
        stored("DataRequestEntry.author", "catalogue/request comments (requester, board, data leads)");
        stored("DataRequestEntry.body", "catalogue/request comments (requester, board, data leads)");
        // issue 18: transfers, sharing agreements
        never("DataRequestTransfer.reason", "shown only as the transfer's timeline line, a DataRequestEntry.body, which is planted");
        never("DataRequestTransfer.transferredBy", "a username kept for statistics and the record; the timeline line shows the author");
        stored("SharingAgreement.title", "catalogue/agreements, catalogue/agreement, catalogue/dataset, catalogue/chain, catalogue/request answer (catalogue readers)");
        stored("SharingAgreement.reference", "catalogue/agreements, catalogue/agreement, catalogue/dataset, catalogue/chain, catalogue/request (catalogue readers)");
        stored("SharingAgreement.purpose", "catalogue/agreement (catalogue readers)");
        stored("SharingAgreement.retention", "catalogue/agreement (catalogue readers)");
        never("SharingAgreement.updatedBy", "kept for the record; the audit log shows who changed an agreement");
        stored("AgreementParty.specialCondition", "catalogue/agreement, catalogue/chain (catalogue readers)");
        stored("AgreementDocument.fileName", "catalogue/agreement, and the download's Content-Disposition (catalogue readers)");
        never("AgreementDocument.uploadedBy", "kept for the record; the audit log shows who attached the signed PDF");
        stored("DataRequestFile.fileName", "catalogue/request (requester, board, data leads)");
        never("DataRequestFile.contentType", "the recognised type, sent as the download's Content-Type");
        never("DataRequestCitation.citedBy", "who cited the answer, kept as the record; pages show the board and date");
        // duplicates
        notYetStored("DuplicateDecision.note", "duplicates/report (administrators, chairs)", "decisions join register rows the matcher holds in memory: planting them would change other tests' reports");
        notYetStored("DuplicateDecision.decidedBy", "duplicates/report (administrators, chairs)", "decisions join register rows the matcher holds in memory: planting them would change other tests' reports");
        notYetStored("PartnershipAbbreviation.abbreviation", "admin/abbreviations (administrators)", "the matcher reads abbreviations into memory: planting them would change other tests' duplicate findings");
        notYetStored("PartnershipAbbreviation.expansion", "admin/abbreviations (administrators)", "the matcher reads abbreviations into memory: planting them would change other tests' duplicate findings");
        notYetStored("PartnershipAbbreviation.addedBy", "admin/abbreviations (administrators)", "the matcher reads abbreviations into memory: planting them would change other tests' duplicate findings");
    }

    static Map<String, Where> table() {
        return TABLE;
    }

    /**
     * "Entity.field" for every persistent text attribute of every {@code @Entity} compiled from
     * src/main/java: String fields, char arrays and collections of String, not static, not @Transient.
     */
    static List<String> fromEntities() {
        Path classes = Path.of(System.getProperty("project.basedir", ".")).resolve("target/classes");
        TreeSet<String> fields = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/partnershipportal"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, StoredTextFields.class.getClassLoader());
                if (!type.isAnnotationPresent(Entity.class)) {
                    continue;
                }
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                            || field.isAnnotationPresent(Transient.class) || field.isSynthetic()) {
                        continue;
                    }
                    if (isText(field)) {
                        fields.add(type.getSimpleName() + "." + field.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(fields);
    }

    private static boolean isText(Field field) {
        if (field.getType() == String.class || field.getType() == char[].class) {
            return true;
        }
        return Collection.class.isAssignableFrom(field.getType()) && field.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == String.class;
    }

    private StoredTextFields() {
    }
}
