package org.partnershipportal.voice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipportal.boards.Board;
import org.partnershipportal.meetings.Action;
import org.partnershipportal.meetings.AgendaItem;
import org.partnershipportal.resources.Resource;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One "you said, we did": a resource of what young people told us, the decision it influenced (an agenda
 * item's decisions) or one action agreed under it, and what changed, in words anyone reading the resource
 * may see.
 */
@Entity
@Table(name = "voice_influence")
public class VoiceInfluence implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int WHAT_CHANGED_MAX = 600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resource_id", nullable = false)
    private Resource resource;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id", nullable = false)
    private Board board;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem agendaItem;

    /** Null when the decision itself is what changed; otherwise the action agreed under it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "action_id")
    private Action action;

    @NotBlank(message = "Say what changed because of what young people told us")
    @Size(max = WHAT_CHANGED_MAX, message = "Use at most " + WHAT_CHANGED_MAX + " characters")
    @Column(name = "what_changed", nullable = false, length = WHAT_CHANGED_MAX)
    private String whatChanged;

    @NotBlank
    @Column(name = "linked_by", nullable = false, length = 60)
    private String linkedBy;

    /** UTC. */
    @NotNull
    @Column(name = "linked_at", nullable = false)
    private LocalDateTime linkedAt;

    @Version
    private long version;

    protected VoiceInfluence() {
    }

    public VoiceInfluence(Resource resource, AgendaItem agendaItem, Action action, String whatChanged, String linkedBy, LocalDateTime linkedAt) {
        this.resource = resource;
        this.board = agendaItem.getBoard();
        this.agendaItem = agendaItem;
        this.action = action;
        this.whatChanged = whatChanged;
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
    }

    public Long getId() {
        return id;
    }

    public Resource getResource() {
        return resource;
    }

    public Board getBoard() {
        return board;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public Action getAction() {
        return action;
    }

    public String getWhatChanged() {
        return whatChanged;
    }

    public String getLinkedBy() {
        return linkedBy;
    }

    public LocalDateTime getLinkedAt() {
        return linkedAt;
    }
}
