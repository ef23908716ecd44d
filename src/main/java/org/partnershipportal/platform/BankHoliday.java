package org.partnershipportal.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A bank holiday in England and Wales (data, so next year's dates need no release). */
@Entity
@Table(name = "bank_holiday")
public class BankHoliday {

    @Id
    @NotNull
    @Column(name = "holiday_date")
    private LocalDate date;

    @NotBlank
    @Size(max = 80)
    private String name;

    @Version
    private int version;

    protected BankHoliday() {
    }

    public BankHoliday(LocalDate date, String name) {
        this.date = date;
        this.name = name;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }
}
