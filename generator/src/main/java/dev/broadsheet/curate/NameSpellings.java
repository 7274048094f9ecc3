package dev.broadsheet.curate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One name written two ways is one name: two capitalised words written apart ("Wal Mart") whose
 * letters the texts also use as one word ("WalMart") gain that word's term, so the two spellings
 * meet in the vectors. Learned from the texts themselves, not from a list, so it works for names
 * nobody here has seen. (Acronyms from initials were tried and dropped: in Title Case headlines
 * every run of words has initials, and "Get Married" became "GM".)
 */
final class NameSpellings {
  private final Set<String> words = new HashSet<>();

  /** Learns the words of every text first. */
  void learn(List<TextAnalysis.Token> tokens) {
    for (TextAnalysis.Token t : tokens) {
      words.add(t.term());
    }
  }

  /** The tokens, plus a token for each name written apart that the texts also write as one word. */
  List<TextAnalysis.Token> withOtherSpellings(List<TextAnalysis.Token> tokens) {
    List<TextAnalysis.Token> out = tokens;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      TextAnalysis.Token a = tokens.get(i);
      TextAnalysis.Token b = tokens.get(i + 1);
      if (a.capitalized() && b.capitalized() && !b.sentenceStart() && !a.number() && !b.number()
          && words.contains(a.term() + b.term())) {
        if (out == tokens) {
          out = new ArrayList<>(tokens);
        }
        out.add(new TextAnalysis.Token(a.term() + b.term(), true, false, a.sentenceStart(), false));
      }
    }
    return out;
  }
}
