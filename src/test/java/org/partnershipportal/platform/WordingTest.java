package org.partnershipportal.platform;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class WordingTest {

    @Test
    void oneIsSingularAndEveryOtherCountPlural() {
        assertThat(Wording.count(1, "member")).isEqualTo("1 member");
        assertThat(Wording.count(0, "member")).isEqualTo("0 members");
        assertThat(Wording.count(2, "member")).isEqualTo("2 members");
        assertThat(Wording.count(1, "agenda item")).isEqualTo("1 agenda item");
        assertThat(Wording.count(3, "agenda item")).isEqualTo("3 agenda items");
        assertThat(Wording.count(2, "agency")).isEqualTo("2 agencies");
        assertThat(Wording.count(2, "day")).isEqualTo("2 days");
        assertThat(Wording.count(2, "match")).isEqualTo("2 matches");
        assertThat(Wording.count(2, "person")).isEqualTo("2 people");
        assertThat(Wording.choose(1, "is", "are")).isEqualTo("is");
        assertThat(Wording.choose(4, "is", "are")).isEqualTo("are");
    }

    @Test
    void everyMonthIsItsFirstThreeLetters() {
        assertThat(Wording.date(LocalDate.of(2026, 9, 6))).isEqualTo("6 Sep 2026");
        String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        for (int month = 1; month <= 12; month++) {
            assertThat(Wording.date(LocalDate.of(2026, month, 15))).isEqualTo("15 " + months[month - 1] + " 2026");
        }
    }

    @Test
    void datesReadTheSameWayEverywhere() {
        assertThat(Wording.date(LocalDate.of(2027, 3, 1))).isEqualTo("1 Mar 2027");
        assertThat(Wording.date(LocalDateTime.of(2026, 12, 1, 14, 5))).isEqualTo("1 Dec 2026");
        assertThat(Wording.dateTime(LocalDateTime.of(2026, 12, 1, 14, 5))).isEqualTo("1 Dec 2026, 14:05");
        assertThat(Wording.dayDateTime(LocalDateTime.of(2026, 12, 1, 14, 5))).isEqualTo("Tue 1 Dec 2026, 14:05");
        assertThat(Wording.date(null)).isEmpty();
    }
}
