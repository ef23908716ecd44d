package org.partnershipportal.duplicates;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The pairwise F1 of score-duplicates.py, in Java: only pairs of items on different boards are scored. */
final class PairwiseF1 {
    record Labelled(AgendaText item, String cluster) {}

    record Result(int tp, int fp, int fn) {
        double precision() { return tp + fp == 0 ? 0 : tp / (double) (tp + fp); }
        double recall() { return tp + fn == 0 ? 0 : tp / (double) (tp + fn); }
        double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        @Override public String toString() {
            return String.format("tp=%d fp=%d fn=%d precision %.3f recall %.3f F1 %.3f", tp, fp, fn, precision(), recall(), f1());
        }
    }

    /** Reads a labelled file; the last column is the true cluster (as in score-duplicates.py). */
    static List<Labelled> read(Path file) throws IOException {
        List<AgendaText> items = FindDuplicatesCli.readCsv(file);
        List<Labelled> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CSVRecord> recs = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
            for (int i = 0; i < recs.size(); i++) out.add(new Labelled(items.get(i), recs.get(i).get(recs.get(i).size() - 1)));
        }
        return out;
    }

    static Result score(List<Labelled> truth, List<List<String>> predicted) {
        Map<String, Integer> pred = new HashMap<>();
        for (int c = 0; c < predicted.size(); c++) for (String id : predicted.get(c)) pred.put(id, c);
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < truth.size(); i++)
            for (int j = i + 1; j < truth.size(); j++) {
                Labelled a = truth.get(i), b = truth.get(j);
                if (a.item().board().equals(b.item().board())) continue;
                boolean st = a.cluster().equals(b.cluster());
                Integer pa = pred.get(a.item().id()), pb = pred.get(b.item().id());
                if (pa == null || pb == null) throw new AssertionError("prediction lacks " + a.item().id() + " or " + b.item().id());
                boolean sp = pa.equals(pb);
                if (st && sp) tp++;
                if (sp && !st) fp++;
                if (st && !sp) fn++;
            }
        return new Result(tp, fp, fn);
    }

    static List<AgendaText> items(List<Labelled> l) {
        return l.stream().map(Labelled::item).toList();
    }
}
