package org.partnershipportal.meetings;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * meetings/plan.xhtml: the partnership's forward plan of meetings as a calendar. The caller's own
 * boards' meetings open; other boards' meetings (if asked for) show only that the board meets.
 */
@Named
@ViewScoped
public class ForwardPlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    private boolean showOtherBoards = true;
    private final PlanModel model = new PlanModel();

    private final class PlanModel extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;
        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            for (Meetings.PlanEntry entry : meetings.forwardPlan(start, end, showOtherBoards)) {
                DefaultScheduleEvent.Builder<Object> event = DefaultScheduleEvent.builder()
                        .id(entry.member() ? "meeting-" + entry.meetingId() : null)
                        .title(entry.member() ? entry.board() + ": " + entry.title() : entry.title())
                        .startDate(entry.startsAt()).endDate(entry.endsAt())
                        .editable(false)
                        .styleClass(styleOf(entry));
                if (entry.member()) {
                    event.url(context + "/meetings/meeting.xhtml?meeting=" + entry.meetingId());
                }
                addEvent(event.build());
            }
        }
    }

    private static String styleOf(Meetings.PlanEntry entry) {
        String style = entry.member() ? "plan-mine" : "plan-other";
        return entry.status() == MeetingStatus.CANCELLED ? style + " plan-cancelled" : style;
    }

    public ScheduleModel getModel() {
        return model;
    }

    public boolean isShowOtherBoards() {
        return showOtherBoards;
    }

    public void setShowOtherBoards(boolean showOtherBoards) {
        this.showOtherBoards = showOtherBoards;
    }
}
