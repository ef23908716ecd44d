package org.partnershipportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.LocalDateTime;

/** {@link Wording} for pages: #{wording.count(n, 'member')}, #{wording.choose(n, 'is', 'are')}, #{wording.date(d)}, #{wording.dateTime(t)};
 * stored UTC moments only through #{wording.moment(t)} and #{wording.momentDate(t)}. */
@Named("wording")
@ApplicationScoped
public class WordingFunctions {

    public String count(long n, String noun) {
        return Wording.count(n, noun);
    }

    public String choose(long n, String one, String many) {
        return Wording.choose(n, one, many);
    }

    public String date(Object value) {
        return Wording.date(value);
    }

    public String dateTime(LocalDateTime value) {
        return Wording.dateTime(value);
    }

    public String dayDate(Object value) {
        return Wording.dayDate(value);
    }

    public String dayDateTime(LocalDateTime value) {
        return Wording.dayDateTime(value);
    }

    public String time(LocalDateTime value) {
        return Wording.time(value);
    }

    public String timestamp(LocalDateTime value) {
        return Wording.timestamp(value);
    }

    /** A stored UTC moment (recorded, changed, sent at) in the partnership's zone: #{wording.moment(c.changedAt)}. */
    public String moment(LocalDateTime utc) {
        return Wording.moment(utc);
    }

    public String momentDate(LocalDateTime utc) {
        return Wording.momentDate(utc);
    }

    public String momentTimestamp(LocalDateTime utc) {
        return Wording.momentTimestamp(utc);
    }
}
