using System.Diagnostics;
using System.Globalization;
using Archive.Bench.Relevance;
using Archive.Indexer;

namespace Archive.Bench;

/// <summary>
/// `relevance [--work DIR] [--kind KIND] [--show QUERY-ID[,QUERY-ID...]] [--pool FILE]`: ingests the judged corpus (corpus/real and corpus/samples) into a fresh
/// archive, indexes the same stored articles with the design card's SmartChineseAnalyzer setup in the same run, runs
/// the judged sets of corpus/relevance on both systems — the in-sample set the ranking was tuned on, then the
/// held-out sets (corpus/relevance/held-out, held-out-2, held-out-3, held-out-4, held-out-5, held-out-6, held-out-7, held-out-8, held-out-9, held-out-10, held-out-11, held-out-12, held-out-13, held-out-14, held-out-15, held-out-16, held-out-17, held-out-18, held-out-19, held-out-20, held-out-21, held-out-22, held-out-23) nothing may be tuned on, each printed on its own — and prints nDCG@10,
/// P@5, Recall@10, MRR and hits per query, the means, the means by kind, the queries left with no result, and the
/// hits given to the queries that have nothing relevant. --kind keeps the queries of one kind (run-on,
/// traditional…); --show prints both systems' top 10 for the queries named (of any set), with the grade of each hit;
/// --pool writes, for every query, the judged articles either system ranks in its top 20, merged and sorted so that
/// a judge reading them as candidates cannot tell which system found which.
/// </summary>
public static class RelevanceBenchmark
{
    public static int Run(string[] args)
    {
        var work = Path.GetFullPath(BenchArguments.Text(args, "--work") ?? Path.Combine(".cache", "bench-relevance"));
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        var folder = JudgedSet.Folder();
        var kind = BenchArguments.Text(args, "--kind");
        var sets = new[]
        {
            ("in-sample set (corpus/relevance: the ranking was tuned on these queries)", JudgedSet.Load(folder)),
            ("held-out set (corpus/relevance/held-out: judged before any engine ran on them, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut)),
            ("held-out 2 (corpus/relevance/held-out-2: judged blind from patterns and both systems' pooled top 20, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut2)),
            ("held-out 3 (corpus/relevance/held-out-3: queries as users type them, judged blind from patterns and both systems' pooled top 20, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut3)),
            ("held-out 4 (corpus/relevance/held-out-4: questions, precedents and other wording, judged blind from patterns and both systems' pooled top 20, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut4)),
            ("held-out 5 (corpus/relevance/held-out-5: questions, a place with a measure, numbers and issues typed loosely, typos, field filters, judged blind from patterns and both systems' pooled top 20, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut5)),
            ("held-out 6 (corpus/relevance/held-out-6: topics searched for precedents with many relevant articles graded 0-3, questions, judged blind from patterns and both systems' pooled top 20, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut6)),
            ("held-out 7 (corpus/relevance/held-out-7: questions in natural wording, roles, issues and dates, pasted sentences, typos and odd typing, graded 0-3, judged blind from patterns and both systems' pooled top 20, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut7)),
            ("held-out 8 (corpus/relevance/held-out-8: roles, no answer here, everyday words, village and township names, a place or framing with a measure, two characters, pasted sentences, graded 0-3, judged blind from patterns and both systems' pooled top 20, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut8)),
            ("held-out 9 (corpus/relevance/held-out-9: everyday words, roles named otherwise, 包保 variants, no answer here, typos and near-forms, 文号 typed loosely, titles in part, field filters, graded 0-3, judged blind from patterns and both systems' pooled top 20, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut9)),
            ("held-out 10 (corpus/relevance/held-out-10: measures named otherwise, a place with a measure, metadata typed into the box, long questions, typos and near-synonyms, no answer here, graded 0-3, judged blind from patterns and both systems' pooled top 20, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut10)),
            ("held-out 11 (corpus/relevance/held-out-11: measures named otherwise, a place with a measure, questions typed as sentences, two characters, titles in part, no answer here, graded 0-3, judged blind from patterns and both systems' pooled top 20, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut11)),
            ("held-out 12 (corpus/relevance/held-out-12: precedents asked in other words, titles in part, a bulletin and its issue, 文号 typed loosely, a department, a year, two characters, a place at another level, typos, questions typed as sentences, no answer here, graded 0-3, judged blind from patterns and both systems' pooled top 20, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut12)),
            ("held-out 13 (corpus/relevance/held-out-13: short words, measures named otherwise, two-word precedents, a place at another level or named only by its 文号, titles in part, a 文号 near-miss, traditional script, a typo, no answer here, graded 0-3, judged blind from the patterns alone, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut13)),
            ("held-out 14 (corpus/relevance/held-out-14: short words, abbreviations and spoken forms, two-word needs, titles and a speech in part, a 文号 cited only, a year, no answer here, graded 0-3, judged blind from the patterns alone, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut14)),
            ("held-out 15 (corpus/relevance/held-out-15: abbreviations and spoken forms, titles and a slogan with a word changed, a 文号 cited only, a year, a place at another level, typos, precedents, traditional script, no answer here, graded 0-3, judged blind from the patterns alone, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut15)),
            ("held-out 16 (corpus/relevance/held-out-16: titles with halves swapped or a word changed, a role with a town, a person with her role, a year range, a month, a section and a source department typed as words, plain questions, traditional script, Latin letters and digits, slogans in part, a modifier with a subject, no answer here, graded 0-3, judged blind from the patterns and the manifests alone, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut16)),
            ("held-out 17 (corpus/relevance/held-out-17: ethnic and border areas, joint-meeting systems, model texts to download, measures cited by a half-remembered document title, a year with a province, plain questions, the Youth League, two characters, a typo, traditional script, no answer here, graded 0-3, judged blind from the patterns alone, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut17)),
            ("held-out 18 (corpus/relevance/held-out-18: branch standards, training academies, campaigns, cited regulations with a typo, open letters, accountability, vetting, bulletin issues, departments and years, cadres in ethnic areas, two characters, traditional script, no answer here, graded 0-3, judged blind from the patterns and the manifests alone, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut18)),
            ("held-out 19 (corpus/relevance/held-out-19: typos of another shape, plain questions, needs worded otherwise, ethnic and pastoral areas, documents cited by a title or number in part, precedents elsewhere, no answer here, graded 0-3, judged blind from the patterns alone, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut19)),
            ("held-out 20 (corpus/relevance/held-out-20: measures in a researcher's words, a county with a measure, documents cited by part of their title, abbreviations, plain questions, typos of sound and shape, traditional script, other digits, a year range, graded 0-3, judged blind from the patterns alone, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut20)),
            ("held-out 21 (corpus/relevance/held-out-21: precedents elsewhere, measures remembered by a phrase, plain questions, abbreviations typed out in full, near-synonyms, typos of sound and shape, a year or a range of years, a county with a measure, graded 0-3, judged blind from the patterns alone, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut21)),
            ("held-out 22 (corpus/relevance/held-out-22: precedents elsewhere, measures and speeches remembered by a phrase, plain questions, abbreviations and one typed out in full, near-synonyms, typos of sound and shape, a year or a range of years, a county or district with a measure, graded 0-3, judged blind from the patterns alone, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut22)),
            ("held-out 23 (corpus/relevance/held-out-23: precedents elsewhere, measures and documents remembered by a phrase or a number, plain questions, abbreviations and full forms, near-synonyms, typos of sound and shape, a year or a range of years, a county or district with a measure, two words, graded 0-3, judged blind from the patterns alone, never tuned on)", JudgedSet.Load(folder, JudgedSet.HeldOut23)),
        }.Select(s => kind is null ? s : (s.Item1, s.Item2 with { Queries = s.Item2.Queries.Where(q => q.Kind == kind).ToList() })).ToList();
        var set = sets[0].Item2;

        var clock = Stopwatch.StartNew();
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = Path.Combine(work, "data"), SearchCacheEntries = 0 });
        var corpus = JudgedCorpus.Ingest(archive, set, folder);
        Console.WriteLine($"corpus: {corpus.Files} files ({corpus.Failed} failed), {corpus.Articles.Count} stored articles, " +
                          $"{corpus.Articles.Count(a => a.Keys.Count > 0)} of them holding {corpus.Articles.SelectMany(a => a.Keys).Distinct().Count()} of the {set.Articles.Select(a => a.Canonical).Distinct().Count()} judged articles (copies counted once); " +
                          $"{clock.Elapsed.TotalSeconds:F0} s");
        var held = corpus.Articles.SelectMany(a => a.Keys).ToHashSet();
        var missing = set.Articles.Where(a => !held.Contains(a.Canonical)).Select(a => a.Key).ToList();
        if (missing.Count > 0) Console.WriteLine("judged articles no stored article holds (a parser's loss, the same for both systems): " + string.Join(", ", missing));
        using var baseline = new SmartChineseBaseline(corpus.Articles);

        if (BenchArguments.Text(args, "--pool") is { } pool)
        {
            WritePool(pool, sets.SelectMany(s => s.Item2.Queries), archive, baseline, corpus);
            return 0;
        }
        foreach (var (name, judged) in sets) Report(name, judged, archive, baseline, corpus);

        var shown = (BenchArguments.Text(args, "--show") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var query in sets.SelectMany(s => s.Item2.Queries).Where(q => shown.Contains(q.Id)))
        {
            Console.WriteLine();
            ShowTop(query, "Archive", archive.Search(new Indexer.Model.SearchRequest { Query = query.Text, PageSize = RankingMetrics.Depth }).Hits
                .Select(h => (h.ArticleId, h.MissingWords.Count > 0 ? "missing " + string.Join(" ", h.MissingWords) : "")).ToList(), corpus);
            ShowTop(query, "SmartCN", baseline.Search(query.Text, RankingMetrics.Depth).Ids.Select(id => (id, "")).ToList(), corpus);
        }
        return 0;
    }

    /// <summary>One judged set on both systems: query by query, the means, by kind, and the queries left without an answer.</summary>
    private static void Report(string name, JudgedSet set, ArchiveService archive, SmartChineseBaseline baseline, JudgedCorpus corpus)
    {
        var ours = RelevanceRun.Archive(archive, set, corpus);
        var theirs = RelevanceRun.Outcomes(set, corpus, text => baseline.Search(text, RankingMetrics.Depth));

        Console.WriteLine();
        Console.WriteLine($"=== {name}: {set.Queries.Count} queries");
        Console.WriteLine($"{"query",-5} {"kind",-16} {"rel",3}  {"nDCG@10",15} {"P@5",11} {"R@10",11} {"RR",11} {"hits",11}  text");
        Console.WriteLine($"{"",-5} {"",-16} {"",3}  {"Archive SmartCN",15} {"",11} {"",11} {"",11} {"",11}");
        for (var i = 0; i < ours.Count; i++)
        {
            var (a, b) = (ours[i].Metrics, theirs[i].Metrics);
            var q = ours[i].Query;
            var flag = a.Ndcg10 < b.Ndcg10 - 1e-9 ? " <" : a.Ndcg10 > b.Ndcg10 + 1e-9 ? " >" : "  ";
            Console.WriteLine($"{q.Id,-5} {q.Kind,-16} {q.Relevant,3}  {Pair(a.Ndcg10, b.Ndcg10),15} {Pair(a.Precision5, b.Precision5),11} " +
                              $"{Pair(a.Recall10, b.Recall10),11} {Pair(a.ReciprocalRank, b.ReciprocalRank),11} {a.Hits,5} {b.Hits,5}{flag} {q.Text}");
        }

        var (mine, base_) = (RelevanceSummary.Of(ours), RelevanceSummary.Of(theirs));
        Console.WriteLine();
        Console.WriteLine($"{name}, means over {mine.Queries} queries with a judged-relevant article:");
        Console.WriteLine($"{"system",-36} {"nDCG@10",8} {"P@5",6} {"R@10",6} {"MRR",6}  no result");
        Print("Archive", mine);
        Print("Lucene + SmartChineseAnalyzer (BM25)", base_);
        Console.WriteLine($"difference in nDCG@10: {mine.Ndcg10 - base_.Ndcg10:+0.000;-0.000}; Archive better on {Count(ours, theirs, 1)} queries, worse on {Count(ours, theirs, -1)}");
        Console.WriteLine("nDCG@10 by kind of query (Archive, SmartCN, queries):");
        foreach (var group in ours.Where(o => o.Query.Relevant > 0).Select(o => o.Query.Kind).Distinct())
        {
            var (a, b) = (RelevanceSummary.Of(ours.Where(o => o.Query.Kind == group).ToList()), RelevanceSummary.Of(theirs.Where(o => o.Query.Kind == group).ToList()));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group,-18} {a.Ndcg10:0.000} {b.Ndcg10:0.000} {a.Queries,3}"));
        }
        Console.WriteLine("no result (Archive): " + string.Join(", ", ours.Where(o => o.Query.Relevant > 0 && o.Metrics.Hits == 0).Select(o => $"{o.Query.Id} {o.Query.Text}")));
        Console.WriteLine("no result (SmartCN): " + string.Join(", ", theirs.Where(o => o.Query.Relevant > 0 && o.Metrics.Hits == 0).Select(o => $"{o.Query.Id} {o.Query.Text}")));
        var nothing = ours.Zip(theirs).Where(p => p.First.Query.Relevant == 0).ToList();
        if (nothing.Count > 0)
            Console.WriteLine("nothing relevant, hits (Archive / SmartCN): " + string.Join(", ", nothing.Select(p => $"{p.First.Query.Id} {p.First.Query.Text} {p.First.Metrics.Hits} / {p.Second.Metrics.Hits}")));
    }

    private static void ShowTop(JudgedQuery query, string system, IReadOnlyList<(string Id, string Note)> hits, JudgedCorpus corpus)
    {
        Console.WriteLine($"{system}, {query.Id} {query.Text}:");
        var titles = corpus.Articles.ToDictionary(a => a.ArticleId);
        foreach (var (id, note) in hits)
        {
            var keys = corpus.KeysById.GetValueOrDefault(id) ?? [];
            var grade = keys.Count == 0 ? "-" : keys.Max(k => query.Grades.GetValueOrDefault(k)).ToString(CultureInfo.InvariantCulture);
            Console.WriteLine($"  {grade} {string.Join(",", keys),-28} {titles[id].Title} {note}");
        }
        var found = hits.SelectMany(h => corpus.KeysById.GetValueOrDefault(h.Id) ?? []).ToHashSet();
        Console.WriteLine("  not in the top 10: " + string.Join(", ", query.Grades.Where(g => g.Value > 0 && !found.Contains(g.Key)).Select(g => $"{g.Key} ({g.Value})")));
    }

    /// <summary>Query id and article key, one line each: the judged articles of both systems' top 20, merged and sorted.</summary>
    private static void WritePool(string path, IEnumerable<JudgedQuery> queries, ArchiveService archive, SmartChineseBaseline baseline, JudgedCorpus corpus)
    {
        const int depth = 20;
        var lines = queries.SelectMany(query =>
        {
            var ours = archive.Search(new Indexer.Model.SearchRequest { Query = query.Text, PageSize = depth, WithFacets = false, WithHighlights = false }).Hits.Select(h => h.ArticleId);
            var theirs = baseline.Search(query.Text, depth).Ids;
            return ours.Concat(theirs).SelectMany(id => corpus.KeysById.GetValueOrDefault(id) ?? []).Distinct()
                .Order(StringComparer.Ordinal).Select(key => $"{query.Id}\t{key}");
        });
        File.WriteAllLines(path, lines);
        Console.WriteLine($"pool written to {Path.GetFullPath(path)}");
    }

    private static string Pair(double a, double b) =>
        string.Create(CultureInfo.InvariantCulture, $"{a:0.00}  {b:0.00}");

    private static void Print(string name, RelevanceSummary s) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-36} {s.Ndcg10,8:0.000} {s.Precision5,6:0.000} {s.Recall10,6:0.000} {s.Mrr,6:0.000}  {s.Empty} of {s.Queries}"));

    private static int Count(IReadOnlyList<QueryOutcome> ours, IReadOnlyList<QueryOutcome> theirs, int sign) =>
        ours.Zip(theirs).Count(p => Math.Sign(Math.Round(p.First.Metrics.Ndcg10 - p.Second.Metrics.Ndcg10, 9)) == sign);
}
