using Archive.Bench.Relevance;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Search;

/// <summary>
/// The judged sets of corpus/relevance over the real corpus: the archive's mean nDCG@10 stays above a floor on each,
/// and a query with a judged-relevant article has an answer (on the held-out set, all but a few). The figures and the
/// baseline: `bench relevance`.
/// The corpus is ingested once for all the tests.
/// </summary>
public sealed class RelevanceFloorTests(RelevanceFloorTests.JudgedArchive judged) : IClassFixture<RelevanceFloorTests.JudgedArchive>
{
    /// <summary>Measured 0.867 when set (the design card's SmartChineseAnalyzer setup: 0.640); the floor leaves room for parser changes.</summary>
    private const double NdcgFloor = 0.80;

    /// <summary>
    /// The held-out set (never tuned on): measured 0.791 when set (SmartChineseAnalyzer: 0.693). The floor is well
    /// below, for parser changes and for changes tuned on the in-sample set that cost a little here; it still fails
    /// if the ranking falls toward the baseline.
    /// </summary>
    private const double HeldOutNdcgFloor = 0.70;

    /// <summary>Held-out queries with a relevant article left without any answer: 1 when set (h33 人才引进; SmartChineseAnalyzer: 0).</summary>
    private const int HeldOutUnansweredAtMost = 2;

    /// <summary>
    /// The second held-out set (never tuned on): measured 0.799 blind (SmartChineseAnalyzer: 0.648), 0.843 after the
    /// general fixes its failures showed. The floor is set as the first held-out set's is.
    /// </summary>
    private const double HeldOut2NdcgFloor = 0.72;

    /// <summary>
    /// The third held-out set (queries as users type them, never tuned on): measured 0.791 blind (SmartChineseAnalyzer:
    /// 0.561), 0.800 after the general fixes its failures showed. The floor is set as the others' are.
    /// </summary>
    private const double HeldOut3NdcgFloor = 0.70;

    /// <summary>
    /// The fourth held-out set (long questions, precedents, other wording; never tuned on): measured 0.687 blind
    /// (SmartChineseAnalyzer: 0.635), 0.718 after the general fixes its failures showed. The floor is set as the others' are.
    /// </summary>
    private const double HeldOut4NdcgFloor = 0.62;

    /// <summary>
    /// The fifth held-out set (questions, a place with a measure, numbers and issues typed loosely, typos, field filters;
    /// never tuned on): measured 0.946 blind (SmartChineseAnalyzer: 0.525), 0.960 after the general fix its failures
    /// showed. Many of its queries are known items the archive answers exactly, so the floor is higher than the others'.
    /// </summary>
    private const double HeldOut5NdcgFloor = 0.85;

    /// <summary>
    /// The sixth held-out set (topics searched for precedents, each with many articles graded 0 to 3, and questions;
    /// never tuned on): measured 0.700 blind (SmartChineseAnalyzer: 0.482), 0.703 after the general fixes its failures
    /// showed. The floor is set as the others' are.
    /// </summary>
    private const double HeldOut6NdcgFloor = 0.62;

    /// <summary>
    /// The seventh held-out set (questions in natural wording, a person's role, issues and dates, pasted sentences, typos,
    /// mixed script and odd typing, graded 0 to 3; never tuned on): measured 0.856 blind (SmartChineseAnalyzer: 0.495),
    /// 0.858 after the general fixes its failures showed. A third of it is known items (issues, pasted sentences) the
    /// archive answers exactly, so the floor is set between the others' and the fifth's.
    /// </summary>
    private const double HeldOut7NdcgFloor = 0.75;

    /// <summary>
    /// The eighth held-out set (roles, queries with no answer here, everyday words beside domain terms, village and
    /// township names, a place or framing with a measure, two characters, pasted sentences, graded 0 to 3; never tuned on):
    /// measured 0.778 blind (SmartChineseAnalyzer: 0.574), 0.780 after the general fix its failures showed. The floor is set
    /// as the others' are.
    /// </summary>
    private const double HeldOut8NdcgFloor = 0.70;

