package org.partnershipportal.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** An organisation in the partnership: council, police, health, YOS, charity… */
@Entity
@Table(name = "agency")
@NamedQuery(name = "Agency.all", query = "SELECT a FROM Agency a ORDER BY a.name")
public class Agency implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 150;
    public static final int SHORT_NAME_MAX = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = SHORT_NAME_MAX)
    @Column(name = "short_name", nullable = false, length = SHORT_NAME_MAX)
    private String shortName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AgencyKind kind;

    @Version
    private long version;

    protected Agency() {
    }

    public Agency(String name, String shortName, AgencyKind kind) {
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public AgencyKind getKind() {
        return kind;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Agency agency && id != null && id.equals(agency.id));
    }

    @Override
    public int hashCode() {
        return Agency.class.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
