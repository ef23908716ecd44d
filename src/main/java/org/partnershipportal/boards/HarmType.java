package org.partnershipportal.boards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** A kind of harm a board may oversee (criminal exploitation, missing…); administrators extend the list. */
@Entity
@Table(name = "harm_type")
@NamedQuery(name = "HarmType.all", query = "SELECT h FROM HarmType h ORDER BY h.name")
public class HarmType implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Enter the name of the harm")
    @Size(max = NAME_MAX, message = "Use at most " + NAME_MAX + " characters")
    @Column(nullable = false, length = NAME_MAX, unique = true)
    private String name;

    @Version
    private long version;

    protected HarmType() {
    }

    public HarmType(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof HarmType harm && id != null && id.equals(harm.id));
    }

    @Override
    public int hashCode() {
        return HarmType.class.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