    /// <summary>
    /// The ninth held-out set (everyday words, roles named otherwise, 包保 variants, queries with no answer here, typos and
    /// near-forms, 文号 typed loosely, titles in part, field filters, graded 0 to 3; never tuned on): measured 0.669 blind
    /// (SmartChineseAnalyzer: 0.413), 0.675 after the general fixes its failures showed. Its everyday queries are the
    /// weakest of any set (0.30), so the floor is set lower than the others'.
    /// </summary>
    private const double HeldOut9NdcgFloor = 0.60;

    /// <summary>
    /// The tenth held-out set (measures named otherwise, a place with a measure, metadata typed into the box, long
    /// questions, typos and near-synonyms, queries with no answer here, graded 0 to 3; never tuned on): measured 0.789
    /// blind (SmartChineseAnalyzer: 0.548), 0.835 after the general fixes its failures showed. The floor is set as the
    /// others' are.
    /// </summary>
    private const double HeldOut10NdcgFloor = 0.72;

    /// <summary>
    /// The eleventh held-out set (similar measures elsewhere named otherwise, a place with a measure, questions typed as
    /// sentences, two characters, titles in part, queries with no answer here, graded 0 to 3; never tuned on): measured
    /// 0.685 blind (SmartChineseAnalyzer: 0.519), 0.717 after the general fixes its failures showed. Its measures named
    /// otherwise and its questions are weak (0.5), so the floor is set as the ninth's.
    /// </summary>
    private const double HeldOut11NdcgFloor = 0.60;

    /// <summary>
    /// The twelfth held-out set (precedents asked in other words, titles in part, a bulletin and its issue, 文号 typed
    /// loosely, a department, a year, two characters, a place at another level, typos, questions typed as sentences,
    /// queries with no answer here, graded 0 to 3; never tuned on): measured 0.847 blind (SmartChineseAnalyzer: 0.552).
    /// Half of it is known items the archive answers exactly, so the floor is set as the tenth's.
    /// </summary>
    private const double HeldOut12NdcgFloor = 0.72;

    /// <summary>
    /// The thirteenth held-out set (short words, measures named otherwise, two-word precedents, a place at another level
    /// or named only by its 文号, titles in part, a 文号 near-miss, traditional script, a typo, queries with no answer here,
    /// graded 0 to 3, judged from the patterns alone; never tuned on): measured 0.840 blind (SmartChineseAnalyzer: 0.681),
    /// 0.853 after the general fix its first failure showed. Most of it is known items the archive answers exactly, so the
    /// floor is set as the twelfth's.
    /// </summary>
    private const double HeldOut13NdcgFloor = 0.72;

    /// <summary>
    /// The fourteenth held-out set (short words, abbreviations and spoken forms, two-word needs, titles and a speech
    /// remembered in part, a 文号 cited only, a year, queries with no answer here, graded 0 to 3, judged from the patterns
    /// alone; never tuned on): measured 0.793 blind (SmartChineseAnalyzer: 0.652). Half of it is known items the archive
    /// answers exactly, so the floor is set as the thirteenth's.
    /// </summary>
    private const double HeldOut14NdcgFloor = 0.72;

    /// <summary>
    /// The fifteenth held-out set (abbreviations and spoken forms, titles and a slogan remembered with a word changed, a
    /// 文号 cited only, a year, a place at another level, typos, precedents, traditional script, queries with no answer
    /// here, graded 0 to 3, judged from the patterns alone; never tuned on): measured 0.830 blind (SmartChineseAnalyzer:
    /// 0.679), 0.856 after the general fix its first failure showed. A third of it is known items the archive answers
    /// exactly, so the floor is set as the fourteenth's.
    /// </summary>
    private const double HeldOut15NdcgFloor = 0.72;

