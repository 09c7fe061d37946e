package org.jiceng.cases;

/**
 * How alike two case texts are (0 none, 1 the same words), for the duplicates offered while filing. Declared here
 * and implemented by a module that reads the cases (dispatch), so the cases module never depends on it.
 */
public interface CaseTextSimilarity {

    double similarity(String a, String b);
}
