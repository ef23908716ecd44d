package org.partnershipportal.boards;

import jakarta.enterprise.context.RequestScoped;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The caller's seats on boards as read from the database during this request, so each is read once. One page asks
 * several times about the same board: a board's action log asks on opening it, for its count and for its rows, each
 * from a service that checks access itself. Per request only, like {@code platform.PermissionAnswers}: membership is
 * read again on the next request, so an ended seat refuses the person's next request on any node.
 */
@RequestScoped
class SeatsReadThisRequest {

    private record Question(String username, long boardId, LocalDate today) {
    }

    private final Map<Question, Optional<MembershipRole>> seats = new HashMap<>();

    Optional<MembershipRole> roleOf(String username, BoardId boardId, LocalDate today, Supplier<Optional<MembershipRole>> read) {
        Question question = new Question(username, boardId.value(), today);
        Optional<MembershipRole> known = seats.get(question);
        if (known == null) {
            known = read.get();
            seats.put(question, known);
        }
        return known;
    }

    /** A membership changed in this request: later questions in it read the database again. */
    void forget() {
        seats.clear();
    }
}
