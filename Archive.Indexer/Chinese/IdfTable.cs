using System.Globalization;

namespace Archive.Indexer.Chinese;

/// <summary>
/// Inverse document frequencies from idf.utf8 ("word idf" a line), for TF-IDF keywords.
/// A word the table lacks gets the median, as jieba does.
/// </summary>
internal sealed class IdfTable
{
    private readonly Dictionary<string, double> values;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private IdfTable(Dictionary<string, double> values, double median)
    {
        this.values = values;
        lookup = values.GetAlternateLookup<ReadOnlySpan<char>>();
        Median = median;
    }

    public double Median { get; }

    public int Count => values.Count;

    public double Idf(ReadOnlySpan<char> word) => lookup.TryGetValue(word, out var idf) ? idf : Median;

    /// <summary>Whether the table knows the word: a word of jieba's vocabulary, not one the segmenter's model guessed.</summary>
    public bool Contains(ReadOnlySpan<char> word) => lookup.ContainsKey(word);

    public static IdfTable Load(string path)
    {
        var values = new Dictionary<string, double>(300_000, StringComparer.Ordinal);
        var number = 0;
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                number++;
                var span = line.AsSpan().Trim();
                if (span.IsEmpty) continue;
                var space = span.LastIndexOf(' ');
                if (space <= 0 || !double.TryParse(span[(space + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var idf))
                    throw DataPackageFiles.Corrupt(path, number, $"expected \"word idf\", found \"{line}\"");
                values[span[..space].TrimEnd().ToString()] = idf;
            }
        }
        catch (IOException e)
        {
            throw new DataPackageException($"{path} cannot be read: {e.Message}", e);
        }
        if (values.Count == 0) throw DataPackageFiles.Corrupt(path, number, "no entries found");
        var sorted = values.Values.ToArray();
        Array.Sort(sorted);
        return new IdfTable(values, sorted[sorted.Length / 2]);
    }
}