    /// <summary>
    /// The sixteenth held-out set (titles with halves swapped or a word changed, a role with a town, a person with her
    /// role, a year range, a month, a section and a source department typed as words, questions, traditional script,
    /// Latin letters and digits, slogans in part, queries with no answer here, graded 0 to 3, judged from the patterns
    /// and the manifests alone; never tuned on): measured 0.863 blind (SmartChineseAnalyzer: 0.622), 0.910 after the
    /// general fixes its failures showed. Half of it is known items the archive answers exactly, so the floor is set as
    /// the fifteenth's.
    /// </summary>
    private const double HeldOut16NdcgFloor = 0.72;

    /// <summary>
    /// The seventeenth held-out set (ethnic and border areas, joint-meeting systems, model texts to download, measures
    /// cited by a half-remembered document title, a year with a province, questions, the Youth League, two characters, a
    /// typo, traditional script, queries with no answer here, graded 0 to 3, judged from the patterns alone; never tuned
    /// on): measured 0.789 blind (SmartChineseAnalyzer: 0.583), 0.848 after the general fixes its failures showed. Half
    /// of it is documents cited by title that the archive answers exactly, so the floor is set as the sixteenth's.
    /// </summary>
    private const double HeldOut17NdcgFloor = 0.72;

    /// <summary>
    /// The eighteenth held-out set (branch standards, training academies, campaigns, cited regulations, open letters,
    /// accountability, vetting, bulletin issues, departments and years, cadres in ethnic areas, typos, traditional script,
    /// queries with no answer here, graded 0 to 3, judged from the patterns and the manifests; never tuned on): measured
    /// 0.660 blind (SmartChineseAnalyzer: 0.276), 0.696 after the general fix its failures showed. Its questions and
    /// ethnic areas are weak, so the floor sits further below the figure than the others'.
    /// </summary>
    private const double HeldOut18NdcgFloor = 0.62;

    /// <summary>
    /// The nineteenth held-out set (typos of another shape, plain questions, needs worded otherwise, ethnic and pastoral
    /// areas, documents cited by a title or number in part, precedents, a query with no answer here, graded 0 to 3, judged
    /// from the patterns; never tuned on): measured 0.732 blind (SmartChineseAnalyzer: 0.547), 0.77 after the general fixes
    /// its failures showed (characters written alike respelled, 退役军人 = 退伍军人).
    /// </summary>
    private const double HeldOut19NdcgFloor = 0.70;

    /// <summary>
    /// The twentieth held-out set (measures in a researcher's words, a county with a measure, documents cited by part of
    /// their title, abbreviations, plain questions, typos of sound and shape, traditional script, other digits, a year
    /// range, graded 0 to 3, judged from the patterns; never tuned on): measured 0.725 blind (SmartChineseAnalyzer: 0.551),
    /// 0.75 after the general fixes its failures showed (a word nothing finds sets no coverage scale, a character alone
    /// counted by its articles, slogans typed with digits read with ideographs).
    /// </summary>
    private const double HeldOut20NdcgFloor = 0.70;

    /// <summary>
    /// The twenty-first held-out set (precedents elsewhere, measures and meetings remembered by a phrase, plain questions,
    /// abbreviations typed out in full, near-synonyms, typos of sound and shape, a year or a range of years, a county with
    /// a measure, graded 0 to 3, judged from the patterns; never tuned on): measured 0.734 blind (SmartChineseAnalyzer:
    /// 0.577), 0.776 after the general fixes its failures showed (a pair across two words no typo, 招才引智 = 引才, 服务型 a word).
    /// </summary>
    private const double HeldOut21NdcgFloor = 0.72;

    /// <summary>
    /// The twenty-second held-out set (precedents elsewhere, measures and speeches remembered by a phrase, plain questions,
    /// abbreviations and one typed out in full, near-synonyms, typos of sound and shape, a year or a range of years, a county
    /// or district with a measure, graded 0 to 3, judged from the patterns; never tuned on): measured 0.807 blind
    /// (SmartChineseAnalyzer: 0.659), 0.847 after the general fix its failure showed (a term typed apart found by its synonyms).
    /// </summary>
    private const double HeldOut22NdcgFloor = 0.80;

