package org.partnershipportal.duplicates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises standing (procedural) agenda items: the business every meeting of every board carries, which is
 * never a cross-board duplicate even when two boards word it the same way.
 *
 * <p>The phrases are general UK committee practice, the items found on any local-authority, NHS or safeguarding
 * partnership agenda template (the "standing items" of a meeting), grouped below by what they are:
 * <ul>
 *     <li>opening: welcome, introductions, apologies (for absence), attendance and quorum;</li>
 *     <li>declarations of interest (or of conflicts of interest);</li>
 *     <li>the record: minutes (or notes) of the last meeting, matters arising, the action log (tracker, register);</li>
 *     <li>closing: any other business, date(s) of the next meeting, close of the meeting, meeting evaluation,
 *     summary of decisions and key messages, items for information, housekeeping;</li>
 *     <li>planning the board's own business: forward plan, work programme, agenda planning;</li>
 *     <li>the board's own governance: terms of reference, membership, the chair's update or announcements, and its
 *     own annual report, business plan, strategic or delivery plan, risk register and budget (budget monitoring,
 *     finance update).</li>
 * </ul>
 * No phrase here exists for a particular labelled row of any data set; a procedural title outside this list is read
 * as a topic.
 *
 * <p>Rule: the title (abbreviations expanded, lower-cased) is standing when at least one procedural phrase occurs in it
 * and, once those phrases, the board's own name, dates/numbers and procedural filler words ("review", "approval",
 * "sign-off", "draft"...) are removed, no subject word is left. So a title that is only "annual report approval" is the
 * board's own report, while a named programme's annual report or "reporting of incidents" are topics; a plan named
 * after the board (its own business plan) is standing on that board but a real topic on any other board. An item its
 * chair marked as standing ({@link AgendaText#markedStanding()}) is standing whatever its words.
 */
public final class StandingItems {

    /** Procedural phrases (general committee practice, see above), as regular expressions over lower-case words. */
    public static final List<String> PHRASES = List.of(
            // opening
            "welcome", "introductions?", "apolog(y|ies)( for absence)?", "attendance", "quorum", "housekeeping",
            "declarations? of (interests?|conflicts?)", "conflicts? of interests?",
            // the record of the last meeting
            "minutes", "notes of (the )?(previous|last) meeting",
            "matters arising",
            "actions? (log|tracker|register|list|sheet|updates?)s?", "actions? (arising|outstanding)",
            "(review of|outstanding|previous) actions", "actions",
            // closing
            "any other (competent )?business",
            "dates? of (the )?next meetings?", "dates? of (future |forthcoming )?meetings?", "next meetings?", "(future )?meeting dates", "dates? and times?",
            // updates from the partners round the table (each agency's update is one standing item)
            "(partners?|partnership|members?|agency|agencies) updates?", "updates? from (the )?(partners?|partnership|members?|agencies)",
            "close( of (the )?meeting)?", "meeting evaluation", "evaluation of (the )?meeting",
            "summary of (decisions|actions)", "key messages", "(items?|papers?) for information",
            // planning the board's business
            "forward (plan|agenda|programme|work programme)", "work (plan|programme)", "agenda (setting|planning)",
            // the board's own governance
            "terms of reference", "membership",
            "chairs? (update|report|welcome|announcements|introduction)", "announcements",
            "annual report", "business plan", "strategic plan", "delivery plan", "risk register",
            "risks?( and issues)? (log|register)", "issues log",
            // the board's own performance report or dashboard, brought to every meeting
            "performance( (dashboard|report|scorecard|summary|data|framework|monitoring|update|exceptions?))?",
            "(data|performance|quality assurance) (dashboard|scorecard)",
            "budget monitoring", "budget", "finance (update|report)", "financial (update|report|position)");

    /** Words that may surround a procedural phrase without making it a subject of its own. */
    public static final Set<String> FILLER = Set.of(
            "a", "an", "the", "and", "of", "for", "to", "from", "on", "at", "in", "by", "its", "our", "this", "that",
            "previous", "last", "meeting", "meetings", "review", "reviews", "reviewed", "update", "updates", "updated",
            "approval", "approve", "approved", "agree", "agreed", "agreement", "sign", "signoff", "signed", "off",
            "draft", "final", "note", "noting", "year", "yearly", "refresh", "refreshed", "renewal", "discussion",
            "item", "items", "any", "s", "q1", "q2", "q3", "q4", "quarter", "quarterly", "progress", "board",
            "partnership", "group", "subgroup", "sub", "panel", "committee", "executive", "confirm", "confirmation",
            "accuracy", "new", "members", "member", "matters", "chair", "chairs", "vice", "monitoring", "report",
            // what surrounds them in ordinary wording: "open actions", "held on", "notified in advance", "position"
            "open", "closed", "completed", "held", "notified", "advance", "notice", "prior", "position", "current",
            "summary", "data", "dashboard", "highlights", "highlight", "monthly", "multi", "agency",
            // a risk register's new and escalated risks, a plan's progress against its priorities, partners' contributions
            "risks", "risk", "escalated", "escalations", "emerging", "against", "priorities", "contributions", "partner", "partners",
            // dates written out ("Next meeting: 3 December 2025")
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "am", "pm");

    private static final Pattern PROCEDURAL;
    private static final Pattern DOTTED = Pattern.compile("\\b(?:\\p{L}\\.){2,}");

    static {
        StringBuilder sb = new StringBuilder("\\b(?:");
        for (int i = 0; i < PHRASES.size(); i++) sb.append(i == 0 ? "" : "|").append("(?:").append(PHRASES.get(i)).append(")");
        PROCEDURAL = Pattern.compile(sb.append(")\\b").toString());
    }

    private final Abbreviations abbreviations;

    public StandingItems(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    /**
     * Whether an item is standing business of its board: marked so by its chair, or judged on the title (the
     * description if the title is empty).
     */
    public boolean isStanding(AgendaText item) {
        if (item.markedStanding()) return true;
        String text = item.title().isBlank() ? item.description() : item.title();
        if (text.isBlank()) return false;
        String norm = normalise(text);
        if (!PROCEDURAL.matcher(norm).find()) return false;
        String rest = PROCEDURAL.matcher(norm).replaceAll(" ");
        Set<String> own = boardWords(item.board().value());
        for (String w : rest.split(" ")) {
            if (w.isEmpty() || FILLER.contains(w) || own.contains(w) || w.chars().allMatch(Character::isDigit)) continue;
            if (w.matches("\\d{2,4}(\\d{2})?")) continue;
            return false;
        }
        return true;
    }

    private Set<String> boardWords(String board) {
        Set<String> s = new HashSet<>();
        for (String w : normalise(board).split(" ")) if (!w.isEmpty()) s.add(w);
        return s;
    }

    /** Lower-cases, expands abbreviations, turns punctuation (and possessive 's) into single spaces. */
    String normalise(String text) {
        List<String> out = new ArrayList<>();
        // dotted abbreviations ("A.O.B.", "T.o.R.") are the same as undotted ones
        String undotted = DOTTED.matcher(text).replaceAll(m -> m.group().replace(".", ""));
        for (String raw : undotted.replace('\u2019', '\'').split("[^\\p{L}\\p{N}']+")) {
            if (raw.isEmpty()) continue;
            String exp = abbreviations.expansionOf(raw);
            String w = exp != null ? exp : raw;
            w = w.toLowerCase(Locale.ROOT).replaceAll("'s\\b", "").replace("'", " ");
            out.add(w.strip());
        }
        return String.join(" ", out).replaceAll("\\s+", " ").strip();
    }
}
