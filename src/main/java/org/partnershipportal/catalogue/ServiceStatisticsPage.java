package org.partnershipportal.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.partnershipportal.identity.MyAccount;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.Permission;

import java.util.List;

/** catalogue/service.xhtml: how each agency serves data requests, quarter by quarter; a data lead's own agency first. */
@Named
@RequestScoped
public class ServiceStatisticsPage {

    @Inject
    ServiceStatistics statistics;

    @Inject
    MyAccount myAccount;

    private List<ServiceStatistics.Figures> all;
    private List<ServiceStatistics.Figures> mine = List.of();
    private String myAgency;
    private String chart;

    public void load() {
        all = statistics.lastFourQuarters();
        UserAccount me = myAccount.current().orElse(null);
        if (me != null && me.holds(Permission.ANSWER_DATA_REQUESTS) && me.getAgency() != null) {
            myAgency = me.getAgency().getShortName();
            mine = all.stream().filter(f -> f.agency().equals(myAgency)).toList();
        }
        chart = chartOf(all);
    }

    /** Chart.js configuration: the newest quarter's received, accepted and answered-in-time requests per agency. */
    private static String chartOf(List<ServiceStatistics.Figures> figures) {
        ServiceStatistics.Quarter newest = figures.isEmpty() ? null : figures.get(0).quarter();
        List<ServiceStatistics.Figures> latest = figures.stream().filter(f -> f.quarter().equals(newest)).toList();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder received = Json.createArrayBuilder();
        JsonArrayBuilder accepted = Json.createArrayBuilder();
        JsonArrayBuilder inTime = Json.createArrayBuilder();
        for (ServiceStatistics.Figures f : latest) {
            labels.add(f.agency());
            received.add(f.received());
            accepted.add(f.accepted());
            inTime.add(f.answeredInTime());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", "Received").add("data", received).add("backgroundColor", "#0b4f6c"))
                                .add(Json.createObjectBuilder().add("label", "Accepted").add("data", accepted).add("backgroundColor", "#5b8c2a"))
                                .add(Json.createObjectBuilder().add("label", "Answered in time").add("data", inTime).add("backgroundColor", "#b36b00"))))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        // Counts of requests: whole numbers on the axis, never 0.5 or 1.5.
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", "Requests"))))
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder().add("display", true)
                                .add("text", newest == null ? "No requests yet" : "Data requests by agency, " + newest))))
                .build().toString();
    }

    public List<ServiceStatistics.Figures> getAll() {
        return all;
    }

    public List<ServiceStatistics.Figures> getMine() {
        return mine;
    }

    public String getMyAgency() {
        return myAgency;
    }

    public String getChart() {
        return chart;
    }

    public DeclineReason[] getReasons() {
        return DeclineReason.values();
    }
}
