package org.partnershipportal.catalogue;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.partnershipportal.platform.FileTransfer;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** GET /catalogue/service-statistics.csv: the service figures, one row per agency and quarter, to catalogue readers. */
@WebServlet("/catalogue/service-statistics.csv")
public class ServiceStatisticsDownload extends HttpServlet {

    @Inject
    ServiceStatistics statistics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> header = new ArrayList<>(List.of("quarter", "agency", "received", "accepted", "answered", "answered_in_time",
                "median_working_days_to_accept", "median_working_days_to_answer", "transfers_out"));
        for (DeclineReason reason : DeclineReason.values()) {
            header.add("declined_" + reason.name().toLowerCase(java.util.Locale.ROOT));
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (ServiceStatistics.Figures f : statistics.lastFourQuarters()) {
                List<Object> row = new ArrayList<>(List.of(f.quarter().toString(), f.agency(), f.received(), f.accepted(), f.answered(), f.answeredInTime(),
                        f.medianDaysToAccept() == null ? "" : f.medianDaysToAccept(), f.medianDaysToAnswer() == null ? "" : f.medianDaysToAnswer(),
                        f.transfersOut()));
                for (DeclineReason reason : DeclineReason.values()) {
                    row.add(f.declinedFor(reason));
                }
                printer.printRecord(row);
            }
        }
        FileTransfer.sendAttachment(response, "text/csv;charset=UTF-8", "data-request-service.csv", out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
