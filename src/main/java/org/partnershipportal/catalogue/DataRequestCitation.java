package org.partnershipportal.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.partnershipportal.meetings.Action;
import org.partnershipportal.meetings.AgendaItem;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An agenda item or an action that used an answer: how the data's owner learns what it was for. */
@Entity
@Table(name = "data_request_citation")
public class DataRequestCitation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private DataRequest request;

    @ManyToOne
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    @ManyToOne
    @JoinColumn(name = "action_id")
    private Action action;

    @Column(name = "cited_by", nullable = false, length = 60)
    private String citedBy;

    @Column(name = "cited_at", nullable = false)
    private LocalDateTime citedAt;

    protected DataRequestCitation() {
    }

    public DataRequestCitation(DataRequest request, AgendaItem agendaItem, Action action, String citedBy, LocalDateTime citedAt) {
        this.request = request;
        this.agendaItem = agendaItem;
        this.action = action;
        this.citedBy = citedBy;
        this.citedAt = citedAt;
    }

    public Long getId() {
        return id;
    }

    public DataRequest getRequest() {
        return request;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public Action getAction() {
        return action;
    }

    public String getCitedBy() {
        return citedBy;
    }

    public LocalDateTime getCitedAt() {
        return citedAt;
    }
}
