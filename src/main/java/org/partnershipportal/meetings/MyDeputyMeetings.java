package org.partnershipportal.meetings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** On the Home page (index.xhtml): the meetings still to come at which the signed-in person stands in for a member. */
@Named
@RequestScoped
public class MyDeputyMeetings {

    @Inject
    MeetingReaders readers;

    private List<MeetingReaders.DeputyMeeting> meetings;

    public List<MeetingReaders.DeputyMeeting> getMeetings() {
        if (meetings == null) {
            meetings = readers.meetingsAsDeputy();
        }
        return meetings;
    }
}