    [Fact]
    public void The_judged_queries_rank_well_and_none_is_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder), NdcgFloor, minimumQueries: 60, unansweredAtMost: 0);

    [Fact]
    public void The_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut), HeldOutNdcgFloor, minimumQueries: 30, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_second_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut2), HeldOut2NdcgFloor, minimumQueries: 30, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_third_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut3), HeldOut3NdcgFloor, minimumQueries: 30, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_fourth_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut4), HeldOut4NdcgFloor, minimumQueries: 25, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_fifth_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut5), HeldOut5NdcgFloor, minimumQueries: 25, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_sixth_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut6), HeldOut6NdcgFloor, minimumQueries: 25, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_seventh_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut7), HeldOut7NdcgFloor, minimumQueries: 25, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_eighth_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut8), HeldOut8NdcgFloor, minimumQueries: 25, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_ninth_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut9), HeldOut9NdcgFloor, minimumQueries: 25, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_tenth_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut10), HeldOut10NdcgFloor, minimumQueries: 25, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_eleventh_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut11), HeldOut11NdcgFloor, minimumQueries: 25, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_twelfth_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut12), HeldOut12NdcgFloor, minimumQueries: 25, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_thirteenth_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut13), HeldOut13NdcgFloor, minimumQueries: 20, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_fourteenth_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut14), HeldOut14NdcgFloor, minimumQueries: 20, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_fifteenth_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut15), HeldOut15NdcgFloor, minimumQueries: 20, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_sixteenth_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut16), HeldOut16NdcgFloor, minimumQueries: 20, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_seventeenth_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut17), HeldOut17NdcgFloor, minimumQueries: 20, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_eighteenth_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut18), HeldOut18NdcgFloor, minimumQueries: 20, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_nineteenth_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut19), HeldOut19NdcgFloor, minimumQueries: 20, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_twentieth_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut20), HeldOut20NdcgFloor, minimumQueries: 20, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_twenty_first_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut21), HeldOut21NdcgFloor, minimumQueries: 20, unansweredAtMost: HeldOutUnansweredAtMost);

    [Fact]
    public void The_twenty_second_held_out_queries_rank_above_a_floor_and_few_are_left_without_an_answer() =>
        AssertAboveFloor(JudgedSet.Load(judged.Folder, JudgedSet.HeldOut22), HeldOut22NdcgFloor, minimumQueries: 20, unansweredAtMost: HeldOutUnansweredAtMost);

    private void AssertAboveFloor(JudgedSet set, double floor, int minimumQueries, int unansweredAtMost)
    {
        var outcomes = RelevanceRun.Archive(judged.Archive, set, judged.Corpus);
        var summary = RelevanceSummary.Of(outcomes);

        Assert.True(summary.Queries >= minimumQueries, $"only {summary.Queries} judged queries");
        Assert.True(summary.Ndcg10 >= floor, $"mean nDCG@10 {summary.Ndcg10:F3} is below the floor {floor}; run `bench relevance` to see which queries fell");
        var unanswered = outcomes.Where(o => o.Query.Relevant > 0 && o.Metrics.Hits == 0).Select(o => $"{o.Query.Id} {o.Query.Text}").ToList();
        Assert.True(unanswered.Count <= unansweredAtMost, $"{unanswered.Count} queries with a relevant article have no answer (at most {unansweredAtMost}): {string.Join(", ", unanswered)}");
    }

    /// <summary>The judged corpus ingested into a fresh archive (the articles and their anchors are the same for both sets).</summary>
    public sealed class JudgedArchive : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public JudgedArchive()
        {
            Folder = JudgedSet.Folder();
            Archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });
            Corpus = JudgedCorpus.Ingest(Archive, JudgedSet.Load(Folder), Folder);
        }

        public string Folder { get; }
        public ArchiveService Archive { get; }
        public JudgedCorpus Corpus { get; }

        public void Dispose()
        {
            Archive.Dispose();
            _temp.Dispose();
        }
    }
}
