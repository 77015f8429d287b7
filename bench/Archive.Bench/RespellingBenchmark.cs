using Archive.Bench.Relevance;
using Archive.Indexer;
using Archive.Indexer.Chinese;
using Archive.Indexer.Model;

namespace Archive.Bench;

/// <summary>
/// `respelling [--work DIR] [--seed S]`: ingests the judged corpus (corpus/real and corpus/samples, as `relevance` does)
/// and measures the respellings a query typed wrong gets (answered with 以下是“…”的结果). Typos: each of the 150 most frequent words of
/// four to six characters in the articles, and of two, with one character replaced by another of its sound that the
/// articles use at least 20 times (what an input method offers first), scored right (the word, script folded), wrong,
/// or none; a typo some article holds as typed is left out. Words typed together: the pairs of words that no article
/// holds together (of 10,000 drawn from the 300 most frequent words of two to four characters): no typo is in them, so
/// every suggestion is wrong. Words of two characters no article holds (of jieba's 3,000 most frequent): a suggestion
/// is a held word of the same sound, listed to be read. Every query with its suggestion is written to respelling.tsv
/// in the work folder.
/// </summary>
public static class RespellingBenchmark
{
    private const int TypedWords = 150, JoinedWords = 300, JoinedPairs = 10_000, MinCharacterUses = 20, LackingCandidates = 3_000;

