using System.Security.Cryptography;
using System.Text;
using Archive.Indexer.Search.Indexing;
using Lucene.Net.Analysis;

namespace Archive.Indexer.Search.Synonyms;

/// <summary>
/// Where a term's synonyms occur, marked at index time: wherever a text's bigrams spell one of the synonyms a query
/// uses for a term (consecutive bigrams, as an exact-text query finds them, whatever the segmentation), the bigram field
/// also holds the term's mark (≈组工 where 组织工作 is written). A query then finds a word's synonyms by one posting list
/// instead of a phrase over common bigrams: 组织工作's 组织 and 工作 are in most articles, and checking their positions
/// was half of 组工's time at 100,000 articles. Immutable.
/// </summary>
internal sealed class SynonymMarks
{
    /// <summary>Opens every mark: the bigram analyzer gives no symbols, so no bigram is taken for a mark.</summary>
    private const char MarkPrefix = '≈';

    /// <summary>Every bigram some synonym is spelt with, numbered.</summary>
    private readonly Dictionary<string, int> _bigrams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bigramLookup;
    /// <summary>The synonyms' spellings by their last bigram's number, each with the marks it gives.</summary>
    private readonly Dictionary<int, List<Spelling>> _endingWith = [];

    /// <param name="bigrams">The bigram field's analyzer, as an exact-text query cuts a synonym.</param>
    public SynonymMarks(SynonymTable table, Analyzer bigrams)
    {
        _bigramLookup = _bigrams.GetAlternateLookup<ReadOnlySpan<char>>();
        var marksOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var fingerprint = new StringBuilder();
        foreach (var (key, used) in table.Terms.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            fingerprint.Append(key).Append('\t').AppendJoin('\t', used).Append('\n');
            foreach (var synonym in used)
            {
                var marks = marksOf.TryGetValue(synonym, out var known) ? known : marksOf[synonym] = [];
                if (!marks.Contains(Mark(key))) marks.Add(Mark(key));
            }
        }
        Fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint.ToString())))[..16];

        foreach (var (synonym, marks) in marksOf)
        {
            var tokens = TextAnalysis.Tokens(bigrams, synonym);
            // A synonym without bigrams has no exact text to find; every bigram of one comes a position after the last.
            if (tokens.Count == 0 || tokens.Where((t, i) => t.Position != i).Any()) continue;
            var ids = tokens.ConvertAll(t => _bigrams.TryGetValue(t.Term, out var id) ? id : _bigrams[t.Term] = _bigrams.Count).ToArray();
            var spellings = _endingWith.TryGetValue(ids[^1], out var ending) ? ending : _endingWith[ids[^1]] = [];
            spellings.Add(new Spelling(ids, marks));
            Longest = Math.Max(Longest, ids.Length);
        }
    }

    /// <summary>The most bigrams a synonym is spelt with.</summary>
    public int Longest { get; }

    /// <summary>Names the table the marks were made from: an index marked with another is rebuilt.</summary>
    public string Fingerprint { get; }

    /// <summary>The term of the index that marks where the synonyms of <paramref name="key"/> (a table term's key) occur.</summary>
    public static string Mark(string key) => MarkPrefix + key;

    /// <summary>The number of a bigram that some synonym is spelt with, or -1.</summary>
    public int Bigram(ReadOnlySpan<char> term) => _bigramLookup.TryGetValue(term, out var id) ? id : -1;

    /// <summary>The spellings of synonyms whose last bigram is <paramref name="bigram"/> (a number from <see cref="Bigram"/>).</summary>
    public IReadOnlyList<Spelling> EndingWith(int bigram) => _endingWith.TryGetValue(bigram, out var spellings) ? spellings : [];

    /// <summary>A synonym as the numbers of its bigrams, in order, and the marks of the terms it is a synonym of.</summary>
    internal sealed record Spelling(int[] Bigrams, IReadOnlyList<string> Marks);
}
