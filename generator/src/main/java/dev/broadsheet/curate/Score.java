package dev.broadsheet.curate;

/**
 * Why a story ranks where it does: {@code total = (weight + 0.75 × (publishers − 1)) × recency +
 * boost}. Only distinct publishers count: a syndicated copy or a second feed of one publisher is
 * the same voice again, not wider coverage.
 *
 * @param total the rank, higher first
 * @param weight the highest weight among the sources that carried it
 * @param publishers distinct publishers that reported it
 * @param sources distinct sources that carried it (syndicated copies count here)
 * @param recency 0.5 to the power of its age at the end of its edition over the half-life
 * @param boost the editors' boost: 1 for a pick, 0 otherwise
 */
public record Score(double total, double weight, int publishers, int sources, double recency, double boost) {
  static Score of(double weight, int publishers, int sources, double recency, double boost) {
    double base = weight + 0.75 * (publishers - 1);
    return new Score(base * recency + boost, weight, publishers, sources, recency, boost);
  }

  /** One line for people: "2.41 = (1.2 weight + 2 publishers + 1 more source) × 0.84 recency + 1 pick". */
  public String explain() {
    return String.format(java.util.Locale.ROOT, "%.2f = (%.2f weight, %d publisher%s, %d source%s) × %.2f recency%s",
        total, weight, publishers, publishers == 1 ? "" : "s", sources, sources == 1 ? "" : "s", recency,
        boost > 0 ? String.format(java.util.Locale.ROOT, " + %.2f editor's pick", boost) : "");
  }
}
