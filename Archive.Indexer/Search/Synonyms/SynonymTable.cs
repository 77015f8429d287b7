namespace Archive.Indexer.Search.Synonyms;

/// <summary>
/// The synonyms of every term of its sources, looked up by the words of a query: a term is keyed by its words as the
/// word analyzer gives them (folded, stop words out), so 两新组织 matches however a query's words were cut and 組工
/// finds the group of 组工. Terms in several groups get the synonyms of all of them, and a term naming the same as a
/// one way group's first term what that one stands for. Immutable.
/// </summary>
internal sealed class SynonymTable
{
    /// <summary>
    /// Longer keys are not looked for: a query counts no more words (<see cref="Queries.QueryCompiler.MaxWords"/>), so a
    /// longer term typed apart would not be searched whole. The longest term is an abbreviation's full form
    /// (学党章党规学系列讲话做合格党员 of 两学一做, nine words).
    /// </summary>
    private const int MaxKeyWords = Queries.QueryCompiler.MaxWords;
    /// <summary>A term's synonyms beyond these are left out of queries and marks (a group can be long).</summary>
    public const int MaxUsed = 4;

    private readonly (Dictionary<string, List<string>> Synonyms, int LongestKey) _table;

    /// <param name="sources">Where the groups come from; read at once, so a bad file stops the archive from opening
    /// with its reason instead of failing every search.</param>
    /// <param name="words">The word analyzer: a term's words, as the query's words will be.</param>
    public SynonymTable(IEnumerable<ISynonymSource> sources, Func<string, IReadOnlyList<string>> words) =>
        _table = Build(sources, words);

    /// <summary>No synonyms at all.</summary>
    public static SynonymTable Empty(Indexing.TextAnalysis analysis) => new([], analysis.WordTerms);

    private static (Dictionary<string, List<string>>, int) Build(IEnumerable<ISynonymSource> sources, Func<string, IReadOnlyList<string>> words)
    {
        var table = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var longest = 0;
        void Add(string term, IEnumerable<string> group)
        {
            var termWords = words(term);
            if (termWords.Count is 0 or > MaxKeyWords) return;
            var key = string.Concat(termWords);
            var synonyms = table.TryGetValue(key, out var known) ? known : table[key] = [];
            foreach (var other in group)
            {
                if (other != term && string.Concat(words(other)) != key && !synonyms.Contains(other)) synonyms.Add(other);
            }
            longest = Math.Max(longest, termWords.Count);
        }
        var groups = sources.SelectMany(s => s.Groups()).ToList();
        foreach (var group in groups.Where(g => !g.OneWay))
        {
            foreach (var term in group.Terms) Add(term, group.Terms);
        }
        // A term that names the same thing as a one way group's first term (新经济组织和新社会组织 as 两新组织) stands for
        // what that one stands for (非公企业, 社会组织) too.
        var sameAs = table.ToDictionary(t => t.Key, t => t.Value.ToList(), StringComparer.Ordinal);
        foreach (var group in groups.Where(g => g.OneWay))
        {
            var head = group.Terms[0];
            var same = sameAs.GetValueOrDefault(string.Concat(words(head))) ?? [];
            foreach (var term in same.Prepend(head)) Add(term, group.Terms.Skip(1));
        }
        return (table, longest);
    }

    /// <summary>Every term with synonyms: its key (its words, as <see cref="Match"/> looks it up) and the synonyms a query uses.</summary>
    public IEnumerable<(string Key, IReadOnlyList<string> Used)> Terms =>
        _table.Synonyms.Where(t => t.Value.Count > 0).Select(t => (t.Key, (IReadOnlyList<string>)t.Value.Take(MaxUsed).ToList()));

    /// <summary>
    /// The longest run of <paramref name="words"/> from <paramref name="start"/> that is a term with synonyms: how many
    /// words it takes (0 when none) and its synonyms, the usual names first.
    /// </summary>
    public (int Length, IReadOnlyList<string> Synonyms) Match(IReadOnlyList<string> words, int start)
    {
        var (table, longestKey) = _table;
        for (var length = Math.Min(longestKey, words.Count - start); length >= 1; length--)
        {
            var key = string.Concat(words.Skip(start).Take(length));
            if (table.TryGetValue(key, out var synonyms) && synonyms.Count > 0) return (length, synonyms);
        }
        return (0, []);
    }
}
