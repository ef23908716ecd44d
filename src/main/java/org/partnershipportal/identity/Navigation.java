package org.partnershipportal.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.CallerPermissions;
import org.partnershipportal.platform.Permission;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The sections of the portal the signed-in person's permissions open, for the menu and the home page. */
@Named
@RequestScoped
public class Navigation {

    /**
     * A section: its menu label, its page, a one-line description, and what opens it: a permission, a feature's
     * {@link SectionGate} for its page ({@code gated}), or neither (everyone).
     */
    public record Section(String label, String path, String icon, String description, Permission opensIt, boolean gated) {
        boolean visibleTo(Set<Permission> held) {
            return opensIt == null || held.contains(opensIt);
        }

        public String getLabel() {
            return label;
        }

        public String getPath() {
            return path;
        }

        public String getIcon() {
            return icon;
        }

        public String getDescription() {
            return description;
        }
    }

    static final List<Section> ALL = List.of(
            section("Home", "/index.xhtml", "pi pi-home", "Your start page"),
            section("My boards", "/boards/index.xhtml", "pi pi-briefcase",
                    "The boards you sit on: their workspaces, members and what needs your attention", Permission.SIT_ON_BOARDS),
            section("My actions", "/actions/mine.xhtml", "pi pi-check-square",
                    "Actions you own on your boards: what is due, what is overdue, and progress to record", Permission.SIT_ON_BOARDS),
            section("Forward plan", "/meetings/plan.xhtml", "pi pi-calendar",
                    "Every board's meetings in one calendar, so meetings don't clash", Permission.SEE_FORWARD_PLAN),
            section("Structure map", "/structure/index.xhtml", "pi pi-sitemap",
                    "Every board, what it oversees, who reports to whom, and where boards and people overlap"),
            section("Data catalogue", "/catalogue/index.xhtml", "pi pi-database",
                    "Datasets across the agencies, the asks they answer, and the gaps", Permission.READ_CATALOGUE),
            section("Data requests", "/catalogue/requests.xhtml", "pi pi-inbox",
                    "Ask data leads for data on an ask; answer your agency's requests", Permission.READ_CATALOGUE),
            section("Guidance", "/guidance/index.xhtml", "pi pi-comments",
                    "Guidance shaped by what young people told us: search, read, say what was useful"),
            section("Flags register", "/flags/index.xhtml", "pi pi-flag",
                    "Every agency's exploitation flags side by side: definitions, thresholds, reviews and gaps"),
            section("Glossary", "/glossary/index.xhtml", "pi pi-book",
                    "Agreed partnership definitions, each agency's own variant, and abbreviations"),
            section("Boards", "/admin/boards.xhtml", "pi pi-building",
                    "Create boards, set their remit and reporting lines, seat and unseat members", Permission.MANAGE_BOARDS),
            section("Users", "/admin/users.xhtml", "pi pi-users",
                    "Create accounts, assign agencies and roles, unlock and reset passwords", Permission.MANAGE_PEOPLE),
            // Chairs and vice-chairs read the report as well as those who run duplicate finding: a seat, not a permission.
            gatedSection("Duplicates", "/duplicates/report.xhtml", "pi pi-clone",
                    "The same matter on several boards: confirm, dismiss, import past agendas"),
            section("Reminders", "/admin/reminders.xhtml", "pi pi-envelope",
                    "The weekly e-mail to owners of overdue actions; send it now", Permission.RUN_REMINDERS),
            section("Service levels", "/admin/service-levels.xhtml", "pi pi-clock",
                    "Working days for data requests, escalation contacts, reminders now", Permission.SET_SERVICE_LEVELS),
            section("Audit log", "/admin/audit.xhtml", "pi pi-history",
                    "Who signed in, what changed, what was refused", Permission.READ_AUDIT_LOG),
            section("My account", "/account/password.xhtml", "pi pi-user", "Change your password"));

    /** The permissions that open some section: what the menu asks about the caller, once per request. */
    static final Set<Permission> OPENING_PERMISSIONS = ALL.stream().map(Section::opensIt).filter(Objects::nonNull)
            .collect(Collectors.toUnmodifiableSet());

    @Inject
    CallerPermissions may;

    @Inject
    CurrentUser currentUser;

    @Inject
    Instance<SectionGate> gates;

    private List<Section> visible;

    @PostConstruct
    void decide() {
        visible = new ArrayList<>();
        if (currentUser.isMustChangePassword()) {
            // Every section would send them back to the password page: show none rather than links that lead nowhere.
            return;
        }
        Set<Permission> held = may.heldOf(OPENING_PERMISSIONS);
        for (Section section : ALL) {
            if (section.gated() ? opensForCaller(section) : section.visibleTo(held)) {
                visible.add(section);
            }
        }
    }

    public List<Section> getSections() {
        return visible;
    }

    /** The sections other than Home and My account, for the home page's cards. */
    public List<Section> getWorkSections() {
        return visible.stream().filter(s -> !s.path().equals("/index.xhtml") && !s.path().startsWith("/account/")).toList();
    }

    /** A gated section shows only if its feature's gate says so; with no gate deployed for its page, to nobody. */
    private boolean opensForCaller(Section section) {
        for (SectionGate gate : gates) {
            if (gate.path().equals(section.path())) {
                return gate.opensForCaller();
            }
        }
        return false;
    }

    private static Section section(String label, String path, String icon, String description) {
        return new Section(label, path, icon, description, null, false);
    }

    private static Section section(String label, String path, String icon, String description, Permission opensIt) {
        return new Section(label, path, icon, description, opensIt, false);
    }

    private static Section gatedSection(String label, String path, String icon, String description) {
        return new Section(label, path, icon, description, null, true);
    }
}
