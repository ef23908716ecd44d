package org.partnershipportal.duplicates;

import java.time.LocalDate;

/** An indexed item that looks like the same matter as a query, with a score in [0,1] and a short human reason. */
public record Match(String id, String board, LocalDate meetingDate, String title, double score, String reason) {}
