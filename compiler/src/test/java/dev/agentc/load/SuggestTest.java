package dev.agentc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentc.diag.Suggest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Suggest#closest}: typos, case, same last segment, determinism. */
class SuggestTest {
  @Test
  void typos() {
    assertEquals(Optional.of("acme.common"), Suggest.closest("acme.comon", List.of("acme.main", "acme.common")));
    assertEquals(Optional.of("replicas"), Suggest.closest("replica", List.of("replicas", "region")));
    assertEquals(Optional.empty(), Suggest.closest("completely", List.of("different", "words")));
  }

  @Test
  void caseOnlyDifference() {
    assertEquals(Optional.of("std.gpu"), Suggest.closest("std.GPU", List.of("std.gpu", "std.tee")));
  }

  @Test
  void sameLastSegment() {
    assertEquals(Optional.of("std.gpu"), Suggest.closest("gpu", List.of("std.region", "std.gpu")));
    assertEquals(Optional.of("acme.gpu"), Suggest.closest("other.gpu", List.of("std.gpu", "acme.gpu")));
  }

  @Test
  void neverRewritesAWholeShortNameNorSuggestsItself() {
    assertEquals(Optional.empty(), Suggest.closest("x", List.of("y", "x")));
    assertEquals(Optional.empty(), Suggest.closest("ab", List.of("xy")));
  }

  @Test
  void tiesAreAlphabeticRegardlessOfOrder() {
    assertEquals(Optional.of("cat"), Suggest.closest("bat", List.of("rat", "cat")));
    assertEquals(Optional.of("cat"), Suggest.closest("bat", List.of("cat", "rat")));
    assertEquals(Optional.of("ba"), Suggest.closest("bta", List.of("b", "bat", "ba"))); // one deletion beats a transposition
  }

  @Test
  void levenshteinIsBounded() {
    assertEquals(0, Suggest.levenshtein("", "", 2));
    assertEquals(2, Suggest.levenshtein("", "ab", 2));
    assertEquals(3, Suggest.levenshtein("", "abc", 2));
    assertEquals(1, Suggest.levenshtein("kitten", "sitten", 2));
    assertEquals(3, Suggest.levenshtein("kitten", "sitting", 2)); // real distance 3: capped at max + 1
    assertEquals(3, Suggest.levenshtein("kitten", "sitting", 5));
    assertEquals(2, Suggest.levenshtein("abcdef", "abdcef", 2));
    String longA = "a".repeat(100_000);
    assertEquals(1, Suggest.levenshtein(longA, longA + "b", 2));
  }
}
