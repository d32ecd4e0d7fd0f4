package dev.agentc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A cron window ends one hour after it starts, when the schedule writes its hours out. */
class CronWindowTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      "0 7 * * 1-5     | 0 8 * * 1-5",
      "30 9-17 * * *   | 30 10-18 * * *",
      "0 6,12,18 * * * | 0 7,13,19 * * *",
      "0 22-23 * * *   | 0 0,23 * * *",
      "0 23 * * 1-5    | none",
      "*/5 * * * *     | none",
      "0 */2 * * *     | none",
      "0 7 * *         | none"})
  void endsOneHourLater(String start, String end) {
    assertEquals(Optional.ofNullable(end), CronWindow.end(start));
  }
}
