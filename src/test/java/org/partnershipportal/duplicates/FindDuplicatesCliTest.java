package org.partnershipportal.duplicates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FindDuplicatesCliTest {
    static final String HEADER = "id,board,meeting_date,title,description\n";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit = FindDuplicatesCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void everyRowGetsOneClusterAndAnItemAloneHasItsOwn() throws IOException {
        Path f = file("in.csv", HEADER
                + "a1,VRU Board,2026-01-10,Knife crime among young people,Trends in knife possession offences\n"
                + "b1,YOS Management Board,2026-02-03,Young people carrying knives,Knife possession offences by under-18s\n"
                + "c1,Community Safety Partnership,,Street lighting in the town park,\"Residents' concerns, after dark\"\n"
                + "d1,Community Safety Partnership,2026-02-03,Apologies,\n");
        Run r = run(f.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("id,cluster\na1,c-a1\nb1,c-a1\nc1,c-c1\nd1,c-d1\n");
    }

    @Test
    void missingFileIsReportedWithExitCode2() {
        Run r = run(dir.resolve("nowhere.csv").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nowhere.csv").contains("file not found");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void headerWithoutTheRequiredColumnsIsReportedWithExitCode2() throws IOException {
        Run r = run(file("in.csv", "id,board,date,title\nx,VRU Board,2026-01-01,Knife crime\n").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad header").contains("meeting_date, description");
        assertThat(run(file("empty.csv", "").toString()).err()).contains("the file is empty");
    }

    @Test
    void badRowsAreReportedWithTheirLineNumbersAndNothingIsPrinted() throws IOException {
        Path f = file("in.csv", HEADER
                + "a1,VRU Board,2026-01-10,Knife crime,Trends\n"
                + "a2,VRU Board,2026-01-10,,Title left out\n"
                + "\n"
                + "a3,VRU Board,10/01/2026,Hate crime,\"A description\n  over two lines\"\n"
                + "a4,VRU Board,2026-01-10\n"
                + "a1,YOS Management Board,2026-01-10,Knife crime,Trends\n"
                + "a5,VRU Board,2026-01-10,Knife crime, knives, and more,Trends\n");
        Run r = run(f.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("line 3 (id a2): title is empty")
                .contains("line 5 (id a3): meeting_date '10/01/2026' is not a date (YYYY-MM-DD)")
                .contains("line 7 (id a4): title is missing")
                .contains("line 8 (id a1): id used again (first on line 2)")
                .contains("line 9 (id a5): 7 fields where the header has 5")
                .contains("5 bad row(s)");
    }

    @Test
    void aQuoteNeverClosedStopsTheReadingWhereItIs() throws IOException {
        Path f = file("in.csv", HEADER
                + "a1,VRU Board,2026-01-10,Knife crime,Trends\n"
                + "a2,VRU Board,2026-01-10,\"Knife crime, Trends\n"
                + "a3,VRU Board,2026-01-10,Hate crime,Trends\n");
        Run r = run(f.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("malformed CSV, reading stopped here");
    }

    @Test
    void extraColumnsSuchAsALabelAreIgnored() throws IOException {
        Path f = file("in.csv", "id,board,meeting_date,title,description,cluster\n"
                + "a1,VRU Board,2026-01-10,Knife crime,Trends,A\n");
        FindDuplicatesCli.Register reg = FindDuplicatesCli.readRegister(f);
        assertThat(reg.problems()).isEmpty();
        assertThat(reg.items()).containsExactly(new AgendaText("a1", BoardName.of("VRU Board"), java.time.LocalDate.of(2026, 1, 10),
                "Knife crime", "Trends"));
    }
}
