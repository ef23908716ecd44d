package org.partnershipportal.boards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A strategic board of the partnership, with its own members, remit and meetings. */
@Entity
@Table(name = "board")
@NamedQuery(name = "Board.all", query = "SELECT b FROM Board b ORDER BY b.name")
public class Board implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 150;
    public static final int SHORT_NAME_MAX = 20;
    public static final int PURPOSE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Enter the board's name")
    @Size(max = NAME_MAX, message = "Use at most " + NAME_MAX + " characters")
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotBlank(message = "Enter a short name")
    @Size(max = SHORT_NAME_MAX, message = "Use at most " + SHORT_NAME_MAX + " characters")
    @Column(name = "short_name", nullable = false, length = SHORT_NAME_MAX)
    private String shortName;

    @Size(max = PURPOSE_MAX, message = "Use at most " + PURPOSE_MAX + " characters")
    @Column(length = PURPOSE_MAX)
    private String purpose;

    @NotNull(message = "Choose how often the board meets")
    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_frequency", nullable = false, length = 20)
    private MeetingFrequency meetingFrequency;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "board_remit", joinColumns = @JoinColumn(name = "board_id"),
            inverseJoinColumns = @JoinColumn(name = "harm_type_id"))
    private Set<HarmType> remit = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "board_reporting_line", joinColumns = @JoinColumn(name = "board_id"),
            inverseJoinColumns = @JoinColumn(name = "reports_to_board_id"))
    private Set<Board> reportsTo = new HashSet<>();

    /** Papers are due this many working days before each meeting (issue 17); five is the committee convention. */
    @jakarta.validation.constraints.Min(value = 0, message = "Use 0 to 20 working days")
    @jakarta.validation.constraints.Max(value = 20, message = "Use 0 to 20 working days")
    @Column(name = "papers_deadline_days", nullable = false)
    private int papersDeadlineDays = 5;

    /** How many members (a deputy counting for the member they stand in for) must attend; null: the board sets none. */
    @jakarta.validation.constraints.Min(value = 1, message = "A quorum is at least 1, or leave it empty")
    @jakarta.validation.constraints.Max(value = 100, message = "A quorum is at most 100")
    @Column(name = "quorum")
    private Integer quorum;

    /** Whether a member who sends apologies may name a deputy from their own agency. */
    @Column(name = "deputies_allowed", nullable = false)
    private boolean deputiesAllowed;

    @Version
    private long version;

    protected Board() {
    }

    public Board(String name, String shortName, String purpose, MeetingFrequency meetingFrequency) {
        this.name = name;
        this.shortName = shortName;
        this.purpose = purpose;
        this.meetingFrequency = meetingFrequency;
    }

    public void describe(String name, String shortName, String purpose, MeetingFrequency meetingFrequency) {
        this.name = name;
        this.shortName = shortName;
        this.purpose = purpose;
        this.meetingFrequency = meetingFrequency;
    }

    public void setPapersDeadline(int workingDaysBefore) {
        this.papersDeadlineDays = workingDaysBefore;
    }

    public void setAttendanceRules(Integer quorum, boolean deputiesAllowed) {
        this.quorum = quorum;
        this.deputiesAllowed = deputiesAllowed;
    }

    public Integer getQuorum() {
        return quorum;
    }

    public boolean isDeputiesAllowed() {
        return deputiesAllowed;
    }

    public int getPapersDeadlineDays() {
        return papersDeadlineDays;
    }

    public void replaceRemit(Set<HarmType> harms) {
        remit.clear();
        remit.addAll(harms);
    }

    /** A board never reports to itself; the service also refuses longer cycles. */
    public void replaceReportingLines(Set<Board> boards) {
        if (boards.contains(this)) {
            throw new IllegalArgumentException("A board cannot report to itself");
        }
        reportsTo.clear();
        reportsTo.addAll(boards);
    }

    public boolean oversees(HarmType harm) {
        return remit.contains(harm);
    }

    public List<HarmType> getRemit() {
        return remit.stream().sorted(Comparator.comparing(HarmType::getName)).toList();
    }

    public List<Board> getReportsTo() {
        return reportsTo.stream().sorted(Comparator.comparing(Board::getName)).toList();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getPurpose() {
        return purpose;
    }

    public MeetingFrequency getMeetingFrequency() {
        return meetingFrequency;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Board board && id != null && id.equals(board.id));
    }

    @Override
    public int hashCode() {
        return Board.class.hashCode();
    }
}