    public static int Run(string[] args)
    {
        var work = Path.GetFullPath(BenchArguments.Text(args, "--work") ?? Path.Combine(".cache", "bench-respelling"));
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        var seed = BenchArguments.Number(args, "--seed", 7);
        var random = new Random(seed);
        var folder = JudgedSet.Folder();
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = Path.Combine(work, "data"), SearchCacheEntries = 0 });
        var corpus = JudgedCorpus.Ingest(archive, JudgedSet.Load(folder), folder);
        var language = ChineseLanguage.Shared;
        var texts = corpus.Articles.Select(a => language.ScriptFolding.Fold(a.Title + "\n" + a.Body)).ToList();
        Console.WriteLine($"corpus: {corpus.Articles.Count} stored articles from {corpus.Files} files (corpus/real, corpus/samples)");

        var characterUses = texts.SelectMany(t => t).Where(CharClass.IsHan).CountBy(c => c).ToDictionary();
        var words = texts.SelectMany(t => language.Segmenter.Segment(t).Select(token => t.Substring(token.Start, token.Length)))
            .Where(w => w.All(CharClass.IsHan) && !language.StopWords.Contains(w)).CountBy(w => w).OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).ToList();

        var outcomes = new List<(string Typed, string Meant, string? Offered)>();
        foreach (var (lengths, shortest, longest) in new[] { ("4-6", 4, 6), ("2", 2, 2) })
        foreach (var (name, sounds) in new (string, Func<char, IEnumerable<char>>)[] { ("of its sound", language.Homophones.Of), ("of a sound fuzzy pinyin confuses with it (zh/z, n/l, -ng/-n)", language.Homophones.Near) })
        {
            var typos = new List<(string Typed, string Meant)>();
            foreach (var word in words.Where(w => w.Key.Length >= shortest && w.Key.Length <= longest).Take(TypedWords).Select(w => w.Key))
            {
                var at = random.Next(word.Length);
                var alike = sounds(word[at]).Where(c => characterUses.GetValueOrDefault(c) >= MinCharacterUses).Order().ToList();
                if (alike.Count > 0) typos.Add((string.Concat(word[..at], alike[random.Next(alike.Count)].ToString(), word[(at + 1)..]), word));
            }
            // A typo that is a word some article holds is found as typed: no typo to the archive, left out.
            typos.RemoveAll(t => FullMatches(archive, t.Typed) > 0);
            var these = typos.Select(t => (t.Typed, t.Meant, Offered: Respelled(archive, t.Typed))).ToList();
            var right = these.Count(o => o.Offered is { } s && language.ScriptFolding.Fold(s) == o.Meant);
            var wrong = these.Where(o => o.Offered is { } s && language.ScriptFolding.Fold(s) != o.Meant).ToList();
            Console.WriteLine();
            Console.WriteLine($"typos: {typos.Count} words of {lengths} characters, one character replaced by another {name}, found as typed in no article (seed {seed})");
            Console.WriteLine($"  offered the word: {right}; offered another: {wrong.Count}; no suggestion: {these.Count - right - wrong.Count}");
            foreach (var (typed, meant, offered) in wrong) Console.WriteLine($"  wrong: {typed} -> {offered} (meant {meant})");
            outcomes.AddRange(these);
        }

        // Words of two characters no article holds, typed right: a suggestion offers another word of the same sound.
        var lacking = File.ReadLines(language.Files.JiebaDictionary).Select(line => line.Split(' '))
            .Where(f => f.Length >= 2 && f[0].Length == 2 && f[0].All(CharClass.IsHan) && long.TryParse(f[1], out _))
            .OrderByDescending(f => long.Parse(f[1])).Select(f => language.ScriptFolding.Fold(f[0])).Distinct()
            .Where(w => !language.StopWords.Contains(w)).Take(LackingCandidates).Where(w => FullMatches(archive, w) == 0).ToList();
        var lackingOffers = lacking.Select(w => (Word: w, Offered: Respelled(archive, w))).Where(o => o.Offered is not null).ToList();
        Console.WriteLine();
        Console.WriteLine($"words of two characters no article holds: {lacking.Count} of jieba's {LackingCandidates:N0} most frequent");
        Console.WriteLine($"  suggestions (a held word of the same sound): {lackingOffers.Count}");
        foreach (var (word, offered) in lackingOffers) Console.WriteLine($"  {word} -> {offered}");

        var common = words.Where(w => w.Key.Length is >= 2 and <= 4).Take(JoinedWords).Select(w => w.Key).ToList();
        var drawn = new Random(seed);
        var apart = Enumerable.Range(0, JoinedPairs).Select(_ => (First: common[drawn.Next(common.Count)], Second: common[drawn.Next(common.Count)]))
            .Where(p => p.First != p.Second).Select(p => p.First + p.Second).Distinct()
            .Where(q => FullMatches(archive, q) == 0)
            .ToList();
        var offers = apart.Select(q => (Query: q, Offered: Respelled(archive, q))).Where(o => o.Offered is not null).ToList();
        Console.WriteLine();
        Console.WriteLine($"words typed together: {JoinedPairs:N0} pairs drawn from the {common.Count} most frequent words, {apart.Count} of them in no article together");
        Console.WriteLine($"  suggestions (all wrong): {offers.Count}");
        foreach (var (query, offered) in offers) Console.WriteLine($"  {query} -> {offered}");

        var written = Path.Combine(work, "respelling.tsv");
        File.WriteAllLines(written, outcomes.Select(o => $"typo\t{o.Typed}\t{o.Meant}\t{o.Offered}")
            .Concat(apart.Select(q => $"together\t{q}\t\t{offers.FirstOrDefault(o => o.Query == q).Offered}"))
            .Concat(lacking.Select(w => $"lacking\t{w}\t\t{lackingOffers.FirstOrDefault(o => o.Word == w).Offered}")));
        Console.WriteLine($"every query and its suggestion: {written}");
        return 0;
    }

    private static long FullMatches(ArchiveService archive, string query) =>
        archive.Search(new SearchRequest { Query = query, PageSize = 1, WithFacets = false, WithHighlights = false, WithPartialMatches = false }).FullMatches;

    private static string? Respelled(ArchiveService archive, string query) =>
        archive.Search(new SearchRequest { Query = query, PageSize = 1, WithFacets = false, WithHighlights = false }).Respelled;
}
