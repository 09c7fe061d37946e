package org.jiceng.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Chinese words of a text, for the search index and the dispatch classifier alike, so a query and a document are
 * cut the same way. Lucene's smartcn analyser (a hidden Markov model over a dictionary inside its jar) splits the
 * Chinese, lower-cases Latin words and drops punctuation and its stop words; one analyser serves every thread.
 */
public final class ChineseText {

    private static final Analyzer ANALYZER = new SmartChineseAnalyzer();

    private ChineseText() {
    }

    /** The words of {@code text} in order, repeats kept (a classifier counts them); empty for a blank text. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("分词失败", e);
        }
        return words;
    }

    /** A word and where it starts in the text (a {@code char} index), for the search index's positions. */
    public record Token(String word, int start) {
    }

    /** The words of {@code text} with their offsets, in order; empty for a blank text. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("分词失败", e);
        }
        return tokens;
    }
}
